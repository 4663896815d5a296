"""The regular shape of a user's days told to an assistant (``_routine``): how and when they work, how they get
there, when they wake and sleep, and the chores and calls they do on a schedule.

Each construction is said in several spellings (edited text, lower-case chat without punctuation, contractions,
a hedge, "also"/"btw" before it, the middle of a longer line), with negatives beside it: one-off days, another
person's routine, questions, wishes and requests to the assistant put nothing on the speaker. ``work_arrangement``,
``work_schedule``, ``commute``, ``wake_time`` and ``bedtime`` are single-valued: a change said in other words
supersedes, and the history keeps the old value closed; ``routines`` is many-valued. Every sentence was written
for this file.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from tests.support import SPEAKER, check_supersession, facts, mine, profile_values
from tests.support import expect as _check

NOW = datetime(2025, 6, 2, 10, 0, tzinfo=timezone.utc)
ALICE = {"org": "acme", "user": "alice"}
KEYS = ("work_arrangement", "work_schedule", "commute", "wake_time", "bedtime", "routines", "likes", "hobbies")


def _none(text: str, keys: tuple[str, ...] = KEYS) -> None:
    assert not mine(text, keys, current=True), f"{text!r}: expected nothing on {keys}, got {facts(text)}"


# -- work arrangement -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I work from home.", "from home"),
        ("i mostly work from home", "from home"),
        ("btw i work from home on mondays and fridays", "from home on mondays"),
        ("I've been working from home since the pandemic.", "from home"),
        ("i think i work remotely like most of my team", "remote"),
        ("We're fully remote now.", "remote"),
        ("im 100% remote", "remote"),
        ("My job is completely remote.", "remote"),
        ("i work hybrid", "hybrid"),
        ("also i go into the office three days a week", "hybrid"),
        ("Our company made us come back to the office.", "in the office"),
        ("we had to go back to the office in march", "in the office"),
        ("I'm back in the office full time.", "in the office"),
        ("i switched to working from home", "from home"),
        ("I'm a developer and I work remotely.", "remote"),
    ],
)
def test_work_arrangement(text: str, value: str) -> None:
    _check(text, "work_arrangement", value)
    assert not mine(text, ("employer", "likes")), facts(text)  # home and the office are no employer


def test_an_arrangement_said_with_a_trade_keeps_the_trade() -> None:
    _check("i work from home as a translator", "work_arrangement", "from home")
    _check("i work from home as a translator", "role", "translator")


# -- work schedule --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I work nights.", "nights"),
        ("i mostly work night shifts", "night shifts"),
        ("I'm on the late shift this month", "late shift"),
        ("im on nights", "nights"),
        ("i work 7 to 3", "7 to 3"),
        ("I work nine to five, Monday to Friday.", "nine to five"),
        ("i work weekends", "weekends"),
        ("I'm part-time now.", "part-time"),
        ("i work full time", "full-time"),
        ("I work three days a week.", "three days a week"),
        ("i work 10 hour shifts", "10 hour shifts"),
        ("i switched to the day shift", "day shift"),
        ("i'm a nurse and i work nights", "nights"),
        ("honestly i work about 50 hours a week", "50 hours a week"),
    ],
)
def test_work_schedule(text: str, value: str) -> None:
    _check(text, "work_schedule", value)


def test_a_schedule_said_with_an_employer_keeps_the_employer() -> None:
    _check("i work weekends at a garden centre", "work_schedule", "weekends")
    _check("i work weekends at a garden centre", "employer", "garden centre")


# -- commute --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I take the train to work.", "train"),
        ("i catch the bus to the office every morning", "bus"),
        ("i take the subway", "subway"),
        ("I commute by bike.", "bike"),
        ("i commute on the ferry", "ferry"),
        ("i cycle to work", "bike"),
        ("also i ride my bike to the office", "bike"),
        ("I walk to work.", "walk"),
        ("i drive to work", "drive"),
        ("i drive 30 minutes each way", "30 minutes each way"),
        ("my commute is about 45 minutes each way", "45 minutes"),
        ("i think i commute an hour a day", "hour"),
    ],
)
def test_commute(text: str, value: str) -> None:
    _check(text, "commute", value)
    assert not mine(text, ("hobbies", "vehicle", "likes")), facts(text)  # a commute is no pastime or car


# -- waking and sleeping --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I wake up at 6 every day.", "6"),
        ("i usually wake up around 7:15", "around 7:15"),
        ("I'm usually up by 5.", "by 5"),
        ("i get up early", "early"),
        ("i get up at 6:45 on weekdays", "6:45"),
        ("My alarm goes off at 5:30.", "5:30"),
        ("I'm an early riser.", "early"),
    ],
)
def test_wake_time(text: str, value: str) -> None:
    _check(text, "wake_time", value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I usually go to bed around 11.", "around 11"),
        ("i go to bed late", "late"),
        ("i normally go to sleep at 10:30", "10:30"),
        ("lights out by 10 on school nights", "by 10"),
        ("im usually in bed by 9", "by 9"),
        ("i tend to fall asleep after midnight", "after midnight"),
    ],
)
def test_bedtime(text: str, value: str) -> None:
    _check(text, "bedtime", value)
    assert not mine(text, ("likes", "hobbies")), facts(text)  # bed is no thing liked


# -- chores, errands and calls on a schedule ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I do the groceries on Saturdays.", "groceries on saturdays"),
        ("i call my dad every sunday", "call my dad every sunday"),
        ("i visit my grandparents every other weekend", "visit my grandparents"),
        ("We do pizza night every friday.", "pizza night every friday"),
        ("i meal prep on sundays", "meal prep on sundays"),
        ("i walk the dog every morning", "walk the dog every morning"),
        ("I pick up my kids from school every day.", "pick up my kids"),
    ],
)
def test_routines(text: str, value: str) -> None:
    _check(text, "routines", value)


@pytest.mark.parametrize(
    "text",
    ["i go to the gym every morning", "i go to church every sunday", "i run every morning"],
)
def test_pastimes_on_a_schedule_stay_pastimes(text: str) -> None:
    assert not mine(text, ("routines",)), facts(text)
    assert mine(text, ("likes", "hobbies")), facts(text)


# -- what is no routine of the speaker's ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "i worked from home today",
        "I'm working from home today.",
        "i took the train this morning",
        "i went to bed late last night",
        "i woke up at 4 today",
        "I'm getting up at 5 tomorrow.",
        "my wife works nights",
        "my husband works from home",
        "my son takes the bus to school",
        "do you work from home?",
        "what time do i usually wake up?",
        "i wish i could work from home",
        "if i worked remotely i'd move to the coast",
        "remind me to wake up at 6",
        "can you set an alarm for 6:30",
        "i take the bus to visit my aunt",
        "i wake up tired",
        "i go to bed when the baby sleeps",
        "my commute is a nightmare",
    ],
)
def test_no_routine(text: str) -> None:
    _none(text)


# -- change cues ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        ("i no longer work from home", "work_arrangement", "from home"),
        ("I used to work nights.", "work_schedule", "nights"),
        ("i don't work weekends anymore", "work_schedule", "weekends"),
        ("i used to take the bus", "commute", "bus"),
    ],
)
def test_a_change_cue_closes_the_old_value(text: str, key: str, value: str) -> None:
    _check(text, key, value, negated=True)
    assert not mine(text, (key,), current=True), facts(text)


def test_a_change_said_in_one_line() -> None:
    text = "i used to take the train but now i cycle to work"
    _check(text, "commute", "train", negated=True)
    _check(text, "commute", "bike")


# -- single-valued keys supersede -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("old", "new", "old_word", "new_word"),
    [
        ("I work from home.", "my company made us go back to the office", "home", "office"),
        ("i'm fully remote", "we're hybrid now", "remote", "hybrid"),
        ("i work in the office every day", "i switched to working from home", "office", "home"),
    ],
)
def test_work_arrangement_supersedes(mem, old: str, new: str, old_word: str, new_word: str) -> None:  # type: ignore[no-untyped-def]
    check_supersession(mem, old, new, "work_arrangement", old_word, new_word)


@pytest.mark.parametrize(
    ("old", "new", "old_word", "new_word"),
    [
        ("I work nights.", "i switched to day shifts", "nights", "day"),
        ("i'm on the early shift", "I'm on the late shift now.", "early", "late"),
        ("I work full time.", "im part time now", "full", "part"),
    ],
)
def test_work_schedule_supersedes(mem, old: str, new: str, old_word: str, new_word: str) -> None:  # type: ignore[no-untyped-def]
    check_supersession(mem, old, new, "work_schedule", old_word, new_word)


@pytest.mark.parametrize(
    ("old", "new", "old_word", "new_word"),
    [
        ("I take the train to work.", "these days i bike to work", "train", "bike"),
        ("i drive to work", "I commute by bus now.", "drive", "bus"),
        ("i walk to the office", "i take the tube", "walk", "tube"),
    ],
)
def test_commute_supersedes(mem, old: str, new: str, old_word: str, new_word: str) -> None:  # type: ignore[no-untyped-def]
    check_supersession(mem, old, new, "commute", old_word, new_word)


@pytest.mark.parametrize(
    ("old", "new", "old_word", "new_word"),
    [
        ("I wake up at 6 every day.", "i'm usually up at 7:30 now", "6", "7:30"),
        ("i get up early", "My alarm goes off at 9 these days.", "early", "9"),
    ],
)
def test_wake_time_supersedes(mem, old: str, new: str, old_word: str, new_word: str) -> None:  # type: ignore[no-untyped-def]
    check_supersession(mem, old, new, "wake_time", old_word, new_word)


@pytest.mark.parametrize(
    ("old", "new", "old_word", "new_word"),
    [
        ("I usually go to bed around 11.", "lights out by 10 these days", "11", "10"),
        ("i go to bed late", "im usually in bed by 9:30 now", "late", "9:30"),
    ],
)
def test_bedtime_supersedes(mem, old: str, new: str, old_word: str, new_word: str) -> None:  # type: ignore[no-untyped-def]
    check_supersession(mem, old, new, "bedtime", old_word, new_word)


def test_a_new_bedtime_leaves_the_wake_time(mem) -> None:  # type: ignore[no-untyped-def]
    mem.remember("I wake up at 6 every day.", scope=ALICE, observed_at=NOW)
    mem.remember("i go to bed around 10", scope=ALICE, observed_at=NOW + timedelta(days=1))
    assert any("6" in v for v in profile_values(mem, "wake_time", ALICE))
    assert any("10" in v for v in profile_values(mem, "bedtime", ALICE))


def test_a_schedule_leaves_the_arrangement(mem) -> None:  # type: ignore[no-untyped-def]
    mem.remember("i work from home", scope=ALICE, observed_at=NOW)
    mem.remember("i work nights", scope=ALICE, observed_at=NOW + timedelta(days=1))
    assert any("home" in v for v in profile_values(mem, "work_arrangement", ALICE))
    assert any("nights" in v for v in profile_values(mem, "work_schedule", ALICE))


def test_routines_accumulate(mem) -> None:  # type: ignore[no-untyped-def]
    mem.remember("i do laundry on sundays", scope=ALICE, observed_at=NOW)
    mem.remember("i call my sister every friday", scope=ALICE, observed_at=NOW + timedelta(days=1))
    shown = profile_values(mem, "routines", ALICE)
    assert any("laundry" in v for v in shown) and any("sister" in v for v in shown), shown


def test_an_old_arrangement_stays_in_history(mem) -> None:  # type: ignore[no-untyped-def]
    mem.remember("i work remotely", scope=ALICE, observed_at=NOW)
    mem.remember("i no longer work remotely", scope=ALICE, observed_at=NOW + timedelta(days=1))
    assert not profile_values(mem, "work_arrangement", ALICE)
    chain = mem.history(SPEAKER, "work_arrangement", scope=ALICE)
    assert chain and all(v.valid_until is not None for v in chain), [(v.value, v.valid_until) for v in chain]
