"""Recall's key leg (``_recall/_intent.py``): which keys a question asks about, and the principal's current
facts of those keys brought up by it.

Three parts:

* which keys a question is about, read from the bundled embedder, in many phrasings (none taken from a data
  set), and none for questions about no key in particular;
* that reading is relative (standard deviations above the mean over all keys), so an embedder whose cosines
  all sit in a narrow band near 1 asks the same keys;
* through the public client: after a change said in words the question does not use, the new value comes
  first; the leg reads only the principal's current facts of the scope, never another user's or a sibling
  scope's, and not for a question about someone else.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import numpy as np
import pytest

from spectron_core import (
    ExtractedAttribute,
    Extraction,
    ExtractionContext,
    RankingConfig,
    Spectron,
    default_ontology,
)
from spectron_core._meanings import attribute_meanings, unit
from spectron_core._recall._intent import asked_keys, key_leg, principal_asks
from spectron_core._recall._principal import principal_of
from spectron_core._scope import Scope
from tests.support import ReadsOnly

T0 = datetime(2025, 1, 1, tzinfo=timezone.utc)
DANA = {"org": "acme", "user": "dana"}


@pytest.fixture(scope="module")
def mem(tmp_path_factory: pytest.TempPathFactory) -> Any:
    m = Spectron(path=str(tmp_path_factory.mktemp("keys")))
    yield m
    m.close()


def _asked(mem: Any, question: str, cfg: RankingConfig | None = None) -> list[str]:
    engine = mem._engine
    keys, meanings = attribute_meanings(engine.key_vectors, engine.embed_texts, engine.ontology)
    return asked_keys(keys, meanings, engine.store.embed_query(question), cfg or RankingConfig())


@pytest.mark.parametrize(
    "question, key",
    [
        ("what's my job these days?", "role"),
        ("what is my occupation", "role"),
        ("who employs me?", "employer"),
        ("which company am I with?", "employer"),
        ("how old am I now?", "age"),
        ("what's my age", "age"),
        ("which city do I call home?", "home"),
        ("what town did I grow up in?", "hometown"),
        ("what animals do I keep?", "pets"),
        ("do I have a dog or a cat?", "pets"),
        ("which languages can I speak?", "languages"),
        ("am I married or single?", "relationship_status"),
        ("what do I eat, am I vegetarian?", "food_preference"),
        ("how many kids do I have?", "children"),
        ("what car do I drive?", "vehicle"),
        ("what do I do on weekends for fun?", "hobbies"),
        ("which instruments can I play?", "instruments"),
        ("what's my favourite band?", "favorite_music"),
        ("what colour do I like best?", "favorite_color"),
        ("what's my favorite dish?", "favorite_food"),
        ("what am I allergic to?", "allergies"),
        ("what did I study at university?", "education"),
        ("which school do I go to?", "school"),
        ("what do I want to become?", "goals"),
        ("what's my email address?", "contact"),
        ("what do I look like?", "appearance"),
    ],
)
def test_a_question_about_a_key_asks_that_key(mem: Any, question: str, key: str) -> None:
    asked = _asked(mem, question)
    assert key in asked, asked
    assert len(asked) <= 3  # a clear question names few keys


@pytest.mark.parametrize(
    "question",
    [
        "what did we talk about yesterday?",
        "summarise our last conversation",
        "what's the weather like in Paris?",
        "when did I last go to the gym?",
    ],
)
def test_a_question_about_no_key_asks_none(mem: Any, question: str) -> None:
    assert _asked(mem, question) == []


def test_the_reading_is_relative_so_a_narrow_band_embedder_asks_the_same_keys(mem: Any) -> None:
    """Another embedder's cosines may all lie near 0.9: add a large component that every vector shares (and
    that is orthogonal to what they differ in), and every similarity moves into a narrow band by the same
    affine map. An absolute threshold would then ask every key or none; the standard score asks the same."""
    engine = mem._engine
    keys, meanings = attribute_meanings(engine.key_vectors, engine.embed_texts, engine.ontology)
    questions = ["how old am I now?", "what animals do I keep?", "what's my job these days?", "tell me about paris"]
    vectors = [unit(engine.store.embed_query(q)) for q in questions]
    basis, _ = np.linalg.qr(np.vstack([meanings, *vectors]).T)  # the span of every vector used
    shared = np.random.default_rng(7).standard_normal(meanings.shape[1]).astype(np.float32)
    shared -= basis @ (basis.T @ shared)  # orthogonal to all of them
    shared *= 3.0 / np.linalg.norm(shared)
    narrow = np.vstack([unit(v + shared) for v in meanings])
    cfg = RankingConfig()
    for question, vector in zip(questions, vectors):
        sims = narrow @ unit(vector + shared)
        assert sims.min() > 0.85  # every key looks similar in absolute terms
        assert asked_keys(keys, narrow, unit(vector + shared), cfg) == asked_keys(keys, meanings, vector, cfg)


def test_the_gates_are_the_configured_ones(mem: Any) -> None:
    assert _asked(mem, "how old am I now?", RankingConfig(key_min_z=50.0)) == []
    wide = _asked(mem, "what's my job these days?", RankingConfig(key_margin_z=5.0))
    assert len(wide) > len(_asked(mem, "what's my job these days?"))
    assert asked_keys(["a", "b"], np.eye(2, dtype=np.float32), [1.0, 0.0], RankingConfig()) == []


# -- through the client ------------------------------------------------------------------------------------

# (what was said first, the change said later in other words, a question in yet other words, a word of the
# new value). Each change is extracted as the new value of a single-valued key; the question shares at most
# the key's own word with it.
CHANGES = [
    (
        "I'm a nurse at the county hospital.",
        "I quit nursing last spring and now I teach yoga full time.",
        "what do I do for a living?",
        "yoga",
    ),
    (
        "i live in a small flat in glasgow",
        "we finally moved to edinburgh last month",
        "which city am I living in?",
        "edinburgh",
    ),
    ("my favourite colour is blue", "these days green is my favourite colour", "what colour do I like most?", "green"),
    ("I'm single.", "got engaged to sam over the holidays!", "am I in a relationship?", "engaged"),
    ("I drive a honda civic", "sold the civic and bought a tesla model 3", "what car do I have?", "tesla"),
    (
        "I tend bar downtown most nights.",
        "These days I'm retired, and loving every minute of it.",
        "do I still have a job?",
        "retired",
    ),
    (
        "i work for a bank in leeds",
        "just started at a tiny design studio, first week went great",
        "who is my employer?",
        "studio",
    ),
    (
        "We have one kid.",
        "Our second baby arrived in march, so now we have two kids",
        "how many children do I have?",
        "two",
    ),
]


def _said(tmp_path: Any, old: str, new: str, scope: dict[str, str] = DANA) -> Spectron:
    mem = Spectron(path=str(tmp_path))
    with mem.sessions.create(scope=scope) as s:
        s.remember(old, observed_at=T0)
        s.remember("that sounds like a lot of fun, tell me more about it", observed_at=T0 + timedelta(hours=1))
    with mem.sessions.create(scope=scope) as s:
        s.remember(new, observed_at=T0 + timedelta(days=3))
    return mem


@pytest.mark.parametrize("old, new, question, word", CHANGES)
def test_after_a_change_the_new_value_comes_first(tmp_path: Any, old: str, new: str, question: str, word: str) -> None:
    mem = _said(tmp_path, old, new)
    try:
        top = mem.recall(question, scope=DANA, top_k=3).items[0]
        assert word in top.text.lower(), top.text
        assert top.current
    finally:
        mem.close()


def test_the_leg_is_what_lifts_a_change_said_in_other_words(tmp_path: Any) -> None:
    """Without the leg, "which city am I living in?" matches the old turn's "live in" better than "we finally
    moved to edinburgh": the current ``home`` fact is what answers."""
    mem = _said(tmp_path, "i live in a small flat in glasgow", "we finally moved to edinburgh last month")
    try:
        q = "which city am I living in?"
        off = mem.recall(q, scope=DANA, top_k=3, ranking=RankingConfig(use_key_leg=False)).items[0]
        on = mem.recall(q, scope=DANA, top_k=3).items[0]
        assert "edinburgh" not in off.text.lower() and "edinburgh" in on.text.lower()
    finally:
        mem.close()


def _leg(mem: Any, query: str, scope: dict[str, str]) -> list[Any]:
    engine = mem._engine
    s = Scope(scope)
    principal = principal_of(engine, s)
    return key_leg(engine, principal_asks(engine, query, None, principal, engine.ranking), s, principal)


def test_the_leg_reads_only_the_principals_current_facts_in_scope(tmp_path: Any) -> None:
    mem = Spectron(path=str(tmp_path))
    try:
        erin = {"org": "acme", "user": "erin"}
        erin_p1 = {**erin, "project": "p1"}
        erin_p2 = {**erin, "project": "p2"}
        for scope, text in [
            (DANA, "I work as a pharmacist."),
            (erin, "I'm a carpenter."),
            (erin_p1, "For this project I'm the site manager."),
            (erin_p2, "I'm the lead architect on this project."),
        ]:
            with mem.sessions.create(scope=scope) as s:
                s.remember(text, observed_at=T0)
        with mem.sessions.create(scope=DANA) as s:
            s.remember("I'm now a hospital pharmacist in Leeds.", observed_at=T0 + timedelta(days=2))

        def values(query: str, scope: dict[str, str]) -> set[str]:
            return {r.value for r in _leg(mem, query, scope)}

        assert values("what do I do for a living?", DANA) == {"hospital pharmacist"}  # current only, Dana's only
        # a scope sees its own, its ancestors' and its narrower scopes' facts (recall's visibility rule) ...
        assert values("what do I do for a living?", erin) >= {"carpenter", "site manager"}
        assert "hospital pharmacist" not in values("what do I do for a living?", erin)
        # ... never a sibling's
        sibling = values("what do I do for a living?", erin_p2) - {"carpenter"}
        assert sibling and "site manager" not in sibling  # p2's own reading of its job
        assert values("what do I do for a living?", erin_p1) == {"site manager", "carpenter"}
        # the principal named, not in the first person
        assert values("what is dana's job?", DANA) == {"hospital pharmacist"}
        # someone else asked about, or no key: nothing
        assert _leg(mem, "what does the plumber do for work?", DANA) == []
        assert _leg(mem, "what did we talk about yesterday?", DANA) == []
        # every item recall returns stays in the asker's scope
        for item in mem.recall("what is my job?", scope=erin_p1, top_k=10).items:
            assert Scope(item.scope).visible_from(Scope(erin_p1))
    finally:
        mem.close()


def test_history_and_as_of_questions_do_not_use_the_leg(tmp_path: Any) -> None:
    """The leg lifts current facts; a question about what held then, or about every version, is ranked by the
    other legs alone."""
    mem = _said(tmp_path, "I tend bar downtown most nights.", "These days I'm retired, and loving every minute of it.")
    try:
        q = "do I still have a job?"
        off = RankingConfig(use_key_leg=False)
        for kw in ({"as_of": T0 + timedelta(days=1)}, {"as_of": T0 + timedelta(days=5)}, {"include_history": True}):
            with_leg = [i.id for i in mem.recall(q, scope=DANA, top_k=5, **kw).items]
            without = [i.id for i in mem.recall(q, scope=DANA, top_k=5, ranking=off, **kw).items]
            assert with_leg == without, kw
        assert "retired" in mem.recall(q, scope=DANA, top_k=1).items[0].text.lower()
    finally:
        mem.close()


class _ShoeSize:
    """An extractor that reads the one fact of an application's own key, as a model might."""

    name = "shoe-size"

    def extract_many(self, ctxs: list[ExtractionContext]) -> list[Extraction]:
        return [self.extract(c) for c in ctxs]

    def extract(self, ctx: ExtractionContext) -> Extraction:
        return Extraction(attributes=[ExtractedAttribute(entity=ctx.principal, key="shoe_size", value="42")])


def test_a_key_of_the_applications_own_ontology_is_asked_by_its_description(tmp_path: Any) -> None:
    onto = default_ontology()
    onto.register(key="shoe_size", phrasings=["shoe size"], description="the size of shoes they wear")
    mem = Spectron(path=str(tmp_path), ontology=onto)
    try:
        with mem.sessions.create(scope=DANA) as s:
            s.remember("my feet are a european 42", observed_at=T0, extractor=_ShoeSize())
        assert _asked(mem, "what size shoes do I wear?")[0] == "shoe_size"
        assert [r.value for r in _leg(mem, "what size shoes do I wear?", DANA)] == ["42"]
    finally:
        mem.close()


@pytest.mark.parametrize(
    "old, fact, new, question",
    [
        (
            "I drive a honda civic.",
            ("vehicle", "honda civic"),
            # (no span of it is of a car's kind, so no likeness reads it: the rules and the reading both miss it)
            "traded in the old car for an electric one last week",
            "what car do I drive?",
        ),
        (
            "My favourite colour is blue.",
            ("favorite_color", "blue"),
            "honestly green is the colour I like most now",
            "what colour do I like best?",
        ),
    ],
)
def test_a_later_statement_the_extractor_missed_is_not_buried_by_the_old_value(
    tmp_path: Any, old: str, fact: tuple[str, str], new: str, question: str
) -> None:
    """The key leg vouches for the current value of a single-valued key only when nothing the user said later
    about that key ranks above it: otherwise the later turn may be the change, and the leg stays out of it."""
    reads = ReadsOnly({old: fact})
    mem = Spectron(path=str(tmp_path), extractor=reads)
    try:
        with mem.sessions.create(scope=DANA) as s:
            s.remember(old, observed_at=T0)
        with mem.sessions.create(scope=DANA) as s:
            s.remember(new, observed_at=T0 + timedelta(days=2))
        assert [r.value for r in _leg(mem, question, DANA)] == [fact[1]]  # still the current value on record
        top = mem.recall(question, scope=DANA, top_k=3).items[0]
        assert top.text.endswith(new), top.text
        # what deferring changes (the newest statement's lift, _recall/_newest.py, would bring it up as well)
        vouched = RankingConfig(key_newer_turns_defer=False, key_newest_first=False)
        assert mem.recall(question, scope=DANA, top_k=3, ranking=vouched).items[0].text != top.text
    finally:
        mem.close()


def test_the_principals_name_is_still_read_for_the_lexical_leg(tmp_path: Any) -> None:
    """Recall reads the principal's name from the ``name`` fact alone (``principal_of``): a query that names
    them by it carries no information within their own scope."""
    mem = Spectron(path=str(tmp_path))
    try:
        with mem.sessions.create(scope=DANA) as s:
            s.remember("Call me Rosalind. I keep bees on the roof.", observed_at=T0)
        principal = principal_of(mem._engine, Scope(DANA))
        assert {"rosalind", "dana"} <= principal.terms
        assert principal.strip_from("what does Rosalind's hobby involve").split() == [
            "what",
            "does",
            "hobby",
            "involve",
        ]
    finally:
        mem.close()
