"""Favourites and music said in passing, in first-person chat: a thing liked "the most" or "more than anything", music
listened to, a favourite named before "is my fave", a shared or "little" favourite, and "it is my favourite <kind>"
taking up what the clause before it watched, heard, read or ate.

Each group is one construction in several spellings (lower-case chat, edited text, contractions, a time phrase,
fillers), with negatives beside it: questions, other people's favourites, negation, a comparison between two
things. The last part says an old favourite and then a new one through the public client: ``profile()`` shows only
the new value and ``history()`` keeps the old. Every sentence was written for this file; none is taken from a data
set.

Decision written down here and in ``_media``: music listened to is liked (``likes``, many-valued), not a pastime
beside the like and not *the* favourite; only "the most", "best", "more than anything" or "favourite" make the
single-valued ``favorite_<kind>``.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from spectron_core import Spectron
from tests.support import check_supersession, facts, has, mine

NOW = datetime(2025, 9, 3, 18, 0, tzinfo=timezone.utc)


def _check(text: str, key: str, value: str) -> None:
    assert has(text, key, value), f"{text!r}: expected {key}~{value!r}, got {facts(text)}"


def _none(text: str, keys: tuple[str, ...]) -> None:
    got = mine(text, keys, current=True)
    assert not got, f"{text!r}: expected no {keys}, got {got}"


FAV_MUSIC = ("favorite_music", "favorite_movie", "favorite_book", "favorite_show")
FAVS = (*FAV_MUSIC, "favorite_food", "favorite_snack", "favorite_thing", "favorite_animal")


# -- "i like/love X the most / more than anything": the favourite of X's kind ---------------------------------
LIKED_MOST = [
    ("honestly i love tacos more than anything", "favorite_food", "tacos"),
    ("I love lasagna more than anything else!", "favorite_food", "lasagna"),
    ("i like winter the most lol", "favorite_season", "winter"),
    ("which band do you rate ? i like the who the most lol", "favorite_music", "the who"),
    ("we were talking bands earlier . i love the kills the most", "favorite_music", "kills"),
    ("so what's your favourite film ? i'd say i like the thing the most", "favorite_movie", "thing"),
]


@pytest.mark.parametrize("text, key, value", LIKED_MOST)
def test_a_thing_liked_the_most_is_the_favourite_of_its_kind(text: str, key: str, value: str) -> None:
    _check(text, key, value)


NOT_LIKED_MOST = [
    "i like the who the most",  # no kind named: the words are no name we can trust
    "do you like the who the most ?",
    "my sister likes the who the most",
    "i don't like the who the most",
    "i do not love pizza more than anything",
    "i dont like tacos the most",
    "i watch a lot of movies . i like popcorn the most",  # a plain noun is no film
]


@pytest.mark.parametrize("text", NOT_LIKED_MOST)
def test_no_favourite_title_without_a_kind_a_speaker_or_a_yes(text: str) -> None:
    _none(text, FAV_MUSIC + ("favorite_food",))


def test_not_liking_a_thing_the_most_is_no_dislike() -> None:
    _none("i don't like the who the most", ("dislikes",))
    _none("i dont like tacos the most", ("dislikes",))
    assert has("i don't like tacos", "dislikes", "tacos")


def test_one_thing_liked_more_than_another_is_a_like_not_a_favourite() -> None:
    assert has("i like tea more than coffee", "drinks", "tea")
    _none("i like jazz more than rock", ("favorite_music",))
    assert has("i like jazz more than rock", "likes", "jazz")


# -- music listened to is liked, one reading: no "listening" pastime beside it ------------------------------------
LISTENED = [
    ("i love listening to jazz while i cook", "jazz"),
    ("i love listening to the who .", "the who"),
    ("i really enjoy listening to the who on long drives", "the who"),
    ("I love listening to reggae when I'm driving.", "reggae"),
    ("i like listening to hip hop lol", "hip hop"),
    ("i love hiking and listening to country music", "country music"),
]


@pytest.mark.parametrize("text, value", LISTENED)
def test_music_listened_to_is_liked_not_a_listening_pastime(text: str, value: str) -> None:
    _check(text, "likes", value)
    assert not [f for f in mine(text, ("hobbies",)) if "listening" in f[2]], facts(text)
    _none(text, ("favorite_music",))  # loving to listen is a like among many, not the favourite


def test_listening_to_what_names_no_music_stays_a_pastime() -> None:
    assert has("i love listening to music", "hobbies", "listening to music")
    assert has("i enjoy listening to podcasts on my commute", "hobbies", "listening to podcasts")
    assert has("i love listening to the rain", "hobbies", "listening to the rain")


@pytest.mark.parametrize(
    "text", ["she loves listening to jazz", "he loves listening to the who", "do you like listening to jazz ?"]
)
def test_someone_elses_listening_or_a_question_says_nothing_of_the_speaker(text: str) -> None:
    _none(text, ("likes", "hobbies", "favorite_music"))


# -- "X is my fave", a shared favourite, a "little" favourite -----------------------------------------------------
NAMED_FIRST = [
    ("mean girls is my fave !", "favorite_thing", "mean girls"),
    ("i mean grease is my fave", "favorite_thing", "grease"),
    ("Jaws is my absolute favourite.", "favorite_thing", "jaws"),
    ("i have to admit that jaws is my favourite movie", "favorite_movie", "jaws"),
    ("his and my favourite snack is popcorn", "favorite_snack", "popcorn"),
    ("my favourite little snack is popcorn", "favorite_snack", "popcorn"),
    ("My favorite little treat is dark chocolate.", "favorite_treat", "dark chocolate"),
]


@pytest.mark.parametrize("text, key, value", NAMED_FIRST)
def test_a_favourite_named_first_shared_or_little(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize(
    "text",
    ["mean girls is her fave", "is mean girls your fave ?", "his favourite snack is popcorn",
     "what's your favourite little snack ?"],
)
def test_someone_elses_favourite_or_a_question_is_not_the_speakers(text: str) -> None:
    _none(text, FAVS)


def test_a_little_brother_is_no_brother_of_a_favourite_kind() -> None:
    _none("my favourite little brother is tom", ("favorite_brother",))


# -- "it is my favourite <kind>" after the clause that watched, heard, read or ate it -----------------------------
TAKEN_UP = [
    ("we rewatched grease last night . it is my favourite movie", "favorite_movie", "grease"),
    ("we finally watched coco this weekend . it is my favourite movie now", "favorite_movie", "coco"),
    ("I just read Dune again. It is my favorite book.", "favorite_book", "dune"),
    ("i had mango for dessert . that is my favourite", "favorite_food", "mango"),
    ("i was eating tacos earlier lol . they are my favorite food", "favorite_food", "tacos"),
    ("i saw the kills live . they are my favorite band .", "favorite_music", "kills"),
]


@pytest.mark.parametrize("text, key, value", TAKEN_UP)
def test_it_is_my_favourite_takes_up_what_the_clause_before_did(text: str, key: str, value: str) -> None:
    _check(text, key, value)


NOT_TAKEN_UP = [
    "my brother watched coco . it is his favourite movie",
    "my sister saw jaws . it is my favourite movie",  # the sister saw it: no thing of the speaker's doing
    "we watched coco . is it your favourite movie ?",
    "i watched coco . it is not my favourite movie",
    "i read the paper . it is my favourite movie",  # a paper is not watched, and a pastime is no title
    "i watched the news . it is my favourite food",
    "i had a bad day . it is my favourite",
]


@pytest.mark.parametrize("text", NOT_TAKEN_UP)
def test_no_favourite_when_the_verb_does_not_fit_or_it_is_not_the_speakers(text: str) -> None:
    _none(text, FAVS)


# -- update pairs: a new favourite in other words replaces the old one ----------------------------------------------
UPDATES = [
    ("i love lasagna more than anything", "ramen is my favourite food now", "favorite_food", "lasagna", "ramen"),
    ("my favourite food is curry", "honestly i love dumplings more than anything", "favorite_food", "curry",
     "dumplings"),
    ("any favourite bands ? i like the who the most", "my favourite band is the kinks these days",
     "favorite_music", "who", "kinks"),
    ("we rewatched grease last night . it is my favourite movie", "my favourite movie is coco",
     "favorite_movie", "grease", "coco"),
    ("my favourite movie is jaws", "we finally watched coco . that is my favourite movie now",
     "favorite_movie", "jaws", "coco"),
    ("my favourite little snack is popcorn", "pretzels are my favourite snack now", "favorite_snack", "popcorn",
     "pretzels"),
]


@pytest.mark.parametrize("old, new, key, old_word, new_word", UPDATES)
def test_a_new_favourite_supersedes_the_old(
    tmp_path, old: str, new: str, key: str, old_word: str, new_word: str
) -> None:
    check_supersession(Spectron(path=str(tmp_path / "store")), old, new, key, old_word, new_word, when=NOW)
