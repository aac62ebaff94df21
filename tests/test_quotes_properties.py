"""Properties of quote extraction: never raises, spans slice, paragraph independence, linear."""

import re
import time

from hypothesis import given
from hypothesis import strategies as st

from newsclaims import Article, extract_quotes
from newsclaims.quotes.marks import _ANY_MARK, _DOUBLE_RE, _SINGLE_RE, find_quotes
from newsclaims.quotes.textutil import _ABBREVIATIONS, paragraph_spans, sentence_spans, tokens

# Text made of the pieces that matter: every quote mark, apostrophes, cue words, names,
# pronouns, punctuation and spaces, so random draws hit the extractor's branches.
_PIECES = [
    '"', "“", "”", "„", "«", "»", "‘", "’", "'", "``", "''", "‹", "›", " ", " ", " ", ", ", ". ",
    ": ", "? ", "—", "-", "(", ")", "said", "says", "told", "according to", "sagte", "that",
    "he", "she", "it", "the", "a source", "the president", "Aliyev", "Maria Keller", "Ankara",
    "Sen.", "U.S.", "don’t", "Clintons’", "’90s", "We", "will", "win", "in", "Moscow", "\n",
]
_texts = st.lists(st.sampled_from(_PIECES), max_size=80).map("".join) | st.text(max_size=200)
_paragraph = st.lists(st.sampled_from([p for p in _PIECES if p != "\n"]), min_size=1,
                      max_size=30).map(lambda parts: "".join(parts).strip()).filter(bool)


@given(_texts)
def test_never_raises_and_spans_slice(text: str) -> None:
    quotes = extract_quotes(text)
    for index, quote in enumerate(quotes):
        assert quote.span.slice(text) == quote.text
        assert quote.text
        if quote.speaker_span is not None:
            assert 0 <= quote.speaker_span.start <= quote.speaker_span.end <= len(text)
        if quote.parent is not None:
            assert 0 <= quote.parent < index
            assert quotes[quote.parent].span.contains(quote.span)
        assert 0.0 <= quote.confidence <= 1.0 and 0.0 <= quote.speaker_confidence <= 1.0


@given(_texts)
def test_deterministic(text: str) -> None:
    assert extract_quotes(text) == extract_quotes(text)


@given(st.lists(_paragraph, min_size=2, max_size=5), st.data())
def test_a_paragraphs_quotes_do_not_depend_on_the_order_of_the_others(
    paragraphs: list[str], data: st.DataObject
) -> None:
    target = paragraphs[0]
    others = data.draw(st.permutations(paragraphs[1:]))
    position = data.draw(st.integers(0, len(others)))
    reordered = [*others[:position], target, *others[position:]]

    def spans_of_target(order: list[str], at: int) -> list[tuple[int, int, str]]:
        article = Article.from_paragraphs(order)
        para = article.paragraphs[at]
        found = extract_quotes(article.body, paragraphs=article.paragraphs)
        return sorted(
            (q.span.start - para.span.start, q.span.end - para.span.start, q.text)
            for q in found if para.span.contains(q.span)
        )

    assert spans_of_target(paragraphs, 0) == spans_of_target(reordered, position)


@given(_texts)
def test_helpers_keep_offsets(text: str) -> None:
    for lo, hi in paragraph_spans(text):
        assert text[lo:hi].strip() == text[lo:hi]
        for s, e in sentence_spans(text, lo, hi):
            assert lo <= s < e <= hi
        for token in tokens(text, lo, hi):
            assert text[token.start : token.end] == token.text
        for quote in find_quotes(text, [(lo, hi)]):
            assert lo <= quote.start <= quote.inner_start <= quote.inner_end <= quote.end <= hi


_REFERENCE_WORD = re.compile(r"\w+(?:[’'.\-]\w+)*\.?")


@given(_texts, st.integers(0, 40), st.integers(0, 220))
def test_fast_tokens_match_the_plain_regex_reading(text: str, lo: int, hi: int) -> None:
    # tokens() reads a window by splitting in C; it must equal the obvious finditer reading.
    expected = []
    for match in _REFERENCE_WORD.finditer(text, lo, hi):
        word, start = match.group(), match.start()
        if word.endswith(".") and word[:-1].lower() not in _ABBREVIATIONS and not (
            len(word) == 2 and word[0].isupper()
        ):
            word = word[:-1]
        expected.append((word, start, start + len(word), word.lower()))
    assert [tuple(t) for t in tokens(text, lo, hi)] == expected


@given(_texts)
def test_mark_patterns_match_their_plain_readings(text: str) -> None:
    # The mark patterns are written for the regex engine's fast scan; they must find what the
    # plain alternations find.
    double = [m.span() for m in re.finditer("``|''|[\"“”„‟«»〝〞＂]", text)]
    assert [m.span() for m in _DOUBLE_RE.finditer(text)] == double
    letter = str.isalpha
    single = [m.start() for m in re.finditer("[‘’‚‹›']", text)
              if text[m.start()] in "‘‚‹›" or not (
                  m.start() > 0 and letter(text[m.start() - 1])
                  and m.start() + 1 < len(text) and letter(text[m.start() + 1]))]
    assert [m.start() for m in _SINGLE_RE.finditer(text)] == single
    # Whenever either finds a mark, the paragraph pre-check does too.
    if double or single:
        assert _ANY_MARK.search(text) is not None


def _adversarial(n: int) -> list[str]:
    return [
        '"' * n,
        "“”„«»‘’'" * (n // 8),
        " " * n + "x",
        "A " * (n // 2),
        "Aliyev said " * (n // 12),
        "“" + "word, " * (n // 6),
        ", " * (n // 2) + "said Aliyev.",
        "the the the " * (n // 12) + "said",
        "a source in the " * (n // 16) + "Ministry said",
        "“Hi,” he said. " * (n // 15),
        "s’ A" * (n // 4),
        "\n" * n,
        "Growth says that prices fall. " * (n // 30) + "growth",  # subject evidence scans
        "Tip: book early\n" * (n // 16),  # label lines
    ]


def test_adversarial_inputs_finish_quickly() -> None:
    # Generous bounds: catastrophic backtracking or quadratic loops on 20,000 characters take
    # minutes; the extractor takes well under a second on each of these.
    for text in _adversarial(20_000):
        started = time.process_time()
        quotes = extract_quotes(text)
        elapsed = time.process_time() - started
        assert elapsed < 20, (text[:40], elapsed)
        for quote in quotes:
            assert quote.span.slice(text) == quote.text


def test_work_grows_linearly_with_input() -> None:
    # A quadratic algorithm needs 16x the time for 4x the input; allow 10x.
    for small, large in zip(_adversarial(2_500), _adversarial(10_000), strict=True):
        costs = []
        for text in (small, large):
            started = time.process_time()
            extract_quotes(text)
            costs.append(time.process_time() - started)
        assert costs[1] < 10 * costs[0] + 0.5, (small[:30], costs)


def test_sentences_glued_without_a_space_are_split() -> None:
    def sentences(text: str) -> list[str]:
        return [text[a:b] for a, b in sentence_spans(text, 0, len(text))]

    assert sentences("Das sagte Merkel.Als sie ging, war es still.") == [
        "Das sagte Merkel.", "Als sie ging, war es still."]
    assert sentences("The mayor said.The council disagreed.") == [
        "The mayor said.", "The council disagreed."]
    # Abbreviations and initials stay whole.
    assert len(sentences("Troops from St.Louis joined the U.S.Army there.")) == 1


def test_a_name_colon_line_reads_alike_first_or_last() -> None:
    # Found by the property above: a "Name: claim" line was trusted as a headline only when
    # it opened the text.
    line, other = '"Aliyev: said" a source', '"'

    def quotes_of_line(order: list[str]) -> list[tuple[int, int, str]]:
        article = Article.from_paragraphs(order)
        para = article.paragraphs[order.index(line)]
        return sorted(
            (q.span.start - para.span.start, q.span.end - para.span.start, q.text)
            for q in extract_quotes(article.body, paragraphs=article.paragraphs)
            if para.span.contains(q.span)
        )

    assert quotes_of_line([line, other]) == quotes_of_line([other, line])
