"""docs/plugins.md is the code of plugins/newsclaims-hello: every file there appears in the
guide (in one block, or in consecutive blocks titled with its path), and the guide's example
runs. The page cannot drift from working code."""

import pathlib
import re

import pytest

import newsclaims
from newsclaims.plugins import LOAD_PLUGINS_ENV, TRACE_HOOKS_ENV, PluginRegistry
from newsclaims.testing import IngesterContract, check_ingester, ingester_plugin

ROOT = pathlib.Path(__file__).resolve().parent.parent
GUIDE = ROOT / "docs" / "plugins.md"
PLUGIN = ROOT / "plugins" / "newsclaims-hello"
# Files the guide describes in prose rather than shows.
NOT_SHOWN = {"README.md", "src/newsclaims_hello/py.typed"}
_OPEN = re.compile(r'^```(\w*)(?:.*?\btitle="([^"]+)")?')


def _blocks() -> list[tuple[str, str | None, str]]:
    """``(language, title, body)`` of each fenced block, in order."""
    blocks: list[tuple[str, str | None, str]] = []
    current: tuple[str, str | None] | None = None
    lines: list[str] = []
    for line in GUIDE.read_text(encoding="utf-8").splitlines(keepends=True):
        if current is None:
            match = _OPEN.match(line)
            if match:
                current, lines = (match.group(1), match.group(2)), []
        elif line.rstrip() == "```":
            blocks.append((current[0], current[1], "".join(lines)))
            current = None
        else:
            lines.append(line)
    assert current is None, "unclosed code block in the guide"
    return blocks


def _shown_files() -> dict[str, str]:
    files: dict[str, list[str]] = {}
    for _, title, body in _blocks():
        if title:
            files.setdefault(title, []).append(body.strip("\n"))
    return {title: "\n\n".join(parts) for title, parts in files.items()}


def _collapse_blank_lines(text: str) -> str:
    # Blocks are cut at blank lines; how many blank lines sit at a cut is the linter's business.
    return re.sub(r"\n(?:[ \t]*\n)+", "\n\n", text.strip("\n"))


def _plugin_files() -> set[str]:
    skip = ("__pycache__", ".egg-info", ".pytest_cache", ".hypothesis", ".mypy_cache",
            ".ruff_cache", "build", "dist")
    return {
        str(path.relative_to(PLUGIN)) for path in PLUGIN.rglob("*")
        if path.is_file() and not any(part.endswith(skip) for part in path.parts)
    }


def test_guide_shows_every_file_of_the_example_plugin() -> None:
    assert _plugin_files() - NOT_SHOWN == set(_shown_files())


@pytest.mark.parametrize("name", sorted(_shown_files()))
def test_guide_block_is_the_file(name: str) -> None:
    actual = (PLUGIN / name).read_text(encoding="utf-8")
    assert _collapse_blank_lines(_shown_files()[name]) == _collapse_blank_lines(actual)


def test_the_guide_example_runs_through_detection() -> None:
    from newsclaims_hello import HelloIngester

    story = _shown_files()["example.hello"]
    registry = PluginRegistry(load_entry_points=False)
    registry.register(ingester_plugin(HelloIngester()), "hello")
    [article] = newsclaims.ingest(story, registry=registry, quotes=False)
    assert article.source.ingester == "hello"
    assert article.title == story.splitlines()[0].removeprefix("Title:").strip()
    check_ingester(HelloIngester(), [story])


def test_guide_table_lists_the_contract_tests() -> None:
    listed = set(re.findall(r"^\| `(test_\w+)` \|", GUIDE.read_text(), re.MULTILINE))
    actual = {name for name in dir(IngesterContract) if name.startswith("test_")}
    assert listed == actual


def test_guide_names_the_real_switches() -> None:
    text = GUIDE.read_text()
    assert f"{LOAD_PLUGINS_ENV}=" in text and f"{TRACE_HOOKS_ENV}=" in text


def test_hello_plugin_is_installed_through_its_entry_point() -> None:
    info = newsclaims.plugins.get_registry().get_ingester("hello")
    assert (info.plugin, info.package) == ("hello", "newsclaims-hello")


def test_layout_tree_lists_the_plugin_files() -> None:
    [tree] = [body for _, _, body in _blocks() if body.startswith("newsclaims-hello/\n")]
    listed = {line.split("── ", 1)[1].split()[0] for line in tree.splitlines() if "── " in line}
    assert listed == _plugin_files()
