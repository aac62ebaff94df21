"""Text normalisation: whitespace, invisible characters, NFC, offset maps and quote marks."""

import unicodedata

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from newsclaims.model import Source
from newsclaims.normalize.text import (
    CLOSERS,
    QUOTE_MARKS,
    NormalizedText,
    classify_mark,
    fold_for_matching,
    fold_marks,
    is_apostrophe,
    normalize_text,
    normalize_with_map,
)

# Text rich in the characters normalisation touches.
_PIECES = st.sampled_from(
    [
        *"ab é\n\r\t\"'“”‘’«»—-",
        *["\u00a0", "\u2009", "\u202f", "\u3000", "\u200b", "\u200d", "\ufeff", "\u00ad"],
        *["e\u0301", "\u0301", "\u2028", "\u2029", "\u2000", "\u212b", "\u1100", "\u1161"],
        *["\x85", "\f", "\u200e", "\r\n", "\u0327\u0301"],
    ]
)
_TRICKY = st.lists(_PIECES, max_size=40).map("".join)
_ANY = st.one_of(st.text(max_size=80), _TRICKY)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a  b", "a b"),
        ("a\tb", "a b"),
        ("a\u00a0b", "a b"),
        ("10\u202f000", "10 000"),
        ("a\u2003\u2009b", "a b"),
        ("x\u3000y", "x y"),
        ("line \nnext", "line\nnext"),
        ("a\r\nb\rc", "a\nb\nc"),
        ("one\n\n\n\ntwo", "one\n\ntwo"),
        ("one\n  \n \t\ntwo", "one\n\ntwo"),
        ("zero\u200bwidth", "zerowidth"),
        ("\ufeffBOM at start", "BOM at start"),
        ("soft\u00adhyphen", "softhyphen"),
        ("e\u0301", "é"),
        ("trailing   ", "trailing"),
        ("para\u2029next", "para\n\nnext"),
        ("a \u200b b", "a b"),
    ],
)
def test_normalize_text_examples(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


def test_quote_marks_and_dashes_are_kept() -> None:
    text = "He said: „Nein“ – «non» — ‘yes’, “right” and 'ok' ‹a› don’t"
    assert normalize_text(text) == text


def test_removing_an_invisible_char_composes_what_it_separated() -> None:
    # "e", ZWSP, combining acute: once the ZWSP goes, NFC must compose, or a second pass would.
    assert normalize_text("e\u200b\u0301") == "é"


@given(_ANY)
def test_normalize_text_is_idempotent(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once


@given(_ANY)
def test_normalize_text_output_invariants(text: str) -> None:
    out = normalize_text(text)
    assert unicodedata.is_normalized("NFC", out)
    assert "\r" not in out and "\t" not in out and "\u00a0" not in out
    assert "  " not in out and "\n\n\n" not in out and " \n" not in out
    assert not out.endswith(" ")


@given(_ANY)
def test_with_map_text_equals_normalize_text(text: str) -> None:
    assert normalize_with_map(text).text == normalize_text(text)


@given(_ANY)
def test_with_map_points_every_copied_char_at_itself(text: str) -> None:
    result = normalize_with_map(text)
    for i, char in enumerate(result.text):
        j = result.to_original(i)
        assert 0 <= j < len(text)
        source = text[j]
        if char == " ":
            assert source.isspace() or source in "\u200b\u180e"
        elif char == "\n":
            assert source in "\n\r\f\x85\u2028\u2029"
        elif source != char:
            # only NFC changes a character: the source is the base it was composed on, or
            # a mark of the same cluster when NFC reordered the marks
            same_base = (
                unicodedata.normalize("NFD", char)[0] == unicodedata.normalize("NFD", source)[0]
            )
            reordered = bool(unicodedata.combining(char) and unicodedata.combining(source))
            assert same_base or reordered


@given(_ANY)
def test_with_map_is_exact_on_nfc_input(text: str) -> None:
    visible = "".join(c for c in text if unicodedata.category(c) != "Cf")
    assume(unicodedata.is_normalized("NFC", visible))
    result = normalize_with_map(text)
    for i, char in enumerate(result.text):
        if char not in " \n":
            assert text[result.to_original(i)] == char


@given(_ANY)
def test_offset_map_is_a_valid_source_map(text: str) -> None:
    result = normalize_with_map(text)
    Source(offset_map=result.offset_map)  # validates the anchor ordering
    assert result.offset_map[0][0] == 0
    # Source.to_input_offset reads the map the same way
    source = Source(offset_map=result.offset_map)
    for i in range(len(result.text)):
        assert source.to_input_offset(i) == result.to_original(i)
    assert result.to_original(len(result.text)) <= len(text)


def test_to_original_through_collapsed_whitespace() -> None:
    original = "Azerbaijani\u00a0President  Ilham\u200b Aliyev said"
    result = normalize_with_map(original)
    assert result.text == "Azerbaijani President Ilham Aliyev said"
    start = result.text.index("Aliyev")
    mapped = result.to_original(start)
    assert original[mapped : mapped + 6] == "Aliyev"
    end = result.to_original(start + 6)
    assert original[mapped:end] == "Aliyev"


def test_to_original_rejects_offsets_outside_the_text() -> None:
    result = normalize_with_map("abc")
    with pytest.raises(ValueError):
        result.to_original(4)
    with pytest.raises(ValueError):
        result.to_original(-1)


def test_normalized_text_is_frozen() -> None:
    import attrs

    result = normalize_with_map("a")
    assert isinstance(result, NormalizedText)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        result.text = "b"  # type: ignore[misc]


def test_empty_text() -> None:
    result = normalize_with_map("")
    assert result.text == ""
    assert result.to_original(0) == 0


@pytest.mark.parametrize(
    ("mark", "role"),
    [
        ('"', "either"),
        ("'", "either"),
        ("“", "open"),
        ("”", "close"),
        ("‘", "open"),
        ("’", "apostrophe_or_close"),
        ("„", "open"),
        ("‚", "open"),
        ("«", "open"),
        ("»", "close"),
        ("‹", "open"),
        ("›", "close"),
        ("″", "either"),
        ("′", "either"),
        ("‶", "open"),
        ("‵", "open"),
        ("「", "open"),
        ("」", "close"),
        ("『", "open"),
        ("』", "close"),
        ("``", "open"),
        ("''", "close"),
        ("a", "none"),
        ("-", "none"),
        ("", "none"),
    ],
)
def test_classify_mark(mark: str, role: str) -> None:
    assert classify_mark(mark) == role


def test_quote_marks_table_uses_only_known_roles() -> None:
    assert set(QUOTE_MARKS.values()) <= {"open", "close", "either", "apostrophe_or_close"}


def test_closers_pair_german_and_french_marks() -> None:
    assert "“" in CLOSERS["„"] and "«" in CLOSERS["»"] and "»" in CLOSERS["«"]
    for opener, closers in CLOSERS.items():
        assert classify_mark(opener) != "none"
        assert all(classify_mark(closer) != "none" for closer in closers)


@pytest.mark.parametrize(
    ("text", "index", "expected"),
    [
        ("don’t", 3, True),
        ("Azerbaijan’s army", 10, True),
        ("O’Brien said", 1, True),
        ("the Clintons’ foundation", 12, True),
        ("the players’ union", 11, True),
        ("in the ’90s", 7, True),
        ("the '90s were", 4, True),
        ("class of ’99, she", 9, True),
        ("rock ’n’ roll", 5, True),
        ("rock ’n’ roll", 7, True),
        ("give ’em hell", 5, True),
        ("he said ‘no’ twice", 8, False),
        ("he said ‘no’ twice", 11, False),
        ("‘We will win,’ he said", 13, False),
        ("‘We met the Clintons’ He left", 20, False),
        ("'Hello there'", 0, False),
        ("'Hello there'", 12, False),
        ("said: ’Right", 6, False),
        ("no mark here", 3, False),
        ("", 0, False),
        ("x", 5, False),
    ],
)
def test_is_apostrophe(text: str, index: int, expected: bool) -> None:
    assert is_apostrophe(text, index) is expected


@pytest.mark.parametrize(
    ("text", "index", "expected"),
    [
        ("He said the plan was over.’", 26, False),  # a closing mark ending the text
        ("‘It is done,’", 12, False),
        ("the 1990’s", 8, True),  # still an apostrophe when an s follows
        ("the e.v.’s", 8, True),
        ("’ ends", 0, False),  # a mark at the very start, before a space
    ],
)
def test_is_apostrophe_at_the_ends_of_the_text(text: str, index: int, expected: bool) -> None:
    assert text[index] == "’"
    assert is_apostrophe(text, index) is expected


@given(st.text(max_size=40), st.integers(min_value=-5, max_value=50))
def test_is_apostrophe_never_raises(text: str, index: int) -> None:
    assert is_apostrophe(text, index) in (True, False)


def test_fold_marks_examples() -> None:
    assert fold_marks("“Hi” ‘x’ «y» „z“ 「w」 don’t") == '"Hi" \'x\' "y" "z" "w" don\'t'
    assert fold_marks("1990–1994 — a−b ‐ c") == "1990-1994 - a-b - c"
    assert fold_marks("``x''") == "''x''"


@given(_ANY)
def test_fold_marks_keeps_length_and_is_idempotent(text: str) -> None:
    folded = fold_marks(text)
    assert len(folded) == len(text)
    assert fold_marks(folded) == folded


def test_fold_for_matching_examples() -> None:
    assert fold_for_matching("“We  ARE”\n concerned") == '"we are" concerned'
    assert fold_for_matching("``Yes,'' he said") == '"yes," he said'
    assert fold_for_matching("Don’t") == fold_for_matching("don't")


@given(_ANY)
def test_fold_for_matching_is_idempotent(text: str) -> None:
    once = fold_for_matching(text)
    assert fold_for_matching(once) == once
