"""``Spectron.get``, ``Spectron.records`` and ``forget(ids=...)``: the id-level public API.

Added for id-addressed callers (the Mem0 facade's ``get``/``update``/``delete``/``history``). Scope rules
apply to them as to every read and forget (``spectron_core/_scope.py``), so they are tested as security
properties: a bound client cannot read, list or forget another scope's record by id, and an unknown id and a
foreign id fail the same way.
"""

from __future__ import annotations

from typing import Any

import pytest

from spectron_core import AsyncSpectron, NotFoundError, ScopeError, Spectron, ValidationError

ALICE = {"org": "acme", "user": "alice"}
BOB = {"org": "acme", "user": "bob"}


def _fact(mem: Spectron, scope: dict[str, str], text: str) -> Any:
    result = mem.remember(text, scope=scope)
    attrs = [c.record for c in result.attributes]
    assert attrs, f"expected a fact from {text!r}"
    return attrs[0]


def test_get_returns_the_record_and_hides_forgotten_ones(mem: Spectron) -> None:
    fact = _fact(mem, ALICE, "I prefer vegetarian food.")
    got = mem.get(fact.id)
    assert got.id == fact.id and got.kind == "attribute" and got.scope == ALICE
    turn = mem.get(fact.source.ref)
    assert turn.kind == "turn" and "vegetarian" in turn.content

    mem.forget(ids=[fact.id], scope=ALICE)
    with pytest.raises(NotFoundError):
        mem.get(fact.id)
    assert mem.get(fact.id, include_forgotten=True).status == "forgotten"
    assert fact.id in {r.id for r in mem.audit(scope=ALICE)}


def test_get_unknown_and_foreign_ids_fail_alike(mem: Spectron) -> None:
    bob_fact = _fact(mem, BOB, "I live in Lisbon.")
    alice = mem.bound(ALICE)
    with pytest.raises(NotFoundError) as foreign:
        alice.get(bob_fact.id)
    with pytest.raises(NotFoundError) as unknown:
        alice.get("att_" + "0" * 32)
    assert type(foreign.value) is type(unknown.value)
    with pytest.raises(ValidationError):
        mem.get("")
    # an ancestor's record is visible from the floor, as in recall
    org = _fact(mem, {"org": "acme"}, "I work at Acme.")
    assert alice.get(org.id).id == org.id


def test_records_lists_within_scope_only(mem: Spectron) -> None:
    _fact(mem, ALICE, "I prefer vegetarian food.")
    mem.remember("I now eat fish.", scope=ALICE)
    _fact(mem, BOB, "I live in Lisbon.")
    _fact(mem, {"org": "acme"}, "I work at Acme.")

    mine = mem.records(scope=ALICE)
    assert mine and all(r.scope == ALICE for r in mine)  # never Bob's, never the org's (an ancestor)
    current = [r for r in mine if r.kind == "attribute" and r.key == "food_preference"]
    assert [r.value for r in current] == ["fish"]
    history = mem.records(scope=ALICE, kinds=["attribute"], include_history=True)
    assert {r.value for r in history if r.key == "food_preference"} == {"vegetarian", "fish"}
    org_wide = mem.records(scope={"org": "acme"}, kinds=["attribute"])
    assert {r.scope["user"] for r in org_wide if "user" in r.scope} == {"alice", "bob"}
    with pytest.raises(ValidationError):
        mem.records(scope=ALICE, kinds=["nonsense"])
    with pytest.raises(ScopeError):
        mem.bound(ALICE).records(scope=BOB)


def test_forget_ids_never_reaches_outside_its_scope(mem: Spectron) -> None:
    alice_fact = _fact(mem, ALICE, "I prefer vegetarian food.")
    bob_fact = _fact(mem, BOB, "I live in Lisbon.")
    # Bob's id given at Alice's scope is ignored, not forgotten
    result = mem.forget(ids=[alice_fact.id, bob_fact.id], scope=ALICE)
    assert alice_fact.id in result.ids and bob_fact.id not in result.ids
    assert result.counts.get("attribute") == 1  # (the trace quoting it may go with it)
    assert mem.get(bob_fact.id).status == "active"
    # a bound client cannot widen the scope of an id forget
    with pytest.raises(ScopeError):
        mem.bound(ALICE).forget(ids=[bob_fact.id], scope=BOB)
    assert mem.bound(ALICE).forget(ids=[bob_fact.id]).total == 0
    assert mem.get(bob_fact.id).status == "active"
    with pytest.raises(ValidationError):
        mem.forget(ids=[], scope=ALICE)
    with pytest.raises(ValidationError):
        mem.forget(ids="att_x", scope=ALICE)  # type: ignore[arg-type]


def test_forget_ids_dry_run_and_purge(mem: Spectron) -> None:
    fact = _fact(mem, ALICE, "I prefer vegetarian food.")
    assert mem.forget(ids=[fact.id], scope=ALICE, dry_run=True).counts.get("attribute") == 1
    assert mem.get(fact.id).status == "active"
    assert mem.forget(ids=[fact.id], scope=ALICE, purge=True).purged
    with pytest.raises(NotFoundError):
        mem.get(fact.id, include_forgotten=True)


async def test_async_twins(tmp_path: Any) -> None:
    amem = AsyncSpectron(path=str(tmp_path / "store"))
    result = await amem.remember("I prefer vegetarian food.", scope=ALICE)
    fact = result.attributes[0].record
    assert (await amem.get(fact.id)).id == fact.id
    assert fact.id in {r.id for r in await amem.records(scope=ALICE, kinds=["attribute"])}
    await amem.forget(ids=[fact.id], scope=ALICE)
    with pytest.raises(NotFoundError):
        await amem.get(fact.id)
