"""Menu lines ("Home | World | Sport") and data blobs printed as text are not article text."""

from newsclaims.document import Document
from newsclaims.html.extract import is_data_blob, is_menu_line
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


def test_data_blob_shapes() -> None:
    assert is_data_blob('{"layout":2,"align":"left","label":"Buy","colour":{"hue":10}}')
    assert is_data_blob('[{"id":1,"name":"a","size":3}]')
    # Prose that quotes a little JSON, and JSON with only a key or two, are not blobs.
    assert not is_data_blob('{"a":1} is the smallest object the parser accepts, it said.')
    assert not is_data_blob('{"name":"x"}')


def test_a_widget_settings_blob_in_the_article_is_dropped_but_code_is_kept() -> None:
    paragraphs = "".join(
        f"<p>Home gyms need less space than most people think, note {n} of the guide says, "
        "and a mat, a kettlebell and a rope will cover a full week of training.</p>"
        for n in (1, 2, 3, 4)
    )
    blob = '{"layoutMobile":2,"buttonText":"Buy now","theme":{"hue":213,"light":0.8}}'
    code = '{"plugins":{"include":["one.json","two.json"]},"strict":true}'
    markup = (
        f"<html><body><article>{paragraphs}<div>{blob}</div>"
        f"<pre>{code}</pre></article></body></html>"
    )
    doc = Document.from_bytes(markup.encode("utf-8"), location="page.html")
    body = next(HtmlIngester().ingest(doc)).body
    assert "note 4 of the guide" in body
    assert "layoutMobile" not in body
    assert "one.json" in body
