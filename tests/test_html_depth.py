"""Limits.max_html_depth: elements nested deeper are flattened into the block at the limit."""

import pytest
from bs4 import BeautifulSoup
from lxml import etree

import newsclaims
from newsclaims.html.blocks import walk_lxml, walk_soup
from newsclaims.limits import Limits

STORY = [
    "The harbour authority approved the new ferry terminal after a two-year review.",
    "Construction is expected to start in the spring and to last about eighteen months.",
    "Residents had asked for a quieter design and fewer lorries on the coast road.",
]


def nested_page(depth: int, script: str = "") -> str:
    inner = "".join(f"<p>{text}</p>" for text in STORY) + script
    return ("<html><head><title>Ferry terminal approved</title></head><body><article>"
            + "<div>" * depth + inner + "</div>" * depth + "</article></body></html>")


def body(page: str, limit: int) -> str:
    [article] = newsclaims.ingest(page.encode(), format="html", quotes=False, claims=False,
                                  limits=Limits(max_html_depth=limit))
    return article.body


def test_text_below_the_limit_is_kept_but_not_split_into_blocks() -> None:
    deep = body(nested_page(20), limit=6)
    shallow = body(nested_page(20), limit=512)
    for text in STORY:
        assert text in deep
        assert text in shallow
    assert shallow.count("\n") > deep.count("\n")  # flattened: one block for the three


def test_invisible_elements_stay_invisible_below_the_limit() -> None:
    page = nested_page(20, script="<script>var tracker = 'do not show';</script>")
    assert "do not show" not in body(page, limit=6)


@pytest.mark.parametrize("limit", [1, 3, 8, 40])
def test_both_walks_flatten_alike(limit: int) -> None:
    page = nested_page(12)
    root = etree.fromstring(page, etree.HTMLParser())
    by_lxml = walk_lxml(root, max_depth=limit)
    by_soup = walk_soup(BeautifulSoup(page, "html.parser"), max_depth=limit)
    assert by_lxml is not None
    lxml_text = " ".join(" ".join(block.text.split()) for block in by_lxml.blocks)
    soup_text = " ".join(" ".join(block.text.split()) for block in by_soup.blocks)
    assert lxml_text == soup_text
    assert all(text in lxml_text for text in STORY)


def test_the_default_limit_flattens_a_pathological_page_without_losing_text() -> None:
    page = nested_page(1500)  # below libxml2's own limit, far above the default 512
    text = body(page, limit=Limits().max_html_depth)
    assert all(t in text for t in STORY)
