"""One iterative walk of a parsed tree into text blocks and per-element facts.

The walk never recurses (a page of 5,000 nested ``<div>``s is walked like any other) and visits
each node once. It records, for every element, its tag, parent and content hint, and for every
block of text its role, link share and the element that holds it; extraction then works on
these flat lists instead of walking the tree again. Two drivers feed the same walker: one for
lxml trees (the fast path) and one for BeautifulSoup trees (the pure-Python fallback).
"""

from collections.abc import Callable, Mapping
from typing import Any

from bs4 import BeautifulSoup, Tag
from bs4.element import CData, NavigableString

from newsclaims.html.hints import (
    BLOCK_TAGS,
    FURNITURE_TAGS,
    HEADING_TAGS,
    METADATA_TAGS,
    SKIP_TAGS,
    STRONG_FURNITURE_TAGS,
    classify_names,
    is_byline_names,
    is_headline_names,
    is_negative_role,
)
from newsclaims.limits import current_limits

_HIDDEN_STYLE = ("display:none", "display: none", "visibility:hidden", "visibility: hidden")
# NavigableString subclasses that are visible text (not Comment, Doctype, Declaration...).
_PLAIN_TEXT = frozenset({NavigableString, CData})
# libxml2 stops nesting at this depth even with huge_tree; deeper pages go to the fallback.
LXML_MAX_DEPTH = 2000
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


class Block:
    """A run of text between block boundaries, with what the walk learnt about it."""

    __slots__ = ("heading", "link_chars", "marked", "owner", "role", "text")

    def __init__(self, text: str, role: str, owner: int, link_chars: int, heading: int,
                 marked: bool = False) -> None:
        self.text = text
        self.role = role
        self.owner = owner
        self.link_chars = link_chars
        # 1-6 for text inside <h1>..<h6>, else 0.
        self.heading = heading
        # Most of the text is inside an element whose class or id names a headline.
        self.marked = marked

    @property
    def link_density(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0

    def __repr__(self) -> str:
        return f"Block({self.text[:40]!r}, {self.role}, owner={self.owner})"


class MetaNode:
    """An element metadata is read from, detached from the tree library that parsed it."""

    __slots__ = ("_text", "_text_of", "attrs", "name")

    def __init__(self, name: str, attrs: dict[str, str], text_of: Callable[[], str]) -> None:
        self.name = name
        self.attrs = attrs
        self._text_of = text_of
        self._text: str | None = None

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = self._text_of()
        return self._text

    def get(self, key: str) -> str | None:
        return self.attrs.get(key)


class Walk:
    """Flat facts about a tree: elements in document order, and text blocks."""

    def __init__(self) -> None:
        self.tags: list[str] = ["#root"]
        self.parents: list[int] = [-1]
        # Index one past the element's last descendant: descendants of i are i+1 .. ends[i]-1.
        self.ends: list[int] = [1]
        # -1 furniture by class/id/role/tag, 1 content by class/id, 2 itemprop=articleBody.
        self.hints: list[int] = [0]
        self.blocks: list[Block] = []
        # <meta>, <link>, <title>, JSON-LD, <time>, itemprop/rel/byline elements, in order.
        self.metadata_nodes: list[MetaNode] = []
        self.html_lang: str | None = None

    def element_count(self) -> int:
        return len(self.tags)


def _attrs_dict(attrs: Mapping[str, Any]) -> dict[str, str]:
    # lxml raises on malformed attribute names (an empty one): keep what can be read.
    try:
        return {str(key): _attr_text(value) for key, value in attrs.items()}
    except ValueError:
        return {}


def _attr_text(value: Any) -> str:
    if isinstance(value, list):
        return " ".join(str(v) for v in value)
    return value if isinstance(value, str) else ""


# Hint values: STRONG_FURNITURE is never content; FURNITURE is unless it holds most of the
# prose; HIDDEN (hidden, aria-hidden, display:none) is furniture too, with the same exception:
# script-driven pages stream the article into a hidden element and reveal it; MARKED_BODY is
# itemprop=articleBody.
HIDDEN = -4
STRONG_FURNITURE = -3
FURNITURE = -1
CONTENT = 1
MARKED_BODY = 2


def _hint(attrs: Mapping[str, Any], name: str) -> int:
    if name in STRONG_FURNITURE_TAGS:
        return STRONG_FURNITURE
    if not attrs:
        return FURNITURE if name in FURNITURE_TAGS else 0
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return HIDDEN
    style = attrs.get("style")
    if style:
        compact = _attr_text(style).lower()
        if any(marker in compact for marker in _HIDDEN_STYLE):
            return HIDDEN
    itemprop = attrs.get("itemprop")
    if itemprop and _attr_text(itemprop).lower() in ("articlebody", "reviewbody"):
        return MARKED_BODY
    role = attrs.get("role")
    if role and is_negative_role(_attr_text(role)):
        return STRONG_FURNITURE
    if name in FURNITURE_TAGS:
        return FURNITURE
    classes = attrs.get("class")
    ident = attrs.get("id")
    names = _attr_text(classes) if classes else ""
    if ident:
        names = f"{names} {_attr_text(ident)}" if names else _attr_text(ident)
    if not names:
        return 0
    return classify_names(names)


def _wants_metadata(attrs: Mapping[str, Any], name: str) -> bool:
    if name == "time":
        return True
    if not attrs:
        return False
    if "itemprop" in attrs or "rel" in attrs:
        return True
    classes = attrs.get("class")
    return bool(classes) and is_byline_names(_attr_text(classes))


def _is_metadata(attrs: Mapping[str, Any], name: str) -> bool:
    if name == "script":
        return "json" in _attr_text(attrs.get("type")).lower()
    return name in METADATA_TAGS


class _Walker:
    """The walk's state machine: drivers call start/data/end in document order."""

    def __init__(self) -> None:
        self.result = Walk()
        self.buffer: list[str] = []
        self.link_chars = 0
        self.in_link = 0
        self.marked_chars = 0
        # Open elements whose class or id names a headline, innermost last.
        self.open_marked: list[int] = []
        # Per open element: its index, the role it gives its text, its heading level.
        self.open_index: list[int] = [0]
        self.open_role: list[str] = ["paragraph"]
        self.open_heading: list[int] = [0]

    def flush(self) -> None:
        buffer = self.buffer
        if buffer:
            raw = "".join(buffer)
            buffer.clear()
            text = " ".join(raw.split())
            if text:
                # Link share is measured on the raw text; scale it to the normalised length.
                share = min(len(text), self.link_chars * len(text) // max(len(raw), 1))
                self.result.blocks.append(
                    Block(text, self.open_role[-1], self.open_index[-1], share,
                          self.open_heading[-1], 2 * self.marked_chars > len(raw))
                )
        self.link_chars = 0
        self.marked_chars = 0

    def data(self, text: str) -> None:
        self.buffer.append(text)
        if self.in_link:
            self.link_chars += len(text)
        if self.open_marked:
            self.marked_chars += len(text)

    def start(self, name: str, attrs: Mapping[str, Any],
              text_of: Callable[[], str]) -> bool:
        """Enter an element; False means: do not walk into it (and do not call end)."""
        result = self.result
        if name in SKIP_TAGS:
            if name != "head" and _is_metadata(attrs, name):
                result.metadata_nodes.append(MetaNode(name, _attrs_dict(attrs), text_of))
            return False
        hint = _hint(attrs, name)
        if _wants_metadata(attrs, name):
            result.metadata_nodes.append(MetaNode(name, _attrs_dict(attrs), text_of))
        if name in BLOCK_TAGS:
            self.flush()
            if name == "br" or name == "hr":
                return False
        index = len(result.tags)
        if attrs:
            classes = attrs.get("class")
            ident = attrs.get("id")
            if (classes and is_headline_names(_attr_text(classes))) or (
                    ident and is_headline_names(_attr_text(ident))):
                self.open_marked.append(index)
        result.tags.append(name)
        result.parents.append(self.open_index[-1])
        result.ends.append(index + 1)
        result.hints.append(hint)
        self.open_index.append(index)
        if name in HEADING_TAGS:
            self.open_role.append("subheading")
            self.open_heading.append(int(name[1]))
        else:
            if name == "li" or name == "dd" or name == "dt":
                self.open_role.append("list_item")
            elif name == "blockquote":
                self.open_role.append("blockquote")
            else:
                self.open_role.append(self.open_role[-1])
            self.open_heading.append(self.open_heading[-1])
        if name == "a":
            self.in_link += 1
        return True

    def end(self) -> None:
        index = self.open_index[-1]
        name = self.result.tags[index]
        if name in BLOCK_TAGS:
            self.flush()
        elif name == "a":
            self.in_link -= 1
        self.result.ends[index] = len(self.result.tags)
        self.open_index.pop()
        self.open_role.pop()
        self.open_heading.pop()
        if self.open_marked and self.open_marked[-1] == index:
            self.open_marked.pop()

    def finish(self) -> Walk:
        self.flush()
        self.result.ends[0] = len(self.result.tags)
        return self.result


def _lxml_text(element: Any) -> Callable[[], str]:
    return lambda: "".join(element.itertext())


def _soup_text(tag: Tag) -> Callable[[], str]:
    return lambda: tag.get_text()


def walk_lxml(root: Any, max_depth: int | None = None) -> Walk | None:
    """Walk an lxml tree; None when it reaches libxml2's depth limit (content was lost).

    Elements nested deeper than ``max_depth`` (default: ``Limits.max_html_depth``) are
    flattened: their text joins the block of the element at the limit.
    """
    from lxml import etree

    limit = current_limits().max_html_depth if max_depth is None else max_depth
    walker = _Walker()
    depth = 0  # elements entered in the walker
    tree_depth = 0  # every open element, flattened ones included: libxml2's count
    flat = 0  # open elements below the limit, read as text only
    # iterwalk still reports the end of an element whose subtree was skipped: ignore it.
    skipped = False
    events = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    for event, element in events:
        tag = element.tag
        if event == "start":
            if not isinstance(tag, str):
                continue
            name = tag.lower() if not tag.islower() else tag
            if name == "head":
                _collect_lxml_head(element, walker.result)
                events.skip_subtree()
                skipped = True
                continue
            if name == "html":
                lang = element.get("lang") or element.get(_XML_LANG)
                if lang and walker.result.html_lang is None:
                    walker.result.html_lang = lang
            if depth >= limit and name not in SKIP_TAGS:
                flat += 1
            elif walker.start(name, element.attrib, _lxml_text(element)):
                depth += 1
            else:
                events.skip_subtree()
                skipped = True
                continue
            tree_depth += 1
            if tree_depth >= LXML_MAX_DEPTH:
                return None
            text = element.text
            if text:
                walker.data(text)
        elif event == "end":
            if not isinstance(tag, str):
                continue
            if skipped:
                skipped = False
            elif flat:
                flat -= 1
                tree_depth -= 1
            else:
                depth -= 1
                tree_depth -= 1
                walker.end()
            tail = element.tail
            if tail:
                walker.data(tail)
        else:
            tail = element.tail
            if tail:
                walker.data(tail)
    return walker.finish()


def _collect_lxml_head(head: Any, result: Walk) -> None:
    for element in head.iter():
        tag = element.tag
        if not isinstance(tag, str):
            continue
        name = tag.lower()
        if _is_metadata(element.attrib, name):
            result.metadata_nodes.append(MetaNode(name, _attrs_dict(element.attrib),
                                                  _lxml_text(element)))


_END = object()
_FLAT_END = object()  # the end of an element flattened below the depth limit


def walk_soup(root: Tag | BeautifulSoup, max_depth: int | None = None) -> Walk:
    """Walk a BeautifulSoup tree (any builder); deeper than ``max_depth`` is flattened."""
    limit = current_limits().max_html_depth if max_depth is None else max_depth
    walker = _Walker()
    depth = 0
    stack: list[object] = list(reversed(root.contents))
    while stack:
        node = stack.pop()
        if node is _END:
            depth -= 1
            walker.end()
            continue
        if node is _FLAT_END:
            depth -= 1
            continue
        if isinstance(node, Tag):
            name = (node.name or "").lower()
            if name == "head":
                # html.parser does not close <head> at the first body element (a <form>
                # there swallows the page), so its content is walked; <meta>, <title>,
                # <link> and scripts are collected and skipped by the walker.
                name = "#head"
            if name == "html" and walker.result.html_lang is None:
                lang = node.attrs.get("lang") or node.attrs.get("xml:lang")
                if isinstance(lang, str) and lang:
                    walker.result.html_lang = lang
            if depth >= limit and name not in SKIP_TAGS and name != "#head":
                depth += 1
                stack.append(_FLAT_END)
                stack.extend(reversed(node.contents))
            elif walker.start(name, node.attrs, _soup_text(node)):
                depth += 1
                stack.append(_END)
                stack.extend(reversed(node.contents))
            continue
        if type(node) in _PLAIN_TEXT:
            walker.data(node)  # type: ignore[arg-type]
    return walker.finish()
