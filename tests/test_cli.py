"""The CLI end to end: JSON error lines, summary, exit codes, --fail-fast, atomic -o."""

import json
import os
import pathlib
import subprocess
import sys
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import pytest

from newsclaims import cli
from newsclaims.document import Document
from newsclaims.errors import MalformedFeed
from newsclaims.hookspecs import hookimpl
from newsclaims.model import Article, Source
from newsclaims.plugins import PluginRegistry, set_registry

GOOD_TEXT = ("Council approves new budget\n\n"
             "The council approved the budget on Tuesday after a long debate.\n\n"
             "\"We did what we had to do,\" the mayor said.\n")


@attrs.define
class LineIngester:
    name: str = "lines"
    media_types: tuple[str, ...] = ()
    extensions: tuple[str, ...] = (".lines",)

    def detect(self, document: Document) -> float:
        return 1.0 if document.head.startswith((b"ok", b"bad")) else 0.0

    def ingest(self, document: Document) -> Iterator[Article]:
        for line in document.text.splitlines():
            if line == "bad":
                raise MalformedFeed("a bad line")
            yield Article.from_paragraphs([line], title=line,
                                          source=Source(location=document.location))


@attrs.define
class Plugin:
    ingester: object

    @hookimpl
    def register_ingesters(self, register: Callable[[object], None]) -> None:
        register(self.ingester)


@pytest.fixture
def fake_registry() -> Iterator[PluginRegistry]:
    reg = PluginRegistry(load_entry_points=False, builtins=())
    reg.register(Plugin(LineIngester()), "lines")
    previous = set_registry(reg)
    yield reg
    set_registry(previous)


def _write(tmp_path: pathlib.Path, name: str, content: str | bytes) -> str:
    path = tmp_path / name
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return str(path)


def _error_lines(err: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in err.splitlines() if line.startswith("{")]


def test_all_good_exits_0(tmp_path: pathlib.Path, fake_registry: PluginRegistry,
                          capsys: pytest.CaptureFixture[str]) -> None:
    a = _write(tmp_path, "a.lines", "ok 1\nok 2")
    assert cli.main(["ingest", a]) == cli.EXIT_OK
    out, err = capsys.readouterr()
    assert [json.loads(line)["title"] for line in out.splitlines()] == ["ok 1", "ok 2"]
    assert "2 article(s), 0 failed source(s)" in err
    assert _error_lines(err) == []


def test_some_failed_exits_1_with_json_error_lines(tmp_path: pathlib.Path,
                                                   fake_registry: PluginRegistry,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    a = _write(tmp_path, "a.lines", "ok 1\nbad")
    b = _write(tmp_path, "b.lines", "ok 2")
    c = _write(tmp_path, "c.bin", b"\x00\x01" * 100)
    missing = str(tmp_path / "missing")
    assert cli.main(["ingest", a, b, c, missing]) == cli.EXIT_SOME_FAILED
    out, err = capsys.readouterr()
    assert [json.loads(line)["title"] for line in out.splitlines()] == ["ok 1", "ok 2"]
    records = _error_lines(err)
    assert [(r["source"], r["error"]) for r in records] == [
        (a, "MalformedFeed"), (c, "UnknownFormat"), (missing, "SourceNotFound")]
    assert records[0]["articles"] == 1
    assert all(r["message"] and r["hint"] for r in records)
    assert "2 article(s), 3 failed source(s)" in err
    assert "Traceback" not in err


def test_quiet_drops_the_summary_not_the_errors(tmp_path: pathlib.Path,
                                                fake_registry: PluginRegistry,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    a = _write(tmp_path, "a.lines", "bad")
    assert cli.main(["ingest", "-q", a]) == cli.EXIT_SOME_FAILED
    err = capsys.readouterr().err
    assert "failed source(s)" not in err
    assert len(_error_lines(err)) == 1


def test_fail_fast_stops_at_first_failure_and_keeps_output(
        tmp_path: pathlib.Path, fake_registry: PluginRegistry,
        capsys: pytest.CaptureFixture[str]) -> None:
    a = _write(tmp_path, "a.lines", "ok 1")
    b = _write(tmp_path, "b.lines", "bad")
    c = _write(tmp_path, "c.lines", "ok 3")
    out_file = tmp_path / "out.jsonl"
    code = cli.main(["ingest", "--fail-fast", a, b, c, "-o", str(out_file)])
    assert code == cli.EXIT_SOME_FAILED
    assert [json.loads(x)["title"] for x in out_file.read_text().splitlines()] == ["ok 1"]
    err = capsys.readouterr().err
    assert len(_error_lines(err)) == 1
    assert "1 article(s), 1 failed source(s)" in err
    assert list(tmp_path.glob(".out.jsonl.*")) == []


def test_output_file_written_atomically_with_normal_mode(
        tmp_path: pathlib.Path, fake_registry: PluginRegistry) -> None:
    a = _write(tmp_path, "a.lines", "ok 1\nok 2")
    out_file = tmp_path / "out.jsonl"
    assert cli.main(["ingest", a, "-o", str(out_file), "-q"]) == cli.EXIT_OK
    assert len(out_file.read_text().splitlines()) == 2
    umask = os.umask(0)
    os.umask(umask)
    assert out_file.stat().st_mode & 0o777 == 0o666 & ~umask
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.lines", "out.jsonl"]


@pytest.mark.parametrize("failure, code", [(RuntimeError("disk on fire"), cli.EXIT_FATAL),
                                           (KeyboardInterrupt(), 130)])
def test_interrupted_run_leaves_no_truncated_output(
        tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], failure: BaseException, code: int) -> None:
    def dying(*args: object, **kwargs: object) -> Iterator[Article]:
        yield Article.from_paragraphs(["first article body"], title="first")
        yield Article.from_paragraphs(["second article body"], title="second")
        raise failure

    monkeypatch.setattr(cli, "iter_ingest", dying)
    a = _write(tmp_path, "a.txt", GOOD_TEXT)
    out_file = tmp_path / "out.jsonl"
    out_file.write_text("previous complete output\n")
    assert cli.main(["ingest", a, "-o", str(out_file)]) == code
    assert out_file.read_text() == "previous complete output\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "out.jsonl"]
    err = capsys.readouterr().err
    assert "Traceback" not in err
    if code == cli.EXIT_FATAL:
        assert "internal error: RuntimeError: disk on fire" in err
    fresh = tmp_path / "fresh.jsonl"
    assert cli.main(["ingest", a, "-o", str(fresh)]) == code
    assert not fresh.exists()


def test_debug_env_shows_the_traceback(tmp_path: pathlib.Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    def dying(*args: object, **kwargs: object) -> Iterator[Article]:
        raise RuntimeError("bug")
        yield  # pragma: no cover

    monkeypatch.setattr(cli, "iter_ingest", dying)
    monkeypatch.setenv("NEWSCLAIMS_DEBUG", "1")
    with pytest.raises(RuntimeError, match="bug"):
        cli.main(["ingest", _write(tmp_path, "a.txt", GOOD_TEXT)])


def test_unknown_format_is_a_usage_error(tmp_path: pathlib.Path, fake_registry: PluginRegistry,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    a = _write(tmp_path, "a.lines", "ok 1")
    out_file = tmp_path / "o.jsonl"
    assert cli.main(["ingest", a, "--format", "nope", "-o", str(out_file)]) == cli.EXIT_USAGE
    err = capsys.readouterr().err
    assert "no ingester named 'nope'" in err and "newsclaims plugins" in err
    assert not out_file.exists()


@pytest.mark.parametrize("value", ["0", "-5", "ten"])
def test_bad_max_bytes_is_a_usage_error(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main(["ingest", "x", "--max-bytes", value])
    assert info.value.code == cli.EXIT_USAGE
    assert "--max-bytes" in capsys.readouterr().err


def test_max_bytes_rejects_big_files(tmp_path: pathlib.Path, fake_registry: PluginRegistry,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    a = _write(tmp_path, "a.lines", "ok " + "x" * 100)
    b = _write(tmp_path, "b.lines", "ok 2")
    assert cli.main(["ingest", a, b, "--max-bytes", "50"]) == cli.EXIT_SOME_FAILED
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 1
    assert [r["error"] for r in _error_lines(err)] == ["InputTooLarge"]


def test_unwritable_output_is_fatal(tmp_path: pathlib.Path, fake_registry: PluginRegistry,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    a = _write(tmp_path, "a.lines", "ok 1")
    code = cli.main(["ingest", a, "-o", str(tmp_path / "no" / "such" / "dir" / "o.jsonl")])
    assert code == cli.EXIT_FATAL
    assert "Traceback" not in capsys.readouterr().err


def _run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "NEWSCLAIMS_LOAD_PLUGINS": ""}
    env.pop("NEWSCLAIMS_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "newsclaims", *args], input=stdin,
                          capture_output=True, timeout=120, env=env, check=False)


def test_subprocess_hostile_files_no_traceback(tmp_path: pathlib.Path) -> None:
    good = _write(tmp_path, "good.txt", GOOD_TEXT)
    names = [
        good,
        _write(tmp_path, "binary.html", bytes(range(256)) * 40),
        _write(tmp_path, "empty.txt", b""),
        _write(tmp_path, "nul.txt", b"\x00" * 1000),
        _write(tmp_path, "cut.html", "<html><head><title>Cut</title></head><body><p>Half a"),
        str(tmp_path / "missing.txt"),
    ]
    out_file = tmp_path / "all.jsonl"
    proc = _run("ingest", *names, "-o", str(out_file))
    err = proc.stderr.decode()
    assert proc.returncode == cli.EXIT_SOME_FAILED, err
    assert "Traceback" not in err
    records = _error_lines(err)
    failed = {pathlib.Path(r["source"]).name for r in records}
    assert {"binary.html", "nul.txt", "missing.txt"} <= failed
    assert "good.txt" not in failed
    lines = out_file.read_text(encoding="utf-8").splitlines()
    locations = {pathlib.Path(json.loads(x)["source"]["location"]).name for x in lines}
    assert "good.txt" in locations
    assert f"{len(lines)} article(s), {len(records)} failed source(s)" in err


def test_subprocess_stdin_and_stdout(tmp_path: pathlib.Path) -> None:
    proc = _run("ingest", "-", stdin=GOOD_TEXT.encode())
    assert proc.returncode == cli.EXIT_OK, proc.stderr.decode()
    (line,) = proc.stdout.decode().splitlines()
    assert "council approved the budget" in json.loads(line)["body"]


def test_subprocess_broken_pipe_is_quiet(tmp_path: pathlib.Path) -> None:
    names = [_write(tmp_path, f"{i}.txt", GOOD_TEXT + f"\n\nNumber {i}.") for i in range(100)]
    proc = subprocess.run(
        f"{sys.executable} -m newsclaims ingest {' '.join(names)} | head -c 10",
        shell=True, capture_output=True, timeout=120, check=False,
        env={**os.environ, "NEWSCLAIMS_LOAD_PLUGINS": ""})
    assert len(proc.stdout) == 10
    assert b"Traceback" not in proc.stderr
    assert b"BrokenPipeError" not in proc.stderr
