"""newsclaims.ingest: every kind of source, detection vs a named format, typed errors."""

import io
import pathlib
from collections.abc import Iterator

import pytest

import newsclaims
from newsclaims.document import Document
from newsclaims.errors import SourceNotFound, UnknownFormat, UnknownIngester
from newsclaims.hookspecs import hookimpl
from newsclaims.model import Article, Source
from newsclaims.plugins import PluginRegistry

TEXT = "A headline about the harbour\n\nThe harbour reopened on Monday after a storm.\n"


def test_str_is_content_never_a_path(tmp_path: pathlib.Path) -> None:
    (tmp_path / "exists.txt").write_text("Other title\n\nOther body sentence here.\n")
    articles = newsclaims.ingest(str(tmp_path / "exists.txt"))
    # the path string itself was read as (one-line) content, not opened
    assert all("Other body" not in a.body for a in articles)


def test_bytes_file_objects_and_paths_give_the_same_article(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(TEXT, encoding="utf-8")
    from_path = newsclaims.ingest(path, quotes=False)[0]
    from_bytes = newsclaims.ingest(TEXT.encode(), quotes=False)[0]
    from_binary = newsclaims.ingest(io.BytesIO(TEXT.encode()), quotes=False)[0]
    from_text_io = newsclaims.ingest(io.StringIO(TEXT), quotes=False)[0]
    assert from_path.body == from_bytes.body == from_binary.body == from_text_io.body
    assert from_path.id == from_bytes.id
    assert from_path.source.location == str(path)


def test_directory_is_read_recursively_in_order_and_hidden_files_skipped(
    tmp_path: pathlib.Path,
) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text(TEXT)
    (tmp_path / "b" / "c.txt").write_text(TEXT.replace("harbour", "airport"))
    (tmp_path / ".hidden.txt").write_text("Secret\n\nShould not be read at all.\n")
    locations = [a.source.location for a in newsclaims.ingest(tmp_path, quotes=False)]
    assert locations == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "c.txt")]


def test_iter_ingest_is_lazy() -> None:
    iterator = newsclaims.iter_ingest([TEXT, TEXT.replace("harbour", "port")], quotes=False)
    assert isinstance(iterator, Iterator)
    assert next(iterator).body


def test_missing_path_raises_typed_error_or_is_reported(tmp_path: pathlib.Path) -> None:
    with pytest.raises(SourceNotFound) as info:
        newsclaims.ingest(tmp_path / "nope.txt")
    assert "nope.txt" in str(info.value)
    records: list[newsclaims.ErrorRecord] = []
    articles = newsclaims.ingest([tmp_path / "nope.txt", TEXT], on_error=records.append)
    assert len(articles) == 1
    assert [r.error for r in records] == ["SourceNotFound"]


def test_unknown_format_name() -> None:
    with pytest.raises(UnknownIngester):
        newsclaims.ingest(TEXT, format="no-such-format")


def test_unsupported_source_type() -> None:
    with pytest.raises(TypeError):
        newsclaims.ingest(42)  # type: ignore[arg-type]


class _Shouty:
    """A tiny ingester for documents that start with 'SHOUT:'."""

    name = "shout"
    media_types = ("text/x-shout",)
    extensions = (".shout",)

    def detect(self, document: Document) -> float:
        return 1.0 if document.head.startswith(b"SHOUT:") else 0.0

    def ingest(self, document: Document) -> Iterator[Article]:
        body = document.text.removeprefix("SHOUT:").strip()
        yield Article.from_paragraphs([body.upper()], title="shout",
                                      source=Source(ingester=self.name))


class _ShoutPlugin:
    @hookimpl
    def register_ingesters(self, register):  # type: ignore[no-untyped-def]
        register(_Shouty())


def test_in_process_plugin_by_detection_and_by_name() -> None:
    registry = PluginRegistry(load_entry_points=False)
    registry.register(_ShoutPlugin(), "shout-plugin")
    detected = newsclaims.ingest("SHOUT: hello there", registry=registry, quotes=False)
    assert detected[0].source.ingester == "shout"
    assert detected[0].body == "HELLO THERE"
    # by name, even for input its detect() would not claim
    named = newsclaims.ingest("plain words", format="shout", registry=registry, quotes=False)
    assert named[0].body == "PLAIN WORDS"
    # and the built-ins are still there beside it
    assert {i.ingester.name for i in registry.ingesters()} >= {"text", "shout"}


def test_nothing_claims_binary_input() -> None:
    registry = PluginRegistry(load_entry_points=False, builtins=())
    with pytest.raises(UnknownFormat):
        newsclaims.ingest(b"\x00\x01\x02", registry=registry)
