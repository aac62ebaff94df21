"""The RSS / Atom / RDF / CDF feed ingester: one article per entry.

Detection looks at the root element only (after the prolog), never at the file name.
Parsing, dates and bodies live in :mod:`newsclaims.feeds`.
"""

import codecs
import logging
from collections.abc import Callable, Iterator

import attrs

from newsclaims.decoding import declared_encoding
from newsclaims.document import Document
from newsclaims.errors import MalformedFeed
from newsclaims.feeds.entries import FeedContext, author_names, entry_to_article, language_tag
from newsclaims.feeds.entries import plain_text as _plain_text
from newsclaims.feeds.parse import MEDIA_TYPES, ParsedFeed, parse_feed
from newsclaims.feeds.prolog import declare_utf8
from newsclaims.feeds.sniff import SNIFF_BYTES, sniff_feed, wide_encoding
from newsclaims.hookspecs import hookimpl
from newsclaims.ingester import Ingester
from newsclaims.limits import Limits, current_limits
from newsclaims.model import Article

logger = logging.getLogger(__name__)

# Sure of a feed's root element; below 1 so a plugin for a dialect can still claim it.
ROOT_SCORE = 0.95
# No feed root was found, but the caller said the document is a feed.
DECLARED_SCORE = 0.3
# Bytes declared UTF-8 with no more than one invalid sequence per this many valid multi-byte
# characters are UTF-8 with a few bad bytes (a cut download, one stray byte), not another
# encoding mislabelled.
_VALID_PER_INVALID = 4


@attrs.define
class FeedIngester:
    """Reads RSS 0.9x/2.0, RSS 1.0 (RDF), Atom 0.3/1.0 and CDF with feedparser.

    Not frozen: the :class:`~newsclaims.ingester.Ingester` protocol declares plain attributes.
    """

    name: str = "rss"
    media_types: tuple[str, ...] = tuple(MEDIA_TYPES.values())
    extensions: tuple[str, ...] = (".rss", ".atom", ".rdf", ".xml", ".cdf")
    # None: the limits of the running ``ingest`` call (:func:`~newsclaims.limits.current_limits`).
    limits: Limits | None = None

    def detect(self, document: Document) -> float:
        try:
            if sniff_feed(document.data[:SNIFF_BYTES]) is not None:
                return ROOT_SCORE
            media_type = (document.media_type or "").split(";", 1)[0].strip().lower()
            return DECLARED_SCORE if media_type in self.media_types else 0.0
        except Exception as exc:  # detect must never raise
            logger.debug("feed detection failed on %s: %r", document.location, exc)
            return 0.0

    def ingest(self, document: Document) -> Iterator[Article]:
        # Read when the generator starts, which the pipeline does with the call's limits set.
        limits = self.limits if self.limits is not None else current_limits()
        data, encoding, notes = _feed_bytes(document)
        parsed = parse_feed(data, location=document.location, encoding=encoding, notes=notes)
        if not parsed.entries and parsed.syntax_error is not None:
            # Cut before its first entry (or broken there): an empty result would hide the
            # loss. A well-formed feed with no entries stays an empty result.
            raise MalformedFeed(f"ill-formed feed with no readable entry: {parsed.syntax_error}",
                                source=document.location)
        context = _context(parsed, document, limits)
        entries = parsed.entries
        if len(entries) > limits.max_feed_entries:
            logger.warning("%s: %d entries, reading the first %d (Limits.max_feed_entries)",
                           document.location, len(entries), limits.max_feed_entries)
            entries = entries[: limits.max_feed_entries]
        for entry in entries:
            if isinstance(entry, dict):
                # A plain dict: FeedParserDict maps a missing "published" to "updated" with a
                # DeprecationWarning; the fallback is made explicitly in entry_to_article.
                yield entry_to_article(dict(entry), context)


def _feed_bytes(document: Document) -> tuple[bytes, str | None, tuple[str, ...]]:
    """The bytes to parse, the input's encoding if they were re-encoded, and a note on it.

    - A document made from a ``str`` is UTF-8 whatever its prolog says: ``from_text``
      encodes as UTF-8, so a kept ``encoding="windows-1251"`` would make feedparser decode
      UTF-8 as windows-1251. (Only then does a document decode as UTF-8 while declaring
      another encoding: the declared one is tried first otherwise.)
    - Bytes that declare no encoding and are not UTF-8 would be read by feedparser as
      windows-1252; newsclaims' own detection (charset-normalizer) does better, so they are
      decoded with it and handed over as UTF-8.
    - Bytes that declare UTF-8 but are not UTF-8 (a windows-1251 feed saved with a UTF-8
      prolog) would also be read as windows-1252: they are detected the same way. Mostly
      valid UTF-8 with a few bad bytes stays UTF-8, the bad bytes replaced.
    """
    data = document.data
    if wide_encoding(data) is not None or data.startswith(codecs.BOM_UTF8):
        return data, None, ()
    declared = declared_encoding(data[:4096])
    if declared == "utf-8":
        return _checked_utf8(document)
    if declared is not None:
        if _is_utf8(document.encoding):
            return declare_utf8(data), None, ()
        return data, None, ()
    try:
        data.decode("utf-8")
        return data, None, ()
    except UnicodeDecodeError:
        pass
    text, encoding = document.decoded
    if _is_utf8(encoding):
        return data, None, ()
    note = f"no encoding declared and not UTF-8; read as {encoding} (detected)"
    return text.encode("utf-8", "surrogatepass"), encoding, (note,)


def _checked_utf8(document: Document) -> tuple[bytes, str | None, tuple[str, ...]]:
    data = document.data
    try:
        data.decode("utf-8")
        return data, None, ()
    except UnicodeDecodeError:
        pass
    lenient = data.decode("utf-8", "replace")
    invalid = lenient.count("\ufffd") - data.count("\ufffd".encode())
    valid = sum(1 for char in lenient if char > "\x7f" and char != "\ufffd")
    if valid >= _VALID_PER_INVALID * invalid:
        note = f"declared UTF-8 with {invalid} invalid byte sequence(s); replaced"
        return lenient.encode("utf-8"), "utf-8", (note,)
    text, encoding = document.decoded
    if _is_utf8(encoding):
        return lenient.encode("utf-8"), "utf-8", ("declared UTF-8 but not UTF-8; read leniently",)
    note = f"declared UTF-8 but not UTF-8; read as {encoding} (detected)"
    return declare_utf8(text.encode("utf-8", "surrogatepass")), encoding, (note,)


def _is_utf8(encoding: str) -> bool:
    return encoding.replace("_", "-").lower() in ("utf-8", "utf8")


def _context(parsed: ParsedFeed, document: Document, limits: Limits) -> FeedContext:
    feed = parsed.feed
    title_detail = feed.get("title_detail")
    return FeedContext(
        location=document.location,
        outlet=_plain_text(feed.get("title"), title_detail),
        authors=author_names(feed),
        language=language_tag(feed.get("language"))
        or language_tag(title_detail.get("language") if isinstance(title_detail, dict) else None),
        media_type=parsed.media_type,
        encoding=parsed.encoding,
        warnings=parsed.warnings,
        max_paragraphs=limits.max_paragraphs,
        base_url=_site_url(feed.get("link")),
    )


def _site_url(link: object) -> str | None:
    if isinstance(link, str) and link.lower().startswith(("http://", "https://")):
        return link.strip()
    return None


@hookimpl
def register_ingesters(register: Callable[[Ingester], None]) -> None:
    register(FeedIngester())
