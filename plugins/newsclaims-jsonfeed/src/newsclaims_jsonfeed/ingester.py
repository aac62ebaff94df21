"""The JSON Feed ingester: detection by the ``version`` URL, one article per item."""

import json
import logging
import re
from collections.abc import Iterator, Mapping
from typing import Any

import attrs
from newsclaims.document import Document
from newsclaims.errors import MalformedFeed
from newsclaims.limits import DEFAULT_LIMITS, Limits
from newsclaims.model import Article

from newsclaims_jsonfeed.items import (
    INGESTER_NAME,
    MEDIA_TYPE,
    FeedInfo,
    FieldReader,
    author_names,
    item_to_article,
    language_tag,
)

logger = logging.getLogger(__name__)

VERSION_PREFIX = "https://jsonfeed.org/version/"
# The 1.0 announcement and early feeds also wrote the plain-http URL.
_VERSION_PREFIXES = (VERSION_PREFIX, "http://jsonfeed.org/version/")
DETECT_SCORE = 0.95
SNIFF_BYTES = 65536

_OBJECT_START = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*\{")
_VERSION_MEMBER = re.compile(rb'"version"\s*:\s*"https?:\\?/\\?/jsonfeed\.org\\?/version\\?/')


def _load(document: Document) -> Any:
    try:
        # json.loads on bytes detects UTF-8 (with or without BOM), UTF-16 and UTF-32.
        return json.loads(document.data)
    except (ValueError, RecursionError) as exc:
        raise MalformedFeed(f"not valid JSON: {exc}", source=document.location) from exc


def _is_json_feed(data: Any) -> bool:
    if not isinstance(data, Mapping):
        return False
    version = data.get("version")
    return isinstance(version, str) and version.startswith(_VERSION_PREFIXES)


@attrs.define
class JsonFeedIngester:
    """Reads JSON Feed 1.0 and 1.1 (https://www.jsonfeed.org/version/1.1/).

    Not frozen: the :class:`newsclaims.Ingester` protocol declares plain attributes.
    """

    name: str = INGESTER_NAME
    media_types: tuple[str, ...] = (MEDIA_TYPE, "application/json")
    extensions: tuple[str, ...] = (".json",)
    limits: Limits = DEFAULT_LIMITS

    def detect(self, document: Document) -> float:
        """0.95 for a JSON object whose ``version`` is a jsonfeed.org URL, else 0."""
        try:
            head = document.data[:SNIFF_BYTES]
            if head.startswith((b"\xff\xfe", b"\xfe\xff")) or (len(head) > 1 and head[1] == 0):
                # UTF-16/32 JSON is rare enough to afford a full parse to decide.
                return DETECT_SCORE if _is_json_feed(_load(document)) else 0.0
            if not _OBJECT_START.match(head):
                return 0.0
            # "version" is usually first, but JSON objects are unordered: look further if need be.
            found = _VERSION_MEMBER.search(head) or (
                len(document.data) > SNIFF_BYTES and _VERSION_MEMBER.search(document.data)
            )
            return DETECT_SCORE if found else 0.0
        except Exception:  # detect must never raise
            return 0.0

    def ingest(self, document: Document) -> Iterator[Article]:
        data = _load(document)
        if not _is_json_feed(data):
            raise MalformedFeed(
                f"not a JSON Feed: no \"version\" starting with {VERSION_PREFIX}",
                source=document.location,
            )
        feed = FieldReader(data, "feed")
        items = data.get("items")
        if not isinstance(items, list):
            raise MalformedFeed("a JSON Feed needs an \"items\" list", source=document.location)
        info = FeedInfo(
            location=document.location,
            outlet=feed.string("title"),
            authors=author_names(feed),
            language=language_tag(feed.string("language")),
            warnings=tuple(feed.warnings),
            max_paragraphs=self.limits.max_paragraphs,
        )
        if len(items) > self.limits.max_feed_entries:
            logger.warning("%s: %d items, reading the first %d (Limits.max_feed_entries)",
                           document.location, len(items), self.limits.max_feed_entries)
            items = items[: self.limits.max_feed_entries]
        for index, item in enumerate(items):
            if not isinstance(item, Mapping):
                logger.warning("%s: item %d is a %s, not an object; skipped",
                               document.location, index, type(item).__name__)
                continue
            yield item_to_article(item, index, info)
