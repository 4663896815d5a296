"""Dates and plans ahead that a user tells an assistant so it can remind them (``_upcoming``): a birthday, a trip, an
appointment, an exam or a deadline, an event of one's own, training for a race, a child on the way, and the changes
to them (cancelled, moved to another date, not going after all).

Each construction is said in several spellings (edited text, lower-case chat, contractions, a hedge, "btw"/"also"
before it, a time phrase), with negatives beside it: questions, another person's plans, hypotheticals, trips in the
past, "going to" that names no place, and requests to the assistant. The facts are read at a Wednesday,
2025-03-12 (``tests.support``): a plan's date is resolved forwards from then and kept in its value. ``birthday`` is
single-valued (a new date replaces the old one); ``plans`` is many-valued (a second trip adds to the first, a
cancellation closes only what it names). Every sentence was written for this file.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from spectron_core import Spectron
from tests.support import ALICE_SCOPE, SPEAKER, check_supersession, facts, has, mine, profile_values
from tests.support import expect as _check

NOW = datetime(2025, 3, 12, 15, 0, tzinfo=timezone.utc)


def _none(text: str, key: str) -> None:
    assert not mine(text, (key,)), f"{text!r}: expected no {key}, got {facts(text)}"


# -- birthdays: the day, with the year when a birth date gives one --------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("My birthday is on April 9th.", "april 9"),
        ("my bday is april 9", "april 9"),
        ("btw my birthday's on the 9th of april", "april 9"),
        ("my birthday is this friday", "march 14"),
        ("oh and my b-day is next monday lol", "march 17"),
        ("My birthday is in November.", "november"),
        ("I was born on 9 April 1991.", "april 9, 1991"),
        ("so my birthday is coming up on the 20th", "march 20"),
        ("It's my birthday tomorrow!", "march 13"),
        ("i was born on april 9th 1991", "april 9, 1991"),
    ],
)
def test_a_birthday_is_read_as_its_day(text: str, value: str) -> None:
    _check(text, "birthday", value)


@pytest.mark.parametrize(
    "text",
    [
        "when is your birthday?",
        "my brother's birthday is on april 9",
        "my birthday is coming up and i want ideas",  # no day said
        "what should i get my mom for her birthday",
    ],
)
def test_no_birthday_from_questions_or_other_peoples(text: str) -> None:
    _none(text, "birthday")


def test_a_birth_date_does_not_set_an_age() -> None:
    assert not mine("I was born on 9 April 1991.", ("age",))


# -- trips: a place that is one, with when ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("I'm flying to Oslo next week.", "trip to oslo (week of 2025-03-17)"),
        ("im flying out to boise on friday", "trip to boise (2025-03-14)"),
        ("We're going to Porto for our anniversary in May.", "trip to porto for anniversary (may 2025)"),
        ("i think we're heading to montreal tomorrow", "trip to montreal (2025-03-13)"),
        ("also i'm off to norway in june", "trip to norway (june 2025)"),
        ("we are driving to the lake this weekend", "trip to the lake (weekend of 2025-03-15)"),
        ("we're traveling to Peru next month", "trip to peru (april 2025)"),
        ("i'm visiting my grandparents in iowa over christmas", "visit grandparents in iowa (2025-12-25)"),
        ("my flight to dublin is on tuesday", "flight to dublin (2025-03-18)"),
        ("we've booked a cruise to alaska in july", "cruise to alaska (july 2025)"),
        ("so excited, i'm going to mexico in january", "trip to mexico (january 2026)"),
        ("Next week I'm flying to Oslo.", "trip to oslo (week of 2025-03-17)"),
        ("on friday we're driving to boise", "trip to boise (2025-03-14)"),
        ("we just booked a trip to greece for september", "trip to greece (september 2025)"),
        ("We leave for Chile on the 28th.", "trip to chile (2025-03-28)"),
    ],
)
def test_a_trip_ahead_is_a_dated_plan(text: str, value: str) -> None:
    _check(text, "plans", value)


@pytest.mark.parametrize(
    "text",
    [
        "my sister is flying to rome next week",  # someone else's trip
        "are you going to oslo?",
        "what should i pack for oslo?",
        "if i went to japan what would you see first",  # a hypothetical
        "i went to oslo last year",  # the past: an event
        "i'm going to try that",
        "i'm going to the gym tomorrow",  # a routine outing, not a trip
        "i am going to study french next",
        "i'm flying by the seat of my pants",
        "next week my sister is flying to rome",
        "i fly to tokyo every monday",  # a habit, not the coming monday's trip
    ],
)
def test_no_trip_from_others_questions_or_outings(text: str) -> None:
    assert not [f for f in mine(text, ("plans",)) if "trip" in f[2]], f"{text!r}: {facts(text)}"


# -- appointments, exams, deadlines and events of one's own ---------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("I have an exam on Monday.", "exam (2025-03-17)"),
        ("i've got a dentist appointment tomorrow", "dentist appointment (2025-03-13)"),
        ("btw i have a job interview on thursday", "job interview (2025-03-13)"),
        ("I have a doctor's appointment next week.", "doctor appointment (week of 2025-03-17)"),
        ("my chemistry midterm is next wednesday", "chemistry midterm (2025-03-19)"),
        ("My essay is due on Friday.", "essay due (2025-03-14)"),
        ("i have a deadline on the 20th", "deadline (2025-03-20)"),
        ("our wedding is in august", "wedding (august 2025)"),
        ("the conference is next week", "conference (week of 2025-03-17)"),
        ("We're getting married in October.", "wedding (october 2025)"),
        ("i'm having surgery on monday", "surgery (2025-03-17)"),
        ("My dissertation is due in two weeks.", "dissertation due (2025-03-26)"),
    ],
)
def test_something_booked_or_due_is_a_dated_plan(text: str, value: str) -> None:
    _check(text, "plans", value)


@pytest.mark.parametrize(
    "text",
    [
        "can you remind me about my exam on monday",  # a request to the assistant
        "how do i prepare for an exam?",
        "my son has an exam on monday",
        "when is the conference?",
        "i had an exam yesterday",
        "my sister's wedding is in june",  # a relative's event
        "our son's recital is on friday",
    ],
)
def test_no_appointment_from_requests_questions_or_others(text: str) -> None:
    said = [f for f in mine(text, ("plans",)) if any(w in f[2] for w in ("exam", "conference", "wedding", "recital"))]
    assert not said, facts(text)


def test_a_trip_not_named_as_a_place_is_not_given_up() -> None:
    assert not mine("i'm not going to lie anymore", ("plans",))


def test_getting_married_keeps_engaged_beside_the_wedding() -> None:
    assert has("I'm getting married in October.", "relationship_status", "engaged")


# -- training for an event, a child on the way ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("I'm training for a marathon in April.", "marathon (april 2025)"),
        ("im training for a half marathon", "half marathon"),
        ("also i'm training for the chicago marathon", "chicago marathon"),
        ("i signed up for a triathlon in june", "triathlon (june 2025)"),
        ("i'm running a half marathon in october", "half marathon (october 2025)"),
        ("We're expecting our second child in September.", "expecting a baby (september 2025)"),
        ("we're expecting a baby in june", "expecting a baby (june 2025)"),
        ("my wife is pregnant, due in august", "expecting a baby (august 2025)"),
    ],
)
def test_training_and_a_child_on_the_way_are_plans(text: str, value: str) -> None:
    _check(text, "plans", value)


@pytest.mark.parametrize(
    "text",
    [
        "my neighbor is training for a marathon",
        "i'm training my dog",
        "are you expecting a baby?",
        "i'm expecting a call from my boss",
    ],
)
def test_no_training_or_baby_plan_from_others(text: str) -> None:
    assert not [f for f in mine(text, ("plans",)) if "marathon" in f[2] or "baby" in f[2]], facts(text)


# -- changes: cancelled, moved, not going after all --------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("the trip is cancelled", "trip"),
        ("our vacation got cancelled", "vacation"),
        ("we had to cancel our honeymoon", "honeymoon"),
        ("My interview was called off.", "interview"),
        ("I'm not flying to Oslo anymore.", "trip to oslo"),
    ],
)
def test_a_cancellation_negates_the_plan(text: str, value: str) -> None:
    _check(text, "plans", value, negated=True)


@pytest.fixture
def mem(tmp_path):  # type: ignore[no-untyped-def]
    m = Spectron(path=str(tmp_path / "db"))
    yield m
    m.close()


def test_a_new_birthday_replaces_the_old_one(mem) -> None:  # type: ignore[no-untyped-def]
    check_supersession(mem, "my birthday is on april 9", "Actually my bday is May 2nd.", "birthday", "april", "may")


def test_a_birth_date_replaces_a_birthday_said_before(mem) -> None:  # type: ignore[no-untyped-def]
    check_supersession(mem, "My birthday is in November.", "i was born on june 5 1990", "birthday", "nov", "june")


def test_trips_accumulate(mem) -> None:  # type: ignore[no-untyped-def]
    mem.remember("i'm flying to oslo next week", scope=ALICE_SCOPE, observed_at=NOW)
    mem.remember("I have a dentist appointment on Friday.", scope=ALICE_SCOPE, observed_at=NOW + timedelta(days=1))
    shown = profile_values(mem, "plans", ALICE_SCOPE)
    assert any("oslo" in v for v in shown) and any("dentist" in v for v in shown), shown


def test_a_cancelled_trip_closes_only_the_trip(mem) -> None:  # type: ignore[no-untyped-def]
    mem.remember("we're going to Lisbon for our honeymoon in May", scope=ALICE_SCOPE, observed_at=NOW)
    mem.remember("i have an exam on monday", scope=ALICE_SCOPE, observed_at=NOW)
    mem.remember("ugh the trip got cancelled", scope=ALICE_SCOPE, observed_at=NOW + timedelta(days=2))
    shown = profile_values(mem, "plans", ALICE_SCOPE)
    assert not any("lisbon" in v for v in shown) and any("exam" in v for v in shown), shown
    chain = mem.history(SPEAKER, "plans", scope=ALICE_SCOPE)
    assert any("lisbon" in v.value.casefold() and v.valid_until is not None for v in chain)


def test_not_going_after_all_closes_the_trip(mem) -> None:  # type: ignore[no-untyped-def]
    mem.remember("I'm flying to Tokyo next week.", scope=ALICE_SCOPE, observed_at=NOW)
    mem.remember("i'm not going to tokyo after all", scope=ALICE_SCOPE, observed_at=NOW + timedelta(days=1))
    assert not any("tokyo" in v for v in profile_values(mem, "plans", ALICE_SCOPE))


def test_a_moved_wedding_keeps_only_the_new_date(mem) -> None:  # type: ignore[no-untyped-def]
    mem.remember("our wedding is in june", scope=ALICE_SCOPE, observed_at=NOW)
    mem.remember("we pushed the wedding to october", scope=ALICE_SCOPE, observed_at=NOW + timedelta(days=3))
    shown = [v for v in profile_values(mem, "plans", ALICE_SCOPE) if "wedding" in v]
    assert shown == ["wedding (october 2025)"], shown
    chain = mem.history(SPEAKER, "plans", scope=ALICE_SCOPE)
    assert any("june" in v.value and v.valid_until is not None for v in chain)


@pytest.mark.parametrize("text", ["i have an exam in 99999999 days", "i'm flying to tokyo in 99999999 weeks"])
def test_a_count_past_the_calendar_keeps_the_plan_undated(text: str) -> None:
    facts(text)  # (raised OverflowError out of the extractor)
    assert not any(k == "plans" and "(" in v for _, k, v, _ in facts(text)), facts(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("visiting my grandparents in leeds over christmas", "visit grandparents in leeds"),
        ("training for a half marathon in october", "half marathon"),
        ("flying out to denver next week", "trip to denver"),
        ("heading to Porto on the 12th", "trip to porto"),
    ],
)
def test_a_plan_said_without_its_i_am(text: str, word: str) -> None:
    assert any(f[1] == "plans" and word in f[2].lower() and not f[3] for f in mine(text)), mine(text)


@pytest.mark.parametrize("text", ["flying is my worst fear", "off to bed now", "my brother is flying to oslo friday"])
def test_no_plan_of_the_speakers_without_the_frame(text: str) -> None:
    assert not mine(text, ("plans",), current=True), mine(text)
