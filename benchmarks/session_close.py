"""Time to close one session in a scope that already has N closed sessions, before and after a change.

``python -m benchmarks.session_close --sizes 10,100,500 --before-ref main``

One store, one user scope, built session by session (2–3 first-person turns each: a possession, then homes,
employers and favourites that change, negations that end a value with no successor, facts said again). At
each N the store folder is copied twice, and a child process closes ``--probes`` new sessions of the same
kind in each copy (the same sessions: same seed): one child imports ``spectron_core`` from ``--before-ref``
(``git archive`` of that ref's ``spectron_core`` into a scratch folder, first on ``PYTHONPATH``), the other
from this tree. The figures are the median close times (``Session.close``, the store flushed before it).
The build closes its sessions with this tree's code (an older tree's full rebuild at every close makes a
500-session build quadratic). Runs in about a minute and a half on 2 CPUs; public API only.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tarfile
import time
from pathlib import Path
from typing import Any

from .scratch import remove_scratch, scratch_dir

_CITIES = ["lisbon", "porto", "madrid", "denver", "austin", "oslo", "lyon", "kyoto", "perth", "quito"]
_FIRMS = ["acme", "globex", "initech", "umbrella", "hooli", "vandelay", "stark industries", "wayne enterprises"]
_COLOURS = ["green", "blue", "red", "purple", "orange", "yellow"]
_FOODS = ["sushi", "pizza", "tacos", "ramen", "curry", "paella"]
_PETS = ["a dog", "a cat", "two rabbits", "a parrot", "a hamster"]
_HOBBIES = ["hiking", "chess", "painting", "surfing", "knitting", "climbing"]
_SHADES = ["red", "old", "blue", "tiny", "vintage", "green", "folding", "black", "wooden", "electric", "huge", "spare"]
_THINGS = [
    "bicycle",
    "kayak",
    "piano",
    "camera",
    "tent",
    "telescope",
    "guitar",
    "scooter",
    "drone",
    "canoe",
    "typewriter",
    "sewing machine",
    "record player",
    "motorbike",
    "sailboat",
    "microscope",
]


def _turn(rng: random.Random) -> str:
    """One first-person message that yields a fact (some change a single-valued key, some end one)."""
    pick = rng.randrange(10)
    if pick == 0:
        return f"i just moved to {rng.choice(_CITIES)}"
    if pick == 1:
        return f"I live in {rng.choice(_CITIES).title()} these days."
    if pick == 2:
        return f"i work at {rng.choice(_FIRMS)} now"
    if pick == 3:
        return f"I no longer live in {rng.choice(_CITIES).title()}."
    if pick == 4:
        return f"my favourite colour is {rng.choice(_COLOURS)}"
    if pick == 5:
        return f"My favorite food is {rng.choice(_FOODS)}."
    if pick == 6:
        return f"i have {rng.choice(_PETS)}"
    if pick == 7:
        return f"I love {rng.choice(_HOBBIES)} on weekends."
    if pick == 8:
        return "i'm retired now" if rng.random() < 0.5 else f"I got a job at {rng.choice(_FIRMS).title()}."
    return f"i enjoy {rng.choice(_HOBBIES)}"


def _session(mem: Any, scope: dict[str, str], rng: random.Random) -> Any:
    """An open session of 2-3 turns: one possession (mostly new, so most sessions keep a summary; a repeat
    is promoted), then one or two facts from the pool above."""
    session = mem.sessions.create(scope=scope)
    session.remember(f"i own a {rng.choice(_SHADES)} {rng.choice(_THINGS)}")
    for _ in range(rng.choice((1, 2))):
        session.remember(_turn(rng))
    return session


_ROOT = Path(__file__).resolve().parent.parent


def _extract_before(ref: str, into: str) -> str:
    """``ref``'s ``spectron_core`` package, unpacked under ``into``; returns the ref's short commit."""
    archive = subprocess.run(
        ["git", "archive", "--format=tar", ref, "spectron_core"], cwd=_ROOT, check=True, capture_output=True
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return subprocess.run(
        ["git", "rev-parse", "--short", ref], cwd=_ROOT, check=True, capture_output=True, text=True
    ).stdout.strip()


def _probe(path: str, scope: dict[str, str], probes: int, seed: int) -> dict[str, Any]:
    """Close ``probes`` new sessions in the store at ``path``; their close times in ms, and where
    ``spectron_core`` was imported from (run in a child)."""
    import spectron_core
    from spectron_core import Spectron

    mem = Spectron(path=path)
    rng, times = random.Random(seed), []
    try:
        for _ in range(probes):
            session = _session(mem, scope, rng)
            mem.flush()
            t0 = time.perf_counter()
            session.close()
            times.append((time.perf_counter() - t0) * 1000)
            mem.flush()
    finally:
        mem.close()
    return {"package": spectron_core.__file__, "times": times}


def _probe_in_child(store: str, copy: str, src: str, scope: dict[str, str], probes: int, seed: int) -> list[float]:
    """Copy the store, then :func:`_probe` it in a child process importing ``spectron_core`` from ``src`` (run
    from the copy's folder: the working directory comes first on ``sys.path``, before ``PYTHONPATH``)."""
    shutil.copytree(store, copy)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([src, str(_ROOT)])}
    args = [json.dumps(scope), str(probes), str(seed)]
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.session_close", "--probe", copy, *args],
        env=env,
        cwd=os.path.dirname(copy),
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    got = json.loads(out.strip().splitlines()[-1])
    if not Path(got["package"]).resolve().is_relative_to(Path(src).resolve() / "spectron_core"):
        raise RuntimeError(f"the child imported {got['package']}, not the package under {src}")
    times: list[float] = got["times"]
    return times


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", default="10,100,500")
    ap.add_argument("--probes", type=int, default=5, help="closes measured per side at each size")
    ap.add_argument("--before-ref", default="main", help="git ref whose spectron_core is the 'before'")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--out", default="", help="also write the figures as JSON here")
    ap.add_argument("--probe", nargs=4, help=argparse.SUPPRESS)  # child: PATH SCOPE_JSON PROBES SEED
    args = ap.parse_args(argv)
    if args.probe:
        path, scope, probes, seed = args.probe
        print(json.dumps(_probe(path, json.loads(scope), int(probes), int(seed))))
        return 0

    from spectron_core import Spectron

    before_src = scratch_dir("before-src-")
    before_commit = _extract_before(args.before_ref, before_src)
    store = scratch_dir("close-")
    rng = random.Random(args.seed)
    scope = {"org": "bench", "user": "sam"}
    built, rows = 0, []
    print(f"before = {args.before_ref} ({before_commit}); after = this tree ({_ROOT})", flush=True)
    print(f"{'N':>5} {'before ms':>10} {'after ms':>9}", flush=True)
    try:
        for size in sorted(int(s) for s in args.sizes.split(",")):
            mem = Spectron(path=store)
            while built < size:
                _session(mem, scope, rng).close()
                built += 1
            mem.close()
            medians = {}
            for side, src in (("before", before_src), ("after", str(_ROOT))):
                copy = os.path.join(scratch_dir(f"{side}-"), "store")
                times = _probe_in_child(store, copy, src, scope, args.probes, args.seed + size)
                shutil.rmtree(copy, ignore_errors=True)
                medians[side] = round(statistics.median(times), 1)
            rows.append({"closed_sessions": size, **{f"{s}_ms": v for s, v in medians.items()}})
            print(f"{size:>5} {medians['before']:>10} {medians['after']:>9}", flush=True)
    finally:
        remove_scratch()
    if args.out:
        meta = {
            "command": "python -m benchmarks.session_close " + " ".join(argv if argv is not None else sys.argv[1:]),
            "before": f"{args.before_ref} ({before_commit})",
            "machine": platform.platform(),
        }
        Path(args.out).write_text(json.dumps({"meta": meta, "rows": rows}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
