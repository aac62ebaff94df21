"""A whole HTML page to an :class:`~newsclaims.model.Article`: parse once, walk once, extract."""

import html
import logging
import re

from newsclaims.html.blocks import Block, Walk
from newsclaims.html.decode import repair_text
from newsclaims.html.extract import extract
from newsclaims.html.metadata import PageMetadata, read_metadata, split_title
from newsclaims.html.parse import parse_and_walk
from newsclaims.limits import DEFAULT_LIMITS, Limits
from newsclaims.model import Article, ParagraphRole, Source

logger = logging.getLogger(__name__)

_LEDE_MIN_CHARS = 60
# Underscores join words in some <title>s ("Headline_English_Outlet"): not word characters.
_WORD = re.compile(r"[^\W_]+")
_MAX_HEADINGS = 12
_MIN_HEADLINE_CHARS = 12
_MIN_HEADLINE_WORDS = 3
_MAX_HEADLINE_CHARS = 250
# Blocks of the main text searched for a headline set without a heading tag.
_EARLY_AFTER_BLOCKS = 3
# An <h1> is the headline when this share of its words is in the declared titles.
_HEADLINE_OVERLAP = 0.6
# A page's only <h1> needs this much in common with the declared titles, when there are any.
_LONE_H1_OVERLAP = 0.25
# Where a headline without <h1> is looked for: blocks above the main text, and its opening
# blocks; and how many blocks of the main text are read for the headline's words.
_ABOVE_TEXT_BLOCKS = 6
_OPENING_BLOCKS = 3
_ABOVE_MARKED_BLOCKS = 12
_BODY_SAMPLE_BLOCKS = 12
# Lines above an article that are not its headline: bylines, credits and time stamps.
_DATELINE = re.compile(
    r"^\W*(?:by|from|posted|created|updated|published|last|source|courtesy)\b|\b(?:1[89]|20)\d\d\b"
    r"|\d:\d\d",
    re.IGNORECASE,
)
# A heading this short with a date or a time in it is a time stamp.
_MAX_DATELINE_WORDS = 6
# Letters compared when looking for a headline's words in its text.
_STEM = 5
# An <h1> this short may be the name of the site or section.
_MAX_NAME_WORDS = 3
# A headline line set without any markup is a short one.
_MAX_PLAIN_HEADLINE_WORDS = 20


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def _words(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


def _headings_near_content(facts: Walk, first_kept: Block | None) -> list[Block]:
    """Headings (h1-h3) before the main text, nearest first, then the rest in order."""
    headings = [b for b in facts.blocks if 1 <= b.heading <= 3]
    if first_kept is None:
        return headings[:_MAX_HEADINGS]
    before: list[Block] = []
    after: list[Block] = []
    reached = False
    for block in facts.blocks:
        if block is first_kept:
            reached = True
        if 1 <= block.heading <= 3:
            (after if reached else before).append(block)
    return (list(reversed(before)) + after)[:_MAX_HEADINGS]


def _early_blocks(facts: Walk, first_kept: Block | None) -> list[Block]:
    """Blocks before the main text and the first few of it: where a headline is printed."""
    result: list[Block] = []
    after = 0
    for block in facts.blocks:
        if block is first_kept or after:
            after += 1
            if after > _EARLY_AFTER_BLOCKS:
                break
        result.append(block)
    return result


def _title(
    meta: PageMetadata, headings: list[Block], early_blocks: list[Block]
) -> tuple[str | None, str | None, bool]:
    """(headline, outlet, printed) from the markup's titles: a heading that the ``<title>``
    repeats (the title adds the site name or section); then the JSON-LD/OpenGraph headline; then
    the ``<title>`` without its site part; then the heading nearest the main text. ``printed``
    says the ``<title>`` is printed on the page as a heading."""
    site = meta.site_name
    outlet_from_title = None
    tag_headline = None
    if meta.title_tag:
        tag_headline, outlet_from_title = split_title(meta.title_tag, site)
        tag_words = f" {_words(meta.title_tag)} "
        repeated = [
            h for h in headings
            if len(h.text) >= _MIN_HEADLINE_CHARS and (words := _words(h.text))
            and f" {words} " in tag_words
        ]
        in_heading = bool(repeated)
        if not repeated:
            # Pages that set their headline in bold or a table cell, not a heading: the
            # longest early block the <title> repeats word for word.
            repeated = [
                b for b in early_blocks
                if len(b.text) >= _MIN_HEADLINE_CHARS and len(b.text) <= _MAX_HEADLINE_CHARS
                and len(b.text.split()) >= _MIN_HEADLINE_WORDS and (words := _words(b.text))
                and f" {words} " in tag_words
            ]
        if repeated:
            best = max(repeated, key=lambda h: (len(_words(h.text)), -h.heading))
            return best.text, site or outlet_from_title, in_heading
    headline = meta.title
    if headline:
        headline, _ = split_title(headline, site or outlet_from_title)
        return headline, site or outlet_from_title, False
    if tag_headline and len(tag_headline.split()) >= _MIN_HEADLINE_WORDS:
        return tag_headline, site or outlet_from_title, False
    nearest = next((h.text for h in headings if len(h.text.split()) >= _MIN_HEADLINE_WORDS
                    and not h.text.endswith(":")), None)
    return nearest or tag_headline or meta.title_tag, site or outlet_from_title, False


def _overlap(text: str, reference: set[str]) -> float:
    words = set(_words(text).split())
    return len(words & reference) / len(words) if words else 0.0


def _visible_headline(
    facts: Walk, first_kept: Block | None, meta: PageMetadata, title_shown: bool
) -> int:
    """Index in ``facts.blocks`` of the page's visible headline, its ``<h1>``, or -1.

    Of several ``<h1>``s (a logo, a section name, the headline) the one sharing words with the
    page's declared titles wins, nearest the main text first; a page's only ``<h1>`` before the
    main text is its headline even when the declared titles word it differently (they are
    often written for search engines)."""
    blocks = facts.blocks
    kept_at = len(blocks)
    if first_kept is not None:
        kept_at = next((i for i, b in enumerate(blocks) if b is first_kept), kept_at)
    h1s = [i for i, b in enumerate(blocks)
           if b.heading == 1 and len(b.text.split()) >= 2 and b.link_density < 0.5]
    if not h1s:
        return -1
    reference = set(_words(f"{meta.title or ''} {meta.title_tag or ''}").split())
    matching = [i for i in h1s if _overlap(blocks[i].text, reference) >= _HEADLINE_OVERLAP]
    if matching:
        return min(matching, key=lambda i: abs(kept_at - i))
    before = [i for i in h1s if i <= kept_at]
    # Words as the title compares them: "Red-hot frontrunners" is a three-word headline.
    if len(h1s) == 1 and before and (
            len(_WORD.findall(blocks[before[0]].text)) >= _MIN_HEADLINE_WORDS):
        lone = before[0]
        share = _overlap(blocks[lone].text, reference)
        # A declared title sharing no word with the headline names the site or section,
        # unless the page prints it too.
        if not reference or share >= _LONE_H1_OVERLAP or (share == 0.0 and not title_shown):
            return lone
    return -1


def _headline_above_text(
    facts: Walk, first_kept: Block | None, plain: bool = False
) -> Block | None:
    """A heading (h1-h3) or an element named as a headline by its class or id, just above the
    main text or opening it, whose words the main text repeats; None when there is none.

    With ``plain``, any short unlinked line above the main text (or opening it) that is not a
    sentence, a byline or a time stamp may be the headline."""
    if first_kept is None:
        return None
    blocks = facts.blocks
    kept_at = next((i for i, b in enumerate(blocks) if b is first_kept), -1)
    if kept_at < 0:
        return None
    # An element named as a headline is looked for further up: ad slots and credits often
    # stand between it and the text.
    reach = _ABOVE_MARKED_BLOCKS if not plain else _ABOVE_TEXT_BLOCKS
    window = range(kept_at + _OPENING_BLOCKS - 1, max(kept_at - reach, 0) - 1, -1)
    # Nearest the text first, its opening block before the blocks above it; a plain line
    # opening the text is more often a caption than the headline above it.
    opening_last = kept_at if plain else kept_at + 1
    for i in sorted(window, key=lambda i: (i >= opening_last, abs(i - kept_at))):
        if i >= len(blocks):
            continue
        block = blocks[i]
        text = block.text
        if kept_at - i > _ABOVE_TEXT_BLOCKS and not block.marked:
            continue
        if not (1 <= block.heading <= 3 or block.marked or (
                plain and i <= kept_at and block.link_chars == 0
                and len(text.split()) <= _MAX_PLAIN_HEADLINE_WORDS
                and not text.endswith((".", ",", ";")) and not _DATELINE.search(text))):
            continue
        words = text.split()
        if (len(text) > _MAX_HEADLINE_CHARS or len(words) < _MIN_HEADLINE_WORDS
                or text.endswith(":") or block.link_density >= 0.5
                or (len(words) <= _MAX_DATELINE_WORDS and _DATELINE.search(text))):
            continue
        if _recurs(text, blocks, max(kept_at, i + 1)):
            return block
    return None


def _recurs(text: str, blocks: list[Block], start: int) -> bool:
    """Whether most long words of a headline recur in the text from ``blocks[start]`` on: a
    headline's do, a widget's, section's or site's name's do not."""
    # Compared by their first letters, so "defends" finds "defended" in the text; a word
    # shorter than the stem finds its longer forms too ("love" finds "loved").
    body_stems: set[str] = set()
    for word in _words(" ".join(
            b.text for b in blocks[start:start + _BODY_SAMPLE_BLOCKS])).split():
        body_stems.add(word[:_STEM])
        body_stems.add(word[:_STEM - 1])
    long_words = [word for word in _words(text).split() if len(word) >= 4]
    found = sum(word[:_STEM] in body_stems for word in long_words)
    return bool(long_words) and 2 * found >= len(long_words)


def _page_title(
    facts: Walk, first_kept: Block | None, meta: PageMetadata
) -> tuple[str | None, str | None]:
    """The visible headline when the page shows one, else the markup's title."""
    early = _early_blocks(facts, first_kept)
    title, outlet, shown = _title(meta, _headings_near_content(facts, first_kept), early)
    index = _visible_headline(facts, first_kept, meta, shown)
    if index >= 0:
        h1 = facts.blocks[index]
        if (first_kept is not None and len(h1.text.split()) <= _MAX_NAME_WORDS
                and not _recurs(h1.text, facts.blocks, index + 1)):
            # A short <h1> the text never mentions names the site or section ("Sports
            # Wire"): the headline is the heading above the text.
            above = _headline_above_text(facts, first_kept)
            if above is not None and above is not h1 and above.heading:
                return above.text, outlet
        return h1.text, outlet
    if shown:
        return title, outlet
    above = _headline_above_text(facts, first_kept)
    # Declared titles sharing no word with the headline printed above the text name the site
    # or its section ("Sports Wire", "Example.com: Markets").
    declared = set(_words(f"{title or ''} {meta.title or ''} {meta.title_tag or ''}").split())
    if above is not None and _overlap(above.text, declared) == 0:
        return above.text, outlet
    # The same for a headline set without markup, the way older and template-built pages do;
    # unless the page prints the <title>'s headline part itself above the text.
    if title is not None and meta.title_tag and any(block.text == title for block in early) and (
            _words(title) == _words(split_title(meta.title_tag, meta.site_name)[0])):
        return title, outlet
    above = _headline_above_text(facts, first_kept, plain=True)
    if above is not None and _overlap(above.text, declared) == 0:
        return above.text, outlet
    return title, outlet


def _without_site(title: str, meta: PageMetadata) -> str:
    """A headline printed as the whole ``<title>`` ("Headline | Section | Site"), or ending in
    the site's declared name, loses the site part as the ``<title>`` does. Only a bar marks a
    site part for sure: dashes and colons also join a headline to its second half."""
    if "|" in title and meta.title_tag and _words(title) == _words(meta.title_tag):
        return split_title(title, meta.site_name)[0]
    if meta.site_name:
        headline, site = split_title(title, meta.site_name)
        if site and _words(site) == _words(meta.site_name):
            return headline
    return title


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
    first_kept = extraction.blocks[0] if extraction.blocks else None
    title, outlet = _page_title(facts, first_kept, meta)
    if title:
        title = _without_site(title, meta)
    if title and "&" in title:
        # Declared titles are sometimes escaped twice ("Rates &amp;amp; Fees").
        title = html.unescape(title)
    title = repair_text(title) if title else title
    pairs = _paragraphs(extraction.blocks, title, limits.max_paragraphs)
    warnings: list[str] = []
    if not pairs:
        warnings.append("no main text found")
    # The lede: the first paragraph that reads as prose, not a dateline or a label.
    standfirst = meta.description or next(
        (t for t, r in pairs if r == "paragraph" and len(t) >= _LEDE_MIN_CHARS), None)
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
