"""More shapes of the assistant's question a short reply leans on (``_extract/_reply_questions``, ``_replies``).

A census of the blind reply set's failures (counts and mechanisms only) found questions the reader did not know the
shape of: typed without a mark, followed by why they were asked, a statement with a tag ("you're 41, right?"),
choices after a dash, terse ("got kids?", "best snack ever?"), "which bank are you with?", whose "i am with monzo"
reads as nothing. Every exchange here is this file's own; each group has traps that must put nothing on the user.
"""

from __future__ import annotations

from typing import Any

import pytest

from spectron_core import Spectron
from tests.support import at, own_scope, principals_facts
from tests.test_replies import replied


def _has(asked: str, reply: str, key: str, value: str, negated: bool = False) -> None:
    got = replied(asked, reply)
    assert any(k == key and value in v and n == negated for k, v, n in got), (asked, reply, got)


# -- the thing the question names, when the verb reads nothing ------------------------------------------------


@pytest.mark.parametrize(
    "asked,reply,key,value",
    [
        ("Which bank are you with?", "monzo", "bank", "monzo"),
        ("Who do you bank with?", "starling", "bank", "starling"),
        ("What lens do you shoot with?", "a 50mm prime", "lens", "50mm prime"),
        ("What camera do you shoot on?", "a sony a7", "camera", "sony a7"),
        ("Which airline do you usually fly with?", "BA mostly", "airline", "ba"),
        ("Which supermarket do you shop at?", "aldi mostly", "supermarket", "aldi"),
        ("What bike do you ride?", "a trek domane", "bike", "trek domane"),
        ("which gym are u with", "puregym", "gym", "puregym"),
        # the verb's own reading stands where it reads a thing
        ("What instrument do you play?", "the cello", "instruments", "cello"),
        ("What coffee do you drink?", "flat whites", "drinks", "flat whites"),
    ],
)
def test_a_thing_named_by_the_question_holds_the_reply(asked: str, reply: str, key: str, value: str) -> None:
    _has(asked, reply, key, value)


@pytest.mark.parametrize(
    "asked,reply",
    [
        ("Here are two titles. Which one do you like better?", "the second one"),
        ("What languages do you speak?", "sarcasm, fluently"),
        ("Which one should I pick?", "the red one"),
        ("Which format - pdf, docx or txt?", "pdf"),
        ("What's the weather like there?", "sunny"),
        ("How would you describe the problem?", "it crashes"),
        ("Anything you're worried about?", "money"),
        ("Got a minute?", "sure"),
        ("Anything else?", "nope"),
        ("Is there anything you need from me?", "no thanks"),
        ("Best time to call?", "after 6"),
        ("You went to the gym today, right?", "yep"),
        ("What you need is rest", "true"),
        ("How you phrase it matters", "ok"),
        ("what u up to", "nothing much"),
        ("any plans this weekend", "hiking"),
        ("Kids these days, huh", "lol yes"),
    ],
)
def test_a_reply_to_no_question_of_the_user_s_puts_nothing_on_them(asked: str, reply: str) -> None:
    got = replied(asked, reply)
    assert not [g for g in got if not g[0].startswith("mood")], (asked, reply, got)
    assert not any(g[0] == "mood" for g in got), got


# -- how the question is typed ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "asked,reply,key,value",
    [
        ("Whats ur fav band", "arctic monkeys", "favorite_music", "arctic monkeys"),
        ("where u from", "texas", "hometown", "texas"),
        ("Where are you from?", "from chicago", "hometown", "chicago"),
        ("Where are you from originally?", "originally from lagos", "hometown", "lagos"),
        ("what do u do for work", "plumber", "role", "plumber"),
        ("Which state are you in? I'll adjust the tax.", "ohio", "home", "ohio"),
        ("How old are you? That way I can tailor the plan.", "34", "age", "34"),
        ("What's your main goal - speed, distance or fun?", "distance", "goals", "distance"),
        ("Best snack ever?", "pretzels", "favorite_snack", "pretzels"),
        ("top film?", "heat", "favorite_movie", "heat"),
        ("What's your go-to drink?", "negroni", "favorite_drink", "negroni"),
        ("Is there anything you can't eat?", "shellfish", "dietary_restrictions", "shellfish"),
        ("Anything you're allergic to?", "penicillin", "allergies", "penicillin"),
        ("How would you describe your hair?", "curly", "appearance", "curly"),
        ("What's your diet like these days?", "pescatarian", "food_preference", "pescatarian"),
        ("Where are you working these days?", "meta", "employer", "meta"),
        ("What's your role at the company?", "product manager", "role", "product manager"),
        ("What do you do for fun?", "surfing mostly, sometimes golf", "hobbies", "surfing"),
    ],
)
def test_a_question_typed_loosely_or_tersely_is_still_answered(asked: str, reply: str, key: str, value: str) -> None:
    _has(asked, reply, key, value)


def test_from_in_the_reply_is_not_part_of_the_hometown() -> None:
    assert ("hometown", "chicago", False) in replied("Where are you from?", "from chicago")


def test_the_company_in_a_question_is_no_employer() -> None:
    assert not [g for g in replied("What's your role at the company?", "product manager") if g[0] == "employer"]


def test_a_group_one_is_in_is_no_home() -> None:
    assert not [g for g in replied("Are you in any book club?", "yes, a sci-fi one") if g[0] == "home"]
    assert not [g for g in replied("are you in a band?", "yeah, a punk one") if g[0] == "home"]


@pytest.mark.parametrize(
    "asked,reply,key,value",
    [
        ("Got kids?", "two boys", "children", "two"),
        ("Kids?", "one daughter", "family", "daughter"),
        ("Got siblings?", "yeah, two brothers", "family", "two brothers"),
        ("Siblings?", "only child", "family", "only child"),
        ("you got any pets?", "2 cats", "pets", "cat"),
        ("any pets?", "a rescue greyhound", "pets", "greyhound"),
    ],
)
def test_a_terse_question_of_what_one_has_is_answered(asked: str, reply: str, key: str, value: str) -> None:
    _has(asked, reply, key, value)


def test_a_count_of_pets_is_no_age() -> None:
    assert not [g for g in replied("u got any pets?", "2 cats") if g[0] == "age"]


# -- a statement checked with a tag, and what has changed since ----------------------------------------------------


@pytest.mark.parametrize(
    "asked,reply,key,value,negated",
    [
        ("You're 41, right?", "42 now", "age", "42", False),
        ("You're vegetarian, right?", "yep", "food_preference", "vegetarian", False),
        ("You work at Google, right?", "no, meta now", "employer", "meta", False),
        ("You work at Google, right?", "no, meta now", "employer", "google", True),
        ("You still live in Leeds, yeah?", "yep", "home", "leeds", False),
        ("Still on Android?", "nope, iphone now", "devices", "iphone", False),
    ],
)
def test_a_tag_question_checks_a_value_and_a_reply_can_change_it(
    asked: str, reply: str, key: str, value: str, negated: bool
) -> None:
    _has(asked, reply, key, value, negated)


@pytest.mark.parametrize(
    "asked,reply,key,value,negated",
    [
        (
            "You mentioned you work at Google - is that still the case?",
            "nope, meta since june",
            "employer",
            "meta",
            False,
        ),
        (
            "You mentioned you work at Google - is that still the case?",
            "nope, meta since june",
            "employer",
            "google",
            True,
        ),
        (
            "Last time you said you were vegan. Is that still true?",
            "nah, pescatarian now",
            "food_preference",
            "pescatarian",
            False,
        ),
        (
            "You told me your favourite band is Blur, is that still right?",
            "no, it's oasis these days",
            "favorite_music",
            "oasis",
            False,
        ),
        ("You drove a Civic, is that still the case?", "yes", "vehicle", "civic", False),
    ],
)
def test_a_check_of_what_the_user_said_before_is_a_still_question(
    asked: str, reply: str, key: str, value: str, negated: bool
) -> None:
    _has(asked, reply, key, value, negated)


@pytest.mark.parametrize(
    "asked,reply",
    [
        ("The meeting is on Friday - is that still the case?", "yes"),
        ("You said the report was done - still true?", "yep"),
        ("My notes say the deadline is Monday. Still correct?", "yes"),
        ("You mentioned you'd call the bank - is that still the plan?", "yes"),
        ("You lived in Paris in 2010 - is that still true?", "yes"),  # a past state, checked as the past
        ("You were a nurse in that story - still true?", "no"),
        ("You were at the airport - still the case?", "yes"),
        ("You were tired earlier - still true?", "yep"),
        ("Your phone was broken - still true?", "yes"),  # a state of a thing, not a value of the user's
        ("Your sister's company is Meta - still right?", "no, Apple"),  # someone else's
        ("Your boss is Tom - still correct?", "no, it's Priya now"),
    ],
)
def test_a_check_of_something_else_puts_nothing_on_the_user(asked: str, reply: str) -> None:
    assert not replied(asked, reply), (asked, reply, replied(asked, reply))


def test_a_check_of_two_statements_at_once_keeps_neither() -> None:
    got = replied("You mentioned you work at Google and your wife works at Meta - is that still the case?", "yes")
    assert not [g for g in got if g[0] in ("employer", "relationship_status")], got


# -- the whole write path: the old value gives way ---------------------------------------------------------------


@pytest.fixture(scope="module")
def mem(tmp_path_factory: pytest.TempPathFactory) -> Any:
    store = Spectron(path=str(tmp_path_factory.mktemp("reply-shapes") / "store"))
    yield store
    store.close()


@pytest.mark.parametrize(
    "earlier,asked,reply,key,old,new",
    [
        ("I bank with Barclays.", "Who do you bank with?", "monzo now", "bank", "barclays", "monzo"),
        ("I use Chrome.", "Which browser do you use?", "firefox now", "software", "chrome", "firefox"),
        ("I work at Google.", "Where are you working these days?", "meta", "employer", "google", "meta"),
        ("I'm vegan.", "What's your diet like these days?", "pescatarian", "food_preference", "vegan", "pescatarian"),
        ("I'm 30.", "You're 30, right?", "31 now", "age", "30", "31"),
        ("I live in Leeds.", "You still live in Leeds, right?", "nope, york", "home", "leeds", "york"),
    ],
)
def test_a_reply_that_gives_a_new_value_replaces_the_old(
    mem: Any, earlier: str, asked: str, reply: str, key: str, old: str, new: str
) -> None:
    scope = own_scope(earlier + asked + reply)
    mem.remember(earlier, scope=scope, observed_at=at(0))
    assert any(old in f.value.casefold() for f in principals_facts(mem, scope, key))
    with mem.sessions.create(scope=scope) as s:
        s.remember_many(
            [
                {"role": "assistant", "content": asked, "observed_at": at(1)},
                {"role": "user", "content": reply, "observed_at": at(1, hours=0.1)},
            ]
        )
    values = [f.value.casefold() for f in principals_facts(mem, scope, key)]
    assert any(new in v for v in values) and not any(old in v for v in values), values


def test_a_bare_answer_about_someone_else_is_no_repair_of_the_users_name(mem: Any) -> None:
    """ "no, Sarah" to "your wife is called Anna, is that still right?" sets the wife's name, not the user's: a bare
    answer is read by likeness as before, never by saying the user's last statement again."""
    scope = own_scope("name sam wife sarah")
    mem.remember("My name is Sam.", scope=scope, observed_at=at(0))
    with mem.sessions.create(scope=scope) as s:
        s.remember_many(
            [
                {
                    "role": "assistant",
                    "content": "Your wife is called Anna, is that still right?",
                    "observed_at": at(1),
                },
                {"role": "user", "content": "no, Sarah", "observed_at": at(1, hours=0.1)},
            ]
        )
    assert [f.value for f in principals_facts(mem, scope, "name")] == ["Sam"]


@pytest.mark.parametrize(
    "first,second,old,new",
    [
        ("I use Chrome.", "i use firefox now", "chrome", "firefox"),
        ("I use VS Code.", "I use neovim these days", "vs code", "neovim"),
        ("I use Chrome at work.", "my browser is firefox", "chrome", "firefox"),
    ],
)
def test_a_tool_of_a_kind_held_one_at_a_time_said_now_replaces_the_old(
    mem: Any, first: str, second: str, old: str, new: str
) -> None:
    scope = own_scope(first + second)
    mem.remember(first, scope=scope, observed_at=at(0))
    mem.remember(second, scope=scope, observed_at=at(1))
    values = [f.value.casefold() for f in principals_facts(mem, scope, "software")]
    assert new in values and old not in values, values


def test_a_language_used_now_is_beside_the_others(mem: Any) -> None:
    """A programming language is known beside the others: "i use rust now" does not unlearn python."""
    scope = own_scope("python rust now")
    mem.remember("I use Python.", scope=scope, observed_at=at(0))
    mem.remember("I use rust now", scope=scope, observed_at=at(1))
    assert "python" in [f.value.casefold() for f in principals_facts(mem, scope, "programming_languages")]
