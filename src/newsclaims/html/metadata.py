"""Article metadata from a page's JSON-LD, meta tags, ``<time>``, bylines and ``<title>``.

Sources are read in order of how precise they usually are: JSON-LD ``NewsArticle`` (and its
kin), then OpenGraph / ``article:*`` / Twitter / Dublin Core meta tags, then the markup itself
(``<time>``, ``itemprop``, ``rel=author``, byline classes, ``<title>``).
"""

import datetime as _dt
import json
import logging
import re
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from newsclaims.html.blocks import MetaNode

logger = logging.getLogger(__name__)

_ARTICLE_TYPES = frozenset(
    {"newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle",
     "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "blogposting",
     "socialmediaposting", "liveblogposting", "scholarlyarticle", "techarticle", "report",
     "webpage", "posting", "advertisernewsarticle", "satiricalarticle", "medicalscholarlyarticle"}
)
# Separators between a headline and a site name in <title>, widest first.
# The look-behinds keep long runs of spaces linear (no retry at every space of the run).
_TITLE_SEPARATOR = re.compile(
    r"(?<!\s)\s+(?:\||-|–|—|::|»|·|•|:)\s+|(?:(?<!\s)\s*)?(?:\||»|·|•)\s*"
)
# A syndication credit closing a <title>: "Mill to close (from The Valley Courier)".
_SOURCE_CREDIT = re.compile(r"\((?:from|via) ([^()]{2,60})\)\s*$", re.IGNORECASE)
_BY_PREFIX = re.compile(r"^\s*(?:by|von|par|por|di|door|av|af)\s*[:\s]\s*", re.IGNORECASE)
_AUTHOR_SPLIT = re.compile(
    r"(?:(?<!\s)\s*)?(?:,|;|&|\||·|•|\s[–—-]\s|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*",
    re.IGNORECASE,
)
_MAX_AUTHOR_CHARS = 60
_MAX_AUTHOR_WORDS = 5


@attrs.define
class PageMetadata:
    """What a page says about its article; every field may be missing."""

    title: str | None = None
    headline: str | None = None
    description: str | None = None
    site_name: str | None = None
    url: str | None = None
    published: _dt.datetime | _dt.date | None = None
    updated: _dt.datetime | _dt.date | None = None
    authors: list[str] = attrs.field(factory=list)
    language: str | None = None
    title_tag: str | None = None
    article_body: str | None = None


def parse_date_text(text: str) -> _dt.datetime | _dt.date | None:
    """A date or datetime from a metadata string, via the project's date normaliser."""
    text = text.strip()
    if not text:
        return None
    try:
        from newsclaims.normalize.dates import parse_date
    except ImportError:  # the normaliser is optional at this layer: ISO 8601 still works
        return _iso_date(text)
    try:
        return parse_date(text)
    except Exception as exc:  # a bad date is a missing date, never a failed page
        logger.debug("unparsable date %r: %r", text, exc)
        return None


def _iso_date(text: str) -> _dt.datetime | _dt.date | None:
    candidate = text.replace("Z", "+00:00").replace(" ", "T", 1)
    try:
        if len(candidate) == 10:
            return _dt.date.fromisoformat(candidate)
        return _dt.datetime.fromisoformat(candidate)
    except ValueError:
        return None


def _clean(value: Any) -> str | None:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str) and v.strip()), None)
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    return text or None


def _json_objects(data: Any) -> Iterator[dict[str, Any]]:
    # Iterative: JSON-LD graphs can nest arbitrarily deep.
    stack = [data]
    seen = 0
    while stack and seen < 2000:
        item = stack.pop()
        seen += 1
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            yield item
            graph = item.get("@graph")
            if isinstance(graph, list):
                stack.extend(reversed(graph))


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.lower().rsplit("/", 1)[-1] for k in kinds if isinstance(k, str)}


def _names(value: Any) -> list[str]:
    result: list[str] = []
    items = value if isinstance(value, list) else [value]
    for item in items:
        if isinstance(item, str):
            name = _clean(item)
        elif isinstance(item, dict):
            name = _clean(item.get("name"))
        else:
            name = None
        if name and not name.startswith(("http://", "https://")):
            result.append(name)
    return result


def _read_json_ld(text: str, meta: PageMetadata) -> None:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return
    for obj in _json_objects(data):
        types = _types(obj)
        if not types & _ARTICLE_TYPES:
            continue
        is_page = types == {"webpage"}
        if not is_page:
            meta.headline = meta.headline or _clean(obj.get("headline")) or _clean(obj.get("name"))
            meta.description = meta.description or _clean(obj.get("description"))
            body = obj.get("articleBody")
            if isinstance(body, str) and body.strip():
                meta.article_body = meta.article_body or body
            if not meta.authors:
                meta.authors = _names(obj.get("author"))
        for key, attr in (("datePublished", "published"), ("dateModified", "updated")):
            value = _clean(obj.get(key))
            if value and getattr(meta, attr) is None:
                setattr(meta, attr, parse_date_text(value))
        publisher = obj.get("publisher")
        publishers = _names(publisher)
        if publishers and not meta.site_name:
            meta.site_name = publishers[0]
        url = _clean(obj.get("url"))
        if url and url.startswith(("http://", "https://")) and not is_page and not meta.url:
            meta.url = url
        language = _clean(obj.get("inLanguage"))
        if language and not meta.language:
            meta.language = language


_META_FIELDS: dict[str, str] = {
    "og:title": "title",
    "twitter:title": "title",
    "dc.title": "title",
    "og:description": "description",
    "twitter:description": "description",
    "description": "description",
    "dc.description": "description",
    "og:site_name": "site_name",
    "application-name": "site_name",
    "twitter:site": "",
    "og:url": "url",
    "article:published_time": "published",
    "og:published_time": "published",
    "article:published": "published",
    "published_time": "published",
    "pubdate": "published",
    "publishdate": "published",
    "publish-date": "published",
    "publish_date": "published",
    "date": "published",
    "dc.date": "published",
    "dc.date.issued": "published",
    "dcterms.created": "published",
    "dcterms.date": "published",
    "sailthru.date": "published",
    "parsely-pub-date": "published",
    "originalpublicationdate": "published",
    "article.published": "published",
    "datepublished": "published",
    "article:modified_time": "updated",
    "og:updated_time": "updated",
    "article:modified": "updated",
    "lastmod": "updated",
    "last-modified": "updated",
    "dcterms.modified": "updated",
    "datemodified": "updated",
    "author": "author",
    "article:author": "author",
    "dc.creator": "author",
    "sailthru.author": "author",
    "parsely-author": "author",
    "byl": "author",
    "og:locale": "language",
    "content-language": "language",
    "dc.language": "language",
}


def split_authors(text: str) -> list[str]:
    """Names in a byline or author string: "By A and B | date" gives ["A", "B"]."""
    text = _BY_PREFIX.sub("", " ".join(text.split()))
    result = []
    for part in _AUTHOR_SPLIT.split(text):
        part = part.strip(" .|-–—")
        if not part or part.startswith(("http://", "https://", "@")):
            continue
        if len(part) > _MAX_AUTHOR_CHARS or len(part.split()) > _MAX_AUTHOR_WORDS:
            continue
        # Dates and counts share bylines ("By Ana Ruiz | 5 June 2024"): names have no digits.
        if not any(ch.isalpha() for ch in part) or any(ch.isdigit() for ch in part):
            continue
        result.append(part)
    return result


def _attr(tag: MetaNode, name: str) -> str | None:
    return _clean(tag.attrs.get(name))


def _element_text(tag: MetaNode) -> str:
    return " ".join(tag.text.split())


def read_metadata(nodes: Iterable[MetaNode], *, html_lang: str | None = None) -> PageMetadata:
    """Read the metadata nodes a walk collected (see :mod:`newsclaims.html.blocks`)."""
    meta = PageMetadata()
    found: dict[str, str] = {}
    meta_authors: list[str] = []
    markup_authors: list[str] = []
    times: list[str] = []
    itemprop_dates: dict[str, str] = {}
    canonical: str | None = None
    json_ld: list[str] = []
    for tag in nodes:
        name = tag.name
        if name == "meta":
            key = (_attr(tag, "property") or _attr(tag, "name") or _attr(tag, "itemprop")
                   or _attr(tag, "http-equiv") or "").lower()
            content = _attr(tag, "content")
            field = _META_FIELDS.get(key)
            if not content or not field:
                continue
            if field == "author":
                meta_authors.extend(split_authors(content))
            elif field not in found:
                found[field] = content
        elif name == "link":
            rel = (_attr(tag, "rel") or "").lower().split()
            href = _attr(tag, "href")
            if "canonical" in rel and href and canonical is None:
                canonical = href
        elif name == "title":
            if meta.title_tag is None:
                meta.title_tag = _clean(tag.text)
        elif name == "script":
            json_ld.append(tag.text)
        else:
            itemprop = (_attr(tag, "itemprop") or "").lower()
            if itemprop in ("datepublished", "datemodified"):
                found_date = _attr(tag, "content") or _attr(tag, "datetime") or _element_text(tag)
                if found_date:
                    itemprop_dates.setdefault(itemprop, found_date)
            elif name == "time":
                stamp = _attr(tag, "datetime")
                if stamp:
                    times.append(stamp)
            if itemprop == "author" or (name == "a" and "author" in (_attr(tag, "rel") or "")):
                value = _attr(tag, "content") or _element_text(tag)
                if len(value) <= 120:
                    markup_authors.extend(split_authors(value))
            elif itemprop == "" and name != "time" and "rel" not in tag.attrs:
                text = _element_text(tag)
                if text and len(text) <= 120:
                    markup_authors.extend(split_authors(text))
    for text in json_ld:
        _read_json_ld(text, meta)
    meta.title = meta.headline or found.get("title")
    meta.description = meta.description or found.get("description")
    meta.site_name = found.get("site_name") or meta.site_name
    url = canonical if canonical and canonical.startswith(("http://", "https://")) else None
    meta.url = url or found.get("url") or meta.url or canonical
    if meta.published is None:
        for candidate in (found.get("published"), itemprop_dates.get("datepublished"),
                          *times[:1]):
            if candidate and (parsed := parse_date_text(candidate)) is not None:
                meta.published = parsed
                break
    if meta.updated is None:
        for candidate in (found.get("updated"), itemprop_dates.get("datemodified")):
            if candidate and (parsed := parse_date_text(candidate)) is not None:
                meta.updated = parsed
                break
    if not meta.authors:
        meta.authors = _dedupe(meta_authors or markup_authors)
    meta.language = _language(html_lang or meta.language or found.get("language"))
    return meta


def _dedupe(names: list[str]) -> list[str]:
    seen: set[str] = set()
    result = []
    for name in names:
        key = name.casefold()
        if key not in seen:
            seen.add(key)
            result.append(name)
    return result[:10]


def _language(value: str | None) -> str | None:
    if not value:
        return None
    tag = value.strip().replace("_", "-").split(",")[0].strip()
    if not re.fullmatch(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*", tag):
        return None
    primary, _, rest = tag.partition("-")
    if not rest:
        return primary.lower()
    return f"{primary.lower()}-{rest.upper() if len(rest) == 2 else rest}"


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def split_title(title: str, site_name: str | None = None) -> tuple[str, str | None]:
    """Split ``"Headline | Outlet"`` or ``"Outlet - Headline"`` into (headline, outlet).

    A segment at either end that names the site is the outlet and the rest the headline;
    otherwise the longest segment is the headline (the others are site and section names) and
    the outlet is the last segment, or the first when the headline is last.
    """
    credit = _SOURCE_CREDIT.search(title)
    if credit and credit.start() > 0:
        return title[:credit.start()].strip(), credit.group(1).strip()
    parts = [part.strip() for part in _TITLE_SEPARATOR.split(title)]
    if len(parts) < 2:
        return title, None
    site = _norm(site_name) if site_name else ""
    if site:
        # A site name with a separator of its own ("Acme | Tools for makers") spans segments.
        for count in range(2, len(parts)):
            if _norm(" ".join(parts[-count:])) == site:
                return _join(title, parts[:-count]), _join(title, parts[-count:])
            if _norm(" ".join(parts[:count])) == site:
                return _join(title, parts[count:]), _join(title, parts[:count])
        for index in (len(parts) - 1, 0):
            segment = _norm(parts[index])
            if segment == site or (site in segment and len(parts[index]) < 40) or (
                    len(segment) >= 4 and segment in site):
                rest = parts[:-1] if index else parts[1:]
                return _join(title, rest), parts[index]
    longest = max(range(len(parts)), key=lambda index: len(parts[index]))
    if len(parts[longest].split()) < 2:
        return title, None
    outlet = parts[-1] if longest != len(parts) - 1 else parts[0]
    return parts[longest], outlet


def _join(title: str, parts: list[str]) -> str:
    # Re-cut the original string so separators inside the headline survive.
    if not parts:
        return title
    start = title.find(parts[0])
    end = title.rfind(parts[-1]) + len(parts[-1])
    return title[start:end].strip() if 0 <= start < end else " ".join(parts)
