"""Jobs and schools said in other shapes: a transfer to a school said by its name alone ("to oregon", "to ohio
state"), a role said with where it is held ("my role on this build is …", "my position at the bank is …"), an
opening frame before "i work as" ("on this one i work as …"), a judgement inside the value ("my job is boring
grocery store"), a relationship status inside a major ("a married chemistry major"), a title held for a contest or a
cause that names no employer after "for" ("a gold medalist for the 400 meters"), and "as a <trade>" after a lone
". .".

Each construction is said in several spellings, with negatives beside it (someone else's, a question, a wish, a
hypothetical), and a workplace said as the second part of "i am …ing and working at X". The last part says an old value and then a new one in one of these shapes through the public client:
``profile()`` shows only the new value and ``history()`` keeps both. Every sentence was written for this file.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from spectron_core import Spectron
from tests.support import check_supersession, facts, has, mine

NOW = datetime(2025, 6, 2, 10, 0, tzinfo=timezone.utc)
KEYS = ("role", "employer", "education", "school", "relationship_status")


def _check(text: str, key: str, value: str) -> None:
    assert has(text, key, value), f"{text!r}: expected {key}~{value!r}, got {facts(text)}"


def _none(text: str, keys: tuple[str, ...] = KEYS) -> None:
    got = mine(text, keys, current=True)
    assert not got, f"{text!r}: expected nothing of {keys}, got {got}"


# -- a transfer to a school said by its name ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("i transferred to oregon state this fall", "oregon state"),
        ("I transferred to Iowa last spring.", "iowa"),
        ("i just transferred to penn state lol", "penn state"),
        ("i transferred to georgia tech , go jackets", "georgia tech"),
        ("well i transferred to kansas state in january", "kansas state"),
        ("i recently transferred to oregon", "oregon"),
    ],
)
def test_a_transfer_to_a_school_said_by_its_name(text: str, value: str) -> None:
    _check(text, "school", value)


@pytest.mark.parametrize(
    "text",
    [
        "i want to transfer to ohio state",
        "did you transfer to michigan state?",
        "my cousin transferred to iowa state",
        "i transferred to texas for my job",
        "i transferred to canada",
        "i transferred to the night shift",
        "i transferred to another branch",
        "if i transferred to penn state i would be broke",
        "i never transferred to michigan",
    ],
)
def test_no_school_from_other_transfers(text: str) -> None:
    _none(text, ("school",))


# -- a role said with where it is held ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, key, value",
    [
        ("my role on this build is lead engineer", "role", "lead engineer"),
        ("My role on the new build is project manager.", "role", "project manager"),
        ("my position at the bank is teller", "role", "teller"),
        ("my position at the bank is teller", "employer", "bank"),
        ("my job at the dental office is receptionist", "role", "receptionist"),
        ("my job at the dental office is receptionist", "employer", "dental office"),
        ("my role at acme is senior analyst", "employer", "acme"),
        ("my role right now is team lead", "role", "team lead"),
    ],
)
def test_a_role_said_with_where_it_is_held(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize(
    "text",
    [
        "my role in the family is the cook",
        "my role in the play is the villain",
        "is your role on the build lead engineer?",
        "her role at the bank is teller",
        "my brother's position at the bank is teller",
    ],
)
def test_no_job_from_other_roles(text: str) -> None:
    _none(text, ("role", "employer"))


# -- an opening frame before "i work as" -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("On this one I work as the lead designer.", "lead designer"),
        ("on this one i work as a nurse", "nurse"),
        ("in that one i work as a chef lol", "chef"),
        ("on this one i'm the project manager", "project manager"),
        ("these days i work as a tutor", "tutor"),
        ("for now i work as a cashier", "cashier"),
    ],
)
def test_a_frame_before_the_job(text: str, value: str) -> None:
    _check(text, "role", value)


@pytest.mark.parametrize(
    "text",
    [
        "on this one you work as the lead designer",
        "on this one he works as a nurse",
        "on this one i would work as a chef",
        "on this one do you work as a nurse?",
    ],
)
def test_no_job_after_a_frame_for_someone_else(text: str) -> None:
    _none(text, ("role",))


# -- a judgement inside the value --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, key, value",
    [
        ("my job is boring grocery store", "employer", "grocery store"),
        ("My job is a crappy warehouse.", "employer", "warehouse"),
        ("my job is boring cashier", "role", "cashier"),
        ("my job is stupid bakery haha", "employer", "bakery"),
    ],
)
def test_a_judgement_is_no_part_of_the_job(text: str, key: str, value: str) -> None:
    _check(text, key, value)
    assert not any(w in v for _, k, v, _ in mine(text, ("role", "employer")) for w in ("boring", "crappy", "stupid"))


@pytest.mark.parametrize(
    "text",
    [
        "my job is boring",
        "my job is a boring one",
        "my sister's job is boring grocery store",
        "is your job boring grocery store?",
    ],
)
def test_no_job_from_a_judgement_alone(text: str) -> None:
    _none(text, ("role", "employer"))


# -- a relationship status inside a major -----------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, status, field",
    [
        ("i am a married chemistry major", "married", "chemistry"),
        ("im a divorced history major at a state school", "divorced", "history"),
        ("I'm a single biology major.", "single", "biology"),
        ("i am a happily married physics major lol", "married", "physics"),
    ],
)
def test_a_status_inside_a_major(text: str, status: str, field: str) -> None:
    _check(text, "relationship_status", status)
    _check(text, "education", field)
    assert not any(status in v for _, _, v, _ in mine(text, ("education",)))


@pytest.mark.parametrize("text", ["my roommate is a married chemistry major", "are you a single biology major?"])
def test_no_status_or_major_for_someone_else(text: str) -> None:
    _none(text, ("relationship_status", "education"))


# -- titles that name no employer after "for" --------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "i am a gold medalist for the 400 meters",
        "i am a finalist for the teaching award",
        "im an activist for clean water",
        "i am a champion at the state fair",
    ],
)
def test_a_title_for_a_contest_or_cause_names_no_employer(text: str) -> None:
    _none(text, ("employer",))


@pytest.mark.parametrize(
    "text, value",
    [
        ("i am a nurse for the county", "county"),
        ("i'm a writer for a travel magazine", "travel magazine"),
        ("i am a driver for a moving company", "moving company"),
    ],
)
def test_a_trade_for_someone_still_names_the_employer(text: str, value: str) -> None:
    _check(text, "employer", value)


# -- "as a <trade>" after a lone ". ." -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("i tend the hives . . as a farmer !", "farmer"),
        ("i fix pipes all day . . . as a plumber", "plumber"),
        ("i am on my feet a lot ! ! as a waitress", "waitress"),
    ],
)
def test_a_trade_frame_after_a_lone_stop(text: str, value: str) -> None:
    _check(text, "role", value)


@pytest.mark.parametrize(
    "text",
    [
        "my dad tends the hives . . as a farmer",
        "i dressed up . . as a farmer",
        "i would love to see that band . . my favorite band",
    ],
)
def test_no_trade_or_taste_across_a_lone_stop(text: str) -> None:
    _none(text, ("role", "favorite_music", "likes"))


# -- a workplace as the second part of "i am …ing and working at X" -------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("i am renting in denver and working for a small bakery", "bakery"),
        ("I'm married and working at a hospital.", "hospital"),
        ("im 25 and working at a diner now", "diner"),
        ("i am saving up and working at the library lol", "library"),
    ],
)
def test_a_workplace_after_and_working(text: str, value: str) -> None:
    _check(text, "employer", value)


@pytest.mark.parametrize(
    "text",
    [
        "i am thinking of moving and working at a farm",
        "i would be living in denver and working at a bank",
        "my sister is married and working at a bank",
        "are you married and working at a hospital?",
        "i am sick of driving and working at the factory",
    ],
)
def test_no_workplace_from_other_and_working(text: str) -> None:
    _none(text, ("employer",))


# -- update pairs: the new value, said in one of these shapes, supersedes the old ---------------------------------
@pytest.mark.parametrize(
    "old, new, key, old_word, new_word",
    [
        ("i go to a community college", "i transferred to ohio state last spring", "school", "community", "ohio state"),
        ("i am at a state university", "i just transferred to georgia tech", "school", "state university", "georgia"),
        ("i work as a cashier", "my role on this build is lead engineer", "role", "cashier", "engineer"),
        ("i work at a bakery", "my position at the bank is teller", "employer", "bakery", "bank"),
        ("i work at the library", "my job is crappy grocery store", "employer", "library", "grocery"),
        ("i am a waiter", "On this one I work as the lead designer.", "role", "waiter", "designer"),
        ("i am a baker", "i keep goats . . as a farmer !", "role", "baker", "farmer"),
        ("i work at a bakery", "i am 40 and working at a hospital now", "employer", "bakery", "hospital"),
    ],
)
def test_update_pairs(tmp_path, old: str, new: str, key: str, old_word: str, new_word: str) -> None:
    check_supersession(Spectron(path=str(tmp_path / "store")), old, new, key, old_word, new_word, when=NOW)
