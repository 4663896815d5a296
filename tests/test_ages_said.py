"""Ages said in passing: a birthday named by its ordinal, an age turned or reached, and the chat introduction.

Decisions (see ``spectron_core/_extract/_favourites_age.py``): ``age`` is single-valued, so each of these
supersedes the age held before. A birthday had, celebrated or said to be today gives the age ("had my 30th birthday
party", "we celebrated my 40th", "it's my 30th birthday today"); a birthday still to come gives "almost N", as
"i'm turning 30 next week" already did ("it's my 21st next week"). "turned thirty in june" and "made it to turning
18" are the age reached; an age turned more than a year ago ("in 2009", "two years ago") is a past age. "25 from
ohio", "m 34 texas" open a chat line with the age and a place. Another person's birthday, anniversaries, other
ordinals, counts and questions give no age. Every sentence was written for this file.
"""

from __future__ import annotations

import pytest

from spectron_core import Spectron
from tests.support import check_supersession, facts, mine


def _ages(text: str) -> list[str]:
    return [v for _, k, v, _ in mine(text, ("age",), current=True)]


# -- a birthday named by its ordinal -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, age",
    [
        ("had my 30th birthday party on saturday!", "30"),
        ("I had my 27th birthday party at the bowling alley.", "27"),
        ("we celebrated my 40th last weekend", "40"),
        ("We just celebrated my 65th with a big family dinner.", "65"),
        ("i threw my 25th bday party at the lake", "25"),
        ("it's my 30th birthday today", "30"),
        ("its my 19th today lol", "19"),
        ("Today is my 50th birthday!", "50"),
        ("yesterday was my 21st", "21"),
        ("all that gardening helped me make it to my 95th birthday", "95"),
        ("i made it to my 88th birthday somehow", "88"),
    ],
)
def test_a_birthday_had_or_today_gives_the_age(text: str, age: str) -> None:
    assert age in _ages(text), facts(text)


@pytest.mark.parametrize(
    "text, age",
    [
        ("it's my 21st next week", "almost 21"),
        ("Next month is my 50th birthday.", "almost 50"),
        ("its my 40th birthday tomorrow, kind of nervous", "almost 40"),
    ],
)
def test_a_birthday_to_come_is_almost_that_age(text: str, age: str) -> None:
    assert _ages(text) == [age], facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "my son's 10th birthday is on sunday",  # another person's birthday
        "we had my daughter's 16th birthday party at a skating rink",
        "my mom turns 60 in may",
        "our 30th anniversary is next week",  # an anniversary
        "we celebrated our 25th wedding anniversary",
        "it's my 2nd job this year",  # other ordinals
        "i had my 3rd kid last year",
        "i had my 3rd last spring",
        "the 4th of july is my favourite holiday",
        "it's my 20th attempt at this level",
        "it's my 30th!",  # no birthday nor day said
        "i hope to make it to my 100th birthday",  # a wish
        "i want to celebrate my 40th in paris",
        "when i had my 18th birthday i got a car",  # a past age
        "i had my 18th birthday party in 2009",
        "is it your 30th birthday today?",  # a question, of the listener
        "did you have your 21st birthday party yet?",
        "i never had my 16th birthday party",
        "we had my 30th birthday bash booked for june",  # still to come
    ],
)
def test_ordinals_that_give_no_age(text: str) -> None:
    assert not _ages(text), facts(text)


# -- an age turned or reached ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, age",
    [
        ("turned thirty in june", "30"),
        ("I turned forty last month.", "40"),
        ("i turned twenty-five on monday", "25"),
        ("i just made it to turning 18 years old yesterday", "18"),
        ("finally made it to 80 lol", "80"),
        ("i just hit 50", "50"),
        ("i just turned 35, feeling old", "35"),
    ],
)
def test_an_age_turned_or_reached(text: str, age: str) -> None:
    assert age in _ages(text), facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "i turned 40 in 2010",  # long ago: a past age
        "i turned 30 two years ago",
        "when i turned 18 i moved out",
        "i made it to 80 mph on the highway",  # a speed
        "we made it to 12 before the rain",
        "i just hit 50 followers",  # a count
        "i haven't turned 30 yet",  # denied
        "did you turn 30 this year?",
        "my brother turned forty in june",
    ],
)
def test_turns_and_hits_that_give_no_age(text: str) -> None:
    assert not _ages(text), facts(text)


# -- the chat introduction -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, age",
    [
        ("25 from ohio", "25"),
        ("m 34 texas", "34"),
        ("45 m chicago in town for work", "45"),
        ("40 from NY, how about you?", "40"),
        ("29 from Leeds. you?", "29"),
        ("f 22 from canada", "22"),
        ("31/m/denver", "31"),
    ],
)
def test_a_chat_introduction_gives_the_age(text: str, age: str) -> None:
    assert age in _ages(text), facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "40 from the store",  # not a place
        "20 from work, the rest from school",
        "i have 2 from my first marriage",
        "i ran 5k this morning",
        "500 from the bank",
        "30 from ohio state university came to the game",  # more than an introduction
        "m 25 here",
        "the 40 from ohio",
    ],
)
def test_numbers_that_open_no_introduction(text: str) -> None:
    assert not _ages(text), facts(text)


# -- a new age in one of these ways supersedes the old one ---------------------------------------------------------
@pytest.mark.parametrize(
    "old, new, old_word, new_word",
    [
        ("i am 29 years old", "had my 30th birthday party on saturday", "29", "30"),
        ("i'm 39", "we celebrated my 40th with a cake", "39", "40"),
        ("i am 20", "it's my 21st birthday today", "20", "21"),
        ("i'm twenty nine", "turned thirty in june", "29", "30"),
        ("i am 17", "i just made it to turning 18 years old", "17", "18"),
        ("i'm 44", "45 m chicago in town", "44", "45"),
        ("24 from ohio", "i am 25 now", "24", "25"),
    ],
)
def test_a_new_age_said_in_passing_supersedes(tmp_path, old: str, new: str, old_word: str, new_word: str) -> None:
    check_supersession(Spectron(path=str(tmp_path / "store")), old, new, "age", old_word, new_word)
