"""The speaker resolver's faster shapes say exactly what the plain ones they replace said.

Each test compares a shortcut with a reference written the straightforward way (the shape the
code had before it was made faster), on generated input that hits the cases the shortcut
relies on: dots after short and long words, possessives, particles, non-ASCII capitals.
"""

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from newsclaims.normalize import names
from newsclaims.quotes import speakers
from newsclaims.quotes.textutil import split_words

_PIECES = [
    "A", "B", "É", "Ž", "Ł", "a", "b", "é", "x", "1", "_", " ", "  ", ".", "-", "'", "’",
    "of", "de", "der", "van", "la", "al", "bin", "Mr.", "U.S.", "O'", "d'", "Abcd.", "\n",
    ",", "’s", "Karabakh.", "Sen.", "Jo",
]  # fmt: skip
_texts = st.lists(st.sampled_from(_PIECES), max_size=16).map("".join)

_CAP = speakers._CAP
# The run pattern as first written: each repetition starts with a space.
_PLAIN_RUN = re.compile(
    rf"[{_CAP}](?<![\w.\-].)(?<!\w[’'].)"
    rf"[\w’'.\-]*(?: (?:[{_CAP}][\w’'.\-]*|of|de|da|di|van|von|der|bin|al|le|la))*"
    rf" [{_CAP}][\w’'.\-]*"
)


@given(_texts)
def test_capitalised_runs_match_the_plain_pattern(text: str) -> None:
    def found(pattern: re.Pattern[str]) -> list[tuple[int, str]]:
        return [(m.start(), m.group()) for m in pattern.finditer(text)]

    assert found(speakers._CAPITALISED_RUN) == found(_PLAIN_RUN)


def _plain_runs(text: str) -> dict[str, list[tuple[int, list[str]]]]:
    runs: dict[str, list[tuple[int, list[str]]]] = {}
    for match in _PLAIN_RUN.finditer(text):
        position = match.start()
        for words in speakers._split_at_sentence_ends(match.group().split(" ")):
            surname = speakers._possessive_base(words[-1]).casefold()
            runs.setdefault(surname, []).append((position, words))
            position += sum(len(w) + 1 for w in words)
    return runs


@given(_texts)
def test_runs_by_surname_match_the_plain_reading(text: str) -> None:
    state = speakers._ArticleState(text, None)
    assert state._runs() == _plain_runs(text)


def test_runs_are_cut_after_a_sentence_end_only() -> None:
    text = "He visited Nagorno Karabakh. French President Jean Dupont and Mr. Lee Kim spoke."
    runs = speakers._ArticleState(text, None)._runs()
    assert runs["karabakh."] == [(text.index("Nagorno"), ["Nagorno", "Karabakh."])]
    assert runs["dupont"] == [(text.index("French"), ["French", "President", "Jean", "Dupont"])]
    assert runs["kim"] == [(text.index("Mr."), ["Mr.", "Lee", "Kim"])]


@given(_texts)
def test_mention_words_match_the_tokenizer(mention: str) -> None:
    read = speakers._read_mention(mention)
    words = split_words(mention, 0, len(mention))[0]
    if not words:
        assert read is None
        return
    assert read is not None
    lower = [w.lower() for w in words]
    if len(words) == 1 and lower[0] in speakers.lx.PRONOUNS:
        assert read.pronoun == lower[0]
        assert read.words == words
        return
    assert read.pronoun is None
    assert read.words == words[len(words) - len(read.words) :]


def _plain_fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name[: names._MAX_NAME * 2].casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.translate(names._TRANSLIT).split())[: names._MAX_NAME]


@given(st.text(max_size=40) | st.text(alphabet="abcXYZ .-'’ßÉé\u0301", max_size=40))
def test_fold_name_matches_the_unicode_reading(name: str) -> None:
    assert names.fold_name(name) == _plain_fold(name)


def test_fold_name_long_ascii_is_cut_as_before() -> None:
    name = "Ab-c. " * 100
    assert names.fold_name(name) == _plain_fold(name)


@given(st.text(alphabet="abcehijklopstuvwxy", max_size=14))
def test_phonetic_matches_regex_rules(word: str) -> None:
    expected = word
    for pattern, replacement in names._PHONETIC:
        regex = re.compile(re.escape(pattern)) if isinstance(pattern, str) else pattern
        expected = regex.sub(replacement, expected)
    assert names._phonetic(word) == expected
