"""The shortcuts taken for speed in reported speech give what the plain walks gave."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsclaims.quotes.indirect import (
    _THAT,
    _clause_start,
    _inside,
    _outside,
    find_indirect,
)
from newsclaims.quotes.textutil import Token, tokens


@given(
    st.lists(st.integers(0, 60), max_size=40).map(lambda xs: sorted(set(xs))),
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 20)), max_size=6),
)
def test_outside_drops_what_inside_tells(
    positions: list[int], spans: list[tuple[int, int]]
) -> None:
    # Barriers may touch, nest or share a start: the shortcut follows _inside all the same.
    barriers = sorted((a, a + n) for a, n in spans)
    starts = [b[0] for b in barriers]
    toks = [Token(f"w{p}", p, p + 1, f"w{p}") for p in positions]
    expected = [t for t in toks if not _inside(barriers, starts, t.start)]
    assert _outside(toks, positions, barriers, starts) == expected


def _clause_start_walk(text: str, toks: list[Token], end: int) -> int | None:
    for j in range(end, min(len(toks), end + 10)):
        gap = text[toks[j - 1].end : toks[j].start]
        if gap != " " and any(ch in gap for ch in ".;:!?"):
            break
        if toks[j].lower in _THAT:
            return toks[j].end
    return None


_PIECES = ["the", "U.S.", "that", "whether", "mayor", "said", "on", "Monday", "Dr.", "it", "a.m."]
_GAPS = [" ", " ", " ", ", ", "; ", ": ", " (", ") ", ". ", "! ", " — "]


@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_GAPS)), min_size=3,
                max_size=16))
def test_clause_start_finds_the_first_that_before_a_stop(pairs: list[tuple[str, str]]) -> None:
    text = "Kim said " + "".join(word + gap for word, gap in pairs)
    toks = tokens(text)
    found = _clause_start(text, toks, 1, 2, "said")
    walked = _clause_start_walk(text, toks, 2)
    assert walked is None or found == walked  # (with no "that", the rules after the walk decide)


def test_that_after_an_abbreviation_opens_the_clause() -> None:
    # A full stop inside "U.S." stands between the cue and "that" without being a stop.
    text = "The envoy told U.S. officials that the talks would resume in March."
    toks = tokens(text)
    start = _clause_start(text, toks, 2, 3, "told")
    assert start is not None and text[start:].startswith(" the talks")


def test_that_after_a_stop_is_not_reached() -> None:
    text = "The envoy told reporters; that was new, the talks would resume in March."
    toks = tokens(text)
    assert _clause_start(text, toks, 2, 3, "told") is None


def test_sentence_with_a_quotation_inside_keeps_the_words_outside() -> None:
    # The words of the quotation are left out; the reported clause stops where it starts.
    text = 'Mayor Ana Ruiz said that the new plan would cost more than the "old plan" did.'
    start = text.index('"old')
    barriers = [(start, text.index('plan"') + 5)]
    found = find_indirect(text, [(0, len(text))], barriers)
    assert [(c.span.slice(text), c.mention.slice(text)) for c in found if c.mention] == [
        ("the new plan would cost more than the", "Mayor Ana Ruiz")
    ]

