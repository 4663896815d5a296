"""Pastimes said in passing (issue #10): by a partner in a doing ("he's my fishing buddy"), by what is best made
by a doing ("pie is my favourite thing to bake"), by a doing kept to ("i'll stick to painting"), by a doing set
beside another ("besides swimming i cycle"), and by walks or hikes taken by habit ("i take the dogs for long
walks", "i hit the gym daily"). ``hobbies`` holds many values: a pastime said another day is added, the older one kept.

Each construction is said in several spellings (lower-case chat, edited text, contractions, a time phrase), with
look-alikes beside it that must give no pastime: a partner in no doing, a verb of taking in, a thing kept to,
a chore or a dislike set beside, one walk, one trip to the gym or a job there. Every sentence was written for this file.
"""

from __future__ import annotations

import pytest

from tests.support import ALICE_SCOPE, at, facts, has, mine, profile_values


def _check(text: str, value: str, key: str = "hobbies") -> None:
    assert has(text, key, value), f"{text!r}: expected {key}~{value!r}, got {facts(text)}"


def _none(text: str, keys: tuple[str, ...] = ("hobbies", "instruments")) -> None:
    assert mine(text, keys, current=True) == [], facts(text)


# -- a partner in a doing ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("my border collie is a great running buddy", "running"),
        ("She is my hiking partner.", "hiking"),
        ("my brother's my fishing buddy", "fishing"),
        ("he's been my tennis partner for years", "tennis"),
        ("my neighbour is my regular chess partner lol", "chess"),
        ("Our old lab was the best swimming companion.", "swimming"),
        ("my husband is my climbing partner these days", "climbing"),
    ],
)
def test_a_partner_in_a_doing(text: str, value: str) -> None:
    _check(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "my business partner called me today",
        "he is my drinking buddy",
        "she has been my pen pal since school",
        "my life partner is a nurse",
        "my buddy likes to fish",  # (a friend who fishes: his pastime, not the speaker's)
    ],
)
def test_no_partner_in_a_pastime(text: str) -> None:
    _none(text)


# -- what is best made by a doing -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("pie is my favorite thing to bake", "baking"),
        ("Scarves are my favourite things to knit.", "knitting"),
        ("sourdough's my fave to bake", "baking"),
        ("my favourite thing to paint is the sea", "painting"),
        ("tomatoes are my favorite to grow", "growing tomatoes"),
        ("curries are definitely my favorite to cook", "cooking"),
    ],
)
def test_what_is_best_made_by_a_doing(text: str, value: str) -> None:
    _check(text, value)


@pytest.mark.parametrize(
    "text",
    ["pizza is my favorite to eat", "thrillers are my favourite to watch", "my favorite thing to do is nothing"],
)
def test_a_thing_taken_in_is_no_pastime(text: str) -> None:
    _none(text)


def test_what_is_cooked_is_still_the_favourite_food() -> None:
    _check("my favourite thing to cook is risotto", "risotto", "favorite_food")
    _check("my favourite thing to cook is risotto", "cooking")


def test_a_favourite_said_by_a_pronoun_is_only_the_doing() -> None:
    _check("those are my fave ones to bake", "baking")
    assert [f for f in mine("those are my fave ones to bake") if f[1].startswith("favorite_")] == []


# -- a doing kept to --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("i would rather stick to gardening", "gardening"),
        ("I'll stick to painting, thanks.", "painting"),
        ("scary stuff. i'd rather stick to my knitting hobby", "knitting"),
        ("i think i will stick to rock climbing", "rock climbing"),
        ("we still stick with sailing", "sailing"),
    ],
)
def test_a_doing_kept_to(text: str, value: str) -> None:
    _check(text, value)


@pytest.mark.parametrize(
    "text",
    ["i will stick to my day job", "i'll stick to water tonight", "i would rather stick to the plan"],
)
def test_a_thing_kept_to_is_no_pastime(text: str) -> None:
    _none(text)


# -- a doing set beside another ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, values",
    [
        ("besides swimming i also cycle", ["swimming"]),
        ("besides running i surf", ["running", "surfing"]),
        ("Besides hiking I also love to climb.", ["hiking"]),
        ("aside from knitting we bake a lot", ["knitting", "baking"]),
        ("apart from fishing i do some woodworking on weekends", ["fishing"]),
    ],
)
def test_a_doing_set_beside_another(text: str, values: list[str]) -> None:
    for value in values:
        _check(text, value)


@pytest.mark.parametrize(
    "text",
    ["besides working i hate everything", "besides cleaning i never do anything", "besides, i am tired"],
)
def test_a_chore_or_a_dislike_set_beside_is_no_pastime(text: str) -> None:
    _none(text)


# -- walks or hikes taken by habit ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("i take my dog for walks every day", "walking"),
        ("I take my dogs for long walks.", "walking"),
        ("we go on hikes most weekends", "hiking"),
        ("i usually take the puppy out for short walks", "walking"),
        ("i go on long bike rides with my son", "biking"),
    ],
)
def test_walks_taken_by_habit(text: str, value: str) -> None:
    _check(text, value)


@pytest.mark.parametrize(
    "text",
    ["i took my dog for a walk", "i'm taking the dog for a walk now", "my son goes on long walks"],
)
def test_one_walk_or_another_walker_is_no_pastime(text: str) -> None:
    _none(text, ("hobbies",))


# -- the gym gone to by habit -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "i go to the gym every day",
        "I hit the gym three times a week.",
        "we spend a lot of time at the gym",
        "i try to hit the gym regularly",
        "i love to go to the gym after work",
        "lately i go to the gym every morning to lift",
    ],
)
def test_the_gym_gone_to_by_habit(text: str) -> None:
    _check(text, "working out")


@pytest.mark.parametrize(
    "text",
    [
        "i went to the gym yesterday",
        "i'm going to the gym later",
        "my wife goes to the gym every day",
        "i never go to the gym",
        "i work at the gym",
        "i should go to the gym more",
        "i go to the gym most days just to chat with friends",
    ],
)
def test_once_another_a_job_or_another_purpose_is_no_workout(text: str) -> None:
    assert not has(text, "hobbies", "working out"), facts(text)


# -- the doing the body is moved by -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, values",
    [
        ("i move my body by dancing", ["dancing"]),
        ("I get my exercise by cycling, mostly.", ["cycling"]),
        ("honestly i move my body by walking and swimming", ["walking", "swimming"]),
    ],
)
def test_the_doing_the_body_is_moved_by(text: str, values: list[str]) -> None:
    for value in values:
        _check(text, value)


@pytest.mark.parametrize(
    "text", ["i move my body by going to work", "i get exercise by cleaning the house", "my body hurts by evening"]
)
def test_a_chore_that_moves_the_body_is_no_pastime(text: str) -> None:
    _none(text)


# -- many-valued: a pastime said another day is added -----------------------------------------------------------
def test_pastimes_said_in_passing_accumulate(mem) -> None:  # type: ignore[no-untyped-def]
    mem.remember("my sister is my hiking partner", scope=ALICE_SCOPE, observed_at=at(0))
    mem.remember("bread is my favourite thing to bake", scope=ALICE_SCOPE, observed_at=at(1))
    mem.remember("i take my dogs for long walks", scope=ALICE_SCOPE, observed_at=at(2))
    mem.remember("i hit the gym most mornings", scope=ALICE_SCOPE, observed_at=at(3))
    shown = profile_values(mem, "hobbies")
    for value in ("hiking", "baking", "walking", "working out"):
        assert any(value in v for v in shown), shown
