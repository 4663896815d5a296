"""A change said in words no rule reads gets its new value by likeness to the old one (``_write/_replacement.py``).

The first half tests the reading itself with an embedding whose kinds are set by hand, so each rule that keeps a
span out is tested alone, whatever the real model makes of the words. The second half runs the real store with
``ReadsOnly`` (it reads each first statement and nothing else), so it tests the write path and not the rules.
Every sentence is this file's own.
"""

from __future__ import annotations

import asyncio
import hashlib
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from spectron_core import AsyncSpectron, Spectron
from spectron_core._write._replacement import replacement
from tests.support import ReadsOnly, profile_facts

# -- the reading, with kinds set by hand ---------------------------------------------------------------------

_KINDS = {
    "city": {"austin", "denver", "boston", "lisbon", "porto", "leeds"},
    "car": {"civic", "mazda", "corolla", "fiesta", "ford"},
    "school": {"oak", "hill", "academy"},
    "people": {"nurse", "midwife", "mom", "manager", "paramedic"},
}


def _basis(i: int, dim: int = 96) -> np.ndarray:
    v = np.zeros(dim, dtype=np.float32)
    v[i] = 1.0
    return v


def _word_vector(word: str) -> np.ndarray:
    for i, (_, members) in enumerate(_KINDS.items()):
        if word in members:
            return _basis(i)
    return _basis(8 + int(hashlib.sha1(word.encode()).hexdigest(), 16) % 88)


def _embed(texts: list[str]) -> list[np.ndarray]:
    """A word's kind is one direction; any other word is a direction of its own; a phrase is the sum of its words."""
    out = []
    for t in texts:
        words = [w.strip(".,!'s").casefold() for w in t.split()]
        v = np.sum([_word_vector(w) for w in words if w], axis=0)
        out.append(v / np.linalg.norm(v))
    return out


def _never(word: str) -> bool:
    return word in {"moved", "relocated", "switched", "traded"}


def _read(text: str, old: str, key_words: frozenset[str] = frozenset(), *, places: bool = False) -> str | None:
    found = replacement(_embed, text, old, key_words, _never, places=places)
    return found[0] if found else None


def test_the_span_of_the_old_values_kind_is_read_as_written() -> None:
    assert _read("we relocated to Denver for the job", "Austin") == "Denver"


def test_a_longer_span_of_the_same_kind_is_preferred() -> None:
    # "oak" and "hill" are each as like the old value as "oak hill": one run of words, one name, read whole
    assert _read("accepted a post at oak hill today", "academy") == "oak hill"
    assert _read("accepted a post at oak hill academy today", "Riverside") is None  # nothing like "riverside"


def test_nothing_is_read_when_no_span_is_like_the_old_value() -> None:
    assert _read("we relocated for the job, the altitude is wild", "Austin") is None


def test_nothing_is_read_when_two_spans_are_as_like_it() -> None:
    """Two cities and nothing to say which is home: no guess."""
    assert _read("split the year between lisbon and porto", "Austin") is None


@pytest.mark.parametrize(
    "text,old",
    [
        ("moved here from Boston years back", "Austin"),  # where they came from
        ("transferred out of leeds last term", "Austin"),
        ("sold the corolla last week", "Honda Civic"),  # the object of a verb of leaving
        ("i quit driving the fiesta", "Honda Civic"),
        ("not in denver any more", "Austin"),  # a negation reaches it
        ("never liked lisbon much", "Austin"),
    ],
)
def test_what_was_left_or_denied_is_never_the_new_value(text: str, old: str) -> None:
    assert _read(text, old) is None


@pytest.mark.parametrize(
    "text,old",
    [
        ("the civic's brakes went again", "Honda Civic"),  # the old value, possessive
        ("still loving the civics club", "civic"),  # a word formed from it
    ],
)
def test_the_old_value_and_words_formed_from_it_are_not_read(text: str, old: str) -> None:
    assert _read(text, old) is None


def test_words_of_the_key_are_not_values() -> None:
    assert _read("the mazda is my car now", "Honda Civic", frozenset({"mazda"})) is None


def test_verbs_and_doings_are_not_values() -> None:
    # "drive", a common verb, and "ford" … here "ford" is a car; a verb in -ing alone is never read
    assert _read("honestly i drive the ford now", "Honda Civic") == "ford"
    assert _read("relocated, and now denvering", "Austin") is None


@pytest.mark.parametrize(
    "text",
    [
        "ended up switching to a college in denver",
        "transferred, the new campus is in denver",
        "joined a small company based in denver",
        "now at a startup in denver, loving it",
    ],
)
def test_where_a_place_or_institution_is_is_no_value_of_a_key_that_is_not_a_place(text: str) -> None:
    """ "a college in denver": denver is where the new school is, not its name; for a home it is the value."""
    assert _read(text, "Austin") is None
    assert _read(text, "Austin", places=True) == "denver"


def test_a_role_in_a_field_is_still_read() -> None:
    """Only places and institutions locate: "a role in" names the field, and that may be the value."""
    assert _read("switched to a role in paramedic work", "nurse") == "paramedic"


@pytest.mark.parametrize(
    "text,read",
    [
        ("switched nurses for my mom", None),  # a relative is nobody's value here
        ("retraining as a midwife for my manager", "midwife"),  # "my manager" is a person, no rival of "midwife"
        ("they made me the manager now", "manager"),  # not after a possessive: it may be a role
    ],
)
def test_a_person_is_not_a_value(text: str, read: str | None) -> None:
    assert _read(text, "nurse") == read


def test_an_old_value_of_function_words_only_reads_nothing() -> None:
    """ "IT" (the trade) is "it" to a tokenizer: there is nothing to be like."""
    assert _read("i work in denver now", "IT") is None


# -- the write path --------------------------------------------------------------------------------------------

T0 = datetime(2025, 1, 1, tzinfo=timezone.utc)
LATER = T0 + timedelta(days=2)
DANA = {"org": "acme", "user": "dana"}
OMAR = {"org": "acme", "user": "omar"}

# (said first, the fact read from it, said later in other words, the value read by likeness)
READ = [
    (
        "I live in Portland.",
        ("home", "Portland"),
        "finally unpacked the last boxes at our new place in Seattle",
        "Seattle",
    ),
    (
        "I live in Madrid.",
        ("home", "Madrid"),
        "we swapped madrid for valencia in the spring, the beach is amazing",
        "valencia",
    ),
    ("I work at Nike.", ("employer", "Nike"), "switched over to adidas last month, same commute thankfully", "adidas"),
    (
        "I drive a Toyota Corolla.",
        ("vehicle", "Toyota Corolla"),
        "sold the corolla and bought a second-hand ford fiesta",
        "ford fiesta",
    ),
    (
        "My favourite colour is red.",
        ("favorite_color", "red"),
        "gone off red lately, yellow is my favourite now",
        "yellow",
    ),
    ("I study at Oxford.", ("school", "Oxford"), "transferred to cambridge for my final year", "cambridge"),
    ("I'm a nurse.", ("role", "nurse"), "left the ward for good, retraining as a midwife now", "midwife"),
    # "two weeks ago" is recent: no date of history
    ("I live in Leeds.", ("home", "Leeds"), "moved to york two weeks ago, still unpacking boxes", "york"),
    # done for someone, with a strong word of change: still the user's own move
    ("I live in Boston.", ("home", "Boston"), "we relocated to chicago for my wife, the winters are brutal", "chicago"),
    # "safer for the kids" is a reason, not a doing for them
    (
        "I drive a Honda Civic.",
        ("vehicle", "Honda Civic"),
        "upgraded to a volvo last month, safer for the kids",
        "volvo",
    ),
]

# said later with a word of change, and no new value of the key to read
NOT_READ = [
    ("I live in Seattle.", ("home", "Seattle"), "I moved here from Denver ages ago and never looked back"),
    (
        "My favourite drink is espresso.",
        ("favorite_drink", "espresso"),
        "quit caffeine, so now green tea is my favourite drink",
    ),
    ("I live in Rome.", ("home", "Rome"), "my sister moved to Milan last week"),
    ("I work at the BBC.", ("employer", "BBC"), "a colleague of mine just left the bbc for channel 4, big loss"),
    ("I drive a Toyota Corolla.", ("vehicle", "Toyota Corolla"), "the corolla finally got new tyres"),
    ("I work at Nike.", ("employer", "Nike"), "started a new project at nike this week, exciting"),
    ("I'm catholic.", ("religion", "catholic"), "I'm not religious anymore"),
    # where the new school or employer is, not its name
    ("I study at UCLA.", ("school", "UCLA"), "I ended up switching to a college in Texas."),
    ("I study at Oxford.", ("school", "Oxford"), "transferred, the new campus is in Bristol"),
    ("I work at Google.", ("employer", "Google"), "I joined a small company in Austin."),
    # a person, and a change done for another person
    ("I'm a nurse.", ("role", "nurse"), "I switched nurses for my mom, the old one was rude."),
    ("I eat meat.", ("food_preference", "meat"), "I started to cook vegan meals for my sister."),
    ("I eat meat.", ("food_preference", "meat"), "started cooking vegan for the kids lately"),
]


def _row(read: str) -> tuple[str, tuple[str, str], str, str]:
    return next(r for r in READ if r[3] == read)


def _store(tmp_path: Path, rows: list[tuple[Any, ...]], **more: tuple[str, str]) -> Spectron:
    facts = {r[0]: r[1] for r in rows}
    facts.update(more)
    return Spectron(path=str(tmp_path / "store"), extractor=ReadsOnly(facts))


@pytest.mark.parametrize("first,fact,later,read", READ, ids=[r[3] for r in READ])
def test_a_change_in_new_words_is_read_and_carries_its_doubt(
    tmp_path: Path, first: str, fact: tuple[str, str], later: str, read: str
) -> None:
    mem = _store(tmp_path, READ)
    mem.remember(first, scope=DANA, observed_at=T0)
    result = mem.remember(later, scope=DANA, observed_at=LATER)
    [shown] = profile_facts(mem, DANA, fact[0])
    assert shown.value == read
    # the doubt names the value replaced, so a wrong reading still shows the assistant what was there
    assert shown.conflict and "may have changed" in shown.conflict and repr(fact[1]) in shown.conflict
    assert any(c.action == "superseded" for c in result.attributes)
    # history holds both, the old one closed when the new one was said
    chain = mem.history("Person/dana", fact[0], scope=DANA)
    assert [v.value for v in chain] == [fact[1], read]
    assert chain[0].valid_until == LATER and chain[1].valid_until is None
    block = mem.recall(f"what is my {fact[0].replace('_', ' ')}?", scope=DANA).formatted
    assert read in block and "## Open conflicts" in block
    mem.close()


# A user with a full profile: a reading may change one key, and never one a word of change does not touch.
PROFILE = {
    "My name is Sarah.": ("name", "Sarah"),
    "I grew up in Chicago.": ("hometown", "Chicago"),
    "I'm 34.": ("age", "34"),
    "I study at UT Austin.": ("school", "UT Austin"),
    "I live in Austin.": ("home", "Austin"),
    "I work at Google.": ("employer", "Google"),
    "I wake up at 7am.": ("wake_time", "7am"),
    "I drive a Honda Civic.": ("vehicle", "Honda Civic"),
}

# (said later, the one value it changes, or None)
IN_A_FULL_PROFILE = [
    ("moved last month, denver is gorgeous", ("home", "denver")),
    ("we finally moved, our new place in new york city is tiny", ("home", "new york city")),
    ("we finally relocated, phoenix is home now and honestly houston was never an option", ("home", "phoenix")),
    ("so we relocated lol. dallas was the plan but we ended up in tulsa", ("home", "tulsa")),
    ("sold the civic and picked up a used mazda 3", ("vehicle", "mazda 3")),
    # a move is about home: a company said beside it is no new employer (and two names: no reading of home)
    ("moved to denver last week, amazon is hiring there apparently", None),
    # a word of change, and no new value of these keys: a name, an age, a time, a birthplace
    ("i got a new job, my manager is emily and she's great", None),
    ("just moved, the landlord is called mike", None),
    ("left my job after 5 years, feels weird", None),
    ("i quit the gym, it was 40 a month", None),
    ("i switched to the 6am class now", None),
    # another person's or thing's change, a thing moved, history
    ("Long week. We finally moved too, the new place is tiny. My sister lives in Boston now.", None),
    ("Our department moved to the third floor, I have a window now!", None),
    ("switched my laptop clock to tokyo time now", None),
    ("i moved my savings to a bank in edinburgh now", None),
    ("I started my career at ibm back in 2009, feels like forever ago", None),
    ("I switched from google to ibm back in 2009, wild times", None),
    ("we moved to denver back in 2015, love it here", None),
    ("we moved across town, still austin, now near zilker", None),
]


@pytest.mark.parametrize("later,changed", IN_A_FULL_PROFILE, ids=[c[0][:30] for c in IN_A_FULL_PROFILE])
def test_a_reading_changes_one_value_and_no_other(tmp_path: Path, later: str, changed: tuple[str, str] | None) -> None:
    mem = Spectron(path=str(tmp_path / "store"), extractor=ReadsOnly(PROFILE))
    for i, said in enumerate(PROFILE):
        mem.remember(said, scope=DANA, observed_at=T0 + timedelta(minutes=i))
    mem.remember(later, scope=DANA, observed_at=LATER)
    p = mem.profile(scope=DANA)
    now = {f.key: f for f in [*p.static, *p.dynamic, *p.preferences, *p.knowledge]}
    want = {key: value for key, value in PROFILE.values()}
    if changed is not None:
        want[changed[0]] = changed[1]
        assert "the value before, not by a rule" in (now[changed[0]].conflict or "")  # a reading keeps its doubt
    assert {key: now[key].value for key in want} == want
    # what does not change in passing is never doubted either
    assert not any(now[key].conflict for key in ("name", "hometown"))
    mem.close()


@pytest.mark.parametrize("first,fact,later", NOT_READ, ids=[n[2][:28] for n in NOT_READ])
def test_no_value_is_read_where_none_was_said(tmp_path: Path, first: str, fact: tuple[str, str], later: str) -> None:
    mem = _store(tmp_path, NOT_READ)
    mem.remember(first, scope=DANA, observed_at=T0)
    mem.remember(later, scope=DANA, observed_at=LATER)
    [shown] = profile_facts(mem, DANA, fact[0])
    assert shown.value == fact[1]
    assert "likeness" not in (shown.conflict or "")
    mem.close()


def test_the_reading_changes_no_other_users_memory(tmp_path: Path) -> None:
    first, fact, later, read = _row("adidas")
    mem = _store(tmp_path, READ)
    mem.remember(first, scope=DANA, observed_at=T0)
    mem.remember(first, scope=OMAR, observed_at=T0)
    mem.remember(later, scope=DANA, observed_at=LATER)
    assert [f.value for f in profile_facts(mem, OMAR, fact[0])] == [fact[1]]
    assert profile_facts(mem, OMAR, fact[0])[0].conflict is None
    assert mem.profile(scope=OMAR).conflicts == []
    assert read not in mem.recall("where do I work?", scope=OMAR).formatted
    mem.close()


def test_a_later_statement_the_extractor_reads_settles_the_doubt(tmp_path: Path) -> None:
    first, fact, later, read = _row("Seattle")
    plain = "I live in Seattle now."
    mem = _store(tmp_path, READ, **{plain: ("home", "Seattle")})
    mem.remember(first, scope=DANA, observed_at=T0)
    mem.remember(later, scope=DANA, observed_at=LATER)
    result = mem.remember(plain, scope=DANA, observed_at=LATER + timedelta(days=1))
    assert [c.action for c in result.uncertainties] == ["resolved"]
    [shown] = profile_facts(mem, DANA, "home")
    assert shown.value == read and shown.conflict is None
    mem.close()


def test_forgetting_the_statement_takes_the_reading_and_its_doubt(tmp_path: Path) -> None:
    first, fact, later, read = _row("adidas")
    mem = _store(tmp_path, READ)
    mem.remember(first, scope=DANA, observed_at=T0)
    result = mem.remember(later, scope=DANA, observed_at=LATER)
    assert result.turn is not None
    # by meaning: the statement goes, and with it the facts drawn from it (the reading) and the doubt quoting it
    mem.forget("switched over to adidas last month", scope=DANA, purge=True, threshold=0.3)
    assert mem.profile(scope=DANA).conflicts == []
    assert all(f.value != read for f in profile_facts(mem, DANA, fact[0]))
    block = mem.recall("where do I work?", scope=DANA).formatted
    assert read not in block and "likeness" not in block
    mem.close()


def test_a_batch_and_the_async_client_read_as_a_single_write_does(tmp_path: Path) -> None:
    """``remember_many`` (the replay path) and the async client share the write core, reading included."""
    first, fact, later, read = _row("cambridge")
    mem = _store(tmp_path / "batch", READ)
    with mem.sessions.create(scope=DANA) as s:
        s.remember_many([("user", first, T0), ("user", later, LATER)])
    assert [f.value for f in profile_facts(mem, DANA, fact[0])] == [read]
    mem.close()

    async def run() -> list[str]:
        amem = AsyncSpectron(str(tmp_path / "async"), extractor=ReadsOnly({first: fact}))
        try:
            await amem.remember(first, scope=DANA, observed_at=T0)
            await amem.remember(later, scope=DANA, observed_at=LATER)
            p = await amem.profile(scope=DANA)
            return [f.value for f in [*p.static, *p.dynamic, *p.preferences, *p.knowledge] if f.key == fact[0]]
        finally:
            await amem.close()

    assert asyncio.run(run()) == [read]


def test_keys_of_numbers_times_and_few_states_are_never_read(tmp_path: Path) -> None:
    """A number is as like every number as like the old one, and a relationship status is one of a few states the
    rules read: likeness reads none of them, though it reads a colour from the same kind of sentence."""
    from spectron_core._models import Attribute, Source
    from spectron_core._write._unread_change import _memo, _reading

    mem = Spectron(path=str(tmp_path / "store"))
    engine = mem._engine
    embed = _memo(engine.embed_texts, {})

    def fact(key: str, value: str) -> Attribute:
        return Attribute(
            id=f"att_{key}",
            scope=DANA,
            recorded_at=T0,
            entity="Person/dana",
            key=key,
            value=value,
            text=f"{key} {value}",
            source=Source(kind="turn", ref="turn_x"),
        )

    assert _reading(engine, embed, "my favourite colour is green now", fact("favorite_color", "blue")) is not None
    assert (
        _reading(engine, embed, "we're a proper couple now, it's official", fact("relationship_status", "single"))
        is None
    )
    assert _reading(engine, embed, "I am 35 now, where did the time go", fact("age", "34")) is None
    assert _reading(engine, embed, "I wake at 6am now, new routine", fact("wake_time", "7am")) is None
    mem.close()
