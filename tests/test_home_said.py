"""Where the speaker lives, said in passing (``spectron_core/_extract/_home.py``, ``homes_said``): being held
somewhere for now ("i'm in jail right now"), a known place named with "where i live" after it, and a new dwelling of
one's own ("still unpacking in my new apartment").

Each group is one construction in several spellings (lower-case chat, edited text, contractions, a time phrase) with
negatives beside it: the past, other people, a workplace, a question, a dwelling still to come. The last part says
an old home and then a new one in one of these constructions through the public client: ``profile()`` shows only the
new value and ``history()`` keeps the old. Every sentence was written for this file; none is taken from a data set.

Decisions written down here: a prison, jail or detention centre one is held in now is the ``home`` (single: a later
home replaces it); a detention centre said with juveniles, minors or kids, and "juvie", is "juvenile detention
center". "Moved here from X" closes ``home`` X and gives no ``hometown`` (where one came from is not where one is
from). A house just bought is still no home by itself; "my new house" is.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from spectron_core import Spectron
from tests.support import check_supersession, facts, mine

NOW = datetime(2025, 9, 3, 18, 0, tzinfo=timezone.utc)


def _homes(text: str) -> list[str]:
    return [v.casefold() for _, _, v, _ in mine(text, ("home",), current=True)]


# -- held somewhere for now: "i'm in jail right now" ---------------------------------------------------------------
HELD = [
    ("i'm in jail right now", "jail"),
    ("I am in prison at the moment.", "prison"),
    ("im currently at a state penitentiary", "penitentiary"),
    ("we are still in juvie", "juvenile detention center"),
    ("i am in a detention facility for minors", "juvenile detention center"),
    ("i'm currently in a juvenile detention centre near tulsa", "juvenile detention center"),
    ("ugh i am in county jail for a few more weeks", "jail"),
    ("stuck here in juvie", "juvenile detention center"),
]


@pytest.mark.parametrize("text, value", HELD)
def test_held_somewhere_now_is_the_home(text: str, value: str) -> None:
    assert value in _homes(text), facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "i was in jail for two years",
        "i spent a night in prison once",
        "my cousin is in prison",
        "my uncle is currently in a detention center",
        "i work at a county jail",
        "i am a guard at the prison",
        "i am not in jail",
        "are you in jail ?",
        "i am in the kitchen right now",
        "i'll be out of prison in a month",
        "i am in prison ministry at my church",
    ],
)
def test_no_home_from_custody_look_alikes(text: str) -> None:
    homes = _homes(text)
    assert not any(w in " ".join(homes) for w in ("jail", "prison", "detention", "kitchen")), facts(text)


# -- a known place with "where i live" after it ---------------------------------------------------------------------
WHERE_I_LIVE = [
    ("come to oregon where i live", "oregon"),
    ("it rains a lot in wales , where we live", "wales"),
    ("The winters are long in Maine, where I live now.", "maine"),
    ("everyone hunts in montana where we live", "montana"),
]


@pytest.mark.parametrize("text, value", WHERE_I_LIVE)
def test_a_place_where_i_live(text: str, value: str) -> None:
    assert value in _homes(text), facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "it rains a lot in wales where i used to live",
        "it snows in utah where my mom lives",
        "is it cold in maine where you live ?",
        "we grow corn where i live",
        "it is quiet in the house where i live",
    ],
)
def test_no_home_from_where_look_alikes(text: str) -> None:
    homes = _homes(text)
    assert not any(w in " ".join(homes) for w in ("wales", "utah", "maine", "corn", "quiet")), facts(text)


# -- a new dwelling of one's own: "my new apartment" -------------------------------------------------------------
NEW_DWELLING = [
    ("still unpacking boxes in my new apartment lol", "apartment"),
    ("I painted the kitchen of our new house last weekend.", "house"),
    ("my new condo is so close to the beach", "condo"),
    ("the kids adore our brand new house", "house"),
    ("having friends over at my new flat tonight", "flat"),
]


@pytest.mark.parametrize("text, value", NEW_DWELLING)
def test_a_new_dwelling_of_ones_own(text: str, value: str) -> None:
    assert value in _homes(text), facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "when i get my new apartment i will adopt a dog",
        "i'll move into my new house soon",
        "i hope my new condo has a pool",
        "my new house plants keep dying",
        "my sister loves her new apartment",
        "do you like your new house ?",
        "we just bought a house",
    ],
)
def test_no_home_from_a_dwelling_to_come_or_anothers(text: str) -> None:
    homes = _homes(text)
    assert not any(w in " ".join(homes) for w in ("apartment", "house", "condo")), facts(text)


def test_moved_here_from_closes_the_old_home_and_names_no_hometown() -> None:
    said = mine("i just moved here from peru")
    assert ("home", "peru", True) in [(k, v.casefold(), n) for _, k, v, n in said], facts("i just moved here from peru")
    assert not mine("i just moved here from peru", ("hometown",)), facts("i just moved here from peru")


# -- a change said in one of these constructions supersedes the old home (public API) ---------------------------
UPDATES = [
    ("i live in fresno", "i'm in jail right now", "home", "fresno", "jail"),
    ("i am in prison at the moment", "i live in fresno now", "home", "prison", "fresno"),
    ("i live in a trailer", "we are currently in a juvenile detention center", "home", "trailer", "juvenile"),
    ("i live in a trailer", "it snows a lot in vermont , where i live", "home", "trailer", "vermont"),
    ("i live in vermont", "still unpacking boxes in my new condo", "home", "vermont", "condo"),
]


@pytest.mark.parametrize("old, new, key, old_word, new_word", UPDATES)
def test_the_new_home_supersedes_the_old(tmp_path, old: str, new: str, key: str, old_word: str, new_word: str) -> None:
    check_supersession(Spectron(path=str(tmp_path / "store")), old, new, key, old_word, new_word, when=NOW)
