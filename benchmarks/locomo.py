"""LoCoMo retrieval benchmark: ``python -m benchmarks.locomo --data PATH --out DIR [--systems a,b]``.

Every conversation is its own scope in one store; every turn goes through ``remember`` (one session per
LoCoMo session, turn time from the session date); every question of categories 1–4 with evidence is asked at
its conversation's scope, and the returned items are mapped to the turns they cite. See ``report.py`` for
the outputs and the targets they are checked against.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
import traceback
from collections import defaultdict
from pathlib import Path

from .locomo_data import CATEGORIES, load
from .metrics import KS, all_at, any_at, dedupe, percentile, session_any_at, versions
from .report import write_reports
from .scratch import scratch_dir
from .systems import build, close_all

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "locomo-dev.json"
ALL_SYSTEMS = ["spectron", "bm25", "dense", "mem0", "spectron-no-lexical", "spectron-no-dense", "spectron-no-graph",
               "spectron-no-weights", "spectron-no-feedback", "spectron-no-dates"]


def evaluate(system, convs, k_max: int = 20) -> dict:
    per_cat: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    latencies: list[float] = []
    foreign = 0
    for conv in convs:
        for q in conv.questions:
            t0 = time.perf_counter()
            cited, bad = system.search(conv, q.question, k_max)
            latencies.append((time.perf_counter() - t0) * 1000)
            foreign += bad
            ranked = dedupe(t for item in cited for t in item if t)
            for bucket in ("overall", CATEGORIES[q.category]):
                row = per_cat[bucket]
                for k in KS:
                    row[f"turn_any@{k}"].append(any_at(ranked, q.evidence, k))
                row["turn_all@10"].append(all_at(ranked, q.evidence, 10))
                row["session_any@5"].append(session_any_at(ranked, q.evidence, 5))
                row["questions"].append(1.0)
    out: dict = {}
    for bucket, row in per_cat.items():
        stats = {m: round(sum(v) / len(v), 4) for m, v in row.items() if m != "questions"}
        stats["questions"] = int(sum(row["questions"]))
        if bucket == "overall":
            out.update(stats)
        else:
            out.setdefault("by_category", {})[bucket] = stats
    out["foreign_hits"] = foreign
    out["recall_p50_ms"] = round(percentile(latencies, 50), 2)
    out["recall_p95_ms"] = round(percentile(latencies, 95), 2)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--out", default="benchmarks/out/locomo")
    ap.add_argument("--systems", default=",".join(ALL_SYSTEMS))
    ap.add_argument("--limit-conversations", type=int, default=None)
    args = ap.parse_args(argv)

    convs, normalised = load(args.data)
    if args.limit_conversations:
        convs = convs[: args.limit_conversations]
    out_dir = Path(args.out)
    out_dir.mkdir(parents=True, exist_ok=True)
    results: dict = {}
    meta = {
        "data": str(args.data), "conversations": len(convs), "turns": sum(len(c.turns) for c in convs),
        "questions": sum(len(c.questions) for c in convs), "evidence_normalisation": dict(normalised),
        "command": "python -m benchmarks.locomo " + " ".join(argv if argv is not None else sys.argv[1:]),
        "python": platform.python_version(), "machine": platform.platform(), "cpus": os.cpu_count(),
        "versions": versions(),
        "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    systems = build([s.strip() for s in args.systems.split(",") if s.strip()], scratch_dir("locomo-"))
    try:
        for system in systems:
            print(f"== {system.name}: ingesting {meta['turns']} turns", flush=True)
            t0 = time.perf_counter()
            try:
                system.ingest(convs)
                ingest_s = getattr(system, "ingest_seconds", time.perf_counter() - t0)
                res = evaluate(system, convs)
                res["ingest_seconds"] = round(ingest_s, 1)
            except Exception as exc:  # a peer that cannot run is reported, not fatal
                traceback.print_exc()
                res = {"error": f"{type(exc).__name__}: {exc}"}
            results[system.name] = res
            print(f"   {system.name}: " + ", ".join(f"{k}={v}" for k, v in res.items() if k != "by_category"),
                  flush=True)
    finally:
        close_all(systems)
    (out_dir / "results.json").write_text(json.dumps({"meta": meta, **results}, indent=2))
    write_reports(out_dir, meta, results)
    print(f"results in {out_dir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
