"""A swap said in chat's short forms, with the old value named: "replaced X with Y", "X out, Y in", "bye X hello
Y", "X ❌ Y ✅", "converted to Y", "wiped X and installed Y"; and a new value whose name holds a word of the key or
a verb ("apple music", "google drive"). Every sentence is this file's own.
"""

from __future__ import annotations

from typing import Any

import pytest

from spectron_core import Spectron
from tests.support import at, own_scope, principals_facts, said_a_day_apart


@pytest.fixture(scope="module")
def mem(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """One store for the module; every case speaks in a scope of its own."""
    store = Spectron(path=str(tmp_path_factory.mktemp("swap-forms") / "store"))
    yield store
    store.close()


@pytest.mark.parametrize(
    "first,second,key,old,new",
    [
        # replaced / swapped … with …
        ("My gym is PureGym.", "replaced puregym with Gymbox, closer to the office", "gym", "puregym", "gymbox"),
        ("I drive a Ford Focus.", "replaced the focus with a Skoda Octavia", "vehicle", "ford focus", "skoda octavia"),
        (
            "i keep my notes in evernote",
            "Replaced Evernote with Apple Notes last month, simpler",
            "notes_app",
            "evernote",
            "apple notes",
        ),
        # out … in
        (
            "My gym is Virgin Active.",
            "virgin active out, the council leisure centre in",
            "gym",
            "virgin active",
            "council leisure centre",
        ),
        ("I use Vim.", "out with vim, in with helix", "software", "vim", "helix"),
        # farewell and greeting
        ("I use Spotify for music.", "goodbye spotify, hello tidal", "music_app", "spotify", "tidal"),
        (
            "i back up my photos to google photos",
            "bye bye google photos 👋 hello icloud photos",
            "photo_storage",
            "google photos",
            "icloud photos",
        ),
        # crossed out, ticked
        ("I use Chrome.", "chrome ❌ brave ✅", "software", "chrome", "brave"),
        (
            "I use LastPass for passwords.",
            "lastpass 🚫 1password ✅ finally",
            "password_manager",
            "lastpass",
            "1password",
        ),
        # a tool converted to, or installed in the old one's place
        ("I use Emacs.", "after years of emacs i've converted to neovim", "software", "emacs", "neovim"),
        ("I use Windows.", "wiped windows off the laptop and installed Ubuntu", "software", "windows", "ubuntu"),
        # a device upgraded, said with no "i", and an update flagged as one
        ("My phone is an iPhone 12.", "upgraded to the iphone 15, the camera is unreal", "devices", "iphone 12", "iphone 15"),
        ("My phone is a Pixel 6.", "fyi switched to an iphone 15", "devices", "pixel 6", "iphone 15"),
        ("I'm on an iPhone 14.", "upgraded to the iphone 16 pro last week", "devices", "iphone 14", "iphone 16 pro"),
        ("I live in Leeds.", "quick update: moved to bristol last weekend", "home", "leeds", "bristol"),
        # a title whose words are function words or verbs in lower case, kept whole by its capitals
        ("My favourite band is Radiohead.", "Sleep Token have taken radiohead's place as my favourite band", "favorite_music", "radiohead", "sleep token"),
        ("My favourite film is Heat.", "heat has been replaced at the top by Past Lives", "favorite_movie", "heat", "past lives"),
        ("My favourite show is Succession.", "succession got dethroned by The Last of Us", "favorite_show", "succession", "the last of us"),
        # the old value pushed out, said as an idiom, and what holds now in the next clause
        ("My favourite board game is Catan.", "cascadia has knocked catan off the top", "favorite_game", "catan", "cascadia"),
        ("My favourite poet is Byron.", "byron was only a phase. seamus heaney forever", "favorite_poet", "byron", "seamus heaney"),
        ("My favourite band is Blur.", "blur lost the top spot to fontaines this year", "favorite_music", "blur", "fontaines"),
        ("My favourite food is curry.", "curry got ditched for sushi, sorry mum", "favorite_food", "curry", "sushi"),
        ("My favourite colour is red.", "red had its day, teal is my colour now", "favorite_color", "red", "teal"),
        ("My favourite film is Alien.", "alien used to be top for me but arrival has overtaken it", "favorite_movie", "alien", "arrival"),
        ("My password manager is Dashlane.", "bailed on dashlane, 1password has all my logins now", "password_manager", "dashlane", "1password"),
        ("My favourite singer is Adele.", "moved on from adele, sza is my girl now", "favorite_music", "adele", "sza"),
        ("I bank with Barclays.", "closed my barclays account, starling handles everything now", "bank", "barclays", "starling"),
        # said in words that are as often news or a show ending: the new value only where a form names it
        ("My favourite show is Friends.", "friends is so last year, Abbott Elementary is my show now", "favorite_show", "friends", "abbott elementary"),
        ("My gym is PureGym.", "puregym had a good run, Gymbox gets my membership now", "gym", "puregym", "gymbox"),
        ("My favourite game is Zelda.", "zelda got knocked off its perch by Balatro", "favorite_game", "zelda", "balatro"),
        ("My favourite band is Oasis.", "oasis had its day, Wet Leg forever", "favorite_music", "oasis", "wet leg"),
        # the new value written under a sibling key of the old one's
        ("My favourite team is Everton.", "fell out of love with everton, wrexham are my team now", "favorite_team", "everton", "wrexham"),
        # a name holding a word of the key or a verb
        (
            "All my files are in Dropbox.",
            "swapped dropbox for google drive",
            "cloud_storage",
            "dropbox",
            "google drive",
        ),
        (
            "I use Spotify for music.",
            "cancelled spotify, youtube music is my thing now",
            "music_app",
            "spotify",
            "youtube music",
        ),
    ],
)
def test_a_swap_in_a_short_form_replaces_the_value(
    mem: Any, first: str, second: str, key: str, old: str, new: str
) -> None:
    scope, shown = said_a_day_apart(mem, first, second, key, old)
    values = [f.value.casefold() for f in shown]
    assert any(new in v for v in values) and not any(old == v for v in values), values
    chain = mem.history(f"Person/{scope['user']}", key, scope=scope)
    assert any(old in v.value.casefold() and v.valid_until is not None for v in chain), [
        (v.value, v.valid_until) for v in chain
    ]


@pytest.mark.parametrize(
    "first,second,key,kept",
    [
        (
            "My phone is a Pixel 7.",
            "replaced the battery on the pixel 7 with a new one, good as new",
            "devices",
            "pixel 7",
        ),
        ("I go to PureGym.", "we swapped seats with the couple behind us at the cinema", "gym", "puregym"),
        (
            "I use Spotify for music.",
            "out with the old, in with the new, that's my motto for january",
            "music_app",
            "spotify",
        ),
        (
            "My gym is Anytime Fitness.",
            "switched gyms: anytime fitness out... kidding, still there lol",
            "gym",
            "anytime fitness",
        ),
        ("I use Chrome.", "is chrome ❌ for privacy? should i try brave ✅", "software", "chrome"),
        ("I use Vim.", "my colleague converted to helix last week", "software", "vim"),
        # a farewell to something of the value's, not to the value
        ("I use Spotify for music.", "bye spotify adverts, hello peace and quiet", "music_app", "spotify"),
        ("My gym is PureGym.", "bye puregym for two weeks, hello physio exercises", "gym", "puregym"),
        # marks in a report or a checklist, not a swap
        ("I use Chrome.", "chrome 🚫 keeps crashing on my work laptop, any ideas?", "software", "chrome"),
        ("I support Chelsea.", "pub quiz sports round: chelsea ❌ arsenal ✅ we lost by one", "team", "chelsea"),
        # someone else's swap, one for a day, one still to come
        (
            "My gym is PureGym.",
            "the council swapped puregym with a leisure centre on the bus map lol",
            "gym",
            "puregym",
        ),
        ("My gym is PureGym.", "puregym out, gymbox in from next month once my contract ends", "gym", "puregym"),
        ("I have a dog.", "out with the dog in the rain again, soaked", "pets", "dog"),
        (
            "I drive a Ford Fiesta.",
            "replaced the fiesta with a hire car while it's being fixed",
            "vehicle",
            "ford fiesta",
        ),
        # the idioms said of something else, or for one meal
        ("My favourite band is Blur.", "blur lost the brit award to oasis back in the day", "favorite_music", "blur"),
        ("My favourite food is curry.", "curry got ditched for a salad at lunch, diet day", "favorite_food", "curry"),
        ("My favourite colour is red.", "red had a good run in the league this season", "favorite_color", "red"),
        ("My favourite film is Alien.", "alien used to be on tv every christmas", "favorite_movie", "alien"),
        # a contest lost, a dish swapped at one event, news and a show that ended
        ("I support Arsenal.", "arsenal lost the title to city on the last day, gutted", "team", "arsenal"),
        ("My favourite band is Elbow.", "elbow lost their crown to idles in my brother's ranking", "favorite_music", "elbow"),
        ("My favourite food is lasagne.", "lasagne got swapped for a curry at the works do", "favorite_food", "lasagne"),
        ("I use LastPass for passwords.", "lastpass is old news, everyone knows about the breach. haven't switched", "password_manager", "lastpass"),
        ("My favourite show is Stranger Things.", "stranger things had a good run, can't believe it's ending", "favorite_show", "stranger things"),
    ],
)
def test_what_is_no_swap_keeps_the_value(mem: Any, first: str, second: str, key: str, kept: str) -> None:
    scope = own_scope(first + "|" + second)
    mem.remember(first, scope=scope, observed_at=at(0))
    before = [f.value.casefold() for f in principals_facts(mem, scope, key)]
    assert any(kept in v for v in before), before
    mem.remember(second, scope=scope, observed_at=at(1))
    after = [f.value.casefold() for f in principals_facts(mem, scope, key)]
    assert any(kept in v for v in after), after


def test_a_capitalised_word_that_opens_the_sentence_is_no_part_of_the_title(mem: Any) -> None:
    """Capitals keep a title whole inside a sentence; its first word only when a capitalised word follows and it
    is no word of talk ("Honestly", "So")."""
    _, shown = said_a_day_apart(
        mem,
        "My favourite band is Coldplay.",
        "Honestly Fontaines D.C. have replaced coldplay as my favourite band",
        "favorite_music",
        "coldplay",
    )
    values = [f.value.casefold() for f in shown]
    assert values and all("fontaines" in v and "honestly" not in v for v in values), values


def test_what_does_the_old_values_work_must_be_of_its_kind(mem: Any) -> None:
    """"sold the golf, the bus gets me to work now": the car is gone and no bus is one (what does its work now is read
    only with an object of the user's: "…has all my logins now")."""
    _, shown = said_a_day_apart(
        mem, "I drive a VW Golf.", "sold the golf, the bus gets me to work now", "vehicle", "golf"
    )
    assert not [f.value for f in shown if "bus" in f.value.casefold()], [f.value for f in shown]
