"""Tastes and pastimes said in ordinary first-person chat (issue #10: the multi-valued keys — likes, dislikes,
hobbies, possessions, pets, appearance — are most of what people say about themselves).

Each group is one construction of English, said in several spellings (lower-case chat without punctuation,
contractions "im"/"i'm"/"cant", fillers "well", "lol", "haha", edited text), with negatives beside it: questions
to the other person, hypotheticals, wishes and other people's tastes put nothing on the speaker. Every sentence
was written for this file; none is taken from a data set.
"""

from __future__ import annotations

import pytest

from tests.support import facts, has, mine


def _check(text: str, key: str, value: str, negated: bool = False) -> None:
    assert has(text, key, value, negated), f"{text!r}: expected {key}~{value!r}, got {facts(text)}"


TASTE_KEYS = ("likes", "dislikes", "hobbies", "drinks", "possessions", "vehicle", "pets")


# -- fear and aversion -------------------------------------------------------------------------------------
AVERSIONS = [
    ("wasps scare me", "wasps"),
    ("honestly thunderstorms scare me to death lol", "thunderstorms"),
    ("Deep water terrifies me.", "deep water"),
    ("im terrified of needles", "needles"),
    ("i'm so scared of the dark haha", "dark"),
    ("well i am deathly afraid of bees", "bees"),
    ("i cant stand olives", "olives"),
    ("I can't stand reality shows.", "reality shows"),
    ("i really cannot stand traffic jams", "traffic jams"),
    ("cottage cheese grosses me out", "cottage cheese"),
    ("raw fish totally grosses me out lol", "raw fish"),
    ("moths freak me out", "moths"),
    ("centipedes give me the creeps", "centipedes"),
    ("Clowns give me the willies.", "clowns"),
    ("im not a fan of country music", "country music"),
    ("i'm not really a fan of horror films", "horror films"),
    ("golf is not my thing", "golf"),
    ("karaoke isn't really my thing lol", "karaoke"),
    ("Opera is not my cup of tea.", "opera"),
    ("crowds are not really my thing haha", "crowds"),
    ("i faint at the sight of needles", "needles"),
    ("I get queasy, i gag at the smell of eggs", "eggs"),
    ("i freak out at the thought of flying", "flying"),
    ("i absolutely loathe mayo", "mayo"),
    ("i detest early mornings", "early mornings"),
]


@pytest.mark.parametrize("text, value", AVERSIONS)
def test_fear_and_aversion(text: str, value: str) -> None:
    _check(text, "dislikes", value)


# -- enthusiasm ----------------------------------------------------------------------------------------------
ENTHUSIASM = [
    ("i'm a huge blues fan", "likes", "blues"),
    ("im a total history buff", "likes", "history"),
    ("I'm a massive rugby fan.", "likes", "rugby"),
    ("i'm obsessed with korean dramas", "likes", "korean dramas"),
    ("im hooked on crime podcasts lately", "likes", "crime podcasts"),
    ("i'm so hooked on crosswords haha", "likes", "crosswords"),
    ("i'm really into bonsai these days", "likes", "bonsai"),
    ("im mad about cricket", "likes", "cricket"),
    ("i'm nuts about old westerns", "likes", "old westerns"),
    ("i'm a sucker for cheesy romcoms", "likes", "cheesy romcoms"),
    ("well im a sucker for a good mystery", "likes", "mystery"),
    ("funk is my jam", "likes", "funk"),
    ("Tacos are totally my jam.", "likes", "tacos"),
    ("board games are right up my alley lol", "likes", "board games"),
    ("i can't resist chocolate", "likes", "chocolate"),
    ("i cant resist a warm cinnamon roll lol", "likes", "cinnamon roll"),
    ("I just can't get enough of sushi.", "likes", "sushi"),
    ("nothing beats a hot bath", "likes", "bath"),
    ("there's nothing better than a long walk lol", "likes", "long walk"),
    ("nothing beats pizza on a friday night", "favorite_food", "pizza"),
    ("nothing beats a cold beer after a long day", "favorite_drink", "beer"),
    ("i live for summer", "likes", "summer"),
    ("i live for the weekends haha", "likes", "weekends"),
    ("I live for live music.", "likes", "live music"),
    ("i'm crazy about horses", "likes", "horses"),
    ("im addicted to sudoku", "likes", "sudoku"),
]


@pytest.mark.parametrize("text, key, value", ENTHUSIASM)
def test_enthusiasm(text: str, key: str, value: str) -> None:
    _check(text, key, value)


# -- pastimes said by the time spent on them ------------------------------------------------------------------
TIME_SPENT = [
    ("i spend most of my free time gardening", "gardening"),
    ("i spend my weekends hiking lol", "hiking"),
    ("I spend my evenings reading.", "reading"),
    ("my evenings are for knitting", "knitting"),
    ("my weekends are for football haha", "football"),
    ("weekends are reserved for fishing", "fishing"),
    ("My free time is mostly for painting.", "painting"),
    ("when i'm not working i paint", "painting"),
    ("when im not at work i bake", "baking"),
    ("in my spare time i read comics", "reading comics"),
    ("on weekends i go hiking", "hiking"),
    ("dancing is my thing", "dancing"),
]


@pytest.mark.parametrize("text, value", TIME_SPENT)
def test_pastimes_said_by_time_spent(text: str, value: str) -> None:
    _check(text, "hobbies", value)


# -- habits: "i usually V", "i go V-ing every sunday" ---------------------------------------------------------
HABITS = [
    ("i usually go fishing on sundays", "fishing"),
    ("i go bowling every sunday", "bowling"),
    ("I go swimming every morning.", "swimming"),
    ("we go camping each summer lol", "camping"),
    ("i always jog before work", "jogging"),
    ("i often bake bread", "baking bread"),
    ("well i hike a lot", "hiking"),
    ("i do yoga every morning", "yoga"),
    ("im always knitting something haha", "knitting"),
    ("i go fishing in the lake on sundays", "fishing in the lake"),
]


@pytest.mark.parametrize("text, value", HABITS)
def test_habits(text: str, value: str) -> None:
    _check(text, "hobbies", value)


@pytest.mark.parametrize("text", ["i go bowling every sunday", "i usually go fishing on sundays"])
def test_when_a_habit_is_done_is_not_part_of_it(text: str) -> None:
    hobbies = [v for _, k, v, _ in mine(text, ("hobbies",))]
    assert hobbies and not any("sunday" in v for v in hobbies), facts(text)


# -- possessions said in passing, and pets -------------------------------------------------------------------
POSSESSIONS = [
    ("my old pickup truck broke down again", "possessions", "pickup truck"),
    ("ugh my car wont start", "possessions", "car"),
    ("My beat up old van needs new tires.", "possessions", "van"),
    ("i left my phone in my car lol", "possessions", "car"),
    ("i own a boat", "possessions", "boat"),
    ("i drive a honda civic", "vehicle", "honda civic"),
    ("my two cats keep me up at night", "pets", "cat"),
    ("my dog chewed my shoes again haha", "pets", "dog"),
    ("we have two rabbits", "pets", "rabbit"),
    ("i've got a parrot named kiwi", "pets", "parrot"),
    ("i drink two cups of coffee a day", "drinks", "coffee"),
    ("I drink a glass of red wine each night.", "drinks", "red wine"),
]


@pytest.mark.parametrize("text, key, value", POSSESSIONS)
def test_possessions_and_pets(text: str, key: str, value: str) -> None:
    _check(text, key, value)


# -- a person named by what they own or love: "a dog owner", "a bookworm" ------------------------------------
PERSON_NOUNS = [
    ("i'm a proud dog owner", "pets", "dog"),
    ("im a cat owner lol", "pets", "cat"),
    ("I am a new home owner.", "possessions", "home"),
    ("im a first time homeowner haha", "possessions", "home"),
    ("im such a bookworm lol", "hobbies", "reading"),
    ("i am a huge foodie", "likes", "food"),
    ("well i'm a bit of a gym rat", "hobbies", "working out"),
    ("i'm a small business owner", "role", "business owner"),
]


@pytest.mark.parametrize("text, key, value", PERSON_NOUNS)
def test_a_person_named_by_what_they_own_or_love(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize("text", ["i'm a proud dog owner", "i am a new home owner"])
def test_owning_a_thing_is_no_job(text: str) -> None:
    assert mine(text, ("role",)) == [], facts(text)


@pytest.mark.parametrize(
    "text", ["i collect mugs, i have over 200!", "i have another two years before i retire", "i have like 3 more"]
)
def test_a_count_or_a_time_is_no_possession(text: str) -> None:
    assert mine(text, ("possessions",)) == [], facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "i have a big match coming up",
        "we have a baby coming in may",
        "i have plenty of time lol",
        "i have cooked for my family for years",
    ],
)
def test_what_is_coming_or_done_is_no_possession(text: str) -> None:
    assert mine(text, ("possessions",)) == [], facts(text)


CLEAN_VALUES = [
    ("i swim laps and that keeps me fit", "hobbies", "swimming laps"),
    ("i really like dancing to that kind of music", "hobbies", "dancing"),
    ("im from ohio and you?", "hometown", "ohio"),
]


@pytest.mark.parametrize("text, key, value", CLEAN_VALUES)
def test_no_function_word_left_at_the_end(text: str, key: str, value: str) -> None:
    got = [v for _, k, v, _ in mine(text, (key,))]
    assert got and all(v.split()[-1] not in ("and", "to", "you") for v in got) and value in got, facts(text)


# -- physical traits -----------------------------------------------------------------------------------------
TRAITS = [
    ("i'm tall", "appearance", "tall"),
    ("im pretty short lol", "appearance", "short"),
    ("I have red hair.", "appearance", "red hair"),
    ("i'm left-handed", "appearance", "left-handed"),
    ("i have blue eyes", "appearance", "blue eyes"),
    ("i have freckles haha", "appearance", "freckles"),
    ("i have curly brown hair", "appearance", "curly brown hair"),
    ("i wear glasses", "appearance", "glasses"),
    ("i'm very shy", "personality", "shy"),
]


@pytest.mark.parametrize("text, key, value", TRAITS)
def test_physical_and_personal_traits(text: str, key: str, value: str) -> None:
    _check(text, key, value)


# -- negatives: nothing on the speaker -----------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "do spiders scare you?",
        "are you a big jazz fan?",
        "is golf your thing?",
        "does camping give you the creeps?",
        "can you resist chocolate?",
        "my son loves lego",
        "my sister can't stand cilantro",
        "my wife is obsessed with gardening",
        "my brother is a huge hockey fan",
        "spiders scare my daughter",
        "if i had a boat i would sail every day",
        "i wish i had a dog",
        "i wish my car had heated seats",
        "my dream car is a tesla",
        "my dad's truck is huge",
        "i would love to learn the violin someday",
        "i live for free at my parents place",
        "i have lived here for ten years",
        "i panic at work sometimes",
        "nothing beats my mom",
        "my sundays are for family",
        "i could not care less",
        "what do you do on weekends?",
        "what is your thing?",
        "do you go fishing on sundays?",
        "my husband spends his weekends fishing",
        "i drink 5 cups a day lol",
        "i drink like three glasses a day",
    ],
)
def test_no_taste_on_the_speaker(text: str) -> None:
    assert mine(text, TASTE_KEYS) == [], facts(text)


def test_a_denied_liking_is_no_dislike_of_resisting() -> None:
    """ "i can't resist X" is a liking, never the negation of one."""
    assert not any(n for _, k, _, n in mine("i cant resist donuts", ("likes",))), facts("i cant resist donuts")
