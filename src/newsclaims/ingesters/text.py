"""The built-in ``text`` ingester: plain text and page dumps (see :mod:`newsclaims.textdump`)."""

import codecs
from collections.abc import Callable, Iterable, Iterator

import attrs

from newsclaims.document import Document
from newsclaims.hookspecs import hookimpl
from newsclaims.ingester import Ingester
from newsclaims.limits import DEFAULT_LIMITS, Limits
from newsclaims.model import Article, Source
from newsclaims.textdump import parse_text_dump
from newsclaims.textdump.lexicon import DEFAULT_LEXICON, Lexicon

# Text is the fallback reader: any decodable text scores this, so HTML and feed readers,
# which score higher on their own formats, win whenever they recognise a document.
_TEXT_SCORE = 0.1
_MAX_CONTROL_SHARE = 0.05
_WIDE_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def _lexicon(extra: tuple[str, ...]) -> Lexicon:
    return Lexicon.build(extra) if extra else DEFAULT_LEXICON


def _extra(value: Iterable[str] | str | None) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if value is None:
        return ()
    return tuple(str(v) for v in value)


@attrs.define
class TextIngester:
    """Reads a page dump: one block per line (or hard-wrapped paragraphs), furniture mixed in.

    ``extra_boilerplate`` extends the default phrase lexicon with the caller's own phrases.
    Not frozen: the :class:`~newsclaims.ingester.Ingester` protocol declares plain attributes.
    """

    name: str = "text"
    media_types: tuple[str, ...] = ("text/plain",)
    extensions: tuple[str, ...] = (".txt", ".text")
    extra_boilerplate: tuple[str, ...] = attrs.field(default=(), converter=_extra)
    limits: Limits = DEFAULT_LIMITS
    _lexicon: Lexicon = attrs.field(init=False, repr=False, eq=False)

    @_lexicon.default
    def _build_lexicon(self) -> Lexicon:
        return _lexicon(self.extra_boilerplate)

    def detect(self, document: Document) -> float:
        try:
            head = document.head
            if not head:
                return _TEXT_SCORE
            if head.startswith(_WIDE_BOMS):
                return _TEXT_SCORE  # UTF-16/32 text: NUL bytes are expected there
            nuls = head.count(b"\x00")
            if nuls * 10 > len(head):
                return 0.0  # many NULs: binary, or a wide encoding without a BOM
            # A few stray NULs are damage in a text file; decoding removes them.
            head = head.replace(b"\x00", b"") if nuls else head
            sample = head.decode("utf-8", "ignore") if _mostly_utf8(head) else None
            if sample is None:
                return 0.0
            controls = sum(1 for c in sample if ord(c) < 32 and c not in "\t\n\r\f")
            if controls > _MAX_CONTROL_SHARE * max(1, len(sample)):
                return 0.0
            stripped = sample.lstrip().lower()
            if stripped.startswith(("<!doctype html", "<html", "<?xml", "<rss", "<feed")):
                return 0.0
            if stripped.startswith("{") and '"version"' in stripped and "jsonfeed" in stripped:
                return 0.0
            return _TEXT_SCORE
        except Exception:  # detect must never raise
            return 0.0

    def ingest(self, document: Document) -> Iterator[Article]:
        text = document.text  # raises DecodeError for binary data
        encoding = document.encoding
        source = Source(
            location=document.location,
            ingester=self.name,
            media_type=document.media_type or "text/plain",
            encoding=encoding,
        )
        yield parse_text_dump(
            text,
            location=document.location,
            lexicon=self._lexicon,
            source=source,
            max_paragraphs=self.limits.max_paragraphs,
        )


def _mostly_utf8(head: bytes) -> bool:
    # Other encodings are text too; what matters is that the bytes are not binary.
    try:
        head.decode("utf-8")
        return True
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 4:
            return True  # a character cut by the 4 KiB boundary
    printable = sum(1 for b in head if b >= 32 or b in (9, 10, 13))
    return printable >= 0.95 * len(head)


@hookimpl
def register_ingesters(register: Callable[[Ingester], None]) -> None:
    register(TextIngester())
