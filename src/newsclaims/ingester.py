"""What an ingester is: a named reader that scores a document and turns it into articles."""

from collections.abc import Iterator
from typing import Protocol, runtime_checkable

from newsclaims.document import Document
from newsclaims.model import Article


@runtime_checkable
class Ingester(Protocol):
    """The interface every ingester (built-in or plugin) provides.

    - ``name``: short unique name, used by ``format=`` / ``--format``.
    - ``media_types`` / ``extensions``: what it reads, for listings and as detection hints.
    - ``detect(document)``: a score in [0, 1]; 0 means "not mine", 1 means "certainly mine".
      It must be cheap (look at ``document.head`` first) and must never raise.
    - ``ingest(document)``: yield the articles in the document; raise a
      ``newsclaims.errors.NewsclaimsError`` subclass for bad input.

    Optional: ``ingest_stream(stream, *, location)`` yields the articles of an open binary file.
    A file larger than ``Limits.max_bytes`` is never read whole: its first 64 KiB are given to
    ``detect`` (``document.partial`` is true), and only an ingester with ``ingest_stream`` can
    take it, so archives of many gigabytes are read in constant memory.
    """

    # Read-only properties, so frozen attrs classes and plain class attributes both conform.
    @property
    def name(self) -> str: ...

    @property
    def media_types(self) -> tuple[str, ...]: ...

    @property
    def extensions(self) -> tuple[str, ...]: ...

    def detect(self, document: Document) -> float: ...

    def ingest(self, document: Document) -> Iterator[Article]: ...
