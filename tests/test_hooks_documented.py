"""Meta-tests: every hook in newsclaims.hookspecs is documented with its exact signature in
docs/hooks.md and exercised by a test named ``test_hook_<name>`` somewhere under tests/.

Adding a hook without both makes these fail; so does a documented hook that no longer exists.
"""

import ast
import inspect
import pathlib
import re
from collections.abc import Callable
from typing import Any

import pytest

from newsclaims import hookspecs

ROOT = pathlib.Path(__file__).resolve().parent.parent
HOOKS_DOC = ROOT / "docs" / "hooks.md"
TESTS = ROOT / "tests"


def _hookspecs() -> dict[str, Callable[..., Any]]:
    marker = f"{hookspecs.PROJECT_NAME}_spec"
    return {name: fn for name, fn in vars(hookspecs).items()
            if callable(fn) and hasattr(fn, marker)}


def signature_text(name: str, fn: Callable[..., Any]) -> str:
    """``name(arg: Type, ...) -> Return`` with module paths dropped, as the docs write it."""
    text = f"{name}{inspect.signature(fn)}"
    text = re.sub(r"\b(?:[a-z_][a-z0-9_]*\.)+(?=[A-Za-z_])", "", text)
    return text.replace("NoneType", "None")


def _documented() -> dict[str, str]:
    """Heading ``### `name``` followed by a python block whose first line is the signature."""
    found: dict[str, str] = {}
    pattern = re.compile(r"^### `(\w+)`\s*\n+```python\n(.+?)\n", re.MULTILINE)
    for match in pattern.finditer(HOOKS_DOC.read_text(encoding="utf-8")):
        found[match.group(1)] = match.group(2).strip()
    return found


def _hook_tests() -> set[str]:
    names: set[str] = set()
    for path in TESTS.glob("test_*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and node.name.startswith("test_hook_"):
                names.add(node.name.removeprefix("test_hook_"))
    return names


def test_there_are_hooks() -> None:
    assert "register_ingesters" in _hookspecs()


@pytest.mark.parametrize("name", sorted(_hookspecs()))
def test_hook_is_documented_with_its_exact_signature(name: str) -> None:
    documented = _documented()
    assert name in documented, f"hook {name!r} is missing from docs/hooks.md"
    assert documented[name] == signature_text(name, _hookspecs()[name])


@pytest.mark.parametrize("name", sorted(_hookspecs()))
def test_hook_has_a_test(name: str) -> None:
    assert name in _hook_tests(), f"no test named test_hook_{name} under tests/"


def test_docs_list_no_hook_that_does_not_exist() -> None:
    assert set(_documented()) <= set(_hookspecs())


def test_signature_text_drops_module_paths() -> None:
    def example(register: Callable[[pathlib.Path], None], n: int = 2) -> dict[str, Any]:
        raise NotImplementedError

    assert signature_text("example", example) == (
        "example(register: Callable[[Path], None], n: int = 2) -> dict[str, Any]"
    )
