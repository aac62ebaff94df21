"""Find quotation marks and pair them, repairing the ways real reporting breaks them.

Each mark is read from its glyph and its flanks: a mark with space (or an opening bracket or
dash) on its left and a word on its right can open; a mark with a word or punctuation on its left
and space or punctuation on its right can close. The glyph only decides when the flanks do not,
so ``“…”``, ``„…“``, ``«…»``, ``»…«`` and straight quotes share one algorithm. Double and single
marks are paired separately: single marks inside a double quotation are nested quotations, and
single marks outside any double quotation are primary quotes (British style).

Repairs, each with a lower confidence:

- a closing mark with no opener in its paragraph (the opening mark was dropped): the quotation
  runs from the paragraph start;
- an opening mark where a closer belongs (``…ally, “Ankara recalls``), when it is the last mark
  of the paragraph and follows ``,.?!``;
- an opener that is never closed: the quotation ends before the next opener or at the paragraph
  end; when the next paragraph reopens, it is a multi-paragraph quotation.

The scan is one pass over the characters of each paragraph.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from typing import NamedTuple

import attrs

from newsclaims.quotes import _normapi

_DOUBLE_OPENERS = frozenset("„“«〝")  # glyph prior when the flanks do not decide
_DOUBLE_ALWAYS_OPEN = frozenset("„")
_SINGLE_MARKS = frozenset("‘’‚‹›'")
_DOUBLE_MARKS = frozenset("\"“”„‟«»〝〞＂")
_OPEN_LEFT = frozenset("([{—–-/")
_CLOSE_RIGHT = frozenset(",.;:!?)]}—–-…/")
# (One set test per flank instead of three.)
_OPEN_LEFT_OR_MARK = _OPEN_LEFT | _DOUBLE_MARKS | _SINGLE_MARKS
_CLOSE_RIGHT_OR_MARK = _CLOSE_RIGHT | _DOUBLE_MARKS | _SINGLE_MARKS


# A mark is made for every quotation mark of every text and read a few times: a plain named
# tuple, not an attrs class (it never leaves this module). (MarkedQuote stays a slotted class:
# attribution reads its fields far more often than it is made.)
class Mark(NamedTuple):
    """One quotation mark: where it is and which way it can face."""

    start: int
    end: int
    glyph: str
    can_open: bool
    can_close: bool

    @property
    def prior_open(self) -> bool:
        return self.glyph in _DOUBLE_OPENERS or self.glyph in ("``", "‘", "‚", "‹")


@attrs.frozen
class MarkedQuote:
    """A paired quotation: the marks' outer range and the inner text range.

    ``repair`` names what was fixed ("unopened", "misused_opener", "unclosed") or is ``None``;
    ``continues`` is true when the quotation runs on into the next paragraph, ``continued``
    when it is the continuation of the previous paragraph's quotation.
    """

    start: int
    end: int
    inner_start: int
    inner_end: int
    family: str
    confidence: float
    repair: str | None = None
    continues: bool = False
    continued: bool = False


def _flanks(text: str, start: int, end: int, lo: int, hi: int) -> tuple[bool, bool]:
    left = text[start - 1] if start > lo else None
    right = text[end] if end < hi else None
    left_open = left is None or left.isspace() or left in _OPEN_LEFT_OR_MARK
    right_close = right is None or right.isspace() or right in _CLOSE_RIGHT_OR_MARK
    can_open = right is not None and not right.isspace() and left_open
    can_close = left is not None and not left.isspace() and right_close
    if can_open and can_close:
        # Both sides are marks or brackets ("(“x”)"): let the side touching a letter decide.
        can_open = right is not None and (right.isalnum() or right in "…(")
        can_close = not can_open
    return can_open, can_close


# `````` and ``''`` as one mark, any other double mark alone. Written as one character
# class with look-behinds rather than an alternation, so the engine can scan for the class fast.
_DOUBLE_RE = re.compile("[`'\"“”„‟«»〝〞＂](?:(?<=`)`|(?<=')'|(?<![`']))")
# A ’ or ' between two letters (don’t, Azerbaijan’s) is an apostrophe: the pattern leaves
# those out, so the common case costs no Python-level work at all.
# (One character class first, then cheap look-arounds: the engine's fast scan for the class.)
# Any mark either scan below could report (a superset: it only has to miss none).
_ANY_MARK = re.compile(r"[`'\"“”„‟«»〝〞＂‘’‚‹›](?:(?<![’'`])|(?![^\W\d_])|(?<![^\W\d_].))")
_SINGLE_RE = re.compile(r"[‘’‚‹›'](?:(?<![’'])|(?![^\W\d_])|(?<![^\W\d_].))")


def double_marks(text: str, lo: int, hi: int) -> list[Mark]:
    """The double quotation marks of ``text[lo:hi]`` (including ``\u0060\u0060`` and ``''``)."""
    marks: list[Mark] = []
    for match in _DOUBLE_RE.finditer(text, lo, hi):
        i, end = match.span()
        glyph = match.group()
        if glyph == "''" and end < hi and text[end] == "'" and i > lo and not (
            text[i - 1].isspace()
        ):
            # "special case,''' Mr. Putin said": a nested ' closes first, then the outer ''.
            i, end = i + 1, end + 1
        can_open, can_close = _flanks(text, i, end, lo, hi)
        if glyph in _DOUBLE_ALWAYS_OPEN or glyph == "``":
            can_open, can_close = True, False
        elif glyph == "''" and not can_open:
            # ``…'' closes with ''; some archives (NYT) also open with '', left to the flanks.
            can_close = True
        marks.append(Mark(i, end, glyph, can_open, can_close))
    return marks


def single_marks(text: str, lo: int, hi: int, skip: Callable[[int], bool]) -> list[Mark]:
    """The single quotation marks of ``text[lo:hi]``; apostrophes are left out."""
    marks: list[Mark] = []
    for match in _SINGLE_RE.finditer(text, lo, hi):
        i = match.start()
        ch = text[i]
        if skip(i):
            continue
        if ch in "’'":
            before = text[i - 1] if i > lo else " "
            after = text[i + 1] if i + 1 < hi else " "
            if before.isalpha() and after.isalpha():
                continue  # don’t, Azerbaijan’s: the common case, decided without a call
            if _normapi.is_apostrophe(text, i):
                continue
        can_open, can_close = _flanks(text, i, i + 1, lo, hi)
        if ch in "‘‚":
            can_close = can_close and not can_open
        marks.append(Mark(i, i + 1, ch, can_open, can_close))
    return marks


def _misused_opener(text: str, lo: int, mark: Mark, is_last: bool) -> bool:
    return is_last and _ends_clause(text, lo, mark.start) and text[mark.start - 1].isspace()


def pair_double(
    text: str, lo: int, hi: int, marks: list[Mark], *, carried: bool = False
) -> tuple[list[MarkedQuote], bool]:
    """Pair the double marks of one paragraph.

    ``carried`` says the previous paragraph left a quotation open and this paragraph reopens it.
    Returns the quotations and whether one is left open at the paragraph's end.
    """
    found: list[MarkedQuote] = []
    opened: Mark | None = None

    def emit(o_start: int, i_start: int, i_end: int, o_end: int, conf: float,
             repair: str | None) -> None:
        found.append(_quote(text, o_start, i_start, i_end, o_end, conf, repair,
                            continued=carried and not found))

    for index, mark in enumerate(marks):
        is_last = index == len(marks) - 1
        if opened is None:
            if mark.can_open or (not mark.can_close and mark.prior_open):
                opened = mark
            elif mark.can_close:
                if not found and _ends_clause(text, lo, mark.start):
                    emit(lo, lo, mark.start, mark.end, 0.6, "unopened")
            else:
                opened = mark
            continue
        closes = mark.can_close or (not mark.can_open and not mark.prior_open)
        if closes:
            emit(opened.start, opened.end, mark.start, mark.end, 0.95, None)
            opened = None
        elif _misused_opener(text, lo, mark, is_last):
            emit(opened.start, opened.end, mark.start, mark.end, 0.7, "misused_opener")
            opened = None
        else:
            # The earlier opener was never closed: end that quotation before this opener.
            emit(opened.start, opened.end, mark.start, mark.start, 0.5, "unclosed")
            opened = mark
    if opened is not None:
        emit(opened.start, opened.end, hi, hi, 0.55, "unclosed")
        return found, True
    return found, False


def _ends_clause(text: str, lo: int, position: int) -> bool:
    j = position
    while j > lo and text[j - 1].isspace():
        j -= 1
    return j > lo and text[j - 1] in ",.?!…"


def pair_single(marks: list[Mark], text: str) -> list[MarkedQuote]:
    """Pair single marks; an opener never closed is dropped (it was likely an apostrophe)."""
    found: list[MarkedQuote] = []
    opened: Mark | None = None
    for mark in marks:
        if opened is None:
            if mark.can_open:
                opened = mark
            continue
        if mark.can_close:
            found.append(_quote(text, opened.start, opened.end, mark.start, mark.end, 0.9, None,
                                family="single"))
            opened = None
        elif mark.can_open:
            opened = mark
    return found


def _quote(
    text: str,
    outer_start: int,
    inner_start: int,
    inner_end: int,
    outer_end: int,
    confidence: float,
    repair: str | None,
    *,
    family: str = "double",
    continued: bool = False,
) -> MarkedQuote:
    s, e = inner_start, inner_end
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return MarkedQuote(outer_start, outer_end, s, e, family, confidence, repair,
                       continued=continued)


def find_quotes(text: str, paragraphs: list[tuple[int, int]]) -> list[MarkedQuote]:
    """Every paired quotation of ``text``, paragraph by paragraph, in text order."""
    result: list[MarkedQuote] = []
    carried = False
    for p_index, (lo, hi) in enumerate(paragraphs):
        if _ANY_MARK.search(text, lo, hi) is None:
            carried = False  # most paragraphs quote nobody: one scan in C decides
            continue
        doubles = double_marks(text, lo, hi)
        reopen = carried and bool(doubles) and doubles[0].start == _first_non_space(text, lo, hi)
        pairs, left_open = pair_double(text, lo, hi, doubles, carried=reopen)
        if left_open and pairs:
            last = pairs[-1]
            nxt = paragraphs[p_index + 1] if p_index + 1 < len(paragraphs) else None
            if nxt is not None and _starts_with_opener(text, nxt[0], nxt[1]):
                pairs[-1] = attrs.evolve(last, continues=True, confidence=0.85, repair=None)
                carried = True
            else:
                carried = False
        else:
            carried = False
        result.extend(pairs)
        if _SINGLE_RE.search(text, lo, hi) is None:
            continue  # no single mark to pair (most paragraphs): one scan in C decides
        double_positions = {m.start for m in doubles} | {m.start + 1 for m in doubles
                                                         if len(m.glyph) == 2}
        singles = single_marks(text, lo, hi, double_positions.__contains__)
        if singles:
            result.extend(_pair_singles_by_region(text, lo, hi, doubles, singles))
    result.sort(key=lambda q: (q.start, -q.end))
    return [q for q in result if q.inner_end > q.inner_start]


def _pair_singles_by_region(
    text: str, lo: int, hi: int, doubles: list[Mark], singles: list[Mark]
) -> list[MarkedQuote]:
    # Single marks never pair across a double mark: each stretch between double marks is paired
    # on its own, so a stray apostrophe-like mark cannot swallow a double quotation's boundary.
    found: list[MarkedQuote] = []
    bounds = [lo] + [m.start for m in doubles] + [hi]
    index = 0
    for b_lo, b_hi in itertools.pairwise(bounds):
        region: list[Mark] = []
        while index < len(singles) and singles[index].start < b_hi:
            if singles[index].start >= b_lo:
                region.append(singles[index])
            index += 1
        if region:
            found.extend(pair_single(region, text))
    return found


def _first_non_space(text: str, lo: int, hi: int) -> int:
    while lo < hi and text[lo].isspace():
        lo += 1
    return lo


def _starts_with_opener(text: str, lo: int, hi: int) -> bool:
    i = _first_non_space(text, lo, hi)
    if i >= hi:
        return False
    ch = text[i]
    return ch in "\"“„«»〝" or text.startswith("``", i)
