"""The names of the speaker's relatives and pets (``_names``): a list after a count or a kind, a pet's name, a
partner, friend or boss by name, and what the same line says of the named person (their age, their job), which is
that person's fact and never the speaker's.

Each construction is said in several spellings (edited text, lower-case chat, a hedge, "btw"/"also" before it),
with negatives beside it: questions, another person's pet, a wish, names with no relation said, the speaker's own
name, words that are no names ("my kids are great"). Every sentence was written for this file.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from spectron_core import RuleExtractor, Spectron
from spectron_core._extract._types import ExtractionContext
from tests.support import ALICE_SCOPE, SPEAKER, facts, mine, profile_values

NOW = datetime(2025, 6, 2, 10, 0, tzinfo=timezone.utc)
_RULES = RuleExtractor()


def _read(text: str) -> tuple[set[tuple[str, str]], list[tuple[str, str, str]]]:
    """(label, object) of the speaker's relations, and (entity, key, value) of every attribute."""
    ctx = ExtractionContext(text=text, role="user", observed_at=NOW, principal=SPEAKER, agent="Agent/assistant")
    got = _RULES.extract(ctx)
    rels = {(r.label, r.object) for r in got.relations if r.subject == SPEAKER and not r.negated}
    return rels, [(a.entity, a.key, a.value) for a in got.attributes]


# -- a list of names after a count or a kind -------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "I have two kids, Sam and Lily.",
        "i have two kids sam and lily",
        "we've got 2 children: Sam and Lily",
        "my kids are sam and lily",
        "My kids are called Sam and Lily.",
        "btw my childrens names are sam and lily",
        "i think my kids are sam and lily lol",
    ],
)
def test_children_listed_by_name(text: str) -> None:
    rels, attrs = _read(text)
    assert {("parent_of", "Person/sam"), ("parent_of", "Person/lily")} <= rels, (text, rels)
    assert not [a for a in attrs if a[1] == "possessions"], attrs  # a child is not a thing owned


@pytest.mark.parametrize(
    "text, names",
    [
        ("I have a son, Max, and a daughter, Zoe.", ["max", "zoe"]),
        ("i have a son named max and a daughter named zoe", ["max", "zoe"]),
        ("my daughters emma and mia are twins", ["emma", "mia"]),
        ("also my sons names are leo and finn", ["leo", "finn"]),
        ("we had a baby girl last year, we named her ada", []),  # (a pet's construction only: no rule here yet)
    ],
)
def test_children_each_named(text: str, names: list[str]) -> None:
    rels, attrs = _read(text)
    assert {("parent_of", f"Person/{n}") for n in names} <= rels, (text, rels)
    assert not [a for a in attrs if a[1] == "possessions" and a[2].lower() in names], attrs


def test_children_listed_give_their_number() -> None:
    assert ("Person/alice", "children", "2") in _read("my kids are sam and lily")[1]
    assert any(f[1] == "children" for f in mine("i have three kids sam, lily and joe"))


# -- pets' names -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, kind, name",
    [
        ("Our dog is called Rex.", "dog", "rex"),
        ("our dog is called rex", "dog", "rex"),
        ("i have a cat named tom", "cat", "tom"),
        ("My cat's name is Luna.", "cat", "luna"),
        ("my cats name is luna", "cat", "luna"),
        ("also my dog is named pepper", "dog", "pepper"),
        ("we got a puppy, we named her miso", "puppy", "miso"),
        ("We adopted a kitten last week and named him Bolt.", "kitten", "bolt"),
        ("I have a golden retriever called Biscuit", "retriever", "biscuit"),
        ("i'm out walking my dog pepper", "dog", "pepper"),
    ],
)
def test_pet_named(text: str, kind: str, name: str) -> None:
    rels, attrs = _read(text)
    assert ("owns", f"Pet/{name}") in rels, (text, rels)
    assert (SPEAKER, "pets", kind) in attrs, attrs


def test_two_pets_named_in_one_line() -> None:
    rels, _ = _read("I have a dog named Rex and a cat named Tom.")
    assert {("owns", "Pet/rex"), ("owns", "Pet/tom")} <= rels


def test_a_pet_named_says_its_kind_in_its_sentence() -> None:
    ctx = ExtractionContext(text="our dog is called rex", role="user", observed_at=NOW, principal=SPEAKER, agent="A/a")
    (rel,) = [r for r in _RULES.extract(ctx).relations if r.label == "owns"]
    assert "dog" in rel.text and "Rex" in rel.text  # what recall embeds for "what's my dog's name?"


# -- partners, friends and bosses by name --------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, label, name",
    [
        ("my partner jamie", "married_to", "jamie"),
        ("My best friend is Priya.", "friend_of", "priya"),
        ("my best friend is priya", "friend_of", "priya"),
        ("my boss, carol, is on vacation this week", "reports_to", "carol"),
        ("My boss Carol is strict.", "reports_to", "carol"),
        ("my girlfriend is called maya", "partner_of", "maya"),
        ("i think my brother ben is 30", "sibling_of", "ben"),
    ],
)
def test_people_by_name(text: str, label: str, name: str) -> None:
    assert (label, f"Person/{name}") in _read(text)[0], _read(text)


# -- what the same line says of the named person: theirs, not the speaker's ------------------------------------
@pytest.mark.parametrize(
    "text, who, key, value",
    [
        ("My son Max is 7.", "max", "age", "7"),
        ("my son max is 7", "max", "age", "7"),
        ("my daughter zoe is 12 years old", "zoe", "age", "12"),
        ("i think my brother ben is 30", "ben", "age", "30"),
        ("My wife Anna is a doctor.", "anna", "role", "doctor"),
        ("my wife anna is a nurse", "anna", "role", "nurse"),
        ("btw my husband tom is a teacher", "tom", "role", "teacher"),
    ],
)
def test_attribute_of_the_named_person(text: str, who: str, key: str, value: str) -> None:
    got = facts(text)
    assert (f"Person/{who}", key, value, False) in got, got
    assert not [f for f in got if f[0] == SPEAKER and f[1] in (key, "role", "age")], got  # never the speaker's
    assert not [f for f in got if "_" in f[1] and who in f[1]], got  # no "son_max" key


# -- the chat spellings and the name said first ------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, label, ref",
    [
        ("my daughters name is ella", "parent_of", "Person/ella"),
        ("my son's called jack", "parent_of", "Person/jack"),
        ("Our kids are Noah, Mia and Leo.", "parent_of", "Person/mia"),
        ("My oldest, Ben, is 12.", "parent_of", "Person/ben"),
        ("Lily and Sam are my kids.", "parent_of", "Person/sam"),
        ("rex is my dog", "owns", "Pet/rex"),
        ("my dog is rex", "owns", "Pet/rex"),
        ("my fiance mark and i are getting married in june", "partner_of", "Person/mark"),
        ("My coworker Dan is hilarious.", "knows", "Person/dan"),
        ("my manager is called steve", "reports_to", "Person/steve"),
        ("my twins are called ava and ella", "parent_of", "Person/ava"),
        ("we have a cat, her name is nala", "owns", "Pet/nala"),
        ("I've got a hamster, his name is Peanut.", "owns", "Pet/peanut"),
    ],
)
def test_more_spellings(text: str, label: str, ref: str) -> None:
    rels, attrs = _read(text)
    assert (label, ref) in rels, (text, rels)
    name = ref.split("/")[1]
    assert not [a for a in attrs if a[0] == SPEAKER and "_" in a[1] and name in a[1] + a[2]], (
        attrs
    )  # "manager=called steve"


def test_a_childs_age_said_before_the_name() -> None:
    assert ("Person/oliver", "age", "5", False) in facts("I have a 5 year old son named Oliver.")
    assert ("Person/ben", "age", "12", False) in facts("My oldest, Ben, is 12.")
    assert ("Person/jane", "age", "70", False) in facts("honestly my mum jane is 70 this year")


def test_a_value_ending_in_a_name_is_kept_under_an_ontology_key() -> None:
    assert any(f[1] == "hobbies" for f in mine("i enjoy taking walks around my neighbor hood"))
    assert not _read("i enjoy taking walks around my neighbor hood")[0]


# -- negatives ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Sam and Lily are coming over",
        "my kids love sam's cooking",
        "call me sam",
        "i named my plant fred",
        "what should i name my dog?",
        "what is my dog's name?",
        "my friend's dog is called rex",
        "if i had a dog i would name him rex",
        "my kids are great",
        "my best friend is awesome",
        "my dad taught me to fish",
        "i went to school with a girl named tanya",
        "walking my dogs soon",
        "i volunteer at my bunny rescue",
        "my boyfriend is vegan",
        "your dog is called rex",
        "what's your cat's name?",
        "my friend named her dog rex",
        "i want to name my cat luna",
        "my dog is a lab",
        "my cat is sleeping",
        "my kids are at school",
        "my wife is pregnant",
        "my son loves max and ruby",
        "my friend's son max is 7",
        "i used to have a dog named rex",
        "the dog is called rex",
        "my ex-wife anna is a doctor",
        "i feed my cat tuna",  # what is given to the pet, or how, after a verb of giving
        "i gave my cat insulin",
        "i walk my dog daily",
        "i took my dog outside",
    ],
)
def test_no_one_named(text: str) -> None:
    rels, attrs = _read(text)
    named = {r for r in rels if r[0] in ("owns", "parent_of", "friend_of", "partner_of", "sibling_of", "child_of")}
    assert not named, (text, rels)
    assert not [a for a in attrs if a[0] not in (SPEAKER,)], attrs


def test_own_name_stays_the_speakers_name() -> None:
    assert ("name", "Sam") in [(f[1], f[2]) for f in mine("call me sam")]


# -- updates: a named person's age and a partner supersede; children and pets accumulate ------------------------
@pytest.fixture
def mem(tmp_path):  # type: ignore[no-untyped-def]
    m = Spectron(path=str(tmp_path / "db"))
    yield m
    m.close()


def _relations(mem: Spectron, label: str, *, history: bool = False) -> list[tuple[str, bool]]:
    recs = mem.records(scope=ALICE_SCOPE, kinds=["relation"], include_history=history)
    return [(r.object, r.valid_until is None) for r in recs if r.label == label and r.subject == SPEAKER]


def test_a_named_childs_age_is_superseded_on_the_child(mem) -> None:  # type: ignore[no-untyped-def]
    mem.remember("my son max is 7", scope=ALICE_SCOPE, observed_at=NOW)
    mem.remember("My son Max just turned 8.", scope=ALICE_SCOPE, observed_at=NOW + timedelta(days=200))
    chain = mem.history("Person/max", "age", scope=ALICE_SCOPE)
    assert [(v.value, v.valid_until is None) for v in chain] == [("7", False), ("8", True)], chain
    assert not profile_values(mem, "age")  # the speaker's own age untouched


def test_a_named_partners_job_is_superseded_on_the_partner(mem) -> None:  # type: ignore[no-untyped-def]
    mem.remember("my wife anna is a nurse", scope=ALICE_SCOPE, observed_at=NOW)
    mem.remember("My wife Anna is a doctor now.", scope=ALICE_SCOPE, observed_at=NOW + timedelta(days=30))
    chain = mem.history("Person/anna", "role", scope=ALICE_SCOPE)
    assert [v.value for v in chain if v.valid_until is None] == ["doctor"], chain
    assert any(v.value == "nurse" and v.valid_until is not None for v in chain), chain
    assert not profile_values(mem, "role")


def test_a_new_girlfriend_supersedes_the_old_one(mem) -> None:  # type: ignore[no-untyped-def]
    mem.remember("my girlfriend is called maya", scope=ALICE_SCOPE, observed_at=NOW)
    mem.remember("My girlfriend's name is Jo.", scope=ALICE_SCOPE, observed_at=NOW + timedelta(days=90))
    assert [o for o, live in _relations(mem, "partner_of") if live] == ["Person/jo"]
    assert ("Person/maya", False) in _relations(mem, "partner_of", history=True)


def test_children_and_pets_named_accumulate(mem) -> None:  # type: ignore[no-untyped-def]
    mem.remember("i have a son named max", scope=ALICE_SCOPE, observed_at=NOW)
    mem.remember("and a daughter, Zoe, who is 4", scope=ALICE_SCOPE, observed_at=NOW + timedelta(days=1))
    mem.remember("our dog is called rex", scope=ALICE_SCOPE, observed_at=NOW + timedelta(days=2))
    mem.remember("we got a kitten and named her luna", scope=ALICE_SCOPE, observed_at=NOW + timedelta(days=3))
    assert {o for o, live in _relations(mem, "parent_of") if live} >= {"Person/max"}
    assert {o for o, live in _relations(mem, "owns") if live} == {"Pet/rex", "Pet/luna"}
    assert {"dog", "kitten"} <= set(profile_values(mem, "pets"))


@pytest.mark.parametrize(
    "text, label, name",
    [
        ("My husband Tomás is a firefighter.", "married_to", "Person/tomás"),
        ("I'm married to José.", "married_to", "Person/josé"),
        ("my friend Zoë lives in Paris", "friend_of", "Person/zoë"),
        ("Łukasz is my brother", "sibling_of", "Person/łukasz"),
        ("My daughter Renée is 7.", "parent_of", "Person/renée"),
        ("I have a cat named Søren.", "owns", "Pet/søren"),
    ],
)
def test_names_with_accents_are_whole_names(text: str, label: str, name: str) -> None:
    """A name with a letter outside ASCII is one name ("Tomás"), not a name cut at the accent ("tom s") or a key
    made of it ("husband_tom_s")."""
    from spectron_core import RuleExtractor
    from spectron_core._extract._types import ExtractionContext
    from tests.support import SPEAKER, T0

    got = RuleExtractor().extract(
        ExtractionContext(text=text, role="user", observed_at=T0, principal=SPEAKER, agent="Agent/assistant")
    )
    assert any(r.label == label and r.object == name for r in got.relations), got.relations
    assert not any("_" in a.key and a.key not in ("relationship_status",) for a in got.attributes), got.attributes


@pytest.mark.parametrize(
    "text, value",
    [
        ("my first name is Kate", "kate"),
        ("My full name is Kate Okafor.", "kate okafor"),
        ("my name is kate btw", "kate"),
        ("My name is Kate, by the way.", "kate"),
        ("my first name's Priya lol", "priya"),
    ],
)
def test_what_the_speaker_is_called_is_their_name_however_introduced(text: str, value: str) -> None:
    """"First name" and "full name" say the speaker's name: the one ``name`` key, not a key minted from the words
    (``first_name``) that would sit beside a later "call me …"; chat after it is no part of it."""
    assert [v.casefold() for _, k, v, n in mine(text, ("name",)) if not n] == [value], facts(text)
    assert not [f for f in mine(text) if f[1].endswith("_name")], facts(text)


@pytest.mark.parametrize(
    "text", ["My last name is Okafor.", "my surname is Okafor", "my maiden name was Brown", "my nickname is KJ"]
)
def test_a_family_name_or_a_nickname_alone_is_not_the_speakers_name(text: str) -> None:
    assert not mine(text, ("name",)), facts(text)
