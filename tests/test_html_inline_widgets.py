"""A "Related" or "You may also like" box set between an article's paragraphs does not end it."""

from newsclaims.document import Document
from newsclaims.ingesters.html import HtmlIngester
from newsclaims.model import Article


def _ingest(markup: str) -> Article:
    doc = Document.from_bytes(markup.encode("utf-8"), location="page.html")
    return next(HtmlIngester().ingest(doc))


_BEFORE = "".join(
    f"<p>The orchard on the hill produced its largest harvest in years, paragraph {n} of the "
    "report says, after a mild spring and a wet summer that suited the old apple trees.</p>"
    for n in range(1, 5)
)
_WIDGET = (
    "<h2>Related Stories</h2>"
    "<div><a href='/a'><h3>Cider makers count the cost of a late frost in the valley</h3></a></div>"
    "<div><a href='/b'><h3>Beekeepers say the warm winter confused their hives</h3></a></div>"
    "<div><a href='/c'><h3>Market stall prices rise as growers face higher bills</h3></a></div>"
)


def test_article_paragraphs_after_an_inline_related_box_are_kept() -> None:
    after = "".join(
        f"<p>Pickers worked late into the evening, closing section {n} of the story, and the "
        "cooperative said it would hire more hands next autumn if the weather held.</p>"
        for n in range(1, 5)
    )
    markup = (
        "<html><body><article><h1>Orchard harvest</h1><div class='body'>"
        f"{_BEFORE}{_WIDGET}{after}</div></article></body></html>"
    )
    body = _ingest(markup).body
    assert "paragraph 4 of the report" in body
    assert "closing section 4 of the story" in body
    assert "Beekeepers" not in body


def test_a_sign_off_line_after_a_related_box_does_not_reopen_the_article() -> None:
    markup = (
        "<html><body><article><h1>Orchard harvest</h1><div class='body'>"
        f"{_BEFORE}{_WIDGET}"
        "<p>Found this page from a search? Visit our front page for the latest news.</p>"
        "</div></article></body></html>"
    )
    body = _ingest(markup).body
    assert "paragraph 4 of the report" in body
    assert "front page" not in body
