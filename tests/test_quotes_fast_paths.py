"""The fast paths of the quote extractor give what the plain computations they replace give."""

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclaims.model import Quote, Span
from newsclaims.quotes.direct.leadin import lead_ending, left_attribution
from newsclaims.quotes.direct.trailer import _sentence_tokens
from newsclaims.quotes.textutil import _abbreviation, tokens

_PIECES = [
    " ", " ", ", ", ": ", ". ", "? ", "(", "—", "-", "\n", "“", "”", '"', "that", "as", "dass",
    "said", "says", "told", "saying", "according to", "so", "laut", "zufolge", "Ms.", "Gov.",
    "U.S.", "e.g.", "J.", "approximately.", "Lena Ortiz", "the mayor", "she", "it", "wrote",
    "announced", "R-Ky.,", "Dr.)", "über", "x_y", "’s", "'",
]
_leads = st.lists(st.sampled_from(_PIECES), max_size=25).map("".join)


@given(_leads, st.integers(0, 5))
def test_lead_ending_is_the_ending_of_left_attribution(lead: str, offset: int) -> None:
    text = "Intro. " + lead + " “Quoted words.”"
    start = min(offset, len(text))
    open_start = text.rindex("“")
    assert lead_ending(text, start, open_start) == left_attribution(text, start, open_start)[1]


@pytest.mark.parametrize("lead", [
    "Ms. Ortiz said that", "He put it this way (", "She wrote — ", "It was, as", "Moreno:  ",
    "", "   ", "— ", "the vote,", "Er sagte, dass",
])
def test_lead_ending_on_written_leads(lead: str) -> None:
    text = lead + "“Words here.”"
    open_start = len(lead)
    assert lead_ending(text, 0, open_start) == left_attribution(text, 0, open_start)[1]


def _sentence_tokens_plainly(text: str, lo: int, hi: int) -> list[tuple[str, int, int]]:
    toks = tokens(text, lo, hi)
    for n in range(1, len(toks)):
        gap = text[toks[n - 1].end : toks[n].start]
        if gap != " " and any(ch in ".?!\n“”\"«»„" for ch in gap) and not gap.lstrip(
            "."
        ).startswith((",", ";", ")")):
            return [tuple(t[:3]) for t in toks[:n]]
    return [tuple(t[:3]) for t in toks]


@given(_leads)
def test_sentence_tokens_cut_where_the_plain_scan_cuts(tail: str) -> None:
    toks, lowers = _sentence_tokens(tail, 0, len(tail))
    assert [tuple(t[:3]) for t in toks] == _sentence_tokens_plainly(tail, 0, len(tail))
    assert lowers == [t.lower for t in toks]


def _abbreviation_plainly(text: str, dot: int) -> bool:
    j = dot
    while j > 0 and (text[j - 1].isalnum() or text[j - 1] == "."):
        j -= 1
        if dot - j > 12:
            return False
    word = text[j:dot].lower()
    return (len(word) == 1 and word.isalpha()) or word in {"gov", "approx", "u.s", "dr"}


@pytest.mark.parametrize("text", [
    "Gov.", "the Gov.", "approx.", "xapprox.", "reapprox.", "U.S.", "a.U.S.", "Smith J.",
    "reporters.", "Ortiz.", "12345678.", "ab.cdefgh.", "Dr.", "dr.",
])
def test_abbreviation_quick_rejection_agrees(text: str) -> None:
    dot = len(text) - 1
    assert _abbreviation(text, dot) == _abbreviation_plainly(text, dot)


@pytest.mark.parametrize(("args", "error"), [
    ((1.5, 2), TypeError), ((-1, 2), ValueError), ((3, 2), ValueError), ((0, "2"), TypeError),
])
def test_span_validation_is_attrs_validation(args: tuple[object, object], error: type) -> None:
    with pytest.raises(error) as raised:
        Span(*args)  # type: ignore[arg-type]
    start, end = args
    if isinstance(start, int) and not isinstance(end, int):
        with pytest.raises(TypeError) as expected:
            attrs.validators.instance_of(int)(None, attrs.fields(Span).end, end)
        assert raised.value.args[0] == expected.value.args[0]


def test_quote_validation_keeps_the_attrs_messages() -> None:
    span = Span(0, 3)
    with pytest.raises(ValueError, match="must be in"):
        Quote(text="abc", span=span, kind="hearsay")  # type: ignore[arg-type]
    with pytest.raises(TypeError) as raised:
        Quote(text="abc", span=span, speaker_span=(0, 3))  # type: ignore[arg-type]
    with pytest.raises(TypeError) as expected:
        attrs.validators.instance_of(Span)(None, attrs.fields(Quote).speaker_span, (0, 3))
    assert raised.value.args[0] == expected.value.args[0]
    with pytest.raises(ValueError, match="span length"):
        Quote(text="abcd", span=span)
