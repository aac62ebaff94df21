"""Build one BeautifulSoup tree from bytes or text: lxml first, the pure-Python builder after.

Bytes are decoded by :func:`newsclaims.decoding.decode_bytes` (BOM, the declared charset if the
bytes really are in it, UTF-8, detection) rather than by bs4, so every ingester agrees on what a
page's text is, and the encoding actually used is reported.
"""

import logging
import warnings

from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning

from newsclaims.errors import MalformedHTML

logger = logging.getLogger(__name__)

try:  # lxml is a declared dependency, but a pure-Python install must still work.
    import lxml  # noqa: F401

    _BUILDERS: tuple[str, ...] = ("lxml", "html.parser")
except ImportError:  # pragma: no cover - exercised only without lxml
    _BUILDERS = ("html.parser",)


def _has_body_text(soup: BeautifulSoup) -> bool:
    return soup.find(True) is not None


def parse_html(text: str, *, location: str | None = None) -> BeautifulSoup:
    """Parse ``text`` into a soup; raise :class:`MalformedHTML` if no builder can.

    lxml is tried first; the pure-Python builder is the fallback when lxml is missing, raises,
    recurses too deep, or returns an empty tree for non-empty markup.
    """
    last_error: BaseException | None = None
    for builder in _BUILDERS:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
                warnings.simplefilter("ignore", UserWarning)
                soup = BeautifulSoup(text, builder)
        except RecursionError as exc:
            last_error = exc
            logger.debug("%s: builder %s recursed too deep", location, builder)
            continue
        except Exception as exc:  # a builder's own failure: try the next one
            last_error = exc
            logger.debug("%s: builder %s failed: %r", location, builder, exc)
            continue
        if builder != _BUILDERS[-1] and "<" in text and not _has_body_text(soup):
            last_error = None
            continue
        return soup
    raise MalformedHTML(
        f"could not be parsed as HTML: {type(last_error).__name__ if last_error else 'empty'}",
        source=location,
    )
