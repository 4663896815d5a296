"""Places the speaker habitually goes to and drinks they habitually have, said in passing (``_outings``): back from a
place of routine, at a place by habit, a family going somewhere on a schedule, a drink being had, a drink named as
a routine, a drink coped or relaxed with, and a drink had alongside another doing.

Each construction is said in several spellings (lower-case chat, edited text, contractions, a time phrase, a
greeting before it), with negatives beside it: questions, other people's habits, one outing to an ordinary place,
being somewhere right now, and things that are not drinks put nothing on the speaker. ``likes`` and ``drinks`` are
many-valued: a new place or drink adds to the old ones, and a drink given up closes only that drink. Every sentence
was written for this file.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from spectron_core import Spectron
from tests.support import SPEAKER, has, profile_values
from tests.support import expect as _check
from tests.support import expect_none as _none

NOW = datetime(2025, 6, 2, 10, 0, tzinfo=timezone.utc)
ALICE = {"org": "acme", "user": "alice"}
KEYS = ("likes", "drinks", "hobbies")


# -- back from a place of routine: the return says the habit ----------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("just got back from the gym, so sore", "gym"),
        ("Just Got Back From The Gym.", "gym"),
        ("hey ! just came home from church , how r u", "church"),
        ("i'm good just got back from mass", "mass"),
        ("we just got home from temple", "temple"),
        ("finally back from the gym lol", "gym"),
    ],
)
def test_back_from_a_place_of_routine(text: str, value: str) -> None:
    _check(text, "likes", value)


@pytest.mark.parametrize(
    "text",
    [
        "just got back from the park with the kids",  # one outing to an ordinary place: an event
        "just got back from the mall",
        "my brother just got back from the gym",  # someone else
        "did you just get back from church ?",  # a question
        "he came home from church early",
    ],
)
def test_back_from_an_ordinary_place_or_by_someone_else(text: str) -> None:
    _none(text, "likes")


# -- at a place by habit ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("i'm always at the skate park", "park"),
        ("im usually at the library after class", "library"),
        ("I am often at the pool.", "pool"),
        ("we are in the gym regularly", "gym"),
        ("i'm at the rink all the time , it's my happy spot", "rink"),
        ("i am at the tennis court every weekend", "tennis court"),
        ("you can find me at the beach most days", "beach"),
        ("honestly , you'll usually find me in my garden", "garden"),
    ],
)
def test_at_a_place_by_habit(text: str, value: str) -> None:
    _check(text, "likes", value)


@pytest.mark.parametrize(
    "text",
    [
        "i am at the park right now",  # where the speaker is today
        "i'm at the library",
        "i'm always on the phone",  # not a place
        "she is always at the gym",  # someone else
        "are you always at the pool ?",  # a question
        "can you find me at the station ?",
        "you will find him at the bar",
    ],
)
def test_being_somewhere_once_or_someone_else_there(text: str) -> None:
    _none(text, "likes")


# -- a family going somewhere on a schedule ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("my family goes to the lake every summer", "lake"),
        ("My whole family goes to Yellowstone every year.", "yellowstone"),
        ("lol my family always goes to the coast once a year", "coast"),
    ],
)
def test_family_goes_somewhere_on_a_schedule(text: str, value: str) -> None:
    _check(text, "likes", value)


@pytest.mark.parametrize(
    "text",
    [
        "my parents go to church every week",  # not the speaker
        "my friend's family goes to the lake every summer",
        "my family went to the lake last summer",  # one trip
        "does your family go to the lake every summer ?",
    ],
)
def test_family_outings_that_are_not_the_speakers_habit(text: str) -> None:
    _none(text, "likes")


# -- a drink being had, said in passing -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("just sipping some green tea", "green tea"),
        ("Just sipping coffee on the porch.", "coffee"),
        ("doing fine , drinking a mug of chai", "chai"),
        ("im good just having a pint of cider", "cider"),
        ("just chugged two cans of soda haha", "soda"),
        ("we're just enjoying a glass of champagne", "champagne"),
        ("nursing a beer at the moment", "beer"),
    ],
)
def test_a_drink_being_had(text: str, value: str) -> None:
    _check(text, "drinks", value)


@pytest.mark.parametrize(
    "text",
    [
        "just having a great day",  # not a drink
        "just enjoying the sunshine",
        "he is sipping tea on the porch",  # someone else
        "are you drinking coffee ?",
        "my dad is just sipping his beer",
    ],
)
def test_having_something_that_is_no_drink_or_someone_elses(text: str) -> None:
    _none(text, "drinks")


# -- a drink as a routine, coped or relaxed with, or had alongside another doing -----------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("cant wait for my morning coffee", "coffee"),
        ("I never skip my evening cup of tea.", "tea"),
        ("off to bed after my nightly glass of wine", "wine"),
        ("i tend to cope with chamomile tea", "chamomile tea"),
        ("i usually unwind with a cold beer", "beer"),
        ("we like to relax with a glass of red wine on fridays", "red wine"),
        ("i knit while drinking hot cider", "cider"),
        ("i love to paint when i drink my espresso", "espresso"),
    ],
)
def test_a_drink_as_a_routine_or_alongside(text: str, value: str) -> None:
    _check(text, "drinks", value)


def test_a_drink_relaxed_with_is_no_pastime() -> None:
    assert not has("i relax with a glass of merlot wine", "hobbies", "glass")
    _check("i relax with a good novel", "hobbies", "novel")  # a pastime stays one


@pytest.mark.parametrize(
    "text",
    [
        "i cope with stress by running",  # not a drink
        "my mom's morning coffee smells great",  # someone else's routine
        "do you read while drinking tea ?",
        "she relaxes with a glass of wine",
        "i unwind with my cat",
    ],
)
def test_routines_that_name_no_drink_of_the_speakers(text: str) -> None:
    _none(text, "drinks")


# -- a drink avoided is the drink negated, as a food avoided is ------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [("i do not drink soda", "soda"), ("i never drink any whiskey", "whiskey"), ("i don't drink coffee", "coffee")],
)
def test_a_drink_avoided_is_negated(text: str, value: str) -> None:
    _check(text, "drinks", value, negated=True)
    assert not has(text, "drinks", value)


# -- many-valued: additions accumulate, a drink given up closes only that one ----------------------------------
@pytest.fixture
def mem(tmp_path):  # type: ignore[no-untyped-def]
    m = Spectron(path=str(tmp_path / "db"))
    yield m
    m.close()


def test_drinks_said_in_passing_accumulate(mem) -> None:  # type: ignore[no-untyped-def]
    mem.remember("just sipping some green tea", scope=ALICE, observed_at=NOW)
    mem.remember("off to bed after my nightly glass of wine", scope=ALICE, observed_at=NOW + timedelta(days=1))
    shown = profile_values(mem, "drinks", ALICE)
    assert any("tea" in v for v in shown) and any("wine" in v for v in shown), shown


def test_places_said_in_passing_accumulate(mem) -> None:  # type: ignore[no-untyped-def]
    mem.remember("just got back from the gym", scope=ALICE, observed_at=NOW)
    mem.remember("i'm always at the skate park", scope=ALICE, observed_at=NOW + timedelta(days=1))
    shown = profile_values(mem, "likes", ALICE)
    assert any("gym" in v for v in shown) and any("park" in v for v in shown), shown


def test_a_drink_given_up_closes_only_that_drink(mem) -> None:  # type: ignore[no-untyped-def]
    mem.remember("i tend to cope with tea", scope=ALICE, observed_at=NOW)
    mem.remember("cant wait for my morning coffee", scope=ALICE, observed_at=NOW + timedelta(days=1))
    mem.remember("i quit coffee last month", scope=ALICE, observed_at=NOW + timedelta(days=40))
    shown = profile_values(mem, "drinks", ALICE)
    assert any("tea" in v for v in shown) and not any("coffee" in v for v in shown), shown
    chain = mem.history(SPEAKER, "drinks", scope=ALICE)
    assert any("coffee" in v.value.casefold() and v.valid_until is not None for v in chain), [
        (v.value, v.valid_until) for v in chain
    ]
