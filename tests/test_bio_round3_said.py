"""Single-valued facts about the speaker, third round: a US state said by its postal code, a school gone to by its
name or kind, and a home said as the dwelling one is in.

- A home or hometown said as a two-letter state code in chat ("we live in pa", "i'm from nm") is the state's
  name, so that "pa" and "pennsylvania" are one value and recall finds it by the name. Codes that are also common
  words or other places ("la", "me", "in", "hi", "oh", "ok") are left as said.
- A school gone to by its name ("i go to ohio state", "i attend Boston College") or being in a kind of school ("i'm
  in vet school now") is the ``school`` (it was a like, or nothing); a plan ("going to ohio state next fall"), a
  game ("ohio state games") or someone else's school is not.
- "i'm in a small apartment" names the home by the dwelling, as "i'm in a small town" did by the kind of place.

The sentences are written for these tests (none is taken from a benchmark).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.support import ALICE_SCOPE, at, check_supersession, has, mine, profile_values


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


# -- a past job said as a service, a field or years spent ------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "job"),
    [
        ("I am ex military.", "military"),
        ("i used to be in the army", "army"),
        ("I retired from teaching last spring.", "teacher"),
        ("i used to work in construction", "construction"),
        ("i spent ten years in human services", "human services"),
        ("I spent ten years as a paramedic.", "paramedic"),
        ("spent 20 years working as a mechanic", "mechanic"),
        ("i spent a decade working in retail", "retail"),
    ],
)
def test_a_past_job_is_closed_as_the_role(text: str, job: str) -> None:
    assert has(text, "role", job, negated=True), mine(text)
    assert not has(text, "role", job) and not has(text, "employer", job), mine(text)


@pytest.mark.parametrize(
    "text",
    [
        "i spent ten years in ohio",
        "I spent years in the city.",
        "i was never in the army",
        "do you spend years in the navy?",
        "i've spent ten years as a nurse and love it",
        "i used to work at walmart",
    ],
)
def test_no_past_role_is_read_where_no_past_job_is_said(text: str) -> None:
    assert mine(text, ("role",)) == [], mine(text)


def test_a_past_job_closes_the_same_current_role_only(mem: Any) -> None:
    mem.remember("I'm a paramedic.", scope=ALICE_SCOPE, observed_at=at(0))
    mem.remember("i spent ten years as a paramedic", scope=ALICE_SCOPE, observed_at=at(1))
    assert profile_values(mem, "role") == [], profile_values(mem, "role")
    mem.remember("I work as a librarian.", scope=ALICE_SCOPE, observed_at=at(2))
    mem.remember("I am ex military.", scope=ALICE_SCOPE, observed_at=at(3))
    assert profile_values(mem, "role") == ["librarian"], profile_values(mem, "role")
