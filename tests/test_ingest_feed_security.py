"""Hostile feeds: entity expansion bombs and external entities finish fast and expand nothing.

feedparser's strict (expat) path refuses these, but its loose fallback expands the internal
entities it judges "safe": without newsclaims' prolog screening, QUADRATIC below builds a
5 GB string. Each test here must finish in well under a second.
"""

import pathlib
import time

import pytest

from newsclaims.document import Document
from newsclaims.errors import NewsclaimsError
from newsclaims.feeds.prolog import make_safe
from newsclaims.ingesters.feed import FeedIngester

_LAUGHS = "".join(
    f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">\n' for i in range(1, 10)
)
BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY lol0 "lol">\n' + _LAUGHS + "]>\n"
    '<rss version="2.0"><channel><title>Bomb</title>'
    "<item><title>&lol9;</title><description>&lol9;</description></item></channel></rss>"
).encode()

QUADRATIC = (
    b'<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY a "' + b"A" * 100_000 + b'">\n]>\n'
    b'<rss version="2.0"><channel><title>Quad</title><item><title>t</title><description>'
    + b"&a;" * 50_000
    + b"</description></item></channel></rss>"
)


def _external(path: pathlib.Path, one_line: bool = False) -> bytes:
    separator = " " if one_line else "\n"
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE rss [{separator}'
        f'<!ENTITY secret SYSTEM "file://{path}">{separator}]>\n'
        '<rss version="2.0"><channel><title>XXE</title>'
        "<item><title>t</title><description>x &secret; y</description></item>"
        "</channel></rss>"
    ).encode()


def _timed_ingest(data: bytes) -> tuple[list, float]:
    start = time.perf_counter()
    try:
        articles = list(FeedIngester().ingest(Document.from_bytes(data, location="hostile.xml")))
    except NewsclaimsError:
        articles = []
    return articles, time.perf_counter() - start


@pytest.mark.parametrize(
    "data",
    [
        BILLION_LAUGHS,
        BILLION_LAUGHS.replace(b"\n<!ENTITY", b"<!ENTITY"),
        QUADRATIC,
        QUADRATIC.replace(b"\n<!ENTITY", b" <!ENTITY"),
        b"\xff\xfe" + QUADRATIC.decode().encode("utf-16-le"),
    ],
    ids=["billion-laughs", "billion-laughs-one-line", "quadratic", "quadratic-one-line",
         "quadratic-utf16"],
)
def test_entity_bombs_finish_fast_and_expand_nothing(data: bytes) -> None:
    articles, elapsed = _timed_ingest(data)
    assert elapsed < 5.0
    for article in articles:
        # Unexpanded references may stay as text: output no larger than the input.
        assert len(article.body) < len(data)
        assert "lollol" not in article.body and "AAAAAAAAAA" not in article.body
        assert any("DTD" in w for w in article.warnings)


@pytest.mark.parametrize("one_line", [False, True])
def test_external_entities_are_not_resolved(tmp_path: pathlib.Path, one_line: bool) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    articles, elapsed = _timed_ingest(_external(secret, one_line))
    assert elapsed < 5.0
    for article in articles:
        assert "TOP-SECRET" not in article.body
        assert "TOP-SECRET" not in (article.title or "")


def test_doctype_without_subset_is_kept() -> None:
    data = (b'<?xml version="1.0"?>\n<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS'
            b' 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n<rss/>')
    assert make_safe(data) == (data, ())


def test_subset_is_removed_but_the_rest_of_the_doctype_stays() -> None:
    data = b'<!DOCTYPE rss SYSTEM "rss.dtd" [ <!ENTITY x "]>" > ]>\n<rss/>'
    safe, warnings = make_safe(data)
    assert safe == b'<!DOCTYPE rss SYSTEM "rss.dtd">\n<rss/>'
    assert warnings


def test_entity_declarations_that_cannot_be_located_are_refused() -> None:
    # An unterminated DOCTYPE: feedparser would still find the declaration.
    data = b'<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY a "b">\n<rss><channel/></rss>'
    with pytest.raises(NewsclaimsError):
        make_safe(data)
