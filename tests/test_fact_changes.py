"""Changes of fact said in ordinary chat land as supersessions (issue #10, update pairs).

Two things must hold for "I was X, now I am Y" to supersede: both statements must land on the *same* key (a
job said as "i am a nurse", "i work as a nurse", "nursing is my job" or "i do X for a living" is one ``role``;
a favourite band said as "my favorite band is X" or "X, they are my favourite" is one favourite key), and a
fact that has two forms (``employer`` and its mirror relation ``works_at``, ``home`` and ``lives_in``) must not
stay current in the form the new statement did not use. Every sentence was written for this file; none is
taken from a data set.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from spectron_core import Spectron
from spectron_core._extract._types import ExtractedRelation, Extraction, ExtractionContext
from tests.support import SPEAKER as ME
from tests.support import facts

NOW = datetime(2025, 6, 2, 10, 0, tzinfo=timezone.utc)
ALICE = {"org": "acme", "user": "alice"}


def attrs(text: str) -> list[tuple[str, str]]:
    return [(k, v.casefold()) for e, k, v, negated in facts(text) if e == ME and not negated]


def value_of(text: str, key: str) -> str | None:
    return next((v for k, v in attrs(text) if k == key), None)


# (old statement, new statement, key both must land on, a word of the old value, a word of the new value)
PAIRS: list[tuple[str, str, str, str, str]] = [
    # -- the job, said many ways ---------------------------------------------------------------------------
    ("i am a nurse", "i work as a paramedic now", "role", "nurse", "paramedic"),
    ("im a postman", "these days i do carpentry for a living", "role", "postman", "carpent"),
    ("I'm a barista.", "Nursing is my job now.", "role", "barista", "nurs"),
    ("i work as a translator", "i'm a locksmith", "role", "translator", "locksmith"),
    ("plumbing is my trade", "i am an electrician these days", "role", "plumb", "electrician"),
    ("i make a living as a tailor", "im a dentist", "role", "tailor", "dentist"),
    ("i am a chef", "i drive a lorry for a living", "role", "chef", "lorry"),
    ("i'm a teacher", "i am retired", "role", "teacher", "retired"),
    ("i work as a cashier", "im unemployed at the moment", "role", "cashier", "unemployed"),
    ("i'm a lifeguard", "i became a firefighter last spring", "role", "lifeguard", "firefighter"),
    # -- where I work ---------------------------------------------------------------------------------------
    ("i work at a bakery", "i work in a bank", "employer", "bakery", "bank"),
    ("i work for the council", "i work at a garage", "employer", "council", "garage"),
    ("my job is at the library", "i'm employed by a shipping firm", "employer", "library", "shipping"),
    # -- where I live ---------------------------------------------------------------------------------------
    ("i live in leeds", "we moved to bristol", "home", "leeds", "bristol"),
    ("i live on a houseboat", "i live in a flat now", "home", "houseboat", "flat"),
    ("im living in denver", "i live here in ohio with my husband", "home", "denver", "ohio"),
    ("i live in a cottage", "home for me is a caravan these days", "home", "cottage", "caravan"),
    # -- age ------------------------------------------------------------------------------------------------
    ("i am 31", "i just turned 32", "age", "31", "32"),
    ("im 40 years old", "i'm 41 now", "age", "40", "41"),
    ("being 17 is hard", "i am 18 years old", "age", "17", "18"),
    # -- favourites said many ways --------------------------------------------------------------------------
    ("my favorite band is the kinks", "i love blondie, they are my favourite band", "favorite_music", "kinks",
     "blondie"),
    ("my favourite singer is adele", "dolly parton is my favorite artist", "favorite_music", "adele", "dolly"),
    ("my favorite colour is teal", "purple is my favourite colour", "favorite_color", "teal", "purple"),
    ("my favorite color is red", "my fave colour is green", "favorite_color", "red", "green"),
    ("my favourite food is curry", "lasagne is my favorite food", "favorite_food", "curry", "lasagne"),
    ("my favorite movie is jaws", "my favourite film is alien", "favorite_movie", "jaws", "alien"),
    ("my favorite band is abba", "the clash are my fave band", "favorite_music", "abba", "clash"),
    # -- marital status -------------------------------------------------------------------------------------
    ("i am single", "i got married last month", "relationship_status", "single", "married"),
    ("im married", "i am divorced now", "relationship_status", "married", "divorced"),
    ("i'm engaged", "i'm single again", "relationship_status", "engaged", "single"),
    # -- where I am from ------------------------------------------------------------------------------------
    ("i am from wales", "i grew up in kent", "hometown", "wales", "kent"),
    # -- school ---------------------------------------------------------------------------------------------
    ("i am in high school", "i'm at university now", "school", "high school", "university"),
    ("im in year 9", "i am in sixth form", "school", "year 9", "sixth form"),
    ("i go to a community college", "i attend a music conservatory", "school", "community college",
     "conservatory"),
]


# more forms: contractions, the job named first, the value in other words, British spelling, dropped subjects
PAIRS += [
    ("i am a plumber", "nursing's my job", "role", "plumber", "nurs"),
    ("i'm a cashier", "i make furniture for a living", "role", "cashier", "furniture"),
    ("im a cleaner", "software testing is my line of work", "role", "cleaner", "software"),
    ("dentistry is my profession", "im a pilot now", "role", "dentist", "pilot"),
    ("i write code for a living", "i'm a farmer these days", "role", "code", "farmer"),
    ("i work at a dairy", "i'm currently employed by the NHS", "employer", "dairy", "nhs"),
    ("i live over here in norfolk", "we moved to devon", "home", "norfolk", "devon"),
    ("we live out here in arizona", "i live in utah now", "home", "arizona", "utah"),
    ("i live in a flat", "home is a narrowboat now", "home", "flat", "narrowboat"),
    ("being 29 sucks", "i turned 30 yesterday", "age", "29", "30"),
    ("i'm in year 11", "i'm at uni", "school", "year 11", "uni"),
    ("i am in my senior year of high school", "im at college now", "school", "senior", "college"),
    ("i attend a grammar school", "i'm in my final year at uni", "school", "grammar", "final"),
    ("i go to a catholic high school", "i'm a student at a polytechnic", "school", "catholic", "polytechnic"),
    ("i'm single", "i married a fisherman", "relationship_status", "single", "married"),
    ("i am engaged", "broke up with my fiance", "relationship_status", "engaged", "single"),
    ("im a widowed baker", "i am a married vet", "relationship_status", "widowed", "married"),
    ("i'm married", "split up with my husband in may", "relationship_status", "married", "single"),
    ("i like blur, they are my favourite band", "my favorite band is oasis", "favorite_music", "blur", "oasis"),
    ("i really dig jazz, it's my favorite music", "my favourite music is reggae", "favorite_music", "jazz",
     "reggae"),
]


@pytest.mark.parametrize("old,new,key,old_word,new_word", PAIRS)
def test_both_statements_land_on_the_same_key(old: str, new: str, key: str, old_word: str, new_word: str) -> None:
    got_old, got_new = value_of(old, key), value_of(new, key)
    assert got_old is not None and old_word in got_old, (old, attrs(old))
    assert got_new is not None and new_word in got_new, (new, attrs(new))


@pytest.mark.parametrize("old,new,key,old_word,new_word", PAIRS[::4])
def test_the_second_statement_supersedes_the_first(tmp_path, old: str, new: str, key: str, old_word: str,
                                                   new_word: str) -> None:
    mem = Spectron(path=str(tmp_path / "store"))
    mem.remember(old, scope=ALICE, observed_at=NOW)
    mem.remember(new, scope=ALICE, observed_at=NOW + timedelta(days=1))
    prof = mem.profile(scope=ALICE)
    shown = [f.value.casefold() for part in (prof.static, prof.dynamic, prof.preferences, prof.knowledge)
             for f in part if f.key == key]
    assert len(shown) == 1 and new_word in shown[0], shown
    chain = mem.history(ME, key, scope=ALICE)
    assert [old_word in v.value.casefold() for v in chain] == [True, False]
    assert chain[0].superseded_by == chain[1].id


def test_an_employer_said_without_its_relation_closes_the_old_relation(tmp_path) -> None:
    mem = Spectron(path=str(tmp_path / "store"))
    first = mem.remember("i work at a bakery", scope=ALICE, observed_at=NOW)
    assert [c.record.label for c in first.relations] == ["works_at"]
    second = mem.remember("i work in a bank", scope=ALICE, observed_at=NOW + timedelta(days=1))
    closed = [c.record for c in second.corrections if c.action == "closed"]
    assert [(r.kind, r.label, r.valid_until) for r in closed] == [("relation", "works_at", NOW + timedelta(days=1))]
    assert [v.value for v in mem.history(ME, "employer", scope=ALICE)] == ["bakery", "bank"]


def test_retiring_ends_the_employer_in_both_forms(tmp_path) -> None:
    mem = Spectron(path=str(tmp_path / "store"))
    mem.remember("i work for a courier company", scope=ALICE, observed_at=NOW)
    res = mem.remember("im retired now", scope=ALICE, observed_at=NOW + timedelta(days=1))
    closed = {(c.record.kind, getattr(c.record, "key", None) or c.record.label) for c in res.corrections}
    assert closed == {("attribute", "employer"), ("relation", "works_at")}
    prof = mem.profile(scope=ALICE)
    keys = {f.key: f.value for part in (prof.static, prof.dynamic) for f in part}
    assert keys.get("role") == "retired" and "employer" not in keys


class _RelationOnly:
    """An extractor that, like some models, states a move only as a ``lives_in`` relation."""

    name = "relation-only"

    def extract_many(self, ctxs: list[ExtractionContext]) -> list[Extraction]:
        return [self.extract(c) for c in ctxs]

    def extract(self, ctx: ExtractionContext) -> Extraction:
        return Extraction(relations=[ExtractedRelation(subject=ctx.principal, label="lives_in", object="Place/york")])


def test_a_home_said_as_a_relation_only_closes_the_old_home_attribute(tmp_path) -> None:
    """Whatever form an extractor used, the other form follows."""
    mem = Spectron(path=str(tmp_path / "store"))
    with mem.sessions.create(scope=ALICE) as s:
        s.remember("i live in leeds", observed_at=NOW)
        res = s.remember("we moved", observed_at=NOW + timedelta(days=1), extractor=_RelationOnly())
    assert any(c.action == "closed" and c.record.kind == "attribute" and c.record.value == "leeds"
               for c in res.corrections)
    prof = mem.profile(scope=ALICE)
    assert "leeds" not in [f.value for part in (prof.static, prof.dynamic) for f in part]


def test_a_history_dated_value_does_not_close_the_current_mirror(tmp_path) -> None:
    mem = Spectron(path=str(tmp_path / "store"))
    mem.remember("I moved to Paris in March 2021.", scope=ALICE, observed_at=NOW)
    res = mem.remember("I moved to Rome in June 2019.", scope=ALICE, observed_at=NOW + timedelta(days=1))
    assert not [c for c in res.corrections if c.action == "closed"]


# (old, new, key, old word, new word): relationship status in other words
STATUS_PAIRS = [
    ("im a happily married man", "broke up with my partner last month", "relationship_status", "married", "single"),
    ("i am single", "i married my best friend in the spring", "relationship_status", "single", "married"),
    ("i am a divorced optician", "i'm engaged to a lovely woman", "relationship_status", "divorced", "engaged"),
    ("i'm unhappily married", "we separated", "relationship_status", "married", "separated"),
]


@pytest.mark.parametrize("old,new,key,old_word,new_word", STATUS_PAIRS)
def test_relationship_status_in_other_words(old: str, new: str, key: str, old_word: str, new_word: str) -> None:
    test_both_statements_land_on_the_same_key(old, new, key, old_word, new_word)


def test_a_married_professional_keeps_the_job_too() -> None:
    assert value_of("i am a married optician", "role") == "optician"


@pytest.mark.parametrize("text,key,word", [
    ("i really like rooibos tea, my favourite drink", "favorite_drink", "rooibos"),
    ("i love the smiths. they are my favorite band", "favorite_music", "smiths"),
    ("i listen to a lot of motown, it's my fave", "favorite_", "motown"),
    ("Honestly I adore lemon sorbet - it is my favourite dessert!", "favorite_", "lemon sorbet"),
])
def test_a_favourite_said_after_the_thing(text: str, key: str, word: str) -> None:
    assert any(k.startswith(key) and word in v for k, v in attrs(text)), attrs(text)


def test_a_pronoun_favourite_with_nothing_liked_before_names_nothing() -> None:
    assert not [k for k, _ in attrs("they are my favorite band") if k.startswith("favorite")]


def test_here_in_a_place_is_weak_evidence_of_home(tmp_path) -> None:
    """"it's freezing here in minnesota" can start a home, and a plain statement replaces it; said after a plain
    home it is below the calibration floor, so it opens an uncertainty instead of moving the speaker."""
    assert value_of("its freezing out here in minnesota", "home") == "minnesota"
    assert value_of("i like it here in the office", "home") is None
    mem = Spectron(path=str(tmp_path / "store"))
    mem.remember("its freezing out here in minnesota", scope=ALICE, observed_at=NOW)
    mem.remember("i live in texas now", scope=ALICE, observed_at=NOW + timedelta(days=1))
    mem.remember("lovely weather here in Spain", scope=ALICE, observed_at=NOW + timedelta(days=2))
    prof = mem.profile(scope=ALICE)
    assert [f.value for part in (prof.static, prof.dynamic) for f in part if f.key == "home"] == ["texas"]


# -- a negation ends the value it names, not whatever value is current --------------------------------------
OTHER_VALUE_NEGATED = [
    ("I'm a nurse.", "I'm no longer a teacher.", "role", "nurse"),
    ("i'm a nurse", "i used to be a painter , long ago", "role", "nurse"),
    ("I live in Porto.", "I don't live in Lisbon anymore.", "home", "porto"),
    ("I work at Initech.", "I left Globex years ago.", "employer", "initech"),
    ("i'm vegetarian", "i'm not vegan anymore", "food_preference", "vegetarian"),
]


@pytest.mark.parametrize(("first", "second", "key", "kept"), OTHER_VALUE_NEGATED)
def test_negating_another_value_keeps_the_current_one(tmp_path, first, second, key, kept):
    from tests.support import ALICE_SCOPE, at, profile_values

    mem = Spectron(path=str(tmp_path / "s"))
    mem.remember(first, scope=ALICE_SCOPE, observed_at=at(0))
    mem.remember(second, scope=ALICE_SCOPE, observed_at=at(1))
    assert profile_values(mem, key) == [kept]


SAME_VALUE_NEGATED = [
    ("I'm a teacher.", "I'm no longer a teacher.", "role"),
    ("I work at Initech.", "I left Initech last month.", "employer"),
    ("I live in Lisbon.", "I don't live in Lisbon anymore.", "home"),
    ("i'm a software engineer", "i'm not an engineer anymore", "role"),
    ("I'm vegan.", "I'm not vegan anymore.", "food_preference"),
]


@pytest.mark.parametrize(("first", "second", "key"), SAME_VALUE_NEGATED)
def test_negating_the_current_value_ends_it(tmp_path, first, second, key):
    from tests.support import ALICE_SCOPE, at, profile_values

    mem = Spectron(path=str(tmp_path / "s"))
    mem.remember(first, scope=ALICE_SCOPE, observed_at=at(0))
    assert profile_values(mem, key)
    mem.remember(second, scope=ALICE_SCOPE, observed_at=at(1))
    assert profile_values(mem, key) == []
