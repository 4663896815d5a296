"""A job or a study that changed, said without "i work at X" / "i am a Y" (``_career``): being at an organisation now,
a role said by what one runs or manages, a promotion or a new title, a return to work or out of retirement, a study
finished, left or begun, and a university started at (read as the school).

Each construction is said in several spellings (lower-case chat, edited text, contractions, a time phrase, a lead
such as "btw" or "i think"), with negatives beside it: questions, someone else's change, plans and wishes, being
somewhere right now, and a past that is history. ``role``, ``employer`` and ``school`` hold one value: each change
is tested as an update pair (the profile shows only the new value, the history keeps both). Every sentence was
written for this file.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from spectron_core import Spectron
from tests.support import ALICE_SCOPE, SPEAKER, at, check_supersession, facts, has, mine, profile_values
from tests.support import expect as _check
from tests.support import expect_none as _none

NOW = datetime(2025, 6, 2, 10, 0, tzinfo=timezone.utc)


# -- an organisation one is at now ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("i'm at microsoft now", "microsoft"),
        ("im at stripe now lol", "stripe"),
        ("btw i'm at acme corp now", "acme corp"),
        ("These days I'm with Deloitte.", "deloitte"),
        ("nowadays i am at shopify", "shopify"),
        ("these days i'm with a consultancy", "consultancy"),
        ("i've been at google since march", "google"),
        ("I have been with Initech for two years.", "initech"),
        ("i think i'm at netflix now", "netflix"),
        ("I'm at Amazon now, been there since January.", "amazon"),
    ],
)
def test_an_organisation_one_is_at_now_is_the_employer(text: str, value: str) -> None:
    _check(text, "employer", value)


@pytest.mark.parametrize(
    "text",
    [
        "i'm at the gym now",
        "i'm at home now",
        "im at lunch now",
        "i'm at peace now",
        "i'm at a loss now",
        "i'm with friends now",
        "im with my mom now",
        "i'm with verizon now",  # (a provider or a person as likely as an employer)
        "i'm at chapter 5 now",
        "i am at stripe",  # (no cue that it lasts)
        "my wife is at google now",
        "are you at microsoft now?",
        "i have been at home since monday",
    ],
)
def test_being_somewhere_else_or_someone_else_names_no_employer(text: str) -> None:
    _none(text, "employer")


@pytest.mark.parametrize(
    "text", ["i just started at ohio state", "i'm at Michigan State now", "i just started at boston college"]
)
def test_a_university_started_at_is_the_school(text: str) -> None:
    assert mine(text, ("school",), current=True), f"{text!r}: no school in {facts(text)}"
    _none(text, "employer")


# -- a role said by what one runs or manages --------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("these days i manage the cafe instead of pulling shots", "cafe manager"),
        ("i run the night desk now", "night desk manager"),
        ("I manage a team of six these days.", "manager"),
        ("now i lead a team of four", "team lead"),
        ("also i supervise the warehouse now", "warehouse supervisor"),
    ],
)
def test_what_one_runs_names_the_role(text: str, value: str) -> None:
    _check(text, "role", value)
    assert "running" not in str(mine(text, ("hobbies",))), facts(text)


@pytest.mark.parametrize(
    "text",
    ["my boss runs the night desk now", "i used to manage a team of six", "do you manage a team?", "i run a marathon"],
)
def test_someone_else_or_the_past_runs_nothing(text: str) -> None:
    _none(text, "role")


# -- promotions and titles --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("they made me team lead", "team lead"),
        ("my boss just made me a shift supervisor", "shift supervisor"),
        ("I was promoted to manager last week.", "manager"),
        ("i finally got promoted to senior engineer", "senior engineer"),
        ("i'm now head of sales", "head of sales"),
        ("I am the new director of marketing.", "director of marketing"),
        ("btw they made me head of product", "head of product"),
    ],
)
def test_a_promotion_or_a_title_is_the_role(text: str, value: str) -> None:
    _check(text, "role", value)


@pytest.mark.parametrize(
    "text",
    [
        "my husband got promoted to manager",
        "i hope they make me team lead",
        "if i got promoted to manager i'd be thrilled",
        "did you get promoted?",
        "she made me cry",
        "they made me an offer",
    ],
)
def test_no_promotion_of_the_speaker(text: str) -> None:
    _none(text, "role")


# -- back to work, out of retirement ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("i went back to work full time as an accountant", "accountant"),
        ("I came out of retirement to consult part time.", "consultant"),
        ("i came out of retirement to teach", "teacher"),
        ("i just went back to work as a nurse", "nurse"),
        ("i went back to teaching last year", "teacher"),
        ("so i got back into nursing", "nurse"),
    ],
)
def test_a_return_to_work_with_a_job_names_the_role(text: str, value: str) -> None:
    _check(text, "role", value)


@pytest.mark.parametrize("text", ["i'm back at work now", "i went back to work last month", "i returned to work"])
def test_a_return_to_work_ends_no_work(text: str) -> None:
    _check(text, "role", "retired", negated=True)
    _check(text, "role", "unemployed", negated=True)
    _none(text, "role")


@pytest.mark.parametrize(
    "text",
    [
        "my dad went back to work",
        "i might go back to work",
        "should i go back to work?",
        "i'm going back to work next month",
        "i want to go back to teaching",
    ],
)
def test_no_return_of_the_speaker(text: str) -> None:
    assert not mine(text, ("role",)), facts(text)


# -- study finished, left, begun -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "i graduated from ucla in june",
        "I graduated from college last month.",
        "i finished my phd and started a postdoc",
        "i dropped out of my master's program",
        "i just dropped out of grad school",
        "i left my phd program",
        "i quit my masters program last week",
        "i finally got my bachelor's",
    ],
)
def test_a_study_finished_or_left_ends_the_student_role(text: str) -> None:
    _check(text, "role", "student", negated=True)


@pytest.mark.parametrize(
    "text",
    [
        "i graduated high school in 2009",
        "i graduated from yale in 2011",
        "i graduated from college ten years ago",
        "my son graduated from college",
        "i might drop out of grad school",
    ],
)
def test_an_old_or_another_graduation_ends_no_student_role(text: str) -> None:
    assert not has(text, "role", "student", negated=True), facts(text)


@pytest.mark.parametrize("text", ["i was at ibm for ten years before this", "I was at IBM before this."])
def test_a_past_employer_told_as_history_is_no_longer_the_employer(text: str) -> None:
    _check(text, "employer", "ibm", negated=True)
    _none(text, "employer")


@pytest.mark.parametrize(
    "text", ["i was at the hospital for hours before this", "i was with my ex for ten years before this"]
)
def test_a_place_or_a_person_before_this_is_no_employer(text: str) -> None:
    assert not mine(text, ("employer",)), facts(text)


def test_a_program_left_is_no_job_and_no_like() -> None:
    assert not mine("i left my phd program", ("employer",)), facts("i left my phd program")
    assert not mine("i quit my masters program last week", ("likes",)), facts("i quit my masters program last week")


def test_a_postdoc_and_a_masters_started() -> None:
    _check("i finished my phd and started a postdoc", "role", "postdoctoral researcher")
    _check("i finished my phd and started a postdoc", "education", "phd")
    _none("i finished my phd and started a postdoc", "hobbies")
    _check("i just started my masters", "school", "grad school")
    _none("i just started my masters", "hobbies")
    _check("i dropped out of my master's program", "school", "dropped out of master's program")


# -- update pairs: the profile holds only the new value, the history both ---------------------------------------
@pytest.mark.parametrize(
    "old, new, old_word, new_word",
    [
        ("i work at google", "i've been at microsoft since the spring", "google", "microsoft"),
        ("I work for Initech.", "These days I'm with Deloitte Digital.", "initech", "deloitte digital"),
        ("i work at a bank", "ive been at stripe since april", "bank", "stripe"),
        ("i work at IBM", "I was at IBM for ten years before this, now I'm at Red Hat", "ibm", "red hat"),
    ],
)
def test_a_new_organisation_supersedes_the_employer(tmp_path, old: str, new: str, old_word: str, new_word: str) -> None:  # type: ignore[no-untyped-def]
    check_supersession(Spectron(path=str(tmp_path / "s")), old, new, "employer", old_word, new_word, when=NOW)


@pytest.mark.parametrize(
    "old, new, old_word, new_word",
    [
        ("i am a barista", "these days i manage the cafe instead of pulling shots", "barista", "manager"),
        ("i'm a software engineer", "they made me team lead", "engineer", "lead"),
        ("i work as a sales rep", "i'm now head of sales", "rep", "head of sales"),
        ("i am a cashier", "I was promoted to manager last week.", "cashier", "manager"),
        ("i am retired", "i came out of retirement to consult part time", "retired", "consultant"),
        ("i'm unemployed", "i went back to work full time as an accountant", "unemployed", "accountant"),
        ("i am a grad student", "i finished my phd and started a postdoc", "student", "postdoc"),
        ("i'm a bartender", "i went back to teaching last year", "bartender", "teacher"),
    ],
)
def test_a_new_role_supersedes_the_old(tmp_path, old: str, new: str, old_word: str, new_word: str) -> None:  # type: ignore[no-untyped-def]
    check_supersession(Spectron(path=str(tmp_path / "s")), old, new, "role", old_word, new_word, when=NOW)


@pytest.mark.parametrize(
    "old, new, old_word",
    [
        ("i am retired", "i went back to work last month", "retired"),
        ("i'm retired", "i'm no longer retired, i work at a hospital now", "retired"),
        ("im retired", "i am not retired anymore lol", "retired"),
        ("i'm unemployed right now", "im back at work now", "unemployed"),
        ("i am a college student", "i graduated from ucla in june", "student"),
        ("i'm a grad student", "i dropped out of my master's program", "student"),
    ],
)
def test_a_change_without_a_new_job_closes_the_old_role(tmp_path, old: str, new: str, old_word: str) -> None:  # type: ignore[no-untyped-def]
    mem = Spectron(path=str(tmp_path / "s"))
    mem.remember(old, scope=ALICE_SCOPE, observed_at=at(0))
    assert any(old_word in v for v in profile_values(mem, "role")), f"{old!r} gave no role"
    mem.remember(new, scope=ALICE_SCOPE, observed_at=at(1))
    assert not any(old_word in v for v in profile_values(mem, "role")), profile_values(mem, "role")
    chain = mem.history(SPEAKER, "role", scope=ALICE_SCOPE)
    assert any(old_word in v.value and v.valid_until is not None for v in chain), [v.value for v in chain]


def test_an_old_graduation_leaves_a_student_role_said_before(tmp_path) -> None:  # type: ignore[no-untyped-def]
    mem = Spectron(path=str(tmp_path / "s"))
    mem.remember("i'm a grad student", scope=ALICE_SCOPE, observed_at=at(0))
    mem.remember("i graduated high school in 2009", scope=ALICE_SCOPE, observed_at=at(1))
    assert any("student" in v for v in profile_values(mem, "role")), profile_values(mem, "role")


def test_a_new_university_supersedes_the_school(tmp_path) -> None:  # type: ignore[no-untyped-def]
    check_supersession(
        Spectron(path=str(tmp_path / "s")),
        "i go to community college",
        "i just started at ohio state",
        "school",
        "community",
        "ohio state",
        when=NOW,
    )


def test_being_at_a_place_now_said_bare_is_filed_as_a_doubt_not_a_change(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """ "i'm at costco now" may be shopping as well as a new job: it never supersedes an employer said plainly; the
    reconciler files the disagreement beside it."""
    mem = Spectron(path=str(tmp_path / "s"))
    scope = {"org": "acme", "user": "alice"}
    mem.remember("i work at google", scope=scope, observed_at=NOW)
    mem.remember("i'm at costco now", scope=scope, observed_at=NOW + timedelta(days=1))
    assert profile_values(mem, "employer") == ["google"]
    assert any("costco" in str(c).lower() for c in mem.profile(scope=scope).conflicts)


def test_being_with_someone_now_is_no_sure_employer(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """ "i'm with Sam now" is as likely a partner as a firm: it never supersedes an employer said plainly."""
    mem = Spectron(path=str(tmp_path / "s"))
    mem.remember("i work at a hospital", scope=ALICE_SCOPE, observed_at=NOW)
    mem.remember("i'm with Sam now", scope=ALICE_SCOPE, observed_at=NOW + timedelta(days=1))
    assert profile_values(mem, "employer") == ["hospital"]
