"""One JSON Feed item to one :class:`newsclaims.Article`.

JSON Feed is typed JSON, but feeds in the wild put numbers where strings belong, objects
where lists belong, and so on. Every field is read through a checked accessor: a field of
the wrong type is dropped with a warning on the article, and the rest of the item is kept.
"""

import re
from collections.abc import Mapping
from typing import Any, cast

import attrs
from newsclaims.feeds.body import ends_as_teaser, standfirst
from newsclaims.html import fragment_paragraphs
from newsclaims.model import PARAGRAPH_ROLES, Article, ParagraphRole, Source

from newsclaims_jsonfeed.dates import parse_rfc3339

MEDIA_TYPE = "application/feed+json"
INGESTER_NAME = "jsonfeed"
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8}){0,4}")

Paragraphs = list[tuple[str, ParagraphRole]]


@attrs.frozen
class FeedInfo:
    """What the items of one feed share."""

    location: str | None
    outlet: str | None
    authors: tuple[str, ...]
    language: str | None
    warnings: tuple[str, ...]
    max_paragraphs: int


class FieldReader:
    """Typed access to one JSON object; wrong types are recorded, not raised."""

    def __init__(self, data: Mapping[str, Any], where: str) -> None:
        self.data = data
        self.where = where
        self.warnings: list[str] = []

    def _wrong(self, key: str, expected: str) -> None:
        found = type(self.data[key]).__name__
        self.warnings.append(f"{self.where} field {key!r} is a {found}, not {expected}; ignored")

    def string(self, key: str) -> str | None:
        value = self.data.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            self._wrong(key, "a string")
            return None
        return value.strip() or None

    def identifier(self, key: str) -> str | None:
        # The spec: an id that is a number "must be coerced to a string".
        value = self.data.get(key)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return str(value)
        return self.string(key)

    def objects(self, key: str) -> list[Mapping[str, Any]]:
        value = self.data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self._wrong(key, "a list")
            return []
        return [item for item in value if isinstance(item, Mapping)]

    def object(self, key: str) -> Mapping[str, Any] | None:
        value = self.data.get(key)
        if value is None:
            return None
        if not isinstance(value, Mapping):
            self._wrong(key, "an object")
            return None
        return value


def language_tag(value: str | None) -> str | None:
    """A BCP 47-shaped tag ("en_US" -> "en-US"); None for anything that is not one."""
    if value is None:
        return None
    text = value.replace("_", "-")
    if not _LANGUAGE_TAG.fullmatch(text):
        return None
    primary, _, rest = text.partition("-")
    parts = [primary.lower()]
    for part in rest.split("-") if rest else []:
        parts.append(part.upper() if len(part) == 2 and part.isalpha() else part)
    return "-".join(parts)


def author_names(reader: FieldReader) -> tuple[str, ...]:
    """``authors`` (1.1), else the deprecated ``author`` (1.0): names only, in order."""
    people = reader.objects("authors")
    if not people:
        single = reader.object("author")
        people = [single] if single is not None else []
    names: list[str] = []
    for person in people:
        name = person.get("name")
        if isinstance(name, str) and name.strip() and name.strip() not in names:
            names.append(name.strip())
    return tuple(names)


def _role(role: str) -> ParagraphRole:
    return cast(ParagraphRole, role) if role in PARAGRAPH_ROLES else "paragraph"


def html_paragraphs(markup: str) -> Paragraphs:
    return [(text, _role(role)) for text, role in fragment_paragraphs(markup) if text]


def text_paragraphs(text: str) -> Paragraphs:
    blocks = re.split(r"\n\s*\n", text)
    return [(" ".join(block.split()), "paragraph") for block in blocks if block.strip()]


def _length(paragraphs: Paragraphs) -> int:
    return sum(len(text) for text, _ in paragraphs)


@attrs.frozen
class Body:
    """An item's chosen text and what is known about it."""

    paragraphs: Paragraphs
    is_teaser: bool
    standfirst: str | None = None


def choose_body(reader: FieldReader) -> Body:
    """The body, whether it is only a teaser, and the standfirst.

    ``content_html`` and ``content_text`` are two renderings of the same content: HTML is
    preferred for its structure. ``summary`` is used when it holds more text than the
    content (or there is no content), and such a body is a teaser; otherwise a summary that
    does not just repeat the content's opening is the standfirst.
    """
    html = reader.string("content_html")
    text = reader.string("content_text")
    content = html_paragraphs(html) if html else []
    if not content and text:
        content = text_paragraphs(text)
    summary_text = reader.string("summary")
    summary = text_paragraphs(summary_text) if summary_text else []
    if _length(summary) > _length(content):
        return Body(summary, True)
    if not content:
        return Body([], False)
    dek = standfirst(summary_text, content) if summary_text else None
    return Body(content, ends_as_teaser(content[-1][0]), dek)


def _date(reader: FieldReader, key: str) -> Any:
    raw = reader.string(key)
    if raw is None:
        return None
    value = parse_rfc3339(raw)
    if value is None:
        reader.warnings.append(f"could not read the date {raw!r} in {key!r}")
    return value


def _attachments(reader: FieldReader) -> list[str]:
    notes = []
    for attachment in reader.objects("attachments"):
        url = attachment.get("url")
        if isinstance(url, str) and url.strip():
            mime = attachment.get("mime_type")
            kind = f" ({mime})" if isinstance(mime, str) and mime else ""
            notes.append(f"attachment not read: {url.strip()}{kind}")
    return notes


def item_to_article(item: Mapping[str, Any], index: int, feed: FeedInfo) -> Article:
    """The article one JSON Feed item describes."""
    reader = FieldReader(item, f"item {index}")
    identifier = reader.identifier("id")
    body = choose_body(reader)
    url = reader.string("url")
    external_url = reader.string("external_url")
    published = _date(reader, "date_published")
    updated = _date(reader, "date_modified")
    if published is None:
        # Same rule as the RSS ingester: an item's only date is its publication date.
        published = updated
    authors = author_names(reader) or feed.authors
    language = language_tag(reader.string("language")) or feed.language
    title = reader.string("title")
    notes = _attachments(reader)
    if not body.paragraphs:
        notes.append("item has no text (no content_html, content_text or summary)")
    warnings = (*feed.warnings, *reader.warnings, *notes)
    return Article.from_paragraphs(
        body.paragraphs[: feed.max_paragraphs],
        title=" ".join(title.split()) if title else None,
        standfirst=body.standfirst,
        url=url or external_url,
        outlet=feed.outlet,
        published=published,
        updated=updated,
        authors=authors,
        language=language,
        is_teaser=body.is_teaser,
        warnings=tuple(dict.fromkeys(warnings)),
        source=Source(
            location=feed.location,
            ingester=INGESTER_NAME,
            media_type=MEDIA_TYPE,
            encoding="utf-8",
            entry=identifier or url or external_url,
        ),
    )
