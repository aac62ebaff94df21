"""A whole HTML page to an :class:`~newsclaims.model.Article`: parse once, walk once, extract."""

import logging

from newsclaims.html.blocks import Block
from newsclaims.html.decode import repair_text
from newsclaims.html.extract import extract
from newsclaims.html.metadata import PageMetadata, read_metadata, split_title
from newsclaims.html.parse import parse_and_walk
from newsclaims.limits import DEFAULT_LIMITS, Limits
from newsclaims.model import Article, ParagraphRole, Source

logger = logging.getLogger(__name__)


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def _title(meta: PageMetadata, first_h1: str | None) -> tuple[str | None, str | None]:
    """(headline, outlet): the page's own headline, and the site name it is published under."""
    site = meta.site_name
    outlet_from_title = None
    tag_headline = None
    if meta.title_tag:
        tag_headline, outlet_from_title = split_title(meta.title_tag, site)
    headline = meta.title
    if headline:
        headline, _ = split_title(headline, site or outlet_from_title) if site or \
            outlet_from_title else (headline, None)
    if not headline and first_h1 and tag_headline and _norm(first_h1) in _norm(meta.title_tag
                                                                              or ""):
        headline = first_h1
    headline = headline or tag_headline or first_h1
    return headline, site or outlet_from_title


def _paragraphs(blocks: list[Block], title: str | None, limit: int) -> list[tuple[str, str]]:
    result: list[tuple[str, str]] = []
    title_key = _norm(title) if title else None
    for block in blocks:
        role = block.role
        if block.heading == 1:
            if title_key is not None and _norm(block.text) == title_key:
                continue
            role = "subheading"
        elif block.heading >= 5:
            role = "paragraph"
        result.append((repair_text(block.text), role))
        if len(result) >= limit:
            break
    # A heading with nothing after it introduces furniture that was dropped ("Related").
    while result and result[-1][1] == "subheading":
        result.pop()
    return result


def _first_h1(blocks: list[Block]) -> str | None:
    for block in blocks:
        if block.heading == 1:
            return block.text
    return None


def page_article(
    text: str,
    *,
    location: str | None = None,
    encoding: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> Article:
    """Parse ``text`` (a decoded HTML page) into an Article with metadata and main text."""
    facts = parse_and_walk(text, location=location)
    extraction = extract(facts)
    meta = read_metadata(facts.metadata_nodes, html_lang=facts.html_lang)
    title, outlet = _title(meta, _first_h1(facts.blocks))
    title = repair_text(title) if title else title
    pairs = _paragraphs(extraction.blocks, title, limits.max_paragraphs)
    warnings: list[str] = []
    if not pairs:
        warnings.append("no main text found")
    standfirst = meta.description or next((t for t, r in pairs if r == "paragraph"), None)
    roles: list[tuple[str, ParagraphRole]] = [(t, r) for t, r in pairs]  # type: ignore[misc]
    return Article.from_paragraphs(
        roles,
        title=title,
        standfirst=standfirst,
        outlet=outlet,
        url=meta.url,
        published=meta.published,
        updated=meta.updated,
        authors=meta.authors,
        language=meta.language,
        source=Source(location=location, ingester="html", media_type="text/html",
                      encoding=encoding),
        warnings=warnings,
    )
