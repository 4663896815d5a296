#!/usr/bin/env bash
# The one command that sets up a fresh machine (python3 + PyPI only) and runs the whole test suite:
#   1. create .venv if it is missing and install the package with its dev extra (pip install -e ".[dev]");
#   2. run the static checks (ruff check, ruff format --check, mypy --strict on both packages);
#   3. start a real Chroma server (the venv's `chroma run`) on a free loopback port with a temporary data dir;
#   4. wait for its heartbeat, export SPECTRON_TEST_CHROMA_URL, and run `python -m pytest -q "$@"`;
#   5. always stop the server and remove its temporary folder; exit with pytest's status
#      (pytest's 5, "no tests collected", counts as a failure).
# Environment knobs: PYTHON (interpreter for creating the venv, default python3), SPECTRON_SKIP_INSTALL=1
# (skip pip when iterating locally), SPECTRON_SKIP_STATIC=1 (skip the static checks), SPECTRON_CHROMA_START_TIMEOUT (seconds, default 60).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
PY="${PYTHON:-python3}"
VENV_PY="$ROOT/.venv/bin/python"

say() { printf '==> %s\n' "$*"; }

FRESH_VENV=0
if [ ! -x "$VENV_PY" ]; then
  say "creating virtual environment .venv with $PY"
  "$PY" -m venv .venv
  FRESH_VENV=1
fi

if [ "${SPECTRON_SKIP_INSTALL:-0}" != "1" ]; then
  say "installing spectron-memory with the dev extra: pip install -e \".[dev]\""
  if [ "$FRESH_VENV" = "1" ]; then
    say "upgrading pip in the new virtual environment"
    "$VENV_PY" -m pip install --quiet --disable-pip-version-check --upgrade pip
  fi
  "$VENV_PY" -m pip install --quiet --disable-pip-version-check -e ".[dev]"
else
  say "SPECTRON_SKIP_INSTALL=1: skipping pip install"
fi

# Static checks first: a type or lint error fails the run before the long suite starts. The versions and rules
# are pinned in pyproject.toml (dev extra, [tool.mypy], [tool.ruff]). SPECTRON_SKIP_STATIC=1 skips them when
# iterating on tests locally.
if [ "${SPECTRON_SKIP_STATIC:-0}" != "1" ]; then
  say "static checks: ruff check, ruff format --check, mypy --strict (spectron_core, spectron_integrations; ruff check on tests and benchmarks too)"
  "$VENV_PY" -m ruff check spectron_core spectron_integrations tests benchmarks
  "$VENV_PY" -m ruff format --check spectron_core spectron_integrations
  "$VENV_PY" -m mypy
fi

CHROMA_BIN="$ROOT/.venv/bin/chroma"
if [ ! -x "$CHROMA_BIN" ]; then
  echo "error: $CHROMA_BIN not found (chromadb should provide it)" >&2
  exit 1
fi

WORK="$(mktemp -d "${TMPDIR:-/tmp}/spectron-test.XXXXXX")"
SERVER_PID=""
cleanup() {
  local status=$?
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    say "stopping the Chroma server (pid $SERVER_PID)"
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do
      kill -0 "$SERVER_PID" 2>/dev/null || break
      sleep 0.1
    done
    if kill -0 "$SERVER_PID" 2>/dev/null; then
      kill -9 "$SERVER_PID" 2>/dev/null || true
    fi
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  say "removing $WORK"
  rm -rf "$WORK"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

PORT="$("$VENV_PY" -c 'import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
URL="http://127.0.0.1:$PORT"
say "starting a Chroma server: chroma run --path $WORK/chroma --host 127.0.0.1 --port $PORT (log: $WORK/chroma.log)"
"$CHROMA_BIN" run --path "$WORK/chroma" --host 127.0.0.1 --port "$PORT" >"$WORK/chroma.log" 2>&1 &
SERVER_PID=$!

say "waiting for $URL to answer its heartbeat (timeout ${SPECTRON_CHROMA_START_TIMEOUT:-60} s)"
if ! "$VENV_PY" - "$URL" "${SPECTRON_CHROMA_START_TIMEOUT:-60}" "$SERVER_PID" <<'PYEOF'
import os, sys, time
import httpx

url, timeout, pid = sys.argv[1], float(sys.argv[2]), int(sys.argv[3])
deadline = time.monotonic() + timeout
last = "no answer yet"
while time.monotonic() < deadline:
    try:
        os.kill(pid, 0)
    except OSError:
        print(f"the Chroma server process {pid} exited before answering", file=sys.stderr)
        sys.exit(1)
    for path in ("/api/v2/heartbeat", "/api/v1/heartbeat"):
        try:
            r = httpx.get(url + path, timeout=2.0)
            if r.status_code == 200:
                sys.exit(0)
            last = f"{path}: HTTP {r.status_code}"
        except httpx.HTTPError as exc:
            last = f"{path}: {type(exc).__name__}"
    time.sleep(0.25)
print(f"the Chroma server at {url} did not answer within {timeout:.0f} s ({last})", file=sys.stderr)
sys.exit(1)
PYEOF
then
  echo "---- chroma server log ----" >&2
  cat "$WORK/chroma.log" >&2 || true
  exit 1
fi
say "Chroma server is up at $URL"

export SPECTRON_TEST_CHROMA_URL="$URL"
# The server was started here, so server tests must run, never skip.
export SPECTRON_REQUIRE_SERVER=1
# Keep caches that a server-mode client derives (lexical index) out of the user's home.
export SPECTRON_CACHE="${SPECTRON_CACHE:-$WORK/cache}"

say "running: python -m pytest -q $*"
set +e
"$VENV_PY" -m pytest -q "$@"
STATUS=$?
set -e
if [ "$STATUS" -eq 5 ]; then
  echo "error: pytest collected no tests (exit 5); treating that as a failure" >&2
  STATUS=1
fi
say "pytest finished with status $STATUS"
exit "$STATUS"
