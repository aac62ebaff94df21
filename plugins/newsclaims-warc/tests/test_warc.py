"""The WARC plugin from the outside: detection, records, dates, truncation, the contract."""

import datetime as dt
import gzip
import io
import pathlib
from typing import ClassVar

import newsclaims
import pytest
from hypothesis import given
from hypothesis import strategies as st
from newsclaims.errors import ErrorRecord, MalformedInput
from newsclaims.plugins import get_registry
from newsclaims.testing import IngesterContract

from archives import PAGES, WARC_DATE, page_html, write_arc, write_warc
from newsclaims_warc import WarcIngester, archive_kind, iter_articles, iter_html_records
from newsclaims_warc.records import parse_warc_date

CAPTURED = dt.datetime(2024, 3, 5, 10, 20, 30, tzinfo=dt.timezone.utc)
URLS = [url for url, _, _ in PAGES]


def _write(tmp_path: pathlib.Path, name: str, data: bytes) -> pathlib.Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# -- detection ----------------------------------------------------------------------------


@pytest.mark.parametrize("gzipped", [False, True])
def test_detects_warc_plain_and_gzipped(gzipped: bool) -> None:
    assert archive_kind(write_warc(gzipped=gzipped)) == "warc"


def test_detects_arc_and_gzipped_arc() -> None:
    assert archive_kind(write_arc()) == "arc"
    assert archive_kind(gzip.compress(write_arc())) == "arc"


@pytest.mark.parametrize("head", [
    b"", b"WARC/", b"WARC/2.5\r\n", b"<html>WARC/1.0", b"\x1f\x8b", b"\x1f\x8bnot gzip at all",
    gzip.compress(b"plain text, not an archive"),
])
def test_rejects_lookalikes(head: bytes) -> None:
    assert archive_kind(head) is None


@given(st.binary(max_size=600))
def test_sniffing_never_raises(head: bytes) -> None:
    assert archive_kind(head) in (None, "warc", "arc")


def test_pipeline_picks_warc_by_content_not_name(tmp_path: pathlib.Path) -> None:
    path = _write(tmp_path, "crawl-0001.bin", write_warc(gzipped=True))
    articles = newsclaims.ingest(path, quotes=False)
    assert [a.url for a in articles] == URLS
    assert {a.source.ingester for a in articles} == {"warc"}


# -- records ------------------------------------------------------------------------------


@pytest.mark.parametrize("gzipped", [False, True])
def test_one_article_per_html_200_response(tmp_path: pathlib.Path, gzipped: bool) -> None:
    # The request, PDF, 404, revisit and warcinfo records yield nothing.
    name = "x.warc.gz" if gzipped else "x.warc"
    path = _write(tmp_path, name, write_warc(gzipped=gzipped))
    articles = newsclaims.ingest(pathlib.Path(path), quotes=False)
    assert [a.url for a in articles] == URLS
    assert [a.title for a in articles] == [title for _, title, _ in PAGES]
    for article, (_, _, paragraphs) in zip(articles, PAGES, strict=True):
        # Paragraph selection is the html ingester's job; the page's lead must be there.
        assert article.paragraphs[0].text == paragraphs[0]
        assert "Copyright" not in article.body and "Home" not in article.body


def test_source_names_file_and_record(tmp_path: pathlib.Path) -> None:
    path = _write(tmp_path, "x.warc.gz", write_warc(gzipped=True))
    article = newsclaims.ingest(path, quotes=False)[0]
    file, _, record_id = article.source.location.partition("#")
    assert file == str(path)
    assert record_id.startswith("urn:uuid:") and article.source.entry == record_id
    assert article.source.ingester == "warc"


def test_capture_date_is_the_fallback_date() -> None:
    articles = list(WarcIngester().ingest(newsclaims.Document.from_bytes(write_warc(gzipped=True))))
    assert {a.published for a in articles} == {CAPTURED}


def test_a_date_on_the_page_wins_over_the_capture_date() -> None:
    html = page_html("Election results", ["Results were announced late on Sunday night."])
    html = html.replace("<head>", '<head><meta property="article:published_time" '
                                  'content="2023-11-02T08:00:00+00:00">')
    articles = list(WarcIngester().iter_articles(io.BytesIO(_single_response(html.encode()))))
    assert articles and articles[0].published is not None
    assert articles[0].published != CAPTURED


def test_page_the_crawler_truncated_carries_a_warning() -> None:
    html = page_html("Long read", ["A very long article that the crawler cut off at its limit."])
    data = _single_response(html.encode(), {"WARC-Truncated": "length"})
    [article] = WarcIngester().iter_articles(io.BytesIO(data))
    assert any("WARC-Truncated: length" in w for w in article.warnings)
    [plain] = WarcIngester().iter_articles(io.BytesIO(_single_response(html.encode())))
    assert plain.warnings == ()


def _single_response(payload: bytes, headers: dict[str, str] | None = None) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    writer.write_record(writer.create_warc_record(
        "https://votes.example.org/results", "response", payload=io.BytesIO(payload),
        http_headers=StatusAndHeaders("200 OK", [("Content-Type", "text/html")],
                                      protocol="HTTP/1.1"),
        warc_headers_dict={"WARC-Date": WARC_DATE, **(headers or {})}))
    return buf.getvalue()


def test_article_id_follows_the_archive_url() -> None:
    article = next(WarcIngester().iter_articles(io.BytesIO(write_warc(gzipped=False))))
    rebuilt = newsclaims.Article(title=article.title, url=article.url, body=article.body)
    assert article.id == rebuilt.id


def test_gzip_chunked_xhtml_and_http_charset() -> None:
    data = write_warc(gzipped=True, extra_html=True)
    articles = list(WarcIngester().iter_articles(io.BytesIO(data)))
    by_url = {a.url: a for a in articles}
    assert by_url["https://port.example.org/ferry"].title == "Ferry timetable changes"
    cafe = by_url["https://town.example.org/cafe"]
    assert cafe.title == "Café reopens in the old town"
    assert "café on the square" in cafe.body


def test_arc_file(tmp_path: pathlib.Path) -> None:
    path = _write(tmp_path, "old.arc.gz", gzip.compress(write_arc()))
    articles = newsclaims.ingest(path, quotes=False)
    assert [a.url for a in articles] == [PAGES[1][0]]
    assert articles[0].published == CAPTURED
    assert articles[0].source.location == f"{path}#record-1"


# -- damaged archives ---------------------------------------------------------------------


@pytest.mark.parametrize("gzipped", [False, True])
def test_truncated_archive_keeps_the_good_records(tmp_path: pathlib.Path, gzipped: bool) -> None:
    path = _write(tmp_path, "cut.warc.gz" if gzipped else "cut.warc",
                  write_warc(gzipped=gzipped, truncate=True))
    errors: list[ErrorRecord] = []
    articles = newsclaims.ingest(path, on_error=errors.append, quotes=False)
    assert [a.url for a in articles] == URLS
    assert [e.error for e in errors] == ["MalformedInput"]
    assert errors[0].source == str(path)
    with pytest.raises(MalformedInput):
        newsclaims.ingest(path, quotes=False)


_FULL = {gz: write_warc(gzipped=gz) for gz in (False, True)}
_PAYLOADS = {gz: [r.payload for r in iter_html_records(io.BytesIO(d))] for gz, d in _FULL.items()}


def _record_ends(data: bytes) -> list[int]:
    from warcio.archiveiterator import ArchiveIterator

    iterator = ArchiveIterator(io.BytesIO(data))
    return [iterator.get_record_offset() + iterator.get_record_length() for _ in iterator]


_ENDS = {gz: _record_ends(d) for gz, d in _FULL.items()}


@given(gzipped=st.booleans(), fraction=st.floats(min_value=0.0, max_value=1.0))
def test_any_cut_yields_only_whole_records(gzipped: bool, fraction: float) -> None:
    data = _FULL[gzipped]
    cut = int(len(data) * fraction)
    got: list[bytes] = []
    try:
        got.extend(r.payload for r in iter_html_records(io.BytesIO(data[:cut])))
        complete = True
    except MalformedInput:
        complete = False
    assert got == _PAYLOADS[gzipped][: len(got)]
    if complete:  # only a cut between records (before its blank lines) leaves a whole archive
        assert cut == 0 or any(end <= cut <= end + 4 for end in _ENDS[gzipped])


def test_oversized_record_is_skipped() -> None:
    data = write_warc(gzipped=True)
    small = WarcIngester(max_record_bytes=500)
    assert [a.url for a in small.iter_articles(io.BytesIO(data))] == [URLS[2]]


@given(st.text(max_size=40))
def test_parse_warc_date_never_raises(text: str) -> None:
    value = parse_warc_date(text)
    assert value is None or value.tzinfo is not None


@pytest.mark.parametrize(("text", "expected"), [
    ("2024-03-05T10:20:30Z", CAPTURED),
    ("2024-03-05T10:20:30.25Z", CAPTURED.replace(microsecond=250000)),
    ("2024-03-05T10:20:30.123456789Z", CAPTURED.replace(microsecond=123456)),
    ("2024-02-30T10:20:30Z", None),
    ("yesterday", None),
])
def test_parse_warc_date(text: str, expected: dt.datetime | None) -> None:
    assert parse_warc_date(text) == expected


# -- streaming and the plugin system ------------------------------------------------------


def test_iter_articles_streams_from_a_path_like_ingest(tmp_path: pathlib.Path) -> None:
    path = _write(tmp_path, "x.warc.gz", write_warc(gzipped=True))
    articles = iter_articles(path)
    first = next(articles)
    assert first.url == URLS[0]
    rest = list(articles)
    assert [a.url for a in rest] == URLS[1:]
    # The same articles as the pipeline gives, quotes and claims included.
    piped = newsclaims.ingest(path)
    assert [a.to_dict() for a in [first, *rest]] == [a.to_dict() for a in piped]


def test_ingest_stream_matches_ingest(tmp_path: pathlib.Path) -> None:
    path = _write(tmp_path, "x.warc", write_warc(gzipped=False))
    ingester = WarcIngester()
    with path.open("rb") as stream:
        streamed = list(ingester.ingest_stream(stream, location=str(path)))
    assert streamed == list(ingester.ingest(newsclaims.Document.from_path(path)))


def test_listed_as_an_installed_plugin() -> None:
    info = get_registry().get_ingester("warc")
    assert info.package == "newsclaims-warc" and not info.builtin
    assert info.version is not None


class TestWarcContract(IngesterContract):
    ingester = WarcIngester()
    samples: ClassVar = [write_warc(gzipped=True), write_warc(gzipped=False), write_arc()]


def test_whole_file_gzip_is_read_too() -> None:
    # `gzip crawl.warc` makes one member holding every record; warcio alone rejects that.
    data = gzip.compress(write_warc(gzipped=False))
    assert [a.url for a in WarcIngester().iter_articles(io.BytesIO(data))] == URLS


def test_named_format_on_other_input_is_a_typed_error() -> None:
    with pytest.raises(MalformedInput, match="not a WARC or ARC file"):
        newsclaims.ingest("<html><body><p>Just a page.</p></body></html>", format="warc")
