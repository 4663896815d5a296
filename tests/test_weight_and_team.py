"""A weight and a team supported, said in the first person (issue #10, item 2: what people ordinarily say about
themselves).

Before these readers "i weigh 82 kg" and "i support arsenal" gave nothing, "i'm 95kg at the moment" gave an *age*
of 95, and "I've supported Everton since I was a boy" a possession "supported everton". Both keys hold one value,
so a new weight or a change of side supersedes, with the old value kept in ``history()``. The rules and what they
refuse are in ``spectron_core/_extract/_everyday.py``'s docstring. Every sentence was written for this file.
"""

from __future__ import annotations

import pytest

from spectron_core import Spectron
from tests.support import (
    ALICE_SCOPE,
    at,
    check_update_pair,
    expect,
    expect_none,
    facts,
    mine,
    profile_facts,
    profile_values,
)

WEIGHTS = [
    ("i weigh 82 kg", "82 kg"),
    ("I weigh about 180 pounds.", "about 180 lb"),
    ("i'm 95kg at the moment", "95 kg"),
    ("im down to 12 stone 4 now", "12 st 4 lb"),
    ("I'm currently 74.5 kg", "74.5 kg"),
    ("i weighed in at 90kg this morning", "90 kg"),
    ("i weigh 82kg and i'm 180cm", "82 kg"),
    ("i'm 12 stone", "12 st"),
    ("I weigh 61 kilos.", "61 kg"),
    ("i am 210 lbs", "210 lb"),
    ("i weigh roughly 70kgs these days", "roughly 70 kg"),
    ("ok so i'm back down to 68 kg, finally", "68 kg"),
    # the "i" of chat dropped, a scale's reading, a height before it
    ("currently sitting at 88.2 kg", "88.2 kg"),
    ("the scales said 190 this morning", "190"),
    ("i'm 6'1 and 210 lbs", "210 lb"),
    ("my body weight is 80kg", "80 kg"),
    ("hovering around 95 kilos these days", "95 kg"),
    ("down to 11 stone 6 now!", "11 st 6 lb"),
    ("I'm at 58 kg these days", "58 kg"),
]


@pytest.mark.parametrize("text, value", WEIGHTS)
def test_a_weight_said_with_its_unit(text: str, value: str) -> None:
    expect(text, "weight", value)
    assert not mine(text, ("age",)), f"{text!r}: a weight is no age: {facts(text)}"


NO_WEIGHT = [
    "i want to weigh 70kg",
    "i lost 5kg",
    "i'm 5kg down",
    "my dog weighs 30 kg",
    "we weigh 150kg together",
    "i weigh my options",
    "she is 60kg",
    "i'd love to be 65 kg by summer",
    "do you think 80kg is heavy?",
    "my suitcase is 23kg",
    "my weight is a problem",
    "my weight's been all over the place",
    "deadlifted 140kg today",
    "my baby weighs 4kg already",
    "the scale is broken again",
    "i'm 90 kg? no way",
    "working on my squat, i'm at 100kg now",
    "bench is going well, i'm up to 90kg",
    "up to 100 lbs, the max the elevator takes",
    "scale says 23 for my suitcase",
    "i'm 12 stone 99",
    "scale said 30kg, the dog has put on weight",
]


@pytest.mark.parametrize("text", NO_WEIGHT)
def test_no_weight_of_the_speaker(text: str) -> None:
    expect_none(text, "weight")


@pytest.mark.parametrize("text", ["i'm 95", "im 45 lol", "i am 30 now"])
def test_a_number_without_a_unit_is_still_an_age(text: str) -> None:
    assert mine(text, ("age",)) and not mine(text, ("weight",)), facts(text)


TEAMS = [
    ("i support arsenal", "arsenal"),
    ("I've supported Everton since I was a boy.", "everton"),
    ("i'm a chelsea supporter", "chelsea"),
    ("arsenal is my team", "arsenal"),
    ("Celtic is my club.", "celtic"),
    ("wrexham till i die", "wrexham"),
    ("i root for the packers", "packers"),
    ("I cheer for the Yankees.", "yankees"),
    ("i'm a lifelong Villa supporter", "villa"),
    ("i have a season ticket at spurs", "spurs"),
    ("i'm a season ticket holder at leeds", "leeds"),
    ("i support the springboks", "springboks"),
    ("which team do you support? i support liverpool", "liverpool"),
    ("i have always supported the mumbai indians", "mumbai indians"),
    ("the warriors are my team", "warriors"),
    ("i support man city and i go to every home game", "man city"),
    ("i follow leinster rugby", "leinster"),
    ("i barrack for the swans", "swans"),
    ("i cheer on the warriors every season", "warriors"),
    ("the bulldogs are my afl team", "bulldogs"),
    ("die-hard rangers fan, season ticket and all", "rangers"),
    ("switched allegiance to the bills after the trade", "bills"),
    ("i'm a massive sharks fan and never miss a match", "sharks"),
    ("celtic's my club", "celtic"),
    ("i support arsenal, the atmosphere at the emirates is electric", "arsenal"),
    ("i support liverpool, what a title campaign this has been", "liverpool"),
    ("i support leeds and i work in local government", "leeds"),
    ("i’m a chelsea supporter", "chelsea"),
    ("i root for the red sox", "red sox"),
    ("my team is the lakers", "lakers"),
]


@pytest.mark.parametrize("text, team", TEAMS)
def test_a_team_supported(text: str, team: str) -> None:
    expect(text, "team", team)


NO_TEAM = [
    "i support my wife",
    "i support them",
    "i support local businesses",
    "i support the idea",
    "i support veganism",
    "i support labour, i voted for them last time",
    "i support the troops",
    "i support the nhs",
    "i support you",
    "i support her decision",
    "i'm a huge supporter of the arts",
    "i support my family financially",
    "my brother supports man united",
    "do you support arsenal?",
    "i don't support any team",
    "i support gay rights",
    "i support both sides",
    "i support recycling",
    "we support chelsea",
    "i support charities",
    "i'm a huge arsenal fan",
    "the president is my hero, i support the party",
    "I'm a big Taylor Swift fan, saw her at Wembley stadium",
    "huge coldplay fan, been to every tour",
    "i follow taylor swift on instagram",
    "i follow a keto diet",
    "oh yeah, i'm SUCH a chelsea fan, love watching them lose",
    "i'm a huge football fan",
    "big nfl fan here, never miss a sunday",
    "i'm a cricket fan, love the ipl",
    "i'm a huge fan of football",
    "i am a huge taylor swift fan, bought the tour jersey",
    "i support keir starmer",
    "i root for serena williams",
    "i support ukraine",
    "i support greenpeace",
    "i root for the underdog",
    "the night shift is my team now",
    "i support arsenal? no way, i'm a spurs fan",
    "i support the the",
    "i support the greens",
    "i support the red cross",
    "i support the junior doctors",
    "my team is 12 people",
    "my team is the backend team, we ship on fridays",
]


@pytest.mark.parametrize("text", NO_TEAM)
def test_no_team(text: str) -> None:
    expect_none(text, "team")


@pytest.mark.parametrize(
    "text, team",
    [
        ("i'm not supporting the lakers any more", "lakers"),
        ("i used to support chelsea", "chelsea"),
        ("i'm no longer a celtic supporter", "celtic"),
        ("i stopped supporting united after the takeover", "united"),
        ("i don't support chelsea anymore", "chelsea"),
    ],
)
def test_a_team_left_is_said_negated(text: str, team: str) -> None:
    assert [f[2] for f in mine(text, ("team",)) if f[3]] == [team], facts(text)
    expect_none(text, "team")


UPDATES = [
    ("i support arsenal", "after years of heartbreak i support spurs now", "team", "spurs", "arsenal"),
    (
        "I'm a Chelsea supporter.",
        "used to support chelsea, now i support dulwich hamlet",
        "team",
        "dulwich hamlet",
        "chelsea",
    ),
    ("celtic is my team", "i've switched sides, rangers is my club now", "team", "rangers", "celtic"),
    ("i support the lakers", "i'm not supporting the lakers any more", "team", None, "lakers"),
    ("i'm a chelsea supporter", "i'm no longer a chelsea supporter", "team", None, "chelsea"),
    ("i weigh 92kg", "i'm down to 85kg now", "weight", "85 kg", "92 kg"),
    ("I weigh 200 pounds.", "i weigh 185 lbs these days", "weight", "185 lb", "200 lb"),
    ("i'm 14 stone", "i weighed in at 13 stone 2 this morning", "weight", "13 st 2 lb", "14 st"),
]


@pytest.mark.parametrize("first, second, key, new, old", UPDATES)
def test_a_new_weight_or_side_supersedes(
    tmp_path, first: str, second: str, key: str, new: str | None, old: str
) -> None:
    check_update_pair(Spectron(path=str(tmp_path / "store")), first, second, key, new, old)


def test_a_weight_is_kept_apart_per_user(tmp_path) -> None:
    mem = Spectron(path=str(tmp_path / "store"))
    bob = {"org": "acme", "user": "bob"}
    mem.remember("i weigh 82 kg", scope=ALICE_SCOPE, observed_at=at(0))
    mem.remember("i support arsenal", scope=bob, observed_at=at(0))
    assert profile_values(mem, "weight") == ["82 kg"] and profile_values(mem, "team") == []
    bobs = {(f.key, f.value) for f in profile_facts(mem, bob, "team") + profile_facts(mem, bob, "weight")}
    assert bobs == {("team", "arsenal")}


def test_colleagues_called_my_team_leave_the_team_current(tmp_path) -> None:
    mem = Spectron(path=str(tmp_path / "store"))
    mem.remember("i support arsenal", scope=ALICE_SCOPE, observed_at=at(0))
    mem.remember("my team is 12 people and we all work remotely", scope=ALICE_SCOPE, observed_at=at(1))
    assert profile_values(mem, "team") == ["arsenal"]
    mem.close()
