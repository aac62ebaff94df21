"""Files over Limits.max_bytes: detected on their head, streamed by ingesters that can."""

import pathlib
from collections.abc import Iterator
from typing import IO

import pytest

import newsclaims
from newsclaims.document import Document
from newsclaims.errors import InputTooLarge
from newsclaims.hookspecs import hookimpl
from newsclaims.limits import Limits
from newsclaims.model import Article, Source
from newsclaims.plugins import PluginRegistry


class _Lines:
    """Reads 'LINES' files: one article per line after the magic."""

    name = "lines"
    media_types = ("text/x-lines",)
    extensions = (".lines",)

    def __init__(self) -> None:
        self.streamed = 0

    def detect(self, document: Document) -> float:
        return 1.0 if document.head.startswith(b"LINES\n") else 0.0

    def ingest(self, document: Document) -> Iterator[Article]:
        yield from self._articles(document.data.decode().splitlines()[1:], document.location)

    def ingest_stream(self, stream: IO[bytes], *, location: str | None = None
                      ) -> Iterator[Article]:
        self.streamed += 1
        assert stream.readline() == b"LINES\n"
        lines = (raw.decode().rstrip("\n") for raw in stream)
        yield from self._articles(lines, location)

    def _articles(self, lines: "Iterator[str] | list[str]", location: str | None
                  ) -> Iterator[Article]:
        for line in lines:
            if line:
                yield Article.from_paragraphs([line], title=line[:10],
                                              source=Source(location=location, ingester="lines"))


class _NoStream(_Lines):
    name = "nostream"
    ingest_stream = None  # type: ignore[assignment]

    def detect(self, document: Document) -> float:
        return 1.0 if document.head.startswith(b"NOSTREAM\n") else 0.0


def _registry(ingester: object) -> PluginRegistry:
    class Plugin:
        @hookimpl
        def register_ingesters(self, register):  # type: ignore[no-untyped-def]
            register(ingester)

    registry = PluginRegistry(load_entry_points=False)
    registry.register(Plugin(), "test-plugin")
    return registry


def test_large_file_is_streamed_by_a_streaming_ingester(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "big.lines"
    path.write_bytes(b"LINES\n" + b"".join(b"story number %d here\n" % i for i in range(2000)))
    ingester = _Lines()
    limits = Limits(max_bytes=1024)  # far below the file's size
    found = newsclaims.ingest(path, limits=limits, registry=_registry(ingester), quotes=False)
    assert len(found) == 2000
    assert ingester.streamed == 1
    assert found[-1].body == "story number 1999 here"
    assert found[0].source.location == str(path)


def test_large_file_without_streaming_is_too_large(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "big.nostream"
    path.write_bytes(b"NOSTREAM\n" + b"x line\n" * 1000)
    with pytest.raises(InputTooLarge) as info:
        newsclaims.ingest(path, limits=Limits(max_bytes=512), registry=_registry(_NoStream()))
    assert "cannot stream" in str(info.value)
    assert str(path) in str(info.value)


def test_small_file_still_read_whole(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "small.lines"
    path.write_bytes(b"LINES\none story\n")
    ingester = _Lines()
    found = newsclaims.ingest(path, registry=_registry(ingester), quotes=False)
    assert [a.body for a in found] == ["one story"]
    assert ingester.streamed == 0


def test_warc_over_the_limit_streams_through_detection(tmp_path: pathlib.Path) -> None:
    warcio = pytest.importorskip("warcio")
    pytest.importorskip("newsclaims_warc")
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for i in range(30):
            html = (f"<html><head><title>Story {i}</title></head><body><article><h1>Story {i}"
                    f"</h1><p>The council approved plan number {i} after a long debate on "
                    "Tuesday evening, officials said.</p><p>Residents will be consulted again "
                    "next spring, according to the town hall.</p></article></body></html>")
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            record = writer.create_warc_record(f"https://news.example/{i}", "response",
                                               payload=io.BytesIO(html.encode()),
                                               http_headers=headers)
            writer.write_record(record)
    assert warcio is not None
    size = path.stat().st_size
    found = newsclaims.ingest(path, limits=Limits(max_bytes=size // 3), quotes=False)
    assert len(found) == 30
    assert {a.url for a in found} == {f"https://news.example/{i}" for i in range(30)}
