"""`newsclaims plugins`: every ingester with its package, version and media types."""

import json
import os
import subprocess
import sys

import pytest


def _plugins(env_extra: dict[str, str]) -> dict[str, object]:
    env = {**os.environ, **env_extra}
    result = subprocess.run([sys.executable, "-m", "newsclaims", "plugins", "--json"],
                            capture_output=True, text=True, check=True, env=env)
    data: dict[str, object] = json.loads(result.stdout)
    return data


def test_builtins_listed_with_media_types() -> None:
    data = _plugins({"NEWSCLAIMS_LOAD_PLUGINS": ""})
    rows = {row["ingester"]: row for row in data["ingesters"]}  # type: ignore[attr-defined]
    assert set(rows) == {"text", "html", "rss"}
    assert all(row["builtin"] and row["package"] == "newsclaims" for row in rows.values())
    assert "text/html" in rows["html"]["media_types"]
    assert "application/atom+xml" in rows["rss"]["media_types"]
    assert data["failures"] == []


@pytest.mark.parametrize("plugin,package", [("jsonfeed", "newsclaims-jsonfeed"),
                                            ("warc", "newsclaims-warc"),
                                            ("hello", "newsclaims-hello")])
def test_installed_plugin_packages_are_listed(plugin: str, package: str) -> None:
    import importlib.metadata

    try:
        importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        pytest.skip(f"{package} is not installed here (tests/run.sh installs it)")
    data = _plugins({})
    rows = {row["ingester"]: row for row in data["ingesters"]}  # type: ignore[attr-defined]
    assert rows[plugin]["package"] == package
    assert rows[plugin]["version"]
    assert rows[plugin]["builtin"] is False
    # restricting the plugins that load leaves it out
    restricted = _plugins({"NEWSCLAIMS_LOAD_PLUGINS": "none-of-these"})
    assert plugin not in {row["ingester"] for row in restricted["ingesters"]}  # type: ignore[attr-defined]


def test_text_listing_names_each_ingester() -> None:
    env = {**os.environ, "NEWSCLAIMS_LOAD_PLUGINS": ""}
    result = subprocess.run([sys.executable, "-m", "newsclaims", "plugins"],
                            capture_output=True, text=True, check=True, env=env)
    names = [line.split()[0] for line in result.stdout.splitlines()]
    assert sorted(names) == ["html", "rss", "text"]
