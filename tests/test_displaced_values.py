"""A value named as displaced says which key a statement is about, and where the new value is
(``_write/_displaced.displaced``, ``_write/_replacement.displacer``).

"olivia rodrigo has completely taken over from adele" is about the favourite singer because Adele is the favourite
singer on record, whatever the statement's vector stands out for; and the new value is the subject of "taken over
from", however little the embedding knows of the name. The end-to-end tests run the real store with ``ReadsOnly``
(it reads each first statement and nothing else), so they test the write path, not the rules. Every sentence is
this file's own.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from spectron_core import Spectron
from spectron_core._recall._principal import is_question
from spectron_core._write._displaced import displaced
from spectron_core._write._replacement import displacer, replacement
from tests.support import ReadsOnly, facts, profile_facts

T0 = datetime(2025, 1, 1, tzinfo=timezone.utc)
LATER = T0 + timedelta(days=1)
DANA = {"org": "acme", "user": "dana"}
OMAR = {"org": "acme", "user": "omar"}


# -- where the new value is said --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,old,new",
    [
        ("padel has totally replaced tennis for me", "tennis", "padel"),
        ("olivia rodrigo has completely taken over from adele this year", "Adele", "olivia rodrigo"),
        ("honestly i think oat milk beats cow's milk", "cow's milk", "honestly i think oat milk"),
        ("the golf's replaced the old civic", "Civic", "the golf"),
        ("kombucha overtook flat whites ages ago", "flat whites", "kombucha"),
        ("ok so tennis got replaced by pickleball", "tennis", "pickleball"),
        ("Breaking Bad has officially been dethroned by Severance!", "Breaking Bad", "Severance"),
        ("weirdly the tram took over from the bike as my way in", "bike", "weirdly the tram"),
        ("the hobbit got knocked off the top spot by piranesi", "The Hobbit", "piranesi"),
        ("ngl ive swapped football for padel", "football", "padel"),
        ("ditched the old corolla for a jimny", "Toyota Corolla", "a jimny"),
        ("moved every note from notion into obsidian", "Notion", "obsidian"),
        ("shifted from pune to nagpur", "Pune", "nagpur"),
        ("Deloitte → Monzo. out of consulting at last", "Deloitte", "Monzo"),
        ("flat white -> cortado", "flat white", "cortado"),
    ],
)
def test_the_words_said_to_displace_the_old_value_are_kept_in_place(text: str, old: str, new: str) -> None:
    kept = displacer(text, old)
    assert kept is not None and len(kept) == len(text)
    assert kept.strip() == new
    assert text[kept.index(new) : kept.index(new) + len(new)] == new  # offsets kept: a span read is as written


@pytest.mark.parametrize(
    "text,old",
    [
        ("they've basically replaced radiohead as my number one", "Radiohead"),  # a stand-in names nothing
        ("it has replaced tennis for me", "tennis"),
        ("tennis is still my thing, nothing has replaced it", "tennis"),  # the old value is not the one displaced
        ("i replaced the brakes on the civic", "Civic"),  # the civic is not what was replaced
        ("sorry breaking bad, you've been dethroned", "Breaking Bad"),  # no words of the new one
        ("the new bus route replaced mine", "tram"),  # the old value is not named
    ],
)
def test_no_words_are_kept_when_nothing_names_what_displaced_it(text: str, old: str) -> None:
    assert displacer(text, old) is None


_DIRECTIONS = {"tennis": 0, "squash": 0, "racket": 0}


def _embed(texts: list[str]) -> list[np.ndarray]:
    """Words of tennis's kind share one direction; every other word is a direction of its own."""
    out = []
    for t in texts:
        v = np.zeros(64, dtype=np.float32)
        for w in t.casefold().split():
            v[_DIRECTIONS.get(w, 1 + sum(map(ord, w)) % 63)] += 1.0
        out.append(v / np.linalg.norm(v))
    return out


@pytest.mark.parametrize(
    "text,old,new",
    [
        ("top film used to be titanic, now it's aftersun", "Titanic", "aftersun"),
        ("king was my guy for years but now its ottessa moshfegh", "Stephen King", "ottessa moshfegh"),
        ("gone right off green, it's all mustard now", "green", "mustard now"),
    ],
)
def test_what_is_now_is_read_only_of_a_value_known_to_be_left(text: str, old: str, new: str) -> None:
    assert displacer(text, old) is None  # "now it's …" names no old value: alone it displaces nothing
    kept = displacer(text, old, left=True)
    assert kept is not None and kept.strip() == new


def _never(word: str) -> bool:
    return word in {"replaced", "switched"}


def test_one_run_of_words_that_displaced_the_value_is_read_however_unlike_it_is() -> None:
    text = "padel has totally replaced tennis for me, haven't picked up my racket in months"
    region = displacer(text, "tennis")
    assert region is not None
    read = replacement(_embed, region, "tennis", frozenset({"sport"}), _never, displaced=True)
    assert read is not None and read.value == "padel" and read.displaced
    # read by likeness over the whole statement, the racket (of tennis's kind) would have been taken
    by_likeness = replacement(_embed, text, "tennis", frozenset({"sport"}), _never)
    assert by_likeness is not None and by_likeness.value == "racket" and not by_likeness.displaced


def test_two_runs_that_displaced_the_value_fall_back_to_likeness() -> None:
    region = "squash and my new club" + " " * 20
    read = replacement(_embed, region, "tennis", frozenset({"sport"}), _never, displaced=True)
    assert read is not None and read.value == "squash" and not read.displaced


# -- whether the value on record is named as left ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,named",
    [
        ("sold the civic last week", {"civic"}),
        ("sorry dune, there's a new number one", {"dune"}),
        ("i've gone right off green", {"green"}),
        ("taken over from adele", {"adele"}),
        ("i'm so over fortnite", {"fortnite"}),
        ("no more aetna for me", {"aetna"}),
        ("i'm not nhs staff anymore", {"nhs"}),
        ("wrapped up at shopify on friday", {"shopify"}),
        ("today was my last day at boots", {"boots"}),
        ("leeds is behind me now", {"leeds"}),
        ("keto lasted six months", {"keto"}),
        ("the samsung's gone in a drawer", {"samsung"}),
        ("pickleball beats tennis, sorry", {"tennis"}),
        ("done with vs code for good", {"vs", "code"}),
        ("gave up the pescatarian thing", {"pescatarian"}),
        ("friends fan no more, bluey all the way", {"friends"}),
        ("not supporting mumbai indians any more", {"mumbai", "indians"}),
        ("top film used to be titanic", {"titanic"}),
        ("red was my colour until i found burnt orange", {"red"}),
        ("king was my guy for years but now it's moshfegh", {"king"}),
        ("shifted from mumbai to nashik", {"mumbai"}),
        ("uninstalled pycharm, cursor does it all", {"pycharm"}),
        ("deloitte → monzo", {"deloitte"}),
        ("titanic used to be my fave movie", {"titanic"}),
        ("adele isn't my fave anymore", {"adele"}),
        ("coffee's been replaced by matcha", {"coffee"}),
        ("adele's been knocked off the top spot", {"adele"}),
        ("bye keto, hello low fodmap", {"keto"}),
        ("my fave colour was green but it's yellow now", {"green"}),
        ("blue is out, sage green is my colour now", {"blue"}),
        ("idles out, wet leg in", {"idles"}),
        ("rip the civic, new whip is a polo", {"civic"}),
        ("said goodbye to manchester, liverpool is home now", {"manchester"}),
        ("tennis was fun but pickleball has replaced it", {"tennis"}),
        ("sleep token have taken metallica's place", {"metallica"}),
    ],
)
def test_a_value_said_as_left_is_displaced(text: str, named: set[str]) -> None:
    assert displaced(text, named)


@pytest.mark.parametrize(
    "text,named",
    [
        ("the civic beats any suv on fuel", {"civic"}),  # the value is the one that beats
        ("nothing beats sushi on a friday", {"sushi"}),
        ("grabbed a burrito instead of sushi today", {"sushi"}),  # one lunch
        ("leaving manchester behind for a bit, off to lisbon", {"manchester"}),  # a while away
        ("swapped coke for water for lent", {"coke"}),
        ("finally got the day off from tesco", {"tesco"}),  # a day off, not a leaving
        ("over the moon, radiohead announced a tour", {"radiohead"}),
        ("radiohead are so good, over an hour of encores", {"radiohead"}),
        ("still love leeds, the weather aside", {"leeds"}),
        ("got a letter from tesco to say my card expired", {"tesco"}),  # from … to, with no move
        ("radiohead was my first gig, still love them", {"radiohead"}),  # was my …, and nothing now
        ("left glasgow at 6am for the conference", {"glasgow"}),  # a departure of the day
        ("i used the civic to move house", {"civic"}),
        ("sushi → nap → netflix, perfect sunday", {"sushi"}),  # a chain of arrows
        ("arsenal → champions league final, dreaming", {"arsenal"}),  # an arrow to more than a name
        ("husband switched from keto to paleo", {"keto"}),  # someone else's doing
        ("the kids have gone off green", {"green"}),
        ("people keep moving from sydney to brisbane", {"sydney"}),
        ("sold the civic? nah, sticking with it", {"civic"}),  # still kept
        ("arsenal got dethroned by liverpool but i'm still a gooner", {"arsenal"}),
        ("leeds is behind man city in the table again", {"leeds"}),  # behind, not behind me
        ("the university has replaced the old wifi", {"university"}),  # the value displacing another
        ("adele used to be played at every wedding", {"adele"}),  # used to be, not used to be mine
        ("titanic isn't on tv anymore at christmas", {"titanic"}),  # not on tv, not not mine
        ("the milk's gone off so black coffee it is", {"coffee"}),  # the milk went off, not the coffee
        ("headline today: leeds → london, why the young are leaving", {"leeds"}),  # reported text
        ("avatar took over from titanic as the highest grossing film", {"titanic"}),  # news of the world
        ("padel is replacing tennis in spain apparently", {"tennis"}),
        ("they don't sell the civic hatch here anymore", {"civic"}),  # they deny it, the user keeps it
        ("my vegetarian streak has lasted 9 years now", {"vegetarian"}),  # a longer noun
    ],
)
def test_a_value_near_a_word_of_leaving_is_not_displaced(text: str, named: set[str]) -> None:
    assert not displaced(text, named)


# -- the write path ------------------------------------------------------------------------------------------------

# (said first, the fact read from it, said later, the value read as the new one)
DISPLACED = [
    (
        "My favourite singer is Adele.",
        ("favorite_music", "Adele"),
        "olivia rodrigo has completely taken over from adele for me this year",
        "olivia rodrigo",
    ),
    (
        "My favourite sport is tennis.",
        ("favorite_sport", "tennis"),
        "Padel has totally replaced tennis for me, haven't picked up my racket in months.",
        "Padel",
    ),
    (
        "My favourite colour is green.",
        ("favorite_color", "green"),
        "honestly i've gone right off green, it's all yellow for me now",
        "yellow",
    ),
    (
        "My favourite show is Breaking Bad.",
        ("favorite_show", "Breaking Bad"),
        "breaking bad got dethroned by severance, what a finale",
        "severance",
    ),
    (
        "I drive a Honda Civic.",
        ("vehicle", "Honda Civic"),
        "a skoda octavia has replaced the civic, way more boot space",
        "skoda octavia",
    ),
    ("I work at Deloitte.", ("employer", "Deloitte"), "Deloitte → Quillwork. out of consulting at last", "Quillwork"),
    (
        "My favourite film is Titanic.",
        ("favorite_movie", "Titanic"),
        "top film used to be titanic, now it's aftersun, no contest",
        "aftersun",
    ),
    (
        "My favourite sport is football.",
        ("favorite_sport", "football"),
        "ngl ive swapped football for padel, its all i play now",
        "padel",
    ),
    (
        "I study at Leeds.",
        ("school", "Leeds"),
        "transferred from leeds to aberystwyth this term, the sea views are unreal",
        "aberystwyth",
    ),
    (
        "My favourite singer is Adele.",
        ("favorite_music", "Adele"),
        "adele isn't my fave anymore, it's lorde these days",
        "lorde",
    ),
    (
        "My favourite drink is coffee.",
        ("favorite_drink", "coffee"),
        "coffee's been replaced by matcha in my life",
        "matcha",
    ),
    (
        "My favourite sport is tennis.",
        ("favorite_sport", "tennis"),
        "tennis was fun but pickleball has officially replaced it as my sport",
        "pickleball",
    ),
    ("I live in Manchester.", ("home", "Manchester"), "said goodbye to manchester, liverpool is home now", "liverpool"),
    (
        "My favourite show is Breaking Bad.",
        ("favorite_show", "Breaking Bad"),
        "sorry breaking bad, you've been dethroned by succession",
        "succession",
    ),
    ("I'm on a keto diet.", ("food_preference", "keto"), "keto lasted six months, doing paleo now", "paleo"),
    ("I study at King's College London.", ("school", "King's College London"), "transferred from kings to ucl", "ucl"),
]

# said later: the old value named near a word of leaving, and still the value
KEPT = [
    (
        "My favourite food is sushi.",
        ("favorite_food", "sushi"),
        "grabbed a burrito instead of sushi today, the sushi bar was shut",
    ),
    ("My favourite food is sushi.", ("favorite_food", "sushi"), "nothing beats sushi, had it three times this week"),
    ("I drive a Honda Civic.", ("vehicle", "Honda Civic"), "the civic beats any suv on fuel, no contest"),
    ("I live in Manchester.", ("home", "Manchester"), "off to lisbon for a week, leaving manchester behind for a bit"),
    (
        "My favourite drink is coke.",
        ("favorite_drink", "coke"),
        "swapped coke for water for lent, back on it at easter",
    ),
    ("I work at Tesco.", ("employer", "Tesco"), "my manager quit tesco last week and now everyone's stressed"),
    (
        "My favourite colour is green.",
        ("favorite_color", "green"),
        "my sister's gone right off green, she's all about pink now",
    ),
    ("My favourite band is Oasis.", ("favorite_music", "Oasis"), "sorry oasis fans, the reunion tour is sold out"),
    ("My phone is a Pixel 7.", ("devices", "Pixel 7"), "my mum ditched her iphone for a pixel like mine"),
    ("I work at Google.", ("employer", "Google"), "google replaced our team lead, the new guy seems ok"),
    ("I live in Glasgow.", ("home", "Glasgow"), "left glasgow at 6am for the conference in edinburgh, knackered"),
    ("I work at Tesco.", ("employer", "Tesco"), "got a letter from tesco to say my pay's going up now, nice"),
    (
        "My favourite band is Radiohead.",
        ("favorite_music", "Radiohead"),
        "radiohead was my first ever gig, now i'm seeing them again",
    ),
    ("I live in Leeds.", ("home", "Leeds"), "my sister shifted from leeds to york, i'm staying put"),
    ("I'm on a keto diet.", ("food_preference", "keto"), "husband switched from keto to paleo, i'm sticking with keto"),
    ("My favourite food is sushi.", ("favorite_food", "sushi"), "sushi → nap → netflix. perfect sunday"),
    ("I live in Mumbai.", ("home", "Mumbai"), "mumbai → delhi flight delayed 3 hrs"),
    (
        "My favourite film is Titanic.",
        ("favorite_movie", "Titanic"),
        "titanic used to be the highest grossing film, now it's avatar",
    ),
    ("I study at Leeds.", ("school", "Leeds"), "leeds has replaced the old library wifi, finally"),
    (
        "I drive a Mazda MX-5.",
        ("vehicle", "Mazda MX-5"),
        "was this close to trading the mazda for an SUV but couldnt do it",
    ),
    ("I live in Cape Town.", ("home", "Cape Town"), "in joburg for a conference this week, missing cape town already"),
    ("I live in Leeds.", ("home", "Leeds"), "said goodbye to leeds for the summer, interning in london till september"),
    (
        "My favourite band is Idles.",
        ("favorite_music", "Idles"),
        "my mate reckons fontaines dc have replaced idles for him",
    ),
    (
        "My favourite film is Titanic.",
        ("favorite_movie", "Titanic"),
        "Avatar overtook Titanic as the highest grossing film, wild",
    ),
    (
        "My favourite singer is Adele.",
        ("favorite_music", "Adele"),
        "taylor swift has taken over from adele in the charts, per the news",
    ),
    ("My favourite sport is tennis.", ("favorite_sport", "tennis"), "padel is replacing tennis at my club, sad"),
]


def _store(tmp_path: Path, rows: list[tuple[Any, ...]]) -> Spectron:
    return Spectron(path=str(tmp_path / "store"), extractor=ReadsOnly({r[0]: r[1] for r in rows}))


@pytest.mark.parametrize("first,fact,later,read", DISPLACED, ids=[r[3] for r in DISPLACED])
def test_a_value_named_as_displaced_gives_way_to_what_displaced_it(
    tmp_path: Path, first: str, fact: tuple[str, str], later: str, read: str
) -> None:
    mem = _store(tmp_path, DISPLACED)
    mem.remember(first, scope=DANA, observed_at=T0)
    mem.remember(later, scope=DANA, observed_at=LATER)
    [shown] = profile_facts(mem, DANA, fact[0])
    assert shown.value == read
    # read by no rule: the doubt stays on it, naming the value it replaced
    assert shown.conflict and "may have changed" in shown.conflict and repr(fact[1]) in shown.conflict
    assert [v.value for v in mem.history("Person/dana", fact[0], scope=DANA)] == [fact[1], read]
    mem.close()


@pytest.mark.parametrize("first,fact,later", KEPT, ids=[k[2][:30] for k in KEPT])
def test_a_value_named_near_a_word_of_leaving_is_kept_undoubted(
    tmp_path: Path, first: str, fact: tuple[str, str], later: str
) -> None:
    mem = _store(tmp_path, KEPT)
    mem.remember(first, scope=DANA, observed_at=T0)
    mem.remember(later, scope=DANA, observed_at=LATER)
    [shown] = profile_facts(mem, DANA, fact[0])
    assert shown.value == fact[1] and not shown.conflict
    mem.close()


def test_a_value_displaced_in_one_scope_stays_in_another(tmp_path: Path) -> None:
    first, fact, later, read = DISPLACED[1]
    mem = _store(tmp_path, DISPLACED)
    for scope in (DANA, OMAR):
        mem.remember(first, scope=scope, observed_at=T0)
    mem.remember(later, scope=DANA, observed_at=LATER)
    assert [f.value for f in profile_facts(mem, DANA, fact[0])] == [read]
    [omars] = profile_facts(mem, OMAR, fact[0])
    assert omars.value == fact[1] and not omars.conflict
    mem.close()


# -- the pieces it leans on ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,asks",
    [
        ("can't stop listening to idles", False),
        ("cant wait for the weekend", False),
        ("can't you stay a bit longer?", True),
        ("can you recommend a book", True),
    ],
)
def test_a_statement_opening_on_cant_is_no_question(text: str, asks: bool) -> None:
    assert is_question(text) is asks


def _read(text: str) -> list[tuple[str, str, bool]]:
    return [(key, value, negated) for _, key, value, negated in facts(text)]


@pytest.mark.parametrize(
    "text",
    [
        "left leeds for the weekend, back on sunday",
        "left london for a few days",
        "leaving the city for the holidays",
        "left manchester for a week in the lakes",
    ],
)
def test_a_place_left_for_a_while_ends_nothing(text: str) -> None:
    assert not any(negated for _, _, negated in _read(text))


@pytest.mark.parametrize("text,value", [("i left tesco", "tesco"), ("left google for a startup", "google")])
def test_a_place_left_for_good_still_ends_its_value(text: str, value: str) -> None:
    assert any(negated and v.casefold() == value for _, v, negated in _read(text))


@pytest.mark.parametrize(
    "text,home,left",
    [
        ("Shifted from Mumbai to Nashik last week itself", "nashik", "mumbai"),
        ("we shifted to pune last month", "pune", None),
        ("moved from mumbai to nashik last week itself", "nashik", "mumbai"),
    ],
)
def test_a_move_said_as_shifted_is_a_move(text: str, home: str, left: str | None) -> None:
    read = _read(text)
    assert ("home", home, False) in [(k, v.casefold(), n) for k, v, n in read]
    assert left is None or ("home", left, True) in [(k, v.casefold(), n) for k, v, n in read]


@pytest.mark.parametrize(
    "text", ["i shifted my focus to work", "shifted gears at work", "we shifted the sofa to the other room"]
)
def test_shifting_a_thing_is_no_move(text: str) -> None:
    assert not any(k == "home" for k, _, _ in _read(text))


@pytest.mark.parametrize(
    "text,value",
    [
        ("chappell roan has replaced taylor swift as my favourite artist, sorry swifties", "chappell roan"),
        ("idles have replaced radiohead as my favourite band, sorry thom", "idles"),
        ("sorry chocolate is my favorite", "chocolate"),  # an apology said first is still a lead
    ],
)
def test_an_apology_to_someone_named_is_no_favourite(text: str, value: str) -> None:
    assert [(k, v) for k, v, _ in _read(text) if k.startswith("favorite_")] == [(_read(text)[0][0], value)]


@pytest.mark.parametrize("text,value", [("sorry im vegan", "vegan"), ("sorry, i am a nurse", "nurse")])
def test_sorry_before_a_statement_is_still_a_lead(text: str, value: str) -> None:
    assert value in [v for _, v, _ in _read(text)]


# -- what followed a value the extractor ended ------------------------------------------------------------------------

# (said first, the fact, said later: the rules read the leaving, and the arrival is read; the value read)
ARRIVED = [
    ("I live in Leeds.", "home", "packed up and left leeds, we're in cardiff now", "cardiff"),
    ("I work at Deloitte.", "employer", "quit deloitte, joined accenture last week", "accenture"),
    ("I work at Deloitte.", "employer", "finally left deloitte for a job at amazon!!", "amazon"),
    ("I work at Tesco.", "employer", "QUIT TESCO!!! joining Ocado on monday, wish me luck", "Ocado"),
]


@pytest.mark.parametrize("first,key,later,read", ARRIVED, ids=[a[3] for a in ARRIVED])
def test_what_followed_a_value_the_rules_ended_is_read_as_the_new_one(
    tmp_path: Path, first: str, key: str, later: str, read: str
) -> None:
    mem = Spectron(path=str(tmp_path / "store"))  # the rules read both statements: the leaving is theirs
    mem.remember(first, scope=DANA, observed_at=T0)
    mem.remember(later, scope=DANA, observed_at=LATER)
    [shown] = profile_facts(mem, DANA, key)
    assert shown.value == read and shown.conflict and "may have changed" in shown.conflict
    mem.close()


def test_someone_elses_switch_after_their_doing_is_theirs() -> None:
    # the clause after "my neighbour sold his civic" is the neighbour's, as one after "my dad …" is the dad's
    assert _read("my neighbour sold his civic and got a tesla") == []
    assert _read("my friend left tcs and joined infosys last month") == []
    assert ("vehicle", "tesla", False) in _read("my neighbour sold his civic and i got a tesla")


@pytest.mark.parametrize(
    "first,key,later",
    [
        ("I work at Tesco.", "employer", "quit tesco, joined a band lol"),  # a band joined is no employer
        ("I work at Tesco.", "employer", "i quit tesco, taking a few months off to travel"),
        ("I live in Leeds.", "home", "left leeds, miss it already"),
    ],
)
def test_a_value_ended_with_nothing_after_it_stays_ended(tmp_path: Path, first: str, key: str, later: str) -> None:
    mem = Spectron(path=str(tmp_path / "store"))
    mem.remember(first, scope=DANA, observed_at=T0)
    mem.remember(later, scope=DANA, observed_at=LATER)
    assert profile_facts(mem, DANA, key) == []
    mem.close()


@pytest.mark.parametrize(
    "text",
    [
        "gave up sushi for lent, back on it after easter",
        "quit smoking for a week lol",
        "left glasgow at 6am for the conference",
    ],
)
def test_a_thing_given_up_for_a_while_ends_nothing(text: str) -> None:
    assert not any(negated for _, _, negated in _read(text))


# -- a value beside others, swapped in so many words ---------------------------------------------------------------

SWAPPED_BESIDE = [
    ("I use Chrome.", ("software", "Chrome"), "ditched chrome for firefox yesterday", "firefox"),
    ("I drink coffee.", ("drinks", "coffee"), "swapped coffee for green tea, my sleep is so much better", "green tea"),
    ("I use Windows.", ("software", "Windows"), "windows → linux, finally", "linux"),
    ("I play tennis.", ("sports", "tennis"), "traded tennis for squash, my knees are grateful", "squash"),
    ("I use Trello.", ("software", "Trello"), "jira has replaced trello at my job, sadly", "jira"),
    ("I speak French.", ("languages", "French"), "i switched from french to spanish on duolingo", "spanish"),
]
"""(first statement, the value it gives a key that holds many, a later statement that names what the value was
swapped for, the value read)."""

BESIDE_KEPT = [
    ("I drink coffee.", ("drinks", "coffee"), "swapped coffee for green tea for lent"),
    ("I drink coffee.", ("drinks", "coffee"), "green tea is nice but nothing beats coffee"),
    ("I drink coffee.", ("drinks", "coffee"), "my sister swapped coffee for green tea"),
    ("I use Chrome.", ("software", "Chrome"), "i might ditch chrome for firefox one day"),
    ("I use Chrome.", ("software", "Chrome"), "i also use firefox now"),
    ("I play tennis.", ("sports", "tennis"), "should i swap tennis for squash?"),
    ("I use Chrome.", ("software", "Chrome"), "google replaced the chrome logo with a flatter one, hate it"),
]
"""A value beside others that no statement here swaps out: a while, a value praised, someone else, a maybe, one
more beside it, a question."""


@pytest.mark.parametrize("first,fact,later,read", SWAPPED_BESIDE, ids=[r[3] for r in SWAPPED_BESIDE])
def test_a_value_beside_others_swapped_in_so_many_words_ends(
    tmp_path: Path, first: str, fact: tuple[str, str], later: str, read: str
) -> None:
    mem = _store(tmp_path, SWAPPED_BESIDE)
    mem.remember(first, scope=DANA, observed_at=T0)
    mem.remember(later, scope=DANA, observed_at=LATER)
    shown = {f.value.casefold() for f in profile_facts(mem, DANA, fact[0])}
    assert shown == {read}, shown
    chain = mem.history("Person/dana", fact[0], scope=DANA)
    assert [(v.value, v.valid_until is not None) for v in chain if v.value == fact[1]] == [(fact[1], True)]
    mem.close()


def test_a_value_beside_others_swapped_in_one_scope_stays_in_another(tmp_path: Path) -> None:
    first, fact, later, read = SWAPPED_BESIDE[0]
    mem = _store(tmp_path, SWAPPED_BESIDE)
    for scope in (DANA, OMAR):
        mem.remember(first, scope=scope, observed_at=T0)
    mem.remember(later, scope=DANA, observed_at=LATER)
    assert [f.value.casefold() for f in profile_facts(mem, DANA, fact[0])] == [read]
    assert [f.value for f in profile_facts(mem, OMAR, fact[0])] == [fact[1]]
    mem.close()


LEFT_BESIDE = [
    ("I swim twice a week.", ("hobbies", "swimming"), "no more swimming for me, my shoulder can't take it", None),
    ("I play the piano.", ("instruments", "piano"), "i don't play piano anymore, it's all drums now", "drums"),
    ("I play football.", ("sports", "football"), "gave up football, padel has taken over my tuesdays", "padel"),
    ("I use Trello.", ("software", "Trello"), "uninstalled trello, too many notifications", None),
    ("I play Minecraft.", ("hobbies", "playing minecraft"), "uninstalled minecraft, i was wasting my weekends", None),
    ("I've got a Hulu subscription.", ("possessions", "hulu subscription"), "hulu's gone, we went with max", None),
]
"""(first statement, the value it gives a key that holds many, a later statement that says the value was left,
what it names as having come in, or None)."""

BESIDE_NOT_LEFT = [
    ("I have a dog.", ("pets", "dog"), "i miss my dog so much when i travel"),
    ("I love pizza.", ("likes", "pizza"), "sorry pizza, it's diet day"),
    ("I drink coffee.", ("drinks", "coffee"), "no more coffee today, i've had four already"),
    ("I swim twice a week.", ("hobbies", "swimming"), "my sister gave up swimming last year"),
    ("I play the piano.", ("instruments", "piano"), "do you think i should quit piano?"),
    ("I have a dog.", ("pets", "dog"), "i don't walk the dog anymore, my son does"),
    ("I swim twice a week.", ("hobbies", "swimming"), "no more swimming in the lake, it's freezing, back to the pool"),
    ("I drink coffee.", ("drinks", "coffee"), "no more coffee after 3pm for me"),
    ("I drink coffee.", ("drinks", "coffee"), "no more decaf coffee for me, only the real stuff"),
    ("I play the piano.", ("instruments", "piano"), "i used to hate piano, now i love it"),
    ("I love pizza.", ("likes", "pizza"), "i used to order pizza every friday, now it's saturdays"),
    ("I love sushi.", ("likes", "sushi"), "no more sushi for me while i'm pregnant"),
    ("I play guitar.", ("instruments", "guitar"), "i'm not quitting guitar whatever my teacher says"),
    ("I play guitar.", ("instruments", "guitar"), "i dropped my guitar on the stairs, it survived"),
    ("I like hiking.", ("hobbies", "hiking"), "gave up hiking for a few weeks, my ankle is bad"),
    ("I have a cat.", ("pets", "cat"), "the cat is out in the garden chasing birds"),
    ("I drink coffee.", ("drinks", "coffee"), "my coffee's gone cold again"),
    ("I drink coffee.", ("drinks", "coffee"), "coffee is dead expensive at the station"),
]


@pytest.mark.parametrize("first,fact,later,new", LEFT_BESIDE, ids=[r[2][:30] for r in LEFT_BESIDE])
def test_a_value_beside_others_said_to_be_left_ends(
    tmp_path: Path, first: str, fact: tuple[str, str], later: str, new: str | None
) -> None:
    mem = _store(tmp_path, LEFT_BESIDE)
    mem.remember(first, scope=DANA, observed_at=T0)
    mem.remember(later, scope=DANA, observed_at=LATER)
    shown = {f.value.casefold() for f in profile_facts(mem, DANA, fact[0])}
    assert shown == ({new} if new else set()), shown
    closed = [v.valid_until is not None for v in mem.history("Person/dana", fact[0], scope=DANA) if v.value == fact[1]]
    assert closed and all(closed)
    mem.close()


@pytest.mark.parametrize(
    "first,fact,later,rows",
    [(*k, BESIDE_KEPT) for k in BESIDE_KEPT] + [(*k, BESIDE_NOT_LEFT) for k in BESIDE_NOT_LEFT],
    ids=[k[2][:30] for k in BESIDE_KEPT + BESIDE_NOT_LEFT],
)
def test_a_value_beside_others_is_kept_when_no_swap_or_leaving_is_said(
    tmp_path: Path, first: str, fact: tuple[str, str], later: str, rows: list[tuple[Any, ...]]
) -> None:
    mem = _store(tmp_path, rows)
    mem.remember(first, scope=DANA, observed_at=T0)
    mem.remember(later, scope=DANA, observed_at=LATER)
    assert fact[1] in [f.value for f in profile_facts(mem, DANA, fact[0])]
    mem.close()


def test_a_swap_the_rules_half_read_adds_what_came_in(tmp_path: Path) -> None:
    """The default extractor ends chrome on "i ditched chrome for firefox" and reads no new value of a key that
    holds many: the write path reads what it was swapped for, beside the user's other software."""
    mem = Spectron(path=str(tmp_path / "store"))
    mem.remember("I use Chrome and Slack.", scope=DANA, observed_at=T0)
    mem.remember("i ditched chrome for firefox", scope=DANA, observed_at=LATER)
    assert {f.value.casefold() for f in profile_facts(mem, DANA, "software")} == {"slack", "firefox"}
    mem.close()
