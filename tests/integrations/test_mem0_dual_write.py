"""``DualWriteMemory`` with the real ``mem0ai`` as the old system (offline, ``infer=False``): writes reach both,
reads follow a deterministic per-user share, the comparison report, and a side failing mid-write."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

# Mem0 reads MEM0_TELEMETRY once, when it is imported: offline tests must set it before the import.
os.environ["MEM0_TELEMETRY"] = "False"
pytest.importorskip("mem0")

from spectron_core import Session, Spectron, StoreError  # noqa: E402
from spectron_integrations.mem0 import DualWriteMemory, Memory  # noqa: E402
from tests.integrations.mem0_support import offline_mem0  # noqa: E402

USERS = ["alice", "bob", "carol", "dave", "erin", "frank"]


def _texts(result: Any) -> set[str]:
    return {r["memory"] for r in result["results"]}


@pytest.fixture()
def systems(tmp_path: Path) -> tuple[Any, Memory]:
    return offline_mem0(tmp_path / "mem0"), Memory(Spectron(path=str(tmp_path / "spectron")))


def test_writes_reach_both_and_reads_follow_the_share(systems: tuple[Any, Memory]) -> None:
    old, new = systems
    adapter = DualWriteMemory(old=old, new=new, read_share=0.5, compare=True, k=3)
    for user in USERS:
        adapter.add(f"My name is {user.title()} and I live in Lisbon.", user_id=user, infer=False)
        adapter.add("I am allergic to peanuts.", user_id=user, infer=False)
    for user in USERS:  # both systems hold every write
        assert _texts(old.get_all(filters={"user_id": user})) == _texts(new.get_all(user_id=user))
        assert len(new.get_all(user_id=user)["results"]) == 2

    for user in USERS:
        got = adapter.search("allergy", filters={"user_id": user}, top_k=3, threshold=0.0)
        served_by_new = all("spectron" in r for r in got["results"])
        assert served_by_new == adapter.routes_to_new(f"user_id={user}")
        assert all(r["user_id"] == user for r in got["results"])
        again = adapter.search("where do I live", filters={"user_id": user}, top_k=3, threshold=0.0)
        assert all("spectron" in r for r in again["results"]) == served_by_new  # one user, one system

    report = adapter.report()
    to_new = sum(adapter.routes_to_new(f"user_id={u}") for u in USERS)
    assert report.reads == 2 * len(USERS) and report.writes == 2 * len(USERS)
    assert report.served == {"new": 2 * to_new, "old": 2 * (len(USERS) - to_new)}
    assert report.compared == report.reads
    # Both stored the same verbatim messages and each user has fewer than k: the top-k lists agree.
    assert report.overlap_at_k == pytest.approx(1.0)
    assert report.latency_ms["old"]["n"] > 0 and report.latency_ms["new"]["n"] > 0
    assert report.latency_ms["new"]["p50"] > 0 and report.failures == {"old": 0, "new": 0}


def test_share_routing_is_deterministic_and_proportional() -> None:
    a = DualWriteMemory(old=object(), new=object(), read_share=0.3, compare=False)
    b = DualWriteMemory(old=object(), new=object(), read_share=0.3, compare=False)
    users = [f"user-{i}" for i in range(4000)]
    routed = [u for u in users if a.routes_to_new(u)]
    assert routed == [u for u in users if b.routes_to_new(u)]  # same answer in every process
    assert abs(len(routed) / len(users) - 0.3) < 0.03
    wider = DualWriteMemory(old=object(), new=object(), read_share=0.6, compare=False)
    assert set(routed) <= {u for u in users if wider.routes_to_new(u)}  # ramping up never flips a user back
    salted = DualWriteMemory(old=object(), new=object(), read_share=0.3, compare=False, salt="rollout-2")
    assert routed != [u for u in users if salted.routes_to_new(u)]
    assert not any(DualWriteMemory(object(), object(), 0.0).routes_to_new(u) for u in users[:200])
    assert all(DualWriteMemory(object(), object(), 1.0).routes_to_new(u) for u in users[:200])
    with pytest.raises(ValueError):
        DualWriteMemory(object(), object(), 1.5)


def test_comparison_logs_differences(systems: tuple[Any, Memory], caplog: pytest.LogCaptureFixture) -> None:
    old, new = systems
    adapter = DualWriteMemory(old=old, new=new, read_share=0.0, compare=True, k=4)
    adapter.add("I live in Lisbon.", user_id="alice", infer=False)
    adapter.add("I am allergic to peanuts.", user_id="alice", infer=False)
    new.add("I play the cello.", user_id="alice", infer=False)  # only Spectron knows this one
    old.add("I collect stamps.", user_id="alice", infer=False)  # only Mem0 knows this one
    with caplog.at_level("INFO", logger="spectron_integrations.mem0.dual_write"):
        served = adapter.get_all(filters={"user_id": "alice"})
    assert "spectron" not in served["results"][0]  # read_share 0: Mem0 serves
    report = adapter.report()
    assert report.compared == 1 and report.overlap_at_k == pytest.approx(2 / 3)
    diff = report.recent_differences[-1]
    assert diff["op"] == "get_all" and diff["user"] == "user_id=alice"
    assert diff["only_old"] == ["i collect stamps"] and diff["only_new"] == ["i play the cello"]
    assert any("overlap@4" in rec.getMessage() for rec in caplog.records)


def test_a_side_failing_mid_write_loses_nothing_and_retries(systems: tuple[Any, Memory],
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    old, new = systems
    adapter = DualWriteMemory(old=old, new=new, read_share=0.0)

    # Spectron fails inside its write, after the session was opened.
    def broken(self: Session, *args: Any, **kwargs: Any) -> Any:
        raise StoreError("chroma went away mid-write")

    monkeypatch.setattr(Session, "remember_many", broken)
    monkeypatch.setattr(Session, "add_turn", broken)
    served = adapter.add("I am allergic to peanuts.", user_id="alice", infer=False)
    monkeypatch.undo()
    assert _texts(served) == {"I am allergic to peanuts."}  # Mem0 got it and answered
    assert [(f.side, f.operation) for f in adapter.failures] == [("new", "add")]
    assert new.get_all(user_id="alice")["results"] == []

    # Mem0 fails inside its add (the vector store insert), Spectron still gets the write.
    def insert_down(*args: Any, **kwargs: Any) -> None:
        raise ConnectionError("mem0 vector store unreachable")

    monkeypatch.setattr(old.vector_store, "insert", insert_down)
    adapter.add("I play the cello.", user_id="alice", infer=False)
    monkeypatch.undo()
    assert {f.side for f in adapter.failures} == {"old", "new"}
    assert _texts(new.get_all(user_id="alice")) == {"I play the cello."}
    assert _texts(old.get_all(filters={"user_id": "alice"})) == {"I am allergic to peanuts."}
    report = adapter.report()
    assert report.failures == {"old": 1, "new": 1} and report.pending_retries == 2

    assert adapter.retry_failed() == 0
    both = {"I am allergic to peanuts.", "I play the cello."}
    assert _texts(new.get_all(user_id="alice")) == both
    assert _texts(old.get_all(filters={"user_id": "alice"})) == both
    assert adapter.report().pending_retries == 0
    assert adapter.retry_failed() == 0  # nothing left: a second retry writes nothing
    assert len(new.get_all(user_id="alice")["results"]) == 2

    # The retried writes were paired: a delete by the old system's id reaches both.
    old_id = next(r["id"] for r in old.get_all(filters={"user_id": "alice"})["results"] if "cello" in r["memory"])
    adapter.delete(old_id)
    assert _texts(old.get_all(filters={"user_id": "alice"})) == {"I am allergic to peanuts."}
    assert _texts(new.get_all(user_id="alice")) == {"I am allergic to peanuts."}


def test_updates_follow_the_id_to_both_systems(systems: tuple[Any, Memory]) -> None:
    old, new = systems
    adapter = DualWriteMemory(old=old, new=new, read_share=1.0)
    served = adapter.add("I am allergic to peanuts.", user_id="alice", infer=False)
    mid = served["results"][0]["id"]
    assert mid.startswith("turn_")  # read_share 1.0: Spectron answers, with its own id
    adapter.update(mid, text="I am allergic to shellfish.")
    assert adapter.get(mid)["memory"] == "I am allergic to shellfish."
    assert _texts(old.get_all(filters={"user_id": "alice"})) == {"I am allergic to shellfish."}
    assert [h["event"] for h in adapter.history(mid)] == ["ADD", "UPDATE"]
    adapter.delete_all(user_id="alice")
    assert old.get_all(filters={"user_id": "alice"})["results"] == [] == new.get_all(user_id="alice")["results"]
