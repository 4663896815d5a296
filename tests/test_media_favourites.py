"""Music, films, books and shows said in ordinary chat: favourites whose names are common words ("the who", "up"),
a favourite act named as the one seen live, the one kind listened to, watched or read ("i only listen to jazz"),
a fan said with the "I am" dropped, a favourite's kind said as a plural, a misspelling or with a genre before it
(one key per kind, never one per spelling), quantities before a taste ("a lot of jazz"), and a song sung that is
no pastime of its own ("singing <title>").

Decision (see ``spectron_core/_extract/_media.py``): loving a genre ("i love horror movies") is a many-valued
``likes``; only a favourite said as one (favourite, best, "all i listen to", "i mostly read") is the single-valued
``favorite_<kind>``, where a new one supersedes. Each construction is said in several spellings, with negatives
beside it. Every sentence was written for this file.
"""

from __future__ import annotations

import pytest

from spectron_core import Spectron
from tests.support import ALICE_SCOPE, at, check_supersession, facts, has, mine, profile_values

MEDIA = ("favorite_music", "favorite_movie", "favorite_book", "favorite_show", "favorite_author")


def _check(text: str, key: str, value: str) -> None:
    assert has(text, key, value), f"{text!r}: expected {key}~{value!r}, got {facts(text)}"


def _favourites(text: str) -> list[tuple[str, str]]:
    return [(k, v.casefold()) for _, k, v, _ in mine(text, current=True) if k.startswith("favorite_")]


# -- a favourite whose name is made of common words --------------------------------------------------------------
@pytest.mark.parametrize(
    "text, key, value",
    [
        ("my favourite band is the who", "favorite_music", "the who"),
        ("My favorite band is The Who.", "favorite_music", "the who"),
        ("honestly my fav band is the who lol", "favorite_music", "the who"),
        ("my favorite group is up, have you heard of them?", "favorite_music", "up"),
        ("the who is my favorite band", "favorite_music", "the who"),
        ("wow ! the who is my all-time favourite band", "favorite_music", "the who"),
        ("up is my fave band", "favorite_music", "up"),
        ("my favourite film is up", "favorite_movie", "up"),
        ("these days my favourite movie is up", "favorite_movie", "up"),
    ],
)
def test_a_favourite_named_by_common_words(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize(
    "text",
    [
        "my favourite show is over",  # a state, not a name
        "my favourite band is back",
        "my favorite band is so good",  # a verdict
        "my fav band is the best",
        "it is my favourite band",  # a pronoun takes something up
        "my favourite band is who?",  # asks
        "what is your favourite band? is it the who?",
        "my favourite food is up",  # no medium: a name of common words gets no licence
        "my sister's favourite band is the who",
    ],
)
def test_no_name_in_a_state_a_verdict_or_a_question(text: str) -> None:
    assert not [f for f in _favourites(text) if f[1] in ("over", "back", "up", "who", "the who", "it")], facts(text)


# -- a favourite named right after its kind --------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("my fave band the kills are touring", "kills"),
        ("My fave band The Kills are touring this spring.", "kills"),
        ("ugh my favourite band the who are breaking up", "the who"),
    ],
)
def test_a_favourite_named_after_its_kind(text: str, value: str) -> None:
    assert ("favorite_music", value) in _favourites(text), facts(text)


@pytest.mark.parametrize(
    "text",
    ["my favourite music teacher is retiring", "my fave band member is the drummer"],
)
def test_a_longer_noun_after_the_kind_is_no_name(text: str) -> None:
    assert not [f for f in _favourites(text) if f[0] == "favorite_music"], facts(text)


# -- the favourite act seen live ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("last summer i caught my favourite band up in concert", "up"),
        ("we drove six hours to see my fave band the who live", "the who"),
        ("I'm going to see my favourite band Up in concert tomorrow!", "up"),
        ("saw my favourite band muse live last night", "muse"),
        ("saving up to see my favourite singer adele", "adele"),
    ],
)
def test_the_favourite_act_seen_live(text: str, value: str) -> None:
    assert ("favorite_music", value) in _favourites(text), facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "did you get to see your favourite band up in concert?",
        "my brother got to see his favorite band up in concert",
    ],
)
def test_someone_elses_favourite_act(text: str) -> None:
    assert not _favourites(text), facts(text)


# -- the favourite named last, after its kind ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, key, value",
    [
        ("the dj played my favourite singer , adele", "favorite_music", "adele"),
        ("Tonight the band is covering my favourite song, Jolene!", "favorite_music", "jolene"),
        ("listening to my favorite kind of music, bluegrass", "favorite_music", "bluegrass"),
        ("im listening to my favourite genre reggae right now", "favorite_music", "reggae"),
        ("just finished my favourite book , dune", "favorite_book", "dune"),
        ("rewatching my fave show the office again lol", "favorite_show", "office"),
    ],
)
def test_the_favourite_named_last(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize(
    "text",
    [
        "i bought a poster of my favourite band , in the mall",  # a place goes on, not a name
        "my favourite music is country",  # the copula form, read once
        "so hyped for my fav band the who coming to town",
        "wearing my favorite band shirt",
        "the kitten is named after my favourite film , and the puppy after my aunt",
        "thrillers are my fave kind of film , films",
    ],
)
def test_no_name_after_the_kind(text: str) -> None:
    values = [v for k, v in _favourites(text) if k in MEDIA]
    assert not [v for v in values if v in ("mall", "in the mall", "is country", "shirt", "puppy", "films")], values
    assert not [v for v in values if "coming" in v or "aunt" in v], values


# -- the one kind listened to, watched or read -------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, key, value",
    [
        ("i only listen to jazz", "favorite_music", "jazz"),
        ("I mostly listen to bluegrass these days.", "favorite_music", "bluegrass"),
        ("we mainly listen to reggae in the car", "favorite_music", "reggae"),
        ("bluegrass is all i listen to", "favorite_music", "bluegrass"),
        ("all i ever listen to is punk", "favorite_music", "punk"),
        ("i listen to nothing but old soul records", "favorite_music", "soul"),
        ("all i watch is horror movies", "favorite_movie", "horror"),
        ("i mostly read fantasy", "favorite_book", "fantasy"),
        ("i pretty much only read mystery novels", "favorite_book", "mystery"),
        ("the only thing i read is comics", "favorite_book", "comics"),
    ],
)
def test_the_one_kind_is_the_favourite(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize(
    "text",
    [
        "i love jazz",  # a like among many, not the one
        "i'm into country music",
        "i listen to a lot of jazz",
        "i only listen to music when i run",  # no kind named
        "do you only listen to jazz?",
        "i don't only listen to jazz",
        "i only read the news",  # no book
        "hockey is all i watch",  # no film or show
        "my dad only listens to jazz",
        "all i do is work",
    ],
)
def test_a_taste_that_names_no_one_favourite(text: str) -> None:
    assert not [f for f in _favourites(text) if f[0] in MEDIA], facts(text)


def test_a_genre_loved_is_a_like() -> None:
    for text, value in [
        ("i love horror movies", "horror movies"),
        ("im really into country music", "country music"),
        ("i listen to a lot of jazz", "jazz"),
        ("I listen to tons of hip hop.", "hip hop"),
        ("i read a lot of mystery novels", "mystery novels"),
    ]:
        assert any(k in ("likes", "hobbies") and value in v.casefold() for _, k, v, _ in mine(text)), facts(text)
        assert not any("lot of" in v or "tons of" in v for _, _, v, _ in mine(text)), facts(text)


# -- a fan, with the "I am" dropped -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("huge fan of adele", "adele"),
        ("big fan of the beatles here", "beatles"),
        ("a big fan of bluegrass, what about you?", "bluegrass"),
        ("i love concerts. huge fan of blues too", "blues"),
        ("massive fan of the pixies lol", "pixies"),
    ],
)
def test_a_fan_with_the_subject_dropped(text: str, value: str) -> None:
    _check(text, "likes", value)


@pytest.mark.parametrize(
    "text",
    [
        "he's a big fan of jazz. huge fan of blues too",  # the fragment goes on about him
        "big fan of yours",
        "huge fan of that",
        "my dad is a big fan of jazz",
    ],
)
def test_a_fan_that_is_not_the_speaker(text: str) -> None:
    assert not mine(text, ("likes",)), facts(text)


# -- one key per kind ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, key, value",
    [
        ("my favourite movies are horror", "favorite_movie", "horror"),
        ("honestly my favourite moves are thrillers", "favorite_movie", "thrillers"),  # a letter dropped
        ("my favorite films are westerns", "favorite_movie", "westerns"),
        ("cartoons are my favourite kind of movie", "favorite_movie", "cartoons"),
        ("thrillers are my fave genre of film", "favorite_movie", "thrillers"),
        ("my favourite rap song is lose yourself", "favorite_music", "lose yourself"),
        ("my favorite gospel singer is mahalia jackson", "favorite_music", "mahalia jackson"),
        ("my favorite tv shows are sitcoms", "favorite_show", "sitcoms"),
        ("my favourite word in french is pamplemousse", "favorite_word", "pamplemousse"),
        ("my favourite author is ursula le guin", "favorite_author", "ursula le guin"),
    ],
)
def test_the_favourite_key_is_the_kind(text: str, key: str, value: str) -> None:
    _check(text, key, value)


def test_no_key_is_minted_from_a_spelling() -> None:
    for text in [
        "my favourite moves are comedies",
        "my favourite shirts are flannel",
        "my fav one hehe is the blue one",
        "my favourite rap song is lose yourself",
        "my fave band the kills are touring",
    ]:
        keys = {k for _, k, _, _ in mine(text)}
        assert not keys & {
            "favorite_moves",
            "favorite_shirts",
            "favorite_one_hehe",
            "favorite_rap_music",
            "favorite_the_kills",
        }, (text, keys)


# -- "X is my favourite" after a clause that named the kind -----------------------------------------------------
@pytest.mark.parametrize(
    "text, key, value",
    [
        ("i love music. adele is my favorite", "favorite_music", "adele"),
        ("i'm big into hip hop , outkast is my fave", "favorite_music", "outkast"),
        ("I listen to a lot of Motown. The Supremes are my favourite!", "favorite_music", "supremes"),
        ("we watch tons of films. alien is my all-time favourite", "favorite_movie", "alien"),
        ("i read a lot , dune is my favourite", "favorite_book", "dune"),
    ],
)
def test_the_favourite_takes_the_kind_said_before(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize(
    "text",
    [
        "i am studying film noir . the grey colour scheme is my favorite",  # the value names its own kind
        "i have two dogs. rex is my favorite",  # not a medium
        "i love pizza. pepperoni is my fave",
        "my sister loves music. adele is her favorite",
    ],
)
def test_no_medium_taken_from_the_clause_before(text: str) -> None:
    assert not [f for f in _favourites(text) if f[0] in MEDIA], facts(text)


# -- a song sung is no pastime of its own ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("my niece and i love singing frozen in the car", "singing"),
        ("i like to sing the alphabet with my nephew", "sing"),
        ("i like singing folk songs", "singing folk songs"),
        ("i enjoy singing in a choir", "singing in a choir"),
        ("i love singing karaoke on fridays", "singing karaoke"),
    ],
)
def test_a_song_sung_is_not_a_pastime(text: str, value: str) -> None:
    hobbies = [v.casefold() for _, k, v, _ in mine(text, ("hobbies",))]
    assert value in hobbies, facts(text)
    assert not [h for h in hobbies if "frozen" in h or "alphabet" in h], hobbies


def test_quantities_are_not_part_of_the_thing() -> None:
    assert has("i drink a ton of coffee", "drinks", "coffee")
    assert not has("i drink a ton of coffee", "drinks", "ton of")
    assert not mine("i get a lot of sun when i garden", ("possessions",))


# -- a new favourite supersedes the old one ----------------------------------------------------------------------
UPDATES = [
    ("my favourite band is the who", "these days my fave band is blur", "favorite_music", "the who", "blur"),
    (
        "radiohead is my favorite band",
        "last summer i caught my favourite band up in concert",
        "favorite_music",
        "radiohead",
        "up",
    ),
    ("i only listen to jazz", "i mostly listen to bluegrass these days", "favorite_music", "jazz", "bluegrass"),
    (
        "my favourite movies are horror",
        "westerns are my favourite kind of movie now",
        "favorite_movie",
        "horror",
        "westerns",
    ),
    ("my favorite film is jaws", "all i watch is horror movies", "favorite_movie", "jaws", "horror"),
    ("i mostly read fantasy", "my favourite book is dune", "favorite_book", "fantasy", "dune"),
    ("my favorite moves are westerns", "my favourite film is alien", "favorite_movie", "westerns", "alien"),
    ("i love music. adele is my favorite", "bluegrass is all i listen to now", "favorite_music", "adele", "bluegrass"),
    ("my favourite book is emma", "just finished my favourite book , dune", "favorite_book", "emma", "dune"),
]


@pytest.mark.parametrize("old, new, key, old_word, new_word", UPDATES)
def test_a_new_favourite_supersedes_the_old(
    tmp_path, old: str, new: str, key: str, old_word: str, new_word: str
) -> None:
    check_supersession(Spectron(path=str(tmp_path / "store")), old, new, key, old_word, new_word)


def test_genres_loved_accumulate(tmp_path) -> None:
    mem = Spectron(path=str(tmp_path / "store"))
    mem.remember("i love horror movies", scope=ALICE_SCOPE, observed_at=at(0))
    mem.remember("i'm really into country music", scope=ALICE_SCOPE, observed_at=at(1))
    liked = profile_values(mem, "likes")
    assert any("horror" in v for v in liked) and any("country" in v for v in liked), liked
    assert profile_values(mem, "favorite_movie") == []
