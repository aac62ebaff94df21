"""The ``warc`` ingester: each HTML page in a web archive becomes an Article.

Pages go through the registered ``html`` ingester, so they get the same boilerplate removal
and metadata as a page read on its own; the record's target URI becomes the article URL and
its capture date fills in when the page states no date.
"""

import io
import logging
import os
import pathlib
from collections.abc import Iterator
from typing import IO

import attrs
from newsclaims.decoding import declared_encoding
from newsclaims.document import Document
from newsclaims.errors import NewsclaimsError
from newsclaims.ingester import Ingester
from newsclaims.model import Article, content_id
from newsclaims.plugins import get_registry

from newsclaims_warc.records import DEFAULT_MAX_RECORD_BYTES, HtmlRecord, iter_html_records
from newsclaims_warc.sniff import archive_kind

logger = logging.getLogger(__name__)


def _html_document(record: HtmlRecord) -> Document:
    # The HTTP charset wins over guessing, as in a browser, unless the page declares its own.
    if record.charset and declared_encoding(record.payload[:4096]) is None:
        try:
            text = record.payload.decode(record.charset)
        except (UnicodeDecodeError, LookupError):
            pass
        else:
            return Document.from_text(text, location=record.target_uri, media_type="text/html")
    return Document.from_bytes(record.payload, location=record.target_uri, media_type="text/html")


def _as_warc_article(article: Article, record: HtmlRecord, archive: str | None) -> Article:
    url = record.target_uri or article.url
    published = article.published if article.published is not None else record.date
    source = attrs.evolve(
        article.source,
        location=f"{archive or ''}#{record.record_id}",
        ingester="warc",
        entry=record.record_id,
    )
    warnings = article.warnings
    if record.truncated:
        warnings += (f"the archive holds only part of this page (WARC-Truncated: "
                     f"{record.truncated[:40]})",)
    # evolve would carry over the id hashed from the old url: recompute it.
    return attrs.evolve(article, url=url, published=published, source=source,
                        warnings=warnings, id=content_id(url, article.title, article.body))


# Not frozen: the Ingester protocol declares plain (settable) attributes.
@attrs.define
class WarcIngester:
    """Reads WARC 1.0/1.1 and ARC files, gzip-compressed per record or not.

    ``html`` is the ingester used for each page; by default the registry's ``html`` ingester,
    looked up when ingesting.
    """

    name: str = "warc"
    media_types: tuple[str, ...] = ("application/warc", "application/x-arc")
    extensions: tuple[str, ...] = (".warc", ".warc.gz", ".arc", ".arc.gz")
    html: Ingester | None = None
    max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES

    def detect(self, document: Document) -> float:
        return 1.0 if archive_kind(document.head) is not None else 0.0

    def ingest(self, document: Document) -> Iterator[Article]:
        # BytesIO shares the document's buffer; nothing else grows with the file's size.
        yield from self.iter_articles(io.BytesIO(document.data), location=document.location)

    def ingest_stream(self, stream: IO[bytes], *, location: str | None = None
                      ) -> Iterator[Article]:
        """``ingest`` for an open binary file: nothing but the current record is held.

        Ready for a pipeline that hands streaming ingesters a file instead of its bytes.
        """
        return self.iter_articles(stream, location=location)

    def iter_articles(
        self, source: "str | os.PathLike[str] | IO[bytes]", *, location: str | None = None
    ) -> Iterator[Article]:
        """Stream the articles of an archive given as a path or binary file object.

        Unlike :meth:`ingest`, a path is read record by record, so memory stays flat
        however large the file is.
        """
        if isinstance(source, (str, os.PathLike)):
            path = pathlib.Path(source)
            with path.open("rb") as stream:
                yield from self._articles(stream, location or str(path))
        else:
            yield from self._articles(source, location or getattr(source, "name", None))

    def _articles(self, stream: IO[bytes], location: str | None) -> Iterator[Article]:
        html = self.html or get_registry().get_ingester("html").ingester
        for record in iter_html_records(stream, location=location,
                                        max_record_bytes=self.max_record_bytes):
            try:
                articles = list(html.ingest(_html_document(record)))
            except NewsclaimsError as exc:
                # One unreadable page must not cost the rest of the archive.
                logger.warning("%s#%s: page skipped: %s", location, record.record_id, exc)
                continue
            for article in articles:
                yield _as_warc_article(article, record, location)


def iter_articles(
    source: "str | os.PathLike[str] | IO[bytes]",
    *,
    location: str | None = None,
    quotes: bool = True,
    claims: bool = True,
) -> Iterator[Article]:
    """Stream the articles of a WARC/ARC file, with quotes and claims as ``newsclaims.ingest``
    adds them, in constant memory (see :meth:`WarcIngester.iter_articles`)."""
    from newsclaims.enrich import enrich

    for article in WarcIngester().iter_articles(source, location=location):
        yield enrich(article, quotes=quotes, claims=claims)
