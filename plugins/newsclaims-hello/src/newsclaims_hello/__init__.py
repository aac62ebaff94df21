"""A newsclaims ingester for "hello" stories: a few ``Name: value`` lines, then paragraphs."""

import datetime
from collections.abc import Callable, Iterator

import attrs

from newsclaims import Article, Document, Ingester, Source, hookimpl
from newsclaims.errors import MalformedInput

MAGIC = b"Title:"


@attrs.define
class HelloIngester:
    name: str = "hello"
    media_types: tuple[str, ...] = ("text/x-hello",)
    extensions: tuple[str, ...] = (".hello",)

    def detect(self, document: Document) -> float:
        # Cheap and total: look at the first bytes only, never raise.
        if document.head.lstrip(b"\xef\xbb\xbf").startswith(MAGIC):
            return 0.9
        return 0.0

    def ingest(self, document: Document) -> Iterator[Article]:
        header, _, body = document.text.replace("\r\n", "\n").partition("\n\n")
        fields: dict[str, str] = {}
        for line in header.splitlines():
            name, colon, value = line.partition(":")
            if not colon:
                raise MalformedInput(f"header line without a colon: {line[:40]!r}",
                                     source=document.location)
            fields[name.strip().lower()] = value.strip()
        if not fields.get("title"):
            raise MalformedInput("a hello story starts with a Title: line",
                                 source=document.location)
        warnings = []
        try:
            published = datetime.date.fromisoformat(fields.get("date", ""))
        except ValueError:
            # A bad field costs that field, not the story.
            published = None
            if "date" in fields:
                warnings.append(f"unreadable date {fields['date'][:40]!r}")
        paragraphs = [" ".join(block.split()) for block in body.split("\n\n")]
        yield Article.from_paragraphs(
            [p for p in paragraphs if p],
            title=fields["title"],
            published=published,
            authors=[a.strip() for a in fields.get("by", "").split(",") if a.strip()],
            warnings=warnings,
            source=Source(location=document.location, ingester=self.name,
                          media_type="text/x-hello", encoding=document.encoding),
        )


@hookimpl
def register_ingesters(register: Callable[[Ingester], None]) -> None:
    register(HelloIngester())
