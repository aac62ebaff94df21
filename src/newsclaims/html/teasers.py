"""Teaser lists without a furniture class: repeated sibling units that each lead with a link.

"B.C. Headlines", "Other recent articles", "More from this section" boxes are a list of
headline links, each often followed by a one-sentence teaser or a date. Whatever the markup
(``<dl>`` of ``<dt><a>`` and ``<dd>``, ``<ul>`` of ``<li>`` with a linked ``<h3>``, ``<div>``
cards), the shape is the same: among an element's children, several are (or begin with) a
block that is all link text. An article's paragraphs carry links inside their sentences, so
their blocks are never mostly link.
"""

from newsclaims.html.blocks import Walk
from newsclaims.html.hints import BLOCK_TAGS

# A block is a headline link when this share of its text is link text.
_LINK_BLOCK_DENSITY = 0.8
# A teaser list has at least this many linked units ...
_MIN_UNITS = 3
# ... making up this share of the element's children that hold text (flat shape: link
# children interleaved with teaser or date children) ...
_FLAT_SHARE = 0.4
# ... or this share when each child is a whole unit that starts with its link.
_UNIT_SHARE = 0.6
# Link text is at least this share of a teaser list's text.
_MIN_LINK_SHARE = 0.2


def teaser_lists(facts: Walk) -> list[bool]:
    """Whether each element is a teaser list (its own subtree, not its descendants' flags)."""
    count = facts.element_count()
    parents = facts.parents
    text = [0] * count
    links = [0] * count
    # First block of each element's subtree (a block index), -1 when it has none.
    first = [-1] * count
    # Blocks owned by the element itself (text between its block children) count as units.
    own_blocks = [0] * count
    blocks = facts.blocks
    for position, block in enumerate(blocks):
        owner = block.owner
        if owner < 0:
            continue
        text[owner] += len(block.text)
        own_blocks[owner] += 1
        links[owner] += block.link_chars
        if first[owner] < 0:
            first[owner] = position
    for index in range(count - 1, 0, -1):
        parent = parents[index]
        text[parent] += text[index]
        links[parent] += links[index]
        if first[index] >= 0 and (first[parent] < 0 or first[index] < first[parent]):
            first[parent] = first[index]
    flags = [False] * count
    ends = facts.ends
    tags = facts.tags
    for index in range(count):
        if text[index] == 0:
            continue
        with_text = own_blocks[index]
        link_only = led = 0
        child = index + 1
        stop = ends[index]
        while child < stop:
            size = text[child]
            # Inline children (links inside a sentence) are part of their parent's text.
            if size and tags[child] in BLOCK_TAGS:
                with_text += 1
                if links[child] >= _LINK_BLOCK_DENSITY * size:
                    link_only += 1
                else:
                    lead = blocks[first[child]]
                    if (lead.link_density >= _LINK_BLOCK_DENSITY and len(lead.text.split()) >= 2
                            and size > len(lead.text)):
                        led += 1
            child = ends[child]
        # Headlines and a sentence each: a section of prose with a few shop or source links
        # under it is not a teaser list.
        if with_text < _MIN_UNITS or links[index] < _MIN_LINK_SHARE * text[index]:
            continue
        flags[index] = (
            (link_only >= _MIN_UNITS and link_only >= _FLAT_SHARE * with_text)
            or (led >= _MIN_UNITS and led >= _UNIT_SHARE * with_text)
        )
    return flags
