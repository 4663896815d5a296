"""Scope escapes, host-file reads, soft-forget visibility, session names and entity erasure (issue #14,
items 3-6 and 8). Each test here failed on the code before its fix."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from spectron_core import AsyncSpectron, NotFoundError, Scope, ScopeError, Spectron
from spectron_core._models import SessionInfo
from spectron_core._store._ids import stable_id
from spectron_core._time import utcnow

X = {"org": "a", "user": "x"}
Y = {"org": "a", "user": "y"}
WORD = "zibbolethquark"


def rows(mem: Spectron) -> dict[str, int]:
    return mem._engine.store.count()


def raw_hits(folder: Path, word: str) -> list[str]:
    """Files of the store folder that hold ``word`` (case-insensitive, binary too)."""
    out = subprocess.run(["grep", "-rli", "-a", word, str(folder)], capture_output=True, text=True)
    return out.stdout.split()


# -- item 3: Session.forget stays inside the session's scope ----------------------------------------------------

def test_session_forget_cannot_reach_a_sibling_or_the_whole_store(mem):
    mem.remember(triples=[("Person/y", "food_preference", "tea")], scope=Y)
    s = mem.sessions.create(scope=X)
    s.remember(triples=[("Person/x", "food_preference", "fish")])
    before = rows(mem)
    for outside in (Y, {}, {"org": "a"}, {"org": "b", "user": "x"}):
        with pytest.raises(ScopeError, match="outside this session's scope"):
            s.forget(scope=outside)
        with pytest.raises(ScopeError):
            s.forget(scope=outside, dry_run=True)
        with pytest.raises(ScopeError):
            s.forget(entity="Person/y", scope=outside, purge=True)
    assert rows(mem) == before
    assert [v.value for v in mem.history("Person/y", "food_preference", scope=Y)] == ["tea"]
    # its own scope and narrower ones are fine
    assert s.forget(scope={**X, "agent": "bot"}, dry_run=True).total == 0
    assert s.forget(scope=X, dry_run=True).counts.get("attribute") == 1


def test_unbound_global_dry_run_counts_the_store_and_bound_clients_cannot(mem):
    """Decision: ``forget(scope={})`` on the application's unbound client is the explicit bulk forget of the
    whole store (it counts everything with dry_run); bound clients and sessions can never ask for it."""
    mem.remember(triples=[("Person/y", "food_preference", "tea")], scope=Y)
    mem.remember(triples=[("Person/x", "food_preference", "fish")], scope=X)
    assert mem.forget(scope={}, dry_run=True).counts.get("attribute") == 2
    with pytest.raises(ScopeError):
        mem.bound(X).forget(scope={}, dry_run=True)


# -- item 4: text is text; reading a file is explicit and permissioned ------------------------------------------

@pytest.fixture()
def secret_file(tmp_path: Path) -> Path:
    folder = tmp_path / "host"
    folder.mkdir()
    path = folder / "credentials"
    path.write_text(f"aws_secret = {WORD}\n", encoding="utf-8")
    return path


def _recall_text(client: Spectron) -> str:
    return " ".join(i.text for i in client.recall(f"aws secret {WORD}", top_k=50).items)


def test_a_string_naming_a_file_is_text_even_for_the_unbound_client(mem, secret_file):
    res = mem.documents.ingest(str(secret_file), title="n", scope=X)
    assert [c.record.text for c in res.chunks] == [f"n: {secret_file}"]
    assert res.document is not None and res.document.path is None
    assert WORD not in _recall_text(mem)


def test_a_bound_client_reads_no_host_file(mem, secret_file):
    agent = mem.bound(X)
    agent.documents.ingest(str(secret_file), title="n")  # stored as the text of the path, not read
    before = rows(mem)
    for call in (lambda: agent.documents.ingest(secret_file, title="m"),
                 lambda: agent.documents.ingest_file(secret_file),
                 lambda: agent.documents.ingest_file(str(secret_file), title="m")):
        with pytest.raises(ScopeError, match="may not read host files"):
            call()
    assert rows(mem) == before
    assert WORD not in _recall_text(agent)
    assert raw_hits(mem._engine.persist_dir(), WORD) == []


def test_file_reads_are_explicit_and_a_missing_file_is_a_typed_error(mem, secret_file, tmp_path):
    before = rows(mem)
    for missing in (tmp_path / "nope.txt", str(tmp_path / "nope.txt")):
        with pytest.raises(NotFoundError, match="no file"):
            mem.documents.ingest_file(missing, scope=X)
    with pytest.raises(NotFoundError):
        mem.documents.ingest(tmp_path / "nope.txt", title="n", scope=X)
    assert rows(mem) == before
    res = mem.documents.ingest_file(secret_file, scope=X)
    assert res.document is not None and res.document.title == "credentials"
    assert res.document.path == str(secret_file.resolve())
    assert WORD in _recall_text(mem.bound(X))


def test_the_application_can_allow_a_folder_and_nothing_outside_it(mem, secret_file, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "policy.md").write_text("Returns are accepted within 30 days.", encoding="utf-8")
    (docs / "escape.txt").symlink_to(secret_file)  # a link inside the root to a file outside it
    agent = mem.bound(X, file_root=docs)
    assert agent.documents.ingest_file(docs / "policy.md").document is not None
    before = rows(mem)
    for outside in (secret_file, docs / "escape.txt", docs / ".." / "host" / "credentials"):
        with pytest.raises(ScopeError, match="outside the folder"):
            agent.documents.ingest_file(outside)
    with pytest.raises(ScopeError):  # a bound client cannot widen its root
        agent.bound({**X, "agent": "bot"}, file_root=tmp_path)
    with pytest.raises(ScopeError):  # a child bound without a root reads nothing
        agent.bound({**X, "agent": "bot"}).documents.ingest_file(docs / "policy.md")
    assert rows(mem) == before


async def test_async_file_reads_follow_the_same_rule(mem, secret_file):
    amem = AsyncSpectron(sync=mem).bound(X)
    with pytest.raises(ScopeError):
        await amem.documents.ingest_file(secret_file)
    res = await AsyncSpectron(sync=mem).documents.ingest_file(secret_file, scope=X)
    assert res.document is not None


# -- item 5: soft forget hides forgotten words from every read; audit keeps them ---------------------------------

def _reads(mem: Spectron, scope: dict[str, str]) -> str:
    """Everything the listing reads return for ``scope``, as one string."""
    parts = [d.model_dump_json() for d in mem.documents.list(scope=scope, include_superseded=True)]
    parts += [s.model_dump_json() for s in mem.sessions.list(scope)]
    parts += [t.model_dump_json() for t in mem.traces(scope=scope)]
    return " ".join(parts)


@pytest.fixture()
def planted(mem):
    mem.documents.ingest(f"The vault code is {WORD}.", title=f"Vault {WORD}", scope=X)
    with mem.sessions.create(scope=X, metadata={"topic": WORD}) as s:
        s.remember(triples=[("Person/x", "pet_name", WORD)])
    assert _reads(mem, X).count(WORD) >= 3  # document title, session metadata, trace
    return mem


def test_scoped_soft_forget_hides_documents_sessions_and_traces(planted):
    mem = planted
    mem.forget(scope=X)
    assert WORD not in _reads(mem, X) and WORD not in _reads(mem, {})
    audited = " ".join(r.model_dump_json() for r in mem.audit(scope=X))
    assert f"Vault {WORD}" in audited and f'"topic":"{WORD}"' in audited and '"kind":"trace"' in audited
    with pytest.raises(NotFoundError):  # the forgotten session is gone from get too
        mem.sessions.get(mem.audit(scope=X, kinds=["session"])[0].id)


def test_query_soft_forget_takes_the_document_and_its_trace(planted):
    mem = planted
    res = mem.forget(f"Vault {WORD}: The vault code is {WORD}.", scope=X)
    assert res.counts.get("chunk") == 1 and res.counts.get("document") == 1
    assert not mem.documents.list(scope=X)
    assert not [t for t in mem.traces(scope=X) if t.operation == "documents.ingest"]
    assert any(r.kind == "document" for r in mem.audit(scope=X))


def test_entity_soft_forget_hides_the_traces_that_quote_it(planted):
    mem = planted
    res = mem.forget(entity="Person/x", scope=X)
    assert res.counts.get("attribute") == 1 and res.counts.get("trace") == 1
    remember_traces = [t for t in mem.traces(scope=X) if t.operation == "remember"]
    assert not [t for t in remember_traces if WORD in t.model_dump_json()]
    assert any(r.kind == "trace" and WORD in r.model_dump_json() for r in mem.audit(scope=X))


def test_a_forgotten_session_takes_no_more_writes_and_its_name_starts_afresh(mem):
    s = mem.sessions.create(scope=X, session_id="chat", metadata={"topic": WORD})
    s.add_turn("user", "hello")
    mem.forget(scope=X)
    with pytest.raises(Exception, match="forgotten"):
        s.add_turn("user", "more")
    again = mem.sessions.create(scope=X, session_id="chat")
    assert again.info.metadata == {} and again.turns() == []
    assert [i.id for i in mem.sessions.list(X)] == [again.id]


# -- item 6: session names are qualified by scope ---------------------------------------------------------------

def test_two_tenants_name_a_session_main_and_neither_learns_of_the_other(mem):
    t1, t2 = mem.bound({"org": "t1"}), mem.bound({"org": "t2"})
    s1 = t1.sessions.create(session_id="main")
    s1.add_turn("user", "tenant one")
    s2 = t2.sessions.create(session_id="main")  # used to raise "session 'main' exists with another scope"
    s2.add_turn("user", "tenant two")
    assert s1.id != s2.id
    assert [t.content for t in t1.sessions.create(session_id="main").turns()] == ["tenant one"]
    assert [t.content for t in t2.sessions.create(session_id="main").turns()] == ["tenant two"]
    with pytest.raises(NotFoundError):
        t2.sessions.get(s1.id)
    assert [i.id for i in t2.sessions.list()] == [s2.id]


def test_a_session_named_before_ids_were_scope_qualified_still_reopens(tmp_path):
    folder = str(tmp_path / "old")
    old = Spectron(path=folder)
    legacy = SessionInfo(id=stable_id("ses", "main"), scope=X, created_at=utcnow())  # the old id scheme
    with old._engine.lock:
        old._engine.write([legacy])
    old.sessions.get(legacy.id).add_turn("user", "written before the upgrade")
    old.close()
    mem = Spectron(path=folder)
    again = mem.sessions.create(scope=X, session_id="main")
    assert again.id == legacy.id
    assert [t.content for t in again.turns()] == ["written before the upgrade"]
    other = mem.sessions.create(scope=Y, session_id="main")  # another scope: a new session, no error
    assert other.id != legacy.id and other.turns() == []
    # the opaque id a session was given reopens it, but only at its own scope
    assert mem.sessions.create(scope=X, session_id=legacy.id).id == legacy.id
    assert mem.sessions.create(scope=Y, session_id=legacy.id).id not in (legacy.id, other.id)


# -- item 8: entity erasure takes every record that names the entity --------------------------------------------

def test_entity_purge_erases_turns_and_values_that_mention_it_from_the_files(tmp_path):
    mem = Spectron(path=str(tmp_path / "store"))
    name = "Zorblax Quimby"
    with mem.sessions.create(scope=X) as s:
        s.remember(f"My dentist {name} fixed my tooth yesterday.")
        s.remember(triples=[("Person/x", "dentist", name)])
        s.remember("I prefer green tea.")
    mem.remember(f"{name} also treats my sister.", scope=Y)  # a sibling's mention is not ours to erase
    folder = mem._engine.persist_dir()
    mem.flush()
    assert raw_hits(folder, "zorblax")
    res = mem.forget(entity=f"Person/{name}", scope=X, purge=True)
    assert res.purged and res.counts.get("turn", 0) >= 1 and res.counts.get("attribute", 0) >= 1
    mem.flush()
    leftovers = [f for f in raw_hits(folder, "zorblax")]
    # only the sibling's turn may still hold the name: check it is the only record that does
    store = mem._engine.store
    mine = [r for r in store.find(None) if "zorblax" in r.model_dump_json().lower()]
    assert {Scope(r.scope) for r in mine} == {Scope(Y)}
    assert all(i.scope == Y for i in mem.recall("zorblax quimby dentist", scope={"org": "a"}, top_k=50).items
               if "zorblax" in i.text.lower())
    assert any("green tea" in i.text for i in mem.recall("tea", scope=X).items)  # the rest is kept
    mem.forget(scope=Y, purge=True)
    mem.flush()
    assert raw_hits(folder, "zorblax") == [], leftovers


def test_entity_purge_by_default_is_complete_and_mentions_false_keeps_mentions(mem):
    with mem.sessions.create(scope=X) as s:
        s.remember("My friend Bob Quux lent me a ladder.")
        s.remember(triples=[("Person/x", "friend", "Bob Quux")])
    dry = mem.forget(entity="Person/Bob Quux", scope=X, dry_run=True, purge=True)
    assert dry.counts.get("turn") == 1 and dry.counts.get("attribute", 0) >= 1
    narrow = mem.forget(entity="Person/Bob Quux", scope=X, dry_run=True, purge=True, mentions=False)
    assert narrow.counts.get("turn", 0) == 0
    mem.forget(entity="Person/Bob Quux", scope=X)  # soft: gone from recall, kept for audit
    assert not [i for i in mem.recall("Bob Quux ladder", scope=X, top_k=50).items if "quux" in i.text.lower()]
    assert any("Quux" in getattr(r, "content", "") for r in mem.audit(scope=X, kinds=["turn"]))
