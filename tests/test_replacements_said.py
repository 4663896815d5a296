"""One thing said to replace another ("traded in the Civic for a Mazda", "replaced my Dell with a MacBook",
"switched to a Pixel", "sold the Focus"): the old value ends under whichever key holds it, and the new one takes
its place there.

The speaker names a thing, not the key it was filed under, and the reader cannot always place the thing ("the
Focus"), so the extractor says what the new value replaces (``ExtractedAttribute.replaces``) and the reconciler
finds it among the user's current values. Phrasings were written for these tests, in several registers.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from spectron_core import ExtractedAttribute, Extraction, Spectron
from tests.support import ALICE_SCOPE, SPEAKER, at, expect, mine, profile_values


def _said(mem: Any, *texts: str) -> None:
    for i, text in enumerate(texts):
        mem.remember(text, scope=ALICE_SCOPE, observed_at=at(0) + timedelta(days=i))


# -- extraction: the old thing ends, the new one is named ---------------------------------------------------------
@pytest.mark.parametrize(
    "text, key, new, old",
    [
        ("Traded in the Civic for a Mazda CX-5.", "vehicle", "mazda", "civic"),
        ("i finally traded my jeep in for a hybrid suv", "vehicle", "suv", "jeep"),
        ("We exchanged the minivan for an SUV last spring", "vehicle", "suv", "minivan"),
        ("Replaced my Dell with a MacBook Air.", "devices", "macbook", "dell"),
        ("i swapped my old kindle for a kobo", "devices", "kobo", "kindle"),
        ("I've swapped out my Pixel for an iPhone 15", "devices", "iphone", "pixel"),
        ("ditched my fitbit for a garmin", "devices", "garmin", "fitbit"),
        ("I replaced our old Honda with a used Prius.", "vehicle", "prius", "honda"),
    ],
)
def test_a_thing_traded_for_another_ends_the_old_and_names_the_new(text: str, key: str, new: str, old: str) -> None:
    expect(text, key, new)
    expect(text, key, old, negated=True)
    assert not any(old in v.casefold() for _, _, v, n in mine(text, (key,)) if not n), mine(text)


@pytest.mark.parametrize(
    "text, word",
    [
        ("we swapped shifts so i could make the game", "shift"),
        ("i replaced the batteries with new ones", "ones"),
        ("my brother traded his truck for a van", "van"),
        ("should i trade my civic in for a jeep?", "jeep"),
        ("i would never swap my kindle for an ipad", "ipad"),
        ("we traded stories for hours", "stories"),
        ("I traded my lunch for his cookies.", "cookies"),
        ("I replaced the word 'big' with 'huge'.", "huge"),
        ("i swapped my sandwich for her salad", "salad"),
    ],
)
def test_no_thing_changes_hands(text: str, word: str) -> None:
    """A swap of no thing owned, someone else's, asked about or refused: nothing new is the speaker's, nothing ends."""
    assert not any(word in v.casefold() for _, _, v, _ in mine(text)), mine(text)
    assert not [f for f in mine(text) if f[3] and f[1] in ("vehicle", "devices", "possessions")], mine(text)


# -- the store: the key of the value replaced ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "first, second, key, new, old",
    [
        ("I have an iPhone 12.", "Just switched over to a Samsung Galaxy S24.", "devices", "galaxy", "iphone"),
        ("i use a dell xps laptop for work", "replaced my dell with a macbook air last week", "devices", "macbook", "dell"),
        ("I drive a Honda Civic.", "traded in the civic for a mazda cx-5", "vehicle", "mazda", "civic"),
        ("i have a kindle paperwhite", "I swapped my Kindle for a Kobo Libra.", "devices", "kobo", "kindle"),
        ("My phone is a Pixel 6.", "i switched to an iphone 15 pro", "devices", "iphone", "pixel"),
    ],
)
def test_the_new_thing_takes_the_old_ones_place(tmp_path, first: str, second: str, key: str, new: str, old: str) -> None:  # type: ignore[no-untyped-def]
    mem = Spectron(path=str(tmp_path / "s"))
    _said(mem, first)
    assert any(old in v for v in profile_values(mem, key)), f"{first!r} gave no {key}"
    _said(mem, first, second)
    shown = profile_values(mem, key)
    assert any(new in v for v in shown) and not any(old in v for v in shown), shown
    assert any(old in v.value.casefold() and v.valid_until for v in mem.history(SPEAKER, key, scope=ALICE_SCOPE))


def test_a_switch_of_phone_leaves_the_laptop(tmp_path) -> None:  # type: ignore[no-untyped-def]
    mem = Spectron(path=str(tmp_path / "s"))
    _said(mem, "I have a MacBook Pro and an iPhone 13.", "I switched to a Pixel 8 last month.")
    shown = profile_values(mem, "devices")
    assert any("macbook" in v for v in shown) and any("pixel" in v for v in shown), shown
    assert not any("iphone" in v for v in shown), shown


def test_a_trade_leaves_the_other_things_of_the_key(tmp_path) -> None:  # type: ignore[no-untyped-def]
    mem = Spectron(path=str(tmp_path / "s"))
    _said(mem, "i have a ps5 and a kindle", "i swapped the ps5 for an xbox")
    shown = profile_values(mem, "devices")
    assert any("kindle" in v for v in shown) and any("xbox" in v for v in shown), shown
    assert not any("ps5" in v for v in shown), shown


@pytest.mark.parametrize(
    "first, second, key, gone",
    [
        ("My car is a Ford Focus.", "Sold the Focus last week.", "vehicle", "focus"),
        ("i drive a jeep wrangler", "we sold our car when we moved downtown", "vehicle", "jeep"),
        ("I have an old iPad.", "got rid of my ipad, never used it", "devices", "ipad"),
    ],
)
def test_a_thing_parted_with_ends_under_the_key_that_holds_it(tmp_path, first: str, second: str, key: str, gone: str) -> None:  # type: ignore[no-untyped-def]
    mem = Spectron(path=str(tmp_path / "s"))
    _said(mem, first)
    assert any(gone in v for v in profile_values(mem, key)), f"{first!r} gave no {key}"
    _said(mem, first, second)
    assert not any(gone in v for v in profile_values(mem, key)), profile_values(mem, key)


def test_a_thing_parted_with_that_was_never_said_changes_nothing(tmp_path) -> None:  # type: ignore[no-untyped-def]
    mem = Spectron(path=str(tmp_path / "s"))
    _said(mem, "I drive a Honda Civic.", "I sold the Peloton on ebay")
    assert profile_values(mem, "vehicle") == ["honda civic"]


def test_a_replay_of_the_same_turn_changes_nothing(tmp_path) -> None:  # type: ignore[no-untyped-def]
    mem = Spectron(path=str(tmp_path / "s"))
    with mem.sessions.create(scope=ALICE_SCOPE, session_id="s1") as s:
        s.remember("I have an iPhone 12.", observed_at=at(0))
        s.remember("Just switched over to a Samsung Galaxy S24.", observed_at=at(1))
    before = mem.history(SPEAKER, "devices", scope=ALICE_SCOPE)
    with mem.sessions.create(scope=ALICE_SCOPE, session_id="s1") as s:
        s.remember("Just switched over to a Samsung Galaxy S24.", observed_at=at(1))
    after = mem.history(SPEAKER, "devices", scope=ALICE_SCOPE)
    assert [(v.value, v.valid_until) for v in after] == [(v.value, v.valid_until) for v in before]


class _Says:
    """An extractor that returns one fixed extraction for the second turn only (the contract, not the rules)."""

    name = "fixed"

    def __init__(self, second: str, extraction: Extraction) -> None:
        self.second, self.extraction = second, extraction

    def extract_many(self, ctxs: list[Any]) -> list[Any]:
        return [self.extract(c) for c in ctxs]

    def extract(self, ctx: Any) -> Extraction:
        if ctx.text == self.second:
            return self.extraction
        return Extraction(attributes=[ExtractedAttribute(entity=ctx.principal, key="vehicle", value="ford focus")])


def test_a_replacement_is_filed_under_the_key_that_holds_the_old_value(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Any extractor may say what a value replaces without knowing its key: the store knows it."""
    said = "swapped the focus for a vespa"
    cand = ExtractedAttribute(entity=SPEAKER, key="possessions", value="vespa", replaces="focus")
    mem = Spectron(path=str(tmp_path / "s"), extractor=_Says(said, Extraction(attributes=[cand])))
    _said(mem, "I drive a Ford Focus.", said)
    assert profile_values(mem, "vehicle") == ["vespa"]
    assert profile_values(mem, "possessions") == []


def test_a_replacement_of_nothing_said_keeps_the_key_given(tmp_path) -> None:  # type: ignore[no-untyped-def]
    said = "we switched from comcast to verizon"
    cand = ExtractedAttribute(entity=SPEAKER, key="possessions", value="verizon", replaces="comcast", confidence=0.6)
    mem = Spectron(path=str(tmp_path / "s"), extractor=_Says(said, Extraction(attributes=[cand])))
    _said(mem, "I drive a Ford Focus.", said)
    assert profile_values(mem, "vehicle") == ["ford focus"]
    assert profile_values(mem, "possessions") == ["verizon"]


@pytest.mark.parametrize(
    "first, second, key, kept",
    [
        ("I have an Xbox.", "I sold my old PlayStation.", "devices", "xbox"),
        ("I have an iPhone 13.", "got rid of my old pixel", "devices", "iphone"),
        ("I drive a Honda Civic.", "I sold the Corolla last year.", "vehicle", "civic"),
    ],
)
def test_a_thing_of_another_make_parted_with_leaves_the_users(tmp_path, first: str, second: str, key: str, kept: str) -> None:  # type: ignore[no-untyped-def]
    """Two makes of one kind are two things: selling the PlayStation says nothing of the Xbox."""
    mem = Spectron(path=str(tmp_path / "s"))
    _said(mem, first, second)
    assert any(kept in v for v in profile_values(mem, key)), profile_values(mem, key)
