"""Latency and scale: ``python -m benchmarks.scale --sizes 1000,10000,100000 --out DIR``.

Builds one store incrementally (through ``remember_many``, across 1,000 user scopes in 40 orgs) and at each
size measures, in the same process and run: recall p50/p95 (query embedding included), a bare Chroma query on
the same collection, remember p50/p95 against the time to embed the same turn alone, bulk ingest throughput
against the embedder's own batch throughput on the same texts, and peak RSS. Optionally Mem0 OSS add/search
at the sizes it can reach (``--mem0-max``), and the bulk write path (``--replay N``: a Mem0 export of N
memories replayed beside the embedder alone and beside Mem0's own ``add``).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import sys
import time
from pathlib import Path
from typing import Any

from .metrics import percentile, versions
from .report import write_scale_report
from .scratch import remove_scratch, scratch_dir
from .synth import queries, scopes, turns


def _rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _pcts(values: list[float]) -> tuple[float, float]:
    return round(percentile(values, 50), 2), round(percentile(values, 95), 2)


def measure(mem: Any, path: str, ef: Any, rng: random.Random, all_scopes: list[dict[str, str]], n_ops: int
            ) -> dict[str, Any]:
    stream, qstream = turns(rng), queries(rng)
    mem.flush()  # the build's last queued group, so every figure below starts from the same state
    recall_ms, bare_ms, bare_user_ms, remember_ms, embed_ms = [], [], [], [], []
    coll = mem._engine.store.memory
    for _ in range(n_ops):
        scope = rng.choice(all_scopes)
        q = next(qstream)
        t0 = time.perf_counter()
        mem.recall(q, scope=scope, top_k=10)
        recall_ms.append((time.perf_counter() - t0) * 1000)
        # Bare Chroma, query embedding included: unfiltered, and filtered to the user (what a vector-store
        # memory keyed by user id does; it sees neither org-wide memory nor history rules).
        t0 = time.perf_counter()
        coll.query(query_embeddings=[list(map(float, ef.embed_texts([q])[0]))], n_results=10)
        bare_ms.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        coll.query(query_embeddings=[list(map(float, ef.embed_texts([q])[0]))], n_results=10,
                   where={"s_user": {"$eq": scope["user"]}})
        bare_user_ms.append((time.perf_counter() - t0) * 1000)
    with mem.sessions.create(scope=rng.choice(all_scopes)) as session:
        for _ in range(n_ops):
            text = next(stream)
            t0 = time.perf_counter()
            ef.embed_texts([text])
            embed_ms.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            session.remember(text)
            remember_ms.append((time.perf_counter() - t0) * 1000)
    # The same writes without group commit (each remember's Chroma calls made before it returns): a second
    # client on the same folder with write_behind=False (clients of one process share the folder and its
    # lock). Closing the client and writing again, as this did before, measured group commit a second time:
    # a closed client reopens with its write-behind queue.
    from spectron_core import Spectron

    through = Spectron(path=path, write_behind=False)
    through_ms = []
    try:
        with through.sessions.create(scope=rng.choice(all_scopes)) as session:
            for _ in range(n_ops):
                text = next(stream)
                t0 = time.perf_counter()
                session.remember(text)
                through_ms.append((time.perf_counter() - t0) * 1000)
    finally:
        through.close()
    r50, r95 = _pcts(recall_ms)
    b50, _ = _pcts(bare_ms)
    bu50, _ = _pcts(bare_user_ms)
    m50, m95 = _pcts(remember_ms)
    e50, _ = _pcts(embed_ms)
    return {"recall_p50_ms": r50, "recall_p95_ms": r95, "bare_chroma_p50_ms": b50,
            "recall_over_bare": round(r50 / b50, 2), "bare_chroma_user_filter_p50_ms": bu50,
            "recall_over_bare_user_filter": round(r50 / bu50, 2), "remember_p50_ms": m50,
            "remember_p95_ms": m95, "embed_one_p50_ms": e50, "remember_over_embed": round(m50 / e50, 2),
            "remember_write_through_p50_ms": _pcts(through_ms)[0]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--out", default="benchmarks/out/scale")
    ap.add_argument("--ops", type=int, default=200, help="recalls and remembers measured at each size")
    ap.add_argument("--mem0-max", type=int, default=0, help="also measure Mem0 OSS up to this many records")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--replay", type=int, default=0,
                    help="also measure bulk replay of this many Mem0 memories (issue 13: ≥ 0.75× the embedder)")
    ap.add_argument("--replay-users", type=int, default=100)
    ap.add_argument("--replay-mem0", type=int, default=1000,
                    help="memories written through Mem0's add(infer=False), one at a time, beside the replay")
    args = ap.parse_args(argv)

    from spectron_core import MiniLMEmbedding, Spectron

    sizes = sorted(int(s) for s in args.sizes.split(","))
    out_dir = Path(args.out)
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    all_scopes = scopes()
    ef = MiniLMEmbedding()
    path = scratch_dir("scale-")
    mem = Spectron(path=path)
    stream = turns(random.Random(args.seed + 1))
    meta = {"command": "python -m benchmarks.scale " + " ".join(argv if argv is not None else sys.argv[1:]),
            "machine": platform.platform(), "python": platform.python_version(), "cpus": os.cpu_count(),
            "versions": versions(),
            "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
    results: dict[str, Any] = {}
    build_s, built_turns = 0.0, 0
    recent: list[str] = []
    for size in sizes:
        while mem._engine.store.memory.count() < size:
            scope = rng.choice(all_scopes)
            batch = [next(stream) for _ in range(20)]
            t0 = time.perf_counter()
            with mem.sessions.create(scope=scope) as s:
                s.remember_many(batch)
            build_s += time.perf_counter() - t0
            built_turns += len(batch)
            recent = (recent + batch)[-2000:]
            if built_turns % 5000 == 0:
                print(f"   {mem._engine.store.memory.count()} records after {build_s:.0f} s", flush=True)
        t0 = time.perf_counter()
        mem.flush()  # bulk ingest counts until the last queued group is in Chroma
        build_s += time.perf_counter() - t0
        # The embedder's own batch throughput on texts this build ingested, batched as remember_many batches.
        sample = recent[-1000:]
        t0 = time.perf_counter()
        for start in range(0, len(sample), 64):
            ef.embed_texts(sample[start : start + 64])
        embed_rate = len(sample) / (time.perf_counter() - t0)
        records = mem._engine.store.memory.count()
        row = {"records": records, "turns": built_turns, "build_seconds": round(build_s, 1),
               "bulk_turns_per_s": round(built_turns / build_s, 1),
               "bulk_records_per_s": round(records / build_s, 1),
               "embedder_texts_per_s": round(embed_rate, 1),
               "bulk_over_embedder": round((built_turns / build_s) / embed_rate, 2)}
        row.update(measure(mem, path, ef, rng, all_scopes, args.ops))
        row["peak_rss_mb"] = _rss_mb()
        results[str(size)] = row
        print(f"== {size}: " + ", ".join(f"{k}={v}" for k, v in row.items()), flush=True)
        (out_dir / "scale.json").write_text(json.dumps({"meta": meta, **results}, indent=2))
    if args.replay:
        results["replay"] = _replay(args.replay, args.replay_users, args.replay_mem0)
        print(f"== replay: {results['replay']}", flush=True)
        results["replay_unique"] = _replay(args.replay, args.replay_users, 0, unique=True)
        print(f"== replay, every text distinct: {results['replay_unique']}", flush=True)
    if args.mem0_max:
        results["mem0"] = _mem0(ef, rng, all_scopes, [s for s in sizes if s <= args.mem0_max], args.ops)
    mem.close()
    remove_scratch()
    (out_dir / "scale.json").write_text(json.dumps({"meta": meta, **results}, indent=2))
    write_scale_report(out_dir, meta, results)
    print(f"results in {out_dir}")
    return 0


def _replay(n: int, users: int, mem0_max: int, *, unique: bool = False) -> dict[str, Any]:
    """Bulk write path (issue 13, item 4), side by side in this run: the embedder alone over the N memories
    (and over their distinct texts), ``replay_mem0_export`` of them into a fresh store (flushed to Chroma),
    and Mem0's own ``add(infer=False)`` one memory at a time on the first ``mem0_max`` (see
    ``benchmarks.mem0_replay``). ``unique``: every memory's text distinct, so nothing is deduplicated."""
    from .mem0_replay import measure as measure_replay

    got = measure_replay(n, mem0_max, users, unique=unique)
    rep = got["replay"]
    out = {"memories": n, "users": users, "unique": unique, "distinct_texts": got["distinct_texts"],
           "embedder_per_s": round(got["embedder_per_second"], 1),
           "embedder_distinct_per_s": round(got["embedder_distinct_per_second"], 1),
           "replay_per_s": round(rep["per_second"], 1), "replay_seconds": round(rep["seconds"], 1),
           "replay_over_embedder": round(got["replay_over_embedder"], 2),
           "replay_over_embedder_distinct": round(got["replay_over_embedder_distinct"], 2),
           "facts_created": rep["facts_created"], "facts_reinforced": rep["facts_reinforced"],
           "facts_superseded": rep["facts_superseded"],
           "second_replay_seconds": round(rep["second_replay_seconds"], 1),
           "second_replay_written": rep["second_replay_written"],
           "chroma_alone_s": round(rep["chroma_alone_seconds"], 2), "extraction_cpu_s": round(rep["extraction_cpu_seconds"], 2),
           "embedder_cpu_s": round(got["floor"]["embedder_cpu_seconds"], 1), "cores": got["floor"]["cores"],
           "floor_s": round(got["floor"]["floor_seconds"], 1),
           "bound_over_embedder": round(got["floor"]["bound_over_embedder"], 2)}
    mem0 = got.get("mem0_add", {})
    if "per_second" in mem0:
        out.update({"mem0_add_n": mem0["n"], "mem0_add_per_s": round(mem0["per_second"], 1),
                    "replay_over_mem0_add": round(got["replay_over_mem0_add"], 1)})
    elif mem0:
        out["mem0_add_error"] = mem0.get("error", "")
    return out


def _mem0(ef: Any, rng: random.Random, all_scopes: list[dict[str, str]], sizes: list[int], ops: int) -> dict[str, Any]:
    """Mem0 OSS add/search latency at the given sizes (infer=False, same embedder, Chroma store)."""
    import os

    os.environ.setdefault("MEM0_TELEMETRY", "False")
    os.environ.setdefault("OPENAI_API_KEY", "sk-offline-dummy")
    try:
        from langchain_core.embeddings import Embeddings
        from mem0 import Memory
    except ImportError as exc:
        return {"error": f"mem0 not installed: {exc}"}

    class _LC(Embeddings):
        def embed_documents(self, texts: list[str]) -> list[list[float]]:
            return [list(map(float, v)) for v in ef.embed_texts(texts)]

        def embed_query(self, text: str) -> list[float]:
            return list(map(float, ef.embed_texts([text])[0]))

    folder = scratch_dir("scale-mem0-")
    m = Memory.from_config({
        "vector_store": {"provider": "chroma", "config": {"collection_name": "mem0_scale", "path": folder}},
        "embedder": {"provider": "langchain", "config": {"model": _LC()}},
        "history_db_path": os.path.join(folder, "history.db"),
    })
    stream, qstream = turns(random.Random(99)), queries(random.Random(98))
    out: dict[str, Any] = {}
    count = 0
    for size in sizes:
        t0 = time.perf_counter()
        while count < size:
            scope = rng.choice(all_scopes)
            m.add([{"role": "user", "content": next(stream)}], user_id=scope["user"], infer=False)
            count += 1
        build = time.perf_counter() - t0
        add_ms, search_ms = [], []
        for _ in range(ops):
            scope = rng.choice(all_scopes)
            t0 = time.perf_counter()
            m.add([{"role": "user", "content": next(stream)}], user_id=scope["user"], infer=False)
            add_ms.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            m.search(next(qstream), top_k=10, filters={"user_id": scope["user"]}, threshold=0.0)
            search_ms.append((time.perf_counter() - t0) * 1000)
        count += ops
        a50, a95 = _pcts(add_ms)
        s50, s95 = _pcts(search_ms)
        out[str(size)] = {"records": count, "add_p50_ms": a50, "add_p95_ms": a95, "search_p50_ms": s50,
                          "search_p95_ms": s95, "build_records_per_s": round(size / max(build, 1e-9), 1)}
        print(f"== mem0 {size}: {out[str(size)]}", flush=True)
    return out


if __name__ == "__main__":
    raise SystemExit(main())
