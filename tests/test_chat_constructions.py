"""Grammatical constructions of ordinary first-person chat (issue #10, item 2, "Extraction that generalises").

Each group is one construction, said in several spellings (lower-case chat, no punctuation, edited text), with
negatives beside it: questions, other people's facts and wishes put nothing on the speaker. Every sentence was
written for this file; none is taken from a data set.
"""

from __future__ import annotations

import pytest

from tests.support import SPEAKER, facts, has


def _check(text: str, key: str, value: str, negated: bool = False) -> None:
    assert has(text, key, value, negated), f"{text!r}: expected {key}~{value!r}, got {facts(text)}"


def _mine(text: str, keys: tuple[str, ...] = ()) -> list[tuple[str, str, str, bool]]:
    """The speaker's facts (``keys``: only those keys)."""
    return [f for f in facts(text) if f[0] == SPEAKER and (not keys or f[1] in keys)]


# -- favourites ---------------------------------------------------------------------------------------------
FAVOURITES = [
    # "my favourite <thing> to <verb> (<prep>) is X": the noun names the key, else the verb does
    ("my favorite music to listen to is country", "favorite_music", "country"),
    ("My favourite film to watch is Amelie.", "favorite_movie", "amelie"),
    ("my fave show to binge is the office", "favorite_show", "office"),
    ("my favourite thing to cook is lasagne", "favorite_food", "lasagne"),
    ("my favorite thing to listen to is old soul", "favorite_music", "old soul"),
    ("fav place to go is the lake", "favorite_place", "lake"),
    # the thing named first, with an afterthought or a "kind of"
    ("winter is my favorite season after all", "favorite_season", "winter"),
    ("Winter is my favourite season, to be honest.", "favorite_season", "winter"),
    ("green is my favourite colour i think", "favorite_color", "green"),
    ("jazz is my favorite kind of music", "favorite_music", "jazz"),
    ("Thrillers are my favourite type of book.", "favorite_book", "thrillers"),
    ("dogs are probably my favorite animals", "favorite_animal", "dogs"),
    # the favourite as an apposition after the clause that names the thing
    ("just ate pizza my favorite", "favorite_food", "pizza"),
    ("had some sushi tonight , my fave", "favorite_food", "sushi"),
    ("listening to some country music . my favorite !", "favorite_music", "country music"),
    ("I made pasta for dinner, my favourite.", "favorite_food", "pasta"),
    ("drinking green tea my favourite drink", "favorite_drink", "green tea"),
]


@pytest.mark.parametrize("text, key, value", FAVOURITES)
def test_favourite(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize("text", [
    "what is your favorite music to listen to ?",
    "is winter your favourite season?",
    "my sister says jazz is her favorite kind of music",
    "i know right ! my favorite",
    "great , just got home from playing as my favorite character",
    "the who is a great band . also one of my favorites",
    "i am doing good . listening to my favorite band",
])
def test_no_invented_favourite(text: str) -> None:
    wrong = [f for f in _mine(text) if f[1].startswith("favorite_") or f[1] == "likes" and f[2] in ("band", "as")]
    assert wrong == [], f"{text!r} put {wrong} on the speaker"


# -- a clause led by a participle: what the speaker is doing -----------------------------------------------
DOING = [
    ("walking my dog", "pets", "dog"),
    ("hanging out with my cats", "pets", "cat"),
    ("Hanging out with my two rabbits.", "pets", "rabbit"),
    ("just tuning up my guitar before the gig", "instruments", "guitar"),
    ("currently residing in canada", "home", "canada"),
    ("Currently living in Leeds.", "home", "leeds"),
    ("working at the hospital these days", "employer", "hospital"),
    ("listening to some jazz while i cook", "likes", "jazz"),
]


@pytest.mark.parametrize("text, key, value", DOING)
def test_participle_clause_is_the_speakers_doing(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize("text", [
    "hiking sounds fun",
    "swimming is my least favorite thing",
    "cooking show teaches best recipe",
    "watching the game . you ?",  # no "i/my" in the line: it may answer for someone else
    "traveling , exciting ! do you have any pets ?",
    "walking your dog every day must be tiring",
    "living in canada must be cold",
    "are you walking your dog ?",
])
def test_participle_as_subject_or_for_someone_else_says_nothing(text: str) -> None:
    assert _mine(text) == [], f"{text!r}: {_mine(text)}"
