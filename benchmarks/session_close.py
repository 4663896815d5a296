"""Time to close one session in a scope that already has N closed sessions, before and after a change.

``python -m benchmarks.session_close --sizes 10,100,500 --before-ref main``

One store, one user scope, built session by session (2–3 first-person turns each: homes, employers and
favourites that change, negations that end a value with no successor, facts repeated so they are promoted).
At each N, probe sessions of the same kind are closed alternately by the consolidation of ``--before-ref``
(its ``spectron_core/_write/_consolidate.py``, read with ``git show`` and loaded in place of this tree's for
that close) and by this tree's; the figures are the medians of ``--probes`` closes each, with how many other
sessions' summaries each close rebuilt. Both run on the same store, in the same process.
The build itself closes its sessions with this tree's code (the full rebuild of an older tree makes a 500-session
build quadratic). Runs in about a minute on 2 CPUs.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import platform
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

from .scratch import remove_scratch, scratch_dir

_CITIES = ["lisbon", "porto", "madrid", "denver", "austin", "oslo", "lyon", "kyoto", "perth", "quito"]
_FIRMS = ["acme", "globex", "initech", "umbrella", "hooli", "vandelay", "stark industries", "wayne enterprises"]
_COLOURS = ["green", "blue", "red", "purple", "orange", "yellow"]
_FOODS = ["sushi", "pizza", "tacos", "ramen", "curry", "paella"]
_PETS = ["a dog", "a cat", "two rabbits", "a parrot", "a hamster"]
_HOBBIES = ["hiking", "chess", "painting", "surfing", "knitting", "climbing"]
_SHADES = ["red", "old", "blue", "tiny", "vintage", "green", "folding", "black", "wooden", "electric", "huge", "spare"]
_THINGS = ["bicycle", "kayak", "piano", "camera", "tent", "telescope", "guitar", "scooter", "drone", "canoe",
           "typewriter", "sewing machine", "record player", "motorbike", "sailboat", "microscope"]


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


def _load_before(ref: str) -> tuple[ModuleType, str]:
    """``ref``'s consolidation module, loaded as a sibling of this tree's (same package, same relative imports)."""
    root = Path(__file__).resolve().parent.parent
    source = subprocess.run(
        ["git", "show", f"{ref}:spectron_core/_write/_consolidate.py"], cwd=root, check=True, capture_output=True,
        text=True,
    ).stdout
    commit = subprocess.run(
        ["git", "rev-parse", "--short", ref], cwd=root, check=True, capture_output=True, text=True
    ).stdout.strip()
    spec = importlib.util.spec_from_loader("spectron_core._write._consolidate_before", loader=None)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    module.__package__ = "spectron_core._write"
    exec(compile(source, f"{ref}:_consolidate.py", "exec"), module.__dict__)
    return module, commit


class _Counter:
    """Counts the summaries a close rebuilds (``_write_summary`` calls) through one consolidation module."""

    def __init__(self, module: ModuleType) -> None:
        self.calls = 0
        original = module._write_summary

        def counted(*args: Any, **kwargs: Any) -> Any:
            self.calls += 1
            return original(*args, **kwargs)

        module._write_summary = counted


def _close_once(mem: Any, scope: dict[str, str], rng: random.Random, module: ModuleType, counter: _Counter
                ) -> tuple[float, int]:
    from spectron_core._write import _sessions

    session = _session(mem, scope, rng)
    mem.flush()
    saved = _sessions.consolidate_session
    _sessions.consolidate_session = module.consolidate_session
    counter.calls = 0
    try:
        t0 = time.perf_counter()
        session.close()
        elapsed = (time.perf_counter() - t0) * 1000
    finally:
        _sessions.consolidate_session = saved
    mem.flush()
    return elapsed, max(counter.calls - 1, 0)  # the closing session's own summary is not a rebuild


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", default="10,100,500")
    ap.add_argument("--probes", type=int, default=5, help="closes measured per side at each size")
    ap.add_argument("--before-ref", default="main", help="git ref whose consolidation is the 'before'")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--out", default="", help="also write the figures as JSON here")
    args = ap.parse_args(argv)

    from spectron_core import Spectron
    from spectron_core._write import _consolidate as after

    before, before_commit = _load_before(args.before_ref)
    counters = {"before": _Counter(before), "after": _Counter(after)}
    modules = {"before": before, "after": after}
    rng = random.Random(args.seed)
    mem = Spectron(path=scratch_dir("close-"))
    scope = {"org": "bench", "user": "sam"}
    built, rows = 0, []
    print(f"before = {args.before_ref} ({before_commit}); after = this tree", flush=True)
    print(f"{'N':>5} {'before ms':>10} {'after ms':>9} {'rebuilt before':>15} {'rebuilt after':>14}", flush=True)
    try:
        for size in sorted(int(s) for s in args.sizes.split(",")):
            while built < size:
                _session(mem, scope, rng).close()
                built += 1
            times: dict[str, list[float]] = {"before": [], "after": []}
            rebuilt: dict[str, list[int]] = {"before": [], "after": []}
            for i in range(2 * args.probes):
                side = ("before", "after")[i % 2]
                ms, n = _close_once(mem, scope, rng, modules[side], counters[side])
                times[side].append(ms)
                rebuilt[side].append(n)
            built += 2 * args.probes
            row = {"closed_sessions": size, **{f"{s}_ms": round(statistics.median(times[s]), 1) for s in times},
                   **{f"{s}_rebuilt": statistics.median(rebuilt[s]) for s in rebuilt}}
            rows.append(row)
            print(f"{size:>5} {row['before_ms']:>10} {row['after_ms']:>9} {row['before_rebuilt']:>15} "
                  f"{row['after_rebuilt']:>14}", flush=True)
    finally:
        mem.close()
        remove_scratch()
    if args.out:
        meta = {"command": "python -m benchmarks.session_close " + " ".join(argv if argv is not None else sys.argv[1:]),
                "before": f"{args.before_ref} ({before_commit})", "machine": platform.platform()}
        Path(args.out).write_text(json.dumps({"meta": meta, "rows": rows}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
