"""``parse_text_dump``: a page dump in, one Article out.

Blocks are labelled (``boilerplate``), the article's prose is located as the densest run of
prose blocks, the head above it is read (``headline``), and the body is assembled from the
run's blocks with roles, normalised text and an offset map back to the input.
"""

import datetime as dt
import logging
from collections.abc import Iterable, Sequence

import attrs

from newsclaims.limits import DEFAULT_LIMITS
from newsclaims.model import Article, ParagraphRole, Source
from newsclaims.textdump.boilerplate import (
    Features,
    Label,
    classify,
    features,
    is_code,
    is_furniture,
    is_title_like,
)
from newsclaims.textdump.dates import FoundDate, infer_year
from newsclaims.textdump.headline import Head, header_in_text, read_head
from newsclaims.textdump.lexicon import DEFAULT_LEXICON, Lexicon
from newsclaims.textdump.lines import Block, split_blocks
from newsclaims.textdump.metadata import (
    copyright_holder,
    read_byline,
    read_date_line,
    read_dateline,
    slash_agency,
)
from newsclaims.textdump.paragraphs import Piece, normalise, offset_map
from newsclaims.textdump.tail import cut_tail

logger = logging.getLogger(__name__)

_MAX_SUBHEADING_WORDS = 15

# Weights of the maximum-sum search for the article's text. Prose counts for its length, a
# short sentence for part of it; anything else costs a fixed amount plus part of its length,
# furniture most, so a few captions or an ad line inside the text do not split it while a
# menu or a block of teasers does. Tuned on visible-text dumps of two public page sets.
_POSITION_DECAY = 0.3
_SENTENCE_RATE = 0.3
_MIN_SENTENCE_WORDS = 4
_SHORT_COST, _SHORT_RATE = 10.0, 0.2
_LIST_COST, _LIST_RATE = 20.0, 0.5
_BAD_COST, _BAD_RATE = 30.0, 1.0
_MIN_LEAD_IN_WORDS = 8
_MAX_INNER_HEADS = 3


def _weight(label: Label, f: Features) -> float:
    if label == "good":
        return float(f.chars)
    if label == "short" and f.ends_sentence and f.words >= _MIN_SENTENCE_WORDS:
        return _SENTENCE_RATE * f.chars
    if label == "short" and f.lead_in and f.words >= _MIN_LEAD_IN_WORDS:
        return _SENTENCE_RATE * f.chars  # "The function returns a reference:" introduces text
    if label == "short" and is_code(f):
        # A program listing in a technical article: it costs only what a caption costs, so
        # the explanation around it is not split off.
        return -_SHORT_COST
    if label in ("short", "echo"):
        return -(_SHORT_COST + _SHORT_RATE * f.chars)
    if label == "list":
        return -(_LIST_COST + _LIST_RATE * f.chars)
    if label == "bad":
        return -(_BAD_COST + _BAD_RATE * f.chars)
    return 0.0


def _closing(label: Label, f: Features) -> bool:
    return label == "short" and f.ends_sentence and f.words >= 2


def _cut_at_end_heading(
    first: int, last: int, blocks: Sequence[Block], labels: Sequence[Label],
    feats: Sequence[Features], lexicon: Lexicon,
) -> int:
    # A "Related" or "Comments" heading after most of the prose, or after a "Posted by ... on
    # <date>" line closing the text (a long discussion can outweigh the article): the
    # article ended there.
    total = sum(feats[i].chars for i in range(first, last + 1) if labels[i] == "good")
    seen = 0
    signed = False
    for index in range(first, last + 1):
        if labels[index] == "good":
            seen += feats[index].chars
            signed = False
        elif labels[index] == "meta":
            signed = True
        elif (
            feats[index].words <= _MAX_END_HEADING_WORDS
            and lexicon.ends_article(blocks[index].text)
            and (
                seen >= _END_SHARE * total
                or (seen >= _MIN_SIGNED_CHARS
                    and (signed or _headlines_follow(index, last, labels, feats)))
            )
        ):
            previous = index - 1
            while previous > first and labels[previous] != "good":
                previous -= 1
            return previous
    return last


_MAX_END_HEADING_WORDS = 6
_END_SHARE = 0.5
_MIN_SIGNED_CHARS = 300


def _headlines_follow(
    heading: int, last: int, labels: Sequence[Label], feats: Sequence[Features]
) -> bool:
    # Under the heading, every prose block stands alone under a headline-shaped line: a
    # teaser list. An article's text has paragraphs in a row.
    headlines = 0
    for index in range(heading + 1, last + 1):
        if labels[index] == "good":
            if labels[index - 1] == "good":
                return False
        elif labels[index] != "bad" and is_title_like(feats[index]):
            headlines += 1
    return headlines >= _MIN_TEASER_HEADLINES


_MIN_TEASER_HEADLINES = 3


def find_body(labels: Sequence[Label], feats: Sequence[Features]) -> tuple[int, int] | None:
    """``(first, last)`` block indexes of the article's prose, or None when there is none.

    The prose is the stretch of blocks with the largest total weight, prose counting for its
    length and everything else against it (a maximum-sum segment, found in one pass).
    """
    best = (0.0, -1, -1)
    total = 0.0
    start = 0
    for index, label in enumerate(labels):
        weight = _weight(label, feats[index])
        if weight > 0:
            # Comments and teasers come after the article: prose counts a little less late.
            weight *= 1.0 - _POSITION_DECAY * index / len(labels)
        if total <= 0:
            total, start = weight, index
        else:
            total += weight
        if label == "good" and total > best[0]:
            best = (total, start, index)
    if best[1] < 0:
        return None
    first, last = best[1], best[2]
    while labels[first] != "good":
        first += 1
    # Short closing sentences after the last prose block ("He declined to comment."), and a
    # list its last line announces ("The winners were:").
    in_list = feats[last].lead_in
    index = last + 1
    while index < len(labels):
        f = feats[index]
        label = labels[index]
        if label in ("bad", "echo") and index + 1 < len(labels) and _closing(
            labels[index + 1], feats[index + 1]
        ):
            index += 1  # one ad line or button between the text and its last sentence
            continue
        if _closing(label, f) or (label == "short" and f.lead_in):
            in_list = in_list or f.lead_in
        elif not (in_list and label == "short"):
            break
        last = index
        index += 1
    return first, last


def _role(
    index: int, labels: Sequence[Label], feats: Sequence[Features], blocks: Sequence[Block]
) -> ParagraphRole:
    f = feats[index]
    if f.bullet or labels[index] == "list":
        return "list_item"
    if labels[index] == "good" or f.ends_sentence:
        return "paragraph"
    text = blocks[index].text.rstrip()
    before = labels[index - 1] if index > 0 else None
    after = labels[index + 1] if index + 1 < len(labels) else None
    if (
        is_title_like(f)
        and f.words <= _MAX_SUBHEADING_WORDS
        and before == "good"
        and after == "good"
        and text[-1:] not in ",;:"
        and text[:1] not in "\"'“‘«"
    ):
        return "subheading"
    return "paragraph"


def _date_value(found: FoundDate | None, text: str, context: str) -> dt.datetime | dt.date | None:
    if found is None:
        return None
    if found.year is None:
        return found.value(infer_year(found.month, found.day, text, context))
    return found.value()


def parse_text_dump(
    text: str,
    *,
    location: str | None = None,
    extra_boilerplate: Iterable[str] = (),
    lexicon: Lexicon | None = None,
    source: Source | None = None,
    max_paragraphs: int = DEFAULT_LIMITS.max_paragraphs,
) -> Article:
    """Read a plain-text dump of a web page into an Article.

    ``extra_boilerplate`` adds phrases to the default lexicon (or pass a whole ``lexicon``).
    ``source`` provides the provenance fields; its ``offset_map`` is filled here so body
    offsets map back to offsets in ``text``.
    """
    if lexicon is None:
        extras = tuple(extra_boilerplate)
        lexicon = Lexicon.build(extras) if extras else DEFAULT_LEXICON
    elif extra_boilerplate:
        lexicon = Lexicon.build(
            (*lexicon.phrases, *extra_boilerplate), lexicon.strong, lexicon.enders
        )
    base = source if source is not None else Source(location=location, ingester="text",
                                                    media_type="text/plain")
    blocks = split_blocks(text)
    feats = features(blocks, lexicon)
    labels = classify(blocks, feats)
    body = find_body(labels, feats)
    if body is None:
        return _without_prose(text, blocks, feats, labels, lexicon, base)
    first, last = body
    last = _cut_at_end_heading(first, last, blocks, labels, feats, lexicon)
    last = cut_tail(first, last, blocks, labels, feats)
    head = read_head(blocks, feats, labels, first, lexicon)
    # A notice or captions read as prose above the article's own header: the text starts
    # under that header when the head read from there agrees it holds the headline.
    # A few tries at most: each reads the head again.
    for headline, prose in header_in_text(blocks, feats, labels, first, last)[:_MAX_INNER_HEADS]:
        inner = read_head(blocks, feats, labels, prose, lexicon)
        if inner.title_index == headline:
            first, head = prose, inner
            break
    return _assemble(text, blocks, feats, labels, lexicon, base, head, first, last, max_paragraphs)


def _without_prose(
    text: str,
    blocks: Sequence[Block],
    feats: Sequence[Features],
    labels: Sequence[Label],
    lexicon: Lexicon,
    base: Source,
) -> Article:
    # No block reads as prose: a very short text. Keep every line that is not furniture,
    # with the first title-shaped line as the title when more follows it.
    keep = [i for i, label in enumerate(labels) if label not in ("bad", "echo")]
    title: str | None = None
    if len(keep) >= 2 and is_title_like(feats[keep[0]]) and labels[keep[0]] != "meta":
        title = normalise(blocks[keep[0]].text).text
        keep = keep[1:]
    pieces = [_piece(blocks[i], "paragraph") for i in keep if labels[i] != "meta"]
    pieces = [p for p in pieces if p.text and not _furniture_text(p.text, lexicon)]
    return _article(pieces, base, title=title)


def _announced_lists(labels: Sequence[Label], start: int, last: int) -> set[int]:
    # A run of title-like lines inside the text is a list of the article's own (products,
    # steps) unless a line of furniture ("Related", "Read more") announces it: then it is a
    # list of links to other pages.
    dropped: set[int] = set()
    index = start
    while index <= last:
        if labels[index] != "list":
            index += 1
            continue
        end = index
        while end <= last and labels[end] in ("list", "bad", "echo"):
            end += 1
        if index > 0 and labels[index - 1] in ("bad", "echo"):
            dropped.update(range(index, end))
        index = end
    return dropped


def _piece(block: Block, role: ParagraphRole, skip: int = 0) -> Piece:
    normalised = normalise(block.text)
    start = 0
    if skip:
        # ``skip`` counts block characters; find the normalised offset they end at.
        start = next(
            (i for i in range(len(normalised.text) + 1) if normalised.to_original(i) >= skip),
            len(normalised.text),
        )
    return Piece(normalised.text[start:], role, block, normalised, start)


def _furniture_text(text: str, lexicon: Lexicon) -> bool:
    block = Block(text, ((0, len(text)),), (), False)
    return is_furniture(features([block], lexicon)[0])


def is_boilerplate_line(text: str, *, lexicon: Lexicon = DEFAULT_LEXICON) -> bool:
    """Whether one line, on its own evidence, is page furniture (buttons, banners, nav)."""
    return _furniture_text(text.strip(), lexicon) if text.strip() else True


def _article(
    pieces: Sequence[Piece], base: Source, **fields: object
) -> Article:
    source = attrs.evolve(base, offset_map=offset_map(pieces))
    return Article.from_paragraphs([(p.text, p.role) for p in pieces], source=source, **fields)


def _assemble(
    text: str,
    blocks: Sequence[Block],
    feats: Sequence[Features],
    labels: Sequence[Label],
    lexicon: Lexicon,
    base: Source,
    head: Head,
    first: int,
    last: int,
    max_paragraphs: int,
) -> Article:
    skipped = {head.standfirst_index}
    start = first
    # Sentence-shaped lines between the headline and the prose run are the article's too.
    if head.title_index is not None:
        for index in range(head.title_index + 1, first):
            if (
                index not in skipped
                and labels[index] == "short"
                and feats[index].ends_sentence
                and feats[index].words >= 2
            ):
                start = index
                break
    announced = _announced_lists(labels, start, last)
    warnings: list[str] = []
    pieces: list[Piece] = []
    published = head.published
    updated = head.updated
    authors = head.authors
    dateline: str | None = None
    outlet = head.outlet
    date_context = ""
    for index in range(start, last + 1):
        if index in skipped or labels[index] == "bad":
            continue
        if labels[index] == "list" and index in announced:
            continue
        role = _role(index, labels, feats, blocks)
        if labels[index] == "echo" and role != "subheading":
            continue
        block = blocks[index]
        if labels[index] == "meta":
            found = read_date_line(block.text)
            if found is not None and published is None and found.kind == "published":
                published = found.date
            byline = read_byline(block.text)
            if byline is not None and not authors:
                authors = tuple(n for n in byline[0] if len(n.split()) >= 2)
            continue
        skip = 0
        if not pieces:
            found_dateline = read_dateline(block.text)
            if found_dateline is not None:
                dateline = found_dateline.place
                skip = found_dateline.end
                outlet = outlet or found_dateline.agency
                if published is None and found_dateline.date is not None:
                    published = found_dateline.date
                    date_context = block.text
            outlet = outlet or slash_agency(block.text)
        piece = _piece(block, role, skip)
        # A block cut or rewritten on the way is judged again on its own.
        if piece.text and (piece.text == block.text or not _furniture_text(piece.text, lexicon)):
            pieces.append(piece)
    if len(pieces) > max_paragraphs:
        warnings.append(f"body truncated to {max_paragraphs} paragraphs")
        logger.info("%s: body truncated to %d paragraphs", base.location, max_paragraphs)
        pieces = pieces[:max_paragraphs]
    if outlet is None:
        for index in range(last + 1, len(blocks)):
            outlet = copyright_holder(blocks[index].text) if labels[index] == "bad" else None
            if outlet:
                break
    published_value = _date_value(published, text, date_context)
    if published is not None and published_value is None:
        warnings.append("the dateline's date has no year in the text; published left unset")
    title = normalise(head.title).text if head.title else None
    standfirst = normalise(head.standfirst).text if head.standfirst else None
    return _article(
        pieces,
        base,
        title=title,
        standfirst=standfirst,
        outlet=outlet,
        published=published_value,
        updated=_date_value(updated, text, ""),
        dateline=dateline,
        authors=authors,
        warnings=tuple(warnings),
    )
