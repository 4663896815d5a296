"""Schooling said in ordinary first-person chat (``spectron_core/_extract/_school.py``): the school one is in, said
through a graduation still to come, through something done there or through a grade said as a word; a school one
went to (history: ``education``); a change of school. Negatives beside each: questions, other people's schools,
wishes with no date and errands put no ``school`` on the speaker. The last part says an old school and then a new
one in other words through the public client: ``profile()`` shows only the new value and ``history()`` keeps both.
Every sentence was written for this file.
"""

from __future__ import annotations

import pytest

from spectron_core import Spectron
from tests.support import check_supersession, check_update_pair, facts, has, mine

SCHOOL_KEYS = ("school", "education", "role")


def _check(text: str, key: str, value: str) -> None:
    assert has(text, key, value), f"{text!r}: expected {key}~{value!r}, got {facts(text)}"


def _exact(text: str, key: str) -> list[str]:
    return [v for _, k, v, _ in mine(text, (key,), current=True) if k == key]


# -- a graduation still to come: the school one is in now ----------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("i will graduate from high school in three years", "high school"),
        ("I'll graduate from college next spring.", "college"),
        ("im gonna finish nursing school soon lol", "nursing school"),
        ("i'm graduating from law school in may", "law school"),
        ("so i will be graduating high school in a few months", "high school"),
        ("i cant wait to graduate middle school", "middle school"),
        ("i have not graduated high school yet", "high school"),
        ("i haven't even finished college yet , so no", "college"),
        ("i graduate from community college next year", "community college"),
        ("honestly i hope to finish grad school this year", "grad school"),
        ("i will graduate from Rutgers in two years", "Rutgers"),
    ],
)
def test_a_graduation_to_come_names_the_school_one_is_in(text: str, value: str) -> None:
    assert _exact(text, "school") == [value], facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "will you graduate from high school next year ?",
        "my sister will graduate from college in june",
        "i want to finish college someday",  # a wish with no date: perhaps a dropout's
        "i graduate in two years",  # no school named
        "i will finish work soon",
        "i am going to finish this book soon",
        "i never finished high school",  # not "yet": it did not happen
    ],
)
def test_no_current_school_from_a_question_another_person_a_wish_or_something_else_finished(text: str) -> None:
    assert [v for v in _exact(text, "school") if "not graduate" not in v] == [], facts(text)


def test_a_dated_wish_to_graduate_keeps_the_goal_too() -> None:
    text = "i want to graduate high school in two years"
    assert _exact(text, "school") == ["high school"]
    _check(text, "goals", "graduate high school")


def test_graduating_this_year_is_not_graduated_yet() -> None:
    assert _exact("yes i am graduating high school this year", "school") == ["high school"]


# -- something done at school ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("i'm on the swim team in high school", "high school"),
        ("i am on the debate team at my high school !", "high school"),
        ("Im in the marching band at Lincoln High School.", "Lincoln High School"),
        ("i am captain of the chess club at my middle school lol", "middle school"),
    ],
)
def test_something_done_at_school_names_it(text: str, value: str) -> None:
    assert _exact(text, "school") == [value], facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "my son is on the swim team in high school",
        "are you on a team at your school ?",
        "i am in a band at the bar downtown",
        "i was on the swim team in high school",
    ],
)
def test_no_school_from_another_persons_team_a_question_or_a_past_team(text: str) -> None:
    assert _exact(text, "school") == [], facts(text)


# -- a grade level: one form -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "i am in the third grade",
        "im in 3rd grade lol",
        "I'm only in third grade!",
        "i am in grade 3 now",
        "i'm a third grader",
        "currently in the 3rd grade haha",
    ],
)
def test_a_grade_said_as_a_word_or_an_ordinal_is_one_value(text: str) -> None:
    assert _exact(text, "school") == ["3rd grade"], facts(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("i will be in fourth grade soon", "3rd grade"),
        ("i'll be in 6th grade next year !", "5th grade"),
        ("i'm in eleventh grade", "11th grade"),
    ],
)
def test_a_grade_to_come_names_the_one_before_it(text: str, value: str) -> None:
    assert _exact(text, "school") == [value], facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "what grade are you in ?",
        "my daughter is in the third grade",
        "i will be in first grade soon",
        "i'll be in fifth grade",  # no time said: not soon enough to name the grade now
    ],
)
def test_no_grade_from_a_question_a_child_or_an_undated_future(text: str) -> None:
    assert _exact(text, "school") == [], facts(text)


# -- a school one went to: history ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("i went to vet school", "vet school"),
        ("I went to law school but never practiced.", "law school"),
        ("i went to college to be a nurse", "college to be a nurse"),
        ("i went to school to be a vet but i hated it", "school to be a vet"),
        ("i attended law school once", "law school"),
        ("i attended the university of iowa", "university of iowa"),
        ("i was going to college to become an engineer", "college to be an engineer"),
        ("i was studying chemistry when i met my husband", "chemistry"),
        ("i was majoring in history before i dropped out", "history"),
    ],
)
def test_a_school_one_went_to_is_education_not_a_current_school(text: str, value: str) -> None:
    assert value in _exact(text, "education"), facts(text)
    assert [v for v in _exact(text, "school") if "dropped" not in v] == [], facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "i went to school today",
        "i went to the university yesterday",
        "i went to a tiny school , lol",
        "did you go to vet school ?",
        "my brother went to law school",
        "i was studying for my finals all night",
        "i want to go to college",
    ],
)
def test_no_education_from_an_errand_a_question_someone_else_or_a_wish(text: str) -> None:
    assert mine(text, ("school", "education"), current=True) == [], facts(text)


def test_a_wish_to_go_to_college_is_a_goal() -> None:
    _check("i really want to go to college", "goals", "go to college")


def test_went_to_college_for_a_subject_keeps_the_subject() -> None:
    assert _exact("i went to college for biology but i work at a shop now", "education") == ["biology"]


# -- a change of school ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("i transferred to a state university last fall", "state university"),
        ("I just switched schools to a catholic high school.", "catholic high school"),
        ("i'm back in school", "school"),
        ("im back at college now lol", "college"),
        ("i went back to college this year", "college"),
        ("i quit college last year", "dropped out of college"),
        ("i quit high school when i was 16", "dropped out of high school"),
    ],
)
def test_a_change_of_school(text: str, value: str) -> None:
    assert _exact(text, "school") == [value], facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "i transferred to the night shift",
        "i transferred to boston for work",
        "i went back to school to study nursing",  # what is studied, read elsewhere
        "i quit school lunches",
        "my son transferred to a new high school",
    ],
)
def test_no_school_change_from_work_a_subject_or_someone_else(text: str) -> None:
    assert [v for v in _exact(text, "school")] == [], facts(text)


# -- update pairs: the profile shows the new school, history keeps both --------------------------------------------
@pytest.mark.parametrize(
    "old, new, old_word, new_word",
    [
        ("i'm in the third grade", "i am in 4th grade now", "3rd", "4th"),
        ("i will graduate from high school next year", "i just started college", "high", "college"),
        ("i am in college", "i transferred to a state university", "college", "state university"),
        ("i am homeschooled", "i'm back in school now", "homeschool", "school"),
        ("im in middle school", "i will be graduating from high school in three years", "middle", "high school"),
    ],
)
def test_a_new_school_supersedes_the_old(old: str, new: str, old_word: str, new_word: str, mem: Spectron) -> None:
    check_supersession(mem, old, new, "school", old_word, new_word)


@pytest.mark.parametrize(
    "old, new, value, old_value",
    [
        ("i'm on the track team in high school", "i graduated high school last month", "graduated", "high school"),
        ("i have not graduated high school yet", "i quit high school", "dropped out", "high school"),
    ],
)
def test_leaving_the_school_one_is_in_ends_it(old: str, new: str, value: str, old_value: str, mem: Spectron) -> None:
    check_update_pair(mem, old, new, "school", value, old_value)


def test_a_past_school_does_not_end_the_current_one(mem: Spectron) -> None:
    from tests.support import ALICE_SCOPE, at, profile_values

    mem.remember("i'm in nursing school", scope=ALICE_SCOPE, observed_at=at(0))
    mem.remember("i went to art school years ago", scope=ALICE_SCOPE, observed_at=at(1))
    assert profile_values(mem, "school") == ["nursing school"]
    assert "art school" in profile_values(mem, "education")


# -- a degree held: what was studied, not a possession ----------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("i already have a finance degree from a state school", "finance"),
        ("I hold a master's in economics.", "economics"),
        ("i have a chemistry degree and a cat", "chemistry"),
        ("i've got a bachelors in art history lol", "art history"),
    ],
)
def test_a_degree_held_is_education(text: str, value: str) -> None:
    assert value in _exact(text, "education"), facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "i have a third degree burn on my arm",
        "do you have a law degree ?",
        "my husband has a nursing degree",
        "i don't have a nursing degree",
    ],
)
def test_no_degree_from_a_burn_a_question_someone_else_or_a_negation(text: str) -> None:
    assert _exact(text, "education") == [], facts(text)
