"""Clean an HTML fragment (a feed entry's content, a JSON Feed ``content_html``) into paragraphs.

A fragment has no page furniture to find a main container in: every block is kept in order,
except hidden, executable and caption content and elements whose class, id or ARIA role marks
them as sharing, advertising, newsletter or related-link widgets.
"""

import html as html_lib
import re

from newsclaims.errors import MalformedHTML
from newsclaims.html.blocks import Walk
from newsclaims.html.parse import parse_and_walk

_LINK_LIST_DENSITY = 0.9


def _dropped_elements(facts: Walk) -> list[bool]:
    """Whether each element sits inside a furniture-hinted element (parents precede children)."""
    dropped = [False] * facts.element_count()
    parents = facts.parents
    hints = facts.hints
    for index in range(len(dropped)):
        parent = parents[index]
        dropped[index] = hints[index] < 0 or (parent >= 0 and dropped[parent])
    return dropped


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def fragment_paragraphs(html: str) -> list[tuple[str, str]]:
    """``(text, role)`` for each block of ``html``; role is paragraph, subheading, blockquote or
    list_item. Whitespace is collapsed; empty blocks are dropped; never raises on bad markup
    (a fragment that cannot be parsed gives its tag-stripped text as one paragraph)."""
    if not html or not html.strip():
        return []
    if "<" not in html:
        # Tag-free markup is still HTML text: its character references ("&amp;", "&eacute;",
        # "&#8217;") are resolved as the parser resolves them inside tags. It is usually text
        # typed into a feed, whose blank lines separate paragraphs.
        blocks = (" ".join(b.split()) for b in _BLANK_LINE.split(html_lib.unescape(html)))
        return [(text, "paragraph") for text in blocks if text]
    try:
        facts = parse_and_walk(html)
    except MalformedHTML:
        return []
    dropped = _dropped_elements(facts)
    result: list[tuple[str, str]] = []
    for block in facts.blocks:
        if block.owner >= 0 and dropped[block.owner]:
            continue
        # A list item that is only a link is a "related stories" entry, not prose.
        if block.role == "list_item" and block.link_density >= _LINK_LIST_DENSITY:
            continue
        result.append((block.text, block.role))
    return result
