"""A fact's stored vector is its turn's vector moved toward what its key means (``_write/_vectors.py``).

Checked on the vectors the write path really stores (read back from the local index), and through recall: a turn
that says two things answers a question about either one with the fact that was asked about.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from spectron_core import MiniLMEmbedding, Spectron
from spectron_core._meanings import key_text
from spectron_core._write._vectors import KEY_SHIFT, fact_vectors

ALICE = {"org": "acme", "user": "alice"}


def _unit(v: Any) -> np.ndarray:
    a = np.asarray(v, dtype=np.float32).reshape(-1)
    return a / np.linalg.norm(a)


def _stored_vectors(mem: Spectron, ids: list[str]) -> dict[str, np.ndarray]:
    found = mem._engine.lexical.vectors(ids)
    return {i: _unit(np.frombuffer(blob, dtype="<f4")) for i, (_text, blob) in found.items()}


@pytest.fixture()
def mem(tmp_path):
    m = Spectron(path=str(tmp_path / "m"))
    yield m
    m.close()


def test_a_fact_is_stored_nearer_its_key_than_its_turn_is(mem):
    with mem.sessions.create(scope=ALICE) as s:
        res = s.remember("I work as a nurse and on weekends I go kayaking.")
    facts = {c.record.key: c.record for c in res.attributes}
    assert {"role", "hobbies"} <= set(facts), facts
    vecs = _stored_vectors(mem, [res.turn.id, facts["role"].id, facts["hobbies"].id])
    turn, role, hobby = vecs[res.turn.id], vecs[facts["role"].id], vecs[facts["hobbies"].id]
    ef = MiniLMEmbedding()
    job_q, fun_q = (_unit(v) for v in ef.embed_texts(["what is my job?", "what are my hobbies?"]))
    assert role @ job_q > turn @ job_q and hobby @ fun_q > turn @ fun_q
    assert role @ job_q > hobby @ job_q and hobby @ fun_q > role @ fun_q
    assert role @ turn > 0.8 and hobby @ turn > 0.8  # the turn's content still dominates


def test_fact_vector_leaves_other_records_alone_and_tolerates_odd_embedders():
    class Rec:
        def __init__(self, kind: str, **kw: Any) -> None:
            self.kind, self.id = kind, f"{kind}-{len(kw)}-{sorted(kw.items())}"
            self.__dict__.update(kw)

    calls: list[list[str]] = []

    def embed(texts: list[str]) -> list[list[float]]:
        calls.append(texts)
        return [[1.0, 0.0, 0.0] for _ in texts]

    def fact_vector(cache: dict[str, Any], ontology: Any, turn: Any, record: Rec) -> Any:
        return fact_vectors(cache, embed, ontology, turn, [record])[record.id]

    cache: dict[str, Any] = {}  # one engine's (one embedding function's) key meanings
    turn = [0.0, 2.0, 0.0]
    assert fact_vector(cache, None, turn, Rec("instruction", text="use bullets")) is turn
    assert fact_vector(cache, None, turn, Rec("turn", content="hi")) is turn
    v = fact_vector(cache, None, turn, Rec("attribute", key="favorite_color"))
    assert np.allclose(v, [KEY_SHIFT, 1.0, 0.0])
    fact_vector(cache, None, turn, Rec("attribute", key="favorite_color"))
    assert calls == [["favorite color"]]  # the key's vector is embedded once per embedding function
    from spectron_core._extract._ontology import default_ontology

    onto = default_ontology()
    fact_vector(cache, onto, turn, Rec("attribute", key="hobbies"))
    fact_vector(cache, onto, turn, Rec("relation", label="works_at"))
    fact_vector(cache, onto, turn, Rec("attribute", key="pets"))
    assert len(calls) == 2 and len(calls[1]) >= len(onto)  # the ontology's keys in one batch, on the first miss
    fact_vector(cache, onto, turn, Rec("attribute", key="shoe_size"))
    assert calls[-1] == ["shoe size"]  # a key the ontology does not know: embedded when it turns up
    assert fact_vector(cache, None, [1.0, 0.0], Rec("relation", label="lives_in")) == [1.0, 0.0]  # odd dims


def test_key_text_uses_the_ontology_description():
    from spectron_core._extract._ontology import default_ontology

    text = key_text(default_ontology(), "attribute", "role")
    assert text.startswith("role: ") and "job" in text
    assert key_text(default_ontology(), "relation", "lives_in") == "lives in"


@pytest.mark.parametrize("turn, question, key", [
    ("i'm a dentist and i play chess most evenings", "what do I do for fun?", "hobbies"),
    ("i'm a dentist and i play chess most evenings", "what's my profession", "role"),
    ("we live in leeds and i'm vegetarian", "what's my diet", "food_preference"),
    ("we live in leeds and i'm vegetarian", "which city is home for me", "home"),
    ("I have two cats and I'm learning Japanese", "which languages do I speak?", "languages"),
    ("I have two cats and I'm learning Japanese", "do I have any animals?", "pets"),
])
def test_dense_retrieval_ranks_the_fact_asked_about_above_its_turn_and_its_sibling(mem, turn, question, key):
    """The vector leg on its own: of the records one turn produced, the fact whose key the question asks about
    comes first, although the turn and the other fact share its content."""
    from spectron_core._scope import Scope

    with mem.sessions.create(scope=ALICE) as s:
        res = s.remember(turn)
    keys = {c.record.id: c.record.key for c in res.attributes}
    assert key in keys.values() and len(keys) >= 2, keys
    engine = mem._engine
    ranked = [r.id for r, _ in engine.store.dense(engine.store.embed_query(question), Scope(ALICE), 10)]
    own = [i for i in ranked if i in keys or i == res.turn.id]
    assert keys.get(own[0]) == key, [(keys.get(i, "turn")) for i in own]
