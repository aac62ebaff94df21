"""Render an HTML page to a visible-text dump: every visible block of the page, one per line.

This imitates the project's seeds (text dumps of web pages, furniture included): navigation,
headers, footers, sidebars and the article all appear, each block element on its own line, so the
plain-text ingester can be benchmarked on pages whose gold main text is known.
"""

import lxml.html
from lxml import etree

_INVISIBLE = frozenset(
    {"script", "style", "noscript", "template", "head", "title", "meta", "link", "svg",
     "iframe", "object", "embed", "canvas", "select", "option", "textarea"}
)
_BLOCKS = frozenset(
    {"address", "article", "aside", "blockquote", "body", "center", "dd", "details", "div",
     "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
     "h5", "h6", "header", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre",
     "section", "summary", "table", "tr", "td", "th", "ul", "br", "caption", "legend"}
)


def _hidden(element: etree._Element) -> bool:
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    style = (element.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


def render_visible_text(html: bytes) -> str:
    """All visible text of ``html``, one block element per line, whitespace collapsed."""
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return ""
    lines: list[str] = []
    buffer: list[str] = []

    def flush() -> None:
        text = " ".join("".join(buffer).split())
        buffer.clear()
        if text:
            lines.append(text)

    skipping: etree._Element | None = None
    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if skipping is not None:
                continue
            if tag in _INVISIBLE or not tag or _hidden(element):
                skipping = element
                continue
            if tag in _BLOCKS:
                flush()
            if element.text:
                buffer.append(element.text)
        else:
            if skipping is not None:
                if element is skipping:
                    skipping = None
                    if element.tail:
                        buffer.append(element.tail)
                continue
            if tag in _BLOCKS:
                flush()
            if element.tail:
                buffer.append(element.tail)
    flush()
    return "\n".join(lines) + ("\n" if lines else "")
