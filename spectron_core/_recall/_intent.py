"""Which of the ontology's keys a question asks about, and the current facts that answer it.

"What do I do for a living?", "what's my job", "am i working right now" all ask for the current ``role``;
the turn that answers may share no word with them ("mondays used to suck, but i am retired so they do not
bother me"), and a turn that shares many may answer nothing ("hello, i hope you have a better job than i do").
The dense and lexical legs rank by the words and meaning of whole texts; this leg ranks by what the question is
*about*: the question's embedding against each key's meaning (``_meanings``), and, for the keys it is clearly
about, the principal's current facts of those keys, newest first. It is one more leg of the fusion, so a turn
that both other legs rank first still wins; what it adds is that the current fact of the asked key is never
buried under older or merely similar-sounding text. After a change of value ("i work at a bar" … "i've been
retired for years now") it is the new value that is current, so it is the new value the leg brings up.

When is a question "clearly about" a key? Cosine similarities depend on the embedder (MiniLM's sit around
0.1–0.6, other models' in a narrow band near 0.8), so the test is relative: the best key's similarity must
stand ``key_min_z`` standard deviations above the mean over all keys, and every key within ``key_margin_z`` of
the best is asked too ("do I have a job?" is about ``role`` and ``employer`` alike). Questions about no key
("what did we talk about yesterday?", "tell me a joke") are about every key a little and none clearly.

The value on record is not always the value now: when the extractor missed a change ("yeah, i am living the
good life now" after "i work at a bar"), the old value is still current. So a single-valued key's value is
left to the other legs when something the user said after it, about the same key (``any_about``: the key
stands out against the turn's stored vector as it does against a question's), ranks above it there
(``_recall._not_outdated``).

The leg is asked only when the question is about the scope's principal: in the first person ("where do I
live?") or by the principal's name ("what does Bob do?" in Bob's scope). A question about someone else is not
answered by the principal's profile.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from .._extract._lexicon import KIN_LABELS
from .._meanings import attribute_meanings, unit
from .._models import field_of
from .._scope import Scope
from ._models import RankingConfig
from ._principal import Principal, asks_about_self, kin_named, speaks_of_a_pet, speaks_of_a_relative

if TYPE_CHECKING:
    from .._engine import Engine

__all__ = [
    "any_about",
    "asked_keys",
    "key_leg",
    "key_scores",
    "keys_standing_out",
    "principal_asks",
    "relative_leg",
    "turn_key_scores",
]


def key_scores(meanings: np.ndarray, vector: Any) -> np.ndarray | None:
    """How far each key's meaning stands out in its similarity to ``vector``: standard scores over all keys
    (one per row of ``meanings``). None when they say nothing: fewer than three keys, another dimension, or no
    spread at all."""
    if meanings.shape[0] < 3:
        return None
    v = unit(vector)
    if v.shape[0] != meanings.shape[1]:
        return None
    z, spread = _standard_scores((meanings @ v)[None, :])
    return z[0] if spread[0] else None


def _standard_scores(sims: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each row of similarities to every key's meaning as standard scores, and whether the row has any spread
    (a row without says nothing)."""
    spread = sims.std(axis=1, keepdims=True)
    return (sims - sims.mean(axis=1, keepdims=True)) / np.where(spread > 0, spread, 1.0), spread[:, 0] > 0


def asked_keys(keys: list[str], meanings: np.ndarray, query_vector: Any, cfg: RankingConfig) -> list[str]:
    """The keys the question is clearly about, most similar first (none when it is about no key in particular).
    ``meanings``: one unit row per key of ``keys`` (``_meanings.attribute_meanings``)."""
    z = key_scores(meanings, query_vector)
    return [] if z is None else keys_standing_out(keys, z, cfg)


def keys_standing_out(keys: list[str], z: np.ndarray, cfg: RankingConfig) -> list[str]:
    """The keys a text is clearly about, given its standard scores ``z`` against each of ``keys``' meanings
    (``key_scores``): the best at ``key_min_z`` or more, and every key within ``key_margin_z`` of it."""
    best = float(z.max())
    if best < cfg.key_min_z:
        return []
    return [keys[i] for i in np.argsort(-z) if z[i] >= best - cfg.key_margin_z]


def turn_key_scores(engine: Engine, turns: list[Any]) -> tuple[list[str], dict[str, np.ndarray]]:
    """The ontology's keys, and each turn's standard scores against their meanings (as ``key_scores``, in one
    product for all turns), read from the turn's stored vector: what a statement is about, by the same test a
    question is read by. Turns with no stored vector, one of another dimension, or no spread are absent."""
    keys, meanings = attribute_meanings(engine.key_vectors, engine.embed_texts, engine.ontology)
    if meanings.shape[0] < 3:
        return keys, {}
    stored = engine.lexical.stored_vectors([t.id for t in turns])
    ids = [tid for tid, packed in stored.items() if len(packed) == 4 * meanings.shape[1]]
    if not ids:
        return keys, {}
    vecs = np.frombuffer(b"".join(stored[tid] for tid in ids), dtype="<f4").reshape(len(ids), -1)
    norms = np.linalg.norm(vecs, axis=1, keepdims=True)
    # einsum, not ``@``: a matrix product this small would go to OpenBLAS's thread pool, whose workers then
    # spin on the other core that the query embedding and SQLite need (measured: recall 45 ms → 120 ms on
    # 2 loaded cores); einsum computes it on this thread in about 0.5 ms for 200 turns
    z, spread = _standard_scores(np.einsum("ij,kj->ik", vecs / np.where(norms > 0, norms, 1.0), meanings))
    return keys, {tid: z[i] for i, tid in enumerate(ids) if spread[i]}


def any_about(engine: Engine, turns: list[Any], key: str, min_z: float) -> bool:
    """Whether any of ``turns`` is about ``key``: the key's standard score against the turn's stored vector is
    at least ``min_z`` (as a question is read by ``asked_keys``)."""
    keys, scores = turn_key_scores(engine, turns)
    if key not in keys:
        return False
    at = keys.index(key)
    return any(z[at] >= min_z for z in scores.values())


_KIN_KEYS = frozenset({"family", "children", "relationship_status"})
"""The principal's keys that are about their relatives, so that a question about a relative asks about them."""


def principal_asks(
    engine: Engine, query: str, query_vector: Any | None, principal: Principal, cfg: RankingConfig
) -> list[str]:
    """The keys ``query`` clearly asks about when it asks about the scope's principal (in the first person, or
    by their name), most similar first; empty otherwise. ``query_vector``: the query's embedding when the dense
    leg computed it (else it is computed here)."""
    if not principal.entities or not (asks_about_self(query) or principal.strip_from(query) != query.strip()):
        return []
    if query_vector is None:
        query_vector = engine.store.embed_query(query)
    keys, meanings = attribute_meanings(engine.key_vectors, engine.embed_texts, engine.ontology)
    asked = asked_keys(keys, meanings, query_vector, cfg)
    if speaks_of_a_relative(query):
        # "what does my husband do for work": his job, not the user's employer; only the keys that are about the
        # user's relatives still answer it ("tell me about my kids": the user's children, family)
        asked = [k for k in asked if k in _KIN_KEYS]
    elif speaks_of_a_pet(query):
        asked = [k for k in asked if k == "pets"]  # "what's our husky's name?": the dog's, not the user's
    return asked


def key_leg(engine: Engine, asked: list[str], scope: Scope, principal: Principal) -> list[Any]:
    """The principal's current facts of the ``asked`` keys (``principal_asks``): by key (most similar first),
    then newest first."""
    if not asked:
        return []
    order = {key: i for i, key in enumerate(asked)}
    found = [
        r
        for entity in sorted(principal.entities)
        for r in engine.store.indexed_current_about("attribute", entity, scope, fields={"key": asked})
        if field_of(r, "key", None) in order
    ]
    return sorted(found, key=lambda r: (order[r.key], *_newest_first(r)))


def _newest_first(r: Any) -> tuple[float, float, str]:
    when = field_of(r, "valid_from", None) or r.recorded_at
    return (-when.timestamp(), -r.recorded_at.timestamp(), r.id)


_PARTNERS = frozenset({"married_to", "partner_of"})
"""One person by either label: "my partner" may have been filed as married or not."""


def relative_leg(engine: Engine, query: str, scope: Scope, principal: Principal) -> list[Any]:
    """What the principal's relatives named in ``query`` ("what is my wife called?", "what does my son do?") are
    on record as: the principal's current relations of the kin word's label, then those people's own current
    facts, newest first.

    Why a leg of its own: the words do not find them in a small store. "wife" is in every fact about her and in
    the user's ``family`` value, so it weighs little, while "called" finds "my dog is called Juniper"; the graph
    knows who "my wife" is, so the question is answered from the person the relation names."""
    if not principal.entities or not speaks_of_a_relative(query):
        return []
    labels = {KIN_LABELS[k] for k in kin_named(query) if k in KIN_LABELS}
    if labels & _PARTNERS:
        labels |= _PARTNERS
    if not labels:
        return []
    relations = [
        r
        for entity in sorted(principal.entities)
        for r in engine.store.indexed_current_about("relation", entity, scope, fields={"label": sorted(labels)})
        if r.label in labels
    ]
    people = list(dict.fromkeys(r.object for r in relations))
    facts = [f for person in people for f in engine.store.indexed_current_about("attribute", person, scope, fields={})]
    return sorted(relations, key=_newest_first) + sorted(facts, key=_newest_first)
