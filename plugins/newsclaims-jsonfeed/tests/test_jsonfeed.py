"""The JSON Feed ingester on feeds written for these tests."""

import datetime as dt
import json
import pathlib
from typing import Any

import newsclaims
import pytest
from hypothesis import given
from hypothesis import strategies as st
from newsclaims.document import Document
from newsclaims.errors import MalformedFeed, NewsclaimsError
from newsclaims.limits import Limits
from newsclaims.plugins import PluginRegistry

import newsclaims_jsonfeed
from newsclaims_jsonfeed import JsonFeedIngester
from newsclaims_jsonfeed.dates import parse_rfc3339

UTC = dt.timezone.utc
SHARED_FEEDS = pathlib.Path(__file__).resolve().parents[4] / "shared" / "data" / "feeds"

FEED_1_0: dict[str, Any] = {
    "version": "https://jsonfeed.org/version/1",
    "title": "Harbour Notes",
    "home_page_url": "https://notes.example/",
    "author": {"name": "Ada Quill", "url": "https://notes.example/ada"},
    "items": [
        {
            "id": 17,
            "url": "https://notes.example/ferry",
            "title": "Ferry  route approved",
            "content_html": "<p>The council approved the route.</p><h2>Next</h2>"
                            "<p>Boats start in May.</p><script>x()</script>",
            "summary": "Approved.",
            "date_published": "2024-03-05T09:15:00+01:00",
        },
        {
            "id": "b",
            "external_url": "https://elsewhere.example/story",
            "content_text": "First paragraph.\n\nSecond paragraph.",
            "date_modified": "2024-03-06T10:00:00Z",
            "author": {"name": "Ben Row"},
        },
    ],
}

FEED_1_1: dict[str, Any] = {
    "version": "https://jsonfeed.org/version/1.1",
    "title": "Stadtnotizen",
    "language": "de-DE",
    "authors": [{"name": "Redaktion"}],
    "items": [
        {
            "id": "1",
            "url": "https://stadt.example/1",
            "summary": "Die Stadt plant eine neue Buslinie.",
            "date_published": "2024-03-04T08:30:00.123456789+01:00",
        },
        {
            "id": "2",
            "url": "https://stadt.example/2",
            "language": "en_GB",
            "authors": [{"name": "Jo Park"}, {"name": "Ann Lee"}],
            "author": {"name": "Legacy Name"},
            "content_html": "Fish &amp; chips, reviewed",
            "attachments": [{"url": "https://stadt.example/a.mp3", "mime_type": "audio/mpeg"}],
        },
    ],
}


def _ingest(feed: Any, **kwargs: Any) -> list[newsclaims.Article]:
    data = feed if isinstance(feed, bytes) else json.dumps(feed).encode()
    document = Document.from_bytes(data, location="feed.json")
    return list(JsonFeedIngester(**kwargs).ingest(document))


def test_version_1_0_items() -> None:
    first, second = _ingest(FEED_1_0)
    assert first.title == "Ferry route approved"
    assert first.url == "https://notes.example/ferry"
    assert first.outlet == "Harbour Notes"
    assert first.authors == ("Ada Quill",)
    assert first.published == dt.datetime(2024, 3, 5, 8, 15, tzinfo=UTC)
    assert first.published.utcoffset() == dt.timedelta(hours=1)
    assert [p.role for p in first.paragraphs] == ["paragraph", "subheading", "paragraph"]
    assert "x()" not in first.body
    assert first.is_teaser is False
    assert first.standfirst == "Approved."  # a summary that is not the content's opening
    assert second.standfirst is None
    assert first.source.ingester == "jsonfeed"
    assert first.source.media_type == "application/feed+json"
    assert first.source.entry == "17"  # a numeric id is coerced to a string
    assert second.url == "https://elsewhere.example/story"
    assert second.body == "First paragraph.\n\nSecond paragraph."
    assert second.authors == ("Ben Row",)
    assert second.published == second.updated == dt.datetime(2024, 3, 6, 10, tzinfo=UTC)


def test_version_1_1_items() -> None:
    first, second = _ingest(FEED_1_1)
    assert first.is_teaser is True
    assert first.body == "Die Stadt plant eine neue Buslinie."
    assert first.language == "de-DE"
    assert first.authors == ("Redaktion",)
    assert first.published == dt.datetime(2024, 3, 4, 7, 30, 0, 123456, tzinfo=UTC)
    # authors (1.1) wins over the deprecated author.
    assert second.authors == ("Jo Park", "Ann Lee")
    assert second.language == "en-GB"
    assert second.body == "Fish & chips, reviewed"
    assert any("a.mp3" in w for w in second.warnings)


def test_summary_repeating_the_opening_is_not_a_standfirst() -> None:
    item = {"id": "1", "summary": "Boats start in May, the council said",
            "content_html": "<p>Boats start in May, the council said on Monday.</p>"}
    (article,) = _ingest({"version": "https://jsonfeed.org/version/1.1", "items": [item]})
    assert article.standfirst is None
    assert article.body == "Boats start in May, the council said on Monday."


def test_wrong_types_cost_the_field_not_the_feed() -> None:
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": 42,
        "items": [
            {
                "id": "1",
                "title": 3.5,
                "url": ["not", "a", "string"],
                "content_html": "<p>Kept body.</p>",
                "date_published": 20240101,
                "authors": {"name": "not a list"},
                "language": True,
                "attachments": "nope",
            },
            "not an object",
            {"id": "2", "content_text": "Second."},
        ],
    }
    first, second = _ingest(feed)
    assert first.body == "Kept body."
    assert (first.title, first.url, first.published, first.language) == (None,) * 4
    assert first.outlet is None
    assert any("'title'" in w for w in first.warnings)
    assert any("'date_published'" in w for w in first.warnings)
    assert second.body == "Second."


def test_missing_fields_give_an_empty_but_valid_article() -> None:
    (article,) = _ingest({"version": "https://jsonfeed.org/version/1", "items": [{}]})
    assert article.body == "" and article.title is None and article.url is None
    assert any("no text" in w for w in article.warnings)


@pytest.mark.parametrize(
    "data",
    [
        b"{not json",
        b"[1, 2, 3]",
        b'{"version": "1.0", "items": []}',
        b'{"title": "no version"}',
        b'{"version": "https://jsonfeed.org/version/1.1", "items": {"a": 1}}',
        b"\xff\xfe\x00garbage",
        b"[" * 100_000,
    ],
)
def test_not_a_json_feed_raises_malformed_feed(data: bytes) -> None:
    with pytest.raises(MalformedFeed, match=r"feed\.json"):
        _ingest(data)


@pytest.mark.parametrize(
    ("data", "score"),
    [
        (json.dumps(FEED_1_0).encode(), 0.95),
        (b'\xef\xbb\xbf {"items": [], "version": "https:\\/\\/jsonfeed.org\\/version\\/1.1"}',
         0.95),
        (json.dumps(FEED_1_1).encode("utf-16"), 0.95),
        (b'{"version": "2.0", "items": []}', 0.0),
        (b'{"data": [1, 2]}', 0.0),
        (b"[]", 0.0),
        (b'<rss version="2.0"/>', 0.0),
        (b"", 0.0),
    ],
)
def test_detect(data: bytes, score: float) -> None:
    assert JsonFeedIngester().detect(Document.from_bytes(data)) == score


def test_detects_a_version_member_after_a_long_items_list() -> None:
    feed = {"items": [{"id": str(i), "content_text": "x" * 100} for i in range(1000)],
            "version": "https://jsonfeed.org/version/1.1"}
    data = json.dumps(feed).encode()
    assert len(data) > 65536
    assert JsonFeedIngester().detect(Document.from_bytes(data)) == 0.95


def test_items_are_capped_by_the_limit() -> None:
    feed = {"version": "https://jsonfeed.org/version/1.1",
            "items": [{"id": str(i), "content_text": f"n{i}"} for i in range(10)]}
    assert [a.body for a in _ingest(feed, limits=Limits(max_feed_entries=2))] == ["n0", "n1"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2024-03-05T09:15:00Z", dt.datetime(2024, 3, 5, 9, 15, tzinfo=UTC)),
        ("2024-03-05t09:15:00.5-05:30",
         dt.datetime(2024, 3, 5, 14, 45, 0, 500000, tzinfo=UTC)),
        ("2020-01-04T01:00:00+0100", dt.datetime(2020, 1, 4, 0, 0, tzinfo=UTC)),
        ("2024-03-05", dt.date(2024, 3, 5)),
        ("2024-02-30T10:00:00Z", None),
    ],
)
def test_rfc3339(raw: str, expected: dt.date | None) -> None:
    assert parse_rfc3339(raw) == expected


@given(st.text(max_size=40))
def test_rfc3339_never_raises(raw: str) -> None:
    value = parse_rfc3339(raw)
    assert value is None or isinstance(value, dt.date)


@given(st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.sampled_from(["id", "title", "url", "content_html", "content_text",
                                       "summary", "authors", "author", "name", "language",
                                       "date_published", "attachments", "items"]),
                      children, max_size=6),
    max_leaves=20,
))
def test_any_json_under_a_valid_version_gives_articles_or_malformed_feed(value: Any) -> None:
    feed = {"version": "https://jsonfeed.org/version/1.1", "items": value}
    try:
        articles = _ingest(feed)
    except MalformedFeed:
        assert not isinstance(value, list)
        return
    assert articles == _ingest(feed)  # same bytes, identical articles


@given(st.binary(max_size=1000))
def test_detect_and_ingest_on_arbitrary_bytes(data: bytes) -> None:
    document = Document.from_bytes(data)
    assert 0.0 <= JsonFeedIngester().detect(document) <= 1.0
    try:
        articles = list(JsonFeedIngester().ingest(document))
    except NewsclaimsError:
        return
    assert all(isinstance(a, newsclaims.Article) for a in articles)


def test_hook_registers_the_ingester() -> None:
    registry = PluginRegistry(load_entry_points=False)
    registry.register(newsclaims_jsonfeed, "jsonfeed")
    names = [info.ingester.name for info in registry.ingesters()]
    assert "jsonfeed" in names and "rss" in names
    articles = newsclaims.ingest(json.dumps(FEED_1_0).encode(), registry=registry, quotes=False)
    assert [a.source.ingester for a in articles] == ["jsonfeed", "jsonfeed"]


def test_entry_point_is_installed() -> None:
    import importlib.metadata

    points = importlib.metadata.entry_points(group="newsclaims")
    assert any(p.name == "jsonfeed" and p.value == "newsclaims_jsonfeed" for p in points)


@pytest.mark.skipif(not SHARED_FEEDS.is_dir(), reason="development feeds not present")
def test_development_samples_ingest() -> None:
    counts = {}
    for path in sorted(SHARED_FEEDS.glob("*.json")):
        articles = newsclaims.ingest(path, format="jsonfeed", quotes=False)
        counts[path.name] = len(articles)
    assert counts and all(count > 0 for count in counts.values())
