"""Wishes and plans said without "i want"/"i plan to" (``_extract/_wishes.py``): retirement ahead, eagerness,
hopes and daydreams, saving towards something, a bucket list, a step weighed, what comes next. A wish is never a
current fact; the other person's wishes, offers and questions give nothing."""

from __future__ import annotations

import pytest

from tests.support import mine

_WISH_KEYS = ("goals", "plans")


@pytest.mark.parametrize(
    "text",
    [
        "i'll retire in a couple of years",
        "I will probably retire next spring.",
        "im retiring at the end of the year",
        "retiring in two years, finally",
        "counting down to retirement",
        "i am looking forward to my early retirement",
        "i am thinking of retiring soon",
    ],
)
def test_retirement_ahead_is_a_plan(text: str) -> None:
    assert ("plans", "retire") in [(k, v) for _, k, v, _ in mine(text, _WISH_KEYS, current=True)]


@pytest.mark.parametrize(
    "text, value",
    [
        ("i can't wait to move into my own place", "move into my own place"),
        ("cannot wait to finish my degree next year", "finish my degree"),
        ("counting the days till i can travel again", "travel again"),
        ("hoping to open a bakery someday", "open a bakery"),
        ("I fantasize about owning a sailboat.", "own a sailboat"),
        ("someday i'd love to visit iceland", "visit iceland"),
        ("one day i'll write a novel", "write a novel"),
        ("i'm saving up for a motorbike", "motorbike"),
        ("saving money to buy a cabin", "buy a cabin"),
        ("swimming with dolphins is on my bucket list", "swim with dolphins"),
        ("i've been thinking about going back to school", "going back to school"),
        ("my next language to learn is portuguese", "learn portuguese"),
    ],
)
def test_wish_frames_give_goals(text: str, value: str) -> None:
    assert ("goals", value) in [(k, v) for _, k, v, _ in mine(text, _WISH_KEYS, current=True)]


def test_next_trip_is_a_plan() -> None:
    assert [(k, v) for _, k, v, _ in mine("my next trip is to lisbon", _WISH_KEYS)] == [("plans", "trip to lisbon")]


@pytest.mark.parametrize(
    "text",
    [
        "i can't wait to be a vet",
        "i'm thinking about going back to school",
        "one day i'll live by the sea",
    ],
)
def test_a_wish_is_no_current_fact(text: str) -> None:
    assert not mine(text, ("role", "school", "home", "pets"))


@pytest.mark.parametrize(
    "text",
    [
        "i'll retire for the night",
        "i will never retire",
        "how long before you retire?",
        "i should just retire lol",
        "can't wait to hear from you",
        "can't wait to see you",
        "you can't wait to move out",
        "is skydiving on your bucket list?",
        "that is on my bucket list",
        "i was thinking about my sister",
        "i'm thinking about nothing",
        "thinking about starting the grill",
        "i couldn't wait to leave",
        "i'd like to help",
        "do you want to go hiking?",
    ],
)
def test_no_wish_in_lookalikes(text: str) -> None:
    assert not mine(text, _WISH_KEYS, current=True)


def test_eagerness_does_not_hand_on_a_move() -> None:
    said = mine("just can't wait to leave this dull town and move to a big city")
    assert not [f for f in said if f[1] == "home"]
    assert ("goals", "leave this dull town") in [(k, v) for _, k, v, _ in said]


def test_help_as_an_aim_is_kept() -> None:
    assert ("goals", "help people") in [(k, v) for _, k, v, _ in mine("i want to help people", _WISH_KEYS)]
