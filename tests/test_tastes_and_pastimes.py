"""Tastes and pastimes said in ordinary first-person chat (issue #10: the multi-valued keys — likes, dislikes,
hobbies, possessions, pets, appearance — are most of what people say about themselves).

Each group is one construction of English, said in several spellings (lower-case chat without punctuation,
contractions "im"/"i'm"/"cant", fillers "well", "lol", "haha", edited text), with negatives beside it: questions
to the other person, hypotheticals, wishes and other people's tastes put nothing on the speaker. Every sentence
was written for this file; none is taken from a data set.
"""

from __future__ import annotations

import pytest

from tests.support import ALICE_SCOPE, at, check_supersession, facts, has, mine, profile_values
from tests.support import expect as _check

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


# -- a thing named first and judged (spectron_core/_extract/_tastes.py) ------------------------------------------
JUDGED = [
    ("tuesdays are the worst", "dislikes", "tuesdays"),
    ("honestly traffic jams are the absolute worst lol", "dislikes", "traffic jams"),
    ("Black licorice is gross.", "dislikes", "black licorice"),
    ("raisins are so nasty haha", "dislikes", "raisins"),
    ("i think golf is boring", "dislikes", "golf"),
    ("reality tv is a waste of time", "dislikes", "reality tv"),
    ("i find ballet boring", "dislikes", "ballet"),
    ("I find crowds exhausting.", "dislikes", "crowds"),
    ("i find knitting relaxing", "likes", "knitting"),
    ("bagels are life", "likes", "bagels"),
    ("sudoku is my guilty pleasure lol", "likes", "sudoku"),
    ("brownies are my weakness", "likes", "brownies"),
    ("cheesecake is my biggest weakness haha", "likes", "cheesecake"),
    ("hot soup makes everything better", "likes", "soup"),
    ("a good curry always makes my day", "likes", "curry"),
    ("the holidays are the worst", "dislikes", "holidays"),
    ("loud chewing drives me crazy", "dislikes", "loud chewing"),
    ("slow walkers drive me nuts", "dislikes", "slow walkers"),
    ("mushrooms make me gag", "dislikes", "mushrooms"),
    ("pop music bugs me", "dislikes", "pop music"),
]


@pytest.mark.parametrize("text, key, value", JUDGED)
def test_a_thing_named_first_and_judged(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize(
    "text",
    [
        "this soup is gross",  # that soup, not soup
        "the movie is boring",  # that film
        "the food here is awful",  # here: the place, not the food
        "the traffic today is the worst",
        "it is so gross",
        "that is the worst",
        "your jokes are the worst lol",
        "my brother is the worst",
        "the party was boring",  # past: one occasion
        "is golf boring?",
        "golf is not boring",
        "impatience is my biggest weakness",  # a flaw, not a taste
        "math is my weakness",
        "life is boring",
        "do you find opera boring?",
        "my sister finds opera boring",
    ],
)
def test_a_judgement_of_one_thing_or_of_no_taste_says_nothing(text: str) -> None:
    assert mine(text, TASTE_KEYS) == [], facts(text)


# -- drinks said as a way of life ----------------------------------------------------------------------------
DRINK_WAYS = [
    ("i live on coffee", "drinks", "coffee"),
    ("i basically live on iced tea lol", "drinks", "iced tea"),
    ("I practically live on energy drinks.", "drinks", "energy drinks"),
    ("i pretty much live on instant noodles", "likes", "instant noodles"),
    ("im a coffee person", "drinks", "coffee"),
    ("i'm such a tea person", "drinks", "tea"),
    ("I am a big beer drinker.", "drinks", "beer"),
    ("i have coffee every morning", "drinks", "coffee"),
    ("i have a cup of green tea every night", "drinks", "green tea"),
    ("i have a glass of wine with dinner", "drinks", "wine"),
    ("i enjoy a glass of red wine in the evening", "drinks", "red wine"),
    ("i love a cold pint of cider", "drinks", "cider"),
]


@pytest.mark.parametrize("text, key, value", DRINK_WAYS)
def test_drinks_said_as_a_way_of_life(text: str, key: str, value: str) -> None:
    _check(text, key, value)


def test_a_drink_measured_is_the_drink() -> None:
    """ "a glass of wine" is wine; the glass is how much."""
    got = [v for _, _, v, _ in mine("i enjoy a glass of wine in the evening", ("drinks",))]
    assert got == ["wine"], facts("i enjoy a glass of wine in the evening")


def test_a_drink_not_drunk_is_a_closed_drink_not_a_dislike() -> None:
    """ "i don't drink soda" says what the speaker does not drink (``drinks`` negated, which closes a soda said
    before); it says nothing of whether they like it."""
    for text in ("i don't drink soda", "i never drink alcohol", "I do not drink coffee."):
        got = mine(text, ("drinks", "dislikes"))
        assert got and all(k == "drinks" and n for _, k, _, n in got), facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "i live on maple street",  # a home
        "i live on a farm",
        "i have a bottle of wine",  # owned, maybe never drunk
        "i had coffee this morning",  # once
        "are you a coffee person?",
        "my wife is a tea person",
        "i'm not much of a coffee drinker",
        "do you live on coffee too?",
    ],
)
def test_no_drink_taste(text: str) -> None:
    assert mine(text, ("drinks",), current=True) == [], facts(text)


def test_a_home_on_a_street_is_still_a_home() -> None:
    assert has("i live on maple street", "home", "maple street"), facts("i live on maple street")


# -- places one keeps going to ---------------------------------------------------------------------------------
PLACES_GONE_TO = [
    ("i attend church every week", "church"),
    ("we still attend mass on sundays", "mass"),
    ("I attend synagogue with my family.", "synagogue"),
    ("i spend sundays at church", "church"),
    ("we spend our summers at the lake", "lake"),
    ("i usually spend my weekends at the beach lol", "beach"),
    ("we spend summers in the mountains", "mountains"),
    ("we spend our winters in florida", "florida"),
    ("i vacation at the beach every year", "beach"),
    ("we holiday in cornwall most years", "cornwall"),
    ("i enjoy time at the beach", "beach"),
    ("we love our time at the cabin", "cabin"),
    ("i go to the gym every day", "gym"),
]


@pytest.mark.parametrize("text, value", PLACES_GONE_TO)
def test_a_place_one_keeps_going_to(text: str, value: str) -> None:
    _check(text, "likes", value)


@pytest.mark.parametrize(
    "text",
    [
        "i spent the weekend at the lake",  # one visit
        "i vacationed in spain last year",
        "i had a great afternoon at the park",
        "i went to the beach yesterday",
        "i enjoyed time at the beach",
        "i spend my evenings at home",  # where one has to be
        "i spend most days at work",
        "i spend weekends at my mom's",
        "i spend my days in reflection",
        "we spend money on food",
        "do you attend church?",
        "my parents attend church every week",
        "i enjoy my time with my kids",
        "i love my time off",
    ],
)
def test_one_visit_or_where_one_must_be_is_no_taste(text: str) -> None:
    assert [f for f in mine(text, ("likes",), current=True) if f[2] not in ("kids",)] == [], facts(text)


# -- what is not a liked thing ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, kept, junk",
    [
        ("i like tacos , one thing in common", "tacos", "thing"),
        ("i love goats, one of the reasons i moved out here", "goats", "reasons"),
        ("I like jazz, something we share.", "jazz", "something"),
        ("i like cats , which is why i have three", "cats", "which"),
    ],
)
def test_a_remark_after_a_comma_is_not_another_liked_thing(text: str, kept: str, junk: str) -> None:
    got = [v for _, _, v, _ in mine(text, ("likes",))]
    assert kept in got and not any(junk in v for v in got), facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "i hate that my boss calls me on sundays",
        "i hate it when people chew loudly",
        "i love it when it snows",
        "i love how my garden looks in may",
        "I hate that there is no bus on sundays.",
        "i am enjoying the afternoon",  # this moment
        "just enjoying my salad lol",
    ],
)
def test_a_situation_or_a_moment_is_no_taste(text: str) -> None:
    assert mine(text, ("likes", "dislikes")) == [], facts(text)


@pytest.mark.parametrize(
    "text, key, value",
    [
        ("i hate that song", "dislikes", "song"),
        ("i love animals, especially goats", "likes", "goats"),
        ("i love animals, especially goats", "likes", "animals"),
        ("im scared of bugs especially wasps", "dislikes", "wasps"),
        ("i like social media, especially twitter", "likes", "twitter"),
    ],
)
def test_a_thing_singled_out_is_liked_too(text: str, key: str, value: str) -> None:
    _check(text, key, value)


def test_what_is_singled_out_by_when_is_no_thing() -> None:
    got = [v for _, _, v, _ in mine("i love jazz especially while cooking", ("likes",))]
    assert got == ["jazz"], facts("i love jazz especially while cooking")


def test_drinks_accumulate(mem) -> None:  # type: ignore[no-untyped-def]
    """``drinks`` holds many: a second drink said another way is added, the first stays."""
    mem.remember("im a coffee person", scope=ALICE_SCOPE, observed_at=at(0))
    mem.remember("i basically live on iced tea", scope=ALICE_SCOPE, observed_at=at(1))
    shown = profile_values(mem, "drinks")
    assert any("coffee" in v for v in shown) and any("iced tea" in v for v in shown), shown


def test_a_drink_given_up_closes_the_one_said_before(mem) -> None:  # type: ignore[no-untyped-def]
    mem.remember("i live on coffee", scope=ALICE_SCOPE, observed_at=at(0))
    mem.remember("i quit coffee last month", scope=ALICE_SCOPE, observed_at=at(1))
    assert not any("coffee" in v for v in profile_values(mem, "drinks")), profile_values(mem, "drinks")


# -- a favourite place said with whom or when; a gym hit by habit ---------------------------------------------
@pytest.mark.parametrize(
    "text, key, value",
    [
        ("the zoo is my favorite place to go with my kids", "favorite_place", "zoo"),
        ("the lake is my favourite place to go in summer", "favorite_place", "lake"),
        ("Central Park is my fave place to be on a sunday.", "favorite_place", "central park"),
        ("the library is my favorite place to relax after work lol", "favorite_place", "library"),
        ("i hit the gym every morning", "likes", "gym"),
        ("we try to hit the beach on weekends", "likes", "beach"),
        ("i usually hit the pool before work", "likes", "pool"),
        ("i go to the gym almost every day", "likes", "gym"),
    ],
)
def test_a_favourite_place_with_company_and_a_place_hit_by_habit(text: str, key: str, value: str) -> None:
    got = [v for _, _, v, _ in mine(text, (key,))]
    assert value in got, facts(text)  # the whole value: "gym", not "gym almost"


@pytest.mark.parametrize(
    "text",
    [
        "it is my favorite place to go with friends",
        "is the zoo your favorite place to go with kids?",
        "my mom's house is my favorite place to go on weekends",
        "i'm going to hit the gym later",
        "he hits the gym every day",
        "did you hit the beach this weekend?",
    ],
)
def test_no_favourite_or_habit_place(text: str) -> None:
    assert mine(text, ("favorite_place", "likes"), current=True) == [], facts(text)


@pytest.mark.parametrize(
    "old, new, old_word, new_word",
    [
        ("the zoo is my favorite place to go with my kids", "my favourite place to go is the lake now", "zoo", "lake"),
        ("the library is my happy place", "the park is my fave place to be on sundays", "library", "park"),
    ],
)
def test_a_new_favourite_place_replaces_the_old(tmp_path, old: str, new: str, old_word: str, new_word: str) -> None:  # type: ignore[no-untyped-def]
    from spectron_core import Spectron

    check_supersession(Spectron(path=str(tmp_path / "store")), old, new, "favorite_place", old_word, new_word)
