"""Single-valued facts about the speaker, third round: a past job kept as the past, and a US state said by its
postal code.

- A job said as the past ("i used to be a nurse", "an ex cop", "i was a teacher for 20 years", "i retired from
  teaching") still closes the current ``role`` when it names it, and is now also kept as ``previous_role`` (a
  past workplace as ``previous_employer``): before, the closed value named nothing current and the fact was lost,
  so neither recall nor ``profile()`` could say what the speaker used to do. A denial ("i am not a nurse", "i was
  never a cop") is no past job, nor is someone else's ("my mom used to be a nurse").
- A home or hometown said as a two-letter state code in chat ("we live in pa", "i'm from nm") is the state's
  name, so that "pa" and "pennsylvania" are one value and recall finds it by the name. Codes that are also common
  words or other places ("la", "me", "in", "hi", "oh", "ok") are left as said.

The sentences are written for these tests (none is taken from a benchmark).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.support import ALICE_SCOPE, SPEAKER, at, check_supersession, has, mine, profile_values


# -- a past job ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "job"),
    [
        ("I used to be a nurse.", "nurse"),
        ("i used to be a plumber lol", "plumber"),
        ("i use to be a bus driver", "bus driver"),
        ("i was a teacher for 20 years", "teacher"),
        ("I was a cop before I had kids.", "cop"),
        ("I'm a former firefighter.", "firefighter"),
        ("im an ex cop", "cop"),
        ("i am a retired teacher", "teacher"),
        ("i retired as a gym teacher last year", "gym teacher"),
        ("I'm no longer a teacher.", "teacher"),
        ("i'm not a nurse anymore", "nurse"),
        ("i quit my job as a nurse", "nurse"),
        ("i worked as a welder for ten years", "welder"),
    ],
)
def test_a_past_job_is_kept_as_the_previous_role(text: str, job: str) -> None:
    assert has(text, "previous_role", job), mine(text)
    assert not mine(text, ("role",), current=True) or not has(text, "role", job), mine(text)


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("I am ex military.", "military"),
        ("i'm an ex marine", "marine"),
        ("i used to be in the army", "army"),
        ("I was in the Navy for four years.", "navy"),
        ("i retired from the air force", "air force"),
    ],
)
def test_a_past_service_in_the_forces_is_a_previous_role(text: str, service: str) -> None:
    assert has(text, "previous_role", service), mine(text)


@pytest.mark.parametrize(
    ("text", "job"),
    [
        ("I spent ten years as a paramedic.", "paramedic"),
        ("i spent a decade working in retail", "retail"),
        ("spent 20 years working as a mechanic", "mechanic"),
        ("i used to work in construction", "construction"),
        ("I retired from teaching last spring.", "teach"),
        ("i spent ten years in human services", "human services"),
        ("I spent 20 years in the Navy.", "navy"),
    ],
)
def test_years_spent_in_a_trade_or_a_field_are_a_previous_role(text: str, job: str) -> None:
    assert has(text, "previous_role", job), mine(text)


def test_years_spent_working_somewhere_are_no_current_job() -> None:
    text = "i spent a long time working in sales, it was dull"
    assert has(text, "previous_role", "sales"), mine(text)
    assert mine(text, ("employer", "role"), current=True) == [], mine(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("I used to work at Walmart.", "walmart"),
        ("i left my job at the bank", "bank"),
        ("i worked at Target for years", "target"),
    ],
)
def test_a_past_workplace_is_a_previous_employer(text: str, place: str) -> None:
    assert has(text, "previous_employer", place), mine(text)
    assert not has(text, "previous_role", place), mine(text)


@pytest.mark.parametrize(
    "text",
    [
        "i am not a nurse",
        "I was never a cop.",
        "i'm not a teacher, i just like kids",
        "my mom used to be a nurse",
        "My husband is a former marine.",
        "were you ever a teacher?",
        "i want to be a nurse one day",
        "I'm a nurse.",
        "i work at the bank",
        "i used to live in ohio",
        "i used to be married",
        "i spent ten years in ohio",
        "I spent years in the city.",
        "we spent a week in the army surplus store",
        "i left the family farm when i was eighteen",
        "I left the bakery early today.",
        "i worked on my family farm as a kid",
        "when i was little i used to work in my dad's shop",
    ],
)
def test_no_past_job_is_read_where_none_is_said(text: str) -> None:
    assert mine(text, ("previous_role", "previous_employer")) == [], mine(text)


def test_a_change_said_whole_closes_the_old_job_and_keeps_it_in_history_only(mem: Any) -> None:
    mem.remember("I'm a nurse.", scope=ALICE_SCOPE, observed_at=at(0))
    mem.remember("i used to be a nurse, now i teach math", scope=ALICE_SCOPE, observed_at=at(1))
    assert not any("nurse" in v for v in profile_values(mem, "role")), profile_values(mem, "role")
    assert any("teach" in v for v in profile_values(mem, "role")), profile_values(mem, "role")
    assert profile_values(mem, "previous_role") == [], profile_values(mem, "previous_role")
    chain = mem.history(SPEAKER, "role", scope=ALICE_SCOPE)
    assert any("nurse" in r.value and r.valid_until is not None for r in chain), [
        (r.value, r.valid_until) for r in chain
    ]


@pytest.mark.parametrize(
    "text",
    [
        "I left teaching and now I'm a software developer.",
        "i quit the bakery and joined a startup",
        "I retired from the post office in May.",
        "i was fired from my job at the diner",
        "i used to be a cook but now i drive a truck",
    ],
)
def test_a_change_said_whole_gives_no_past_job(text: str) -> None:
    assert mine(text, ("previous_role", "previous_employer")) == [], mine(text)


def test_past_jobs_accumulate(mem: Any) -> None:
    mem.remember("i used to be a cook", scope=ALICE_SCOPE, observed_at=at(0))
    mem.remember("I am ex military.", scope=ALICE_SCOPE, observed_at=at(1))
    shown = profile_values(mem, "previous_role")
    assert any("cook" in v for v in shown) and any("military" in v for v in shown), shown


def test_a_past_job_said_alone_does_not_end_a_different_current_job(mem: Any) -> None:
    mem.remember("I work as a pharmacist.", scope=ALICE_SCOPE, observed_at=at(0))
    mem.remember("i was a waiter in college", scope=ALICE_SCOPE, observed_at=at(1))
    assert any("pharmacist" in v for v in profile_values(mem, "role")), profile_values(mem, "role")
    assert any("waiter" in v for v in profile_values(mem, "previous_role")), profile_values(mem, "previous_role")


def test_the_past_job_is_recalled_as_the_past(mem: Any) -> None:
    for text in ("i used to be a firefighter", "I have two cats.", "I live in Leeds."):
        mem.remember(text, scope=ALICE_SCOPE, observed_at=at(0))
    for question in ("What job did I have before?", "what was my old job"):
        items = mem.recall(question, scope=ALICE_SCOPE).items
        assert items and items[0].key == "previous_role", [(i.key, i.text) for i in items[:3]]
        assert "firefighter" in (items[0].value or ""), items[0]
    assert profile_values(mem, "role") == [], profile_values(mem, "role")


# -- a state said by its postal code -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "key", "state"),
    [
        ("we live in pa", "home", "pennsylvania"),
        ("I live in NJ.", "home", "new jersey"),
        ("i just moved to tx", "home", "texas"),
        ("my husband and i live in nc now", "home", "north carolina"),
        ("i'm from nm", "hometown", "new mexico"),
        ("I grew up in GA.", "hometown", "georgia"),
    ],
)
def test_a_state_said_by_its_code_is_the_state(text: str, key: str, state: str) -> None:
    assert has(text, key, state), mine(text)


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        ("i live in la", "home", "la"),
        ("we live in ohio", "home", "ohio"),
        ("i live in philly", "home", "philly"),
    ],
)
def test_a_code_that_is_also_another_place_or_a_name_is_left_as_said(text: str, key: str, value: str) -> None:
    assert [f[2].casefold() for f in mine(text, (key,))] == [value], mine(text)


@pytest.mark.parametrize("text", ["my pa lives in ohio", "i like pa a lot", "do you live in pa?"])
def test_no_state_is_read_from_a_code_said_otherwise(text: str) -> None:
    assert not has(text, "home", "pennsylvania"), mine(text)


def test_a_move_to_a_state_said_by_its_code_supersedes(mem: Any) -> None:
    check_supersession(mem, "I live in Ohio.", "we just moved to pa", "home", "ohio", "pennsylvania")


def test_the_code_and_the_name_are_one_home(mem: Any) -> None:
    mem.remember("i live in pa", scope=ALICE_SCOPE, observed_at=at(0))
    mem.remember("I live in Pennsylvania.", scope=ALICE_SCOPE, observed_at=at(1))
    assert profile_values(mem, "home") == ["pennsylvania"], profile_values(mem, "home")


# -- a school named by its kind or by a university's name ------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("i go to ohio state", "ohio state"),
        ("I go to Ohio State now.", "ohio state"),
        ("I attend Boston College.", "boston college"),
        ("im going to georgia tech now", "georgia tech"),
        ("i attend a state university", "state university"),
        ("i'm in vet school", "vet school"),
        ("I am in business school right now.", "business school"),
        ("im in beauty school lol", "beauty school"),
    ],
)
def test_a_school_gone_to_is_the_school(text: str, school: str) -> None:
    assert has(text, "school", school), mine(text)
    assert mine(text, ("likes", "hobbies", "plans")) == [], mine(text)


@pytest.mark.parametrize(
    "text",
    [
        "i go to the state fair every year",
        "we go to ohio state games on saturdays",
        "do you go to ohio state?",
        "i want to go to ohio state",
        "i never went to vet school",
        "my son is in vet school",
        "i go to church on sundays",
        "i'm going to ohio state next fall",
    ],
)
def test_no_school_of_the_speaker_is_read_where_none_is_attended(text: str) -> None:
    assert mine(text, ("school",), current=True) == [], mine(text)


def test_a_new_school_supersedes(mem: Any) -> None:
    check_supersession(mem, "i go to ohio state", "I transferred, I'm in vet school now.", "school", "ohio", "vet")


# -- a home said as the kind of dwelling one is in -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "dwelling"),
    [
        ("i'm in a small apartment", "apartment"),
        ("I am in a tiny studio flat now.", "flat"),
        ("im in a 2 bedroom condo", "condo"),
        ("We're in a rented flat.", "flat"),
    ],
)
def test_a_dwelling_one_is_in_is_the_home(text: str, dwelling: str) -> None:
    assert has(text, "home", dwelling), mine(text)


@pytest.mark.parametrize(
    "text",
    [
        "i am in a meeting",
        "i'm in the house",
        "my sister is in a small apartment",
        "i am in an apartment complex parking lot",
        "are you in an apartment?",
    ],
)
def test_no_dwelling_is_read_where_none_is_lived_in(text: str) -> None:
    assert mine(text, ("home",), current=True) == [], mine(text)


def test_a_move_from_a_named_place_to_a_dwelling_supersedes(mem: Any) -> None:
    check_supersession(
        mem, "i live in a house in the suburbs", "I'm in a small apartment now.", "home", "suburbs", "apartment"
    )
