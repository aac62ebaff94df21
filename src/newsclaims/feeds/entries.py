"""One feedparser entry to one :class:`~newsclaims.model.Article`.

feedparser's result is a loose dictionary: every field is read with ``.get`` and its type
checked, so an odd entry costs the odd field, not the feed.
"""

import re
import urllib.parse
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from newsclaims.feeds.body import Candidate, choose_body, to_paragraphs
from newsclaims.feeds.dates import DateValue, resolve_date
from newsclaims.model import Article, Source

_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8}){0,4}")
# Takes the spaces before a separator only from the first space of their run, so a long run
# is scanned once rather than once per position; a separator right after the spaces another
# one took (", and") still matches on its own.
_AUTHOR_SEPARATOR = re.compile(
    r"(?:(?<!\s)\s*)?(?:;|,|&|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*"
)
_BY_PREFIX = re.compile(r"^(?:by|von|par|por|di|door|av)\s+", re.IGNORECASE)


@attrs.frozen
class FeedContext:
    """What every entry of one feed shares."""

    location: str | None
    outlet: str | None
    authors: tuple[str, ...]
    language: str | None
    media_type: str
    encoding: str | None
    warnings: tuple[str, ...]
    max_paragraphs: int
    base_url: str | None = None


def _str(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def _dict(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def plain_text(value: Any, detail: Any = None) -> str | None:
    """A title-like field as one line of text; HTML-typed values lose their markup."""
    text = _str(value)
    if text is None:
        return None
    media_type = _str(_dict(detail).get("type")) or ""
    if "<" in text and ("html" in media_type or not media_type):
        blocks = to_paragraphs(text, "text/html")
        text = " ".join(block for block, _ in blocks)
    return " ".join(text.split()) or None


def language_tag(value: Any) -> str | None:
    """A BCP 47-shaped tag ("en_US" -> "en-US"), or None for anything that is not one."""
    text = _str(value)
    if text is None:
        return None
    text = text.replace("_", "-")
    if not _LANGUAGE_TAG.fullmatch(text):
        return None
    primary, _, rest = text.partition("-")
    if not rest:
        return primary.lower()
    parts = [primary.lower()]
    for part in rest.split("-"):
        parts.append(part.upper() if len(part) == 2 and part.isalpha() else part)
    return "-".join(parts)


_NAME_PARTICLES = frozenset((
    "von", "van", "der", "den", "de", "da", "di", "du", "del", "della", "la", "le", "ten",
    "ter", "bin", "al", "el", "dos", "das", "y",
))


def _looks_like_name(part: str) -> bool:
    words = part.split()
    capitalised = [word for word in words if word[:1].isupper()]
    particles = [word for word in words if word in _NAME_PARTICLES]
    return (
        2 <= len(capitalised) <= 4
        and len(capitalised) + len(particles) == len(words)
        and words[0][:1].isupper()
    )


def split_authors(raw: str) -> list[str]:
    """"Jane Roe and John Doe" -> both names; anything not clearly a list of names stays whole."""
    text = _BY_PREFIX.sub("", " ".join(raw.split()))
    parts = [part for part in _AUTHOR_SEPARATOR.split(text) if part]
    if len(parts) > 1 and all(_looks_like_name(part) for part in parts):
        return parts
    return [text] if text else []


def author_names(source: Mapping[str, Any]) -> tuple[str, ...]:
    """The author names of an entry or feed (``authors``, ``author_detail``, ``author``)."""
    raw: list[str] = []
    for author in _list(source.get("authors")):
        name = _str(_dict(author).get("name"))
        if name:
            raw.append(name)
    if not raw:
        name = _str(_dict(source.get("author_detail")).get("name"))
        if name:
            raw.append(name)
    if not raw:
        name = _str(source.get("author"))
        # A bare e-mail address (RSS <author>) names no one.
        if name and "@" not in name:
            raw.append(name)
    names: list[str] = []
    for entry in raw:
        for name in split_authors(entry):
            if name not in names:
                names.append(name)
    return tuple(names)


def _absolute(link: str, base_url: str | None) -> str:
    # feedparser resolves relative links only against a URL it was given; a feed read from
    # a file still names its site in <link>, which is the base its relative links assume.
    if not base_url:
        return link
    try:
        if not urllib.parse.urlsplit(link).scheme:
            return urllib.parse.urljoin(base_url, link)
    except ValueError:  # "http://[bad" and other unsplittable strings stay as written
        pass
    return link


def _link(entry: Mapping[str, Any], base_url: str | None = None) -> str | None:
    link = _str(entry.get("link"))
    if link:
        return _absolute(link, base_url)
    for candidate in _list(entry.get("links")):
        candidate = _dict(candidate)
        href = _str(candidate.get("href"))
        if href and candidate.get("rel", "alternate") == "alternate":
            return _absolute(href, base_url)
    identifier = _str(entry.get("id"))
    if identifier and identifier.lower().startswith(("http://", "https://")):
        return identifier
    return None


def _candidates(entry: Mapping[str, Any]) -> list[Candidate]:
    found: list[Candidate] = []
    for content in _list(entry.get("content")):
        content = _dict(content)
        value = _str(content.get("value"))
        if value:
            found.append(Candidate("content", value, _str(content.get("type")) or "text/html",
                                   language_tag(content.get("language"))))
    detail = _dict(entry.get("summary_detail"))
    summary = _str(entry.get("summary")) or _str(detail.get("value"))
    if summary:
        found.append(Candidate("summary", summary, _str(detail.get("type")) or "text/html",
                               language_tag(detail.get("language"))))
    return found


def _date(entry: Mapping[str, Any], *keys: str) -> tuple[DateValue | None, str | None]:
    """The first of ``keys`` that holds a date, and the raw string if none could be read."""
    unread: str | None = None
    for key in keys:
        raw = _str(entry.get(key))
        value = resolve_date(raw, entry.get(f"{key}_parsed"))
        if value is not None:
            return value, None
        if raw and unread is None:
            unread = raw
    return None, unread


def entry_to_article(entry: Mapping[str, Any], context: FeedContext) -> Article:
    """The article one feed entry describes."""
    body = choose_body(_candidates(entry), max_paragraphs=context.max_paragraphs)
    warnings: list[str] = list(context.warnings)
    published, unread_published = _date(entry, "published", "created")
    updated, unread_updated = _date(entry, "updated")
    for raw in (unread_published, unread_updated):
        if raw:
            warnings.append(f"could not read the date {raw!r}")
    if published is None:
        # RSS 1.0's dc:date and Atom's lone <updated> are the only date many entries have.
        published = updated
    if not body.paragraphs:
        warnings.append("entry has no text (no content and no summary)")
    title_detail = entry.get("title_detail")
    language = (
        body.language
        or language_tag(_dict(title_detail).get("language"))
        or language_tag(entry.get("language"))
        or context.language
    )
    return Article.from_paragraphs(
        list(body.paragraphs),
        title=plain_text(entry.get("title"), title_detail),
        standfirst=body.standfirst,
        url=_link(entry, context.base_url),
        outlet=context.outlet,
        published=published,
        updated=updated,
        authors=author_names(entry) or context.authors,
        language=language,
        is_teaser=body.is_teaser,
        warnings=_unique(warnings),
        source=Source(
            location=context.location,
            ingester="rss",
            media_type=context.media_type,
            encoding=context.encoding,
            entry=_str(entry.get("id")) or _link(entry, context.base_url),
        ),
    )


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))
