"""The README's Python example and its two set-up commands stay true."""

import os
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_python_example_runs_on_the_seeds() -> None:
    code = re.search(r"```python\n(.*?)```", README, re.S)
    assert code is not None
    result = subprocess.run([sys.executable, "-c", code.group(1)], cwd=ROOT, capture_output=True,
                            text=True, timeout=300, env={**os.environ})
    assert result.returncode == 0, result.stderr
    # every seed title is printed, and at least one quote with a resolved speaker
    assert result.stdout.count("\n  ") >= 10
    assert "Ilham Aliyev:" in result.stdout


def test_ci_runs_the_readme_test_command() -> None:
    block = re.search(r"<!-- test-command -->\n```\n(.*?)\n```", README, re.S)
    assert block is not None and block.group(1).strip() == "bash tests/run.sh"
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "test-command" in ci


def test_main_command_names_commands_that_exist() -> None:
    block = re.search(r"<!-- main-command -->\n```\n(.*?)\n```", README, re.S)
    assert block is not None
    for sub in re.findall(r"newsclaims (\w+)", block.group(1)):
        result = subprocess.run([sys.executable, "-m", "newsclaims", sub, "--help"],
                                capture_output=True, text=True)
        assert result.returncode == 0, sub
