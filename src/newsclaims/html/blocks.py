"""One iterative walk of a parsed tree into text blocks and per-element facts.

The walk never recurses (a page of 5,000 nested ``<div>``s is walked like any other) and visits
each node once. It records, for every element, its tag, parent and content hint, and for every
block of text its role, link share and the element that holds it; extraction then works on
these flat lists instead of walking the tree again.
"""

from bs4 import BeautifulSoup, Tag
from bs4.element import CData, NavigableString

from newsclaims.html.hints import (
    BLOCK_TAGS,
    FURNITURE_TAGS,
    HEADING_TAGS,
    SKIP_TAGS,
    classify_names,
    is_negative_role,
)

_TEXT_TYPES = (NavigableString, CData)
_HIDDEN_STYLE = ("display:none", "display: none", "visibility:hidden", "visibility: hidden")


class Block:
    """A run of text between block boundaries, with what the walk learnt about it."""

    __slots__ = ("heading", "link_chars", "owner", "role", "text")

    def __init__(self, text: str, role: str, owner: int, link_chars: int, heading: int) -> None:
        self.text = text
        self.role = role
        self.owner = owner
        self.link_chars = link_chars
        # 1-6 for text inside <h1>..<h6>, else 0.
        self.heading = heading

    @property
    def link_density(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0

    def __repr__(self) -> str:
        return f"Block({self.text[:40]!r}, {self.role}, owner={self.owner})"


class Walk:
    """Flat facts about a tree: elements in document order, and text blocks."""

    def __init__(self) -> None:
        self.tags: list[str] = []
        self.parents: list[int] = []
        # Index one past the element's last descendant: descendants of i are i+1 .. ends[i]-1.
        self.ends: list[int] = []
        # -1 furniture by class/id/role/tag, +1 content by class/id/itemprop, 0 neither.
        self.hints: list[int] = []
        self.blocks: list[Block] = []

    def element_count(self) -> int:
        return len(self.tags)


def _hint(tag: Tag, name: str) -> int:
    attrs = tag.attrs
    if not attrs:
        return -1 if name in FURNITURE_TAGS else 0
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return -2
    style = attrs.get("style")
    if isinstance(style, str) and style:
        compact = style.lower()
        if any(marker in compact for marker in _HIDDEN_STYLE):
            return -2
    itemprop = attrs.get("itemprop")
    if isinstance(itemprop, str) and itemprop.lower() in ("articlebody", "text", "reviewbody"):
        return 2
    role = attrs.get("role")
    if isinstance(role, str) and is_negative_role(role):
        return -1
    if name in FURNITURE_TAGS:
        return -1
    classes = attrs.get("class")
    ident = attrs.get("id")
    names = ""
    if classes:
        names = " ".join(classes) if isinstance(classes, list) else str(classes)
    if isinstance(ident, str) and ident:
        names = f"{names} {ident}" if names else ident
    if not names:
        return 0
    return classify_names(names)


def walk(root: Tag | BeautifulSoup) -> Walk:
    """Walk ``root`` once, iteratively, into a :class:`Walk`.

    Hidden elements (``hidden``, ``aria-hidden``, ``display:none``) are not walked at all.
    """
    result = Walk()
    tags = result.tags
    parents = result.parents
    ends = result.ends
    hints = result.hints
    blocks = result.blocks

    buffer: list[str] = []
    link_chars = 0
    in_link = 0
    # Per open element: its index, role it gives its text, heading level.
    open_index: list[int] = [-1]
    open_role: list[str] = ["paragraph"]
    open_heading: list[int] = [0]

    def flush() -> None:
        nonlocal link_chars
        if buffer:
            raw = "".join(buffer)
            buffer.clear()
            text = " ".join(raw.split())
            if text:
                # Link share is measured on the raw text; scale it to the normalised length.
                share = min(len(text), link_chars * len(text) // max(len(raw), 1))
                blocks.append(
                    Block(text, open_role[-1], open_index[-1], share, open_heading[-1])
                )
        link_chars = 0

    stack: list[object] = list(reversed(root.contents))
    while stack:
        node = stack.pop()
        if isinstance(node, int):
            # Exit marker of element ``node``.
            name = tags[node]
            if name in BLOCK_TAGS:
                flush()
            elif name == "a":
                in_link -= 1
            ends[node] = len(tags)
            open_index.pop()
            open_role.pop()
            open_heading.pop()
            continue
        if isinstance(node, Tag):
            name = node.name.lower() if node.name else ""
            if name in SKIP_TAGS:
                continue
            hint = _hint(node, name)
            if hint == -2:
                continue
            if name in BLOCK_TAGS:
                flush()
                if name == "br" or name == "hr":
                    continue
            index = len(tags)
            tags.append(name)
            parents.append(open_index[-1])
            ends.append(index + 1)
            hints.append(hint)
            open_index.append(index)
            if name in HEADING_TAGS:
                open_role.append("subheading")
                open_heading.append(int(name[1]))
            else:
                if name == "li" or name == "dd" or name == "dt":
                    open_role.append("list_item")
                elif name == "blockquote":
                    open_role.append("blockquote")
                else:
                    open_role.append(open_role[-1])
                open_heading.append(open_heading[-1])
            if name == "a":
                in_link += 1
            stack.append(index)
            contents = node.contents
            if contents:
                stack.extend(reversed(contents))
            continue
        if isinstance(node, _TEXT_TYPES) and type(node) in _PLAIN_TEXT:
            buffer.append(node)
            if in_link:
                link_chars += len(node)
    flush()
    return result


# NavigableString subclasses that are not visible text (Comment, Doctype, Declaration...).
_PLAIN_TEXT = frozenset({NavigableString, CData})
