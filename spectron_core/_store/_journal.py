"""The write journal: one home for its format, its entries and their replay.

A write that changes existing records spans several Chroma calls, which are atomic one by one but not as a
sequence. So the write is first recorded whole, as one journal entry (:func:`journal_body`), then applied,
then the entry is removed; every step of the apply is an idempotent upsert of a fully formed record, so
re-applying an entry (:func:`replay_journal`, :func:`replay_remote`) after a crash is safe.

Where an entry lives: for an embedded store, in the local index file in the store's folder (a SQLite
commit, about a millisecond); for a Chroma server, in the server's meta collection, so that any client that
opens the store can roll a dead client's write forward. The group commit (``_outbox``) stages its entries
in the local index together with their index rows; the write path (``_write/_commit``) decides which writes
are journalled at all.
"""

from __future__ import annotations

import base64
import json
import logging
import time
from typing import TYPE_CHECKING, Any

import numpy as np

from ._chroma import chroma_errors
from ._codec import decode, encode

if TYPE_CHECKING:
    from ._chroma import ChromaStore

__all__ = [
    "JOURNAL_KIND",
    "MAX_REPLAY_ATTEMPTS",
    "apply_group",
    "apply_journalled",
    "journal_body",
    "parse_journal_body",
    "replay_journal",
    "replay_remote",
]

log = logging.getLogger("spectron_core.store")

JOURNAL_KIND = "journal"
"""``kind`` of a journal entry's row in a Chroma server's meta collection."""


def _pack_vectors(vectors: dict[str, Any]) -> dict[str, Any]:
    """Vectors as base64 float32, each distinct vector once (a turn's facts share its vector): a tenth of
    the JSON text and of the time to write it."""
    blobs: list[str] = []
    seen: dict[bytes, int] = {}
    index: dict[str, int] = {}
    for rid, v in vectors.items():
        raw = np.asarray(v, dtype="<f4").reshape(-1).tobytes()
        if raw not in seen:
            seen[raw] = len(blobs)
            blobs.append(base64.b64encode(raw).decode("ascii"))
        index[rid] = seen[raw]
    return {"vecs": blobs, "vector_of": index}


def journal_body(
    puts: list[Any],
    updates: list[Any],
    vectors: dict[str, Any],
    *,
    staged: bool,
    encoded: dict[str, tuple[str, str, dict[str, Any]]] | None = None,
) -> str:
    """A write as one JSON document. ``staged`` says its local-index effect was committed with it;
    ``encoded`` passes records already encoded (by id) so none is encoded twice."""
    enc = encoded or {}

    def rows(records: list[Any]) -> list[list[Any]]:
        return [list((enc.get(r.id) or encode(r))[1:]) for r in records]

    payload = {"puts": rows(puts), "updates": rows(updates), **_pack_vectors(vectors), "staged": staged}
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False)


def parse_journal_body(body: str) -> tuple[list[Any], list[Any], dict[str, Any], bool]:
    payload = json.loads(body)
    if "vecs" in payload:
        blobs = [np.frombuffer(base64.b64decode(b), dtype="<f4").tolist() for b in payload["vecs"]]
        vectors = {rid: blobs[i] for rid, i in payload["vector_of"].items()}
    else:  # entries written before vectors were packed
        vectors = payload.get("vectors", {})
    return (
        [decode(d, m) for d, m in payload["puts"]],
        [decode(d, m) for d, m in payload["updates"]],
        vectors,
        bool(payload.get("staged", False)),
    )


MAX_REPLAY_ATTEMPTS = 2
"""Opens that may try to replay one journal entry: a third open finding it still there means replaying it
killed the process twice, so it is quarantined instead (see :meth:`LexicalIndex.journal_attempt`)."""


def replay_journal(store: Any, entries: list[tuple[str, str]], *, guarded: bool = False) -> int:
    """Apply journal entries to Chroma, oldest first, as grouped upserts; then remove them. Returns how many
    entries were not staged.

    Entries written by the group-commit path (``staged``) touch Chroma only: their local-index effect
    committed with them, and later local changes (a turn's context) must not be rolled back. Older-style
    entries (journal, then Chroma and index) are applied to both, each on its own, in order.

    An entry that cannot be parsed is quarantined (it never will be). With ``guarded`` (opening a store),
    an entry is also quarantined when applying it raises, or when earlier opens died while applying it:
    a store left by a crash must open, and what could not be replayed is kept aside and reported
    (``Spectron.repair()``, ``spectron fsck``) rather than retried into the same failure. Unguarded
    (a running store's flush), errors propagate and the entries stay for the next try.
    """
    lex = store.lexical
    parsed: list[tuple[str, list[Any], list[Any], dict[str, Any], bool]] = []
    for jid, body in entries:
        try:
            parsed.append((jid, *parse_journal_body(body)))
        except Exception as exc:  # noqa: BLE001
            log.error("journal entry %s cannot be read (%s): quarantined", jid, exc)
            lex.journal_quarantine(jid, f"unreadable entry: {type(exc).__name__}: {exc}", time.time())
    if guarded and parsed:
        attempts = lex.journal_attempt([p[0] for p in parsed])
        keep = []
        for p in parsed:
            if attempts[p[0]] > MAX_REPLAY_ATTEMPTS:
                log.error(
                    "journal entry %s: replaying it stopped the process %d times; quarantined", p[0], attempts[p[0]] - 1
                )
                lex.journal_quarantine(
                    p[0], f"replaying it stopped the process {attempts[p[0]] - 1} times", time.time()
                )
            else:
                keep.append(p)
        parsed = keep
    if not guarded:
        return _replay_parsed(store, parsed)
    try:
        return _replay_parsed(store, parsed)
    except Exception as exc:  # noqa: BLE001
        log.warning("replaying the journal as a group failed (%s); replaying entry by entry", exc)
    unstaged = 0
    for p in parsed:
        if p[0] not in set(lex.journal_ids()):
            continue  # applied (and removed) before the group failed
        try:
            unstaged += _replay_parsed(store, [p])
        except Exception as exc:  # noqa: BLE001
            log.error("journal entry %s cannot be replayed (%s): quarantined", p[0], exc)
            lex.journal_quarantine(p[0], f"{type(exc).__name__}: {exc}", time.time())
    return unstaged


def _replay_parsed(store: Any, parsed: list[tuple[str, list[Any], list[Any], dict[str, Any], bool]]) -> int:
    group: list[tuple[list[Any], list[Any], dict[str, Any]]] = []
    done: list[str] = []
    unstaged = 0

    def flush_group() -> None:
        if group:
            apply_group(store, group)
            group.clear()
        if done:
            store.lexical.journal_remove(*done)
        done.clear()

    for jid, puts, updates, vectors, staged in parsed:
        if staged:
            group.append((puts, updates, vectors))
            done.append(jid)
            continue
        flush_group()
        store.apply(puts, updates, vectors)
        store.lexical.journal_remove(jid)
        unstaged += 1
    flush_group()
    return unstaged


def apply_group(store: Any, group: list[tuple[Any, ...]]) -> None:
    """Several writes as at most three Chroma calls. A record put in the group is upserted whole (with its
    vector) in its latest version; a record only updated gets a metadata update. A write is (puts, updates,
    vectors) or, as staged by this process, (puts, updates, vectors, Chroma rows of its records by id)."""
    latest: dict[str, Any] = {}
    rows: dict[str, Any] = {}
    vectors: dict[str, Any] = {}
    put_ids: set[str] = set()
    for puts, updates, vecs, *staged in group:
        encoded = staged[0] if staged else {}
        for r in [*puts, *updates]:
            latest[r.id] = r
            if r.id in encoded:
                rows[r.id] = encoded[r.id]  # encoded from this very version
            else:
                rows.pop(r.id, None)
        for r in puts:
            put_ids.add(r.id)
            if r.id in vecs:
                vectors[r.id] = vecs[r.id]
    store.apply(
        [r for i, r in latest.items() if i in put_ids],
        [r for i, r in latest.items() if i not in put_ids],
        vectors,
        local=False,
        encoded=rows,
    )


def apply_journalled(
    store: ChromaStore, puts: list[Any], updates: list[Any], vectors: dict[str, Any], entry_id: str, recorded: float
) -> None:
    """Journal a write, apply it, remove the entry. If applying fails the entry stays (and the error
    propagates): the next repair rolls it forward. If journalling fails nothing is written."""
    body = journal_body(puts, updates, vectors, staged=False)
    local = store.trust_local
    if local:
        store.lexical.journal_add(entry_id, recorded, body)
    else:
        with chroma_errors("journalling a write in Chroma"):  # nothing is written yet if this fails
            store.meta.upsert(
                ids=[entry_id],
                documents=[body],
                metadatas=[{"kind": JOURNAL_KIND, "t_recorded": recorded, "scope_depth": -1}],
                embeddings=[[1.0]],
            )
    with chroma_errors("writing to Chroma"):
        store.apply(puts, updates, vectors)
        if local:
            store.lexical.journal_remove(entry_id)
        else:
            store.meta.delete(ids=[entry_id])


def replay_remote(store: ChromaStore) -> int:
    """Re-apply the entries a Chroma server's meta collection holds, oldest first; returns how many."""
    with chroma_errors("replaying the write journal"):
        got = store.meta.get(where={"kind": {"$eq": JOURNAL_KIND}}, include=["documents", "metadatas"])
        remote = sorted(zip(got["ids"], got["documents"], got["metadatas"]), key=lambda e: e[2].get("t_recorded", 0))
        for jid, doc, _meta in remote:
            puts, updates, vectors, _staged = parse_journal_body(doc)
            store.apply(puts, updates, vectors)
            store.meta.delete(ids=[jid])
    return len(remote)
