"""Step 3 of the migration: export Mem0's memories and replay them into Spectron.

``export_from_mem0(memory)`` reads a live Mem0 store page by page into the JSON shape Mem0's ``get_all``
returns; ``replay_mem0_export(source, spectron)`` writes such a dump (or a file holding one, and optionally
Mem0's SQLite history table) through Spectron's reconciliation:

* ids map to scopes (``user_id`` → ``user``, ``agent_id`` → ``agent``, ``run_id`` → ``run``) and each scope's
  memories go through one named session, opened once (``remember_many`` in batches) and closed once they
  are all written: before a related scope (one within the other) is written, else at the end of the replay,
  so consolidation runs after the bulk writes instead of waiting on a flush to Chroma per scope;
* the writes go in waves of :data:`WAVE_MESSAGES` messages across scopes: a wave's texts are embedded (each
  distinct text once) on a helper thread while the wave before it is written, and each wave reaches Chroma
  in one background flush started after it;
* ``created_at`` becomes the observed time, and memories are replayed in ``created_at`` order, not file
  order, so a later contradicting memory supersedes an earlier one whatever order the dump lists them in;
  with the history table, each memory's earlier versions are replayed first at the time Mem0 recorded them;
* a fact repeated in several memories becomes one structured fact reinforced by each repeat;
* replaying the same dump again changes nothing: memories an earlier replay stored (found by Mem0 id and
  time) are skipped before they are embedded, and the session names and observed times are stable, so even
  a replay interrupted half-way resumes without duplicates (Spectron's writes are idempotent).

``ReplayResult.id_map`` maps every Mem0 id to the facade memory id that now holds it (a fact extracted from it,
else the verbatim message), so an application that stored Mem0 ids can translate them once.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from spectron_core import AsyncSpectron, Spectron

from ._mapping import ID_DIMENSIONS, Mem0ArgumentError, session_id_for
from .facade import Memory

__all__ = ["replay_mem0_export", "export_from_mem0", "load_mem0_export", "ReplayResult"]

Source = str | os.PathLike[str] | Mapping[str, Any] | Sequence[Mapping[str, Any]]
_CORE_KEYS = {
    "id",
    "memory",
    "hash",
    "metadata",
    "score",
    "created_at",
    "updated_at",
    "user_id",
    "agent_id",
    "run_id",
    "actor_id",
    "role",
    "data",
    "text_lemmatized",
    "attributed_to",
    "expiration_date",
}
_FALLBACK_TIME = datetime(1970, 1, 1, tzinfo=timezone.utc)
DEFAULT_BATCH = 256
WAVE_MESSAGES = 512
"""Messages embedded together and then written before one flush to Chroma starts: Chroma writes rows at
about half the cost per row in upserts of a thousand rows as in upserts of a hundred, and the flush of one
wave runs while the next is embedded. Kept small enough that a wave's writes (about 2.6 rows per message,
a few journal entries per scope) stay under the outbox's own flush thresholds."""


@dataclass
class ReplayResult:
    """What a replay did. ``written`` counts messages stored now; ``skipped`` those already stored (a second
    replay of the same dump skips everything)."""

    memories: int = 0
    versions: int = 0
    written: int = 0
    skipped: int = 0
    facts_created: int = 0
    facts_reinforced: int = 0
    facts_superseded: int = 0
    sessions: int = 0
    seconds: float = 0.0
    id_map: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @property
    def per_second(self) -> float:
        return self.versions / self.seconds if self.seconds else 0.0


# -- reading exports -----------------------------------------------------------------------------------------
def load_mem0_export(source: Source) -> list[dict[str, Any]]:
    """Mem0 memories from a dump: a path to a JSON file, or the parsed JSON.

    Accepted shapes: ``get_all``'s ``{"results": [...]}``, a bare list of memories, ``{"memories": [...]}``,
    and a per-user export ``{"alice": {"results": [...]}, "bob": [...]}`` (the key is the user id when the
    memories carry none).
    """
    data: Any = source
    if isinstance(source, (str, os.PathLike)):
        data = json.loads(Path(source).read_text(encoding="utf-8"))
    if isinstance(data, Mapping):
        for key in ("results", "memories"):
            if isinstance(data.get(key), list):
                return [dict(m) for m in data[key]]
        out: list[dict[str, Any]] = []
        for user, part in data.items():
            items = part.get("results") if isinstance(part, Mapping) else part
            if not isinstance(items, list):
                raise Mem0ArgumentError(f"export entry {user!r} is neither a list nor {{'results': [...]}}")
            out.extend({"user_id": str(user), **dict(m)} for m in items)
        return out
    if isinstance(data, list):
        return [dict(m) for m in data]
    raise Mem0ArgumentError("a Mem0 export is a list of memories or get_all's {'results': [...]}")


def _payload_item(mem_id: str, payload: Mapping[str, Any]) -> dict[str, Any]:
    """One stored Mem0 payload in ``get_all``'s item shape."""
    item: dict[str, Any] = {
        "id": mem_id,
        "memory": payload.get("data", ""),
        "hash": payload.get("hash"),
        "created_at": payload.get("created_at"),
        "updated_at": payload.get("updated_at"),
    }
    for key in ("user_id", "agent_id", "run_id", "actor_id", "role"):
        if key in payload:
            item[key] = payload[key]
    extra = {k: v for k, v in payload.items() if k not in _CORE_KEYS}
    if extra:
        item["metadata"] = extra
    return item


def export_from_mem0(
    memory: Any, *, user_ids: Iterable[str] | None = None, page_size: int = 500
) -> list[dict[str, Any]]:
    """Every memory of a live ``mem0.Memory``, page by page, as ``get_all`` items (JSON-serialisable).

    With Mem0's Chroma vector store the collection is read in pages of ``page_size`` (``get_all`` needs a
    user id and caps its answer; this reads everyone, or only ``user_ids``). With another vector store it
    falls back to ``get_all(filters={"user_id": u})`` per user, so ``user_ids`` is required there.
    """
    wanted = set(user_ids) if user_ids is not None else None
    collection = getattr(getattr(memory, "vector_store", None), "collection", None)
    out: list[dict[str, Any]] = []
    if collection is not None and hasattr(collection, "get"):
        offset = 0
        while True:
            page = collection.get(limit=page_size, offset=offset, include=["metadatas"])
            ids = page.get("ids") or []
            for mem_id, payload in zip(ids, page.get("metadatas") or []):
                payload = payload or {}
                if wanted is None or payload.get("user_id") in wanted:
                    out.append(_payload_item(str(mem_id), payload))
            if len(ids) < page_size:
                break
            offset += len(ids)
    else:
        if wanted is None:
            raise Mem0ArgumentError("this Mem0 vector store cannot be listed whole: pass user_ids=[...]")
        for user in sorted(wanted):
            out.extend(memory.get_all(filters={"user_id": user}, top_k=100_000)["results"])
    return sorted(out, key=lambda m: (str(m.get("created_at") or ""), m["id"]))


# -- replay --------------------------------------------------------------------------------------------------
def _parse_time(value: Any) -> datetime | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        when = value
    else:
        try:
            when = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        except ValueError:
            return None
    return when if when.tzinfo is not None else when.replace(tzinfo=timezone.utc)  # Mem0 writes UTC


def _history_versions(path: str | os.PathLike[str]) -> dict[str, list[tuple[str, datetime | None]]]:
    """Mem0's ``history`` table: per memory id, the texts it held (ADD then each UPDATE), with their times."""
    con = sqlite3.connect(f"file:{Path(path)}?mode=ro", uri=True)
    try:
        rows = con.execute(
            "SELECT memory_id, new_memory, event, created_at, updated_at FROM history "
            "ORDER BY created_at ASC, updated_at ASC"
        ).fetchall()
    finally:
        con.close()
    out: dict[str, list[tuple[str, datetime | None]]] = defaultdict(list)
    for mem_id, text, event, created, updated in rows:
        if event in ("ADD", "UPDATE") and isinstance(text, str) and text.strip():
            when = _parse_time(updated if event == "UPDATE" else created) or _parse_time(created)
            out[str(mem_id)].append((text, when))
    for versions in out.values():
        versions.sort(key=lambda v: v[1] or _FALLBACK_TIME)
    return out


def _clean_metadata(meta: Any) -> dict[str, Any]:
    if not isinstance(meta, Mapping):
        return {}
    out: dict[str, Any] = {}
    for k, v in meta.items():
        try:
            json.dumps(v, allow_nan=False)
            out[str(k)] = v
        except (TypeError, ValueError):
            out[str(k)] = str(v)
    return out


def _scope_of(m: Mapping[str, Any]) -> dict[str, str]:
    return {dim: str(m[key]).strip() for key, dim in ID_DIMENSIONS.items() if m.get(key) not in (None, "")}


def _progress(total: int, enabled: bool) -> Any:
    if not enabled:
        return None
    try:
        from tqdm.auto import tqdm
    except ImportError:  # tqdm comes with chromadb; without it the replay simply runs without a bar
        return None
    return tqdm(total=total, desc="replaying Mem0 memories", unit="memory")


def replay_mem0_export(
    source: Source,
    spectron: Spectron | AsyncSpectron | Memory,
    *,
    history_db: str | os.PathLike[str] | None = None,
    infer: bool = True,
    progress: bool = True,
    batch_size: int = DEFAULT_BATCH,
    before: datetime | None = None,
) -> ReplayResult:
    """Replay a Mem0 export into ``spectron`` through reconciliation (see the module docstring).

    Args:
        source: a path to a JSON dump, or the parsed dump (``export_from_mem0``'s list, ``get_all``'s dict).
        spectron: the target store (a :class:`Memory` facade is accepted too).
        history_db: Mem0's SQLite history file (``history_db_path``): earlier versions are replayed first.
        infer: extract structured facts (default); ``False`` keeps each memory verbatim only.
        progress: show a tqdm progress bar.
        batch_size: messages per ``remember_many`` call (the batch write path embeds and extracts per batch).
        before: replay only memories created before this time: pass ``DualWriteMemory.started_at`` when the
            dual-write ran first, since what it wrote already reached Spectron (replaying it again would store
            each of those messages twice, once verbatim and once as Mem0 kept it).

    Memories with no ``user_id``/``agent_id``/``run_id`` are refused with :class:`Mem0ArgumentError` before
    anything is written (they would land in the global scope, visible to every user).
    """
    facade = spectron if isinstance(spectron, Memory) else Memory(spectron)
    mem = facade.spectron
    if batch_size < 1:
        raise Mem0ArgumentError("batch_size must be at least 1")
    memories = load_mem0_export(source)
    history = _history_versions(history_db) if history_db is not None else {}
    result = ReplayResult(memories=len(memories))
    t0 = time.perf_counter()

    # One entry per version to replay: (scope, observed_at, order, text, role, metadata, mem0 id).
    entries: list[tuple[dict[str, str], datetime, int, str, str, dict[str, Any], str]] = []
    for m in memories:
        mem_id, text = str(m.get("id") or ""), m.get("memory") or m.get("data")
        if not mem_id or not isinstance(text, str) or not text.strip():
            result.warnings.append(f"skipped an entry without id or memory text: {str(m)[:80]}")
            continue
        scope = _scope_of(m)
        if not scope:
            raise Mem0ArgumentError(
                f"memory {mem_id} has no user_id, agent_id or run_id: refusing to write it to the global scope"
            )
        role = str(m["role"]) if m.get("role") in ("user", "assistant") else "user"
        meta = {**_clean_metadata(m.get("metadata")), "mem0_id": mem_id}
        if m.get("actor_id"):
            meta["actor_id"] = str(m["actor_id"])
        created = _parse_time(m.get("created_at"))
        if before is not None and created is not None and created >= before:
            result.skipped += 1
            continue
        if created is None:
            result.warnings.append(f"memory {mem_id} has no created_at: replayed at {_FALLBACK_TIME.isoformat()}")
            created = _FALLBACK_TIME
        versions = list(history.get(mem_id, []))
        if not versions or versions[-1][0] != text:
            versions.append((text, _parse_time(m.get("updated_at")) if versions else created))
        for order, (vtext, when) in enumerate(versions):
            entries.append((scope, when or created, order, vtext, role, meta, mem_id))
    entries.sort(key=lambda e: (e[1], e[6], e[2]))  # created_at order, never file order
    result.versions = len(entries)

    by_scope: dict[tuple[tuple[str, str], ...], list[Any]] = defaultdict(list)
    for e in entries:
        by_scope[tuple(sorted(e[0].items()))].append(e)
    bar = _progress(len(entries), progress)
    turn_of: dict[str, str] = {}
    # What earlier replays stored, read for every scope before anything is written: a listing reads Chroma,
    # which first takes in every queued write, so one per scope between the writes waited on each flush.
    # Each listing is of its exact scope, which the other scopes' writes never touch.
    replayed = {key: _replayed(mem, dict(key)) for key in by_scope} if infer else {}
    left_open = _left_open(mem) if infer else {}
    # The writes, in scope order, as units of at most ``batch_size`` messages: (scope key, session id,
    # messages, first unit of its scope). A scope an earlier replay stored whole is a unit without messages.
    units: list[tuple[tuple[tuple[str, str], ...], str, list[Any], bool]] = []
    for key, group in sorted(by_scope.items()):
        scope = dict(key)
        if infer:  # skip what an earlier replay stored (found by Mem0 id and time) before embedding it
            done = replayed[key]
            todo = [e for e in group if (e[6], e[1], e[3]) not in done]
            for e in group:
                if (e[6], e[1], e[3]) in done:
                    turn_of[e[6]] = done[(e[6], e[1], e[3])]
            result.skipped += len(group) - len(todo)
            if bar is not None:
                bar.update(len(group) - len(todo))
            group = todo
        # A run's memories join that run's session (the facade's name for it); the rest of a scope gets one
        # import session, named by the scope, so a second replay reopens it instead of opening another.
        sid = (
            session_id_for(scope)
            if "run" in scope
            else "mem0-import:" + "|".join(f"{k}={scope[k]}" for k in sorted(scope))
        )
        if not group:
            if infer:  # all stored: close what a stopped replay left open (its consolidation runs once)
                units.append((key, sid, [], True))
            continue
        for first in range(0, len(group), batch_size):
            units.append((key, sid, group[first : first + batch_size], first == 0))
    opened: list[tuple[dict[str, str], Any]] = []
    session: Any = None
    waves = list(_waves(units, WAVE_MESSAGES))

    def embed(wave: list[Any]) -> dict[str, Any]:
        texts = list(dict.fromkeys(e[3] for _, _, part, _ in wave for e in part))  # a repeat is embedded once
        return dict(zip(texts, mem.embed(texts)))

    # Each wave is embedded before any of it is written, on a helper thread while the wave before it is
    # written (the model runs without the GIL, the writes need it), and the background flush of that earlier
    # wave goes to Chroma meanwhile. A vector depends on its text only, so what is written is the same.
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="mem0-replay-embed")
    ahead: Future[dict[str, Any]] | None = pool.submit(embed, waves[0]) if waves else None
    try:
        for n_wave, wave in enumerate(waves):
            assert ahead is not None
            vectors = ahead.result()
            ahead = pool.submit(embed, waves[n_wave + 1]) if n_wave + 1 < len(waves) else None
            for key, sid, part, first in wave:
                scope = dict(key)
                if not part:
                    for left in left_open.get(key, []):
                        mem.sessions.get(left).close()
                    continue
                if first:
                    _close_related(opened, scope)
                    session = mem.sessions.create(scope, {"via": "mem0-import"}, session_id=sid)
                    opened.append((scope, session))
                    result.sessions += 1
                msgs = [{"role": e[4], "content": e[3], "observed_at": e[1], "metadata": e[5]} for e in part]
                started = datetime.now(timezone.utc)
                mode = "full" if infer else "none"
                written = session.remember_many(msgs, infer=mode, vectors=vectors, flush=False)
                for e, res in zip(part, written):
                    fresh = res.turn is not None and res.turn.recorded_at >= started
                    fresh = fresh or any(c.action == "created" for c in res.chunks)
                    result.written += int(fresh)
                    result.skipped += int(not fresh)
                    for c in (*res.attributes, *res.relations, *res.instructions):
                        result.facts_created += int(c.action == "created")
                        result.facts_reinforced += int(c.action == "reinforced")
                        result.facts_superseded += int(c.action == "superseded")
                    if res.turn is not None:
                        turn_of[e[6]] = res.turn.id
                    elif res.chunks:
                        turn_of[e[6]] = res.chunks[0].record.id
                if bar is not None:
                    bar.update(len(part))
            mem.flush(wait=False)  # the wave's writes go to Chroma together, behind the next wave's embedding
    finally:
        if ahead is not None:
            ahead.cancel()
        pool.shutdown(wait=True)
        mem.flush(wait=False)  # a wave stopped by an error: what it wrote goes to Chroma, on the usual timer
        try:
            _close_related(opened, None)
        finally:
            if bar is not None:
                bar.close()
    result.id_map = _id_map(facade, turn_of, [dict(k) for k in by_scope])
    result.seconds = time.perf_counter() - t0
    return result


def _waves(units: list[Any], size: int) -> Iterable[list[Any]]:
    """Consecutive units holding at least ``size`` messages together (the last wave may hold fewer)."""
    wave: list[Any] = []
    count = 0
    for unit in units:
        wave.append(unit)
        count += len(unit[2])
        if count >= size:
            yield wave
            wave, count = [], 0
    if wave:
        yield wave


def _close_related(opened: list[tuple[dict[str, str], Any]], scope: Mapping[str, str] | None) -> None:
    """Close (and so consolidate) the open import sessions whose scope is ``scope``'s, within it or around
    it; all of them when ``scope`` is None. Closing is deferred until then because a flush to Chroma runs at
    every close: the writes of unrelated scopes go on meanwhile, and they cannot change what a consolidation
    reads (its scope's facts and the turns asserting them, which only that scope and narrower ones write)."""
    keep = []
    for other, session in opened:
        if scope is None or other.items() <= scope.items() or scope.items() <= other.items():
            session.close()  # consolidation once per scope, after all of its memories
        else:
            keep.append((other, session))
    opened[:] = keep


def _left_open(mem: Spectron) -> dict[tuple[tuple[str, str], ...], list[str]]:
    """Import sessions still open, by exact scope: a replay stopped before its end (sessions close last)
    leaves them so. Listed once, before anything is written."""
    out: dict[tuple[tuple[str, str], ...], list[str]] = defaultdict(list)
    for info in mem.sessions.list(include_closed=False):
        if info.metadata.get("via") == "mem0-import":
            out[tuple(sorted(info.scope.items()))].append(info.id)
    return out


def _replayed(mem: Spectron, scope: Mapping[str, str]) -> dict[tuple[str, datetime, str], str]:
    """Turns an earlier replay wrote at exactly ``scope``, keyed by (Mem0 id, observed time, text). Forgotten
    ones count too: a memory deleted after the import must not come back when the dump is replayed again."""
    out: dict[tuple[str, datetime, str], str] = {}
    for t in mem.records(scope=scope, kinds=["turn"], include_history=True, include_forgotten=True):
        mem0_id = t.metadata.get("mem0_id")
        if isinstance(mem0_id, str) and dict(t.scope) == dict(scope):
            out[(mem0_id, t.observed_at, t.content)] = t.id
    return out


def _id_map(facade: Memory, turn_of: Mapping[str, str], scopes: list[dict[str, str]]) -> dict[str, str]:
    """Mem0 id → facade memory id: the fact a memory's message asserted or reinforced (the first version of
    its chain, which is the facade's id for it), else the message itself (verbatim memories, and messages
    no fact was extracted from). Chains are walked in memory over one listing per scope."""
    fact_of_turn: dict[str, Any] = {}
    by_id: dict[str, Any] = {}
    for scope in scopes:
        for f in facade.spectron.records(
            scope=scope, kinds=["attribute", "relation", "instruction"], include_history=True
        ):
            by_id[f.id] = f
            for ref in [f.source.ref, *f.evidence]:
                if ref and (ref not in fact_of_turn or fact_of_turn[ref].kind != "attribute"):
                    fact_of_turn[ref] = f

    def root(f: Any) -> str:
        seen = {f.id}
        while f.supersedes and f.supersedes in by_id and f.supersedes not in seen:
            f = by_id[f.supersedes]
            seen.add(f.id)
        return str(f.id)

    out: dict[str, str] = {}
    for mem_id, turn_id in turn_of.items():
        fact = fact_of_turn.get(turn_id)
        out[mem_id] = root(fact) if fact is not None else turn_id
    return out
