"""A single-valued fact that changed, said in the speaker's own words (``_shifts``): a move or a new state said with
an event verb whose object is the state ("we made the jump to Austin", "I got moved to nights", "I've started going
to bed at 10"), a firmness cue other than "now" ("these days", "nowadays", "lately", "since …") and trailing
cues that must not break a reading ("… now that I ski", "… instead"), a relationship begun ("I'm dating a guy
called Sam"), and a job title outside the closed list ("I'm a software tester").

Each construction is said in several spellings (edited text, lower-case chat, contractions, a clause before or
after, a hedge), with negatives beside it: questions, another person's change, plans and wishes, one-off days,
and "I'm a big fan"-like phrases that are no job. Every change is also tested as an update pair: the profile
shows only the new value and the history keeps the old one closed. Every sentence was written for this file.
"""

from __future__ import annotations

import pytest

from spectron_core import Spectron
from tests.support import SPEAKER, check_supersession, facts, mine
from tests.support import expect as _check
from tests.support import expect_none as _none


def _relations(text: str) -> list[tuple[str, str, str, bool]]:
    from spectron_core import RuleExtractor
    from spectron_core._extract._types import ExtractionContext
    from tests.support import _FACTS_AT

    ctx = ExtractionContext(text=text, role="user", observed_at=_FACTS_AT, principal=SPEAKER, agent="Agent/assistant")
    return [(r.subject, r.label, r.object, r.negated) for r in RuleExtractor().extract(ctx).relations]


def _confidence(text: str, key: str) -> float:
    from spectron_core import RuleExtractor
    from spectron_core._extract._types import ExtractionContext
    from tests.support import _FACTS_AT

    ctx = ExtractionContext(text=text, role="user", observed_at=_FACTS_AT, principal=SPEAKER, agent="Agent/assistant")
    got = [a.confidence for a in RuleExtractor().extract(ctx).attributes if a.key == key and not a.negated]
    assert got, f"{text!r}: no {key}, got {facts(text)}"
    return max(got)


# -- a move said as an event: the place is the home -----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("we finally made the move to Lisbon", "lisbon"),
        ("We made the leap to Austin last month.", "austin"),
        ("finally made the jump over to Berlin lol", "berlin"),
        ("i ended up settling in Leeds", "leeds"),
        ("Ended up moving to Boston after all.", "boston"),
        ("We've settled in Bristol now.", "bristol"),
        ("im settled in glasgow now", "glasgow"),
        ("I'm all settled in Madrid these days.", "madrid"),
        ("I've got my own flat in Manchester now.", "manchester"),
        ("got my own place in Sheffield finally", "sheffield"),
        ("After the divorce I found a flat in Cardiff.", "cardiff"),
        ("so yeah we made the move to texas", "texas"),
    ],
)
def test_a_move_said_as_an_event_names_the_home(text: str, value: str) -> None:
    _check(text, "home", value)
    assert not mine(text, ("possessions",), current=True), facts(text)  # a place of one's own is no possession


@pytest.mark.parametrize(
    "text",
    [
        "my brother made the jump to Denver",
        "we might make the move to Austin next year",
        "should we make the move to Lisbon?",
        "if we ended up settling in Porto I'd be thrilled",
        "I've got my own place in the team now",
        "did you end up moving to Boston?",
        "i made the switch to Linux at work",
        "We made the move to Rust last year.",
        "i finally made the jump to Python",
        "we made the leap to AWS",
    ],
)
def test_no_move_of_the_speaker(text: str) -> None:
    _none(text, "home")


# -- a new work schedule, sleep or school said as an event -----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        ("i got moved to nights", "work_schedule", "nights"),
        ("I was switched to the early shift last month.", "work_schedule", "early shift"),
        ("They moved me to days at the warehouse.", "work_schedule", "days"),
        ("i've been put on weekends", "work_schedule", "weekends"),
        ("got bumped to the late shift, ugh", "work_schedule", "late shift"),
        ("I've been moved onto nights at the hospital.", "work_schedule", "nights"),
        ("I've started going to bed at 11.", "bedtime", "11"),
        ("ive started going to sleep around midnight", "bedtime", "midnight"),
        ("lately i've been going to bed at 9:30", "bedtime", "9:30"),
        ("I've taken to going to bed by ten.", "bedtime", "ten"),
        ("I've been waking up at 6 since the baby came.", "wake_time", "6"),
        ("ive been getting up at 5 lately", "wake_time", "5"),
        ("I've started waking at 6:15.", "wake_time", "6:15"),
        ("been waking at 4:30 since the new job", "wake_time", "4:30"),
        ("I transferred to Jefferson High last fall.", "school", "jefferson high"),
        ("i switched schools to Westview Academy", "school", "westview academy"),
        ("I've transferred to Ohio State.", "school", "ohio state"),
        ("I'm now doing my masters at Edinburgh.", "school", "edinburgh"),
        ("im doing a phd at MIT these days", "school", "mit"),
        ("I'm currently studying for my MBA at Wharton.", "school", "wharton"),
    ],
)
def test_a_new_state_said_as_an_event_lands_on_its_key(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("my wife got moved to nights", "work_schedule"),
        ("i got moved to tears by that film", "work_schedule"),
        ("I started going to bed at 2 last night.", "bedtime"),
        ("my son has started going to bed at 8", "bedtime"),
        ("i want to start going to bed at 10", "bedtime"),
        ("my daughter transferred to Roosevelt High", "school"),
        ("i might transfer to Ohio State", "school"),
        ("is he doing his phd at Oxford?", "school"),
        ("i transferred to Finance in the spring", "school"),
        ("we settled in for the night", "home"),
    ],
)
def test_no_new_state_of_the_speaker(text: str, key: str) -> None:
    _none(text, key)


# -- firmness cues besides "now", and trailing cues that must not break a reading ------------------------------
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I'm with Stripe these days.", "stripe"),
        ("these days i'm at Shopify", "shopify"),
        ("Nowadays I'm with Accenture.", "accenture"),
        ("im at Netflix nowadays", "netflix"),
        ("lately i'm with Pfizer", "pfizer"),
    ],
)
def test_a_lasting_cue_makes_an_organisation_a_sure_employer(text: str, value: str) -> None:
    _check(text, "employer", value)
    assert _confidence(text, "employer") >= 0.7


def test_bare_now_stays_a_doubt() -> None:
    assert _confidence("i'm at costco now", "employer") < 0.5


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        ("Winter is my favourite season now that I ski.", "favorite_season", "winter"),
        ("summer is my favorite season now that we have a pool", "favorite_season", "summer"),
        ("I'm doing the carnivore diet now.", "food_preference", "carnivore"),
        ("i'm doing keto these days", "food_preference", "keto"),
        ("I'm trying the paleo diet at the moment", "food_preference", "paleo"),
        ("I'm a product manager these days.", "role", "product manager"),
        ("green is my favourite colour now that I think about it", "favorite_color", "green"),
        ("i work nights since the new job", "work_schedule", "nights"),
    ],
)
def test_a_trailing_cue_keeps_the_reading(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("is winter your favourite season now that you ski?", "favorite_season"),
        ("my sister is doing the carnivore diet now", "food_preference"),
        ("i'm thinking about doing keto", "food_preference"),
    ],
)
def test_no_trailing_cue_reading_for_others(text: str, key: str) -> None:
    _none(text, key)


# -- relationships --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I'm dating a guy called Sam.", "sam"),
        ("im dating a woman named Jo these days", "jo"),
        ("going out with Priya", "priya"),
        ("I'm going out with Marco now.", "marco"),
        ("I've been seeing a girl named Ana for a few months.", "ana"),
        ("been seeing Luca since march", "luca"),
        ("i'm dating someone called Alex", "alex"),
    ],
)
def test_dating_someone_named_is_a_relationship_and_a_partner(text: str, name: str) -> None:
    _check(text, "relationship_status", "in a relationship")
    assert (SPEAKER, "partner_of", f"Person/{name}", False) in _relations(text), _relations(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("i'm seeing someone new", "in a relationship"),
        ("I've started dating someone.", "in a relationship"),
        ("Got engaged over the weekend!", "engaged"),
        ("my divorce was finalised in may", "divorced"),
        ("Sam and I split up, so I'm single again.", "single"),
    ],
)
def test_a_relationship_begun_or_ended(text: str, value: str) -> None:
    _check(text, "relationship_status", value)


@pytest.mark.parametrize(
    "text",
    [
        "are you seeing anyone?",
        "my sister is dating a guy called Tom",
        "i'm seeing my mom tomorrow",
        "I'm seeing a therapist about it.",
        "i'm going out with friends tonight",
        "would you date a guy called Sam?",
        "I'm seeing Sam on friday for lunch",
    ],
)
def test_no_relationship_of_the_speaker(text: str) -> None:
    _none(text, "relationship_status")
    assert not [r for r in _relations(text) if r[1] == "partner_of"], _relations(text)


# -- job titles outside the closed list -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I'm a software tester.", "software tester"),
        ("i'm a claims adjuster", "claims adjuster"),
        ("I work as a loss adjuster.", "loss adjuster"),
        ("im a QA tester at Ubisoft", "qa tester"),
        ("I'm an insurance underwriter.", "insurance underwriter"),
        ("i'm a building inspector", "building inspector"),
        ("I'm a cost estimator for a builder.", "cost estimator"),
        ("these days I'm a marketing specialist", "marketing specialist"),
        ("I'm a penetration tester now.", "penetration tester"),
        ("honestly i'm just a mail sorter at the depot", "mail sorter"),
    ],
)
def test_an_open_class_job_title_is_the_role(text: str, value: str) -> None:
    _check(text, "role", value)


@pytest.mark.parametrize(
    "text",
    [
        "I'm a big fan",
        "i'm a morning person",
        "I'm a mess",
        "i'm a good listener",
        "my wife is a claims adjuster",
        "i'm a people pleaser",
        "would I make a good tester?",
    ],
)
def test_no_job_for_what_is_no_title(text: str) -> None:
    _none(text, "role")


# -- update pairs ---------------------------------------------------------------------------------------------
PAIRS = [
    ("I live in Seattle.", "we finally made the move to Austin last month", "home", "seattle", "austin"),
    ("I live in Leeds.", "ended up settling in Porto", "home", "leeds", "porto"),
    ("I live with my parents in Hull.", "I've got my own flat in York now.", "home", "hull", "york"),
    ("I work the day shift.", "I got moved to nights at the plant.", "work_schedule", "day", "nights"),
    ("I go to bed at 1am.", "I've started going to bed at 10pm.", "bedtime", "1am", "10pm"),
    ("I wake up at 7.", "I've been waking up at 5:30 since the new job.", "wake_time", "7", "5:30"),
    ("I go to Lincoln High School.", "I transferred to Jefferson High this term.", "school", "lincoln", "jefferson"),
    ("I'm a student at Leeds Uni.", "I'm now doing my masters at Edinburgh.", "school", "leeds", "edinburgh"),
    ("I work at Google.", "I'm with Stripe these days.", "employer", "google", "stripe"),
    ("I work for Amazon.", "nowadays i'm at Shopify", "employer", "amazon", "shopify"),
    ("I'm single.", "I'm dating a guy called Sam.", "relationship_status", "single", "relationship"),
    ("I'm married.", "my divorce came through last month", "relationship_status", "married", "divorced"),
    ("I'm dating someone.", "we broke up so i'm single again", "relationship_status", "relationship", "single"),
    ("I'm a software tester.", "these days I'm a product manager", "role", "tester", "product manager"),
    ("I'm a teacher.", "I work as a claims adjuster now.", "role", "teacher", "claims adjuster"),
    ("I'm vegan.", "I'm doing the carnivore diet now.", "food_preference", "vegan", "carnivore"),
    ("My favourite season is summer.", "Autumn is my favourite season now that we live in Vermont.",
     "favorite_season", "summer", "autumn"),
]  # fmt: skip


@pytest.mark.parametrize(("old", "new", "key", "old_word", "new_word"), PAIRS)
def test_a_change_said_in_new_words_supersedes(
    tmp_path, old: str, new: str, key: str, old_word: str, new_word: str
) -> None:  # type: ignore[no-untyped-def]
    check_supersession(Spectron(path=str(tmp_path / "s")), old, new, key, old_word, new_word)
