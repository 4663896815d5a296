"""Ranking stages added on top of fusion: query dates and the summary weight."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from spectron_core import RankingConfig
from spectron_core._recall._temporal import query_windows

NOW = datetime(2024, 3, 15, 12, 0, tzinfo=timezone.utc)
ALICE = {"org": "acme", "user": "alice"}


def utc(*a: int) -> datetime:
    return datetime(*a, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    "query, inside, outside",
    [
        ("What did Omar do on 25 May, 2022?", [utc(2022, 5, 25, 9), utc(2022, 5, 26), utc(2022, 6, 1)],
         [utc(2022, 5, 23), utc(2022, 6, 4), utc(2023, 5, 25)]),
        ("What did she start in December 2023?", [utc(2023, 12, 1), utc(2023, 12, 31), utc(2024, 1, 5)],
         [utc(2023, 11, 20), utc(2024, 1, 20)]),
        ("What happened on May 3, 2023?", [utc(2023, 5, 3), utc(2023, 5, 9)], [utc(2023, 4, 30)]),
        ("When did Priya go camping in June?", [utc(2023, 6, 27), utc(2021, 6, 2), utc(2023, 7, 3)],
         [utc(2023, 8, 1), utc(2023, 5, 20)]),
        ("How many times did she go to the beach in 2023?", [utc(2023, 1, 1), utc(2023, 12, 31)],
         [utc(2022, 12, 1), utc(2024, 2, 1)]),
        ("What did I do yesterday?", [utc(2024, 3, 14, 18)], [utc(2024, 3, 10), utc(2024, 2, 14)]),
        ("What did we discuss last week?", [utc(2024, 3, 5), utc(2024, 3, 12)], [utc(2024, 2, 20)]),
    ],
)
def test_query_windows(query, inside, outside):
    windows = query_windows(query, NOW)
    assert windows, query
    for when in inside:
        assert any(w.contains(when) for w in windows), (query, when)
    for when in outside:
        assert not any(w.contains(when) for w in windows), (query, when)


@pytest.mark.parametrize("query", ["What does Alice eat?", "May I ask what she likes?", "Who is in charge?", ""])
def test_queries_without_dates_name_no_window(query):
    assert query_windows(query, NOW) == []


def test_a_query_date_brings_that_days_turn_first(mem):
    """Two turns say the same words months apart; the query names the day of the second."""
    with mem.sessions.create(scope=ALICE) as s:
        s.remember("We had a picnic by the lake with the kids.", observed_at=utc(2023, 3, 4, 10))
    with mem.sessions.create(scope=ALICE) as s:
        s.remember("We had a picnic by the lake with my parents.", observed_at=utc(2023, 8, 19, 10))
    for day, expected in (("19 August, 2023", "parents"), ("4 March, 2023", "kids")):
        got = mem.recall(f"What did we do on {day}?", scope=ALICE, top_k=3)
        assert expected in got.items[0].text, (day, [i.text for i in got.items])
    plain = mem.recall("What did we do on 19 August, 2023?", scope=ALICE, top_k=3,
                       ranking=RankingConfig(use_dates=False))
    assert {i.id for i in plain.items}  # without the stage both turns are merely candidates


def test_summary_weight_keeps_summaries_below_the_turns_they_digest(mem):
    with mem.sessions.create(scope=ALICE) as s:
        s.remember("I prefer vegetarian food.")
        s.remember("I work at Acme as an engineer.")
    got = mem.recall("vegetarian food Acme engineer", scope=ALICE, top_k=10)
    kinds = [(i.kind, i.source.kind if i.source else None) for i in got.items]
    summary_rank = kinds.index(("chunk", "consolidation"))
    assert summary_rank > 0 and all(k != ("chunk", "consolidation") for k in kinds[:summary_rank])
    heavy = mem.recall("vegetarian food Acme engineer", scope=ALICE, top_k=10,
                       ranking=RankingConfig(summary_weight=5.0))
    assert (heavy.items[0].kind, heavy.items[0].source.kind) == ("chunk", "consolidation")


@pytest.mark.parametrize(
    "text",
    [
        "what do you do for a living ?",
        "What do you do for a living",
        "Are you vegan?",
        "so where are you from ?",
        "oh cool , what kind of music do you like ?",
        "What about you? Do you have any pets?",
        "you like dogs?",
        "do i like dogs?",
        # short remarks that say nothing of the speaker, then a question
        "lovely photos . what colour is your hair ?",
        "That sounds lovely! Where did you go?",
        "hi ! how are you ?",
        "good for you . do you have kids ?",
    ],
)
def test_a_line_that_only_asks_is_a_question(text):
    from spectron_core._recall._principal import is_question

    assert is_question(text)


@pytest.mark.parametrize(
    "text",
    [
        # a first-person statement run into a question, as unpunctuated chat does
        "hello i am in canada where are you ?",
        "i love dogs do you ?",
        "I'm vegan, are you?",
        "hey im a nurse what about you ?",
        "yes my wife and i have three kids how about you?",
        "We moved to Porto last year, have you been?",
        "I work at Initech. What do you do?",
        "i am a professional singer",
        "that sounds fun . i have two dogs , do you ?",  # a remark, then a statement of the speaker's
        "The new climbing gym downtown opened last week with great walls. Have you been?",  # tells something
        "that is great . i am a nurse .",  # no question at all
    ],
)
def test_a_line_that_tells_something_is_not_a_question(text):
    from spectron_core._recall._principal import is_question

    assert not is_question(text)


def test_a_statement_run_into_a_question_is_recalled_like_a_statement(tmp_path):
    """The question weight is for lines that only ask: "i live in lisbon where do you live ?" answers "where do
    I live?" and must not be ranked below the line that only asks the same thing back."""
    from spectron_core import Spectron

    mem = Spectron(path=str(tmp_path / "m"))
    try:
        with mem.sessions.create(scope=ALICE) as s:
            s.remember_many(["where do you live ?", "i live in lisbon where do you live ?",
                             "i have two cats", "i like jazz"])
        top = mem.recall("where do i live", scope=ALICE, top_k=3).items[0]
        assert "lisbon" in (top.text + " " + str(top.value)).lower()
    finally:
        mem.close()


def _rec(rid: str, kind: str, text: str):
    from types import SimpleNamespace

    value = None if kind == "turn" else text.rsplit(" is ", 1)[-1].rstrip(".")  # "Dana's pets is cat." -> "cat"
    return SimpleNamespace(id=rid, kind=kind, content=text if kind == "turn" else None, text=text, value=value)


def _shown(query: str, turn: str, facts: list[str]) -> str:
    from spectron_core._recall._recall import _YES_NO, _representative
    from spectron_core._store._lexical import index_terms

    pool = {"t": _rec("t", "turn", turn), **{f"f{i}": _rec(f"f{i}", "attribute", f) for i, f in enumerate(facts)}}
    ids = list(pool)
    words = set(index_terms(query))
    named = set() if _YES_NO.match(query) else words  # as recall names a question's topic
    return pool[_representative(ids, pool, {}, {i: 1.0 for i in ids}, words, named)].text


@pytest.mark.parametrize(
    "query, turn, facts, shown",
    [
        # the fact names what was asked
        ("what food does alice prefer", "I prefer vegetarian food.", ["Alice's food preference is vegetarian."],
         "fact"),
        # the turn's only reading, and it keeps most of what the turn said
        ("What does Alice eat?", "I now prefer vegan food.", ["Alice's food preference is vegan."], "fact"),
        # the turn holds the query's word the fact lost
        ("where does bob go in spring", "Bob adores opera and goes to La Scala every spring",
         ["Bob's likes is opera."], "turn"),
        # a lossy single reading: the city is only in the turn
        ("which city do i live in", "i teach maths at a high school in leeds", ["Carol's role is maths teacher."],
         "turn"),
        # several readings, none about what was asked: showing one would be a guess
        ("how many kids do i have", "my husband and i have three daughters",
         ["Carol's family is husband.", "Carol's relationship status is married.", "Carol's children is three."],
         "turn"),
        # several readings, one of them names what was asked: a yes/no question names its answer
        ("is carol married", "my husband and i have three daughters",
         ["Carol's family is husband.", "Carol's relationship status is married."], "fact"),
        # a reading whose value is only what the question names answers nothing: the short turn says more
        ("what's my cat called", "I have a cat named Pixel.", ["Dana's pets is cat."], "turn"),
        ("what does my husband do", "My husband Tomas is a paramedic.", ["Dana's family is husband."], "turn"),
    ],
)
def test_a_group_is_shown_by_the_member_that_says_what_was_asked(query, turn, facts, shown):
    got = _shown(query, turn, facts)
    assert (got == turn) == (shown == "turn"), got


def test_of_the_readings_that_name_what_was_asked_the_fuller_one_shows_the_group():
    got = _shown("what's my cat called", "I have a cat named Pixel.", ["Dana's pets is cat.", "Dana's cat is named Pixel."])
    assert got == "Dana's cat is named Pixel."


def test_a_question_about_a_relative_does_not_lift_the_users_own_facts(tmp_path):
    from spectron_core import Spectron
    from tests.support import at

    mem = Spectron(path=str(tmp_path / "m"))
    try:
        scope = {"org": "acme", "user": "dana"}
        for i, text in enumerate(
            ["I work at a bank in the city.", "My husband Tomas is a paramedic.", "I'm 38.", "My sister Ines lives in Faro."]
        ):
            mem.remember(text, scope=scope, observed_at=at(i))
        top = mem.recall("what does my husband do for work?", top_k=3, scope=scope).items
        assert "paramedic" in top[0].text.lower(), [i.text for i in top]
        top = mem.recall("where does my sister live", top_k=3, scope=scope).items
        assert "faro" in top[0].text.lower(), [i.text for i in top]
        # the user's own keys still answer questions about the user, and about their family
        top = mem.recall("where do I work?", top_k=3, scope=scope).items
        assert "bank" in top[0].text.lower(), [i.text for i in top]
        top = mem.recall("tell me about my family", top_k=3, scope=scope).items
        assert any("husband" in i.text.lower() for i in top), [i.text for i in top]
    finally:
        mem.close()


def test_feedback_runs_only_where_its_documents_are_a_small_part_of_the_store(tmp_path):
    from spectron_core import Spectron
    from spectron_core._recall._recall import _feedback_fits
    from spectron_core._scope import Scope

    mem = Spectron(path=str(tmp_path / "m"))
    try:
        small, big = {"org": "acme", "user": "small"}, {"org": "acme", "user": "big"}
        with mem.sessions.create(scope=small) as s:
            s.remember_many([f"note number {i} about the garden" for i in range(5)], infer="none")
        with mem.sessions.create(scope=big) as s:
            s.remember_many([f"note number {i} about the garden" for i in range(70)], infer="none")
        engine = mem._engine
        assert not _feedback_fits(engine, Scope(small), RankingConfig(), False)
        assert _feedback_fits(engine, Scope(big), RankingConfig(), False)
        assert _feedback_fits(engine, Scope(small), RankingConfig(feedback_share=0.0), False)
        # the org sees both users' notes: 75 records
        assert _feedback_fits(engine, Scope({"org": "acme"}), RankingConfig(), False)
    finally:
        mem.close()


@pytest.mark.parametrize(
    "old, new, question, new_word",
    [
        ("i am a 45 year old man and i love old cars", "not yet . i just turned 46 !", "how old am i", "46"),
        ("I live in Lisbon, in a small flat where I have lived for years.", "We moved to Porto last month.",
         "Where do I live?", "porto"),
        ("my favourite colour is blue , the colour of the sea", "actually my favorite color is green now",
         "what is my favourite colour", "green"),
    ],
)
def test_the_turn_that_superseded_a_fact_outranks_the_turn_it_superseded(tmp_path, old, new, question, new_word):
    """The old turn may match the question word for word and the new one not at all: once the new value
    superseded the old, the newer turn answers first, and the older stays right below as history."""
    from datetime import timedelta

    from spectron_core import Spectron

    mem = Spectron(path=str(tmp_path / "m"))
    try:
        with mem.sessions.create(scope=ALICE) as s:
            s.remember(old, observed_at=NOW - timedelta(days=2))
        with mem.sessions.create(scope=ALICE) as s:
            s.remember(new, observed_at=NOW - timedelta(days=1))
        items = mem.recall(question, scope=ALICE, top_k=5).items
        assert new_word in (items[0].text + " " + str(items[0].value)).lower(), [i.text for i in items]
        assert any(new_word not in (i.text + " " + str(i.value)).lower() for i in items[1:])  # history stays
    finally:
        mem.close()


@pytest.mark.parametrize("query, about_self", [
    ("where do i live", True), ("What's my dog called?", True), ("which city do we live in", True),
    ("im vegan right", True), ("what did you suggest for dinner", False),
    ("what did you tell me about python", False), ("Where does Alice work?", False), ("what is the capital", False),
])
def test_asks_about_self(query, about_self):
    from spectron_core._recall._principal import asks_about_self

    assert asks_about_self(query) is about_self


@pytest.mark.parametrize(
    "old, new, question",
    [
        ("I live in Lisbon.", "We relocated to Madrid.", "where do I live"),
        ("im 34 years old", "i just turned 35 yesterday", "how old am i"),
        ("I work at Initech.", "I left Initech and now work at Hooli.", "Where do I work?"),
    ],
)
def test_a_turn_whose_facts_all_changed_is_reported_as_no_longer_current(tmp_path, old, new, question):
    """The old turn stays recallable, but an agent reading it beside the new one must know which holds: its
    item says ``current=False`` (as a superseded fact's does) and the block marks it; the new turn stays
    current."""
    from datetime import timedelta

    from spectron_core import Spectron

    mem = Spectron(path=str(tmp_path / "m"))
    try:
        with mem.sessions.create(scope=ALICE) as s:
            s.remember(old, observed_at=NOW - timedelta(days=30))
        with mem.sessions.create(scope=ALICE) as s:
            new_turn = s.remember(new, observed_at=NOW - timedelta(days=1)).turn.id
        result = mem.recall(question, scope=ALICE, top_k=10)
        [old_item] = [i for i in result.items if i.kind == "turn" and i.text.endswith(old)]
        assert old_item.current is False
        shown_new = [i for i in result.items if new_turn in i.turn_ids and i.kind != "chunk"]
        assert shown_new and all(i.current for i in shown_new), result.items
        [line] = [ln for ln in result.formatted.splitlines() if old in ln]
        assert line.endswith("(no longer current)"), result.formatted
        assert result.formatted.count("no longer current") == 1, result.formatted
    finally:
        mem.close()


def test_entity_sets_link_a_turn_to_the_names_it_mentions_as_words():
    """A turn is about an entity of the pool when it says the entity's name as a word (any case, possessive
    included), never inside another word; names of several words or with punctuation too. The word sets
    behind it are cached per text and dropped by ``forget_cached_texts`` (a purge calls it)."""
    from types import SimpleNamespace

    from spectron_core._recall import forget_cached_texts
    from spectron_core._recall._rank import _word_set, entity_sets

    def fact(rid: str, entity: str) -> SimpleNamespace:
        return SimpleNamespace(kind="attribute", entity=entity, source=None, id=rid)

    def turn(text: str) -> SimpleNamespace:
        return SimpleNamespace(kind="turn", content=text, source=None)

    pool = {
        "a1": fact("a1", "Person/Maya"),
        "a2": fact("a2", "Place/New York"),
        "a3": fact("a3", "Org/O'Reilly Media"),
        "a4": fact("a4", "Person/alice"),
        "t1": turn("MAYA's flat is tiny."),
        "t2": turn("The Mayan ruins were closed."),
        "t3": turn("We flew to new york, then to Boston."),
        "t4": turn("Books from o'reilly media and from Maya."),
        "t5": turn("New shoes, and York is lovely."),
        "t6": turn("Alice said hi."),
    }
    sets = entity_sets(pool, ignore=frozenset({"Person/alice"}))
    assert sets["t1"] == {"Person/Maya"}
    assert sets["t2"] == set()
    assert sets["t3"] == {"Place/New York"}
    assert sets["t4"] == {"Org/O'Reilly Media", "Person/Maya"}
    assert sets["t5"] == set()  # both words, not the name
    assert sets["t6"] == set()  # the principal links nothing
    assert _word_set.cache_info().currsize > 0
    forget_cached_texts()
    assert _word_set.cache_info().currsize == 0


def test_graph_density_counts_other_pieces_of_evidence_not_a_turns_own_facts():
    """A turn that gave two relations naming two pets is one piece of evidence: its relations link to each other
    and to the turn, and that is no sign the store is about it. Another turn naming one of the pets is."""
    from types import SimpleNamespace

    from spectron_core._recall._rank import graph_density

    def rel(rid: str, obj: str) -> SimpleNamespace:
        return SimpleNamespace(kind="relation", subject="Person/u", object=obj, id=rid)

    pool = {
        "t1": SimpleNamespace(kind="turn"),
        "r1": rel("r1", "Pet/fig"),
        "r2": rel("r2", "Pet/olive"),
        "t2": SimpleNamespace(kind="turn"),
        "t3": SimpleNamespace(kind="turn"),
    }
    sets = {"t1": {"Pet/fig", "Pet/olive"}, "r1": {"Pet/fig"}, "r2": {"Pet/olive"}, "t2": set(), "t3": set()}
    groups = {"t1": "t1", "r1": "t1", "r2": "t1", "t2": "t2", "t3": "t3"}
    alone = graph_density(pool, sets, groups)
    assert alone["t1"] == alone["r1"] == 0.0 and alone["t2"] == 0.0
    assert graph_density(pool, sets)["t1"] > 0  # (counted per record, its own relations made it dense)
    sets["t2"] = {"Pet/fig"}  # another turn speaks of Fig
    linked = graph_density(pool, sets, groups)
    assert linked["t1"] == linked["t2"] == 0.5  # one of the two other pieces


@pytest.mark.parametrize(
    "said, question, word",
    [
        ("My husband Carlos is a chef.", "what's my husband's name again?", "carlos"),
        ("my wife's name is ana and she teaches piano", "What is my wife called?", "ana"),
        ("My wife Ana teaches piano.", "what does my wife do?", "piano"),
        ("My son Leo just turned five.", "remind me of my son's name", "leo"),
        ("my boss, Priya, is on leave this month", "who's my boss?", "priya"),
        ("My husband Tomás is a firefighter.", "what's my husband's name?", "tomás"),
    ],
)
def test_a_relatives_name_is_recalled_beside_a_pets_name(tmp_path, said, question, word):
    """A relative named in passing is answered by name, though a pet's name ("… is named Juniper") shares the
    question's word "name" and the kin word is in several of a small store's facts."""
    from spectron_core import Spectron
    from tests.support import at

    mem = Spectron(path=str(tmp_path / "m"))
    try:
        scope = {"org": "acme", "user": "dana"}
        for i, text in enumerate(["My dog is called Juniper.", "I work at a clinic in Tacoma.", said, "I drive a Prius."]):
            mem.remember(text, scope=scope, observed_at=at(i))
        top = mem.recall(question, top_k=3, scope=scope).items
        assert word in top[0].text.lower(), [i.text for i in top]
    finally:
        mem.close()


@pytest.mark.parametrize(
    "question", ["Remind me what our husky's name is?", "what's my dog called again", "how old is my dog?"]
)
def test_a_question_about_a_pet_is_not_about_the_users_own_name_or_age(tmp_path, question):
    from spectron_core import Spectron
    from tests.support import at

    mem = Spectron(path=str(tmp_path / "m"))
    try:
        scope = {"org": "acme", "user": "marisol"}
        said = ["My name is Marisol.", "I'm 41.", "We have a husky called Koda, she's three.", "I live in Albuquerque."]
        for i, text in enumerate(said):
            mem.remember(text, scope=scope, observed_at=at(i))
        top = mem.recall(question, top_k=3, scope=scope).items
        assert "koda" in top[0].text.lower(), [i.text for i in top]
    finally:
        mem.close()
