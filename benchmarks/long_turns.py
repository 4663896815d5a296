"""Recall latency on long turns: ``python -m benchmarks.long_turns --turns 400 --chars 1200 --out DIR``.

An assistant's memory holds its own answers, which run to paragraphs. Recall's cost must not grow with the
length of the candidate texts (issue #10 measured 84–407 ms on such a store, the time going into regex scans
and Python stemming of the candidates). This builds one user's store of ``--turns`` turns of about
``--chars`` characters (user and assistant alternating, seeded synthetic text from ``synth``), then measures,
in the same process and run, recall p50/p95 (query embedding included) beside a bare Chroma query with the
same embedding and the same user filter, and the same recall on a store of short turns of the same count,
so the ratio long/short shows what text length costs.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import sys
import time
from pathlib import Path
from typing import Any

from .metrics import percentile, versions
from .scratch import remove_scratch, scratch_dir
from .synth import CITIES, FOODS, HOBBIES, ORGS, PLACES, ROLES, queries, turns

SCOPE = {"org": "acme", "user": "long-user"}

_ADVICE = [
    "Here is a plan that keeps {h} in your week without crowding out work at {o}.",
    "Since you mentioned {c}, the {p} near the old town is worth a visit on a quiet morning.",
    "For dinner, a {f} menu works well: prepare the sauce the day before and keep the rest simple.",
    "As a {r}, you could block two focused hours each morning and batch your meetings after lunch.",
    "If the budget is tight, compare the train with a shared car; prices change a lot by weekday.",
    "I would pack light layers, a rain jacket and comfortable shoes for long walks between sights.",
    "Let me summarise the options so far, with the trade-offs we discussed for each of them.",
    "A short checklist helps: confirm the booking, share the itinerary, and set two reminders.",
    "You asked about {h} groups in {c}; most meet on weekends and welcome beginners.",
    "The quickest way to learn this is a small daily habit rather than one long session a week.",
]


def long_text(rng: random.Random, chars: int, stream: Any) -> str:
    """About ``chars`` characters: the user's own sentences mixed with assistant-style advice."""
    parts: list[str] = []
    while sum(len(p) + 1 for p in parts) < chars:
        if rng.random() < 0.35:
            parts.append(next(stream))
        else:
            parts.append(rng.choice(_ADVICE).format(h=rng.choice(HOBBIES), o=rng.choice(ORGS), c=rng.choice(CITIES),
                                                    p=rng.choice(PLACES), f=rng.choice(FOODS), r=rng.choice(ROLES)))
    return " ".join(parts)


def build(path: str, n: int, chars: int, seed: int) -> tuple[Any, float]:
    from spectron_core import Spectron

    rng = random.Random(seed)
    stream = turns(random.Random(seed + 1))
    mem = Spectron(path=path)
    t0 = time.perf_counter()
    per_session = 20
    for start in range(0, n, per_session):
        msgs = []
        for i in range(start, min(n, start + per_session)):
            text = long_text(rng, chars, stream) if chars > 0 else next(stream)
            msgs.append({"role": "user" if i % 2 == 0 else "assistant", "content": text})
        with mem.sessions.create(scope=SCOPE) as s:
            s.remember_many(msgs)
    mem.flush()
    return mem, time.perf_counter() - t0


def measure(mem: Any, ops: int, seed: int) -> dict[str, float]:
    from spectron_core import MiniLMEmbedding

    ef = MiniLMEmbedding()
    qstream = queries(random.Random(seed + 2))
    coll = mem._engine.store.memory
    recall_ms, bare_ms = [], []
    for _ in range(5):  # warm caches (query embedding session, SQLite pages)
        mem.recall(next(qstream), scope=SCOPE, top_k=10)
    for _ in range(ops):
        q = next(qstream)
        t0 = time.perf_counter()
        mem.recall(q, scope=SCOPE, top_k=10)
        recall_ms.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        coll.query(query_embeddings=[list(map(float, ef.embed_texts([q])[0]))], n_results=10,
                   where={"s_user": {"$eq": SCOPE["user"]}})
        bare_ms.append((time.perf_counter() - t0) * 1000)
    return {"recall_p50_ms": round(percentile(recall_ms, 50), 2), "recall_p95_ms": round(percentile(recall_ms, 95), 2),
            "bare_chroma_p50_ms": round(percentile(bare_ms, 50), 2),
            "recall_over_bare": round(percentile(recall_ms, 50) / max(percentile(bare_ms, 50), 1e-9), 2)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--turns", type=int, default=400)
    ap.add_argument("--chars", type=int, default=1200)
    ap.add_argument("--ops", type=int, default=200, help="recalls measured on each store")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--out", default="benchmarks/out/long_turns")
    args = ap.parse_args(argv)
    out_dir = Path(args.out)
    out_dir.mkdir(parents=True, exist_ok=True)
    meta = {"command": "python -m benchmarks.long_turns " + " ".join(argv if argv is not None else sys.argv[1:]),
            "machine": platform.platform(), "python": platform.python_version(), "cpus": os.cpu_count(),
            "versions": versions(), "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
    results: dict[str, Any] = {}
    for label, chars in (("long", args.chars), ("short", 0)):
        mem, seconds = build(scratch_dir(f"{label}-"), args.turns, chars, args.seed)
        lengths = [len(t.content) for t in mem._engine.store.local(
            mem._engine.lexical.visible_ids(SCOPE, kinds=["turn"])).values()]
        row = {"turns": len(lengths), "mean_chars": round(sum(lengths) / max(len(lengths), 1)),
               "build_seconds": round(seconds, 1), **measure(mem, args.ops, args.seed)}
        mem.close()
        results[label] = row
        print(f"== {label}: " + ", ".join(f"{k}={v}" for k, v in row.items()), flush=True)
    remove_scratch()
    results["long_over_short_p50"] = round(results["long"]["recall_p50_ms"] / results["short"]["recall_p50_ms"], 2)
    (out_dir / "long_turns.json").write_text(json.dumps({"meta": meta, **results}, indent=2))
    lines = ["# Recall on long turns", "", f"Command: `{meta['command']}`  ",
             f"Machine: {meta['machine']}, {meta['cpus']} CPUs, Python {meta['python']}, {meta['started']}", "",
             "| store | turns | mean chars | recall p50 ms | recall p95 ms | bare Chroma p50 ms | recall / bare |",
             "|---|---|---|---|---|---|---|"]
    for label in ("long", "short"):
        r = results[label]
        lines.append(f"| {label} | {r['turns']} | {r['mean_chars']} | {r['recall_p50_ms']} | {r['recall_p95_ms']} | "
                     f"{r['bare_chroma_p50_ms']} | {r['recall_over_bare']} |")
    lines += ["", f"Long over short, recall p50: {results['long_over_short_p50']}×. Target (issue #10): p50 ≤ 30 ms and "
              "p95 ≤ 60 ms on 400 turns of 1,200 characters.", ""]
    (out_dir / "results.md").write_text("\n".join(lines))
    print(f"results in {out_dir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
