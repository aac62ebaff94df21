"""Read the page head: the headline, the standfirst, and the header lines around them.

The head is everything above the first block of prose. Furniture there is already labelled;
what is left are short lines. The headline is the last title-shaped one (tag lines, section
labels and kickers come first on a page, the headline closest to the text); a longer,
sentence-shaped line right after it is the standfirst.
"""

import re
from collections.abc import Sequence

import attrs

from newsclaims.textdump.boilerplate import Features, Label, is_title_like
from newsclaims.textdump.dates import CALENDAR_WORDS, FoundDate, find_dates
from newsclaims.textdump.lexicon import Lexicon
from newsclaims.textdump.lines import Block
from newsclaims.textdump.metadata import read_byline, read_date_line, read_dateline

_TAG_SPLIT = re.compile(r"[,;|/•·]")
_MAX_HEADLINE_WORDS = 30
_MAX_SENTENCE_HEADLINE_WORDS = 20
_MAX_TWO_SENTENCE_HEADLINE_WORDS = 15
_MAX_FUSED_TITLE_WORDS = 30


@attrs.frozen
class Head:
    """What the head of a dump says about the article."""

    title: str | None = None
    title_index: int | None = None
    standfirst: str | None = None
    standfirst_index: int | None = None
    published: FoundDate | None = None
    updated: FoundDate | None = None
    authors: tuple[str, ...] = ()
    outlet: str | None = None


def is_tag_list(text: str) -> bool:
    """A line of comma-separated names ("Azerbaijan, Ilham Aliyev"): topic tags, not a title."""
    items = [item.strip() for item in _TAG_SPLIT.split(text) if item.strip()]
    if len(items) < 2:
        return False
    return all(
        len(item.split()) <= 4 and all(w[:1].isupper() or not w[:1].isalpha() for w in item.split())
        for item in items
    )


def _title_shaped(f: Features, text: str) -> bool:
    # Headlines may ask or exclaim, some end with a full stop, a few are two short sentences
    # ("Go ahead. Start small.") and some run long when they have no closing punctuation.
    if f.bullet or not 1 <= f.words <= _MAX_HEADLINE_WORDS or is_tag_list(text):
        return False
    if f.sentences == 1 and f.words <= _MAX_SENTENCE_HEADLINE_WORDS:
        return True
    if f.lead_in:
        return False
    return not f.ends_sentence or (
        f.sentences <= 2 and f.words <= _MAX_TWO_SENTENCE_HEADLINE_WORDS
    )


def _site_name(text: str, f: Features, lexicon: Lexicon) -> bool:
    # A repeated line that reads as a name: 1-5 capitalised words, no lexicon phrase.
    return (
        f.repeats >= 2
        and 1 <= f.words <= 5
        and f.title_share == 1.0
        and not f.ends_sentence
        and f.lexicon_share < 0.5
        and not is_tag_list(text)
    )


def read_head(
    blocks: Sequence[Block],
    feats: Sequence[Features],
    labels: Sequence[Label],
    body_start: int,
    lexicon: Lexicon,
) -> Head:
    """Analyse the blocks before ``body_start`` (and the first body block, for a standfirst)."""
    published: FoundDate | None = None
    updated: FoundDate | None = None
    authors: tuple[str, ...] = ()
    outlet: str | None = None
    titles: list[tuple[int, str]] = []
    for index in range(body_start):
        text = blocks[index].text
        f = feats[index]
        label = labels[index]
        if label == "meta":
            date_line = read_date_line(text)
            if date_line is not None:
                if date_line.kind == "updated":
                    updated = updated or date_line.date
                else:
                    published = published or date_line.date
                continue
            byline = read_byline(text)
            if byline is not None:
                names, rest = byline
                people = tuple(n for n in names if len(n.split()) >= 2)
                authors = authors or people
                if outlet is None and len(people) < len(names):
                    outlet = next(n for n in names if len(n.split()) < 2)
                fused = read_date_line(rest) if rest else None
                if fused is not None and published is None:
                    published = fused.date
            continue
        if label == "bad" or (
            label == "echo" and _site_name(text, f, lexicon) and not _near_copy(blocks, index)
        ):
            continue
        fused_date = read_date_line(text, max_rest_words=_MAX_FUSED_TITLE_WORDS)
        if fused_date is not None and fused_date.rest_start < len(text):
            published = published or fused_date.date
            text = text[fused_date.rest_start :].strip()
        if _title_shaped(f, text) or (fused_date is not None and not f.ends_sentence):
            titles.append((index, text))

    title_index: int | None = None
    title: str | None = None
    standfirst: str | None = None
    standfirst_index: int | None = None
    if titles:
        body_words = _content_words(
            " ".join(blocks[i].text for i in range(body_start, len(blocks))[:8]
                     if labels[i] == "good")
        )
        base = [
            _headline_score(index, text, feats[index], labels, body_start, body_words)
            for index, text in titles
        ]
        scores = [
            score + _header_evidence(blocks, feats, labels, index, text, body_words)
            for score, (index, text) in zip(base, titles, strict=True)
        ]
        # A sentence with a full stop under an unpunctuated heading is the text's first line,
        # not the headline.
        opening = next((i for i, label in enumerate(labels) if label not in ("bad", "echo")), -1)
        eligible = [
            k for k, (index, text) in enumerate(titles)
            if not _full_stop(feats[index], text)
            or not any(
                not _full_stop(feats[i], t)
                and (base[j] >= _MIN_HEADING_SCORE or (i == opening and _prose_between(
                    labels, i, index)))
                for j, (i, t) in enumerate(titles[:k])
            )
        ]
        best = max(eligible, key=lambda k: (scores[k], k))
        title_index, title = titles[best]
        if best > 0:
            previous_index, previous = titles[best - 1]
            between = labels[previous_index + 1 : title_index]
            # A line the page repeats far from itself (a button, a menu entry) is no headline.
            repeated = labels[previous_index] == "echo" and not _near_copy(blocks, previous_index)
            close = base[best - 1] >= base[best] - _STANDFIRST_MARGIN
            # A headline shares words with its text; share buttons and taglines do not.
            close = close and bool(_content_words(previous) & body_words)
            # A breadcrumb ending in the headline is no headline over it.
            crumb = _squash(previous).endswith(_squash(title))
            if close and not repeated and not crumb and _is_short_standfirst(
                feats[previous_index], feats[title_index], between
            ):
                standfirst_index, standfirst = title_index, title
                title_index, title = previous_index, previous
    if title is not None and title_index is not None:
        title = _without_date_suffix(_without_site_suffix(title, blocks, title_index))
    if title_index is not None and standfirst is None:
        standfirst_index = _standfirst_after(blocks, feats, labels, title_index, body_start)
        if standfirst_index is not None:
            standfirst = blocks[standfirst_index].text

    outlet = outlet or _outlet(blocks, feats, labels, title_index, lexicon)
    return Head(
        title=title,
        title_index=title_index,
        standfirst=standfirst,
        standfirst_index=standfirst_index,
        published=published,
        updated=updated,
        authors=authors,
        outlet=outlet,
    )


def _prose_between(labels: Sequence[Label], above: int, below: int) -> bool:
    """Whether only lines of text stand between two lines (no menu, notice or repeat)."""
    return all(label in ("good", "short") for label in labels[above + 1 : below])


# A heading that scores below this (a menu label sharing nothing with the text) does not make
# a punctuated line under it the text's first line, unless the dump opens with the two (a clean
# text).
_MIN_HEADING_SCORE = 0.0
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
_BYLINE_WORDS = re.compile(
    r"^(?:posted|written|reported|photos?|words|story)\s+by\b|^(?:photo|image|picture)s?\s*"
    r"(?:credit)?\s*:|\b(?:reporter|correspondent|"
    r"staff|editor|columnist|contributor|author)s?\b",
    re.IGNORECASE,
)


def header_in_text(
    blocks: Sequence[Block],
    feats: Sequence[Features],
    labels: Sequence[Label],
    first: int,
    last: int,
) -> list[tuple[int, int]]:
    """``(headline, first prose block)`` of article headers that may sit inside the prose run.

    A notice (cookies, an old browser, a disclosure) or photo captions can read as prose and
    open the run above the article's own header: a headline-shaped line with a date or byline
    right under or over it, followed by most of the text.
    """
    total = sum(feats[i].chars for i in range(first, last + 1) if labels[i] == "good")
    found: list[tuple[int, int]] = []
    before = 0
    paragraphs = 0
    for index in range(first, last + 1):
        f = feats[index]
        if labels[index] == "good":
            before += f.chars
            paragraphs += 1
            if paragraphs > _MAX_NOTICE_BLOCKS or before > _MAX_NOTICE_SHARE * total:
                break
            continue
        text = blocks[index].text
        if (
            labels[index] not in ("short", "list")
            or f.words < _MIN_EVIDENCE_WORDS
            or f.lexicon_share >= _MAX_EVIDENCE_LEXICON_SHARE
            or not _title_shaped(f, text)
            or not _capitalised(text)
        ):
            continue
        if _dated(labels, index, last):
            body = next((i for i in range(index + 1, last + 1) if labels[i] == "good"), None)
            if body is not None:
                found.append((index, body))
    return found


def _neighbour(
    labels: Sequence[Label], index: int, step: int, last: int
) -> tuple[Label, int] | None:
    # The nearest line that is not furniture, above (-1) or below (+1).
    index += step
    while 0 <= index <= last and labels[index] in ("bad", "echo"):
        index += step
    return (labels[index], index) if 0 <= index <= last else None


def _capitalised(text: str) -> bool:
    # A headline opens with a capital or a figure (after any opening quote); tag lines, links
    # and furniture arrows do not.
    start = text.lstrip(_QUOTES + " ")[:1]
    return start.isupper() or start.isdigit()


# What may stand above an article's header in the prose run: a few blocks, a small share.
_MAX_NOTICE_BLOCKS = 3
_MAX_NOTICE_SHARE = 0.25


def _dated(labels: Sequence[Label], index: int, last: int) -> bool:
    # A date or byline line right over the line, or under it (below a standfirst, perhaps).
    above = _neighbour(labels, index, -1, last)
    if above is not None and above[0] == "meta":
        return True
    below = _neighbour(labels, index, 1, last)
    if below is not None and below[0] != "meta":
        below = _neighbour(labels, below[1], 1, last)
    return below is not None and below[0] == "meta"


def _full_stop(f: Features, text: str) -> bool:
    # An ellipsis marks a headline cut short by the page, not a sentence's end.
    stripped = text.rstrip(_CLOSERS)
    return f.ends_sentence and stripped[-1:] == "." and stripped[-2:] != ".."


_CLOSERS = " \"'”’»)]"


def _content_words(text: str) -> set[str]:
    return {w.casefold() for w in _CONTENT_WORD.findall(text)}


def _headline_score(
    index: int,
    text: str,
    f: Features,
    labels: Sequence[Label],
    body_start: int,
    body_words: set[str],
) -> float:
    # A headline shares words with the text under it, has a headline's length, sits close
    # above the text, and is neither a byline nor a line of furniture words.
    words = _content_words(text)
    shared = len(words & body_words)
    # The share of the line's words found in the text, trusted fully from three words on.
    overlap = shared / len(words) * min(1.0, shared / 3) if words else 0.0
    score = 2.0 * overlap
    if f.words < 3:
        score -= 1.5
    elif 4 <= f.words <= 20:
        score += 0.5
    if _full_stop(f, text):
        score -= 0.5
    distance = sum(1 for label in labels[index + 1 : body_start] if label not in ("bad", "echo"))
    score -= min(1.0, 0.05 * distance)
    score -= 2.0 * f.lexicon_share
    if _BYLINE_WORDS.search(text):
        score -= 1.0
    if _CRUMB_ARROW.search(text):
        score -= 1.5  # "Section > Subsection", "« Previous | Main | Next »": navigation
    if any(d.year is not None for d in find_dates(text)):
        score -= 1.0  # a date stamp, however it is worded
    following = [label for label in labels[index + 1 : body_start] if label not in ("bad", "echo")]
    if "meta" in following[:2]:
        score += 0.5  # a byline or date line right under it
    letters = [c for c in text if c.isalpha()]
    if len(letters) > 3 and all(c.isupper() for c in letters):
        score -= 0.5
    return score


_NEAR = 3
_CRUMB_ARROW = re.compile(r"\s[>»›]\s|^\s*[«‹]|[»›]\s*$")
_HEADER_LINE = re.compile(
    r"^(?:by|written\s+by|posted\s+by|updated|last\s+updated|published|posted)\b"
    r"|\b\d{1,3}\s*min(?:ute)?s?\s+read\b",
    re.IGNORECASE,
)
_MAX_HEADER_LINE_WORDS = 12
# Section labels ("Science and technology") also sit above a date line.
_MIN_EVIDENCE_WORDS = 3
# Furniture ("Decrease text size") sits above a date line as often as a headline does.
_MAX_EVIDENCE_LEXICON_SHARE = 0.5
_NON_WORD = re.compile(r"[\W_]+")


def _squash(text: str) -> str:
    return _NON_WORD.sub("", text).casefold()


def _header_evidence(
    blocks: Sequence[Block],
    feats: Sequence[Features],
    labels: Sequence[Label],
    index: int,
    text: str,
    body_words: set[str],
) -> float:
    # Evidence from the lines around a candidate, wherever the prose is found to start: an
    # article header prints a byline, a date or a reading time right under the headline, and
    # many pages print the headline twice in a row (a breadcrumb's last crumb, a share title).
    score = 0.0
    if (
        feats[index].words < _MIN_EVIDENCE_WORDS
        or feats[index].lexicon_share >= _MAX_EVIDENCE_LEXICON_SHARE
        or _HEADER_LINE.search(text)
        or not _content_words(text) & body_words
    ):
        return score
    end = min(len(blocks), index + 1 + _NEAR)
    for i in range(index + 1, end):
        if labels[i] == "meta" or (
            feats[i].words <= _MAX_HEADER_LINE_WORDS and _HEADER_LINE.search(blocks[i].text)
        ):
            score += 1.0
            break
    if _near_copy(blocks, index, text):
        score += 0.75
    return score


_MAX_CRUMB_CHARS = 40


def _near_copy(blocks: Sequence[Block], index: int, text: str | None = None) -> bool:
    # The same line (or a breadcrumb ending in it) within a few lines: a site's name is
    # repeated in the header and the footer, a headline right where it stands.
    line = blocks[index].text if text is None else text
    own = _squash(line)
    if len(own) < 12:
        return False
    # A breadcrumb's last crumb only for a line long enough not to be a name in a heading.
    crumbs = len(line.split()) >= _MIN_EVIDENCE_WORDS
    for i in range(max(0, index - _NEAR), min(len(blocks), index + 1 + _NEAR)):
        other = _squash(blocks[i].text)
        if i == index or not other.endswith(own):
            continue
        if other == own or (crumbs and len(other) - len(own) <= _MAX_CRUMB_CHARS):
            return True
    return False


# "Headline | Site", "Headline – Site": the last segment after a spaced separator.
_SITE_SUFFIX = re.compile(r"\s(?:\||-|–|—|::|·)\s+(?P<site>[^|–—·]{2,40})$")
_MAX_SITE_WORDS = 4
_MIN_LEFT_WORDS = 3
_COPYRIGHT = re.compile(r"©|\(c\)|\bcopyright\b", re.IGNORECASE)


def _without_site_suffix(title: str, blocks: Sequence[Block], title_index: int) -> str:
    # The site's name fused after the headline (a page title printed as is). Only stripped
    # when the page names itself that way elsewhere, on a line of its own or in a copyright
    # notice: "Headline - Speaker" keeps its speaker.
    match = _SITE_SUFFIX.search(title)
    if match is None:
        return title
    site, left = match.group("site").strip(), title[: match.start()].strip()
    if len(site.split()) > _MAX_SITE_WORDS or len(left.split()) < _MIN_LEFT_WORDS:
        return title
    key = _squash(site)
    if len(key) < 3:
        return title
    for index, block in enumerate(blocks):
        if index == title_index:
            continue
        other = _squash(block.text)
        if other == key or (key in other and _COPYRIGHT.search(block.text)):
            return left
    return title


# "Headline / Dec 2025", "Headline - 3 October 2023": a date stamp after a spaced separator.
_DATE_SUFFIX = re.compile(r"\s[|/·–—-]\s+(?P<tail>[^|/·–—]{3,40})$")
_MONTH_YEAR = re.compile(r"^(?P<month>[^\W\d_]{3,9})\.?,?\s+(?:19|20)\d\d$")


def _without_date_suffix(title: str) -> str:
    match = _DATE_SUFFIX.search(title)
    if match is None:
        return title
    tail = match.group("tail").strip()
    left = title[: match.start()].strip()
    if len(left.split()) < _MIN_LEFT_WORDS:
        return title
    dates = find_dates(tail)
    whole = len(dates) == 1 and dates[0].start == 0 and dates[0].end >= len(tail)
    month_year = _MONTH_YEAR.match(tail)
    if whole or (month_year is not None and month_year.group("month").casefold() in CALENDAR_WORDS):
        return left
    return title


def _is_short_standfirst(headline: Features, line: Features, between: Sequence[Label]) -> bool:
    # Two title-shaped lines in a row. A kicker or section label above a headline is a few
    # words; two substantial lines are a headline and the standfirst under it.
    if any(label not in ("bad", "echo") for label in between):
        return False
    if headline.words < _MIN_HEADLINE_WORDS_FOR_PAIR or line.words < _MIN_STANDFIRST_WORDS:
        return False
    return line.words >= 0.9 * headline.words and line.title_share < 0.8


_MIN_HEADLINE_WORDS_FOR_PAIR = 5
# A headline over its standfirst reads about as well as the standfirst does (header
# evidence left out: the two share it); a much weaker line above is furniture.
_STANDFIRST_MARGIN = 1.0
_MIN_STANDFIRST_WORDS = 8
_MAX_STANDFIRST_WORDS = 30


def _standfirst_after(
    blocks: Sequence[Block],
    feats: Sequence[Features],
    labels: Sequence[Label],
    title_index: int,
    body_start: int,
) -> int | None:
    # The first line after the headline, furniture skipped: a long unpunctuated summary in the
    # head, or a one-sentence block opening the prose that is followed by more prose.
    index = title_index + 1
    while index < len(labels) and labels[index] in ("bad", "echo"):
        index += 1
    if index >= len(labels):
        return None
    f = feats[index]
    if index < body_start:
        # A long unpunctuated summary; a short full sentence there is the text's first line.
        text = blocks[index].text
        if (
            labels[index] in ("short", "list")
            and f.words >= 8
            and not is_title_like(f)
            and not _full_stop(f, text)
        ):
            return index
        return None
    if index != body_start or labels[index] != "good":
        return None
    more_prose = [i for i in range(index + 1, len(labels)) if labels[i] == "good"]
    if f.sentences != 1 or f.words > _MAX_STANDFIRST_WORDS or len(more_prose) < 2:
        return None
    # A one-sentence summary above the lede: the lede says when ("on Monday"), the summary
    # does not, and is not itself a quotation.
    text = blocks[index].text
    lede = blocks[more_prose[0]].text
    if _WHEN.search(text) or not _WHEN.search(lede) or text[:1] in _QUOTES:
        return None
    if read_dateline(text) is not None or _PLACE_DASH.match(text):
        return None  # "PLACE (Agency) - ..." opens the report itself: it is the lede
    return index


_QUOTES = "\"'“‘«„"
# "Miami, Florida - A reputed ...": a place name and a dash open a news report.
# The look-behind starts a place only at a word's first capital: linear on long capitalised runs.
_PLACE_DASH = re.compile(
    r"(?<![\w.'])[A-Z][\w.']*(?:[ ,]+[A-Z][\w.']*){0,3}(?: \([^()]{1,40}\))? [-–—] "
)
_WHEN = re.compile(
    r"\b(?:on|last|this|late|early|next)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)\b|\b(?:yesterday|today|tonight|this (?:morning|afternoon|evening|week))\b",
    re.IGNORECASE,
)


def _outlet(
    blocks: Sequence[Block],
    feats: Sequence[Features],
    labels: Sequence[Label],
    title_index: int | None,
    lexicon: Lexicon,
) -> str | None:
    # The site's own name, printed again and again: near the headline or at the very top.
    for index, block in enumerate(blocks):
        if labels[index] != "echo" or not _site_name(block.text, feats[index], lexicon):
            continue
        near_title = title_index is not None and abs(index - title_index) <= 2
        if near_title or index <= 2:
            return block.text.strip()
    return None
