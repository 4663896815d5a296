#!/usr/bin/env bash
# One command from a fresh machine (python3 + PyPI only): create .venv, install Spectron, run the quickstart
# against the embedded default store (a fresh temporary folder unless SPECTRON_QUICKSTART_PATH is set).
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  echo "==> creating .venv"
  "$PY" -m venv .venv
fi
echo "==> installing spectron-memory (core) into .venv"
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e .
echo "==> running the quickstart"
exec .venv/bin/python -m spectron_core quickstart ${SPECTRON_QUICKSTART_PATH:+--path "$SPECTRON_QUICKSTART_PATH"}
