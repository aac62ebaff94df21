"""HTML pages: main-content extraction and page metadata (see :mod:`newsclaims.html`)."""

import re
from collections.abc import Iterator

import attrs

from newsclaims.decoding import clean_text
from newsclaims.document import Document
from newsclaims.hookspecs import hookimpl
from newsclaims.html.decode import decode_page
from newsclaims.html.page import page_article
from newsclaims.model import Article

# Feeds are XML that can look like markup: they belong to the feed ingester.
_FEED = re.compile(rb"<(?:rss|feed|rdf:RDF|channel)[\s>/]", re.IGNORECASE)
_DOCTYPE = re.compile(rb"<!doctype\s+html", re.IGNORECASE)
_STRONG = re.compile(rb"<(?:html|head|body)[\s>]", re.IGNORECASE)
_BLOCK = re.compile(rb"<(?:p|div|span|a|br|table|h[1-6]|ul|li|meta|title|script)[\s>/]",
                    re.IGNORECASE)
_MARKUP = re.compile(rb"<[A-Za-z!/]")


def _head_text(document: Document) -> bytes:
    head = document.head
    # UTF-16/32 pages: sniff their ASCII projection.
    if head[:2] in (b"\xff\xfe", b"\xfe\xff") or (len(head) > 1 and b"\x00" in head[:64]):
        head = head.replace(b"\x00", b"")
    return head.lstrip(b"\xef\xbb\xbf\xff\xfe \t\r\n")


def detect_html(document: Document) -> float:
    """How sure we are that ``document`` is an HTML page, by its markup (not its name)."""
    head = _head_text(document)
    if not head:
        return 0.0
    if _FEED.search(head) or head[:1] in (b"{", b"["):
        # Feeds and JSON (a JSON Feed carries HTML in its strings) belong to other ingesters.
        return 0.0
    if _DOCTYPE.match(head) or re.match(rb"<html[\s>]", head, re.IGNORECASE):
        return 0.95
    strong = len(_STRONG.findall(head))
    blocks = len(_BLOCK.findall(head))
    if strong >= 2 or (strong and blocks >= 2):
        return 0.9
    if blocks >= 3 and len(_MARKUP.findall(head)) * 200 >= len(head):
        return 0.6
    if not head.startswith(b"<"):
        # Prose that mentions a tag or two is text, not a page.
        return 0.0
    if blocks >= 1:
        score = 0.3
    elif strong:
        score = 0.4
    else:
        return 0.0
    if document.name.endswith((".html", ".htm", ".xhtml")):
        score += 0.2
    return score


@attrs.frozen
class HtmlIngester:
    """Reads one HTML page into one Article."""

    name: str = "html"
    media_types: tuple[str, ...] = ("text/html", "application/xhtml+xml")
    extensions: tuple[str, ...] = (".html", ".htm", ".xhtml")

    def detect(self, document: Document) -> float:
        try:
            return detect_html(document)
        except Exception:  # detect must never raise
            return 0.0

    def ingest(self, document: Document) -> Iterator[Article]:
        given = document.given_text
        if given is not None:
            # Built from a str: it is text already; decoding its UTF-8 bytes again could only
            # second-guess it (control characters read as "binary").
            text, encoding = clean_text(given), "utf-8"
        else:
            text, encoding = decode_page(document.data, location=document.location)
        yield page_article(text, location=document.location, encoding=encoding)


@hookimpl
def register_ingesters(register):  # type: ignore[no-untyped-def]
    register(HtmlIngester())
