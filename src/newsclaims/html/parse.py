"""Parse a page once and walk it once: lxml first, BeautifulSoup's pure-Python builder after.

lxml's HTML parser builds the tree in C and the walk iterates it without a Python object per
node, which is several times faster than building a BeautifulSoup tree. BeautifulSoup with
``html.parser`` is the fallback when lxml is not installed, fails, returns nothing for
non-empty markup, or nests deeper than libxml2 keeps (it silently drops deeper content).
"""

import logging
import re
import warnings
from typing import Any

from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning

from newsclaims.errors import MalformedHTML
from newsclaims.html.blocks import Walk, walk_lxml, walk_soup

logger = logging.getLogger(__name__)

try:  # lxml is a declared dependency, but a pure-Python install must still work.
    from lxml import etree as _etree
except ImportError:  # pragma: no cover - exercised only without lxml
    _etree = None


_TITLE_OPEN = re.compile(r"<title[^>]{0,200}>", re.IGNORECASE)
_TITLE_CLOSE = re.compile(r"</title\s*>", re.IGNORECASE)
_TITLE_END = re.compile(r"[\n<]")


def close_runaway_title(text: str) -> str:
    """Close a ``<title>`` that is never closed at its first line break or tag.

    A title is raw text up to ``</title>``; truncated or broken pages that never close it
    would otherwise lose their whole body into the title.
    """
    opened = _TITLE_OPEN.search(text, 0, 65536)
    if opened is None or _TITLE_CLOSE.search(text, opened.end()) is not None:
        return text
    end = _TITLE_END.search(text, opened.end())
    cut = end.start() if end is not None else len(text)
    return f"{text[:cut]}</title>{text[cut:]}"


_STRIPPED_TAGS = ("script", "style", "svg", "noscript", "template")
_STRIP_START = re.compile(r"<!--|<(script|style|svg|noscript|template)\b([^>]{0,2000})",
                          re.IGNORECASE)
_CLOSERS = {name: re.compile(rf"</{name}\s*>", re.IGNORECASE) for name in _STRIPPED_TAGS}


def strip_inert(text: str) -> str:
    """Remove comments, scripts (JSON-LD excepted), styles, SVG, noscript and templates.

    None of them is visible text, and on modern pages they are a large share of the elements
    bs4 would otherwise build one Python object each for. One left-to-right scan, so a
    ``<script>`` inside a comment (or the reverse) is handled as a browser would; a tag that
    is never closed stops the stripping of its kind, which keeps the scan linear.
    """
    pieces: list[str] = []
    position = 0
    unclosed: set[str] = set()
    for match in _STRIP_START.finditer(text):
        start = match.start()
        if start < position:
            continue
        name = (match.group(1) or "").lower()
        if not name:
            end = text.find("-->", match.end())
            if end < 0:
                break
            stop = end + 3
        else:
            if name in unclosed:
                continue
            if name == "script" and "json" in (match.group(2) or "").lower():
                continue
            closer = _CLOSERS[name].search(text, match.end())
            if closer is None:
                unclosed.add(name)
                continue
            stop = closer.end()
        pieces.append(text[position:start])
        position = stop
    if not pieces:
        return text
    pieces.append(text[position:])
    return "".join(pieces)


_END_OF_DOCUMENT = re.compile(r"</(?:body|html)\s*>", re.IGNORECASE)


def drop_early_end_tags(text: str) -> str:
    """Remove ``</body>`` and ``</html>``: browsers keep adding content after them, libxml2
    drops it, and pages with a stray early ``</body>`` would lose their article."""
    return _END_OF_DOCUMENT.sub("", text)


def _lxml_walk(text: str) -> Walk | None:
    if _etree is None:
        return None
    parser = _etree.HTMLParser(huge_tree=True, remove_comments=False, recover=True)
    root: Any = _etree.fromstring(text, parser) if text.strip() else None
    if root is None:
        return None
    return walk_lxml(root)


def _soup_walk(text: str) -> Walk:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        warnings.simplefilter("ignore", UserWarning)
        soup = BeautifulSoup(text, "html.parser", multi_valued_attributes=None)
    return walk_soup(soup)


def _text_chars(walked: Walk) -> int:
    return sum(len(block.text) for block in walked.blocks)


def _defeated(walked: Walk, text: str) -> bool:
    """Whether lxml lost a page: broken quoting in an early tag can make libxml2 swallow the
    rest of a long page, leaving (almost) no text."""
    return len(text) > 2000 and _text_chars(walked) < 200


def parse_and_walk(text: str, *, location: str | None = None) -> Walk:
    """Parse ``text`` (a decoded page or fragment) and walk it; :class:`MalformedHTML` if no
    parser can read it. RecursionError never escapes: it only moves on to the next parser."""
    text = drop_early_end_tags(strip_inert(close_runaway_title(text)))
    if text.startswith("<?xml"):
        # lxml refuses str input with an encoding declaration.
        end = text.find("?>")
        text = text[end + 2:] if end > 0 else text
    try:
        walked = _lxml_walk(text)
    except (RecursionError, ValueError) as exc:
        logger.debug("%s: lxml failed (%r); using html.parser", location, exc)
        walked = None
    except Exception as exc:  # lxml's own errors: fall back rather than fail the page
        logger.debug("%s: lxml failed (%r); using html.parser", location, exc)
        walked = None
    if walked is not None and not _defeated(walked, text):
        return walked
    try:
        fallback = _soup_walk(text)
        if walked is not None and _text_chars(walked) >= _text_chars(fallback):
            return walked
        return fallback
    except RecursionError as exc:
        raise MalformedHTML("nested too deeply to parse", source=location) from exc
    except Exception as exc:  # html.parser's own failures on broken markup
        raise MalformedHTML(f"could not be parsed as HTML: {type(exc).__name__}: {exc}",
                            source=location) from exc
