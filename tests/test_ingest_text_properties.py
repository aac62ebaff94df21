"""Property tests of the text-dump reader: it never crashes, its offsets hold, it is stable."""

import string

from hypothesis import assume, example, given
from hypothesis import strategies as st

from newsclaims.document import Document
from newsclaims.errors import NewsclaimsError
from newsclaims.ingesters.text import TextIngester
from newsclaims.model import Article
from newsclaims.normalize.text import normalize_text
from newsclaims.textdump import DEFAULT_PHRASES, is_boilerplate_line, parse_text_dump
from newsclaims.textdump.lines import split_blocks

_WORDS = st.sampled_from(
    ["the", "minister", "said", "on", "Monday", "that", "talks", "would", "resume", "in",
     "Geneva", "after", "a", "pause", "of", "weeks", "officials", "told", "reporters", "and",
     "“we", "will", "see,”", "2021", "percent", "Lisbon", "BAKU,", "October", "3.", "/TASS/.",
     "By", "Jane", "Doe", "Published:", "Share", "More", "©"]
)
_SENTENCE = st.lists(_WORDS, min_size=1, max_size=40).map(
    lambda words: " ".join(words).capitalize() + "."
)
_TITLE = st.lists(_WORDS, min_size=1, max_size=12).map(lambda words: " ".join(words).title())
_FURNITURE = st.sampled_from(DEFAULT_PHRASES).map(str.title)
_LINE = st.one_of(_SENTENCE, _TITLE, _FURNITURE, st.text(max_size=80))
_DUMP = st.lists(st.tuples(_LINE, st.sampled_from(["\n", "\n\n", "\r\n", " \n \n"])),
                 max_size=30).map(lambda pairs: "".join(line + sep for line, sep in pairs))
# Plain ASCII without hyphens: normalising a slice of the input equals the paragraph exactly.
_PLAIN_DUMP = st.lists(
    st.one_of(_SENTENCE, _TITLE, _FURNITURE,
              st.text(alphabet=string.ascii_letters + " .,!?'\"", max_size=80)),
    max_size=25,
).map(lambda lines: "\n".join(lines))


def _check_offsets(text: str, article: Article, *, exact: bool) -> None:
    previous = -1
    for paragraph in article.paragraphs:
        assert article.body[paragraph.span.start : paragraph.span.end] == paragraph.text
        start = article.source.to_input_offset(paragraph.span.start)
        last = article.source.to_input_offset(paragraph.span.end - 1)
        assert start is not None and last is not None
        assert previous < start <= last < len(text)
        previous = last
        if exact:
            assert " ".join(normalize_text(text[start : last + 1]).split()) == paragraph.text


@given(st.text(max_size=400))
def test_arbitrary_text_never_raises_unexpected_errors(text: str) -> None:
    try:
        article = parse_text_dump(text)
    except NewsclaimsError:
        return
    _check_offsets(text, article, exact=False)


@given(_DUMP)
def test_dump_invariants(text: str) -> None:
    article = parse_text_dump(text)
    _check_offsets(text, article, exact=False)
    for paragraph in article.paragraphs:
        assert paragraph.text == paragraph.text.strip()
        assert paragraph.text
        assert not is_boilerplate_line(paragraph.text)


@given(_PLAIN_DUMP)
def test_offset_map_points_at_the_paragraph_in_the_input(text: str) -> None:
    article = parse_text_dump(text)
    _check_offsets(text, article, exact=True)


@given(_DUMP)
def test_reingesting_gives_an_identical_article(text: str) -> None:
    ingester = TextIngester()
    first = list(ingester.ingest(Document.from_text(text)))
    second = list(ingester.ingest(Document.from_text(text)))
    assert first == second
    assert first[0] == parse_text_dump(text, source=first[0].source)


@given(_DUMP)
def test_blocks_map_to_their_lines(text: str) -> None:
    for block in split_blocks(text):
        start, end = block.pieces[0]
        assert block.text.startswith(text[start:end])
        assert block.to_input(0) == start
        assert block.to_input(len(block.text)) == block.pieces[-1][1]


@given(st.binary(max_size=600))
def test_detect_never_raises_and_stays_low(data: bytes) -> None:
    score = TextIngester().detect(Document.from_bytes(data))
    assert 0.0 <= score < 0.5


@given(st.binary(max_size=300))
def test_ingest_bytes_raises_only_library_errors(data: bytes) -> None:
    try:
        articles = list(TextIngester().ingest(Document.from_bytes(data)))
    except NewsclaimsError:
        return
    assert len(articles) == 1


_PLAIN_WORDS = st.sampled_from(
    ["river", "water", "city", "council", "engineers", "bridge", "repair", "cost", "years",
     "residents", "said", "would", "the", "a", "of", "and", "to", "in", "was", "plan", "new",
     "old", "road", "traffic", "work", "start", "summer", "budget", "report", "local"]
)
_PLAIN_SENTENCE = st.lists(_PLAIN_WORDS, min_size=3, max_size=25).map(
    lambda words: " ".join(words).capitalize() + "."
)
_PLAIN_PARAGRAPH = st.lists(_PLAIN_SENTENCE, min_size=1, max_size=4).map(" ".join)
_PLAIN_TITLE = st.lists(_PLAIN_WORDS, min_size=3, max_size=10).map(
    lambda words: " ".join(words).capitalize()
)


@given(_PLAIN_TITLE, st.lists(_PLAIN_PARAGRAPH, min_size=1, max_size=8))
# Found by hypothesis: a heading sharing no word with the text, over text lines only.
@example("Water water water", ["River river river.", "River river river river.",
                               "River river river. River river river river river river river."])
def test_clean_text_passes_through(title: str, paragraphs: list[str]) -> None:
    keys = [" ".join(line.lower().strip(".").split()) for line in [title, *paragraphs]]
    assume(len(set(keys)) == len(keys))  # a repeated line is read as page furniture
    text = title + "\n\n" + "\n\n".join(paragraphs)
    article = parse_text_dump(text)
    assert article.title == title
    assert [p.text for p in article.paragraphs] == paragraphs
    _check_offsets(text, article, exact=True)


_TITLE_WORDS = st.sampled_from(
    ["Bridge", "closes", "for", "repairs", "Ride", "Club", "|", "-", "–"]
)


@given(
    st.lists(_TITLE_WORDS, min_size=1, max_size=12).map(" ".join),
    st.lists(st.sampled_from(["Ride Club", "© 2024 Ride Club", "Bridge", "text"]), max_size=4),
)
def test_site_suffix_strip_keeps_a_prefix_of_the_title(title: str, others: list[str]) -> None:
    from newsclaims.textdump.headline import _without_site_suffix

    blocks = split_blocks("\n".join([title, *others]))
    assume(blocks and blocks[0].text == title)
    stripped = _without_site_suffix(title, blocks, 0)
    assert title.startswith(stripped)
    assert stripped == title or len(stripped.split()) >= 3
