"""No regular expression in newsclaims backtracks catastrophically.

Collects every pattern in the package — compiled objects at module level (also inside
module-level tuples, lists, dicts and class attributes) and literal patterns passed to
``re.compile/search/match/...`` anywhere in the source (found with ``ast``) — so patterns
added later are covered without touching this file. Each runs (``finditer`` over the whole
input, which tries a match at every position) on adversarial inputs at n and 8n characters;
time must grow about linearly: under 40x for 8x the input, and small in absolute terms.
"""

import ast
import importlib
import pathlib
import pkgutil
import re
import signal
import time
import warnings
from collections.abc import Iterator
from typing import Any

import pytest

import newsclaims

BASE = 1_000
GROWTH = 8
MAX_RATIO = 40.0
SUSPECT = 0.002  # seconds at n above which the input is re-run at 8n (linear: ~0.05-0.5 ms;
# quadratic: ~10 ms)
NOISE_FLOOR = 0.005  # seconds at 8n below which the ratio is timer noise
MAX_SMALL = 0.05  # seconds at n: a linear pattern scans 1,000 characters in well under 1 ms
MAX_SECONDS = 0.5  # at 8n, for any single input

# Runs of one unit, and a few mixes that make several alternatives overlap.
UNITS = [
    '"', "'", "“", "”", "‘", "’", "«", "»", "„", "‚", "‹", "›", "「", "」", "`", "''",
    " ", "\t", "\n", "\n\n", " \n", "\u00a0", "-", "—", "–", "--", " - ", ".", "..", ". ",
    ",", ":", ";", "!", "?", "(", ")", "[", "<", ">", "</", "<p>", "<a ", "&", "&amp;", "&#",
    "=", "/", "\\", "*", "_", "#", "@", "0", "1,000,", "1.", "12 ", "$1,", "%",
    "a", "A", "Ab ", "Word ", "Mr. ", "J. ", "Said ", "said ", "de ", "O'", "-Smith ",
    "Word-", "word, ", "x\u0301", "é", "Ж", "日", "\ufffd", "http://", "www.", "a@b.",
    '"a ', "“A ", '" said ', "”, ", "«A ", ", he said, “",
]
TAILS = ["", "!", "a"]


# Found by this test and reported to the owning modules' authors; xfail(strict=False) so
# each flips to a pass (XPASS) when fixed. Remove an entry once its pattern is fixed.
KNOWN_SUPERLINEAR: dict[str, str] = {
}


def _pattern_sources() -> Iterator[tuple[str, Any]]:
    seen: set[tuple[Any, int]] = set()
    package_dir = pathlib.Path(newsclaims.__file__).parent
    for info in pkgutil.walk_packages(newsclaims.__path__, "newsclaims."):
        if info.name.endswith("__main__"):
            continue  # importing it runs the CLI
        try:
            module = importlib.import_module(info.name)
        except Exception as exc:  # a module mid-edit elsewhere must not hide the rest
            warnings.warn(f"cannot import {info.name}: {exc!r}", stacklevel=1)
            continue
        for where, pattern in _runtime_patterns(module):
            key = (pattern.pattern, pattern.flags)
            if key not in seen:
                seen.add(key)
                yield where, pattern
        path = getattr(module, "__file__", None)
        if path and pathlib.Path(path).is_relative_to(package_dir):
            for where, pattern in _literal_patterns(info.name, pathlib.Path(path)):
                key = (pattern.pattern, pattern.flags)
                if key not in seen:
                    seen.add(key)
                    yield where, pattern


def _runtime_patterns(module: Any) -> Iterator[tuple[str, re.Pattern[Any]]]:
    def walk(value: Any, where: str, depth: int) -> Iterator[tuple[str, re.Pattern[Any]]]:
        if isinstance(value, re.Pattern):
            yield where, value
        elif depth > 2:
            return
        elif isinstance(value, (tuple, list, frozenset, set)):
            for index, item in enumerate(value):
                yield from walk(item, f"{where}[{index}]", depth + 1)
        elif isinstance(value, dict):
            for key, item in value.items():
                yield from walk(item, f"{where}[{key!r}]", depth + 1)
        elif isinstance(value, type) and value.__module__ == module.__name__:
            for name, item in vars(value).items():
                yield from walk(item, f"{where}.{name}", depth + 1)

    for name, value in vars(module).items():
        yield from walk(value, f"{module.__name__}.{name}", 0)


# re functions and where their flags argument sits.
_RE_CALLS = {"compile": 1, "search": 2, "match": 2, "fullmatch": 2, "findall": 2,
             "finditer": 2, "split": 3, "sub": 4, "subn": 4}


def _literal_patterns(module: str, path: pathlib.Path) -> Iterator[tuple[str, re.Pattern[Any]]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name) and node.func.value.id == "re"
                and node.func.attr in _RE_CALLS and node.args):
            continue
        first = node.args[0]
        if not (isinstance(first, ast.Constant) and isinstance(first.value, (str, bytes))):
            continue
        flags_node = next((k.value for k in node.keywords if k.arg == "flags"), None)
        position = _RE_CALLS[node.func.attr]
        if flags_node is None and len(node.args) > position:
            flags_node = node.args[position]
        flags = 0
        if flags_node is not None:
            try:
                flags = int(eval(compile(ast.Expression(flags_node), "<flags>", "eval"),
                                 {"re": re}))
            except Exception:
                flags = 0
        try:
            yield f"{module}:{node.lineno}", re.compile(first.value, flags)
        except re.error:
            continue


PATTERNS = list(_pattern_sources())


def test_patterns_were_found() -> None:
    # decoding.py alone has several; an empty list would mean the collector broke.
    assert len(PATTERNS) >= 5
    assert any(where.startswith("newsclaims.decoding") for where, _ in PATTERNS)


def _inputs(size: int) -> Iterator[str]:
    for unit in UNITS:
        run = unit * (size // len(unit))
        for tail in TAILS:
            yield run + tail
    # Alternations of two units catch patterns whose branches overlap.
    for first, second in (("A", " "), ('"', " "), ("a", "."), ("-", " "), ("1", ","),
                          ("<", "a"), ("&", "a"), ("“", "A"), ("Word", "-")):
        yield (first + second) * (size // 2)


class _TooSlow(Exception):
    pass


def _expired(signum: int, frame: Any) -> None:
    raise _TooSlow


def _time(pattern: re.Pattern[Any], text: str, repeat: int = 1,
          limit: float = MAX_SECONDS) -> float:
    """Best CPU time of ``repeat`` full scans; ``inf`` if one takes longer than ``limit``.

    The regex engine checks for signals while it backtracks, so the alarm stops a runaway.
    """
    data: Any = text.encode("utf-8", "surrogatepass") if isinstance(pattern.pattern, bytes) \
        else text
    best = float("inf")
    previous = signal.signal(signal.SIGALRM, _expired)
    try:
        for _ in range(repeat):
            # CPU time, not wall time: other processes on a busy machine must not flake this.
            start = time.process_time()
            signal.setitimer(signal.ITIMER_REAL, limit * 2)
            try:
                for _match in pattern.finditer(data):
                    pass
            except _TooSlow:
                return float("inf")
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            best = min(best, time.process_time() - start)
    finally:
        signal.signal(signal.SIGALRM, previous)
    return best


def _verdict(pattern: re.Pattern[Any], short: str, long: str) -> str | None:
    """None if ``pattern`` scans ``short`` and ``long`` (8x) in about linear time."""
    if _time(pattern, short, limit=MAX_SMALL) < SUSPECT:
        return None  # the screen: most inputs stop here
    t_small = _time(pattern, short, repeat=2, limit=MAX_SMALL)
    if t_small > MAX_SMALL:
        return f"{t_small * 1000:.0f} ms on {len(short)} characters"
    t_large = _time(pattern, long)
    ratio = t_large / max(t_small, 1e-6)
    if ratio > MAX_RATIO and t_large < MAX_SECONDS:  # confirm before blaming: timer noise
        t_large = min(t_large, _time(pattern, long))
        ratio = t_large / max(t_small, 1e-6)
    if t_large < NOISE_FLOOR and ratio <= MAX_RATIO * 3:
        return None
    if ratio > MAX_RATIO or t_large > MAX_SECONDS:
        return (f"{t_small * 1000:.1f} ms -> {t_large * 1000:.1f} ms for 8x the input "
                f"(x{ratio:.0f})")
    return None


def _param(where: str, pattern: re.Pattern[Any]) -> Any:
    reason = KNOWN_SUPERLINEAR.get(where)
    marks = [pytest.mark.xfail(reason=reason, strict=False)] if reason else []
    return pytest.param(where, pattern, id=where, marks=marks)


@pytest.mark.parametrize("where, pattern", [_param(w, p) for w, p in PATTERNS])
def test_pattern_time_grows_linearly(where: str, pattern: re.Pattern[Any]) -> None:
    for short, long in zip(_inputs(BASE), _inputs(BASE * GROWTH), strict=True):
        problem = _verdict(pattern, short, long)
        # One witness is enough, and each costs up to a second.
        assert problem is None, (f"{where} /{pattern.pattern!r}/ is super-linear on "
                                 f"{short[:16]!r}...: {problem}")


def test_the_check_catches_a_catastrophic_pattern() -> None:
    # The guard itself must work: a quadratic pattern has to be flagged.
    # (16x rather than 8x: a quadratic's 64x is too close to MAX_RATIO on a loaded machine.)
    short, long = " " * BASE + "x", " " * (BASE * 16) + "x"
    quadratic = re.compile(r"\s+$")
    assert _verdict(quadratic, short, long) is not None
    linear = re.compile(r"(?<!\s)\s+$")
    assert _verdict(linear, short, long) is None
