"""Pastimes and abilities said without "i like"/"i play" (issue #10): by a fan's doer, by what a doing is to the
speaker, by where they are to be found, by a habit named in passing, by going for walks or runs, by years kept up
or a purpose, by a list of hobbies, by what they are not doing; abilities said as a knack, as self-taught or as
learnt. ``hobbies``, ``skills`` and ``instruments`` hold many values: a second one said another day is added.

Each construction is said in several spellings (lower-case chat, contractions, edited text, fillers, a time
phrase), with look-alikes beside it that must give no pastime: one occasion, a chore, a pet or a drink where a
doing would be, another person, a trade without a fan's word, a wish. Every sentence was written for this file.
"""

from __future__ import annotations

import pytest

from tests.support import ALICE_SCOPE, at, check_supersession, facts, has, mine, profile_values

PASTIME_KEYS = ("hobbies", "skills", "instruments", "sports")


def _check(text: str, key: str, value: str) -> None:
    assert has(text, key, value), f"{text!r}: expected {key}~{value!r}, got {facts(text)}"


def _none(text: str, keys: tuple[str, ...] = PASTIME_KEYS) -> None:
    assert mine(text, keys, current=True) == [], facts(text)


# -- a doer said with a fan's adjective ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("avid gardener here", "gardening"),
        ("Keen baker here!", "baking"),
        ("i'm a huge gamer lol", "video games"),
        ("im an avid fisherman", "fishing"),
        ("I am a serious cyclist.", "cycling"),
        ("i am an amateur photographer", "photography"),
        ("well i'm a passionate cook", "cooking"),
        ("i'm also a weekend golfer", "golf"),
    ],
)
def test_a_fans_doer_is_a_pastime(text: str, value: str) -> None:
    _check(text, "hobbies", value)
    assert not mine(text, ("role",)), facts(text)  # a fan's doing, not the trade


@pytest.mark.parametrize("text", ["i'm a big fan", "i am a gardener at the botanic gardens", "i'm a bad cook"])
def test_no_fans_doer(text: str) -> None:
    _none(text, ("hobbies",))


# -- what a doing is to the speaker --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("knitting is my therapy", "knitting"),
        ("Running has always been my escape.", "running"),
        ("honestly yoga is my sanity", "yoga"),
        ("reading is my happy place", "reading"),
        ("chess is my obsession haha", "chess"),
        ("gardening keeps me sane", "gardening"),
        ("Swimming keeps me in shape.", "swimming"),
        ("i keep busy with woodworking", "woodworking"),
        ("i try to stay fit by cycling and rowing", "rowing"),
    ],
)
def test_what_a_doing_is_to_the_speaker(text: str, value: str) -> None:
    _check(text, "hobbies", value)


@pytest.mark.parametrize(
    "text",
    ["my dog is my therapy", "coffee keeps me going", "my husband is my escape", "work keeps me busy"],
)
def test_a_pet_a_drink_or_a_person_is_no_pastime(text: str) -> None:
    _none(text, ("hobbies",))


def test_lake_as_happy_place_stays_a_place() -> None:
    _check("the lake is my happy place", "favorite_place", "lake")


# -- where the speaker is to be found; what they are not doing ------------------------------------------------
@pytest.mark.parametrize(
    "text, values",
    [
        ("i can usually be found baking", ["baking"]),
        ("I can either be found hiking or fishing.", ["hiking", "fishing"]),
        ("im usually either skating or surfing", ["skating", "surfing"]),
        ("when i'm not hiking or climbing i work at a bank", ["hiking", "climbing"]),
        ("if im not fishing, im hunting", ["fishing", "hunting"]),
    ],
)
def test_where_the_speaker_is_found(text: str, values: list[str]) -> None:
    for value in values:
        _check(text, "hobbies", value)


@pytest.mark.parametrize(
    "text",
    [
        "im either at home or at work",
        "when i am not working i am sleeping",
        "when i'm not studying i'm eating",
        "if i am not wearing jeans i am in a dress",
    ],
)
def test_a_chore_or_a_place_is_no_pastime(text: str) -> None:
    _none(text, ("hobbies",))


# -- a habit named in passing ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, key, value",
    [
        ("just back from my weekly dance class", "hobbies", "dancing"),
        ("i never skip my morning yoga", "hobbies", "yoga"),
        ("Finished my daily 5k run, feeling great.", "hobbies", "running"),
        ("heading out for my evening walk", "hobbies", "walking"),
        ("missed my sunday golf game today", "hobbies", "golf"),
        ("my weekly piano lessons are on tuesdays", "instruments", "piano"),
    ],
)
def test_a_habit_named_in_passing(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize(
    "text",
    [
        "my daily commute is awful",
        "i did my weekly shop",
        "my morning coffee is cold",
        "just back from a run",
        "my son's weekly swim class got cancelled",
    ],
)
def test_a_chore_or_one_outing_is_no_habit(text: str) -> None:
    _none(text, ("hobbies", "instruments"))


# -- going for walks and runs --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("i go for a run every morning", "running"),
        ("i love to go for long walks", "walking"),
        ("We go for bike rides on sundays.", "biking"),
        ("i like to go for a swim after work", "swimming"),
        ("she's fine. i go for hikes most weekends", "hiking"),
    ],
)
def test_going_for_walks_and_runs(text: str, value: str) -> None:
    _check(text, "hobbies", value)


@pytest.mark.parametrize(
    "text", ["i went for a walk yesterday", "im going for a run later", "do you go for walks?"]
)
def test_one_outing_is_no_pastime(text: str) -> None:
    _none(text, ("hobbies",))


# -- kept up for years, or done for its own sake --------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("i have been racing for over ten years", "racing"),
        ("ive been painting for years", "painting"),
        ("I have knitted for decades.", "knitting"),
        ("i dance to keep busy", "dancing"),
        ("i swim to stay in shape", "swimming"),
        ("i kayak for fun", "kayaking"),
        ("i do a lot of yoga", "yoga"),
        ("we do lots of hiking in the fall", "hiking"),
    ],
)
def test_kept_up_or_done_for_its_own_sake(text: str, value: str) -> None:
    _check(text, "hobbies", value)


@pytest.mark.parametrize("text", ["i painted for twenty years", "I sailed for 3 years in the navy.", "i do a lot"])
def test_a_past_trade_or_nothing_done_is_no_pastime(text: str) -> None:
    _none(text, ("hobbies",))


# -- time spent ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("i spend 3 hours working out every day", "working out"),
        ("i spend most afternoons gardening", "gardening"),
        ("i usually waste my free time playing darts", "darts"),
        ("lol i waste all my spare time gaming", "gaming"),
    ],
)
def test_time_spent_on_a_doing(text: str, value: str) -> None:
    _check(text, "hobbies", value)


def test_money_wasted_is_no_pastime() -> None:
    _none("i waste money on shoes", ("hobbies",))


# -- hobbies listed ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, values",
    [
        ("i have other hobbies like chess", ["chess"]),
        ("my hobbies include sewing and baking", ["sewing", "baking"]),
        ("I have a few hobbies such as quilting and hiking.", ["quilting", "hiking"]),
    ],
)
def test_hobbies_listed(text: str, values: list[str]) -> None:
    for value in values:
        _check(text, "hobbies", value)
    assert not mine(text, ("possessions",)), facts(text)


def test_hobbies_asked_about_are_not_the_speakers() -> None:
    _none("do you have any hobbies like chess?", ("hobbies",))


# -- abilities -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, key, value",
    [
        ("i have a knack for fixing things", "skills", "fixing things"),
        ("I have a real talent for drawing.", "skills", "drawing"),
        ("i taught myself to sew", "skills", "sew"),
        ("i taught myself how to play the ukulele", "instruments", "ukulele"),
        ("i learned to knit when i was little", "skills", "knit"),
        ("i learnt how to cook during lockdown", "skills", "cook"),
        ("i learned to play guitar at ten", "instruments", "guitar"),
    ],
)
def test_an_ability_said_as_a_gift_or_as_learnt(text: str, key: str, value: str) -> None:
    _check(text, key, value)
    assert not has(text, key, value, negated=True), facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "i don't have a knack for drawing",
        "i want to learn to knit",
        "i learned a lot from my dad",
        "i learned about stocks in college",
    ],
)
def test_no_ability_said(text: str) -> None:
    _none(text, ("skills", "hobbies", "instruments"))


def test_grown_in_the_garden_names_what_is_grown() -> None:
    _check("i grow roses in my garden", "hobbies", "growing roses")


# -- many-valued keys: a second pastime said another way is added ---------------------------------------------
def test_pastimes_said_in_new_ways_accumulate(mem) -> None:  # type: ignore[no-untyped-def]
    mem.remember("avid gardener here", scope=ALICE_SCOPE, observed_at=at(0))
    mem.remember("knitting is my therapy", scope=ALICE_SCOPE, observed_at=at(1))
    mem.remember("i go for a run every morning", scope=ALICE_SCOPE, observed_at=at(2))
    shown = profile_values(mem, "hobbies")
    for value in ("gardening", "knitting", "running"):
        assert any(value in v for v in shown), shown


def test_skills_accumulate(mem) -> None:  # type: ignore[no-untyped-def]
    mem.remember("i taught myself to sew", scope=ALICE_SCOPE, observed_at=at(0))
    mem.remember("i have a knack for fixing things", scope=ALICE_SCOPE, observed_at=at(1))
    shown = profile_values(mem, "skills")
    assert any("sew" in v for v in shown) and any("fixing things" in v for v in shown), shown


# -- "my … is X" with a pastime's noun; what the speaker loves most; compound verbs --------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("my main hobby is mountain biking", "mountain biking"),
        ("My biggest passion is sailing.", "sailing"),
        ("my enjoyment is rock climbing lol", "rock climbing"),
        ("my pastime is knitting", "knitting"),
        ("the thing i love most is skateboarding", "skateboarding"),
        ("what i love most is baking", "baking"),
        ("i bird watch", "bird watching"),
        ("We birdwatch on weekends.", "bird watching"),
        ("i love to window shop", "window shopping"),
        ("i stargaze on clear nights", "star gazing"),
    ],
)
def test_a_pastime_named_by_its_noun_or_a_compound_verb(text: str, value: str) -> None:
    _check(text, "hobbies", value)


@pytest.mark.parametrize(
    "text",
    [
        "my main job is nursing",
        "the thing i love most is my family",
        "what do you love most?",
        "i do not bird watch",
        "do you bird watch?",
    ],
)
def test_no_pastime_named(text: str) -> None:
    _none(text, ("hobbies",))


@pytest.mark.parametrize(
    "text", ["outdoor grilling is my favorite thing", "Rock climbing is my favourite thing to do."]
)
def test_a_favourite_thing_that_is_a_doing_is_the_favourite_pastime(text: str) -> None:
    assert mine(text, ("favorite_hobby",)), facts(text)


@pytest.mark.parametrize(
    "old, new, old_word, new_word",
    [
        ("outdoor grilling is my favorite thing", "my favourite thing to do is rock climbing now", "grilling", "climbing"),
        ("my favorite pastime is knitting", "deep sea fishing is my favourite thing these days", "knitting", "fishing"),
    ],
)
def test_a_new_favourite_pastime_replaces_the_old(tmp_path, old: str, new: str, old_word: str, new_word: str) -> None:  # type: ignore[no-untyped-def]
    from spectron_core import Spectron

    check_supersession(Spectron(path=str(tmp_path / "store")), old, new, "favorite_hobby", old_word, new_word)
