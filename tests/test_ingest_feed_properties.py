"""Properties of the feed ingester and its helpers on generated input."""

import datetime as dt
import time

from hypothesis import given
from hypothesis import strategies as st

from newsclaims.document import Document
from newsclaims.errors import NewsclaimsError
from newsclaims.feeds.dates import normalise_date_string, resolve_date
from newsclaims.feeds.prolog import make_safe
from newsclaims.feeds.sniff import sniff_feed
from newsclaims.ingesters.feed import FeedIngester
from newsclaims.model import Article

INGESTER = FeedIngester()

PROLOGS = st.sampled_from([
    b"",
    b'<?xml version="1.0" encoding="utf-8"?>\n',
    b"\xef\xbb\xbf<!-- c -->\n",
    b'<!DOCTYPE rss [<!ENTITY e "v">]>\n',
    b"\xff\xfe",
])
ROOTS = st.sampled_from([
    b'<rss version="2.0">',
    b'<feed xmlns="http://www.w3.org/2005/Atom">',
    b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
    b'xmlns="http://purl.org/rss/1.0/">',
    b"<channel>",
    b"<html>",
])
# Field text is inserted unescaped, so "<", "&" and "]]>" break the markup as often as not.
FIELD = st.lists(
    st.sampled_from([*"ab <>&;/\"'é…[]!-:", "&amp;", "<p>", "</p>", "]]>", " PM", "2:05",
                     "http://", "[::"]),
    max_size=20,
).map("".join)


@st.composite
def feedish(draw: st.DrawFn) -> bytes:
    items = "".join(
        f"<item><title>{draw(FIELD)}</title><link>{draw(FIELD)}</link>"
        f"<pubDate>{draw(FIELD)}</pubDate><description>{draw(FIELD)}</description></item>"
        for _ in range(draw(st.integers(0, 3)))
    )
    site = draw(st.sampled_from(["", "<link>https://site.example/news/</link>"]))
    body = f"<channel><title>{draw(FIELD)}</title>{site}{items}</channel>".encode()
    return draw(PROLOGS) + draw(ROOTS) + body + draw(st.sampled_from([b"</rss>", b"", b"</feed>"]))


def _ingest_or_error(data: bytes) -> list[Article] | str:
    try:
        return list(INGESTER.ingest(Document.from_bytes(data, location="generated.xml")))
    except NewsclaimsError as exc:
        return type(exc).__name__


@given(st.binary(max_size=2000))
def test_detect_never_raises_on_arbitrary_bytes(data: bytes) -> None:
    assert 0.0 <= INGESTER.detect(Document.from_bytes(data)) <= 1.0


@given(feedish())
def test_detect_never_raises_on_feedish_bytes(data: bytes) -> None:
    assert INGESTER.detect(Document.from_bytes(data)) in (0.0, 0.3, 0.95)


@given(st.binary(max_size=2000))
def test_ingest_raises_only_newsclaims_errors_on_arbitrary_bytes(data: bytes) -> None:
    result = _ingest_or_error(data)
    assert isinstance(result, (list, str))


@given(feedish())
def test_ingest_raises_only_newsclaims_errors_and_is_deterministic(data: bytes) -> None:
    first = _ingest_or_error(data)
    assert first == _ingest_or_error(data)
    if isinstance(first, list):
        for article in first:
            for paragraph in article.paragraphs:
                assert paragraph.span.slice(article.body) == paragraph.text
            for value in (article.published, article.updated):
                assert not isinstance(value, dt.datetime) or value.tzinfo is not None


@given(st.text(max_size=60))
def test_date_helpers_never_raise(raw: str) -> None:
    normalised = normalise_date_string(raw)
    assert isinstance(normalised, str)
    value = resolve_date(raw, None)
    assert value is None or isinstance(value, dt.date)
    assert not isinstance(value, dt.datetime) or value.tzinfo is not None


@given(st.binary(max_size=500))
def test_make_safe_is_idempotent(data: bytes) -> None:
    try:
        once, _ = make_safe(data)
    except NewsclaimsError:
        return
    assert make_safe(once)[0] == once
    assert sniff_feed(once) == sniff_feed(data) or data.startswith((b"\xff\xfe", b"\xfe\xff"))


def test_sniffing_is_linear_on_long_prologs() -> None:
    data = b"<!--" + b"-" * 2_000_000 + b"-->" + b"<!-- x -->" * 100_000 + b"<rss/>"
    start = time.perf_counter()
    assert sniff_feed(data) is None  # the root is past the sniffing window
    assert make_safe(data)[0] == data
    assert time.perf_counter() - start < 2.0
