"""Run feedparser on a document's bytes, safely, and say what it found.

feedparser is always given bytes in a ``BytesIO`` (a ``str`` may be taken for a path or a
URL), after :func:`newsclaims.feeds.prolog.make_safe`. A feed feedparser flags as ill-formed
("bozo") but still reads keeps its entries; the flag becomes a warning on each article.
"""

import io
import logging
from typing import Any

import attrs
import feedparser
from feedparser.exceptions import ThingsNobodyCaresAboutButMe

from newsclaims.errors import MalformedFeed
from newsclaims.feeds.prolog import make_safe
from newsclaims.feeds.sniff import FeedKind, sniff_feed, wide_encoding

logger = logging.getLogger(__name__)

MEDIA_TYPES: dict[str, str] = {
    "rss": "application/rss+xml",
    "atom": "application/atom+xml",
    "rdf": "application/rdf+xml",
    "cdf": "application/x-cdf",
}


@attrs.frozen
class ParsedFeed:
    """feedparser's reading of one document, with what the caller should know about it."""

    feed: dict[str, Any]
    entries: list[Any]
    version: str
    kind: FeedKind | None
    encoding: str | None
    warnings: tuple[str, ...]
    # Why the XML is not well-formed (cut short, broken markup), if it is not; notices about
    # the encoding or the content type do not count.
    syntax_error: str | None = None

    @property
    def media_type(self) -> str:
        version = self.version
        if version.startswith("atom"):
            return MEDIA_TYPES["atom"]
        if version in ("rss090", "rss10"):
            return MEDIA_TYPES["rdf"]
        if version.startswith("rss"):
            return MEDIA_TYPES["rss"]
        return MEDIA_TYPES[self.kind or "rss"]


def describe_bozo(exception: Any) -> str:
    """feedparser's ``bozo_exception`` as one readable line."""
    if exception is None:
        return "unknown problem"
    # SAX exceptions already say "<unknown>:LINE:COLUMN: message".
    text = " ".join(str(exception).split()) or type(exception).__name__
    return f"{type(exception).__name__}: {text}"


def _base_headers(location: str | None) -> dict[str, str]:
    # A URL location lets feedparser resolve relative links; a file path must not be used.
    # With any header feedparser also wants a content type; application/xml leaves the
    # encoding to the BOM and the XML declaration, as when no header is given.
    if location and location.lower().startswith(("http://", "https://")):
        return {"content-location": location, "content-type": "application/xml"}
    return {}


def parse_feed(
    data: bytes,
    *,
    location: str | None = None,
    encoding: str | None = None,
    notes: tuple[str, ...] = (),
) -> ParsedFeed:
    """feedparser's reading of ``data``; :class:`MalformedFeed` if it finds no feed at all.

    ``encoding`` names the input's original encoding when ``data`` was re-encoded before
    this call; ``notes`` are warnings to report with feedparser's own.
    """
    safe_data, warnings = make_safe(data, location=location)
    try:
        result = feedparser.parse(
            io.BytesIO(safe_data),
            sanitize_html=True,
            resolve_relative_uris=True,
            response_headers=_base_headers(location),
        )
    except Exception as exc:  # feedparser's internals are not ours to trust on hostile input
        raise MalformedFeed(f"feedparser failed: {type(exc).__name__}: {exc}",
                            source=location) from exc
    feed = result.get("feed")
    entries = result.get("entries")
    version = result.get("version")
    feed = dict(feed) if isinstance(feed, dict) else {}
    entries = list(entries) if isinstance(entries, list) else []
    version = version if isinstance(version, str) else ""
    all_warnings = [*notes, *warnings]
    bozo_exception = result.get("bozo_exception")
    problem = describe_bozo(bozo_exception) if result.get("bozo") else None
    syntax_error = (problem if problem and not isinstance(bozo_exception,
                                                          ThingsNobodyCaresAboutButMe) else None)
    if problem:
        all_warnings.append(f"ill-formed feed, read leniently: {problem}")
    kind = sniff_feed(data)
    if not entries and not version and kind is None:
        detail = f": {problem}" if problem else ""
        raise MalformedFeed(f"not a feed feedparser can read{detail}", source=location)
    encoding = encoding or wide_encoding(data) or result.get("encoding")
    return ParsedFeed(
        feed=feed,
        entries=entries,
        version=version,
        kind=kind,
        encoding=encoding if isinstance(encoding, str) else None,
        warnings=tuple(all_warnings),
        syntax_error=syntax_error,
    )
