"""Lists, appositives, names and "one more" said loosely (``_lists``, with hooks in ``_names``, ``_tools`` and
``_upcoming``): every item of a list keeps its value (a hedged one too: "a bit of italian"), an appositive that
names the thing more exactly is kept ("an electric car, a tesla model 3"), a partner or an animal named by "named"
or an appositive is a relation, a new language, drink, tool, pastime or goal said with a loose verb ("i've gotten
into …", "… is my new thing", "another goal of mine: …") lands on its many-valued key and adds to it, and a tool
or a trip said with a purpose or a habit is kept.

Negatives beside them: questions, other people's facts, hypotheticals, one-off uses. Every sentence was written
for this file.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from spectron_core import RuleExtractor
from spectron_core._extract._types import ExtractionContext
from tests.support import ALICE_SCOPE, SPEAKER, expect, expect_none, facts, profile_values

NOW = datetime(2025, 6, 2, 10, 0, tzinfo=timezone.utc)
_RULES = RuleExtractor()


def _relations(text: str) -> set[tuple[str, str]]:
    ctx = ExtractionContext(text=text, role="user", observed_at=NOW, principal=SPEAKER, agent="Agent/assistant")
    return {(r.label, r.object) for r in _RULES.extract(ctx).relations if r.subject == SPEAKER and not r.negated}


# -- every item of a list, hedged ones too --------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, key, values",
    [
        ("I speak French, Spanish and a bit of Italian.", "languages", ["french", "spanish", "italian"]),
        ("i speak english, german and some japanese", "languages", ["english", "german", "japanese"]),
        ("I can speak Portuguese, Russian, and basic Korean.", "languages", ["portuguese", "russian", "korean"]),
        ("i speak dutch and a little polish", "languages", ["dutch", "polish"]),
        ("Honestly I speak Greek, Turkish and conversational Hebrew", "languages", ["greek", "turkish", "hebrew"]),
        ("at home we speak hindi, english and a little bit of tamil", "languages", ["hindi", "english", "tamil"]),
        ("I play piano, violin and a bit of cello", "instruments", ["piano", "violin", "cello"]),
        ("i play the piano, the flute and some saxophone", "instruments", ["piano", "flute", "saxophone"]),
        ("I play tennis, squash and a bit of golf at weekends", "sports", ["tennis", "squash", "golf"]),
        ("i drink coffee, green tea and the occasional beer", "drinks", ["coffee", "tea", "beer"]),
    ],
)
def test_every_item_of_a_list(text: str, key: str, values: list[str]) -> None:
    for value in values:
        expect(text, key, value)


# -- an appositive that names the thing more exactly ------------------------------------------------------------
@pytest.mark.parametrize(
    "text, key, value",
    [
        ("I drive an electric car, a Tesla Model 3.", "vehicle", "tesla model 3"),
        ("i drive a pickup, a ford f150", "vehicle", "ford f150"),
        ("We drive a hybrid, a Toyota Prius, mostly for the school run", "vehicle", "toyota prius"),
        ("my car is an suv, a honda pilot", "vehicle", "honda pilot"),
        ("I drive an old car, a 2009 honda civic", "vehicle", "2009 honda civic"),
        ("I'm a Linux user, Arch specifically", "software", "arch"),
        ("im a linux user, ubuntu mostly", "software", "ubuntu"),
        ("I'm a Linux user, Fedora in particular.", "software", "fedora"),
        ("i mostly code in python, django in particular", "software", "django"),
    ],
)
def test_an_appositive_names_it_exactly(text: str, key: str, value: str) -> None:
    expect(text, key, value)


# -- a partner or an animal named -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, label, name",
    [
        ("I'm married to a guy named Tomas", "married_to", "Person/tomas"),
        ("im married to a wonderful woman called Ines", "married_to", "Person/ines"),
        ("I am engaged to a man named Kofi.", "partner_of", "Person/kofi"),
        ("i'm dating a girl named priya", "partner_of", "Person/priya"),
        ("I own a horse named Clover", "owns", "Pet/clover"),
        ("we own a goat called Biscuit", "owns", "Pet/biscuit"),
        ("I have two rabbits, Fig and Olive.", "owns", "Pet/olive"),
        ("i have two rabbits, Fig and Olive", "owns", "Pet/fig"),
        ("We've got two ferrets named Pip and Olive", "owns", "Pet/olive"),
        ("we welcomed a baby girl, Nora, on Tuesday", "parent_of", "Person/nora"),
        ("We welcomed a baby boy named Theo last month!", "parent_of", "Person/theo"),
        ("last week we welcomed our daughter, Maeve", "parent_of", "Person/maeve"),
        ("We adopted two kittens, Salt and Pepper", "owns", "Pet/pepper"),
    ],
)
def test_named_partner_or_animal(text: str, label: str, name: str) -> None:
    assert (label, name) in _relations(text), (text, _relations(text), facts(text))


# -- one more said with a loose verb ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, key, value",
    [
        ("I've gotten into kombucha as well", "drinks", "kombucha"),
        ("i've gotten into matcha lately", "drinks", "matcha"),
        ("ive also started drinking oat lattes", "drinks", "latte"),
        ("Kayaking is my new thing too.", "hobbies", "kayaking"),
        ("pottery is my latest obsession", "hobbies", "pottery"),
        ("i've gotten really into birdwatching this year", "hobbies", "birdwatching"),
        ("We've added Jira to my toolset at work", "software", "jira"),
        ("i added figma to my stack this year", "software", "figma"),
        ("we've added Trello to our workflow", "software", "trello"),
        ("Another goal of mine: run a half marathon", "goals", "half marathon"),
        ("another goal of mine is to learn to swim", "goals", "learn to swim"),
        ("one more goal for this year: read 30 books", "goals", "read 30 books"),
        ("I've picked up some Arabic", "languages", "arabic"),
        ("i picked up a bit of mandarin while living in taipei", "languages", "mandarin"),
        ("I've been learning some Swahili too", "languages", "swahili"),
        ("lately I'm into reggae as well", "likes", "reggae"),
        ("i've been getting into jazz too", "likes", "jazz"),
        ("my latest obsession is pickleball", "hobbies", "pickleball"),
        ("another hobby of mine is woodworking", "hobbies", "woodworking"),
        ("I've added Portuguese to my list of languages", "languages", "portuguese"),
    ],
)
def test_one_more_said_loosely(text: str, key: str, value: str) -> None:
    expect(text, key, value)


# -- tools and trips said with a purpose or a habit ------------------------------------------------------------
@pytest.mark.parametrize(
    "text, key, value",
    [
        ("I use Notion to organize everything", "software", "notion"),
        ("i use obsidian to keep all my notes", "notes_app", "obsidian"),
        ("we use Slack to talk to clients", "software", "slack"),
        ("I edit my videos in DaVinci Resolve", "software", "davinci resolve"),
        ("i do all my photo editing in lightroom", "software", "lightroom"),
        ("I make all my music in Ableton.", "software", "ableton"),
        ("We're planning a road trip through Scotland this summer", "plans", "scotland"),
        ("I'm planning a trip to Iceland in March.", "plans", "iceland"),
        ("im planning a trip to japan", "plans", "japan"),
        ("we're planning a week in Lisbon in the autumn", "plans", "lisbon"),
        ("I travel to Singapore for work every quarter", "routines", "singapore"),
        ("i fly to london for work every month", "routines", "london"),
    ],
)
def test_tools_and_trips_with_a_purpose(text: str, key: str, value: str) -> None:
    expect(text, key, value)


# -- negatives -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, key",
    [
        ("do you speak Italian?", "languages"),
        ("my sister speaks French, Spanish and a bit of Italian", "languages"),
        ("if I learned Italian I would move to Rome", "languages"),
        ("i speak to my mom, my dad and my sister every week", "languages"),
        ("would you recommend picking up some Arabic?", "languages"),
        ("I used Notion once for a school project", "software"),
        ("is Notion good to organize everything?", "software"),
        ("my boss added Jira to the toolset at work", "software"),
        ("if we added Jira to our toolset it would be chaos", "software"),
        ("I tried DaVinci Resolve once for a school project", "software"),
        ("my husband drives an electric car, a Tesla", "vehicle"),
        ("should I get into kombucha?", "drinks"),
        ("my brother has gotten into kombucha as well", "drinks"),
        ("what's another goal I could set?", "goals"),
        ("my sister is planning a trip to Iceland in March", "plans"),
        ("are you into reggae as well?", "likes"),
        ("my dad travels to Singapore for work every quarter", "routines"),
        ("kayaking is my brother's new thing", "hobbies"),
        ("is kayaking a good new thing to try?", "hobbies"),
        ("my friend picked up some Arabic in Cairo", "languages"),
        ("we got into an argument about money last night", "hobbies"),
        ("ugh i picked up a cold from my kids", "hobbies"),
        ("I picked up an extra shift at work", "hobbies"),
    ],
)
def test_nothing_read(text: str, key: str) -> None:
    expect_none(text, key)


@pytest.mark.parametrize(
    "text, bad",
    [
        ("my friend is married to a guy named Tomas", ("married_to", "Person/tomas")),
        ("if i had a horse i'd name her Clover", ("owns", "Pet/clover")),
        ("my neighbour has two rabbits, Fig and Olive", ("owns", "Pet/fig")),
        ("would you name a baby girl Nora?", ("parent_of", "Person/nora")),
    ],
)
def test_no_relation_read(text: str, bad: tuple[str, str]) -> None:
    assert bad not in _relations(text), (text, _relations(text))


@pytest.mark.parametrize(
    "text, key, bad",
    [
        ("I play the violin and a bit of piano", "instruments", "bit of"),
        ("my new thing is pickleball", "new_thing", "pickleball"),
        ("I've added Spanish to my list of languages", "possessions", "spanish"),
        ("I play games, watch TV and read", "sports", "games"),
    ],
)
def test_no_half_read_value_left(text: str, key: str, bad: str) -> None:
    assert not any(k == key and bad in v.lower() for _, k, v, _ in facts(text)), (text, facts(text))


@pytest.mark.parametrize(
    "text, key, bad",
    [
        ("I speak English, some Spanish and no French.", "languages", "french"),
        ("i speak english, spanish but not german", "languages", "german"),
        ("I play guitar, piano and no drums at all", "instruments", "drums"),
    ],
)
def test_a_list_stops_at_an_item_not_had(text: str, key: str, bad: str) -> None:
    assert not any(k == key and bad in v.lower() and not n for _, k, v, n in facts(text)), (text, facts(text))
    expect(text, key, "english" if key == "languages" else "guitar")


def test_a_list_stops_at_someone_elses_clause() -> None:
    expect("I play guitar, but my brother plays drums", "instruments", "guitar")
    assert not any(
        k == "instruments" and "drum" in v.lower() for _, k, v, _ in facts("I play guitar, but my brother plays drums")
    )


# -- additions: the second sentence adds to the many-valued key ------------------------------------------------
_PAIRS = [
    ("I speak French.", "I've picked up some Arabic", "languages", "french", "arabic"),
    ("I speak English and German", "I speak French, Spanish and a bit of Italian", "languages", "german", "italian"),
    ("I drink coffee every morning", "I've gotten into kombucha as well", "drinks", "coffee", "kombucha"),
    ("I drink a lot of tea", "ive also started drinking matcha lattes", "drinks", "tea", "matcha"),
    ("I use Slack at work", "We've added Jira to my toolset at work", "software", "slack", "jira"),
    ("I use Notion to organize everything", "I edit my videos in DaVinci Resolve", "software", "notion", "davinci"),
    ("I love hiking", "Kayaking is my new thing too", "hobbies", "hiking", "kayaking"),
    (
        "One of my goals is to learn Spanish",
        "Another goal of mine: run a half marathon",
        "goals",
        "spanish",
        "marathon",
    ),
    ("I play guitar", "i play the piano, the flute and some saxophone", "instruments", "guitar", "saxophone"),
    ("I listen to jazz a lot", "lately I'm into reggae as well", "likes", "jazz", "reggae"),
    ("I have a dog named Rex", "I own a horse named Clover", "pets", "dog", "horse"),
    ("i play tennis on sundays", "I play squash, golf and a bit of cricket", "sports", "tennis", "cricket"),
]


@pytest.mark.parametrize("first, second, key, old, new", _PAIRS)
def test_the_second_adds(mem: Any, first: str, second: str, key: str, old: str, new: str) -> None:
    t0 = datetime(2025, 3, 1, 9, 0, tzinfo=timezone.utc)
    mem.remember(first, scope=ALICE_SCOPE, observed_at=t0)
    mem.remember(second, scope=ALICE_SCOPE, observed_at=t0 + timedelta(days=1))
    shown = profile_values(mem, key)
    assert any(old in v for v in shown) and any(new in v for v in shown), (first, second, shown)
