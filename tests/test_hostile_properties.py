"""Property: for every registered ingester, detect and ingest on arbitrary input either give
valid articles or raise a ``newsclaims.errors`` exception — never anything else, never a hang.

The ingester list is read from the registry, so plugins and later ingesters are covered.
Examples per test come from the hypothesis profile ("ci" in CI, "nightly" by hand).
"""

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclaims.document import Document
from newsclaims.errors import NewsclaimsError
from newsclaims.limits import Limits, using_limits
from newsclaims.model import Article
from newsclaims.pipeline import iter_ingest
from newsclaims.plugins import IngesterInfo, get_registry
from newsclaims.testing import check_integrity
from tests.cpu_deadline import cpu_deadline

SECONDS = 10.0  # CPU seconds for one example
LIMITS = Limits(max_bytes=1 << 20, max_paragraphs=500, max_quotes=200, max_feed_entries=100)

INGESTERS: list[IngesterInfo] = get_registry().ingesters()

FRAGMENTS = [
    "<html>", "<head>", "<meta charset='windows-1251'>", "<title>", "</title>", "<body>",
    "<p>", "</p>", "<div>", "</div>", "<article>", "<script>", "</script>", "<!--", "-->",
    "<![CDATA[", "]]>", "<br/>", "<a href='http://x.org/a'>", "</a>", "&amp;", "&#x0;",
    "&#128512;", "&nbsp;", "&lol;", '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0">', "<channel>", "<item>", "</item>", "<title>", "<description>",
    "</description>", "<pubDate>Tue, 10 Jun 2025 09:00:00 GMT</pubDate>",
    '<feed xmlns="http://www.w3.org/2005/Atom">', "<entry>", "</entry>", "<summary>",
    "<!DOCTYPE x [<!ENTITY a 'aa'>]>", "“", "”", "«", "»", '"', "'", "‘", "’", "—", "\n\n",
    "\n", " ", "\t", "\x00", "\ud800", "\ufeff", "said", "the mayor said.", "John Smith",
    "Dr. Ana Li, the minister,", "1,000", "$5 million", "on Tuesday", "By Jane Doe",
    "Published 10 June 2025", "Похоже", "東京", "é", "\u200b", ".", "!", "?", ",",
]
structured = st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join)
any_text = st.one_of(st.text(max_size=1500), structured)
any_bytes = st.one_of(
    st.binary(max_size=1500),
    structured.map(lambda s: s.encode("utf-8", "surrogatepass")),
    structured.map(lambda s: s.encode("cp1251", "replace")),
    structured.map(lambda s: s.encode("utf-16", "surrogatepass")),
)
names = st.sampled_from(["x.txt", "x.html", "x.xml", "x.rss", "x", None])


def _check_article(article: object, *, strict_unicode: bool) -> None:
    assert isinstance(article, Article)
    check_integrity(article, strict_unicode=strict_unicode)


def _document(data: bytes | str, name: str | None) -> Document:
    if isinstance(data, str):
        return Document.from_text(data, location=name)
    return Document.from_bytes(data, location=name)


def _run_ingester(info: IngesterInfo, document: Document) -> None:
    with cpu_deadline(SECONDS):
        score = info.ingester.detect(document)
        assert isinstance(score, (int, float)) and 0.0 <= float(score) <= 1.0
        try:
            with using_limits(LIMITS):
                for article in info.ingester.ingest(document):
                    _check_article(article, strict_unicode=False)
        except NewsclaimsError:
            pass


ids = [info.ingester.name for info in INGESTERS]


def test_ingesters_are_registered() -> None:
    assert {"text", "html"} <= set(ids)


@pytest.mark.parametrize("info", INGESTERS, ids=ids)
@given(data=any_bytes, name=names)
def test_ingester_on_arbitrary_bytes(info: IngesterInfo, data: bytes, name: str | None) -> None:
    _run_ingester(info, _document(data, name))


@pytest.mark.parametrize("info", INGESTERS, ids=ids)
@given(text=any_text, name=names)
def test_ingester_on_arbitrary_text(info: IngesterInfo, text: str, name: str | None) -> None:
    # Documents from text the library decoded hold no lone surrogates; the pipeline's own
    # str path cleans text first (tested below), so give the ingester what it would get.
    from newsclaims.decoding import clean_text

    _run_ingester(info, _document(clean_text(text), name))


@given(data=st.one_of(any_bytes, any_text), name=names)
def test_pipeline_hands_out_only_valid_unicode(data: bytes | str, name: str | None) -> None:
    source: Any = data if name is None else _document(data, name)
    with cpu_deadline(SECONDS):
        try:
            for article in iter_ingest(source, limits=LIMITS):
                _check_article(article, strict_unicode=True)
        except NewsclaimsError as exc:
            # PluginError from a built-in ingester means it raised something untyped.
            assert type(exc).__name__ != "PluginError", str(exc)
