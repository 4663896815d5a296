"""Dislikes and fears said in passing, the thing not being the object of "hate": a pronoun that takes up the
clause before ("the gym . hate it"), fainting when one sees a thing, "not a fan of X" with the "I am" dropped,
"X is one thing i do not like", and a fear joined to another clause ("i'm from leeds and scared of geese").

Each construction is said in several spellings (lower-case chat, edited text, contractions, a time phrase,
fillers), with negatives beside it: someone else's dislike, a question, a past occasion, a particular thing just
come by, a person, a filler word before the pronoun put nothing on the speaker. ``dislikes`` holds many values:
the last part says two of them through the public client and both stay. Every sentence was written for this file.
"""

from __future__ import annotations

import pytest

from tests.support import ALICE_SCOPE, at, facts, mine, profile_values


def _dislikes(text: str) -> list[str]:
    """The speaker's current dislikes in ``text``."""
    return [v.casefold() for _, _, v, _ in mine(text, ("dislikes",), current=True)]


def _check(text: str, value: str) -> None:
    got = _dislikes(text)
    assert value in got, f"{text!r}: expected dislikes {value!r}, got {facts(text)}"


def _none(text: str) -> None:
    assert _dislikes(text) == [], f"{text!r}: expected no dislike, got {facts(text)}"


# -- a pronoun that takes up the thing the clause before named -------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("algebra . i really do not like it", "algebra"),
        ("Algebra. I really don't like it.", "algebra"),
        ("i go to the gym every day . hate it !", "gym"),
        ("i take the subway and i can't stand it", "subway"),
        ("i'm in accounting but i hate it lol", "accounting"),
        ("we have mice in our attic , i dislike them so much", "mice"),
        ("my mom makes me go to piano lessons even though i hate them", "piano lessons"),
        ("i just came back from the dentist , not a big fan of it though", "dentist"),
        ("there are mosquitoes everywhere here . they drive me crazy", "mosquitoes"),
        ("there's so much snow right now . i hate it", "snow"),
        ("we get raccoons in our yard . we are both afraid of them", "raccoons"),
    ],
)
def test_a_pronoun_taking_up_the_clause_before(text: str, value: str) -> None:
    _check(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "my cousin moved to denver . she hates it",  # hers
        "my uncle moved to denver . i hate it",  # the clause before is about someone else
        "i got a new laptop . i hate it",  # that one laptop, not laptops
        "i bought this lamp . i hate it",
        "i met my landlord . i hate him",  # a person
        "my brother talks about surgery and i faint from that",  # the clause before is his
        "yeah . i do not like it",  # a filler, nothing named
        "lol . i hate it",
        "i went to the fair yesterday . i hated it",  # one occasion, in the past
        "i went to the fair . it scared me",
        "what about opera ? i hate it",  # the other person's question, not answered here
        "algebra . i love it",  # a liking, not a dislike
        "i go to the gym . i hate them",  # "them" takes up no plural
        "there are mosquitoes here . it bothers me",  # "it" takes up no singular
    ],
)
def test_a_pronoun_that_takes_up_nothing_of_the_speakers(text: str) -> None:
    _none(text)


# -- fainting or feeling sick when one sees a thing -------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("i faint when i see needles", "needles"),
        ("I faint whenever I see needles.", "needles"),
        ("honestly i pass out every time i see vomit", "vomit"),
        ("when i see spiders i faint", "spiders"),
        ("when i see spiders , i literally pass out", "spiders"),
        ("needles make me faint", "needles"),
        ("the sight of it . no , mold makes me throw up", "mold"),
        ("i read about surgery and i faint from that", "surgery"),
    ],
)
def test_fainting_at_a_sight(text: str, value: str) -> None:
    _check(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "i faint when i see my brother",  # a person
        "i fainted when i saw the bill",  # one occasion
        "my sister faints when she sees needles",  # hers
        "do you faint when you see needles ?",
        "when i see you i smile",
    ],
)
def test_fainting_said_of_no_lasting_dislike(text: str) -> None:
    _none(text)


# -- "not a fan of X" with the "I am" dropped ------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("not a fan of mornings", "mornings"),
        ("Not a big fan of reality tv.", "reality tv"),
        ("not a fan of hip hop honestly", "hip hop"),
        ("lol not a huge fan of cats", "cats"),
    ],
)
def test_not_a_fan_with_the_subject_dropped(text: str, value: str) -> None:
    _check(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "not a fan of you",
        "not a fan of that",
        "my wife likes jazz , not a fan of rock though",  # whose is unsaid: she is the subject before
        "is he not a fan of cats ?",
    ],
)
def test_not_a_fan_of_nothing_the_speakers(text: str) -> None:
    _none(text)


# -- "X is one thing i do not like" ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("brown is one colour i don't like", "brown"),
        ("olives are one food i really do not like", "olives"),
        ("Wasps are something I am afraid of.", "wasps"),
        ("coriander is one herb i can't stand , though", "coriander"),
        ("brown is one colour i do not like, however", "brown"),
    ],
)
def test_one_thing_i_do_not_like(text: str, value: str) -> None:
    _check(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "this is one thing i hate",  # a pronoun: what "this" is is elsewhere
        "my boss is someone i do not like",  # a person
        "brown is one colour i like",
        "brown is one colour",
    ],
)
def test_one_thing_that_is_no_dislike(text: str) -> None:
    _none(text)


# -- a fear joined to the speaker's clause with its "I am" dropped ----------------------------------------------
@pytest.mark.parametrize(
    "text, value, key, other",
    [
        ("i am from leeds and terrified of geese", "geese", "hometown", "leeds"),
        ("i'm a nurse but scared of needles since i was little", "needles", "role", "nurse"),
        ("i like boats but afraid of deep water lol", "deep water", "likes", "boats"),
    ],
)
def test_a_fear_joined_to_the_speakers_clause(text: str, value: str, key: str, other: str) -> None:
    _check(text, value)
    got = [v.casefold() for _, _, v, _ in mine(text, (key,), current=True)]
    assert got == [other], f"{text!r}: the clause before the fear must still be read, got {facts(text)}"


@pytest.mark.parametrize(
    "text",
    [
        "i think he is shy and scared of dogs",  # his
        "my son is shy and scared of dogs",
        "i have a son who is scared of the dark",
        "i am from leeds and scared of nothing",
    ],
)
def test_a_joined_fear_that_is_someone_elses(text: str) -> None:
    _none(text)


def test_a_joined_fear_leaves_no_fear_in_the_other_value() -> None:
    assert not any("geese" in v for _, _, v, _ in mine("i am from leeds and terrified of geese", ("hometown",)))


# -- a thing the speaker cannot bear, or dreads ----------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("i can't handle spicy food", "spicy food"),
        ("I cannot handle spicy food at all.", "spicy food"),
        ("honestly i could never handle the sight of vomit", "vomit"),
        ("i don't do well with heights", "heights"),
        ("i dont do well with crowds lol", "crowds"),
        ("i always dread tax season", "tax season"),
        ("i dread mondays", "mondays"),
    ],
)
def test_a_thing_the_speaker_cannot_bear(text: str, value: str) -> None:
    _check(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "i can't handle it anymore",  # nothing named
        "i can't handle my toddler",  # someone of the speaker's
        "i don't do well with my manager",
        "i am dreading my exam tomorrow",  # one occasion
        "she can't handle spicy food",  # hers
        "can you handle spicy food ?",
    ],
)
def test_nothing_the_speaker_cannot_bear(text: str) -> None:
    _none(text)


# -- two things judged in one clause ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, values",
    [
        ("wasps bother me but hornets are the worst", ["wasps", "hornets"]),
        ("Olives are gross, and anchovies are the worst.", ["olives", "anchovies"]),
        ("moths freak me out and beetles gross me out", ["moths", "beetles"]),
        ("kale is gross and beets are overrated", ["kale", "beets"]),
    ],
)
def test_two_things_judged_in_one_clause(text: str, values: list[str]) -> None:
    got = _dislikes(text)
    assert all(v in got for v in values), f"{text!r}: expected {values}, got {facts(text)}"


@pytest.mark.parametrize(
    "text",
    [
        "the soup is gross and the bread is stale",  # that meal, not soups
        "my sister is boring and my brother bothers me",  # people
        "gardening relaxes me and baking keeps me sane",  # likings
    ],
)
def test_two_judgements_that_name_no_dislike(text: str) -> None:
    _none(text)


# -- dislikes hold many values ----------------------------------------------------------------------------------
def test_dislikes_said_in_passing_accumulate(mem) -> None:  # type: ignore[no-untyped-def]
    """``dislikes`` holds many: a second dislike said another way is added, the first stays."""
    mem.remember("i take the subway every morning . i hate it", scope=ALICE_SCOPE, observed_at=at(0))
    mem.remember("when i see needles i faint", scope=ALICE_SCOPE, observed_at=at(1))
    mem.remember("not a fan of mornings", scope=ALICE_SCOPE, observed_at=at(2))
    shown = profile_values(mem, "dislikes")
    assert all(any(w in v for v in shown) for w in ("subway", "needles", "mornings")), shown
