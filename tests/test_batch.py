"""Batch semantics: every good article out, every bad source reported, nothing lost."""

import io
import pathlib
from collections.abc import Callable, Iterator

import attrs
import pytest

import newsclaims
from newsclaims.decoding import has_invalid_chars
from newsclaims.document import Document
from newsclaims.errors import (
    DecodeError,
    ErrorRecord,
    IngestErrors,
    InputTooLarge,
    MalformedFeed,
    MalformedInput,
    NewsclaimsError,
    PluginError,
    SourceNotFound,
    UnknownFormat,
    UnknownIngester,
)
from newsclaims.hookspecs import hookimpl
from newsclaims.limits import Limits, current_limits
from newsclaims.model import Article, Source
from newsclaims.pipeline import IngestReport, ingest, ingest_report, iter_ingest
from newsclaims.plugins import PluginRegistry


@attrs.define
class LineIngester:
    """Each line ``ok <title>`` is an article, ``bad`` raises MalformedFeed, ``crash``
    raises a bare ValueError, ``deep`` recurses without end."""

    name: str = "lines"
    media_types: tuple[str, ...] = ("text/x-lines",)
    extensions: tuple[str, ...] = (".lines",)
    seen_limits: list[Limits] = attrs.field(factory=list)

    def detect(self, document: Document) -> float:
        return 1.0 if document.head.startswith((b"ok", b"bad", b"crash", b"deep", b"p ")) else 0.0

    def ingest(self, document: Document) -> Iterator[Article]:
        self.seen_limits.append(current_limits())
        for number, line in enumerate(document.text.splitlines()):
            src = Source(location=document.location, ingester=self.name, entry=str(number))
            if line.startswith("ok"):
                yield Article.from_paragraphs([line], title=line, source=src)
            elif line.startswith("p "):
                count = int(line[2:])
                yield Article.from_paragraphs([f"para {i}" for i in range(count)], source=src)
            elif line == "bad":
                raise MalformedFeed(f"line {number} is bad")
            elif line == "crash":
                raise ValueError("unexpected")
            elif line == "deep":
                _recurse(0)


def _recurse(depth: int) -> int:
    return _recurse(depth + 1) + 1


@attrs.define
class Plugin:
    ingester: object

    @hookimpl
    def register_ingesters(self, register: Callable[[object], None]) -> None:
        register(self.ingester)


@pytest.fixture
def lines() -> LineIngester:
    return LineIngester()


@pytest.fixture
def registry(lines: LineIngester) -> PluginRegistry:
    reg = PluginRegistry(load_entry_points=False, builtins=())
    reg.register(Plugin(lines), "lines")
    return reg


def _files(tmp_path: pathlib.Path, contents: dict[str, str | bytes]) -> list[pathlib.Path]:
    paths = []
    for name, content in contents.items():
        path = tmp_path / name
        path.write_bytes(content.encode() if isinstance(content, str) else content)
        paths.append(path)
    return paths


def test_good_articles_out_bad_sources_reported(tmp_path: pathlib.Path,
                                                registry: PluginRegistry) -> None:
    paths = _files(tmp_path, {"a.lines": "ok a1\nok a2", "b.lines": "bad",
                              "c.lines": "ok c1", "d.bin": "\x00\x01\x02" * 50})
    records: list[ErrorRecord] = []
    articles = ingest([*paths, tmp_path / "missing.lines"], on_error=records.append,
                      registry=registry)
    assert [a.title for a in articles] == ["ok a1", "ok a2", "ok c1"]
    assert [(pathlib.Path(r.source or "").name, r.error) for r in records] == [
        ("b.lines", "MalformedFeed"), ("d.bin", "UnknownFormat"),
        ("missing.lines", "SourceNotFound")]
    for record in records:
        assert record.message and record.hint


def test_without_callback_the_first_bad_source_raises(registry: PluginRegistry) -> None:
    got: list[str | None] = []
    with pytest.raises(MalformedFeed) as info:
        for article in iter_ingest([b"ok 1", b"bad", b"ok 2"], registry=registry):
            got.append(article.title)
    assert got == ["ok 1"]
    assert "line 0 is bad" in str(info.value)


def test_partial_failure_keeps_articles_already_yielded(registry: PluginRegistry) -> None:
    records: list[ErrorRecord] = []
    doc = Document.from_text("ok 1\nok 2\nbad\nok never", location="feed.lines")
    articles = ingest([doc, b"ok after"], on_error=records.append, registry=registry)
    assert [a.title for a in articles] == ["ok 1", "ok 2", "ok after"]
    assert len(records) == 1
    assert records[0].source == "feed.lines"
    assert records[0].articles == 2


def test_untyped_exception_becomes_plugin_error_naming_the_plugin(
        registry: PluginRegistry) -> None:
    with pytest.raises(PluginError) as info:
        ingest(Document.from_text("crash", location="x.lines"), registry=registry)
    assert info.value.plugin == "lines"
    assert info.value.source == "x.lines"
    assert "ValueError" in str(info.value)
    assert isinstance(info.value.__cause__, ValueError)


def test_recursion_error_never_escapes(registry: PluginRegistry) -> None:
    with pytest.raises(MalformedInput) as info:
        ingest(Document.from_text("deep", location="deep.lines"), registry=registry)
    assert not isinstance(info.value, RecursionError)
    assert "nested too deeply" in str(info.value)


def test_unknown_format_name_raises_even_with_callback(registry: PluginRegistry) -> None:
    records: list[ErrorRecord] = []
    with pytest.raises(UnknownIngester):
        ingest([b"ok 1", b"ok 2"], format="nope", on_error=records.append, registry=registry)
    assert records == []


def test_forced_format_skips_detection(registry: PluginRegistry) -> None:
    assert ingest(b"   ok-ish", format="lines", registry=registry) == []
    with pytest.raises(UnknownFormat):
        ingest(b"   ok-ish", registry=registry)


def test_report_collects_everything_and_raises_on_request(registry: PluginRegistry) -> None:
    report = ingest_report([b"ok 1", b"bad", b"ok 2\nbad", b"zzz"], registry=registry)
    assert isinstance(report, IngestReport)
    assert [a.title for a in report.articles] == ["ok 1", "ok 2"]
    assert [e.error for e in report.errors] == ["MalformedFeed", "MalformedFeed",
                                                "UnknownFormat"]
    assert report.documents == 4
    assert not report.ok
    with pytest.raises(IngestErrors) as info:
        report.raise_for_errors()
    assert len(info.value.records) == 3
    assert isinstance(info.value, NewsclaimsError)
    clean = ingest_report([b"ok 1"], registry=registry)
    assert clean.ok and clean.documents == 1
    clean.raise_for_errors()


def test_max_bytes_for_files_bytes_and_streams(tmp_path: pathlib.Path,
                                               registry: PluginRegistry) -> None:
    limits = Limits(max_bytes=10)
    (path,) = _files(tmp_path, {"big.lines": "ok " + "x" * 20})
    for source in (path, b"ok " + b"x" * 20, io.BytesIO(b"ok " + b"x" * 20),
                   io.StringIO("ok " + "x" * 20)):
        report = ingest_report(source, limits=limits, registry=registry)  # type: ignore[arg-type]
        assert [e.error for e in report.errors] == ["InputTooLarge"], source
        assert report.articles == ()
    assert len(ingest(b"ok small", limits=limits, registry=registry)) == 1


def test_limits_are_visible_to_ingesters_and_do_not_leak(lines: LineIngester,
                                                         registry: PluginRegistry) -> None:
    limits = Limits(max_feed_entries=7)
    iterator = iter_ingest([b"ok 1\nok 2"], limits=limits, registry=registry)
    next(iterator)
    assert current_limits() != limits  # suspended between articles: the caller's context
    list(iterator)
    assert lines.seen_limits == [limits]


def test_max_paragraphs_cuts_with_a_warning(registry: PluginRegistry) -> None:
    (article,) = ingest(b"p 50", limits=Limits(max_paragraphs=10), registry=registry)
    assert len(article.paragraphs) == 10
    assert article.body.endswith("para 9")
    assert any("max_paragraphs" in w for w in article.warnings)
    (whole,) = ingest(b"p 5", limits=Limits(max_paragraphs=10), registry=registry)
    assert len(whole.paragraphs) == 5 and not whole.warnings


def test_str_source_with_invalid_unicode_comes_out_valid(registry: PluginRegistry) -> None:
    (article,) = ingest("ok bad \ud800 and \x00nul \x07 bell", registry=registry)
    for text in (article.title or "", article.body, *(p.text for p in article.paragraphs)):
        assert not has_invalid_chars(text)
        text.encode("utf-8")


def test_non_article_from_ingester_is_a_plugin_error() -> None:
    @attrs.define
    class Liar(LineIngester):
        name: str = "liar"

        def ingest(self, document: Document) -> Iterator[Article]:
            yield "not an article"  # type: ignore[misc]

    reg = PluginRegistry(load_entry_points=False, builtins=())
    reg.register(Plugin(Liar()), "liar")
    with pytest.raises(PluginError, match="yielded a str"):
        ingest(b"ok", registry=reg)


def test_enrichment_failure_keeps_the_article(monkeypatch: pytest.MonkeyPatch,
                                              registry: PluginRegistry) -> None:
    import newsclaims.enrich

    def broken(article: Article, **kwargs: object) -> Article:
        raise IndexError("quote finder bug")

    monkeypatch.setattr(newsclaims.enrich, "enrich", broken)
    (article,) = ingest(b"ok keep me", registry=registry)
    assert article.title == "ok keep me"
    assert any("IndexError" in w for w in article.warnings)


def test_public_names_exported() -> None:
    assert newsclaims.ingest is ingest
    for cls in (DecodeError, InputTooLarge, SourceNotFound):
        assert issubclass(cls, newsclaims.NewsclaimsError)
