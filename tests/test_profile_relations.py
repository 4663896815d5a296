"""``profile()`` lists the current relations seen from its scope: the people, pets and places in a user's life
(Mem0's ``get_all`` shows "Has a dog named Rex"; a profile of keys alone showed ``pets = dog``)."""

from __future__ import annotations

from typing import Any

from tests.support import ALICE_SCOPE, at

BOB_SCOPE = {"org": "acme", "user": "bob"}


def _rels(mem: Any, scope: dict[str, str] = ALICE_SCOPE, **kw: Any) -> set[tuple[str, str, str]]:
    return {(r.subject, r.label, r.object) for r in mem.profile(scope=scope, **kw).relations}


def test_the_names_of_a_users_pets_and_people_are_in_the_profile(mem: Any) -> None:
    mem.remember("We have a beagle called Waffles and I work at Northwind.", scope=ALICE_SCOPE, observed_at=at(0))
    rels = _rels(mem)
    assert ("Person/alice", "owns", "Pet/waffles") in rels
    assert ("Person/alice", "works_at", "Org/northwind") in rels
    text = {r.text for r in mem.profile(scope=ALICE_SCOPE).relations}
    assert any("Waffles" in t for t in text), text


def test_a_superseded_relation_leaves_the_profile_and_stays_in_history(mem: Any) -> None:
    mem.remember("I work at Northwind.", scope=ALICE_SCOPE, observed_at=at(0))
    mem.remember("I left Northwind and now work at Contoso.", scope=ALICE_SCOPE, observed_at=at(3))
    rels = _rels(mem)
    assert ("Person/alice", "works_at", "Org/contoso") in rels
    assert ("Person/alice", "works_at", "Org/northwind") not in rels
    assert ("Person/alice", "works_at", "Org/northwind") in _rels(mem, as_of=at(1))


def test_another_users_relations_never_show(mem: Any) -> None:
    mem.remember("My cat is called Mochi.", scope=ALICE_SCOPE, observed_at=at(0))
    mem.remember("Our dog is called Biscuit.", scope=BOB_SCOPE, observed_at=at(0))
    assert not any("biscuit" in o.lower() for _, _, o in _rels(mem))
    assert not any("mochi" in o.lower() for _, _, o in _rels(mem, BOB_SCOPE))
    # the org sees both users' relations (recall's visibility rule)
    org = {o.lower() for _, _, o in _rels(mem, {"org": "acme"})}
    assert {"pet/mochi", "pet/biscuit"} <= org


def test_the_tools_show_relations_to_the_model(mem: Any) -> None:
    from spectron_integrations.langchain.tools import _summarise_profile

    mem.remember("My son Theo is six.", scope=ALICE_SCOPE, observed_at=at(0))
    summary = _summarise_profile(mem.profile(scope=ALICE_SCOPE))
    assert "Theo" in summary, summary
