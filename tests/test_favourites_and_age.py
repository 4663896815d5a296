"""Favourites said with "best", and the speaker's age said by the years lived or a birthday reached.

Decisions (see ``spectron_core/_extract/_favourites_age.py``): "my best colour/season/food/sport…" is the
favourite of that kind, under the same single-valued ``favorite_<kind>`` key "favourite" gives (no ``best_*`` key);
"best friend", "best time", a colour that is no colour say no favourite. The years lived ("i have lived for 80
years") and a birthday reached ("i just had my 90th birthday") give ``age``, single-valued; years lived somewhere,
a birthday hoped for and another person's birthday do not. Every sentence was written for this file.
"""

from __future__ import annotations

import pytest

from spectron_core import Spectron
from tests.support import check_supersession, facts, has, mine


def _check(text: str, key: str, value: str) -> None:
    assert has(text, key, value), f"{text!r}: expected {key}~{value!r}, got {facts(text)}"


# -- a favourite said with "best" --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, key, value",
    [
        ("my best colour is green", "favorite_color", "green"),
        ("My best color is teal.", "favorite_color", "teal"),
        ("honestly my best colour is navy blue", "favorite_color", "navy blue"),
        ("green is my best color", "favorite_color", "green"),
        ("i'm a bit dull, beige is even my best colour", "favorite_color", "beige"),
        ("Purple is always my best colour!", "favorite_color", "purple"),
        ("my best season would be winter", "favorite_season", "winter"),
        ("autumn is my best season", "favorite_season", "autumn"),
        ("rugby is my best sport", "favorite_sport", "rugby"),
        ("my favorite time of the year is fall", "favorite_season", "fall"),
        ("My fave time of year is definitely summer!", "favorite_season", "summer"),
        ("my favourite time of the year is christmas", "favorite_holiday", "christmas"),
    ],
)
def test_a_favourite_said_with_best(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize(
    "text",
    [
        "my best friend is called sam",  # a person, not a taste
        "sam is my best friend",
        "my best time is five minutes",  # a record
        "my best colour is the one on my front door",  # no colour named
        "that is my best colour",  # a pronoun takes something up
        "the car is my best colour",  # not a colour
        "my best season would be the one with no rain",  # no season named
        "what is your best colour?",  # asks
        "my favourite time of the year is when it snows",  # no season or holiday named
        "your favourite time of the year is spring",  # the listener's
    ],
)
def test_best_that_names_no_favourite(text: str) -> None:
    assert not [f for f in mine(text) if f[1].startswith("favorite_")], facts(text)


# -- a colour liked among other things ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, liked, colour",
    [
        ("i love pizza and the colour yellow", ("likes", "pizza"), "yellow"),
        ("I love the color teal and old cars.", ("likes", "old cars"), "teal"),
        ("i like hiking and the colour green", ("hobbies", "hiking"), "green"),
        ("honestly i just love baking and the colours pink and gold", ("hobbies", "baking"), "pink and gold"),
        ("i really like sailing and the colour navy blue lol", ("hobbies", "sailing"), "navy blue"),
    ],
)
def test_a_colour_liked_in_a_list(text: str, liked: tuple[str, str], colour: str) -> None:
    _check(text, liked[0], liked[1])
    _check(text, "favorite_color", colour)
    assert not [f for f in mine(text) if f[1] in ("likes", "hobbies") and "colo" in f[2].lower()], facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "i like swimming and the colour of the sea",  # a colour not named
        "i love pizza and colour schemes",
        "i don't like running or the colour brown",  # negated
        "my sister loves dancing and the colour red",  # someone else
    ],
)
def test_a_list_that_names_no_liked_colour(text: str) -> None:
    assert not mine(text, ("favorite_color",), current=True), facts(text)


# -- a favourite said after the thing, the "my" dropped -----------------------------------------------------------
@pytest.mark.parametrize(
    "text, key, value",
    [
        ("i love pizza, favorite food", "favorite_food", "pizza"),
        ("I adore tacos, fave food ever!", "favorite_food", "tacos"),
        ("i really like iced tea , fav drink", "favorite_drink", "iced tea"),
        ("honestly i love autumn, favourite season", "favorite_season", "autumn"),
    ],
)
def test_a_favourite_said_after_the_thing_without_my(text: str, key: str, value: str) -> None:
    _check(text, key, value)
    assert not [f for f in mine(text) if f[1] == "likes" and "fav" in f[2].lower()], facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "my sister loves sushi, favorite food",  # maybe the sister's favourite
        "i hate broccoli, fav food",  # irony, or another's
        "i don't eat meat, fave food",
        "i love pizza favorite food",  # no comma: no apposition one can tell
        "do you like pizza, favorite food?",  # asks
    ],
)
def test_a_bare_favourite_tail_that_names_no_favourite(text: str) -> None:
    assert not [f for f in mine(text, current=True) if f[1].startswith("favorite_")], facts(text)


# -- the age said by years lived or a birthday reached -----------------------------------------------------------
@pytest.mark.parametrize(
    "text, age",
    [
        ("i have lived for 80 years", "80"),
        ("I've lived on this earth for 91 years and counting.", "91"),
        ("ive been alive for 67 years lol", "67"),
        ("in my 72 years on this silly planet i never saw snow like it", "72"),
        ("In all my 58 years of life I have not met a nicer dog.", "58"),
        ("i just had my 90th birthday", "90"),
        ("I made it to my 100th birthday last month!", "100"),
        ("i reached my 50th birthday on tuesday", "50"),
    ],
)
def test_age_said_by_years_lived_or_birthday(text: str, age: str) -> None:
    assert ("age", age) in [(k, v) for _, k, v, _ in mine(text, current=True)], facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "i have lived here for 10 years",  # years in a place: how long, not how old
        "i have lived in leeds for 12 years",
        "i've lived for 10 years in ohio",
        "she has lived for 90 years",  # someone else
        "my gran has been alive for 95 years",
        "i hope to reach my 100th birthday",  # wished for
        "my mom just had her 80th birthday",  # another person's birthday
        "i just had my 30th birthday party planned",  # a party, not the birthday
    ],
)
def test_years_and_birthdays_that_give_no_age(text: str) -> None:
    assert not mine(text, ("age",)), facts(text)


# -- update pairs: the new one supersedes ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "old, new, key, old_word, new_word",
    [
        ("my favourite colour is red", "these days my best colour is green", "favorite_color", "red", "green"),
        ("my best colour is orange", "blue is my favorite color now", "favorite_color", "orange", "blue"),
        ("summer is my favourite season", "winter is my best season", "favorite_season", "summer", "winter"),
        ("spring is my favorite season", "my fave time of the year is autumn", "favorite_season", "spring", "autumn"),
        ("pasta is my favourite food", "i love curry, fave food ever", "favorite_food", "pasta", "curry"),
        ("i love the colour lilac", "i love knitting and the colour maroon", "favorite_color", "lilac", "maroon"),
        ("i'm 34", "i just turned 35", "age", "34", "35"),
        ("i am 89 years old", "i just had my 90th birthday", "age", "89", "90"),
        ("i'm 79", "i have lived for 80 years now", "age", "79", "80"),
    ],
)
def test_a_new_favourite_or_age_supersedes(
    tmp_path, old: str, new: str, key: str, old_word: str, new_word: str
) -> None:
    check_supersession(Spectron(path=str(tmp_path / "store")), old, new, key, old_word, new_word)
