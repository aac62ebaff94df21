"""Loading plugins from entry points, isolating broken ones, and the environment switches.

Entry points are faked at the lowest level a plugin author's package would touch:
``importlib.metadata.distributions`` yields distributions with real metadata and
``entry_points.txt``, so names, packages and versions flow through the real loader.
"""

import importlib.metadata
import pathlib
import sys
import types
from collections.abc import Callable, Iterator
from typing import Any

import pytest

import newsclaims
from newsclaims.document import Document
from newsclaims.hookspecs import hookimpl
from newsclaims.ingester import Ingester
from newsclaims.model import Article, Source
from newsclaims.plugins import LOAD_PLUGINS_ENV, TRACE_HOOKS_ENV, PluginRegistry, get_registry

pytest_plugins = ["newsclaims.testing"]


class _Distribution(importlib.metadata.Distribution):
    """An installed package as importlib.metadata sees one: METADATA and entry_points.txt."""

    def __init__(self, name: str, version: str, entry_points: dict[str, str]) -> None:
        self._files = {
            "METADATA": f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n",
            "entry_points.txt": "[newsclaims]\n"
            + "".join(f"{ep} = {module}\n" for ep, module in entry_points.items()),
        }

    def read_text(self, filename: str) -> str | None:
        return self._files.get(filename)

    def locate_file(self, path: Any) -> pathlib.Path:
        return pathlib.Path("/nonexistent") / str(path)


class _Marker:
    """An ingester claiming documents that start with its marker."""

    media_types = ("text/x-marker",)
    extensions = (".marker",)

    def __init__(self, name: str, marker: bytes) -> None:
        self.name = name
        self.marker = marker

    def detect(self, document: Document) -> float:
        return 1.0 if document.head.startswith(self.marker) else 0.0

    def ingest(self, document: Document) -> Iterator[Article]:
        text = document.text[len(self.marker):].strip()
        yield Article.from_paragraphs([text], title=f"{self.name} story",
                                      source=Source(location=document.location,
                                                    ingester=self.name))


def _module(name: str, **attributes: object) -> types.ModuleType:
    module = types.ModuleType(name)
    for key, value in attributes.items():
        setattr(module, key, value)
    return module


def _registers(*ingesters: object) -> Callable[..., None]:
    @hookimpl
    def register_ingesters(register: Callable[[object], None]) -> None:
        for ingester in ingesters:
            register(ingester)

    return register_ingesters


@hookimpl
def _raising_hook(register: Callable[[Ingester], None]) -> None:
    raise RuntimeError("hook exploded")


@hookimpl
def _misspelled(register: Callable[[Ingester], None]) -> None:  # pragma: no cover - never called
    raise AssertionError("a misspelled hook must never be called")


class _NoIngest:
    name = "half"
    media_types = ()
    extensions = ()

    def detect(self, document: Document) -> float:  # pragma: no cover - never reached
        return 0.0


@pytest.fixture
def installed(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """Six installed plugin packages: two good, four broken in different ways."""
    modules = {
        "nc_good_one": _module("nc_good_one",
                               register_ingesters=_registers(_Marker("alpha", b"ALPHA:"))),
        "nc_good_two": _module("nc_good_two",
                               register_ingesters=_registers(_Marker("beta", b"BETA:"))),
        "nc_raises": _module("nc_raises", register_ingesters=_raising_hook),
        "nc_bad_object": _module("nc_bad_object",
                                 register_ingesters=_registers(_NoIngest(), object())),
        "nc_typo": _module("nc_typo", register_ingester=_misspelled),
    }
    for name, module in modules.items():
        monkeypatch.setitem(sys.modules, name, module)
    plugins = {  # entry-point name -> module; nc_missing_module does not exist
        "alpha": "nc_good_one", "beta": "nc_good_two", "raises": "nc_raises",
        "badobject": "nc_bad_object", "typo": "nc_typo", "missing": "nc_missing_module",
    }
    dists = [_Distribution(f"newsclaims-{ep}", "1.2.3", {ep: module})
             for ep, module in plugins.items()]
    monkeypatch.setattr(importlib.metadata, "distributions", lambda **_: iter(dists))
    monkeypatch.delenv(LOAD_PLUGINS_ENV, raising=False)
    monkeypatch.delenv(TRACE_HOOKS_ENV, raising=False)
    return plugins


def _names(registry: PluginRegistry) -> set[str]:
    return {info.ingester.name for info in registry.ingesters()}


def test_entry_points_load_with_package_and_version(installed: dict[str, str]) -> None:
    registry = PluginRegistry()
    infos = {info.ingester.name: info for info in registry.ingesters()}
    assert {"alpha", "beta", "text"} <= set(infos)
    assert infos["alpha"].package == "newsclaims-alpha"
    assert infos["alpha"].version == "1.2.3"
    assert infos["alpha"].plugin == "alpha" and not infos["alpha"].builtin
    assert infos["text"].builtin


def test_broken_plugins_are_named_and_do_not_take_others_down(installed: dict[str, str]) -> None:
    registry = PluginRegistry()
    assert {"alpha", "beta"} <= _names(registry)
    reasons: dict[str, str] = {}
    for failure in registry.failures:
        reasons[failure.name] = reasons.get(failure.name, "") + failure.reason + "; "
    assert "ModuleNotFoundError" in reasons["missing"]
    assert "hook exploded" in reasons["raises"]
    assert "no 'ingest'" in reasons["badobject"] and "no 'name'" in reasons["badobject"]
    assert "unknown hook" in reasons["typo"] and "register_ingester" in reasons["typo"]
    failure = next(f for f in registry.failures if f.name == "missing")
    assert failure.package == "newsclaims-missing"
    # The good plugins still work, by detection and by name.
    [article] = newsclaims.ingest("BETA: a quiet morning", registry=registry, quotes=False)
    assert article.source.ingester == "beta"
    [named] = newsclaims.ingest("no marker here", format="alpha", registry=registry, quotes=False)
    assert named.source.ingester == "alpha"


def test_load_plugins_env_restricts_entry_points(
    installed: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(LOAD_PLUGINS_ENV, "alpha, missing")
    registry = PluginRegistry()
    names = _names(registry)
    assert "alpha" in names and "beta" not in names
    assert {"text"} <= names  # built-ins always load
    assert [f.name for f in registry.failures] == ["missing"]


def test_empty_load_plugins_env_loads_only_builtins(
    installed: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(LOAD_PLUGINS_ENV, "")
    registry = PluginRegistry()
    assert not {"alpha", "beta"} & _names(registry)
    assert registry.failures == []


def test_trace_hooks_env_writes_hook_calls_to_stderr(
    installed: dict[str, str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(LOAD_PLUGINS_ENV, "alpha")
    monkeypatch.setenv(TRACE_HOOKS_ENV, "1")
    registry = PluginRegistry()
    assert "alpha" in _names(registry)
    lines = capsys.readouterr().err.splitlines()
    assert any("register_ingesters [alpha] registered" in line for line in lines)
    # Calls made through pluggy itself are traced too, with the implementing plugins.
    registry.pm.hook.register_ingesters(register=lambda ingester: None)
    captured = capsys.readouterr()
    assert "hook register_ingesters(" in captured.err and "'alpha'" in captured.err
    assert captured.out == ""


@pytest.mark.parametrize("value", ["", "0"])
def test_trace_hooks_off(
    installed: dict[str, str], monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str], value: str,
) -> None:
    monkeypatch.setenv(TRACE_HOOKS_ENV, value)
    monkeypatch.setenv(LOAD_PLUGINS_ENV, "alpha")
    registry = PluginRegistry()
    registry.ingesters()
    registry.pm.hook.register_ingesters(register=lambda ingester: None)
    assert capsys.readouterr().err == ""


def test_duplicate_ingester_name_later_plugin_wins_and_other_is_reported(
    register_plugin: Callable[..., str],
) -> None:
    # Later registrations come first, so a plugin can replace a built-in of the same name.
    register_plugin(_Marker("gamma", b"GAMMA:"), "first")
    register_plugin(_Marker("gamma", b"OTHER:"), "second")
    registry = get_registry()
    assert [i.plugin for i in registry.ingesters() if i.ingester.name == "gamma"] == ["second"]
    assert [f.name for f in registry.failures if "already registered" in f.reason] == ["first"]


def test_in_process_plugin_by_name_and_detection(register_plugin: Callable[..., str]) -> None:
    # The fixture installs a fresh registry process-wide: no registry= argument needed.
    register_plugin(_module("nc_inline", register_ingesters=_registers(_Marker("delta", b"D:"))))
    [found] = newsclaims.ingest("D: detected by its marker", quotes=False)
    [named] = newsclaims.ingest("named explicitly", format="delta", quotes=False)
    assert found.source.ingester == named.source.ingester == "delta"
    assert found.title == "delta story"


def test_hook_register_ingesters(register_plugin: Callable[..., str]) -> None:
    """Exercises the register_ingesters hook: an implementation taking only `register`."""
    seen: list[str] = []

    @hookimpl
    def register_ingesters(register: Callable[[Ingester], None]) -> None:
        seen.append("called")
        register(_Marker("epsilon", b"E:"))  # type: ignore[arg-type]

    register_plugin(_module("nc_hook", register_ingesters=register_ingesters), "hook-test")
    registry = get_registry()
    info = registry.get_ingester("epsilon")
    assert info.plugin == "hook-test" and seen == ["called"]
    registry.ingesters()  # cached: the hook is not called again
    assert seen == ["called"]


def test_broken_builtin_is_reported_and_others_still_load() -> None:
    registry = PluginRegistry(load_entry_points=False,
                              builtins=("nc_no_such_builtin", "newsclaims.ingesters.text"))
    assert "text" in _names(registry)
    assert [(f.name, f.package) for f in registry.failures] == [("nc_no_such_builtin",
                                                                 "newsclaims")]
