"""What one does for a living, said in more of the ways people say it in chat: why one works is no employer ("i
work to pay for school"), a job lost names the place it ended at, a layoff framing another clause is history, the
job said as a frame ("being a nurse, …"), by trade, by day, or as a bare label ("welder here", "mom of two,
teacher, runner").

Each construction is said in several spellings (lower-case chat, edited text, contractions, a time phrase), with
negatives beside it: questions, other people's jobs, wishes and negations put nothing on the speaker. Update pairs
say an old job, then a new one in other words, through the public client. Every sentence was written for this file.
"""

from __future__ import annotations

import pytest

from spectron_core import Spectron
from tests.support import check_supersession, facts, has, mine
from tests.support import expect as _check

WORK_KEYS = ("role", "employer")


# -- why one works is not whom one works for -------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "i work to pay off my student loans",
        "I work just to cover the rent.",
        "working now to put money aside for college",
        "im working for money, nothing more",
        "i work for the paycheck honestly",
        "i wait tables for extra money",
    ],
)
def test_a_purpose_is_no_employer(text: str) -> None:
    assert not mine(text, ("employer",)), mine(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("i work at the pharmacy to pay for college", "pharmacy"),
        ("I work in a diner to support my kids.", "diner"),
        ("i work for money at the car wash", "car wash"),
    ],
)
def test_the_workplace_before_a_purpose_is_kept(text: str, value: str) -> None:
    _check(text, "employer", value)


# -- a job lost ends the job it names; a layoff framing another clause is history --------------------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("i lost my job at the mill", "mill"),
        ("I lost my job at the garden centre last week.", "garden centre"),
        ("got laid off from the warehouse yesterday", "warehouse"),
        ("i was fired from my job at the diner", "diner"),
    ],
)
def test_a_job_lost_ends_the_place_it_names(text: str, place: str) -> None:
    _check(text, "employer", place, negated=True)
    assert not has(text, "employer", place), facts(text)  # (never also the place as a job held now)
    _check(text, "role", "unemployed")


@pytest.mark.parametrize(
    ("text", "place", "now"),
    [
        ("since i lost my job at the mill i have been driving for uber", "mill", "uber"),
        ("Since I was laid off from the factory, I've been working at a bakery.", "factory", "bakery"),
    ],
)
def test_a_framed_layoff_ends_its_job_and_says_nothing_of_now(text: str, place: str, now: str) -> None:
    _check(text, "employer", place, negated=True)
    _check(text, "employer", now)
    assert not has(text, "role", "unemployed"), facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "im broke because i got laid off",  # a cause, not a frame: out of work now
        "i got laid off last month, still looking",
    ],
)
def test_a_layoff_said_as_a_cause_is_being_out_of_work(text: str) -> None:
    _check(text, "role", "unemployed")


@pytest.mark.parametrize(
    "text",
    [
        "my brother lost his job at the mill",
        "did you lose your job at the bank?",
        "i didn't get fired from the diner",
    ],
)
def test_no_job_lost_for_another_person_a_question_or_a_near_miss(text: str) -> None:
    assert not [f for f in mine(text, WORK_KEYS) if f[2] in ("mill", "bank", "diner", "unemployed")], mine(text)


def test_a_job_almost_lost_is_still_held() -> None:
    _check("i almost lost my job at the mill", "employer", "mill")
    assert not has("i almost lost my job at the mill", "role", "unemployed")


LOST_UPDATES: list[tuple[str, str, str, str, str]] = [
    ("i work at the sawmill", "i lost my job at the sawmill, now i drive for uber", "employer", "sawmill", "uber"),
    (
        "I work at a call centre.",
        "since i got fired from the call centre i've been working at a bakery",
        "employer",
        "call centre",
        "bakery",
    ),
]


@pytest.mark.parametrize(("old", "new", "key", "old_word", "new_word"), LOST_UPDATES)
def test_a_lost_job_then_a_new_one_supersedes(
    tmp_path, old: str, new: str, key: str, old_word: str, new_word: str
) -> None:
    check_supersession(Spectron(path=str(tmp_path / "store")), old, new, key, old_word, new_word)


def test_a_job_lost_at_a_place_closes_it(tmp_path) -> None:
    mem = Spectron(path=str(tmp_path / "store"))
    from tests.support import ALICE_SCOPE, at, profile_values

    mem.remember("i work at the sawmill", scope=ALICE_SCOPE, observed_at=at(0))
    mem.remember("i lost my job at the sawmill", scope=ALICE_SCOPE, observed_at=at(1))
    assert profile_values(mem, "employer") == [] and profile_values(mem, "role") == ["unemployed"]


# -- the job as a frame: "being a <trade>" -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("being a paramedic, i never get a full night of sleep", "paramedic"),
        ("Being a line cook it's hard to eat at normal hours.", "line cook"),
        ("i drink way too much coffee being a night nurse lol", "night nurse"),
        ("i meet a lot of people being a real estate agent", "real estate agent"),
        ("my side gig is being a wedding photographer", "wedding photographer"),
        ("the worst part of being a dental hygienist is the smell", "dental hygienist"),
        ("honestly being a bus driver is exhausting", "bus driver"),
    ],
)
def test_the_trade_said_as_being_one(text: str, value: str) -> None:
    _check(text, "role", value)


def test_being_a_trade_is_no_pastime() -> None:
    said = mine("i love being a paramedic")
    assert ("role", "paramedic") in [(f[1], f[2]) for f in said]
    assert not [f for f in said if f[1] in ("hobbies", "likes")], said


@pytest.mark.parametrize(
    "text",
    [
        "i have always dreamed of being a pilot",
        "i keep thinking about being a vet",
        "after being a cop for twenty years i needed a break",
        "my daughter being a paramedic, she never sleeps",
        "you being a surgeon must be stressful",
        "i would hate being a dentist",
        "being a former firefighter, i still wake up at sirens",
        "is being a nurse hard?",
        "being a mom is the hardest job",
    ],
)
def test_no_job_from_being_a_wish_a_past_another_person_or_a_question(text: str) -> None:
    assert not mine(text, ("role",), current=True), mine(text)


# -- the job said as a bare label ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("dad of three, plumber, fisherman", "plumber"),
        ("Wife, mother, pharmacist.", "pharmacist"),
        ("an electrician by trade, but i'm between gigs", "electrician"),
        ("Carpenter by trade.", "carpenter"),
        ("accountant by day, drummer by night", "accountant"),
        ("software engineer for a bank", "software engineer"),
        ("dental hygienist . what do you do ?", "dental hygienist"),
        ("paralegal", "paralegal"),
    ],
)
def test_the_trade_said_as_a_bare_label(text: str, value: str) -> None:
    _check(text, "role", value)


@pytest.mark.parametrize(
    "text",
    [
        "firefighter! that is so cool",
        "an accountant? what is that like",
        "a pilot, wow",
        "a teacher or maybe a nurse",
        "the plumber",
        "your teacher, right",
        "i guess a writer",
        "plumber. that must pay well",
        "mom of two, runner",  # no trade named
    ],
)
def test_no_trade_from_a_reaction_a_question_a_guess_or_no_trade(text: str) -> None:
    assert not mine(text, ("role",), current=True), mine(text)


LABEL_UPDATES: list[tuple[str, str, str, str, str]] = [
    ("i'm a cashier at a grocery", "being a pharmacist i'm on my feet all day", "role", "cashier", "pharmacist"),
    ("I work as a bartender.", "dad of two, welder, golfer", "role", "bartender", "welder"),
    ("i am a paralegal", "Surveyor by trade.", "role", "paralegal", "surveyor"),
]


@pytest.mark.parametrize(("old", "new", "key", "old_word", "new_word"), LABEL_UPDATES)
def test_a_job_said_as_a_frame_or_a_label_supersedes(
    tmp_path, old: str, new: str, key: str, old_word: str, new_word: str
) -> None:
    check_supersession(Spectron(path=str(tmp_path / "store")), old, new, key, old_word, new_word)


# -- a retired trade and a past service are history -------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "trade"),
    [
        ("i'm a retired firefighter", "firefighter"),
        ("I am a retired school librarian.", "school librarian"),
        ("im a retired welder now lol", "welder"),
    ],
)
def test_a_retired_trade_is_retired_and_the_trade_closed(text: str, trade: str) -> None:
    _check(text, "role", "retired")
    _check(text, "role", trade, negated=True)
    assert not has(text, "role", trade), facts(text)


@pytest.mark.parametrize(("text", "service"), [("i am ex military", "military"), ("I'm ex-navy.", "navy"),
                                               ("im an ex army guy", "army")])
def test_an_ex_service_is_a_closed_employer(text: str, service: str) -> None:
    _check(text, "employer", service, negated=True)


@pytest.mark.parametrize(
    "text", ["my uncle is a retired firefighter", "are you ex military?", "i'm not ex navy", "my dad is ex army"]
)
def test_no_past_trade_for_another_person_a_question_or_a_denial(text: str) -> None:
    assert not mine(text, WORK_KEYS), mine(text)


RETIRED_UPDATES: list[tuple[str, str, str, str, str]] = [
    ("i'm a firefighter", "I'm a retired firefighter these days.", "role", "firefighter", "retired"),
    ("i work as a welder", "retired welder here, finally", "role", "welder", "retired"),
]


@pytest.mark.parametrize(("old", "new", "key", "old_word", "new_word"), RETIRED_UPDATES)
def test_retiring_from_the_trade_supersedes_it(tmp_path, old: str, new: str, key: str, old_word: str,
                                               new_word: str) -> None:
    check_supersession(Spectron(path=str(tmp_path / "store")), old, new, key, old_word, new_word)


# -- a change of career, and working for oneself -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "new", "old"),
    [
        ("i switched careers from accounting to teaching", "teacher", "accountant"),
        ("I changed careers to nursing last spring.", "nurse", None),
        ("i changed jobs to become a paramedic lol", "paramedic", None),
        ("i switched my career from plumbing to farming", "farmer", "plumber"),
    ],
)
def test_a_change_of_career_names_the_new_job_and_ends_the_old(text: str, new: str, old: str | None) -> None:
    _check(text, "role", new)
    if old:
        _check(text, "role", old, negated=True)


@pytest.mark.parametrize(
    "text",
    ["i changed my mind", "i changed the oil in my truck", "my wife switched careers to nursing",
     "i never switched careers", "did you change careers?"],
)
def test_no_career_change_from_other_changes_other_people_or_a_denial(text: str) -> None:
    assert not mine(text, ("role",), current=True), mine(text)


@pytest.mark.parametrize(
    "text", ["i work for myself", "I've worked for myself since 2019.", "i work for myself now, no more bosses"]
)
def test_working_for_oneself_is_self_employed(text: str) -> None:
    _check(text, "role", "self employed")
    assert not mine(text, ("employer",)), mine(text)


@pytest.mark.parametrize("text", ["my brother works for himself", "do you work for yourself?",
                                  "the bakery i work for is great"])
def test_no_self_employment_for_another_person_a_question_or_an_employer(text: str) -> None:
    assert not has(text, "role", "self employed"), facts(text)


CHANGE_UPDATES: list[tuple[str, str, str, str, str]] = [
    ("i'm an accountant", "i switched careers to teaching", "role", "accountant", "teacher"),
    ("I work as a paralegal.", "changed careers, i'm a nurse now", "role", "paralegal", "nurse"),
    ("i'm a cashier at the grocery", "i work for myself these days", "role", "cashier", "self employed"),
]


@pytest.mark.parametrize(("old", "new", "key", "old_word", "new_word"), CHANGE_UPDATES)
def test_a_new_career_supersedes_the_old(tmp_path, old: str, new: str, key: str, old_word: str,
                                         new_word: str) -> None:
    check_supersession(Spectron(path=str(tmp_path / "store")), old, new, key, old_word, new_word)
