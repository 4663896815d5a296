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
from tests.support import at, facts, own_scope, principals_facts, said_a_day_apart


@pytest.fixture(scope="module")
def mem(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """One store for the module; every case speaks in a scope of its own."""
    store = Spectron(path=str(tmp_path_factory.mktemp("changes-named") / "store"))
    yield store
    store.close()


def _values(mem: Any, scope: dict[str, str], key: str) -> list[str]:
    return [f.value.casefold() for f in principals_facts(mem, scope, key)]


def _said(mem: Any, first: str, second: str, key: str, old: str) -> tuple[dict[str, str], list[str]]:
    scope, shown = said_a_day_apart(mem, first, second, key, old)
    return scope, [f.value.casefold() for f in shown]


# -- a value said to be over -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,named",
    [
        ("flat whites are a thing of the past", {"flat", "white"}),
        ("my minecraft days are over", {"minecraft"}),
        ("the oat latte era is well and truly over lol", {"oat", "latte"}),
        ("my keto phase is over, paleo now", {"keto"}),
        ("coldplay who? its all about wunderhorse", {"coldplay"}),
        ("fortnite? never heard of her", {"fortnite"}),
        ("lasagne? who is she", {"lasagne"}),
    ],
)
def test_a_value_said_to_be_a_thing_of_the_past_or_disowned(text: str, named: set[str]) -> None:
    assert said_to_be_over(text, named)


@pytest.mark.parametrize(
    "text,named",
    [
        ("the new coldplay album is out", {"coldplay"}),
        ("keto isn't over for me", {"keto"}),
        ("succession is over, the finale aired last night", {"succession"}),
        ("christmas is over, back to work", {"christmas"}),
        ("pizza's done for me, i'm stuffed", {"pizza"}),
        ("zelda is finished for me, final boss down", {"zelda"}),
        ("titanic is history, based on a real ship", {"titanic"}),
        ("people say vinyl is a thing of the past but i disagree", {"vinyl"}),
        ("coffee is a thing of the past today, herbal tea only", {"coffee"}),
        ("the heatwave in madrid is a thing of the past", {"madrid"}),
        ("my glastonbury days are over for this year", {"glastonbury"}),
        ("is netflix done with that show?", {"netflix"}),
        ("who? coldplay? yes i still love them", {"coldplay"}),
    ],
)
def test_a_value_ended_in_another_sense_is_not_said_over(text: str, named: set[str]) -> None:
    assert not said_to_be_over(text, named)


OVER = [
    ("My VPN is Tunnelo.", "Tunnelo's out, Shieldwire from now on", "vpn", "tunnelo", "shieldwire"),
    ("I'm keto.", "my keto days are over, doing paleo now", "food_preference", "keto", "paleo"),
    ("I'm a Chelsea fan.", "not a chelsea fan anymore, i follow brentford now", "likes", "chelsea", "brentford"),
    (
        "My favourite coffee is a flat white.",
        "flat whites are a thing of the past, cortado is my order now",
        "favorite_coffee",
        "flat white",
        "cortado",
    ),
    (
        "My favourite drink is an oat latte.",
        "oat lattes are a thing of the past, matcha these days",
        "favorite_drink",
        "oat latte",
        "matcha",
    ),
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


DISOWNED = [
    (
        "My favourite band is Coldplay.",
        "coldplay who? its all about wunderhorse these days",
        "favorite_music",
        "coldplay",
        "wunderhorse",
    ),
    (
        "My favourite game is Fortnite.",
        "Fortnite? never heard of her. it's Deep Rock Galactic now",
        "favorite_game",
        "fortnite",
        "deep rock galactic",
    ),
    ("I play Minecraft.", "my minecraft days are over, it's all balatro now", "hobbies", "minecraft", "balatro"),
]


@pytest.mark.parametrize("first,second,key,old,new", DISOWNED, ids=[c[1][:36] for c in DISOWNED])
def test_a_value_disowned_or_outgrown_gives_way_to_what_is_done_now(
    mem: Any, first: str, second: str, key: str, old: str, new: str
) -> None:
    _, values = _said(mem, first, second, key, old)
    assert any(new in v for v in values) and not any(old in v for v in values), values


@pytest.mark.parametrize(
    "first,second,key,old",
    [
        (
            "My favourite band is Coldplay.",
            "coldplay? who's that? oh the band, yeah they're great",
            "favorite_music",
            "coldplay",
        ),
        ("I swim.", "the swimming is done, lunch now", "hobbies", "swim"),
        ("I play Minecraft.", "minecraft days out with the kids are the best", "hobbies", "minecraft"),
        ("I play football.", "football is over for me this season, my knee's busted", "sports", "football"),
        ("I use Linux.", "not a linux user anymore at work, i use it at home instead", "software", "linux"),
    ],
)
def test_a_value_asked_after_or_done_for_the_day_is_kept(mem: Any, first: str, second: str, key: str, old: str) -> None:
    _, values = _said(mem, first, second, key, old)
    assert any(old in v for v in values), values


@pytest.mark.parametrize(
    "first,second,key,old",
    [
        (
            "I'm a Chelsea fan.",
            "people assume i'm not a chelsea fan anymore since i moved, but i am",
            "likes",
            "chelsea",
        ),
        ("I play Minecraft.", "my minecraft days are over, said no one ever", "hobbies", "minecraft"),
    ],
)
def test_a_change_denied_or_said_in_jest_keeps_the_value(mem: Any, first: str, second: str, key: str, old: str) -> None:
    _, values = _said(mem, first, second, key, old)
    assert any(old in v for v in values), values


@pytest.mark.parametrize(
    "first,second,key,old,not_new",
    [
        ("I'm a Chelsea fan.", "not a chelsea fan anymore, i follow my heart now", "likes", "chelsea", "heart"),
        ("I'm keto.", "done with keto, i eat like a normal person now", "food_preference", "keto", "normal"),
    ],
)
def test_a_manner_or_ones_own_is_no_new_value(
    mem: Any, first: str, second: str, key: str, old: str, not_new: str
) -> None:
    _, values = _said(mem, first, second, key, old)
    assert not any(not_new in v for v in values), values


def test_a_stand_in_names_no_new_value(mem: Any) -> None:
    """ "i follow them online now": "them" stands for the team; "online" is no team."""
    _, values = _said(
        mem, "I'm a Chelsea fan.", "not a chelsea fan anymore, i follow them online now", "likes", "chelsea"
    )
    assert not any("online" in v for v in values), values


def test_what_holds_now_is_read_without_its_time_words(mem: Any) -> None:
    """ "instead", "from now on" and "these days" say when, never what."""
    _, values = _said(mem, "I'm learning Swahili.", "gave up on swahili, doing finnish instead", "languages", "swahili")
    assert "finnish" in values and not any("instead" in v for v in values), values


# -- a value talked of ------------------------------------------------------------------------------------------

KEPT = [
    ("I bank with Monzo.", "monzo is great so i moved my savings to it too", "bank", "monzo"),
    ("I bank with Monzo.", "monzo kept freezing my card so i moved my isa to nationwide", "bank", "monzo"),
    ("I work at IBM.", "ibm moved to a four day week, amazing", "employer", "ibm"),
    ("I go to Costa.", "costa was shut so i went to pret instead", "likes", "costa"),
    ("I live in Madrid.", "the heatwave in madrid is finally over, it's lovely these days", "home", "madrid"),
    ("I work at Tesco.", "my shift at tesco is over, now it's netflix time", "employer", "tesco"),
    ("I go to PureGym.", "puregym's done, heading home now", "gym", "puregym"),
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


@pytest.mark.parametrize(
    "first,second,key,old,new",
    [
        ("I live in York.", "moving to spain! if only.", "home", "york", "york"),
        ("I live in York.", "I'm moving to Bristol. I mean, I would if I could afford it.", "home", "york", "york"),
        (
            "My favourite band is Coldplay.",
            "coldplay got knocked off the top spot by muse. in my son's ranking that is",
            "favorite_music",
            "coldplay",
            "coldplay",
        ),
        ("I work at Tesco.", "my sister just left google. switched to meta.", "employer", "tesco", "tesco"),
        ("I live in York.", "our neighbours moved out. sold up and went to spain.", "home", "york", "york"),
        ("I live in London.", "moved to leeds last week. miss london already though", "home", "london", "leeds"),
    ],
)
def test_a_sentence_with_no_subject_goes_on_from_the_one_before(
    mem: Any, first: str, second: str, key: str, old: str, new: str
) -> None:
    """ "switched to meta." after "my sister just left google." is the sister's; a wish or whose ranking it is, said
    after it, takes a change back; "miss london already" after a move made does not."""
    _, values = _said(mem, first, second, key, old)
    assert values == [new], values


def test_stems_of_plurals_keep_the_words_e() -> None:
    assert stem("whites") == stem("white") == "white"
    assert stem("places") == "place" and stem("boxes") == "box" and stem("churches") == "church"
    assert stem("buses") == "bus" and stem("trains") == "train" and stem("samsung's") == "samsung"


def test_another_users_scope_is_untouched(mem: Any) -> None:
    """A change read in one scope never reaches another user's value of the same key."""
    alice, bob = own_scope("alice-named"), own_scope("bob-named")
    mem.remember("My VPN is Tunnelo.", scope=alice, observed_at=at(0))
    mem.remember("My VPN is Tunnelo.", scope=bob, observed_at=at(0))
    mem.remember("tunnelo's out, shieldwire from now on", scope=alice, observed_at=at(1))
    assert _values(mem, alice, "vpn") == ["shieldwire"]
    assert _values(mem, bob, "vpn") == ["tunnelo"]


# -- a thing one has one of at a time, got new ---------------------------------------------------------------------

GOT_NEW = [
    ("My phone is an iPhone 12.", "got a new iphone 15 yesterday", "iphone 12", "iphone 15"),
    ("My phone is an iPhone 12.", "just got a pixel 8, the camera is amazing", "iphone 12", "pixel 8"),
    ("I have a Kindle.", "got a kobo for my birthday", "kindle", "kobo"),
    ("I have a Fitbit.", "bought a Garmin, loving it", "fitbit", "garmin"),
    ("I have an iPhone 12.", "my new phone is a galaxy s24", "iphone 12", "galaxy s24"),
]


@pytest.mark.parametrize("first,second,old,new", GOT_NEW, ids=[c[1][:36] for c in GOT_NEW])
def test_a_device_got_new_takes_the_place_of_the_one_of_its_kind(
    mem: Any, first: str, second: str, old: str, new: str
) -> None:
    _, values = _said(mem, first, second, "devices", old)
    assert any(new in v for v in values) and not any(old in v for v in values), values


@pytest.mark.parametrize(
    "first,second,old",
    [
        ("My phone is an iPhone 12.", "got a second phone for work, a cheap pixel 6", "iphone 12"),
        ("I have an iPhone 12.", "got my daughter a pixel 8 for her birthday", "iphone 12"),
        ("I have an iPhone 12 and a Kindle.", "got a new kobo, the kindle died", "iphone 12"),
        ("I have a Fitbit.", "got a new macbook air for uni", "fitbit"),
        ("I have an iPhone 12.", "just got a new iphone charger", "iphone 12"),
        ("I have a Kindle.", "bought a kindle cover, the purple one", "kindle"),
        ("I have a Fitbit.", "got a new strap for my fitbit", "fitbit"),
        ("My phone is a Galaxy S21.", "bought a samsung tv for the lounge", "galaxy s21"),
        ("I have an iPhone 14.", "got a galaxy tab for drawing", "iphone 14"),
        ("I have an iPhone 14.", "got a burner phone for the festival", "iphone 14"),
        ("My phone is an iPhone 12.", "got an iphone 15 for ellie's birthday", "iphone 12"),
        ("My laptop is a ThinkPad.", "bought a new laptop for work", "thinkpad"),
        ("My phone is an iPhone 12.", "got a pixel 8 to sell on ebay", "iphone 12"),
    ],
)
def test_a_device_got_beside_the_others_leaves_them(mem: Any, first: str, second: str, old: str) -> None:
    _, values = _said(mem, first, second, "devices", old)
    assert any(old in v for v in values), values


@pytest.mark.parametrize(
    "text", ["bought my son an ipad for christmas", "got my mum a kindle", "we got our daughter a new laptop"]
)
def test_a_thing_got_for_someone_is_not_the_speakers(text: str) -> None:
    """The parse of a gift leaves the person in the object ("son an ipad"): no thing of the speaker's is kept."""
    assert not [f for f in facts(text) if f[1] in ("devices", "possessions", "vehicle")], facts(text)
