"""forget: soft, purge (raw files checked), dry run, scoped bulk, never ancestors or siblings."""

from __future__ import annotations

import subprocess

import pytest

from spectron_core import Spectron, ValidationError
from tests.support import at

ALICE = {"org": "acme", "user": "alice"}
BOB = {"org": "acme", "user": "bob"}
SECRET = "quokkafrobnicate"


@pytest.fixture()
def mem(tmp_path):
    m = Spectron(path=str(tmp_path / "store"))
    m.remember(triples=[("Org/acme", "wifi_network", "acme-guest")], scope={"org": "acme"})
    with m.sessions.create(scope=ALICE) as s:
        s.remember(f"My locker code word is {SECRET} and I keep my badge there.", observed_at=at(0))
        s.remember("Alice prefers vegetarian food.", observed_at=at(1))
        s.remember("I work at Acme.", observed_at=at(2))
    with m.sessions.create(scope=BOB) as s:
        s.remember("Bob prefers spicy food.", observed_at=at(1))
    return m


def _raw_hits(folder, word):
    out = subprocess.run(["grep", "-rl", "-a", word, str(folder)], capture_output=True, text=True)
    return out.stdout.split()


def _raw_chroma_docs(mem):
    mem.flush()  # group commit: queued writes are part of what Chroma will hold
    store = mem._engine.store
    docs = []
    for coll in (store.memory, store.meta):
        got = coll.get(include=["documents", "metadatas"])
        docs += [str(d) + str(sorted(m.items())) for d, m in zip(got["documents"], got["metadatas"])]
    return sorted(docs)


def test_forget_with_nothing_to_select_is_an_error(mem):
    before = mem._engine.store.count()
    with pytest.raises(ValidationError):
        mem.forget()
    s = mem.sessions.create(scope=ALICE)
    with pytest.raises(ValidationError):
        s.forget()
    assert mem._engine.store.count()["memory"] == before["memory"]


def test_dry_run_counts_and_writes_nothing(mem):
    before = _raw_chroma_docs(mem)
    r = mem.forget(scope=ALICE, dry_run=True)
    assert r.dry_run and r.counts.get("turn") == 3 and r.counts.get("attribute", 0) >= 2
    assert _raw_chroma_docs(mem) == before


def test_soft_forget_hides_from_reads_but_audit_keeps(mem):
    r = mem.forget(SECRET + " locker code word", scope=ALICE)
    assert r.counts.get("turn") == 1
    assert not any(SECRET in i.text for i in mem.recall(f"locker code word {SECRET}", scope=ALICE, top_k=50).items)
    assert not any(SECRET in i.text for i in mem.recall(SECRET, scope={"org": "acme"}, top_k=50).items)
    audit = mem.audit(scope=ALICE)
    assert any(getattr(a, "content", "").find(SECRET) >= 0 for a in audit)
    assert all(a.forgotten_at is not None and a.forgotten_reason for a in audit)


def test_purge_leaves_no_trace_in_api_lexical_or_files(mem):
    folder = mem._engine.persist_dir()
    assert _raw_hits(folder, SECRET)
    r = mem.forget(f"locker code word {SECRET}", scope=ALICE, purge=True)
    assert r.purged and r.counts.get("turn") == 1
    assert not any(SECRET in d for d in _raw_chroma_docs(mem))
    assert mem._engine.lexical.search(SECRET, ALICE) == []
    assert mem._engine.lexical.search(SECRET, {}) == []
    assert _raw_hits(folder, SECRET) == []
    # the rest of Alice's memory is intact
    assert any(i.value == "vegetarian" for i in mem.recall("food", scope=ALICE).items)


def test_entity_forget_takes_facts_and_relations(mem):
    r = mem.forget(entity="Person/alice", scope=ALICE)
    assert r.counts.get("attribute", 0) >= 1
    assert not [i for i in mem.recall("Alice food work", scope=ALICE, top_k=50).items
                if i.kind in ("attribute", "relation") and i.entity == "Person/alice"]
    bob = mem.recall("food", scope=BOB)
    assert any(i.value == "spicy" for i in bob.items)


def test_scoped_bulk_forget_never_touches_ancestors_or_siblings(mem):
    r = mem.forget(scope=ALICE, purge=True)
    assert r.counts.get("turn") == 3
    org = mem.recall("wifi network food", scope={"org": "acme"}, top_k=50)
    assert any(i.value == "acme-guest" for i in org.items)  # ancestor kept
    assert any("spicy" in i.text for i in org.items)  # sibling kept
    assert not any(i.scope == ALICE for i in org.items)
    assert _raw_hits(mem._engine.persist_dir(), SECRET) == []


def test_bound_client_cannot_forget_outside(mem):
    from spectron_core import ScopeError

    agent = mem.bound(ALICE)
    with pytest.raises(ScopeError):
        agent.forget(scope={"org": "acme"})
    with pytest.raises(ScopeError):
        agent.forget(scope=BOB, purge=True)
    assert agent.forget("vegetarian food", dry_run=True).total >= 1


def test_hnsw_slack_is_zeroed_and_the_index_still_loads(tmp_path):
    """hnswlib saves a new segment's whole preallocated buffer, uncleared heap memory included (seen holding
    purged text). Purge zeroes what lies past the elements in use; the store must reopen and answer."""
    import glob
    import os
    import struct

    from spectron_core._store._scrub import scrub_hnsw_slack

    path = str(tmp_path / "store")
    m = Spectron(path=path)
    with m.sessions.create(scope=ALICE) as s:
        s.remember("Alice prefers vegetarian food.", observed_at=at(1))
    m.flush()
    headers = glob.glob(path + "/*/header.bin")
    assert headers, "expected the vector segments on disk"
    planted = 0
    for h in headers:
        folder = os.path.dirname(h)
        _v, _o, _max, count, per = struct.unpack_from("<i4Q", open(h, "rb").read())
        data = folder + "/data_level0.bin"
        size = os.path.getsize(data)
        if size > count * per:
            with open(data, "r+b") as f:  # what uncleared memory looks like: our own words
                f.seek(count * per)
                f.write((SECRET.encode() * size)[: size - count * per])
            planted += 1
    assert planted and _raw_hits(path, SECRET)
    assert scrub_hnsw_slack(tmp_path / "store") > 0
    assert _raw_hits(path, SECRET) == []
    del m
    again = Spectron(path=path)
    assert any(i.value == "vegetarian" for i in again.recall("vegetarian food", scope=ALICE).items)
    assert scrub_hnsw_slack(tmp_path / "store") == 0  # idempotent: nothing left to zero


def test_hnsw_scrub_keeps_elements_in_use(tmp_path):
    """On a segment past Chroma's first HNSW save (1,000+ elements), slack after the elements is zeroed
    and every element stays searchable."""
    import glob
    import os

    import chromadb
    from chromadb.config import Settings

    from spectron_core._store._scrub import scrub_hnsw_slack

    folder = str(tmp_path / "raw")
    client = chromadb.PersistentClient(path=folder, settings=Settings(anonymized_telemetry=False))
    coll = client.get_or_create_collection("raw_hnsw", embedding_function=None)
    coll.add(ids=[f"v{i}" for i in range(1200)], embeddings=[[float(i), 1.0] for i in range(1200)])
    del coll, client
    data = glob.glob(folder + "/*/data_level0.bin")[0]
    used = open(data, "rb").read()
    with open(data, "ab") as f:
        f.write(SECRET.encode() * 50)
    assert scrub_hnsw_slack(tmp_path / "raw") == len(SECRET) * 50
    assert open(data, "rb").read() == used + bytes(len(SECRET) * 50)
    coll = chromadb.PersistentClient(path=folder, settings=Settings(anonymized_telemetry=False)).get_collection(
        "raw_hnsw")
    assert coll.count() == 1200
    got = coll.query(query_embeddings=[[700.0, 1.0]], n_results=3)["ids"][0]
    assert got[0] == "v700"
    assert os.path.getsize(data) >= len(used)


def test_hnsw_scrub_leaves_unknown_layouts_alone(tmp_path):
    import struct

    from spectron_core._store._scrub import scrub_hnsw_slack

    seg = tmp_path / "seg"
    seg.mkdir()
    (seg / "header.bin").write_bytes(struct.pack("<i4Q", 2, 0, 10, 1, 8))  # a future format version
    (seg / "data_level0.bin").write_bytes(b"x" * 80)
    assert scrub_hnsw_slack(tmp_path) == 0 and (seg / "data_level0.bin").read_bytes() == b"x" * 80


def test_forget_rewrites_the_session_summary_without_the_forgotten_fact(mem):
    """A session summary quotes the session's facts: after a forget it must not quote the forgotten one, and
    it keeps what the session still holds."""
    summaries = lambda: [c for c in mem._engine.store.find({"kind": {"$eq": "chunk"}})  # noqa: E731
                         if c.source.kind == "consolidation" and c.status == "active" and c.scope == ALICE]
    [before] = summaries()
    assert SECRET in before.text and "vegetarian" in before.text
    mem.forget(f"locker code word {SECRET}", scope=ALICE)
    [after] = summaries()
    assert after.id == before.id and SECRET not in after.text and "vegetarian" in after.text
    assert not any(SECRET in i.text for i in mem.recall("session summary locker", scope=ALICE, top_k=50).items)
    mem.forget(scope=ALICE)  # every turn of the session: the summary goes too
    assert summaries() == []


def test_purging_an_old_value_leaves_no_link_to_it(any_mem):
    """The value that superseded a purged one no longer names it (``supersedes``): purge finds the records
    that link to what it erases through a ``where`` on the link fields, on either backend."""
    s = any_mem.sessions.create(scope=ALICE)
    old = s.remember("I live in Lisbon.", observed_at=at(0))
    new = s.remember("I moved to Porto.", observed_at=at(1))
    [lisbon] = [c.record for c in old.attributes if c.record.key == "home"]
    [porto] = [c.record for c in new.attributes if c.record.key == "home"]
    assert any_mem.get(porto.id).supersedes == lisbon.id
    r = any_mem.forget("I live in Lisbon.", scope=ALICE, purge=True, threshold=0.0, limit=1)
    assert r.counts.get("attribute", 0) >= 1
    assert any_mem.get(porto.id).supersedes is None
    assert [a.value for a in any_mem.history(porto.entity, "home", scope=ALICE)] == ["Porto"]
