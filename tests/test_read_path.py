"""Read path: recall (hybrid, history, as_of, authority, conflicts, budget), profile, scope isolation."""

from __future__ import annotations

import pytest

from spectron_core import RankingConfig, Spectron, ValidationError
from spectron_core._tokens import count_tokens
from tests.support import at

ALICE = {"org": "acme", "user": "alice"}
BOB = {"org": "acme", "user": "bob"}


@pytest.fixture()
def mem(tmp_path):
    m = Spectron(path=str(tmp_path / "store"))
    with m.sessions.create(scope=ALICE) as s:
        s.remember("Alice prefers vegetarian food.", observed_at=at(0))
        s.remember("I live in Paris and love the jazz clubs there.", observed_at=at(1))
        s.remember("Alice now eats fish.", observed_at=at(10))
    with m.sessions.create(scope=BOB) as s:
        s.remember("Bob adores opera and goes to La Scala every spring.", observed_at=at(2))
        s.remember("I prefer spicy Sichuan food.", observed_at=at(3))
    return m


def _attrs(result, key):
    return [i for i in result.items if i.kind == "attribute" and i.key == key]


def test_current_value_first_history_only_when_asked(mem):
    r = mem.recall("What food does Alice eat?", scope=ALICE, top_k=10)
    vals = [i.value for i in _attrs(r, "food_preference")]
    assert vals and vals[0] == "fish" and "vegetarian" not in vals
    h = mem.recall("What food does Alice eat?", scope=ALICE, top_k=10, include_history=True)
    hv = [(i.value, i.current) for i in _attrs(h, "food_preference")]
    assert ("vegetarian", False) in hv and hv.index(("fish", True)) < hv.index(("vegetarian", False))
    past = mem.recall("What food does Alice eat?", scope=ALICE, top_k=10, as_of=at(5))
    assert [i.value for i in _attrs(past, "food_preference")] == ["vegetarian"]


def test_items_cite_turns_and_carry_fields(mem):
    r = mem.recall("vegetarian food", scope=ALICE, include_history=True)
    item = [i for i in r.items if i.kind == "attribute" and i.value == "vegetarian"][0]
    assert item.turn_ids and all(t.startswith("turn_") for t in item.turn_ids)
    assert item.entity == "Person/alice" and item.key == "food_preference" and item.scope == ALICE
    assert item.valid_from == at(0) and item.valid_until == at(10) and item.source.kind == "turn"
    turns = {t.id for s in mem.sessions.list(ALICE) for t in mem.sessions.get(s.id).turns()}
    assert set(item.turn_ids) <= turns


def test_authoritative_outranks_experiential_and_carries_conflict(mem):
    mem.documents.ingest("The return policy is 30 days.", title="Return policy", scope={"org": "acme"})
    with mem.sessions.create(scope=BOB) as s:
        s.remember("I think the return policy is 60 days.")
        r = s.recall("how many days is the return policy?", top_k=10)
    facts = [i for i in r.items if i.kind == "attribute"]
    assert facts[0].authoritative and "30" in facts[0].value
    claim = [i for i in facts if "60" in (i.value or "")]
    assert claim and r.items.index(claim[0]) > r.items.index(facts[0])
    assert facts[0].conflict and claim[0].conflict
    assert "## Authoritative facts" in r.formatted and "## Open conflicts" in r.formatted


@pytest.mark.parametrize("leg", ["both", "dense", "lexical"])
def test_scope_isolation_through_every_leg(mem, leg):
    cfg = RankingConfig(use_dense=leg != "lexical", use_lexical=leg != "dense")
    for query in ("opera La Scala spring", "spicy Sichuan food", "What does Bob like?"):
        r = mem.recall(query, scope=ALICE, top_k=50, ranking=cfg)
        assert all(i.scope in (ALICE, {"org": "acme"}, {}) for i in r.items)
        assert not any("Bob" in i.text or "Sichuan" in i.text or "opera" in i.text for i in r.items)
    org = mem.recall("opera La Scala spring", scope={"org": "acme"}, top_k=50, ranking=cfg)
    assert any("Scala" in i.text for i in org.items)
    org2 = mem.recall("Paris jazz clubs", scope={"org": "acme"}, top_k=50, ranking=cfg)
    assert any("Paris" in i.text for i in org2.items)


def test_formatted_respects_max_tokens(mem):
    for budget in (12, 40, 80, 300):
        r = mem.recall("food, music, where they live", scope={"org": "acme"}, top_k=30, max_tokens=budget)
        assert count_tokens(r.formatted) <= budget and r.tokens == count_tokens(r.formatted)
    big = mem.recall("food, music, where they live", scope={"org": "acme"}, top_k=30, max_tokens=300)
    assert big.formatted.count("\n- ") + big.formatted.startswith("- ") >= 3


def test_categories_filter(mem):
    r = mem.recall("food", scope=ALICE, categories=["episodic"])
    assert r.items and all(i.kind == "turn" or i.category == "episodic" for i in r.items)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"query": ""}, {"query": "   "}, {"query": "x", "top_k": 0}, {"query": "x", "top_k": 201},
        {"query": "x", "top_k": 2.5}, {"query": "x", "categories": ["feelings"]},
        {"query": "x", "max_tokens": 0}, {"query": 7},
    ],
)
def test_recall_bad_input(mem, kwargs):
    with pytest.raises(ValidationError):
        mem.recall(kwargs.pop("query"), scope=ALICE, **kwargs)


def test_naive_datetime_rejected(mem):
    from datetime import datetime

    with pytest.raises(ValidationError):
        mem.recall("food", scope=ALICE, as_of=datetime(2025, 3, 2))
    with pytest.raises(ValidationError):
        mem.profile(scope=ALICE, as_of=datetime(2025, 3, 2))


def test_profile_effective_values(mem):
    p = mem.profile(scope=ALICE)
    prefs = {(f.entity, f.key): f.value for f in p.preferences}
    assert prefs[("Person/alice", "food_preference")] == "fish"
    assert all(f.scope in (ALICE, {"org": "acme"}, {}) for f in p.preferences + p.static + p.knowledge)
    assert "Person/alice" in {e["ref"] for e in p.entities}
    assert "Person/bob" not in {e["ref"] for e in p.entities}
    then = mem.profile(scope=ALICE, as_of=at(5))
    assert {(f.entity, f.key): f.value for f in then.preferences}[("Person/alice", "food_preference")] == "vegetarian"
    org = mem.profile(scope={"org": "acme"})
    assert {"Person/alice", "Person/bob"} <= {e["ref"] for e in org.entities}


def test_consolidation_writes_summary_and_promotes_repeats(tmp_path):
    m = Spectron(path=str(tmp_path / "s"))
    with m.sessions.create(scope=ALICE) as s1:
        r1 = s1.remember("I speak French.", observed_at=at(0))
        s1.remember("I am tired today.", observed_at=at(0, 1))
    info = m.sessions.get(s1.id).info
    assert info.summary_id and "French" in m._engine.store.get([info.summary_id])[info.summary_id].text
    base = r1.attributes[0].record.importance
    with m.sessions.create(scope=ALICE) as s2:
        s2.remember("I speak French.", observed_at=at(3))
    lang = [a for a in m.history("Person/alice", "languages", scope=ALICE) if a.valid_until is None][0]
    assert lang.reinforcement_count == 1 and lang.importance > base or lang.importance == 1.0
    mood = [a for a in m._engine.store.find({"key": {"$in": ["mood", "current_activity", "state"]}})]
    for a in mood:
        assert a.importance < 0.5  # context aged at close


@pytest.mark.parametrize("first, later, old_word, new_word", [
    ("I live in Lisbon and I work at Initech.", "We moved to Porto.", "Lisbon", "Porto"),
    ("im vegetarian and i play the cello", "i eat meat again these days", "vegetarian", "meat"),
    ("My favourite colour is blue. I speak French.", "actually my favorite color is green now", "blue", "green"),
    # ended with no successor of the same key: a value that ends another key, a negation, a new job
    ("I work at Initech and I play the cello.", "I'm retired now.", "Initech", "retired"),
    ("i'm vegetarian and i speak french", "i'm not vegetarian anymore", "vegetarian", None),
    ("I'm unemployed and I have a dog named Rex.", "i got a job at the bank", "unemployed", "bank"),
])
def test_a_summary_stops_quoting_a_value_a_later_session_ended(tmp_path, first, later, old_word, new_word):
    """A session summary is a digest of what that session established. Once a later session ends one of its
    values (supersedes it, or closes it: a retirement ends the employer, a negation the value it names), the
    summary is rewritten from what still holds (the other facts stay), so recall never offers the old value as
    a current digest; the ended fact itself stays in history."""
    m = Spectron(path=str(tmp_path / "s"))
    with m.sessions.create(scope=ALICE) as s1:
        s1.remember(first, observed_at=at(0))
    summary_id = m.sessions.get(s1.id).info.summary_id
    before = m._engine.store.get([summary_id])[summary_id].text
    assert old_word.lower() in before.lower(), before
    with m.sessions.create(scope=ALICE) as s2:
        s2.remember(later, observed_at=at(5))
    after = m._engine.store.get([summary_id])[summary_id]
    assert old_word.lower() not in after.text.lower(), after.text
    kept = [ln for ln in before.split(". ", 1)[1].split("; ") if old_word.lower() not in ln.lower()]
    assert kept and all(k.rstrip(".") in after.text for k in kept), (before, after.text)
    chunks = [i.text for i in m.recall(old_word, scope=ALICE, top_k=20).items if i.kind == "chunk"]
    assert not any(old_word.lower() in c.lower() for c in chunks), chunks
    assert any(old_word.lower() in str(i.value).lower() for i in
               m.recall(old_word, scope=ALICE, top_k=20, include_history=True).items if i.kind != "chunk")


def test_recall_isolation_embedded_and_server(any_mem):
    """A query at {org} sees every user under it; at {org, user: alice} never Bob's — through both legs,
    in embedded and Chroma-server mode."""
    with any_mem.sessions.create(scope=ALICE) as s:
        s.remember("I adore jazz clubs in Paris.")
    with any_mem.sessions.create(scope=BOB) as s:
        s.remember("I adore opera houses in Milan.")
    for cfg in (RankingConfig(), RankingConfig(use_dense=False), RankingConfig(use_lexical=False)):
        alice = any_mem.recall("adore opera houses Milan jazz clubs Paris", scope=ALICE, top_k=50, ranking=cfg)
        assert alice.items and not any("Milan" in i.text or i.scope == BOB for i in alice.items)
        org = any_mem.recall("adore opera houses Milan jazz clubs Paris", scope={"org": "acme"}, top_k=50,
                             ranking=cfg)
        texts = " ".join(i.text for i in org.items)
        assert "Milan" in texts and "Paris" in texts
