"""Works offline by default: a fresh process with no network opens a new embedded store,
writes turns and triples, reads history and recalls — with no model download, no cached files in $HOME, and
no reliance on HF_HUB_OFFLINE or similar switches."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = textwrap.dedent(
    """
    import json, sys
    from datetime import datetime, timezone, timedelta
    from spectron_core import Spectron
    from spectron_core import _tokens

    t0 = datetime(2025, 3, 1, 9, 0, tzinfo=timezone.utc)
    alice = {"org": "acme", "user": "alice"}
    mem = Spectron(path=sys.argv[1])
    with mem.sessions.create(scope=alice) as s:
        s.add_turn("user", "Hello, I am Alice.", observed_at=t0)
        s.add_turn("assistant", "Nice to meet you, Alice.", observed_at=t0 + timedelta(seconds=5))
        s.remember(triples=[("Person/alice", "food_preference", "vegetarian")], observed_at=t0)
        s.remember(triples=[("Person/alice", "food_preference", "fish")], observed_at=t0 + timedelta(days=1))
        s.remember("I prefer tea over coffee.")
        res = s.recall("what does alice eat", top_k=5, max_tokens=200)
    chain = mem.history("Person/alice", "food_preference", scope=alice)
    assert [v.value for v in chain] == ["vegetarian", "fish"], chain
    assert chain[0].valid_until is not None and chain[1].valid_until is None
    assert chain[0].superseded_by == chain[1].id
    assert len(s.turns()) == 3
    assert res.items, "recall returned nothing"
    assert _tokens.encoding() is not None, "token counting fell back to an estimate"
    assert res.formatted and _tokens.count_tokens(res.formatted) <= 200 and res.tokens <= 200
    print(json.dumps({"status": "OK", "items": len(res.items)}))
    """
)

GUARD = textwrap.dedent(
    '''
    """Test-only network guard: every socket connect / DNS lookup is logged and refused."""
    import os, socket, sys

    _LOG = os.environ["SPECTRON_NET_LOG"]

    def _record(what):
        with open(_LOG, "a") as fh:
            fh.write(repr(what) + "\\n")

    def _connect(self, address):
        if self.family != getattr(socket, "AF_UNIX", None):
            _record(("connect", self.family, address))
            raise OSError(101, "network disabled by the offline test")
        return _orig_connect(self, address)

    def _connect_ex(self, address):
        if self.family != getattr(socket, "AF_UNIX", None):
            _record(("connect_ex", self.family, address))
            return 101
        return _orig_connect_ex(self, address)

    def _getaddrinfo(host, *args, **kwargs):
        _record(("getaddrinfo", host))
        raise socket.gaierror(-3, "name resolution disabled by the offline test")

    _orig_connect, _orig_connect_ex = socket.socket.connect, socket.socket.connect_ex
    socket.socket.connect = _connect
    socket.socket.connect_ex = _connect_ex
    socket.getaddrinfo = _getaddrinfo

    # Chain to any other sitecustomize further down the path (a venv or developer hook).
    _here = os.path.dirname(os.path.abspath(__file__))
    for _entry in sys.path:
        _cand = os.path.join(_entry or ".", "sitecustomize.py")
        if os.path.abspath(os.path.dirname(_cand)) != _here and os.path.isfile(_cand):
            with open(_cand) as _fh:
                exec(compile(_fh.read(), _cand, "exec"), {"__name__": "sitecustomize_chained", "__file__": _cand})
            break
    '''
)


def offline_env(tmp_path: Path) -> dict[str, str]:
    """The caller's environment minus every offline switch and proxy, with a brand-new empty HOME."""
    env = dict(os.environ)
    for key in list(env):
        if key.upper() in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_DATASETS_OFFLINE", "HF_HOME",
                           "TIKTOKEN_CACHE_DIR", "DATA_GYM_CACHE_DIR", "XDG_CACHE_HOME", "SPECTRON_MODEL_DIR",
                           "SPECTRON_PATH", "SPECTRON_CACHE", "SENTENCE_TRANSFORMERS_HOME",
                           "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
            env.pop(key)
    home = tmp_path / "home"
    home.mkdir()
    env["HOME"] = str(home)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    env["CHROMA_ANONYMIZED_TELEMETRY"] = "False"
    return env


def assert_nothing_downloaded(home: Path) -> None:
    """No model, encoding or other payload landed in the fresh $HOME. onnxruntime writes a tiny device-id
    file under ~/.cache/Microsoft/DeveloperTools (its telemetry stub); that is not a download."""
    files = [p for p in home.rglob("*") if p.is_file()]
    unexpected = [p for p in files if "Microsoft/DeveloperTools" not in p.as_posix()]
    assert unexpected == [], f"files cached in $HOME: {unexpected}"
    assert all(p.stat().st_size < 1_000_000 for p in files), files


def unshare_works() -> bool:
    exe = shutil.which("unshare")
    if exe is None:
        return False
    try:
        proc = subprocess.run([exe, "-n", sys.executable, "-c", "print('ns')"], capture_output=True, text=True,
                              timeout=60)
    except (OSError, subprocess.SubprocessError):
        return False
    return proc.returncode == 0 and proc.stdout.strip() == "ns"


def run_with_guard(tmp_path: Path, env: dict[str, str]) -> tuple[subprocess.CompletedProcess, list[str]]:
    guard_dir = tmp_path / "guard"
    guard_dir.mkdir()
    (guard_dir / "sitecustomize.py").write_text(GUARD)
    log = tmp_path / "net.log"
    log.touch()
    env = dict(env)
    env["SPECTRON_NET_LOG"] = str(log)
    env["PYTHONPATH"] = os.pathsep.join([str(guard_dir), env["PYTHONPATH"]])
    proc = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "store")], capture_output=True, text=True,
                          env=env, timeout=300, cwd=str(tmp_path))
    return proc, [line for line in log.read_text().splitlines() if line]


def _ok(proc: subprocess.CompletedProcess) -> dict:
    assert proc.returncode == 0, f"offline run failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}"
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    assert out["status"] == "OK"
    return out


def test_guard_really_blocks_the_network(tmp_path):
    """The fallback guard is only evidence if it would catch a connection attempt."""
    env = offline_env(tmp_path)
    guard_dir = tmp_path / "guard"
    guard_dir.mkdir()
    (guard_dir / "sitecustomize.py").write_text(GUARD)
    log = tmp_path / "net.log"
    log.touch()
    env["SPECTRON_NET_LOG"] = str(log)
    env["PYTHONPATH"] = os.pathsep.join([str(guard_dir), env["PYTHONPATH"]])
    code = (
        "import socket\n"
        "s = socket.socket(); s.settimeout(1)\n"
        "try:\n    s.connect(('127.0.0.1', 9))\nexcept OSError as e:\n    print('blocked', e)\n"
        "try:\n    socket.create_connection(('example.com', 80), timeout=1)\nexcept OSError as e:\n    print('blocked', e)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert proc.stdout.count("blocked") == 2, proc.stderr
    logged = log.read_text()
    assert "('connect'," in logged and "('getaddrinfo', 'example.com')" in logged


def test_offline_in_a_network_namespace_or_with_a_socket_guard(tmp_path):
    env = offline_env(tmp_path)
    assert "HF_HUB_OFFLINE" not in env  # deliberately unset: we must not depend on it
    if unshare_works():
        proc = subprocess.run(["unshare", "-n", sys.executable, "-c", SCRIPT, str(tmp_path / "store")],
                              capture_output=True, text=True, env=env, timeout=300, cwd=str(tmp_path))
        _ok(proc)
    else:  # no namespaces here: fall back to the socket guard
        proc, attempts = run_with_guard(tmp_path, env)
        _ok(proc)
        assert attempts == [], f"network was attempted: {attempts}"
    assert_nothing_downloaded(tmp_path / "home")


def test_offline_makes_no_connection_attempt_at_all(tmp_path):
    """Stronger than a missing network: not even a connect or DNS lookup is tried (an attempt that fails
    slowly offline is a hang in production)."""
    env = offline_env(tmp_path)
    proc, attempts = run_with_guard(tmp_path, env)
    _ok(proc)
    assert attempts == [], f"network was attempted: {attempts}"
    assert_nothing_downloaded(tmp_path / "home")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="network namespaces are Linux-only")
def test_unshare_namespace_has_no_network(tmp_path):
    """Guards the first test's premise: inside ``unshare -n`` an outside address is unreachable."""
    if not unshare_works():
        pytest.skip("unshare -n is not available here (the socket-guard test covers offline operation)")
    code = (
        "import socket\ns = socket.socket()\ns.settimeout(3)\n"
        "print('rc', s.connect_ex(('1.1.1.1', 443)))\n"
    )
    proc = subprocess.run(["unshare", "-n", sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() != "rc 0"
