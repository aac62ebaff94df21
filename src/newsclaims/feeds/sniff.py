"""Recognise a feed by its root element, never by its file name.

The prolog (BOM, XML declaration, comments, processing instructions, DOCTYPE) is skipped
and the first element decides: ``<rss>``, an Atom ``<feed>``, an RSS 0.9/1.0 ``<rdf:RDF>``,
or a Microsoft CDF ``<channel>``. Everything here is linear in the bytes looked at and
never raises.
"""

import codecs
import re
from typing import Literal

import attrs

FeedKind = Literal["rss", "atom", "rdf", "cdf"]

# How far into a document to look for its root element: prologs with long licence
# comments exist, but a feed whose root is further in than this is not worth guessing.
SNIFF_BYTES = 65536

_WIDE_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# "<?" written in UTF-16/32 without a byte-order mark.
_WIDE_STARTS: tuple[tuple[bytes, str], ...] = (
    (b"<\x00\x00\x00", "utf-32-le"),
    (b"\x00\x00\x00<", "utf-32-be"),
    (b"<\x00?\x00", "utf-16-le"),
    (b"\x00<\x00?", "utf-16-be"),
    (b"<\x00!\x00", "utf-16-le"),
    (b"\x00<\x00!", "utf-16-be"),
)

_NAME = re.compile(r"[A-Za-z_][\w.:-]{0,100}")
_ATOM_NAMESPACES = ("http://www.w3.org/2005/Atom", "http://purl.org/atom/ns#")
_RDF_NAMESPACE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RSS_RDF_NAMESPACES = ("http://purl.org/rss/1.0/", "http://my.netscape.com/rdf/simple/0.9/")


def wide_encoding(data: bytes) -> str | None:
    """The UTF-16/32 codec ``data`` is written in (by BOM or by its first characters)."""
    for bom, encoding in _WIDE_BOMS:
        if data.startswith(bom):
            # A UTF-16-LE BOM is a prefix of the UTF-32-LE one; the order above settles it.
            return encoding
    for start, encoding in _WIDE_STARTS:
        if data.startswith(start):
            return encoding
    return None


def head_text(data: bytes, limit: int = SNIFF_BYTES) -> str:
    """The first ``limit`` bytes as text good enough for reading markup names.

    UTF-16/32 is decoded; anything else is read as Latin-1, which keeps every ASCII
    character (all that markup names need here) in place whatever the real encoding is.
    """
    head = data[:limit]
    wide = wide_encoding(head)
    if wide is not None:
        return codecs.decode(head, wide, "replace").lstrip("\ufeff")
    if head.startswith(codecs.BOM_UTF8):
        head = head[len(codecs.BOM_UTF8) :]
    return head.decode("latin-1")


def doctype_end(text: str, start: int) -> int:
    """The index just after a ``<!DOCTYPE ...>`` starting at ``start``, or -1."""
    i = start + 9
    n = len(text)
    quote = ""
    depth = 0
    while i < n:
        char = text[i]
        if quote:
            if char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        elif char == "[":
            depth += 1
        elif char == "]":
            depth = max(0, depth - 1)
        elif char == ">" and depth == 0:
            return i + 1
        elif char == "<" and depth and text.startswith("<!--", i):
            end = text.find("-->", i + 4)
            if end < 0:
                return -1
            i = end + 3
            continue
        i += 1
    return -1


@attrs.frozen
class Prolog:
    """Where the root element starts (-1 if not found) and the DOCTYPE's span, if any.

    ``doctype`` is ``(start, end)``; ``end`` is -1 when the DOCTYPE is not terminated.
    """

    root: int
    doctype: tuple[int, int] | None = None


def scan_prolog(text: str) -> Prolog:
    """Walk the prolog (whitespace, ``<?...?>``, comments, one DOCTYPE) up to the root."""
    i = 0
    n = len(text)
    doctype: tuple[int, int] | None = None
    while i < n:
        if text[i].isspace() or text[i] == "\ufeff":
            i += 1
            continue
        if text[i] != "<":
            break
        if text.startswith("<?", i):
            end = text.find("?>", i + 2)
            if end < 0:
                break
            i = end + 2
        elif text.startswith("<!--", i):
            end = text.find("-->", i + 4)
            if end < 0:
                break
            i = end + 3
        elif text[i + 1 : i + 9].upper() == "!DOCTYPE":
            end = doctype_end(text, i)
            doctype = (i, end)
            if end < 0:
                break
            i = end
        elif text.startswith("<!", i):
            break
        else:
            return Prolog(root=i, doctype=doctype)
    return Prolog(root=-1, doctype=doctype)


def root_start(text: str) -> int:
    """The index of the root element's ``<`` after the prolog, or -1 if there is none."""
    return scan_prolog(text).root


def _start_tag(text: str, start: int) -> tuple[str, str]:
    """The root element's name and the rest of its start tag (its attributes)."""
    match = _NAME.match(text, start + 1)
    if match is None:
        return "", ""
    end = text.find(">", match.end())
    attributes = text[match.end() : end if end >= 0 else len(text)]
    return match.group(), attributes


def classify_root(name: str, attributes: str) -> FeedKind | None:
    """The feed kind a root element with this name and these attributes starts."""
    local = name.rsplit(":", 1)[-1]
    if local == "rss":
        return "rss"
    if local == "feed":
        return "atom" if any(ns in attributes for ns in _ATOM_NAMESPACES) else None
    if local == "RDF":
        if _RDF_NAMESPACE in attributes and any(ns in attributes for ns in _RSS_RDF_NAMESPACES):
            return "rdf"
        return None
    if local.lower() == "channel" and ":" not in name:
        return "cdf"
    return None


def sniff_feed(data: bytes) -> FeedKind | None:
    """What kind of feed ``data`` is, judged by its root element; ``None`` if not a feed."""
    text = head_text(data)
    start = root_start(text)
    if start < 0:
        return None
    name, attributes = _start_tag(text, start)
    if not name:
        return None
    return classify_root(name, attributes)
