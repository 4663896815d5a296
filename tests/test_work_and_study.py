"""Work and study said in ordinary first-person chat: the job framed as "as a <trade>", named by what it pays or by
its shift, the workplace said in passing, a retirement, a degree being earned, a major said as a label, an aim
studied for, grades, and a trade said with "professionally" or "for a living".

Each construction is said in several spellings (lower-case chat, " . " spacing, contractions, fillers, a trailing
question back), with negatives beside it: questions to the other person, other people's jobs, negations and wishes
put nothing on the speaker. The last part says an old job and then a new one through the public client:
``profile()`` shows only the new value and ``history()`` keeps both. Every sentence was written for this file.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from spectron_core import Spectron
from tests.support import SPEAKER, check_supersession, facts, has, mine, profile_values
from tests.support import expect as _check

NOW = datetime(2025, 6, 2, 10, 0, tzinfo=timezone.utc)
ALICE = {"org": "acme", "user": "alice"}
WORK_KEYS = ("role", "employer", "education", "school", "grades", "goals")


def _mine(text: str, keys: tuple[str, ...] = WORK_KEYS) -> list[tuple[str, str, str, bool]]:
    """The speaker's current (not negated) facts of ``keys``."""
    return mine(text, keys, current=True)


# -- the trade as the frame of another statement: "…, as a farmer" ----------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("i look after the hives, as a farmer", "farmer"),
        ("I Look After The Hives As A Farmer.", "farmer"),
        ("well i spend my days as a paramedic lol", "paramedic"),
        ("i'm on my feet all day as a hairdresser , how about you ?", "hairdresser"),
        ("im out in the cold a lot as a courier haha", "courier"),
        ("i hear a lot of gossip as a barber", "barber"),
        ("i make ok money as a welder", "welder"),
        ("i answer phones all day . as a receptionist , of course", "receptionist"),
    ],
)
def test_the_trade_framing_another_statement(text: str, value: str) -> None:
    _check(text, "role", value)


def test_the_frame_is_cut_from_what_is_liked() -> None:
    _check("i love quiet music as a librarian", "likes", "quiet music")
    assert not has("i love quiet music as a librarian", "likes", "as a librarian")


@pytest.mark.parametrize(
    "text",
    [
        "i dressed up as a nurse for halloween",
        "i went to the party as a pirate doctor",
        "would you work as a nurse ?",
        "i would love to work nights as a nurse",
        "i work as hard as a farmer",
        "my brother spends his days as a welder",
        "i spent ten years as a welder",
        "i see you as a teacher",
        "i volunteer at the shelter as a dog walker",
        "my dad keeps bees . as a farmer",
        "what do you do ? as a nurse",
    ],
)
def test_no_trade_from_a_costume_a_wish_a_comparison_or_another_person(text: str) -> None:
    assert _mine(text, ("role",)) == [], facts(text)


# -- a job named by its pay or its shift -----------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, key, value",
    [
        ("i can barely make rent on a cashier wage", "role", "cashier"),
        ("I can't afford that on a janitor's salary.", "role", "janitor"),
        ("well my plumber salary wont cover a boat lol", "role", "plumber"),
        ("ugh gotta leave for my dishwasher shift soon", "role", "dishwasher"),
        ("i listen to podcasts before my bartender job . you ?", "role", "bartender"),
        ("it would take me years on my supermarket wage", "employer", "supermarket"),
        ("my bakery job starts at 4am haha", "employer", "bakery"),
    ],
)
def test_a_job_named_by_its_pay_or_its_shift(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize(
    "text",
    [
        "you can't raise kids on a teacher salary",
        "if i had a surgeon salary i would buy a boat",
        "i wish i had a pilot salary",
        "my dad's janitor job is hard",
        "my sisters nurse salary is huge",
        "my dream job is pilot",
        "do you like your cashier job ?",
        "my day job is boring",
    ],
)
def test_no_job_from_someone_elses_pay_a_wish_or_a_question(text: str) -> None:
    assert _mine(text, ("role", "employer")) == [], facts(text)


# -- the workplace said in passing ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("between work at the bakery and my twins , im beat", "bakery"),
        ("Between work at the hospital and the gym, I'm always tired.", "hospital"),
        ("i climb a lot of stairs at the museum where i work", "museum"),
        ("lol the cafe where i work has the best muffins", "cafe"),
        ("i got a cat from the farm i work on", "farm"),
        ("well the library where i work is closing early , how about you ?", "library"),
    ],
)
def test_the_workplace_said_in_passing(text: str, value: str) -> None:
    _check(text, "employer", value)


@pytest.mark.parametrize(
    "text, value",
    [
        ("i work the farm every day", "farm"),
        ("well i work my family farm lol", "family farm"),
        ("I work my parents' ranch.", "ranch"),
        ("i work the vineyard with my uncle , you ?", "vineyard"),
        ("i work my grandparents farm on weekends", "farm"),
    ],
)
def test_a_farm_worked(text: str, value: str) -> None:
    _check(text, "employer", value)


@pytest.mark.parametrize("text", ["my dad works the farm", "do you work the farm ?", "i work my butt off"])
def test_no_farm_worked_by_someone_else_or_asked(text: str) -> None:
    assert _mine(text, ("employer",)) == [], facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "do you like the cafe where you work ?",
        "my mom likes the hospital where she works",
        "the gym where i work out is huge",
        "if the bakery where i work closed i would cry",
        "i walked past the bank today",
    ],
)
def test_no_workplace_from_someone_else_a_workout_or_a_hypothetical(text: str) -> None:
    assert _mine(text, ("employer",)) == [], facts(text)


# -- retired ------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "i have been retired for ages",
        "oh i am been retired now for years",
        "im been retired a while lol",
        "just living the quiet retired life these days",
        "I'm enjoying my retirement, how about you?",
        "well im loving retirement haha",
    ],
)
def test_retired_said_in_chat(text: str) -> None:
    _check(text, "role", "retired")


@pytest.mark.parametrize(
    "text",
    [
        "my dad is enjoying his retirement",
        "are you enjoying retirement ?",
        "i cannot wait to enjoy my retirement",
        "i am not retired",
    ],
)
def test_no_retirement_from_someone_else_a_question_or_a_wish(text: str) -> None:
    assert _mine(text, ("role",)) == [], facts(text)


# -- a degree being earned, a major said as a label -------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("i'm working on a nursing degree", "nursing"),
        ("im working on my accounting degree lol", "accounting"),
        ("I'm finishing a geology degree this spring.", "geology"),
        ("i have to read a lot for my history degree", "history"),
        ("well i am not using my biology degree at all", "biology"),
        ("physics major here , how about you ?", "physics"),
        ("just a philosophy major lol", "philosophy"),
        ("art history grad .", "art history"),
    ],
)
def test_what_is_studied_said_in_passing(text: str, value: str) -> None:
    _check(text, "education", value)


@pytest.mark.parametrize(
    "text",
    [
        "my son is working on a nursing degree",
        "are you working on a degree ?",
        "i wish i had a law degree",
        "my wife's chemistry degree paid off",
        "he was a drum major",
        "i am working on a college degree",
    ],
)
def test_no_field_from_someone_else_a_wish_or_a_kind_of_degree(text: str) -> None:
    assert _mine(text, ("education",)) == [], facts(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("i just got my masters in biology", "biology"),
        ("I finished my bachelor's in nursing last year.", "nursing"),
        ("im working on my phd in history lol", "history"),
        ("well i earned a masters in education", "education"),
        ("i got a master's in math , you ?", "math"),
    ],
)
def test_a_degree_named_by_its_kind(text: str, value: str) -> None:
    _check(text, "education", value)


@pytest.mark.parametrize("text", ["my son got his masters in law", "he just finished a masters in art"])
def test_no_degree_from_someone_else(text: str) -> None:
    assert _mine(text, ("education",)) == [], facts(text)


# -- a job wished for: a goal, never the job -------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("i am fine , being a lawyer is my dream", "be a lawyer"),
        ("Being a nurse is my dream.", "be a nurse"),
        ("becoming a vet is my goal lol", "be a vet"),
        ("my dream is to be a pilot", "be a pilot"),
        ("well my goal is to become a nurse one day", "be a nurse"),
        ("my dream job is being a vet , how about you ?", "be a vet"),
    ],
)
def test_a_job_wished_for_is_a_goal(text: str, value: str) -> None:
    _check(text, "goals", value)
    assert _mine(text, ("role",)) == [], facts(text)


@pytest.mark.parametrize("text", ["my sister's dream is to be a pilot", "is being a nurse your dream ?"])
def test_no_goal_from_someone_elses_dream_or_a_question(text: str) -> None:
    assert _mine(text, ("goals", "role")) == [], facts(text)


# -- studying to be something: an aim, not a subject -------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("i am studying to be a vet", "be a vet"),
        ("im studying to become an accountant lol", "be an accountant"),
        ("I'm studying to be a pharmacist.", "be a pharmacist"),
        ("well i am studying to be a nurse right now", "be a nurse"),
        ("i study to become a paramedic , you ?", "be a paramedic"),
    ],
)
def test_studying_to_be_a_trade_is_an_aim(text: str, value: str) -> None:
    _check(text, "goals", value)
    assert _mine(text, ("role", "education")) == [], facts(text)


# -- grades ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "i make straight a's",
        "i make straight as in school lol",
        "I get straight A's, how about you?",
        "im keeping my straight as up this year",
        "well i get all as at school haha",
    ],
)
def test_grades_said_now(text: str) -> None:
    _check(text, "grades", "straight a's")


@pytest.mark.parametrize(
    "text",
    [
        "do you make straight a's ?",
        "i do not make straight as",
        "i had straight a's in high school",
        "my son gets straight as",
        "i wish i made straight a's",
    ],
)
def test_no_grades_from_a_question_a_past_a_negation_or_someone_else(text: str) -> None:
    assert _mine(text, ("grades",)) == [], facts(text)


# -- a trade said with "professionally", "for a living", "have to work as" ---------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("i do play golf professionally", "golf player"),
        ("no , i do play chess professionally though", "chess player"),
        ("i love hockey and play it for a living", "hockey player"),
        ("i have to work as a nurse", "nurse"),
        ("ugh no time , i have to work as a cashier .", "cashier"),
        ("i am a carpenter by trade", "carpenter"),
        ("I just started as a dental hygienist, how about you?", "dental hygienist"),
        ("i am an apprentice plumber , so lots of time in basements", "apprentice plumber"),
    ],
)
def test_a_trade_said_in_more_ways(text: str, value: str) -> None:
    _check(text, "role", value)


@pytest.mark.parametrize(
    "text",
    [
        "do you play golf professionally ?",
        "my dad plays golf for a living",
        "i would have to work as a nurse",
        "i love golf but i do not play it for a living",
    ],
)
def test_no_trade_from_a_question_another_person_or_a_negation(text: str) -> None:
    assert _mine(text, ("role",)) == [], facts(text)


def test_a_past_trade_said_with_professionally_is_history() -> None:
    """ "i used to play golf professionally": a closed role (a past job), never a current one, and no pastime
    closed (the speaker may still play golf). (Moved here from test_chat_constructions, which wanted no role at
    all: a closed role is the history the previous-job question needs.)"""
    _check("i used to play golf professionally", "role", "golf player", negated=True)
    assert _mine("i used to play golf professionally", ("role", "hobbies", "sports")) == []
    assert not has("i do not play golf for a living", "sports", "golf", negated=True)


@pytest.mark.parametrize(
    "text",
    [
        "i am a former teacher",
        "im an ex cop lol",
        "I'm a former nurse, how about you?",
        "well i am an ex-firefighter",
        "i'm a former accountant at a bank haha",
        "i do not play golf for a living",
    ],
)
def test_a_former_trade_or_a_denied_one_is_no_role(text: str) -> None:
    """A former job is not the current one: at most a closed role, which ends that very role only (a negation
    closes the value it names); nothing current, nor for "i do not … for a living"."""
    assert [f for f in facts(text) if f[0] == SPEAKER and f[1] in ("role", "employer") and not f[3]] == [], facts(text)


def test_a_former_trade_ends_that_trade_and_no_other(tmp_path) -> None:
    mem = Spectron(path=str(tmp_path / "store"))
    mem.remember("i'm a nurse", scope=ALICE, observed_at=NOW)
    mem.remember("im an ex cop lol", scope=ALICE, observed_at=NOW + timedelta(days=1))
    assert profile_values(mem, "role") == ["nurse"]
    mem.remember("I'm a former nurse, how about you?", scope=ALICE, observed_at=NOW + timedelta(days=2))
    assert profile_values(mem, "role") == []


# -- nothing new on the usual negatives ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "do you work at a bank ?",
        "my dad works at a bank",
        "i wish i were a nurse",
        "i do not work at the bank anymore",
    ],
)
def test_no_current_job_from_a_question_a_relative_a_wish_or_a_negation(text: str) -> None:
    assert _mine(text, ("role", "employer")) == [], facts(text)


def test_a_trade_implies_no_employer() -> None:
    """ "i am a bank teller" says where only as a kind of place: no ``employer`` that would replace a named one."""
    assert _mine("i am a bank teller now", ("employer",)) == [], facts("i am a bank teller now")
    _check("i am a bank teller now", "role", "bank teller")


def test_an_age_is_no_workplace() -> None:
    assert _mine("i started working at 16", ("employer",)) == [], facts("i started working at 16")
    _check("i have been working at 7-eleven for years", "employer", "7-eleven")


def test_a_past_workplace_is_history() -> None:
    _check("i used to work at a bank", "employer", "bank", negated=True)
    assert _mine("i used to work at a bank", ("employer",)) == []


# -- an old job, then a new one said in passing, through the public client ---------------------------------------
# (old statement, new statement, key, a word of the old value, a word of the new value)
UPDATES: list[tuple[str, str, str, str, str]] = [
    ("i'm a dental nurse", "i hear every rumour as a barber lol", "role", "nurse", "barber"),
    ("i work at a garage", "between work at the bakery and the kids im wiped", "employer", "garage", "bakery"),
    ("im a cashier", "i can barely pay rent on a janitor wage", "role", "cashier", "janitor"),
    ("i'm a nurse", "oh i am been retired now for years", "role", "nurse", "retired"),
    ("i work at the post office", "i got a kitten from the farm i work on", "employer", "post office", "farm"),
]


@pytest.mark.parametrize("old, new, key, old_word, new_word", UPDATES)
def test_the_new_job_supersedes_the_old(tmp_path, old: str, new: str, key: str, old_word: str, new_word: str) -> None:
    check_supersession(Spectron(path=str(tmp_path / "store")), old, new, key, old_word, new_word, when=NOW)


def test_retiring_in_passing_ends_the_employer(tmp_path) -> None:
    mem = Spectron(path=str(tmp_path / "store"))
    mem.remember("i work at a garage", scope=ALICE, observed_at=NOW)
    mem.remember("just living the good retired life now", scope=ALICE, observed_at=NOW + timedelta(days=1))
    assert profile_values(mem, "employer") == []
    assert profile_values(mem, "role") == ["retired"]
