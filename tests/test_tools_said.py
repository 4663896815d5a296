"""The tools, programming languages and machines the speaker works with (``_tools``): languages coded in,
editors, apps, frameworks, databases, cloud and operating systems used or "been on", a setup named as "my
editor / our stack is …", a developer's language, and changes ("switched from … to …", "moved off …", "don't
use … anymore", "stopped using …").

Each construction is said in several spellings (edited text, lower-case chat, contractions, a hedge, a time
phrase, an opener before it, a second predicate after "and"), with negatives beside it: questions and requests
to the assistant, another person's setup, an opinion on a thing, a pronoun, hypotheticals and words the lexicon
does not know. ``programming_languages`` and ``software`` are many-valued: a new one adds to the old ones, and a
change closes only the one left. Every sentence was written for this file.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from spectron_core import Spectron
from tests.support import SPEAKER, facts, has, mine, profile_values
from tests.support import expect as _check

NOW = datetime(2025, 6, 2, 10, 0, tzinfo=timezone.utc)
ALICE = {"org": "acme", "user": "alice"}
KEYS = ("programming_languages", "software", "devices")


# -- languages coded in -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("I write Kotlin for my day job.", "kotlin"),
        ("i mainly code in golang", "go"),
        ("these days i program in elixir", "elixir"),
        ("i think i mostly write ruby now", "ruby"),
        ("btw im coding in swift at the moment", "swift"),
        ("I've been writing Scala for years.", "scala"),
        ("i work mostly in c# at my job", "c#"),
        ("i know haskell and a little ocaml", "ocaml"),
        ("i'm learning zig rn", "zig"),
        ("My main programming language is Java.", "java"),
        ("my favourite language is clojure", "clojure"),
        ("I use Vim and mostly write Go.", "go"),
    ],
)
def test_languages_coded_in(text: str, value: str) -> None:
    _check(text, "programming_languages", value)


@pytest.mark.parametrize(
    "text, value, role",
    [
        ("i'm a rust developer", "rust", "rust developer"),
        ("Im a python developer", "python", "python developer"),
    ],
)
def test_a_developers_language_keeps_the_role(text: str, value: str, role: str) -> None:
    _check(text, "programming_languages", value)
    _check(text, "role", role)


# -- editors, apps, frameworks, databases, cloud, operating systems ---------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("I use Neovim for everything.", "neovim"),
        ("i use vscode", "vs code"),
        ("im on visual studio code mostly", "vs code"),
        ("ok thanks, i'm on sublime text btw", "sublime text"),
        ("we use confluence and trello at work", "trello"),
        ("I keep my sketches in Procreate.", "procreate"),  # (notes kept in an app: test_apps_said)
        ("i do all my writing in notion", "notion"),
        ("My IDE is PyCharm.", "pycharm"),
        ("our tech stack is next.js and supabase", "supabase"),
        ("Our backend is Rails with MySQL.", "mysql"),
        ("we're on azure", "azure"),
        ("We are on Vercel.", "vercel"),
        ("i run fedora on my desktop", "fedora"),
        ("I'm on Windows 10 at work.", "windows 10"),
        ("i'm on debian 12.5 at home", "debian 12.5"),  # (a version's dot ends no sentence)
        ("My go-to editor is Helix.", "helix"),
        ("we work with django and redis", "redis"),
        ("i've been using figma for two years", "figma"),
        ("i'm an intellij user", "intellij"),
    ],
)
def test_software_used(text: str, value: str) -> None:
    _check(text, "software", value)


@pytest.mark.parametrize(
    "text, value",
    [
        ("i'm on a macbook", "macbook"),
        ("My work laptop is a ThinkPad.", "thinkpad"),
        ("my daily driver is a chromebook", "chromebook"),
        ("I'm a Mac user.", "mac"),
    ],
)
def test_machines_are_devices(text: str, value: str) -> None:
    _check(text, "devices", value)
    assert not mine(text, ("software", "programming_languages")), facts(text)


# -- changes: the one left is closed, the new one added ---------------------------------------------------------
@pytest.mark.parametrize(
    "text, old, new",
    [
        ("i switched from emacs to vs code", "emacs", "vs code"),
        ("We moved off AWS to GCP last year.", "aws", "gcp"),
        ("we migrated from mongo to postgres", "mongodb", "postgres"),
        ("i just switched over from windows to linux", "windows", "linux"),
        ("we moved away from heroku", "heroku", ""),
    ],
)
def test_a_switch_closes_the_old_tool(text: str, old: str, new: str) -> None:
    _check(text, "software", old, negated=True)
    if new:
        _check(text, "software", new)


@pytest.mark.parametrize(
    "text, key, value",
    [
        ("i don't use windows anymore", "software", "windows"),
        ("I no longer use Jira.", "software", "jira"),
        ("i'm not on mac os anymore", "software", "macos"),
        ("i stopped using pycharm", "software", "pycharm"),
        ("we ditched slack last month", "software", "slack"),
        ("i used to use atom", "software", "atom"),
        ("i dont code in php anymore", "programming_languages", "php"),
    ],
)
def test_a_tool_given_up_is_closed(text: str, key: str, value: str) -> None:
    _check(text, key, value, negated=True)
    assert not has(text, key, value), facts(text)


# -- negatives --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "how do i set up neovim?",  # a question
        "can you rewrite this in kotlin?",  # a request to the assistant
        "please write it in typescript",
        "do you use emacs?",
        "should i use mysql or postgres?",
        "java is so verbose",  # an opinion on a thing
        "my coworker codes in rust",  # another person's
        "she is on windows",
        "they use aws at her company",
        "my manager wants us to use jira",
        "i use it all the time",  # a pronoun
        "we use cookies to personalise content",  # no tool
        "i use cursor to select the text",
        "i'm on zoom right now",
        "i use go all the time",  # an ordinary word alone
        "if i switched to vim i'd be faster",  # a hypothetical
        "i'd use python for that",
        "i want to learn haskell someday",
        "i know java is slow",
        "i write poems",
        "i run every morning",
        "i work in marketing",
        "my laptop is really slow",
        "my editor at the paper is strict",
        "we deploy everything with terraform",
    ],
)
def test_nothing_read_from_what_is_no_setup_of_the_speakers(text: str) -> None:
    assert not mine(text, ("software", "programming_languages"), current=True), facts(text)


# -- many-valued: additions accumulate, a change closes only the one left --------------------------------------
@pytest.fixture
def mem(tmp_path):  # type: ignore[no-untyped-def]
    m = Spectron(path=str(tmp_path / "db"))
    yield m
    m.close()


def test_languages_accumulate(mem) -> None:  # type: ignore[no-untyped-def]
    mem.remember("i mostly code in python", scope=ALICE, observed_at=NOW)
    mem.remember("I also write Rust on weekends.", scope=ALICE, observed_at=NOW + timedelta(days=1))
    shown = profile_values(mem, "programming_languages", ALICE)
    assert "python" in shown and "rust" in shown, shown


def test_tools_accumulate(mem) -> None:  # type: ignore[no-untyped-def]
    mem.remember("we're on gcp", scope=ALICE, observed_at=NOW)
    mem.remember("i use neovim btw", scope=ALICE, observed_at=NOW + timedelta(days=1))
    shown = profile_values(mem, "software", ALICE)
    assert "gcp" in shown and "neovim" in shown, shown


def test_a_switch_closes_only_the_tool_left(mem) -> None:  # type: ignore[no-untyped-def]
    mem.remember("I use vim and slack every day.", scope=ALICE, observed_at=NOW)
    mem.remember("i switched from vim to neovim", scope=ALICE, observed_at=NOW + timedelta(days=2))
    shown = profile_values(mem, "software", ALICE)
    assert "neovim" in shown and "slack" in shown and "vim" not in shown, shown
    chain = mem.history(SPEAKER, "software", scope=ALICE)
    assert any(v.value.casefold() == "vim" and v.valid_until is not None for v in chain), [
        (v.value, v.valid_until) for v in chain
    ]


def test_a_tool_given_up_closes_only_that_tool(mem) -> None:  # type: ignore[no-untyped-def]
    mem.remember("our stack is django and postgres", scope=ALICE, observed_at=NOW)
    mem.remember("we don't use django anymore", scope=ALICE, observed_at=NOW + timedelta(days=3))
    shown = profile_values(mem, "software", ALICE)
    assert "postgres" in shown and "django" not in shown, shown


def test_a_machine_does_not_touch_software(mem) -> None:  # type: ignore[no-untyped-def]
    mem.remember("i'm on windows 11", scope=ALICE, observed_at=NOW)
    mem.remember("my laptop is a thinkpad", scope=ALICE, observed_at=NOW + timedelta(days=1))
    assert "windows 11" in profile_values(mem, "software", ALICE)
    assert "thinkpad" in profile_values(mem, "devices", ALICE)


def test_a_tool_used_on_the_day_is_no_standing_tool_but_a_switch_then_is() -> None:
    assert not mine("i used vs code yesterday", ("software",), current=True)
    assert has("i switched to neovim yesterday", "software", "neovim")
