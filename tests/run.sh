#!/usr/bin/env bash
# The one test command for a fresh clone: create .venv, install newsclaims with its test extras and
# every plugin package under plugins/, then run the main suite and each plugin's own suite.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test]"
for plugin in plugins/*/; do
  if [ -f "$plugin/pyproject.toml" ]; then
    .venv/bin/python -m pip install -q --disable-pip-version-check -e "$plugin"
  fi
done
.venv/bin/python -m pytest "$@"
for plugin in plugins/*/; do
  if [ -d "$plugin/tests" ]; then
    (cd "$plugin" && ../../.venv/bin/python -m pytest -q tests)
  fi
done
