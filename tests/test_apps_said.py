"""The app the user keeps one kind of thing in, one per purpose, and a switch from one to another.

"i keep my passwords in bitwarden", "all our family photos go to google photos", "todoist is my to-do app": the
purpose is read from the sentence's words (or, for an app of one purpose, from its name), and the key holds one
value, so "moved my passwords over to 1password" replaces it and history keeps the old one. Every sentence is
this file's own.
"""

from __future__ import annotations

from typing import Any

import pytest

from spectron_core import Spectron
from spectron_core._extract._apps import apps_of
from tests.support import at, facts, mine, own_scope, principals_facts, said_a_day_apart


@pytest.fixture(scope="module")
def mem(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """One store for the module; every case speaks in a scope of its own."""
    store = Spectron(path=str(tmp_path_factory.mktemp("apps") / "store"))
    yield store
    store.close()


# -- the app said with what is kept in it ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,key,value",
    [
        # "use … for / to …"
        ("i use keepassxc for all my logins", "password_manager", "keepassxc"),
        ("We use Dashlane for the family passwords.", "password_manager", "dashlane"),
        ("honestly i just use nordpass to store passwords", "password_manager", "nordpass"),
        ("I've been using Simplenote for quick notes.", "notes_app", "simplenote"),
        ("i use joplin for note taking", "notes_app", "joplin"),
        ("I use TickTick to manage my tasks", "to_do_app", "ticktick"),
        ("we rely on pCloud for our work files", "cloud_storage", "pcloud"),
        ("i use Qobuz for music because of the hi-res", "music_app", "qobuz"),
        ("I use Goodbudget for my budget", "budgeting_app", "goodbudget"),
        ("i use citymapper for directions", "navigation_app", "citymapper"),
        ("I use Castbox for podcasts.", "podcast_app", "castbox"),
        ("we use viber for group chats with the cousins", "messaging_app", "viber"),
        # the thing kept, then where
        ("i jot down my notes in Craft", "notes_app", "craft"),
        ("I keep all my to-dos in Things", "to_do_app", "things"),
        ("we store our documents on OneDrive", "cloud_storage", "onedrive"),
        ("I back up all my pictures to Amazon Photos", "photo_storage", "amazon photos"),
        ("i stream my music through deezer", "music_app", "deezer"),
        ("I listen to podcasts on Pocket Casts", "podcast_app", "pocket casts"),
        ("i track all my rides on Strava", "fitness_app", "strava"),
        ("I log my runs with Runkeeper", "fitness_app", "runkeeper"),
        ("i manage my budget in goodbudget", "budgeting_app", "goodbudget"),
        ("I keep my schedule in Fantastical", "calendar_app", "fantastical"),
        # where it lives
        ("all my passwords are in Proton Pass", "password_manager", "proton pass"),
        ("our family photos are backed up to iCloud Photos", "photo_storage", "icloud photos"),
        ("my notes live in Bear", "notes_app", "bear"),
        ("all our docs sit in Box", "cloud_storage", "box"),
        # the kind of app named
        ("Bitwarden is my password manager.", "password_manager", "bitwarden"),
        ("todoist is my to-do app", "to_do_app", "todoist"),
        ("Overcast is my podcast app of choice", "podcast_app", "overcast"),
        ("my go-to note-taking app is Obsidian", "notes_app", "obsidian"),
        ("my music streaming service is Tidal", "music_app", "tidal"),
        ("our cloud storage is sync.com", "cloud_storage", "sync.com"),
        ("I use Standard Notes as my main notes app", "notes_app", "standard notes"),
        ("Pocket Casts's my podcast app", "podcast_app", "pocket casts"),
        ("Craft is where all my notes live", "notes_app", "craft"),
        ("onedrive's where our work docs go", "cloud_storage", "onedrive"),
        # an app of one purpose, by name
        ("I use 1Password.", "password_manager", "1password"),
        ("i'm on apple music these days", "music_app", "apple music"),
        ("im a big spotify user", "music_app", "spotify"),
        ("we pay for YouTube Music", "music_app", "youtube music"),
        ("i signed up for ynab last month", "budgeting_app", "ynab"),
        ("We're on WhatsApp for everything", "messaging_app", "whatsapp"),
        ("i've been using obsidian for two years", "notes_app", "obsidian"),
        # moved from one to another
        ("switched from deezer to qobuz, the sound is unreal", "music_app", "qobuz"),
        ("we moved from telegram to signal", "messaging_app", "signal"),
        ("went from dashlane to bitwarden, half the price", "password_manager", "bitwarden"),
        ("switched from deezer to apple music last week", "music_app", "apple music"),  # (a name of two words)
    ],
)
def test_the_app_kept_for_a_purpose(text: str, key: str, value: str) -> None:
    got = [(k, v.casefold()) for _, k, v, negated in facts(text) if not negated]
    assert (key, value) in got, got


@pytest.mark.parametrize(
    "text",
    [
        # a thing, a place, a time or a language, not an app
        "i take notes on paper mostly",
        "i keep my passwords in my head",
        "I keep my passwords in a little notebook",
        "i listen to music in the car",
        "I listen to music on repeat while I work",
        "i listen to music on sundays",
        "I take my notes in Spanish for practice",
        "i take notes in class",
        "i keep my photos in albums",
        "my photos are on instagram",
        "i use birthdays for passwords",
        "i use my phone for music",
        "my files are in order now",
        "i do my budget in my head",
        "my music app is broken again",
        "my cloud storage is full",
        "I put all my photos on Facebook",
        "i do my runs in Victoria Park",
        "I listen to music in Lisbon when I visit",
        # not the user's, not done, asked or an order
        "my wife uses bear for notes",
        "should i use bitwarden for passwords?",
        "i want to use todoist for my tasks",
        "i don't use lastpass for passwords",
        "use markdown for notes",
        "keep my notes short please",
        # an ordinary word that is also an app's name, in lower case
        "i'm on things",
        "i use signal",
        "my notes live in bear",  # (a bear, in lower case, is an animal)
        # a name no list knows, where the kind of app is not named: as often a thing, a person or a method
        "i use dice for passwords",
        "I rely on Josh for directions",
        "I take notes in Biology",
        "my expenses are in USD",
        "I keep my to-dos on Post-its",
        "i use venmo for expenses with my flatmates",
        # someone else on an app, a longer noun, a place
        "my dad is on whatsapp all day",
        "i use youtube for music videos",
        "we moved from leeds to signal hill",
        "switched from daylio to Bearable for mood tracking",  # (an app's name only as a whole word: no "Bear")
        "I use Ableton for music production",
    ],
)
def test_no_app_is_read(text: str) -> None:
    app_keys = {k for k, _ in apps_of(text)}
    assert not app_keys, (text, apps_of(text))
    assert not [f for f in mine(text) if f[1].endswith(("_app", "_manager", "_storage"))], facts(text)


def test_the_keys_said_in_other_words_are_one() -> None:
    """ "my note-taking app", "my go-to notes app" and "i keep my notes in" name one key, so each replaces the
    other (before, each minted its own)."""
    said = ["my note-taking app is bear", "My go-to notes app is Bear.", "i keep my notes in Bear"]
    assert {k for text in said for _, k, _, _ in facts(text)} == {"notes_app"}


def test_an_app_of_many_purposes_by_name_alone_stays_software() -> None:
    """Notion holds notes, tasks and wikis: its name says no one purpose."""
    assert mine("I use Notion.", ("software",))
    assert not [f for f in mine("I use Notion.") if f[1].endswith("_app")]


# -- a switch ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "first,second,key,old,new",
    [
        (
            "I keep my passwords in LastPass.",
            "moved my passwords over to 1password after the breach",
            "password_manager",
            "lastpass",
            "1password",
        ),
        (
            "i use lastpass for passwords",
            "switched to Bitwarden for passwords",
            "password_manager",
            "lastpass",
            "bitwarden",
        ),
        (
            "i use lastpass for passwords",
            "lastpass -> bitwarden, migration done",
            "password_manager",
            "lastpass",
            "bitwarden",
        ),
        (
            "Bitwarden is my password manager.",
            "my password manager is Dashlane now",
            "password_manager",
            "bitwarden",
            "dashlane",
        ),
        (
            "i take notes in evernote",
            "moved all my notes from evernote to obsidian",
            "notes_app",
            "evernote",
            "obsidian",
        ),
        ("I take notes in Evernote.", "I'm using Bear for notes now.", "notes_app", "evernote", "bear"),
        (
            "all my files are in dropbox",
            "replaced dropbox with onedrive when work gave us office",
            "cloud_storage",
            "dropbox",
            "onedrive",
        ),
        (
            "I use Spotify for music.",
            "cancelled spotify, apple music is my thing now",
            "music_app",
            "spotify",
            "apple music",
        ),
        ("I use Spotify for music.", "i'm on tidal now", "music_app", "spotify", "tidal"),
        ("I use Spotify for music.", "swapped spotify for deezer", "music_app", "spotify", "deezer"),
        (
            "i track my runs on strava",
            "I log my runs in Garmin Connect these days",
            "fitness_app",
            "strava",
            "garmin connect",
        ),
        ("my to-do app is todoist", "switched to TickTick", "to_do_app", "todoist", "ticktick"),
        (
            "i back up my photos to icloud",
            "replaced icloud with google photos",
            "photo_storage",
            "icloud",
            "google photos",
        ),
    ],
)
def test_a_switch_replaces_the_app_and_history_keeps_it(
    mem: Any, first: str, second: str, key: str, old: str, new: str
) -> None:
    scope, shown = said_a_day_apart(mem, first, second, key, old)
    values = [f.value.casefold() for f in shown]
    assert values == [new], values
    chain = mem.history(f"Person/{scope['user']}", key, scope=scope)
    assert any(old in v.value.casefold() and v.valid_until is not None for v in chain), [
        (v.value, v.valid_until) for v in chain
    ]


@pytest.mark.parametrize(
    "first,second,key,kept",
    [
        (
            "I use Spotify for music.",
            "added audible for audiobooks, spotify is still for music",
            "music_app",
            "spotify",
        ),
        ("i keep my notes in obsidian", "my sister keeps her notes in bear", "notes_app", "obsidian"),
        ("i take notes in evernote", "should i move my notes to obsidian?", "notes_app", "evernote"),
        (
            "I use Bitwarden for passwords.",
            "my work makes us use Keeper for work passwords",
            "password_manager",
            "bitwarden",
        ),
    ],
)
def test_what_changes_no_app_keeps_it(mem: Any, first: str, second: str, key: str, kept: str) -> None:
    scope = own_scope(first + "|" + second)
    mem.remember(first, scope=scope, observed_at=at(0))
    mem.remember(second, scope=scope, observed_at=at(1))
    assert [f.value.casefold() for f in principals_facts(mem, scope, key)] == [kept]
