"""Acceptance scenarios of the write path (issue: remember, reconciliation, supersession, documents)."""

from __future__ import annotations

import pytest

from spectron_core import NotFoundError, Spectron, ValidationError
from tests.support import at, current, state_signature

ALICE = {"org": "acme", "user": "alice"}
BOB = {"org": "acme", "user": "bob"}


@pytest.fixture()
def mem(tmp_path):
    return Spectron(path=str(tmp_path / "store"))


def test_vegetarian_then_fish_supersedes_with_history(mem):
    with mem.sessions.create(scope=ALICE) as s:
        first = s.remember("Alice prefers vegetarian food.", observed_at=at(0))
        second = s.remember("Alice now eats fish.", observed_at=at(1))
    assert [(c.action, c.record.value) for c in first.attributes] == [("created", "vegetarian")]
    assert [c.action for c in second.attributes] == ["superseded"]
    assert [c.record.value for c in second.corrections] == ["vegetarian"]
    chain = mem.history("Person/alice", "food_preference", scope=ALICE)
    assert [v.value for v in chain] == ["vegetarian", "fish"]
    old, new = chain
    assert old.valid_until == at(1) and new.valid_until is None
    assert old.superseded_by == new.id and new.supersedes == old.id
    assert "fish" in current(mem, "Person/alice", "food_preference", ALICE)[0].value
    assert chain[0].source.ref == first.turn.id and chain[1].source.ref == second.turn.id


def test_four_cat_sentences(mem):
    with mem.sessions.create(scope=ALICE) as s:
        have = s.remember("I have a cat.", observed_at=at(0))
        saw = s.remember("I saw a cat last night.", observed_at=at(2, 10))
        general = s.remember("House cats weigh about 4 kg.", observed_at=at(3))
        [c.record for c in have.attributes]
        pets = current(mem, "Person/alice", "pets", ALICE)
        assert [p.value for p in pets] == ["cat"] and pets[0].category == "identity"
        event = [c.record for c in saw.attributes if c.record.key == "event"]
        assert event and event[0].category == "episodic" and event[0].valid_from < at(2, 10)
        assert all(c.record.entity != "Person/alice" for c in general.attributes)
        assert general.attributes and general.attributes[0].record.category == "knowledge"
        closed = s.remember("I used to have a cat.", observed_at=at(4))
    assert [c.action for c in closed.corrections] == ["closed"]
    assert current(mem, "Person/alice", "pets", ALICE) == []
    chain = mem.history("Person/alice", "pets", scope=ALICE)
    assert [v.value for v in chain] == ["cat"] and chain[0].valid_until is not None  # closed, not deleted


def test_document_fact_outranks_customer_claim_and_uncertainty_links_them(mem):
    doc = mem.documents.ingest("The return policy is 30 days.", title="Return policy", scope={"org": "acme"})
    doc_facts = [c.record for c in doc.attributes]
    assert doc_facts and doc_facts[0].source.kind == "document"
    fact = doc_facts[0]
    with mem.sessions.create(scope=BOB) as s:
        claim = s.remember("I think the return policy is 60 days.")
    flagged = [c for c in claim.attributes if c.action == "flagged"]
    assert flagged and flagged[0].record.source.kind == "turn" and "60" in flagged[0].record.value
    assert claim.uncertainties
    unc = claim.uncertainties[0].record
    assert fact.id in unc.record_ids and flagged[0].record.id in unc.record_ids
    # the document fact is unchanged and still current
    again = mem._engine.store.get([fact.id])[fact.id]
    assert again.valid_until is None and again.value == fact.value and again.superseded_by is None


def test_role_chain_three_links(mem):
    for day, text in enumerate(["I am the COO.", "I'm now the CTO.", "I became CEO."]):
        with mem.sessions.create(scope=ALICE) as s:
            s.remember(text, observed_at=at(day * 30))
    chain = mem.history("Person/alice", "role", scope=ALICE)
    assert [v.value.lower() for v in chain] == ["coo", "cto", "ceo"]
    assert chain[0].superseded_by == chain[1].id and chain[1].superseded_by == chain[2].id
    assert chain[2].supersedes == chain[1].id and chain[2].valid_until is None
    assert chain[0].valid_until == chain[1].valid_from


def test_instruction_created_then_revoked(mem):
    with mem.sessions.create(scope=ALICE) as s:
        made = s.remember("Always answer in bullet points.", observed_at=at(0))
        assert [c.action for c in made.instructions] == ["created"]
        assert [i["topic"] for i in s.profile().instructions] == ["bullet points"]
        stopped = s.remember("Stop using bullet points.", observed_at=at(1))
        assert [c.action for c in stopped.instructions] == ["revoked"]
        assert s.profile().instructions == []
    kept = mem._engine.store.get([made.instructions[0].record.id])
    assert list(kept.values())[0].valid_until == at(1)  # history kept


def test_org_default_and_user_override_coexist(mem):
    mem.remember(triples=[("Org/acme", "meeting_time", "9am")], scope={"org": "acme"})
    mem.remember(triples=[("Org/acme", "meeting_time", "10am")], scope=ALICE)
    org = current(mem, "Org/acme", "meeting_time", {"org": "acme"})
    user = current(mem, "Org/acme", "meeting_time", ALICE)
    assert [v.value for v in org] == ["9am"] and [v.value for v in user] == ["10am"]
    assert org[0].superseded_by is None and user[0].supersedes is None
    assert [f.value for f in mem.profile(scope=ALICE).knowledge + mem.profile(scope=ALICE).static
            if f.key == "meeting_time"] == ["10am"]  # narrowest scope wins


TURNS = [
    "My name is Alice.", "I live in Paris.", "I work at Acme.", "I prefer vegetarian food.", "I have a dog.",
    "I speak French.", "I enjoy hiking.", "Always answer in bullet points.", "I am 34 years old.",
    "I now eat fish.", "I moved to Berlin.", "I no longer work at Acme.", "I work at Globex.",
    "My favorite color is blue.", "I have a cat.", "I used to have a dog.", "Stop using bullet points.",
]


def _replay(mem):
    messages = [
        {"role": "user", "content": TURNS[i % len(TURNS)] + ("" if i < len(TURNS) else f" (again {i})"),
         "observed_at": at(i)}
        for i in range(50)
    ]
    with mem.sessions.create(scope=ALICE, session_id="migration-1") as s:
        s.remember_many(messages)


def test_replaying_fifty_turns_twice_equals_once(mem, tmp_path):
    _replay(mem)
    once = state_signature(mem)
    assert sum(1 for k in once if k.startswith("att_")) > 5
    mem2 = Spectron(path=str(tmp_path / "store"))
    _replay(mem2)
    twice = state_signature(mem2)
    assert once.keys() == twice.keys()
    assert once == twice


@pytest.mark.parametrize(
    "kwargs, error",
    [
        ({"text": ""}, ValidationError),
        ({"text": "   \n\t"}, ValidationError),
        ({"text": 42}, ValidationError),
        ({"text": "x" * 5_000_000}, ValidationError),
        ({"text": "hello", "role": "narrator"}, ValidationError),
        ({"text": "hello", "observed_at": "last tuesday-ish"}, ValidationError),
        ({"text": "hello", "triples": [("Person/alice", "", "x")]}, ValidationError),
        ({"text": "hello", "triples": [("", "food", "x")]}, ValidationError),
        ({"text": "hello", "triples": [("Person/alice", "food", "  ")]}, ValidationError),
        ({"text": "hello", "infer": "sometimes"}, ValidationError),
        ({"text": None}, ValidationError),
    ],
)
def test_bad_input_is_typed_and_writes_nothing(mem, kwargs, error):
    s = mem.sessions.create(scope=ALICE)
    before = mem._engine.store.count()
    text = kwargs.pop("text")
    with pytest.raises(error):
        s.remember(text, **kwargs)
    assert mem._engine.store.count() == before


def test_remember_many_validates_everything_first(mem):
    s = mem.sessions.create(scope=ALICE)
    before = mem._engine.store.count()
    with pytest.raises(ValidationError):
        s.remember_many(["I have a cat.", {"role": "user", "content": ""}])
    assert mem._engine.store.count() == before


def test_infer_none_and_triples(mem):
    with mem.sessions.create(scope=ALICE) as s:
        raw = s.remember("Remember the wifi password is hunter2.", infer="none")
        assert [c.record.kind for c in raw.chunks] == ["chunk"] and not raw.attributes
        t = s.remember(triples=[("Person/alice", "shoe size", "38")])
    assert [(c.record.key, c.record.value, c.record.source.kind) for c in t.attributes] == [("shoe_size", "38", "triples")]
    assert any("hunter2" in i.text for i in mem.recall("wifi password", scope=ALICE).items)


def test_traces_explain_decisions(mem):
    with mem.sessions.create(scope=ALICE) as s:
        s.remember("Alice prefers vegetarian food.", observed_at=at(0))
        r = s.remember("Alice now eats fish.", observed_at=at(1))
    traces = mem.traces(scope=ALICE, ref=r.turn.id)
    assert traces and traces[0].id == r.trace_id
    decision = [d for d in traces[0].decisions if d.action == "superseded"][0]
    assert "vegetarian" in decision.reason and decision.considered


def test_document_reingest_noop_and_new_version_supersedes(mem):
    scope = {"org": "acme"}
    v1 = mem.documents.ingest("The return policy is 30 days.", title="Return policy", scope=scope)
    again = mem.documents.ingest("The return policy is 30 days.", title="Return policy", scope=scope)
    assert again.unchanged and again.document.id == v1.document.id
    v2 = mem.documents.ingest("The return policy is 45 days.", title="Return policy", scope=scope)
    assert v2.document.version == 2 and v2.document.supersedes == v1.document.id
    entity, key = v1.attributes[0].record.entity, v1.attributes[0].record.key
    chain = mem.history(entity, key, scope=scope)
    assert [("45" in v.value, v.valid_until is None) for v in chain] == [(False, False), (True, True)]
    assert [d.version for d in mem.documents.list(scope=scope)] == [2]


def test_document_from_markdown_file_chunks_by_tokens(mem, tmp_path):
    from spectron_core._tokens import count_tokens

    path = tmp_path / "handbook.md"
    body = "\n\n".join(f"## Section {i}\n" + " ".join(f"Rule {i}.{j} says staff wear badge {j}." for j in range(40))
                       for i in range(3))
    path.write_text("# Handbook\n" + body, encoding="utf-8")
    res = mem.documents.ingest(path, title="Handbook", scope={"org": "acme"}, chunk_tokens=120)
    chunks = [c.record for c in res.chunks]
    assert len(chunks) > 3 and all(count_tokens(c.text) <= 120 for c in chunks)
    assert all(c.text.startswith("Handbook — ") for c in chunks)
    with pytest.raises(ValidationError):
        mem.documents.ingest(tmp_path / "missing.pdf", title="x", scope={"org": "acme"})


def test_sessions_get_unknown_is_not_found(mem):
    with pytest.raises(NotFoundError):
        mem.sessions.get("ses_nope")
