"""Make a feed's prolog safe to hand to feedparser: no entity declarations survive.

feedparser disables external entities, and expat (>= 2.4) stops entity amplification, but
when expat gives up feedparser re-parses with its loose parser and expands the entity
declarations it judged "safe" itself: one 100 KB entity used 50,000 times is 5 GB of
text (the quadratic blow-up). So the internal DTD subset is removed before feedparser sees
the document; real feeds use it for little more than ``&nbsp;``-style names, which the
loose parser knows anyway.
"""

import codecs
import re

from newsclaims.errors import MalformedFeed
from newsclaims.feeds.sniff import scan_prolog, wide_encoding

# feedparser's own idea of where the prolog ends (sanitizer.replace_doctype): the first
# "<" followed by a word character.
_FEEDPARSER_HEAD_END = re.compile(rb"<\w")
_ENCODING_DECLARATION = re.compile(
    rb"""\A(\s*<\?xml[^>]{0,200}?encoding\s*=\s*)(["'])[^"']{0,40}\2"""
)


def declare_utf8(data: bytes) -> bytes:
    """``data`` with its XML declaration, if it names an encoding, naming UTF-8 instead."""
    return _ENCODING_DECLARATION.sub(rb"\1\2utf-8\2", data, count=1)


def _to_utf8(data: bytes, encoding: str) -> bytes:
    text = codecs.decode(data, encoding, "replace").lstrip("\ufeff")
    return declare_utf8(text.encode("utf-8", "surrogatepass"))


def _without_subset(doctype: str) -> str:
    """``<!DOCTYPE name ids [subset]>`` -> ``<!DOCTYPE name ids>``."""
    quote = ""
    for index, char in enumerate(doctype):
        if quote:
            if char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        elif char == "[":
            return doctype[:index].rstrip() + ">"
    return doctype


def make_safe(data: bytes, *, location: str | None = None) -> tuple[bytes, tuple[str, ...]]:
    """``data`` re-encoded as UTF-8 if it was UTF-16/32, without an internal DTD subset.

    Returns the bytes for feedparser and the warnings to report. Raises
    :class:`MalformedFeed` if entity declarations remain where feedparser would read them.
    """
    warnings: list[str] = []
    wide = wide_encoding(data)
    if wide is not None:
        data = _to_utf8(data, wide)
    # Latin-1 maps bytes to characters one to one, so string offsets are byte offsets.
    prolog = data.decode("latin-1")
    span = scan_prolog(prolog).doctype
    if span is not None and span[1] > 0:
        start, end = span
        doctype = prolog[start:end]
        kept = _without_subset(doctype)
        if kept != doctype:
            data = data[:start] + kept.encode("latin-1") + data[end:]
            warnings.append("removed the internal DTD subset (entity declarations are not "
                            "expanded, for safety)")
    head_end = _FEEDPARSER_HEAD_END.search(data)
    head = data[: head_end.start() + 1] if head_end else data
    if b"<!ENTITY" in head:
        raise MalformedFeed("entity declarations outside a well-formed DOCTYPE; refusing to "
                            "parse them", source=location)
    return data, tuple(warnings)
