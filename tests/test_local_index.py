"""The local read index (lexical + vectors + payloads): it answers like Chroma, falls back to Chroma when a
scope is too broad to scan, heals after a write that died between the two, and in server mode never serves
a record state that another client has changed."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from spectron_core import Scope, Spectron
from spectron_core._store._where import and_, visible_clause
from tests.support import at

ROOT = Path(__file__).resolve().parent.parent
ALICE = {"org": "acme", "user": "alice"}
BOB = {"org": "acme", "user": "bob"}
TEXTS = [
    "I bake sourdough bread every Sunday.",
    "My sister lives in Oslo.",
    "We adopted a grey kitten.",
    "The quarterly report is due on Friday.",
    "I started learning the cello.",
    "Our team moved to Lisbon.",
    "I ran a half marathon in April.",
    "The printer on floor two is broken.",
    "I love spicy ramen.",
    "My flight to Tokyo leaves at dawn.",
    "I repaint old furniture as a hobby.",
    "The garden needs watering.",
]


@pytest.fixture()
def filled(any_mem):
    for scope, texts in ((ALICE, TEXTS[:6]), (BOB, TEXTS[6:]), ({"org": "acme"}, ["The office opens at 8."])):
        with any_mem.sessions.create(scope=scope) as s:
            for i, t in enumerate(texts):
                s.remember(t, observed_at=at(i))
    return any_mem


def _chroma_order(mem, vec, scope, n):
    where = and_(visible_clause(Scope(scope)), {"is_current": {"$eq": True}})
    mem.flush()  # a raw Chroma query: write the queued group through first
    got = mem._engine.store.memory.query(query_embeddings=[vec], where=where, n_results=n, include=["distances"])
    return got["ids"][0], got["distances"][0]


@pytest.mark.parametrize("scope", [ALICE, BOB, {"org": "acme"}, {}])
def test_exact_scan_agrees_with_chroma(filled, scope):
    store = filled._engine.store
    for query in ("bread and baking", "where does my family live", "pets at home", "travel plans"):
        vec = store.embed_query(query)
        ours = store.dense(vec, Scope(scope), 8)
        ids, dists = _chroma_order(filled, vec, scope, 8)
        sims = [1.0 - d for d in dists]
        assert [s for _, s in ours] == pytest.approx(sims, abs=1e-4)
        # Facts reuse their turn's vector, so equal similarities tie and may come in either order; above the
        # last similarity, the two must hold the same records.
        floor = sims[-1] + 1e-4
        assert {r.id for r, s in ours if s > floor} == {i for i, s in zip(ids, sims) if s > floor}


def test_broad_scope_falls_back_to_chroma(filled, monkeypatch):
    store = filled._engine.store
    vec = store.embed_query("pets at home")
    exact = store.dense(vec, Scope({}), 5)
    scanned = [r.id for r, _ in exact]
    calls = []
    original = store.memory.query

    def spy(*a, **k):
        calls.append(k.get("where"))
        return original(*a, **k)

    monkeypatch.setattr(store.memory, "query", spy)
    monkeypatch.setattr(store.lexical, "scan_limit", 3)
    fallback = store.dense(vec, Scope({}), 5)
    assert calls, "a scope past the scan limit must be answered by Chroma"
    # Facts reuse the embedding of the turn they came from, so equal similarities can straddle the cut; the
    # two answers must agree on every similarity and on every id not tied with the last one.
    assert [round(s, 5) for _, s in fallback] == [round(s, 5) for _, s in exact]
    cut = round(exact[-1][1], 5)
    assert {r.id for r, s in exact if round(s, 5) > cut} <= {r.id for r, _ in fallback}
    if len({round(s, 5) for _, s in exact}) == len(exact):
        assert {r.id for r, _ in fallback} == set(scanned)


def test_recall_decodes_from_the_local_index_without_reading_chroma(mem, monkeypatch):
    with mem.sessions.create(scope=ALICE) as s:
        s.remember("I bake sourdough bread every Sunday.", observed_at=at(0))
    store = mem._engine.store
    assert store.trust_local

    def boom(*a, **k):
        raise AssertionError("recall read Chroma")

    monkeypatch.setattr(store.memory, "get", boom)
    monkeypatch.setattr(store.memory, "query", boom)
    got = mem.recall("sourdough bread", scope=ALICE)
    assert any("sourdough" in i.text for i in got.items)


KILLER = textwrap.dedent(
    """
    import os, sys
    from spectron_core import Spectron
    from spectron_core._store._lexical import LexicalIndex
    mem = Spectron(path=sys.argv[1])
    def die(*a, **k):
        os._exit(9)
    LexicalIndex.set_state = die      # Chroma has the forget; the local index never hears of it
    mem.forget("sourdough bread baking", scope={"org": "acme", "user": "alice"})
    """
)


def test_a_write_killed_between_chroma_and_the_local_index_is_healed_on_open(tmp_path):
    path = str(tmp_path / "store")
    m = Spectron(path=path)
    with m.sessions.create(scope=ALICE) as s:
        s.remember("I bake sourdough bread every Sunday.", observed_at=at(0))
        s.remember("My sister lives in Oslo.", observed_at=at(1))
    assert any("sourdough" in i.text for i in m.recall("sourdough bread", scope=ALICE).items)
    m.close()  # releases the folder: one process per embedded folder (_store/_owner)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-c", KILLER, path], env=env, capture_output=True, text=True, timeout=180)
    assert proc.returncode == 9, proc.stderr[-2000:]
    again = Spectron(path=path)  # the dirty mark survived the kill: the index is rebuilt from Chroma
    assert not again._engine.lexical.is_dirty()
    assert not any("sourdough" in i.text for i in again.recall("sourdough bread", scope=ALICE, top_k=50).items)
    assert any("Oslo" in i.text for i in again.recall("sister Oslo", scope=ALICE).items)


@pytest.mark.server
def test_server_mode_reads_record_state_fresh_from_chroma(server_client, tmp_path):
    """Two clients of one server, each with its own local index (two machines): what one forgets, the other
    must stop recalling at once, even though its own index still lists the record as active."""
    from tests.conftest import _drop_collections, unique_prefix

    prefix = unique_prefix()
    try:
        a = Spectron(chroma=server_client, collection_prefix=prefix, lexical_path=str(tmp_path / "a.sqlite3"))
        with a.sessions.create(scope=ALICE) as s:
            s.remember("I bake sourdough bread every Sunday.", observed_at=at(0))
        b = Spectron(chroma=server_client, collection_prefix=prefix, lexical_path=str(tmp_path / "b.sqlite3"))
        assert not b._engine.store.trust_local
        assert any("sourdough" in i.text for i in b.recall("sourdough bread", scope=ALICE).items)
        a.forget("sourdough bread baking", scope=ALICE)
        assert not any("sourdough" in i.text for i in b.recall("sourdough bread", scope=ALICE, top_k=50).items)
    finally:
        _drop_collections(server_client, prefix)


def test_index_terms_are_the_terms_fts5_makes():
    """Feedback terms, query information and the representative's word overlap compare recall's own terms
    with the index's: they must be FTS5's ``porter unicode61`` terms exactly (diacritics folded as unicode61
    folds them), also when the stem comes from the per-word cache (second pass)."""
    import re
    import sqlite3

    from spectron_core._store._lexical import _STOPWORDS, index_terms

    text = (
        "Running runners ran; the Relational databases' normalisation, généralement connected "
        "connections. I'm learning Japanese at 7am: emails, e-mails, 2024, café cafés naïve Zürich"
    )
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE f USING fts5(t, tokenize='porter unicode61')")
    db.execute("CREATE VIRTUAL TABLE v USING fts5vocab(f, 'instance')")
    db.execute("INSERT INTO f(t) VALUES (?)", (text,))
    fts = [t for (t,) in db.execute("SELECT term FROM v ORDER BY offset")]
    words = re.findall(r"[^\W_]+", text.lower())
    assert len(words) == len(fts)
    expected = [t for t, w in zip(fts, words) if w not in _STOPWORDS]
    for _ in range(2):
        assert index_terms(text) == expected


def test_current_about_narrows_by_a_field_of_the_record(mem):
    """Reconciliation asks for one key of an entity; the index answers that key only (read from the payload
    in SQL), the same records a scan of every fact would keep, and refuses a field name that is not one."""
    mem.remember(
        triples=[("Person/alice", "home", "Lisbon"), ("Person/alice", "employer", "Initech")],
        scope=ALICE,
        observed_at=at(0),
    )
    mem.remember(triples=[("Person/alice", "home", "Porto")], scope=ALICE, observed_at=at(1))
    store = mem._engine.store
    scope = Scope(ALICE)
    every = store.current_about("attribute", "Person/alice", scope, ancestors=False)
    home = store.current_about("attribute", "Person/alice", scope, ancestors=False, fields={"key": "home"})
    assert sorted((a.key, a.value) for a in every) == [("employer", "Initech"), ("home", "Porto")]
    assert [(a.key, a.value) for a in home] == [("home", "Porto")]
    assert store.current_about("attribute", "Person/alice", scope, ancestors=False, fields={"key": "pets"}) == []
    # several values match any of them (recall's key leg asks for every key a question is about at once)
    both = store.current_about(
        "attribute", "Person/alice", scope, ancestors=False, fields={"key": ["home", "pets", "employer"]}
    )
    assert sorted((a.key, a.value) for a in both) == [("employer", "Initech"), ("home", "Porto")]
    assert (
        store.indexed_current_about("attribute", "Person/alice", scope, fields={"key": ("home",)})[0].value == "Porto"
    )
    with pytest.raises(ValueError):
        store.lexical.current_about(
            "attribute", "Person/alice", scope, ancestors=False, fields={"key') OR 1=1 --": "x"}
        )
    # a row about the same entity that carries no payload yet is skipped, not parsed (json_extract raises on '')
    store.lexical._db.execute(
        "INSERT INTO docs(id, kind, scope_key, is_current, active, topic) VALUES (?, 'attribute', ?, 1, 1, ?)",
        ("att_without_payload", scope.key, "Person/alice"),
    )
    home = store.current_about("attribute", "Person/alice", scope, ancestors=False, fields={"key": "home"})
    assert [(a.key, a.value) for a in home] == [("home", "Porto")]
