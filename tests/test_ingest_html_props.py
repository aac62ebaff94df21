"""Property tests of the HTML ingester and fragment cleaner: never crash, offsets hold."""

from hypothesis import given
from hypothesis import strategies as st

from newsclaims.document import Document
from newsclaims.errors import NewsclaimsError
from newsclaims.html import fragment_paragraphs
from newsclaims.html.blocks import Block
from newsclaims.html.threads import dated_runs, is_comment_head
from newsclaims.ingesters.html import HtmlIngester
from newsclaims.model import PARAGRAPH_ROLES

INGESTER = HtmlIngester()

TAGS = ["p", "div", "span", "a", "h2", "h1", "blockquote", "li", "ul", "nav", "footer",
        "script", "style", "article", "main", "br", "table", "td", "title", "head", "body",
        "figure", "figcaption", "aside", "header", "b", "i", "time", "meta"]
ATTRS = ['', ' class="share"', ' class="article-body"', ' id="comments"', ' hidden',
         ' style="display:none"', ' itemprop="articleBody"', ' role="navigation"',
         ' class="sidebar"', ' rel="author"', ' datetime="2020-01-02"']
WORDS = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)


@st.composite
def markup(draw: st.DrawFn) -> str:
    """Tag soup: random open and close tags, attributes, text, and stray markup characters."""
    pieces = []
    for _ in range(draw(st.integers(0, 40))):
        kind = draw(st.integers(0, 4))
        tag = draw(st.sampled_from(TAGS))
        if kind == 0:
            pieces.append(f"<{tag}{draw(st.sampled_from(ATTRS))}>")
        elif kind == 1:
            pieces.append(f"</{tag}>")
        elif kind == 2:
            pieces.append(draw(st.sampled_from(["<", ">", "&amp;", "&#0;", "<!--", "-->",
                                                "<![CDATA[", "\x00", "\ufeff", '"'])))
        else:
            pieces.append(draw(WORDS))
    return "".join(pieces)


@given(st.binary(max_size=600))
def test_detect_never_raises_on_bytes(data: bytes) -> None:
    score = INGESTER.detect(Document.from_bytes(data, location="x.html"))
    assert 0.0 <= score <= 1.0


@given(st.text(max_size=600))
def test_detect_never_raises_on_text(text: str) -> None:
    score = INGESTER.detect(Document.from_text(text))
    assert 0.0 <= score <= 1.0


@given(st.one_of(markup().map(lambda s: s.encode("utf-8", "surrogatepass")),
                 st.binary(max_size=600)))
def test_ingest_raises_only_newsclaims_errors(data: bytes) -> None:
    try:
        articles = list(INGESTER.ingest(Document.from_bytes(data)))
    except NewsclaimsError:
        return
    assert len(articles) == 1


@given(markup())
def test_paragraph_spans_slice_the_body(text: str) -> None:
    article = next(INGESTER.ingest(Document.from_text(text)))
    for paragraph in article.paragraphs:
        assert article.body[paragraph.span.start:paragraph.span.end] == paragraph.text
        assert paragraph.text == paragraph.text.strip()
        assert paragraph.role in PARAGRAPH_ROLES


@given(markup())
def test_same_bytes_give_the_same_article(text: str) -> None:
    data = text.encode("utf-8")

    def once() -> object:
        try:
            return next(INGESTER.ingest(Document.from_bytes(data, location="a.html")))
        except NewsclaimsError as exc:  # control-heavy input can be refused as binary
            return (type(exc), str(exc))

    first, second = once(), once()
    assert first == second
    if hasattr(first, "id"):
        assert first.id == second.id  # type: ignore[attr-defined]


@given(markup())
def test_fragment_paragraphs_are_clean(text: str) -> None:
    result = fragment_paragraphs(text)
    for paragraph, role in result:
        assert paragraph
        assert paragraph == " ".join(paragraph.split())
        assert role in PARAGRAPH_ROLES


@given(st.lists(st.text(alphabet="abcdefghij klmnop", min_size=1, max_size=30), max_size=6))
def test_fragment_keeps_the_words_of_plain_paragraphs(texts: list[str]) -> None:
    html = "".join(f"<p>{t}</p>" for t in texts)
    result = fragment_paragraphs(html)
    expected = [" ".join(t.split()) for t in texts if t.split()]
    assert [text for text, _ in result] == expected


DATED = st.lists(st.sampled_from(["Posted by Ann on 5:19pm 1 Jan 08", "Story (May 3 2008)",
                                  "A sentence on 3 May 2008.", "plain line", "12/01/2008",
                                  "wrote 3 hours ago", ""]), max_size=8)


@given(st.lists(st.one_of(WORDS, DATED.map(" ".join)), max_size=10))
def test_dated_runs_are_runs_of_dated_lines(texts: list[str]) -> None:
    blocks = [Block(text, "paragraph", 0, 0, 0) for text in texts]
    flags = dated_runs(blocks)
    assert len(flags) == len(blocks)
    for text, flag in zip(texts, flags, strict=True):
        if flag:
            assert not text.endswith(".")
        is_comment_head(text)  # never raises
    # A flagged block sits in a run of at least three flagged blocks.
    runs = "".join("1" if flag else "0" for flag in flags).split("0")
    assert all(not run or len(run) >= 3 for run in runs)
