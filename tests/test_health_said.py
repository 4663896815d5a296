"""What a user tells an assistant about their body and diet (``_health``): conditions and diagnoses, medications
and treatments (and stopping them), injuries and recoveries, and dietary restrictions.

Each construction is said in several spellings (edited text, lower-case chat without punctuation, contractions,
a time phrase, a hedge, "also"/"btw" before it, the middle of a longer line), with negatives beside it: questions,
another person's health, requests to the assistant, and the everyday "take"/"on"/"off" that name no medicine
put nothing on the speaker. ``medications``, ``health`` and ``dietary_restrictions`` are many-valued: a new one
adds to the old ones, and one stopped closes only that one; a restriction never touches the single-valued
``food_preference`` (a diet), while a diet said as "on a … diet" supersedes the old diet. Every sentence was
written for this file.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from spectron_core import Spectron
from tests.support import SPEAKER, check_update_pair, facts, has, mine, profile_values
from tests.support import expect as _check

NOW = datetime(2025, 6, 2, 10, 0, tzinfo=timezone.utc)
ALICE = {"org": "acme", "user": "alice"}
KEYS = ("health", "medications", "dietary_restrictions", "event", "food_preference", "allergies", "possessions")


def _none(text: str, keys: tuple[str, ...] = KEYS) -> None:
    assert not mine(text, keys), f"{text!r}: expected nothing on {keys}, got {facts(text)}"


# -- conditions and diagnoses ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("I was diagnosed with type 2 diabetes last year.", "type 2 diabetes"),
        ("i got diagnosed with adhd when i was 30", "adhd"),
        ("i think i was diagnosed with asthma as a kid", "asthma"),
        ("btw ive been diagnosed with sleep apnea", "sleep apnea"),
        ("i've got asthma", "asthma"),
        ("I've got pretty bad eczema.", "eczema"),
        ("I suffer from migraines.", "migraines"),
        ("i suffer from chronic back pain", "back pain"),
        ("i struggle with depression", "depression"),
        ("i have a bad back", "bad back"),
        ("also i have a bad knee so no running", "bad knee"),
        ("i have high blood pressure", "high blood pressure"),
        ("I can't eat wheat, I have celiac disease.", "celiac disease"),
        ("im prediabetic", "prediabetic"),
        ("I'm diabetic.", "diabetic"),
    ],
)
def test_condition_or_diagnosis(text: str, value: str) -> None:
    _check(text, "health", value)
    assert not mine(text, ("possessions",)), facts(text)  # a condition is not a thing owned


@pytest.mark.parametrize(
    "text",
    [
        "my mom has diabetes",  # her condition, not the speaker's
        "my dad was diagnosed with cancer last year",
        "what are the symptoms of asthma",  # a question
        "is type 2 diabetes hereditary?",
        "i suffer from bad luck",  # no condition
        "i struggle with math",
        "i have a bad feeling about this",
        "i have an allergy to cats",  # an allergy is ``allergies``
    ],
)
def test_no_condition_of_the_speaker(text: str) -> None:
    _none(text, ("health",))


# -- medications and treatments -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value", [("i have no asthma", "asthma"), ("i've got no high blood pressure", "high blood pressure")]
)
def test_a_condition_said_as_none_is_negated(text: str, value: str) -> None:
    _check(text, "health", value, negated=True)  # never health = "no asthma"
    assert not has(text, "health", f"no {value}"), facts(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("I take metformin for my diabetes.", "metformin"),
        ("i take metformin every morning", "metformin"),
        ("Also, I take levothyroxine daily.", "levothyroxine"),
        ("I'm on lisinopril for my blood pressure.", "lisinopril"),
        ("im on antidepressants right now", "antidepressants"),
        ("btw i'm on insulin now", "insulin"),
        ("i have been taking lexapro for two years", "lexapro"),
        ("my doctor put me on statins last month", "statins"),
        ("My doctor just put me on Zepbound.", "zepbound"),  # a prescription names a medicine whatever it is
        ("my gp switched me to losartan", "losartan"),
        ("the gp put me on sertraline instead", "sertraline"),  # (the doctor said without "my")
        ("doc switched me to ozempic this week", "ozempic"),
        ("the consultant started me on apixaban", "apixaban"),
        ("so i was prescribed adderall last week", "adderall"),
        ("i use an inhaler", "inhaler"),
        ("I use an inhaler for my asthma.", "inhaler"),
        ("i take vitamin d in the winter", "vitamin d"),
        ("i'm on birth control", "birth control"),
        ("i take atenolol and it makes me tired", "atenolol"),
        ("i started taking rosuvastatin", "rosuvastatin"),  # known by its ending
        ("i'm on a low dose of metformin", "metformin"),  # not "of metformin"
        ("i take about 500mg of metformin", "metformin"),
    ],
)
def test_medication_taken(text: str, value: str) -> None:
    _check(text, "medications", value)


@pytest.mark.parametrize(
    "text, condition",
    [("I take metformin for my diabetes.", "diabetes"), ("i use an inhaler for my asthma", "asthma")],
)
def test_the_condition_a_medicine_is_for(text: str, condition: str) -> None:
    _check(text, "health", condition)


@pytest.mark.parametrize(
    "text",
    [
        "i take the bus",  # the everyday "take", "on", "off", "use"
        "i take it you're busy",
        "i take my coffee black",
        "i take pride in my work",
        "i take care of my grandma",
        "i'm on the train",
        "i'm on my way home",
        "i'm off work today",
        "i use my laptop for everything",
        "i take my pills every night",  # no medicine named
        "is ibuprofen safe to take with coffee?",  # questions
        "does metformin cause weight loss",
        "can you remind me to take my pills",  # a request to the assistant
        "my husband takes metformin",  # someone else's
        "i stopped taking the bus",
        "i'm on the fence about metformin",  # an opinion on it, not taking it
        "the doctor put me on hold for twenty minutes",  # what else a doctor puts one on
        "my gp put me on the waiting list for physio",
        "my friend's doctor put her on metformin",
    ],
)
def test_no_medication(text: str) -> None:
    _none(text, ("medications",))


@pytest.mark.parametrize(
    "text, value",
    [
        ("I stopped taking sertraline.", "sertraline"),
        ("i'm off the antidepressants now", "antidepressants"),
        ("i no longer take metformin", "metformin"),
        ("i quit taking the birth control pill", "birth control"),
        ("i'm not on zoloft anymore", "zoloft"),
        ("i came off prednisone last week", "prednisone"),
    ],
)
def test_medication_stopped(text: str, value: str) -> None:
    _check(text, "medications", value, negated=True)
    assert not mine(text, ("medications",), current=True), facts(text)


# -- injuries and recoveries ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("i broke my wrist last week", "broke my wrist"),
        ("I tore my ACL playing soccer in 2019.", "tore my acl"),
        ("ugh i sprained my ankle yesterday", "sprained my ankle"),
        ("i think i hurt my shoulder at the gym", "hurt my shoulder"),
    ],
)
def test_injury_is_an_event(text: str, value: str) -> None:
    _check(text, "event", value)
    assert not mine(text, ("health",)), facts(text)  # it heals: not a lasting condition


@pytest.mark.parametrize(
    "text, value",
    [
        ("I'm recovering from knee surgery.", "recovering from knee surgery"),
        ("im recovering from a broken leg", "recovering from broken leg"),
        ("still healing from a broken collarbone", "broken collarbone"),
    ],
)
def test_recovery_is_a_current_condition(text: str, value: str) -> None:
    _check(text, "health", value)


@pytest.mark.parametrize("text", ["i broke my phone", "my son broke his arm", "did you break your arm?"])
def test_no_injury_of_the_speaker(text: str) -> None:
    _none(text, ("event", "health"))


# -- dietary restrictions -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("i can't eat gluten", "gluten"),
        ("I avoid dairy.", "dairy"),
        ("i try to avoid sugar these days", "sugar"),
        ("i stay away from shellfish", "shellfish"),
        ("i'm not supposed to eat salt", "salt"),
        ("I can't have nuts.", "nuts"),
        ("no pork for religious reasons", "pork"),
        ("im on a low-sodium diet", "low sodium"),
        ("I am on a low carb diet these days.", "low carb"),
        ("i'm on a gluten-free diet", "gluten"),
    ],
)
def test_dietary_restriction(text: str, value: str) -> None:
    _check(text, "dietary_restrictions", value)
    assert not mine(text, ("food_preference",)), facts(text)  # a restriction is not a diet


@pytest.mark.parametrize(
    "text",
    [
        "should i avoid dairy if i'm lactose intolerant?",  # a question
        "i avoid crowds",  # no food
        "i cannot resist chocolate",
        "my sister can't eat gluten",  # someone else's
        "can you avoid recipes with nuts",  # a request
    ],
)
def test_no_dietary_restriction(text: str) -> None:
    _none(text, ("dietary_restrictions",))


def test_a_drink_avoided_is_the_drink_negated() -> None:
    _check("i can't have alcohol anymore", "drinks", "alcohol", negated=True)


def test_a_diet_said_as_on_a_diet_is_the_diet() -> None:
    _check("i'm on a keto diet", "food_preference", "keto")
    _none("i'm on a diet", ("food_preference", "dietary_restrictions"))


# -- pregnancy: "we're expecting" is not the speaker's own ----------------------------------------------------
@pytest.mark.parametrize("text", ["we're expecting", "we are expecting our first child in june", "my wife is pregnant"])
def test_expecting_said_of_we_is_not_the_speakers_pregnancy(text: str) -> None:
    assert not has(text, "health", "pregnant"), facts(text)


# -- reconciliation -------------------------------------------------------------------------------------------
@pytest.fixture
def mem(tmp_path):  # type: ignore[no-untyped-def]
    m = Spectron(path=str(tmp_path / "db"))
    yield m
    m.close()


def test_medications_accumulate_and_one_stopped_closes_only_it(mem) -> None:  # type: ignore[no-untyped-def]
    mem.remember("i take metformin every morning", scope=ALICE, observed_at=NOW)
    mem.remember("my doctor put me on lisinopril", scope=ALICE, observed_at=NOW + timedelta(days=1))
    shown = profile_values(mem, "medications", ALICE)
    assert any("metformin" in v for v in shown) and any("lisinopril" in v for v in shown), shown
    mem.remember("i stopped taking lisinopril", scope=ALICE, observed_at=NOW + timedelta(days=30))
    shown = profile_values(mem, "medications", ALICE)
    assert any("metformin" in v for v in shown) and not any("lisinopril" in v for v in shown), shown
    chain = mem.history(SPEAKER, "medications", scope=ALICE)
    assert any("lisinopril" in v.value and v.valid_until is not None for v in chain), [
        (v.value, v.valid_until) for v in chain
    ]


def test_stopping_a_medicine_leaves_the_condition(mem) -> None:  # type: ignore[no-untyped-def]
    mem.remember("I take metformin for my diabetes.", scope=ALICE, observed_at=NOW)
    mem.remember("i'm off metformin now", scope=ALICE, observed_at=NOW + timedelta(days=5))
    assert any("diabetes" in v for v in profile_values(mem, "health", ALICE))
    assert not any("metformin" in v for v in profile_values(mem, "medications", ALICE))


def test_conditions_accumulate(mem) -> None:  # type: ignore[no-untyped-def]
    mem.remember("i've got asthma", scope=ALICE, observed_at=NOW)
    mem.remember("i was diagnosed with type 2 diabetes", scope=ALICE, observed_at=NOW + timedelta(days=2))
    shown = profile_values(mem, "health", ALICE)
    assert any("asthma" in v for v in shown) and any("diabetes" in v for v in shown), shown


def test_a_restriction_leaves_the_diet_current(mem) -> None:  # type: ignore[no-untyped-def]
    mem.remember("I'm vegetarian.", scope=ALICE, observed_at=NOW)
    mem.remember("i avoid dairy", scope=ALICE, observed_at=NOW + timedelta(days=1))
    mem.remember("i cant eat gluten either", scope=ALICE, observed_at=NOW + timedelta(days=2))
    assert any("vegetarian" in v for v in profile_values(mem, "food_preference", ALICE))
    shown = profile_values(mem, "dietary_restrictions", ALICE)
    assert any("dairy" in v for v in shown) and any("gluten" in v for v in shown), shown


def test_a_diet_said_as_on_a_diet_supersedes_the_old_diet(mem) -> None:  # type: ignore[no-untyped-def]
    check_update_pair(mem, "i'm vegetarian", "these days i'm on a keto diet", "food_preference", "keto", "vegetarian")


@pytest.mark.parametrize(
    ("text", "ended", "started"),
    [
        ("My doctor took me off atenolol.", "atenolol", None),
        ("my gp has taken me off the statins", "statins", None),
        ("my psychiatrist switched me from sertraline to escitalopram", "sertraline", "escitalopram"),
    ],
)
def test_a_doctor_ending_a_medicine(text: str, ended: str, started: str | None) -> None:
    assert has(text, "medications", ended, negated=True), mine(text)
    if started:
        assert has(text, "medications", started), mine(text)


def test_a_doctor_taking_the_speaker_off_work_is_no_medicine() -> None:
    assert mine("my doctor took me off work for two weeks", ("medications",)) == []


@pytest.mark.parametrize("text", ["i can't eat gluten today", "I'm taking ibuprofen today.", "no coffee for me tonight"])
def test_a_medicine_or_food_avoided_for_the_day_is_no_standing_fact(text: str) -> None:
    assert not mine(text, ("medications", "dietary_restrictions"), current=True), facts(text)


def test_a_diagnosis_dated_yesterday_still_counts() -> None:
    assert has("i was diagnosed with asthma yesterday", "health", "asthma")
