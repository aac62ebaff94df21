"""newsclaims-jsonfeed: a newsclaims plugin that reads JSON Feed 1.0 and 1.1.

Installed, it registers the ``jsonfeed`` ingester through the ``newsclaims`` entry-point
group; ``newsclaims.ingest(path)`` then reads JSON Feed files like any other source.
"""

from collections.abc import Callable

import newsclaims
from newsclaims.ingester import Ingester

from newsclaims_jsonfeed.ingester import JsonFeedIngester

__version__ = "0.1.0"
__all__ = ["JsonFeedIngester", "register_ingesters"]


@newsclaims.hookimpl
def register_ingesters(register: Callable[[Ingester], None]) -> None:
    register(JsonFeedIngester())
