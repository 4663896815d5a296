"""Export from a real ``mem0ai`` store (offline, ``infer=False``) and replay into Spectron: ``created_at`` order,
reinforcement of repeats, idempotence, Mem0's history table, the ``spectron import-mem0`` command."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

# Mem0 reads MEM0_TELEMETRY once, when it is imported: offline tests must set it before the import.
os.environ["MEM0_TELEMETRY"] = "False"
pytest.importorskip("mem0")

from spectron_core import Spectron  # noqa: E402
from spectron_integrations.mem0 import (  # noqa: E402
    Mem0ArgumentError,
    Memory,
    export_from_mem0,
    load_mem0_export,
    replay_mem0_export,
)
from tests.integrations.mem0_support import offline_mem0  # noqa: E402

# (user, agent, text, created_at): a repeated fact, a contradiction, another user, an agent-scoped directive.
SEED = [
    ("alice", None, "I live in Lisbon.", "2024-01-01T09:00:00+00:00"),
    ("alice", None, "I am allergic to peanuts.", "2024-02-01T09:00:00+00:00"),
    ("alice", None, "I moved to Oslo.", "2024-03-01T09:00:00+00:00"),
    ("alice", None, "I am allergic to peanuts.", "2024-04-01T09:00:00+00:00"),
    ("alice", None, "Thanks, that was helpful.", "2024-04-02T09:00:00+00:00"),
    ("bob", None, "I live in Rome.", "2024-01-15T09:00:00+00:00"),
    ("alice", "planner", "Always answer in bullet points.", "2024-02-10T09:00:00+00:00"),
]
ALICE = {"user": "alice"}


@pytest.fixture(scope="module")
def mem0_store(tmp_path_factory: pytest.TempPathFactory) -> Any:
    m = offline_mem0(tmp_path_factory.mktemp("mem0"))
    for user, agent, text, created in SEED:
        m.add(text, user_id=user, agent_id=agent, infer=False, metadata={"created_at": created, "source": "seed"})
    return m


def _snapshot(mem: Spectron, scopes: list[dict[str, str]]) -> list[tuple[Any, ...]]:
    kinds = ["attribute", "relation", "instruction", "uncertainty", "chunk", "turn", "entity"]
    out = []
    for scope in scopes:
        for r in mem.records(scope=scope, kinds=kinds, include_history=True, include_forgotten=True):
            out.append((r.id, r.kind, getattr(r, "value", None), getattr(r, "valid_until", None), r.status,
                        getattr(r, "reinforcement_count", None), len(getattr(r, "evidence", []) or [])))
    return sorted(out, key=repr)


def test_export_reads_every_user_page_by_page(mem0_store: Any) -> None:
    dump = export_from_mem0(mem0_store, page_size=2)
    assert len(dump) == len(SEED)
    assert {d["user_id"] for d in dump} == {"alice", "bob"}
    assert [d["created_at"] for d in dump] == sorted(d["created_at"] for d in dump)
    assert all(d["metadata"] == {"source": "seed"} for d in dump)
    assert any(d.get("agent_id") == "planner" for d in dump)
    assert {d["id"] for d in export_from_mem0(mem0_store, user_ids=["bob"])} == {
        d["id"] for d in dump if d["user_id"] == "bob"}
    json.dumps(dump)  # a dump is plain JSON


def test_replay_orders_by_created_at_reinforces_repeats_and_is_idempotent(mem0_store: Any, tmp_path: Path) -> None:
    dump = list(reversed(export_from_mem0(mem0_store)))  # file order is newest first: must not matter
    mem = Spectron(path=str(tmp_path / "s"))
    first = replay_mem0_export({"results": dump}, mem, progress=False)
    assert first.memories == first.versions == first.written == len(SEED) and first.skipped == 0
    assert first.sessions == 3  # alice, alice+planner, bob: one short-lived named session each

    facade = Memory(mem)
    alice = facade.get_all(user_id="alice")["results"]
    homes = [i for i in alice if i["spectron"]["key"] == "home"]
    assert len(homes) == 1 and "Oslo" in homes[0]["memory"]  # the later memory supersedes, by created_at
    assert [h["event"] for h in facade.history(homes[0]["id"])] == ["ADD", "UPDATE"]
    allergy = [r for r in mem.records(scope=ALICE, kinds=["attribute"]) if "peanut" in r.value.lower()]
    assert len(allergy) == 1 and allergy[0].reinforcement_count == 1  # two memories, one reinforced fact
    assert allergy[0].valid_from.isoformat().startswith("2024-02-01")  # created_at is the observed time
    assert any(i["memory"] == "Thanks, that was helpful." for i in alice)  # nothing said is lost
    assert not any("Rome" in i["memory"] for i in alice)
    planner = facade.get_all(user_id="alice", agent_id="planner")["results"]
    assert any(i["spectron"]["kind"] == "instruction" for i in planner)
    assert {i["user_id"] for i in facade.get_all(user_id="bob")["results"]} == {"bob"}

    # ids: every Mem0 id maps to a facade memory id that resolves
    assert set(first.id_map) == {d["id"] for d in dump}
    for mem0_id, memory_id in first.id_map.items():
        assert facade.get(memory_id) is not None, mem0_id
    lisbon = next(d["id"] for d in dump if d["memory"] == "I live in Lisbon.")
    oslo = next(d["id"] for d in dump if d["memory"] == "I moved to Oslo.")
    assert first.id_map[lisbon] == first.id_map[oslo] == homes[0]["id"]  # one memory, two versions

    scopes = [ALICE, {"user": "alice", "agent": "planner"}, {"user": "bob"}]
    before = _snapshot(mem, scopes)
    sessions_before = len(mem.sessions.list({}))
    second = replay_mem0_export(dump, mem, progress=False)
    assert second.written == 0 and second.skipped == len(SEED)
    assert second.facts_created == second.facts_reinforced == second.facts_superseded == 0
    assert _snapshot(mem, scopes) == before  # replaying twice changes nothing
    assert len(mem.sessions.list({})) == sessions_before
    assert second.id_map == first.id_map


def test_replay_with_mem0_history_table(tmp_path: Path) -> None:
    m = offline_mem0(tmp_path / "mem0", collection="mem0_hist")
    added = m.add("I work at Acme.", user_id="dana", infer=False,
                  metadata={"created_at": "2024-05-01T09:00:00+00:00"})["results"][0]["id"]
    m.update(added, text="I work at Globex.")
    dump = export_from_mem0(m)
    assert [d["memory"] for d in dump] == ["I work at Globex."]

    plain = Spectron(path=str(tmp_path / "plain"))
    replay_mem0_export(dump, plain, progress=False)
    assert [r.value for r in plain.records(scope={"user": "dana"}, kinds=["attribute"], include_history=True)
            if r.key == "employer"] == ["Globex"]

    mem = Spectron(path=str(tmp_path / "with-history"))
    result = replay_mem0_export(dump, mem, history_db=tmp_path / "mem0" / "history.db", progress=False)
    assert result.versions == 2 and result.facts_superseded >= 1
    chain = mem.history("Person/dana", "employer", scope={"user": "dana"})
    assert [v.value for v in chain] == ["Acme", "Globex"]
    assert [h["event"] for h in Memory(mem).history(result.id_map[added])] == ["ADD", "UPDATE"]


def test_replay_refuses_memories_without_ids_and_reads_files(tmp_path: Path) -> None:
    mem = Spectron(path=str(tmp_path / "s"))
    with pytest.raises(Mem0ArgumentError):
        replay_mem0_export([{"id": "x", "memory": "I live in Lisbon.", "created_at": "2024-01-01T00:00:00Z"}], mem,
                           progress=False)
    assert mem.records(scope={}) == []  # nothing was written
    per_user = {"erin": {"results": [{"id": "m1", "memory": "I live in Paris.", "created_at": "2024-01-01"}]}}
    path = tmp_path / "dump.json"
    path.write_text(json.dumps(per_user))
    assert load_mem0_export(path)[0]["user_id"] == "erin"
    result = replay_mem0_export(path, mem, progress=False)
    assert result.written == 1
    assert "Paris" in Memory(mem).get_all(user_id="erin")["results"][0]["memory"]


def test_cli_import_mem0(mem0_store: Any, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from spectron_core._cli import app

    dump = tmp_path / "mem0.json"
    dump.write_text(json.dumps({"results": export_from_mem0(mem0_store)}))
    store = str(tmp_path / "store")
    runner = CliRunner()
    first = runner.invoke(app, ["import-mem0", str(dump), "--path", store, "--no-progress"])
    assert first.exit_code == 0, first.output
    assert json.loads(first.output)["written"] == len(SEED)
    again = runner.invoke(app, ["import-mem0", str(dump), "--path", store, "--no-progress"])
    assert again.exit_code == 0 and json.loads(again.output)["written"] == 0
    assert Memory(Spectron(path=store)).get_all(user_id="bob")["results"]


def test_replay_after_dual_write_does_not_store_twice(tmp_path: Path) -> None:
    from spectron_integrations.mem0 import DualWriteMemory

    old = offline_mem0(tmp_path / "mem0", collection="mem0_dw")
    old.add("I live in Lisbon.", user_id="alice", infer=False, metadata={"created_at": "2024-01-01T00:00:00Z"})
    mem = Spectron(path=str(tmp_path / "s"))
    adapter = DualWriteMemory(old=old, new=mem, read_share=0.0)
    adapter.add("I play the cello.", user_id="alice", infer=False)  # reaches both systems
    result = replay_mem0_export(export_from_mem0(old), mem, before=adapter.started_at, progress=False)
    assert result.written == 1 and result.skipped == 1
    texts = [i["memory"] for i in Memory(mem).get_all(user_id="alice")["results"]]
    assert texts.count("I play the cello.") == 1 and any("Lisbon" in t for t in texts)
