"""A change of a one-value fact that the extractor did not read is flagged (``_write/_unread_change.py``).

Most tests use ``ReadsOnly``, which reads the first statement of each pair and nothing else, so they test the
flag and not the rules: whatever the rules learn later, a change they miss must not leave the old value
silently current. Every sentence is this file's own.
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from spectron_core import AsyncSpectron, Spectron
from tests.support import ReadsOnly

T0 = datetime(2025, 1, 1, tzinfo=timezone.utc)
LATER = T0 + timedelta(days=2)
DANA = {"org": "acme", "user": "dana"}
OMAR = {"org": "acme", "user": "omar"}

# (said first, the fact read from it, said later in other words, the value the statement names in words of the old
# one's kind, read by likeness (``_replacement``), or None: the rules-free extractor reads no value)
MISSED = [
    ("I drive a Honda Civic.", ("vehicle", "Honda Civic"), "traded in the old car for an electric one last week", None),
    ("My favourite food is pizza.", ("favorite_food", "pizza"), "honestly ramen is the best thing I eat now", None),
    ("My favourite colour is blue.", ("favorite_color", "blue"), "green has taken over as my colour lately", "green"),
    ("I'm married.", ("relationship_status", "married"), "the divorce came through, so I'm on my own again", None),
    (
        "I'm single.",
        ("relationship_status", "single"),
        "my boyfriend and I just moved in together, it's serious now",
        None,
    ),
    (
        "I go to Leeds University.",
        ("school", "Leeds University"),
        "I moved universities, I study in Manchester now",
        "Manchester",
    ),
    # about home only a little (home and hometown both ~2.8 standard deviations): a strong word of change carries it
    ("I live in Boston.", ("home", "Boston"), "we packed up and relocated to Denver last month", "Denver"),
    # a job got, found or landed is a new employer, even when only where it is was said
    ("I work at Google.", ("employer", "Google"), "I got a job in Texas last month.", None),
    ("I work at Google.", ("employer", "Google"), "landed a new position over in Ohio, start next week", None),
    # the user moved with the people they live with: their own home may have changed
    ("I live in Leeds.", ("home", "Leeds"), "i moved my family to denver last year", None),
    # a thing moved, and a new place beside it: the new place may be a new home
    ("I live in Boston.", ("home", "Boston"), "moved my stuff into the new place last weekend", None),
]

# said later, about the same key, and no change of it
NOT_A_CHANGE = [
    # no word of change: an elaboration of the value on record
    ("I drive a Honda Civic.", ("vehicle", "Honda Civic"), "that car has never once broken down on me"),
    # the value said again
    ("My favourite food is pizza.", ("favorite_food", "pizza"), "pizza is still my favourite food these days"),
    # a question
    ("I drive a Honda Civic.", ("vehicle", "Honda Civic"), "should I switch to an electric car now?"),
    # about a relative
    ("I'm married.", ("relationship_status", "married"), "my brother just got divorced, poor guy"),
    # a key that holds many values: a new one is an addition
    ("I have a cat.", ("pets", "cat"), "we got a new puppy last week, the cat is not impressed"),
    # about another key
    ("I drive a Honda Civic.", ("vehicle", "Honda Civic"), "started learning the piano again after ten years"),
    # a wish, a plan or a condition: nothing has changed yet
    ("I drive a Honda Civic.", ("vehicle", "Honda Civic"), "if the price is right i'd swap the car for an electric one"),
    ("I live in Bristol.", ("home", "Bristol"), "someday I might move to the coast, somewhere quiet"),
    ("I live in Bristol.", ("home", "Bristol"), "thinking about relocating to Lisbon next year, nothing decided"),
    # someone else's change: a friend, a neighbour, he or she, the assistant
    ("I live in Bristol.", ("home", "Bristol"), "my flatmate is moving to Leeds next week, gutted"),
    ("I'm single.", ("relationship_status", "single"), "my cousin just got engaged to her girlfriend, so sweet"),
    ("I live in Bristol.", ("home", "Bristol"), "she finally moved out to the countryside, good for her"),
    ("I live in Bristol.", ("home", "Bristol"), "my best mate finally relocated to the coast last month"),
    ("My favourite food is pizza.", ("favorite_food", "pizza"), "you suggested a new pasta dish yesterday, it was good"),
    # a favourite is a preference: talk of the thing with no word of liking is no new favourite
    ("My favourite colour is blue.", ("favorite_color", "blue"), "repainted the hallway a deep green now, looks smart"),
    # the value on record named: talk about it, not a change
    ("I drive a Honda Civic.", ("vehicle", "Honda Civic"), "the civic needs new brakes soon, ugh"),
    # history: a move dated well in the past
    ("I live in Seattle.", ("home", "Seattle"), "I moved here from Denver ages ago and never looked back"),
    # an offer or an interview is no job yet
    ("I work at Google.", ("employer", "Google"), "I got a job offer from Meta but turned it down."),
    ("I work at Google.", ("employer", "Google"), "got a job interview at Meta on friday, fingers crossed"),
    ("I work at Google.", ("employer", "Google"), "i got a job alert from linkedin, ignored it"),
    ("I work at Google.", ("employer", "Google"), "got the job of telling everyone about the reorg, fun"),
    # the user moved someone else: their home changed, not the user's
    ("I live in Bristol.", ("home", "Bristol"), "I moved my mom to Florida last year, she loves it"),
    ("I live in Bristol.", ("home", "Bristol"), "we finally moved my dad into a care home near Bath"),
    ("I go to Leeds University.", ("school", "Leeds University"), "switched my daughter to a smaller school this term"),
    # a word of change, negated
    ("I drive a Honda Civic.", ("vehicle", "Honda Civic"), "the car didn't start this morning so I was late"),
]


def _flags(result: Any) -> list[Any]:
    return [c.record for c in result.uncertainties if c.action == "created" and "may have changed" in c.record.what]


def _store(tmp_path: Path, pairs: list[tuple[str, tuple[str, str], str]]) -> Spectron:
    return Spectron(path=str(tmp_path / "store"), extractor=ReadsOnly({p[0]: p[1] for p in pairs}))


def _fact(mem: Spectron, scope: dict[str, str], key: str) -> Any:
    p = mem.profile(scope=scope)
    found = [f for f in [*p.static, *p.dynamic, *p.preferences, *p.knowledge] if f.key == key]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("first,fact,later,read", MISSED, ids=[m[1][0] for m in MISSED])
def test_a_change_the_extractor_did_not_read_flags_the_old_value(
    tmp_path: Path, first: str, fact: tuple[str, str], later: str, read: str | None
) -> None:
    mem = _store(tmp_path, MISSED)
    mem.remember(first, scope=DANA, observed_at=T0)
    result = mem.remember(later, scope=DANA, observed_at=LATER)
    [flag] = _flags(result)
    assert (flag.entity, flag.key, flag.state) == ("Person/dana", fact[0], "open")
    assert result.turn is not None and result.turn.id in flag.record_ids
    shown = _fact(mem, DANA, fact[0])
    if read is None:
        # the old value stays on record (nothing read the new one) and the profile shows it disputed, with the words
        assert shown.value == fact[1]
        assert shown.conflict and "may have changed" in shown.conflict and later[:20] in shown.conflict
    else:
        # a span of the old value's kind was read as the new value; the doubt names the value it replaced
        assert shown.value == read
        assert shown.conflict and "may have changed" in shown.conflict and repr(fact[1]) in shown.conflict
        assert "likeness" in shown.conflict
    # recall lists the flag under the open conflicts of the prompt block
    block = mem.recall(f"what is my {fact[0].replace('_', ' ')}?", scope=DANA).formatted
    assert "## Open conflicts" in block and "may have changed" in block
    mem.close()


@pytest.mark.parametrize("first,fact,later", NOT_A_CHANGE, ids=[n[2][:30] for n in NOT_A_CHANGE])
def test_what_is_no_change_is_not_flagged(tmp_path: Path, first: str, fact: tuple[str, str], later: str) -> None:
    mem = _store(tmp_path, NOT_A_CHANGE)
    mem.remember(first, scope=DANA, observed_at=T0)
    assert _flags(mem.remember(later, scope=DANA, observed_at=LATER)) == []
    assert _fact(mem, DANA, fact[0]).conflict is None
    mem.close()


def test_an_assistant_reply_flags_nothing(tmp_path: Path) -> None:
    first, _, later, _ = MISSED[0]
    mem = _store(tmp_path, MISSED)
    mem.remember(first, scope=DANA, observed_at=T0)
    assert _flags(mem.remember(later, scope=DANA, observed_at=LATER, role="assistant")) == []
    mem.close()


def test_a_statement_dated_before_the_value_flags_nothing(tmp_path: Path) -> None:
    """A replay out of order (an export read newest first): what was said before the value cannot change it."""
    first, _, later, _ = MISSED[0]
    mem = _store(tmp_path, MISSED)
    mem.remember(first, scope=DANA, observed_at=LATER)
    assert _flags(mem.remember(later, scope=DANA, observed_at=T0)) == []
    mem.close()


def test_a_change_that_was_read_supersedes_and_flags_nothing(tmp_path: Path) -> None:
    first, later = "I drive a Honda Civic.", "traded in the old car for an electric one last week"
    mem = Spectron(
        path=str(tmp_path / "store"),
        extractor=ReadsOnly({first: ("vehicle", "Honda Civic"), later: ("vehicle", "electric car")}),
    )
    mem.remember(first, scope=DANA, observed_at=T0)
    result = mem.remember(later, scope=DANA, observed_at=LATER)
    assert _flags(result) == []
    assert _fact(mem, DANA, "vehicle").value == "electric car"
    mem.close()


def test_a_turn_the_extractor_read_on_its_topic_flags_no_neighbouring_key(tmp_path: Path) -> None:
    """"I moved to Glasgow" is about home and, nearly as much, hometown. Read as home = Glasgow, it has been
    decided: the hometown on record is not a value it may have changed."""
    first, later = "I grew up in Leeds.", "I moved to Glasgow."
    mem = Spectron(
        path=str(tmp_path / "store"),
        extractor=ReadsOnly({first: ("hometown", "Leeds"), later: ("home", "Glasgow")}),
    )
    mem.remember(first, scope=DANA, observed_at=T0)
    assert _flags(mem.remember(later, scope=DANA, observed_at=LATER)) == []
    assert _fact(mem, DANA, "hometown").conflict is None
    mem.close()


def test_another_users_words_never_flag_this_users_fact(tmp_path: Path) -> None:
    """Scope isolation: Omar saying he traded his car in says nothing of Dana's, nor does an org-level turn."""
    first, _, later, _ = MISSED[0]
    mem = _store(tmp_path, MISSED)
    mem.remember(first, scope=DANA, observed_at=T0)
    assert _flags(mem.remember(later, scope=OMAR, observed_at=LATER)) == []  # Omar holds no vehicle: nothing
    assert _flags(mem.remember(later, scope={"org": "acme"}, observed_at=LATER)) == []
    assert _fact(mem, DANA, "vehicle").conflict is None
    mem.remember(first, scope=OMAR, observed_at=T0)
    [flag] = _flags(mem.remember(later, scope=OMAR, observed_at=LATER + timedelta(hours=1)))
    assert flag.scope == OMAR and flag.entity == "Person/omar"
    assert _fact(mem, DANA, "vehicle").conflict is None
    assert mem.recall("what car do I drive?", scope=DANA).formatted.count("may have changed") == 0
    mem.close()


@pytest.mark.parametrize(
    "settled_by,value",
    [("I drive a Kia Sorento.", "Kia Sorento"), ("I still drive the Honda Civic.", "Honda Civic")],
    ids=["new value", "old value again"],
)
def test_a_later_statement_that_is_read_settles_the_flag(tmp_path: Path, settled_by: str, value: str) -> None:
    first, later = "I drive a Honda Civic.", "traded in the old car for an electric one last week"
    mem = Spectron(
        path=str(tmp_path / "store"),
        extractor=ReadsOnly({first: ("vehicle", "Honda Civic"), settled_by: ("vehicle", value)}),
    )
    mem.remember(first, scope=DANA, observed_at=T0)
    [flag] = _flags(mem.remember(later, scope=DANA, observed_at=LATER))
    result = mem.remember(settled_by, scope=DANA, observed_at=LATER + timedelta(days=1))
    [settled] = [c for c in result.uncertainties if c.action == "resolved"]
    assert settled.record.id == flag.id and settled.record.state == "resolved"
    shown = _fact(mem, DANA, "vehicle")
    assert shown.value == value and shown.conflict is None
    assert mem.profile(scope=DANA).conflicts == []
    assert "may have changed" not in mem.recall("what car do I drive?", scope=DANA).formatted
    mem.close()


def test_a_value_is_flagged_once(tmp_path: Path) -> None:
    """A replay of the turn writes nothing; the same words said again in another session, or other words of
    change, leave the one open question about the value as it is."""
    first, _, later, _ = MISSED[0]
    mem = _store(tmp_path, MISSED)
    mem.remember(first, scope=DANA, observed_at=T0)
    with mem.sessions.create(scope=DANA) as s:
        assert len(_flags(s.remember(later, observed_at=LATER))) == 1
        assert _flags(s.remember(later, observed_at=LATER)) == []
    assert _flags(mem.remember(later, scope=DANA, observed_at=LATER + timedelta(days=1))) == []
    assert _flags(mem.remember("the new car is electric now", scope=DANA, observed_at=LATER + timedelta(days=2))) == []
    assert len(mem.profile(scope=DANA).conflicts) == 1
    mem.close()


def test_a_batch_flags_as_single_writes_do(tmp_path: Path) -> None:
    """``remember_many`` (the replay path) reconciles each message against the ones staged before it."""
    first, _, later, _ = MISSED[1]
    mem = _store(tmp_path, MISSED)
    with mem.sessions.create(scope=DANA) as s:
        results = s.remember_many([("user", first, T0), ("user", later, LATER)])
    assert len(_flags(results[1])) == 1
    assert "may have changed" in (_fact(mem, DANA, "favorite_food").conflict or "")
    mem.close()


def test_the_async_client_flags_through_the_same_core(tmp_path: Path) -> None:
    first, _, later, _ = MISSED[2]

    async def run() -> list[Any]:
        mem = AsyncSpectron(str(tmp_path / "store"), extractor=ReadsOnly({first: MISSED[2][1]}))
        try:
            await mem.remember(first, scope=DANA, observed_at=T0)
            return _flags(await mem.remember(later, scope=DANA, observed_at=LATER))
        finally:
            await mem.close()

    [flag] = asyncio.run(run())
    assert flag.key == "favorite_color"


def test_the_default_extractor_leaves_no_missed_change_silent(tmp_path: Path) -> None:
    """End to end with the rules: whether they read the new value or not, the old value is not shown as
    current without a word of doubt."""
    mem = Spectron(path=str(tmp_path / "store"))
    pairs = [
        ("I drive a Honda Civic.", "traded in the old car for an electric one last week", "honda civic"),
        ("My favourite food is pizza.", "honestly ramen is the best thing I eat now", "pizza"),
        ("My favourite colour is blue.", "green has taken over as my colour lately", "blue"),
    ]
    for i, (first, later, old) in enumerate(pairs):
        scope = {"org": "acme", "user": f"u{i}"}
        mem.remember(first, scope=scope, observed_at=T0)
        mem.remember(later, scope=scope, observed_at=LATER)
        p = mem.profile(scope=scope)
        stale = [
            f for f in [*p.static, *p.dynamic, *p.preferences, *p.knowledge] if f.value.casefold() == old and not f.conflict
        ]
        assert stale == [], (later, stale)
    mem.close()


@pytest.mark.parametrize("forget", ["turn", "fact", "by meaning"])
def test_forgetting_what_a_flag_quotes_takes_the_flag(tmp_path: Path, forget: str) -> None:
    """The flag quotes the user's words and names the fact: forgetting either must leave no copy of them."""
    first, fact, later, _ = MISSED[0]
    mem = _store(tmp_path, MISSED)
    mem.remember(first, scope=DANA, observed_at=T0)
    result = mem.remember(later, scope=DANA, observed_at=LATER)
    [flag] = _flags(result)
    assert result.turn is not None
    if forget == "turn":
        mem.forget(ids=[result.turn.id], scope=DANA, purge=True)
    elif forget == "fact":
        mem.forget(ids=[flag.record_ids[0]], scope=DANA, purge=True)
    else:
        mem.forget("traded in the old car", scope=DANA, purge=True, threshold=0.3)
    assert mem.profile(scope=DANA).conflicts == []
    for question in ("what car do I drive?", "did I trade in my car?"):
        block = mem.recall(question, scope=DANA).formatted
        assert "may have changed" not in block
        if forget != "fact":  # forgetting the fact leaves the turn, which is the user's own record
            assert "traded in the old car" not in block
    mem.close()
