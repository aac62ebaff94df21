"""newsclaims plugin: HTML pages in WARC/ARC web archives become Articles.

Registered through the ``newsclaims`` entry point ``warc``; use ``format="warc"`` or let
detection pick it. For multi-gigabyte archives use :func:`iter_articles` with a path: it
reads the file as a stream.
"""

from collections.abc import Callable

from newsclaims import hookimpl
from newsclaims.ingester import Ingester

from newsclaims_warc.ingester import WarcIngester, iter_articles
from newsclaims_warc.records import HtmlRecord, iter_html_records, parse_warc_date
from newsclaims_warc.sniff import archive_kind

__version__ = "0.1.0"

__all__ = [
    "HtmlRecord",
    "WarcIngester",
    "__version__",
    "archive_kind",
    "iter_articles",
    "iter_html_records",
    "parse_warc_date",
    "register_ingesters",
]


@hookimpl
def register_ingesters(register: Callable[[Ingester], None]) -> None:
    register(WarcIngester())
