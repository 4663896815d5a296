"""Bulk replay of a Mem0 export (issue 13, item 4): the embedder alone, our replay, and Mem0's own ``add``.

One run, one machine, three numbers side by side on the same N synthetic memories (``benchmarks.synth``
traffic: facts, supersessions, repeats, chit-chat; spread over users, with ``created_at`` one minute apart):

* ``embedder``  — the bundled MiniLM embedding every memory in batches of 256 (the floor of any write), and
  the same over the export's distinct texts only (``embedder_distinct``: the replay embeds a repeated text
  once, so this is its own floor; a dump without repeats makes the two equal);
* ``replay``    — ``replay_mem0_export`` into a fresh embedded store (reconciliation, batches of 256 per
  user session, consolidation when each session closes);
* ``mem0_add``  — ``mem0.Memory.add(..., infer=False)`` one memory at a time (Mem0's own write path; offline,
  with the same embedder through its ``langchain`` provider), on the first ``--mem0-max`` memories.

It prints JSON (memories/s of each, and the replay / embedder and replay / Mem0 ratios); the target of issue 13
is replay ≥ 0.75 × embedder on 10,000 memories.

``floor`` says how far this machine lets any replay of ours go. Two parts of the replay are serial work no
thread can overlap: its writes to Chroma (recorded during the replay and timed again alone on a fresh client:
Chroma's Rust core holds the GIL through a call, and a Python thread beside an upsert of 6,000 rows ran at 3 %
of its solo rate), and the rule extractor (pure Python, its thread's CPU time). The embedder's own CPU time,
from the embedder-alone pass over the texts the replay embeds, runs beside them on the other cores. So however
little else the write path did, the replay cannot finish sooner than ``max(serial, (serial + embedder CPU) /
cores)``, and ``bound_over_embedder`` is the replay / embedder ratio that time would give.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from .synth import turns
from .systems import offline_mem0

__all__ = ["synthetic_export", "SerialWork", "serial_work", "replay_floor", "measure", "main"]


def synthetic_export(n: int, users: int = 100, seed: int = 13, *, unique: bool = False) -> list[dict[str, Any]]:
    """``n`` Mem0 ``get_all`` items over ``users`` users, ``created_at`` one minute apart (file order = time).

    The synthetic traffic draws from a few hundred sentences (10,000 memories hold 245 distinct texts), and
    the replay embeds a repeated text once. ``unique`` makes every text distinct (a second sentence naming the
    memory's number, from which nothing is extracted), so the replay embeds as many texts as the embedder alone
    does: its ratio then shows the write path without that advantage, as for a dump without repeats."""
    rng = random.Random(seed)
    stream = turns(rng)
    start = datetime(2024, 1, 1, tzinfo=timezone.utc)
    return [{"id": f"m{i:07d}", "memory": next(stream) + (f" Note {i}." if unique else ""),
             "user_id": f"user{rng.randrange(users)}",
             "created_at": (start + timedelta(minutes=i)).isoformat(), "metadata": {"bench": True}}
            for i in range(n)]


def _embedder_pass(texts: list[str]) -> tuple[float, float]:
    """(texts per second, process CPU seconds) of the bundled MiniLM over ``texts`` in batches of 256, the
    model loaded outside the timing."""
    from spectron_core import MiniLMEmbedding

    ef = MiniLMEmbedding()
    ef.embed_texts(texts[:64])
    c0, t0 = time.process_time(), time.perf_counter()
    for i in range(0, len(texts), 256):
        ef.embed_texts(texts[i : i + 256])
    return len(texts) / (time.perf_counter() - t0), time.process_time() - c0


def _embedder_rate(texts: list[str]) -> float:
    return _embedder_pass(texts)[0]


def _embedder_distinct_pass(texts: list[str]) -> tuple[float, float]:
    """Memories per second if each *distinct* text is embedded once (what the replay embeds: a repeated
    text gets one vector), in batches of 256, and the CPU seconds that took: the replay's own embedding work."""
    distinct = list(dict.fromkeys(texts))
    rate, cpu = _embedder_pass(distinct)
    return len(texts) / (len(distinct) / rate), cpu


_CHROMA_WRITES = ("add", "upsert", "update", "delete")
_HNSW_KEYS = ("space", "ef_construction", "ef_search", "max_neighbors", "batch_size", "sync_threshold")


@dataclass
class SerialWork:
    """What a replay asked of Chroma and of the rule extractor (see :func:`serial_work`)."""

    extraction_cpu: float = 0.0
    extractions: int = 0
    chroma_writes: list[tuple[str, dict[str, Any], str, dict[str, Any]]] = field(default_factory=list)
    """(collection name, its HNSW settings, method, keyword arguments), in call order."""

    def chroma_alone(self) -> float:
        """Seconds the same Chroma writes take on a fresh client with nothing else running. Chroma holds the
        GIL through a call but works on its own threads, so the calling thread's CPU time says little; its
        wall time alone is the serial time it costs a replay."""
        import chromadb

        with tempfile.TemporaryDirectory(prefix="bench-chroma-alone-") as folder:
            client = chromadb.PersistentClient(path=folder)
            made: dict[str, Any] = {}
            seconds = 0.0
            for name, hnsw, method, kwargs in self.chroma_writes:
                if name not in made:
                    made[name] = client.get_or_create_collection(
                        name, embedding_function=None, configuration={"hnsw": hnsw})  # type: ignore[arg-type]
                t0 = time.perf_counter()
                getattr(made[name], method)(**kwargs)
                seconds += time.perf_counter() - t0
            return seconds


@contextmanager
def serial_work() -> Iterator[SerialWork]:
    """Record, while the block runs, every write to a Chroma collection (to be timed alone afterwards) and the
    CPU seconds of the thread running the rule extractor (pure Python, so its thread time is its cost)."""
    from chromadb.api.models.Collection import Collection

    from spectron_core import RuleExtractor

    work = SerialWork()
    patched: list[tuple[type, str, Any]] = []

    def write(name: str) -> None:
        original = Collection.__dict__[name]

        def recorded(self: Any, *args: Any, **kwargs: Any) -> Any:
            hnsw = {k: v for k, v in ((self.configuration or {}).get("hnsw") or {}).items()
                    if k in _HNSW_KEYS and v is not None}
            work.chroma_writes.append((self.name, hnsw, name, dict(kwargs)))
            return original(self, *args, **kwargs)

        patched.append((Collection, name, original))
        setattr(Collection, name, recorded)

    def extract(self: Any, ctx: Any) -> Any:
        start = time.thread_time()
        try:
            return original_extract(self, ctx)
        finally:
            work.extraction_cpu += time.thread_time() - start
            work.extractions += 1

    for name in _CHROMA_WRITES:
        write(name)
    original_extract = RuleExtractor.__dict__["extract"]
    patched.append((RuleExtractor, "extract", original_extract))
    setattr(RuleExtractor, "extract", extract)
    try:
        yield work
    finally:
        for owner, name, original in reversed(patched):
            setattr(owner, name, original)


def replay_floor(n: int, embedder_rate: float, embed_cpu: float, serial: float, cores: int) -> dict[str, float]:
    """The shortest wall time a replay of ``n`` memories could take given its serial work (seconds no other
    thread can overlap) and the embedder's CPU seconds spread over ``cores``, and the replay / embedder ratio
    that time would give (see the module docstring)."""
    wall = max(serial, (serial + embed_cpu) / max(cores, 1))
    return {"serial_seconds": serial, "embedder_cpu_seconds": embed_cpu, "cores": cores, "floor_seconds": wall,
            "bound_over_embedder": (n / wall) / embedder_rate if wall > 0 else float("inf")}


def _replay_rate(export: list[dict[str, Any]], folder: str) -> dict[str, Any]:
    from spectron_core import Spectron
    from spectron_integrations.mem0 import replay_mem0_export

    mem = Spectron(path=folder)
    mem.recall("warm up", scope={"user": "warmup"})  # load the embedder outside the timing
    with serial_work() as spent:  # imports the rule extractor (2.5 s of regex compiling, once per process) first
        t0 = time.perf_counter()
        result = replay_mem0_export(export, mem, progress=False)
        mem.flush()  # count the time to reach Chroma, not only the local index
        seconds = time.perf_counter() - t0
    again = time.perf_counter()
    second = replay_mem0_export(export, mem, progress=False)
    return {"per_second": len(export) / seconds, "seconds": seconds, "written": result.written,
            "facts_created": result.facts_created, "facts_reinforced": result.facts_reinforced,
            "facts_superseded": result.facts_superseded, "sessions": result.sessions,
            "second_replay_seconds": time.perf_counter() - again, "second_replay_written": second.written,
            "chroma_writes": len(spent.chroma_writes), "chroma_alone_seconds": spent.chroma_alone(),
            "extraction_cpu_seconds": spent.extraction_cpu}


def _mem0_rate(export: list[dict[str, Any]], folder: str) -> dict[str, Any]:
    m = offline_mem0(folder, "mem0_bench")
    m.add("warm up", user_id="warmup", infer=False)
    t0 = time.perf_counter()
    for item in export:
        m.add(item["memory"], user_id=item["user_id"], infer=False, metadata={"created_at": item["created_at"]})
    seconds = time.perf_counter() - t0
    return {"per_second": len(export) / seconds, "seconds": seconds, "n": len(export)}


def measure(n: int, mem0_max: int, users: int = 100, *, unique: bool = False) -> dict[str, Any]:
    export = synthetic_export(n, users, unique=unique)
    texts = [m["memory"] for m in export]
    out: dict[str, Any] = {"n": n, "users": users, "unique": unique, "distinct_texts": len(set(texts)),
                           "embedder_per_second": _embedder_rate(texts)}
    with tempfile.TemporaryDirectory(prefix="bench-replay-") as folder:
        out["replay"] = _replay_rate(export, folder)
    out["embedder_distinct_per_second"], embed_cpu = _embedder_distinct_pass(texts)
    rep = out["replay"]
    out["floor"] = replay_floor(n, out["embedder_per_second"], embed_cpu,
                                rep["chroma_alone_seconds"] + rep["extraction_cpu_seconds"], os.cpu_count() or 1)
    if mem0_max > 0:
        try:
            with tempfile.TemporaryDirectory(prefix="bench-mem0-") as folder:
                out["mem0_add"] = _mem0_rate(export[:mem0_max], folder)
        except ImportError as exc:
            out["mem0_add"] = {"error": f"mem0ai not installed: {exc}"}
    rate = out["replay"]["per_second"]
    out["replay_over_embedder"] = rate / out["embedder_per_second"]
    out["replay_over_embedder_distinct"] = rate / out["embedder_distinct_per_second"]
    if "per_second" in out.get("mem0_add", {}):
        out["replay_over_mem0_add"] = rate / out["mem0_add"]["per_second"]
    out["target_replay_over_embedder"] = 0.75
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--n", type=int, default=10_000, help="memories to replay")
    p.add_argument("--users", type=int, default=100)
    p.add_argument("--mem0-max", type=int, default=2_000, help="memories written through Mem0's add (0: skip)")
    p.add_argument("--unique", action="store_true", help="every memory's text distinct (no repeats to dedupe)")
    p.add_argument("--out", type=Path, default=None, help="folder for mem0_replay.json")
    args = p.parse_args(argv)
    result = measure(args.n, args.mem0_max, args.users, unique=args.unique)
    text = json.dumps(result, indent=2)
    print(text)
    if args.out is not None:
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / "mem0_replay.json").write_text(text + "\n")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
