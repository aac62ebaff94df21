"""Plain text and page dumps (placeholder: first line is the title, blocks are paragraphs)."""

from collections.abc import Iterator

import attrs

from newsclaims.document import Document
from newsclaims.hookspecs import hookimpl
from newsclaims.model import Article, Source


@attrs.frozen
class TextIngester:
    name: str = "text"
    media_types: tuple[str, ...] = ("text/plain",)
    extensions: tuple[str, ...] = (".txt", ".text")

    def detect(self, document: Document) -> float:
        head = document.head
        if b"\x00" in head:
            return 0.0
        return 0.1

    def ingest(self, document: Document) -> Iterator[Article]:
        lines = [line.strip() for line in document.text.splitlines() if line.strip()]
        title = lines[0] if lines else None
        yield Article.from_paragraphs(
            lines[1:], title=title,
            source=Source(location=document.location, ingester=self.name,
                          media_type="text/plain", encoding=document.encoding),
        )


@hookimpl
def register_ingesters(register):  # type: ignore[no-untyped-def]
    register(TextIngester())
