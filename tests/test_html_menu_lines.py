"""Bar-separated menu lines ("Home | World | Sport") are dropped even when few items are links."""

from newsclaims.document import Document
from newsclaims.html.extract import is_menu_line
from newsclaims.ingesters.html import HtmlIngester


def test_menu_line_shapes() -> None:
    assert is_menu_line("Home | World | Business | Arts | Weather | Obituaries")
    assert is_menu_line("Sections: Front Page | Region | City Council | Letters |")
    # Three items are not enough, and long items are a sentence's clauses, not a menu.
    assert not is_menu_line("Home | World | Arts")
    assert not is_menu_line(
        "The vote was close | the council split evenly | the mayor broke the tie | "
        "and the plan passed on the second reading")


def test_menu_lines_inside_the_article_container_are_dropped() -> None:
    paragraphs = "".join(
        f"<p>The regional library reopened its reading room on Monday, the {n} notice "
        "said, after the roof over the east wing was repaired during the long summer.</p>"
        for n in ("first", "second", "third", "fourth")
    )
    markup = (
        "<html><body><table><tr><td>"
        f"<h2>Library reopens</h2>{paragraphs}"
        "<font>Home | <a href='/w'>World</a> | Business | Arts | Weather | Obituaries</font>"
        "</td></tr></table></body></html>"
    )
    doc = Document.from_bytes(markup.encode("utf-8"), location="page.html")
    body = next(HtmlIngester().ingest(doc)).body
    assert "fourth notice" in body
    assert "Obituaries" not in body


def test_bars_in_code_are_kept() -> None:
    paragraphs = "".join(
        f"<p>Shell pipelines pass the output of one program to the next, step {n} of "
        "this tutorial explains, so small tools can be combined into larger ones.</p>"
        for n in (1, 2, 3, 4)
    )
    markup = (
        f"<html><body><article>{paragraphs}"
        "<pre><code>cat log | sort | uniq -c | sort -n | head</code></pre>"
        "</article></body></html>"
    )
    doc = Document.from_bytes(markup.encode("utf-8"), location="page.html")
    body = next(HtmlIngester().ingest(doc)).body
    assert "uniq -c" in body
