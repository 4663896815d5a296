"""A change said by naming the value on record as over, or as the reason for a switch, and what came instead.

"tunnelo's out, shieldwire from now on", "keto is finished for me, doing paleo now", "flat whites are a thing of
the past, cortado is my order now", "bt was awful so we switched to hyperoptic": the old value is named, with no
verb of leaving next to it, and the new one follows. Before this the store kept the old value and lost the new
one. Beside them: a wish, another person's doing or a question said in another sentence of the statement no
longer hides the user's own change in the sentence that says it. Every sentence is this file's own.
"""

from __future__ import annotations

from typing import Any

import pytest

from spectron_core import Spectron
from spectron_core._write._displaced import said_to_be_over
from spectron_core._write._replacement import stem
from tests.support import SPEAKER, at

ORG = "acme"


@pytest.fixture(scope="module")
def mem(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """One store for the module; every case speaks in a scope of its own."""
    store = Spectron(path=str(tmp_path_factory.mktemp("changes-named") / "store"))
    yield store
    store.close()


def _scope(case: str) -> dict[str, str]:
    return {"org": ORG, "user": "n" + str(abs(hash(case)) % 10**12)}


def _values(mem: Any, scope: dict[str, str], key: str) -> list[str]:
    p = mem.profile(scope=scope)
    me = f"Person/{scope['user']}"
    return [
        f.value.casefold()
        for f in [*p.static, *p.dynamic, *p.preferences, *p.knowledge]
        if f.entity == me and f.key == key
    ]


def _said(mem: Any, first: str, second: str, key: str, old: str) -> tuple[dict[str, str], list[str]]:
    scope = _scope(first + "|" + second)
    mem.remember(first, scope=scope, observed_at=at(0))
    assert any(old in v for v in _values(mem, scope, key)), f"{first!r} gave no {key}"
    mem.remember(second, scope=scope, observed_at=at(1))
    return scope, _values(mem, scope, key)


# -- a value said to be over -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,named",
    [
        ("tunnelo's out, shieldwire from now on", {"tunnelo"}),
        ("keto is finished for me", {"keto"}),
        ("netflix is done.", {"netflix"}),
        ("flat whites are a thing of the past", {"flat", "white"}),
        ("my minecraft days are over", {"minecraft"}),
        ("the oat latte era is well and truly over lol", {"oat", "latte"}),
        ("Octopus is history, we're with ovo now", {"octopus"}),
        ("honestly spotify is so over", {"spotify"}),
    ],
)
def test_a_value_in_a_state_that_ends_it_is_said_over(text: str, named: set[str]) -> None:
    assert said_to_be_over(text, named)


@pytest.mark.parametrize(
    "text,named",
    [
        ("the new coldplay album is out", {"coldplay"}),  # the album is out, not coldplay
        ("the civic is done for the week at the garage", {"civic"}),  # not the end of a clause
        ("keto isn't over for me", {"keto"}),
        ("is netflix done with that show?", {"netflix"}),
        ("the tesco delivery is out for delivery", {"tesco"}),
        ("pizza is out of the oven", {"pizza"}),
        ("yoga is overrated", {"yoga"}),
    ],
)
def test_a_value_in_another_state_is_not_said_over(text: str, named: set[str]) -> None:
    assert not said_to_be_over(text, named)


OVER = [
    ("My VPN is Tunnelo.", "Tunnelo's out, Shieldwire from now on", "vpn", "tunnelo", "shieldwire"),
    ("I'm keto.", "keto is finished for me, doing paleo now", "food_preference", "keto", "paleo"),
    (
        "My favourite coffee is a flat white.",
        "flat whites are a thing of the past, cortado is my order now",
        "favorite_coffee",
        "flat white",
        "cortado",
    ),
    (
        "My energy supplier is Octopus.",
        "octopus is history, we're with ovo energy now",
        "energy_supplier",
        "octopus",
        "ovo energy",
    ),
    ("My favourite snack is popcorn.", "popcorn is over, pretzels these days", "favorite_snack", "popcorn", "pretzels"),
]


@pytest.mark.parametrize("first,second,key,old,new", OVER, ids=[c[1][:36] for c in OVER])
def test_a_value_said_over_is_replaced_by_what_holds_now(
    mem: Any, first: str, second: str, key: str, old: str, new: str
) -> None:
    scope, values = _said(mem, first, second, key, old)
    assert any(new in v for v in values), values
    assert not any(old in v for v in values), values
    chain = [r.value.casefold() for r in mem.history(f"Person/{scope['user']}", key, scope=scope)]
    assert any(old in v for v in chain), chain  # the old value is history, not lost


def test_what_holds_now_is_read_without_its_time_words(mem: Any) -> None:
    """ "instead", "from now on" and "these days" say when, never what."""
    _, values = _said(mem, "I'm learning Swahili.", "gave up on swahili, doing finnish instead", "languages", "swahili")
    assert "finnish" in values and not any("instead" in v for v in values), values


# -- a value named as the reason for a switch ----------------------------------------------------------------------

SWITCHED = [
    (
        "I bank with Monzo.",
        "monzo kept freezing my card so i moved everything to starling",
        "bank",
        "monzo",
        "starling",
    ),
    (
        "My broadband is with Virgin Media.",
        "virgin media was awful so we switched over to hyperoptic",
        "internet_provider",
        "virgin",
        "hyperoptic",
    ),
]


@pytest.mark.parametrize("first,second,key,old,new", SWITCHED, ids=[c[1][:36] for c in SWITCHED])
def test_a_value_named_as_the_reason_for_a_switch_is_what_was_left(
    mem: Any, first: str, second: str, key: str, old: str, new: str
) -> None:
    _, values = _said(mem, first, second, key, old)
    assert any(new in v for v in values) and not any(old in v for v in values), values


KEPT = [
    ("I bank with Monzo.", "monzo is great so i moved my savings to it too", "bank", "monzo"),
    ("I bank with Monzo.", "monzo froze my card so my wife switched to starling", "bank", "monzo"),
    ("I bank with Monzo.", "my brother switched to monzo last year", "bank", "monzo"),
    ("My favourite food is pizza.", "the pizza is done, come and eat", "favorite_food", "pizza"),
    ("My favourite band is Coldplay.", "the new coldplay album is out, it's great", "favorite_music", "coldplay"),
    ("I'm keto.", "keto isn't over for me, just a cheat day", "food_preference", "keto"),
]


@pytest.mark.parametrize("first,second,key,old", KEPT, ids=[c[1][:36] for c in KEPT])
def test_a_value_talked_of_is_kept(mem: Any, first: str, second: str, key: str, old: str) -> None:
    _, values = _said(mem, first, second, key, old)
    assert any(old in v for v in values), values


# -- which sentence says the change ----------------------------------------------------------------------------------


def test_someone_elses_words_in_another_sentence_do_not_hide_the_users_change(mem: Any) -> None:
    _, values = _said(
        mem,
        "My favourite food is pizza.",
        "pizza has been dethroned by jollof rice. my flatmate has changed me forever",
        "favorite_food",
        "pizza",
    )
    assert values == ["jollof rice"], values


@pytest.mark.parametrize(
    "second",
    [
        "My brother just swapped his Golf for a Polestar. Anyway, when should I stop for the night?",
        "my cousin swapped his golf for a polestar. anyway, where is the best place to stop on my trip?",
        "i might sell the golf one day. it's getting old",
        "my dad sold his golf. i'm keeping mine forever",
    ],
)
def test_a_change_in_a_sentence_of_someone_elses_or_asked_changes_nothing(mem: Any, second: str) -> None:
    scope, values = _said(mem, "I drive a Golf.", second, "vehicle", "golf")
    assert values == ["golf"], values
    p = mem.profile(scope=scope)
    assert not [f for f in p.dynamic + p.static + p.preferences + p.knowledge if f.conflict], "no doubt is raised"


def test_stems_of_plurals_keep_the_words_e() -> None:
    assert stem("whites") == stem("white") == "white"
    assert stem("places") == "place" and stem("boxes") == "box" and stem("churches") == "church"
    assert stem("buses") == "bus" and stem("trains") == "train" and stem("samsung's") == "samsung"


def test_another_users_scope_is_untouched(mem: Any) -> None:
    """A change read in one scope never reaches another user's value of the same key."""
    alice, bob = _scope("alice-named"), _scope("bob-named")
    mem.remember("My VPN is Tunnelo.", scope=alice, observed_at=at(0))
    mem.remember("My VPN is Tunnelo.", scope=bob, observed_at=at(0))
    mem.remember("tunnelo's out, shieldwire from now on", scope=alice, observed_at=at(1))
    assert _values(mem, alice, "vpn") == ["shieldwire"]
    assert _values(mem, bob, "vpn") == ["tunnelo"]
    assert SPEAKER  # the shared support module's principal is not used here: each scope has its own
