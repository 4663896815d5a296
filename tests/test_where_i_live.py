"""Where the speaker lives, said in ways the verb "live" alone does not carry (``spectron_core/_extract/_home.py``):
the place as the subject ("ohio is home now"), where the speaker is by the kind of place ("i'm in the city now"),
living out of a vehicle, a move said as settling or as going back to a hometown, "… and live there" taking the
place the clause before named, and a dwelling's size (no part of its name).

Each group is one construction in several spellings (lower-case chat, edited text, contractions, a time phrase, a
trailing question) with negatives beside it: questions, other people, the past, wishes, visits, and look-alikes
that name no home. The last part says an old home and then a new one in one of these constructions through the
public client: ``profile()`` shows only the new value and ``history()`` keeps the old. Every sentence was written
for this file; none is taken from a data set.

Decisions written down here: "moved back to my hometown of X" sets ``home`` and ``hometown`` to X (both single);
without the name it sets neither. A house bought is no home by itself (it may be an investment), but "… and live
there" makes it one. "I am from X" stays ``hometown`` (where one is from), even though chat often says it of where
one lives: a single-valued ``home`` must not be replaced by an origin.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from spectron_core import Spectron
from tests.support import check_supersession, facts, has, mine

NOW = datetime(2025, 9, 3, 18, 0, tzinfo=timezone.utc)


def _check(text: str, key: str, value: str) -> None:
    assert has(text, key, value), f"{text!r}: expected {key}~{value!r}, got {facts(text)}"


def _homes(text: str) -> list[str]:
    return [v.casefold() for _, _, v, _ in mine(text, ("home",), current=True)]


# -- the place as the subject: "ohio is home now", "i call boston home" ---------------------------------------
PLACE_IS_HOME = [
    ("kansas is home now", "kansas"),
    ("Tucson has been home for six years.", "tucson"),
    ("tulsa has been my home since 2015 lol", "tulsa"),
    ("well portland is my home , how about you ?", "portland"),
    ("the city is home these days", "city"),
    ("i call phoenix home", "phoenix"),
    ("we now call this sleepy little village home", "village"),
    ("Norway has become our home.", "norway"),
]


@pytest.mark.parametrize("text, value", PLACE_IS_HOME)
def test_the_place_said_as_home(text: str, value: str) -> None:
    _check(text, "home", value)


@pytest.mark.parametrize(
    "text",
    [
        "my mom is home today",
        "rick is home now",
        "our dog has been home alone all day",
        "kansas is home to a lot of wheat farms",
        "texas was home for a while",
        "jazz is my home",
        "this is my home",
        "is kansas home for you ?",
        "do you call phoenix home ?",
        "my cousin calls phoenix home",
        "i could never call phoenix home",
        "the gym is my second home lol",
    ],
)
def test_no_home_from_a_look_alike(text: str) -> None:
    assert _homes(text) == [], facts(text)


# -- where the speaker is, by the kind of place: "i'm in the city now" -------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("im in the city now", "city"),
        ("I'm in a small town, nothing to do here.", "small town"),
        ("i am in the suburbs now , how about you ?", "suburbs"),
        ("we are in a quiet village", "quiet village"),
        ("i am in the united states too", "united states"),
        ("we're in the states now , you ?", "states"),
    ],
)
def test_where_the_speaker_is_by_the_kind_of_place(text: str, value: str) -> None:
    _check(text, "home", value)


@pytest.mark.parametrize(
    "text",
    [
        "i am in the city today",
        "i'm in the city for a concert",
        "are you in the city now ?",
        "my brother is in a small town",
        "i am in town this weekend",
        "i am in the states this week",
    ],
)
def test_no_home_from_a_visit_or_another(text: str) -> None:
    assert _homes(text) == [], facts(text)


# -- living out of a vehicle: "we live out of a van" -----------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("we live out of a van", "van"),
        ("I've been living out of my truck.", "truck"),
        ("im living out of an old camper these days", "camper"),
        ("honestly i live out of my car lol", "car"),
    ],
)
def test_living_out_of_a_vehicle(text: str, value: str) -> None:
    _check(text, "home", value)


@pytest.mark.parametrize(
    "text", ["i live out of a suitcase for work", "my uncle lives out of his van", "we got out of the van"]
)
def test_no_home_from_out_of(text: str) -> None:
    assert _homes(text) == [], facts(text)


# -- a move said as settling: "we finally settled in austin" ---------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("we finally settled in boise", "boise"),
        ("just settled in savannah last month", "savannah"),
        ("We've settled down in a small town.", "small town"),
        ("after years of moving around i settled in Oregon", "oregon"),
    ],
)
def test_a_move_said_as_settling(text: str, value: str) -> None:
    _check(text, "home", value)


@pytest.mark.parametrize(
    "text",
    [
        "i settled in for a long night of reading",
        "we settled in nicely , thanks",
        "i settled into my new job fine",
        "my parents settled in boise",
        "did you settle in boise ?",
        "we settled the bill and left",
    ],
)
def test_no_home_from_settling_in(text: str) -> None:
    assert _homes(text) == [], facts(text)


# -- back to a hometown: lives there, and is from there -------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("i moved back to my hometown of dayton", "dayton"),
        ("We just moved back to our hometown, Duluth.", "duluth"),
        ("moved back to my home town of bend last year lol", "bend"),
    ],
)
def test_back_to_a_named_hometown_sets_both(text: str, value: str) -> None:
    _check(text, "home", value)
    _check(text, "hometown", value)


@pytest.mark.parametrize(
    "text",
    [
        "i moved back to my hometown",
        "my sister moved back to her hometown of dayton",
        "i never moved back to my hometown of dayton",
    ],
)
def test_no_home_from_an_unnamed_hometown_or_anothers(text: str) -> None:
    assert mine(text, ("home", "hometown"), current=True) == [], facts(text)


# -- "… and live there": the place the clause before named ---------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("we bought a house in tacoma and live there now", "tacoma"),
        ("I grew up in Maine and still live there.", "maine"),
        ("my grandparents had a farm in iowa , and we live there now", "iowa"),
        ("got a job in boston so i live there now lol", "boston"),
    ],
)
def test_live_there_takes_the_place_named_before(text: str, value: str) -> None:
    _check(text, "home", value)


@pytest.mark.parametrize(
    "text",
    [
        "we bought a house in tacoma",
        "i went to rome and would love to live there",
        "i visited ohio once and could never live there",
        "my aunt moved to reno and lives there now",
        "i live there",
    ],
)
def test_no_home_from_there_without_the_speaker_living_in_a_named_place(text: str) -> None:
    assert _homes(text) == [], facts(text)


def test_a_home_no_longer_there_is_closed() -> None:
    text = "i lived in texas but do not live there anymore"
    assert has(text, "home", "texas", negated=True) and _homes(text) == [], facts(text)


# -- a dwelling's size is no part of its name; a home near something -------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("i live in a three-story house", "house"),
        ("We live in a 2 bedroom apartment.", "apartment"),
        ("i live in a two story farmhouse with my kids", "farmhouse"),
        ("i live close to the lake", "close to lake"),
    ],
)
def test_a_dwelling_by_its_kind(text: str, value: str) -> None:
    assert _homes(text) == [value], facts(text)


# -- a dwelling or a kind of place with a relative clause: "it's a small house i live in" --------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("it's a tiny cabin i live in", "tiny cabin"),
        ("The town we live in is so quiet.", "town"),
        ("honestly the apartment i currently live in is a dump lol", "apartment"),
    ],
)
def test_a_dwelling_with_a_relative_clause(text: str, value: str) -> None:
    _check(text, "home", value)


@pytest.mark.parametrize(
    "text",
    [
        "the house i used to live in was haunted",
        "is that the town you live in ?",
        "my cousin loves the cabin she lives in",
        "the house i would live in has a pool",
    ],
)
def test_no_home_from_a_relative_clause_of_another_or_the_past(text: str) -> None:
    assert _homes(text) == [], facts(text)


# -- "my home is …": a place, not a description -------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("my home is ohio", "ohio"),
        ("My house is a ranch.", "ranch"),
        ("my house is close to the river", "close to river"),
        ("my apartment is next to a park lol", "next to park"),
    ],
)
def test_my_home_is_a_place(text: str, value: str) -> None:
    assert _homes(text) == [value], facts(text)


@pytest.mark.parametrize(
    "text",
    ["my home is cozy", "my house is a mess lol", "my home is full of plants", "my house is small but cute"],
)
def test_no_home_from_a_description_of_it(text: str) -> None:
    assert mine(text, ("home",)) == [], facts(text)


# -- where one is from, said as "X, that is where i am from" -----------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("kenya is where i am from", "kenya"),
        ("the food is great in peru , that is where i am from", "peru"),
        ("I love Ireland, which is where we come from.", "ireland"),
    ],
)
def test_a_place_said_to_be_where_one_is_from(text: str, value: str) -> None:
    _check(text, "hometown", value)


@pytest.mark.parametrize(
    "text", ["kenya , that is where my wife is from", "is peru where you are from ?", "peru is where i went last year"]
)
def test_no_hometown_from_anothers_origin(text: str) -> None:
    assert mine(text, ("hometown",)) == [], facts(text)


# -- the place of a move, said with where from: "moved to the usa from spain" ------------------------------------
def test_a_move_to_a_place_from_another_closes_the_other() -> None:
    text = "we just moved to canada from chile"
    assert _homes(text) == ["canada"] and has(text, "home", "chile", negated=True), facts(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("i live in the suburbs and grow tomatoes", "suburbs"),
        ("We live in the beautiful state of Oregon.", "oregon"),
        ("i live in a farmhouse surrounded by corn fields", "farmhouse"),
        ("i live in a tiny cottage and all my neighbours are old", "tiny cottage"),
    ],
)
def test_the_place_without_what_follows_it(text: str, value: str) -> None:
    assert _homes(text) == [value], facts(text)


@pytest.mark.parametrize("text", ["i live on the edge lol", "we live in the moment"])
def test_no_home_from_an_idiom(text: str) -> None:
    assert _homes(text) == [], facts(text)


# -- "… and never left": the place named before is home all along -------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("born and raised in tulsa and never left", "tulsa"),
        ("I grew up in Vermont and have never left.", "vermont"),
        ("grew up in fargo and never moved away lol", "fargo"),
        ("i have never travel out of idaho", "idaho"),
    ],
)
def test_a_place_never_left_said_after_it_is_named(text: str, value: str) -> None:
    _check(text, "home", value)


@pytest.mark.parametrize(
    "text",
    [
        "my mom grew up in tulsa and never left",
        "i have never left",
        "did you grow up in tulsa and never leave ?",
    ],
)
def test_no_home_from_never_left_without_the_speaker_or_a_place(text: str) -> None:
    assert _homes(text) == [], facts(text)


# -- the clause after "my <relative> …" is the relative's, not the speaker's ---------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "my dad grew up in ohio and never left ohio",
        "my aunt moved to reno and lives there now",
        "my sister got a job in tampa and moved there",
        "my wife left me and took the kids",
    ],
)
def test_the_clause_after_a_relative_is_not_the_speakers(text: str) -> None:
    assert mine(text, ("home", "event", "employer"), current=True) == [], facts(text)


# -- a change said in one of these constructions supersedes the old home (public API) ---------------------------
UPDATES = [
    ("i live in leeds", "york has been home for two years now", "home", "leeds", "york"),
    ("i live in a flat in leeds", "we live out of a van now", "home", "leeds", "van"),
    ("i live in omaha", "we finally settled in tampa", "home", "omaha", "tampa"),
    ("i live on a farm", "i'm in the city now", "home", "farm", "city"),
    ("i live in reno", "we bought a house in fresno and live there now", "home", "reno", "fresno"),
    ("i live in reno", "i moved back to my hometown of eugene", "home", "reno", "eugene"),
    ("i am from reno", "i moved back to my hometown of eugene", "hometown", "reno", "eugene"),
    ("i live in an apartment", "i call sacramento home", "home", "apartment", "sacramento"),
    ("i live in a flat", "it's a tiny cabin i live in now", "home", "flat", "cabin"),
    ("i live in leeds", "my home is ohio now", "home", "leeds", "ohio"),
    ("i live in leeds", "we moved to canada from chile", "home", "leeds", "canada"),
    ("i live in leeds", "born and raised in tulsa and never left", "home", "leeds", "tulsa"),
    ("i am from leeds", "the food is great in peru , that is where i am from", "hometown", "leeds", "peru"),
]


@pytest.mark.parametrize("old, new, key, old_word, new_word", UPDATES)
def test_the_new_home_supersedes_the_old(tmp_path, old: str, new: str, key: str, old_word: str, new_word: str) -> None:
    check_supersession(Spectron(path=str(tmp_path / "store")), old, new, key, old_word, new_word, when=NOW)
