"""The raw input handed to ingesters: bytes, where they came from, and their decoded text."""

import functools
import pathlib

import attrs

from newsclaims.decoding import decode_bytes


@attrs.frozen
class Document:
    """One input document. ``text`` is decoded lazily (BOM, declared charset, detection).

    Build one with :meth:`from_text`, :meth:`from_bytes` or :meth:`from_path`; a ``str`` is
    always content, never a path or URL.
    """

    data: bytes = attrs.field(validator=attrs.validators.instance_of(bytes), repr=False)
    location: str | None = None
    media_type: str | None = None
    _text: str | None = attrs.field(default=None, alias="text", repr=False)
    # Set when ``data`` holds only the head of a file too large to read whole: detection still
    # works on it, and an ingester with ``ingest_stream`` reads the file from ``path``.
    path: pathlib.Path | None = attrs.field(default=None, repr=False)
    partial: bool = attrs.field(default=False)

    @classmethod
    def from_text(
        cls, text: str, *, location: str | None = None, media_type: str | None = None
    ) -> "Document":
        data = text.encode("utf-8", "surrogatepass")
        return cls(data=data, location=location, media_type=media_type, text=text)

    @classmethod
    def from_bytes(
        cls, data: bytes, *, location: str | None = None, media_type: str | None = None
    ) -> "Document":
        return cls(data=bytes(data), location=location, media_type=media_type)

    @classmethod
    def head_of_path(cls, path: pathlib.Path, *, size: int = 65536) -> "Document":
        """The first ``size`` bytes of a large file, marked ``partial``, for detection."""
        with path.open("rb") as handle:
            head = handle.read(size)
        return cls(data=head, location=str(path), path=path, partial=True)

    @classmethod
    def from_path(cls, path: pathlib.Path, *, data: bytes | None = None) -> "Document":
        raw = path.read_bytes() if data is None else data
        return cls(data=raw, location=str(path))

    @property
    def name(self) -> str:
        """The file name part of ``location`` (lower-cased), for extension hints."""
        if not self.location:
            return ""
        return self.location.rstrip("/").rsplit("/", 1)[-1].lower()

    @property
    def head(self) -> bytes:
        """The first 4 KiB, for sniffing."""
        return self.data[:4096]

    @functools.cached_property
    def decoded(self) -> tuple[str, str]:
        """``(text, encoding)`` of the whole document."""
        if self._text is not None:
            return self._text, "utf-8"
        return decode_bytes(self.data, location=self.location)

    @property
    def given_text(self) -> str | None:
        """The text itself when the document was built from a ``str`` (nothing to decode)."""
        return self._text

    @property
    def text(self) -> str:
        return self.decoded[0]

    @property
    def encoding(self) -> str:
        return self.decoded[1]
