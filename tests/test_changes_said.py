"""Changes and plain facts an assistant's user says in passing that the extractor used to misread (issue #10).

Each construction is checked in several forms, with look-alikes that must not give the fact beside it; the update
pairs go through ``remember`` and ``profile()`` so the change is seen where a user sees it. The sentences are
written for these tests (none is taken from a benchmark).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.support import ALICE_SCOPE, at, check_supersession, has, mine, profile_values


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Please call me Robin from now on.", "Robin"),
        ("call me robin from now on", "Robin"),
        ("from now on, call me Robin", "Robin"),
        ("Going forward please call me Dr. Osei.", "Dr. Osei"),
        ("actually call me bex instead", "Bex"),
        ("i go by jo these days", "Jo"),
    ],
)
def test_a_name_asked_for_from_now_on_is_a_name_not_a_style_instruction(text: str, name: str) -> None:
    assert [f[2] for f in mine(text, ("name",))] == [name]


@pytest.mark.parametrize(
    "text",
    ["please call me back tomorrow", "call me later tonight", "call me when you land", "call me crazy but i like rain"],
)
def test_a_request_to_phone_is_no_name(text: str) -> None:
    assert mine(text, ("name",)) == []


def test_a_changed_name_supersedes(mem: Any) -> None:
    check_supersession(mem, "My name is Alexandra.", "please call me Sasha from now on", "name", "alexandra", "sasha")


@pytest.mark.parametrize(
    ("text", "device"),
    [
        ("My phone is a Galaxy S23.", "galaxy s23"),
        ("my phone is a Pixel 7 Pro", "pixel 7 pro"),
        ("my phone is an old nokia", "nokia"),
    ],
)
def test_a_phone_named_by_model_is_a_device_not_a_contact(text: str, device: str) -> None:
    assert mine(text, ("contact",)) == []
    assert any(device in f[2].casefold() for f in mine(text, ("devices",))), mine(text)


@pytest.mark.parametrize(
    ("text", "contact"),
    [
        ("My phone number is 020 7946 0321.", "020 7946 0321"),
        ("my email is priya.n@example.org", "priya.n@example.org"),
        ("My email address is dev.ops+alerts@corp.co.uk.", "dev.ops+alerts@corp.co.uk"),
    ],
)
def test_an_address_or_number_is_kept_whole(text: str, contact: str) -> None:
    assert [f[2] for f in mine(text, ("contact",))] == [contact]


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        ("I've cut out sugar completely.", "food_preference", "sugar"),
        ("i cut out red wine last month", "drinks", "wine"),
        ("cut out soda, feeling better already", "drinks", "soda"),
        ("i've given up beer for good", "drinks", "beer"),
        ("i have given up on learning italian", "languages", "italian"),
        ("gave up coffee in january", "drinks", "coffee"),
        ("quit tea cold turkey", "drinks", "tea"),
    ],
)
def test_cutting_out_or_giving_up_something_ends_it(text: str, key: str, value: str) -> None:
    assert any(f[1] == key and value in f[2].casefold() and f[3] for f in mine(text)), mine(text)
    assert not any(not f[3] and value in f[2].casefold() for f in mine(text)), mine(text)


@pytest.mark.parametrize(
    "text",
    ["we cut out the middleman", "i cut out a recipe from the paper", "i have never given up", "i've cut my hair"],
)
def test_cutting_out_a_thing_or_never_giving_up_ends_nothing(text: str) -> None:
    assert [f for f in mine(text) if f[3]] == []


def test_an_addition_then_cutting_it_out_leaves_the_rest(mem: Any) -> None:
    mem.remember("I drink green tea and oat lattes.", scope=ALICE_SCOPE, observed_at=at(0))
    mem.remember("I've cut out lattes completely.", scope=ALICE_SCOPE, observed_at=at(1))
    drinks = profile_values(mem, "drinks")
    assert any("tea" in d for d in drinks) and not any("latte" in d for d in drinks), drinks


@pytest.mark.parametrize(
    "text", ["I quit my job.", "quit my job yesterday", "i just left my job", "I left my current job last week"]
)
def test_quitting_a_job_unnamed_is_being_out_of_work_not_an_instruction(text: str) -> None:
    assert has(text, "role", "between jobs"), mine(text)


@pytest.mark.parametrize(
    "text",
    [
        "i quit my job to go freelance",
        "my husband quit his job",
        "i quit the gym",
        "i never quit my job",  # a quit denied ends nothing
        "i didn't quit my job",
    ],
)
def test_other_quits_are_not_out_of_work(text: str) -> None:
    assert not has(text, "role", "between jobs"), mine(text)


def test_quitting_the_job_ends_the_employer_and_a_new_one_ends_the_gap(mem: Any) -> None:
    mem.remember("I work at a logistics firm called Freightly.", scope=ALICE_SCOPE, observed_at=at(0))
    mem.remember("I quit my job.", scope=ALICE_SCOPE, observed_at=at(1))
    assert profile_values(mem, "employer") == []
    mem.remember("Started at Quantia on Monday.", scope=ALICE_SCOPE, observed_at=at(9))
    assert profile_values(mem, "employer") == ["quantia"]
    assert "between jobs" not in profile_values(mem, "role")


def test_a_reported_quit_is_no_revocation_but_a_polite_one_is() -> None:
    from spectron_core import RuleExtractor
    from spectron_core._extract._types import ExtractionContext

    def topics(text: str) -> list[str]:
        ctx = ExtractionContext(
            text=text, role="user", observed_at=at(0), principal="Person/alice", agent="Agent/assistant"
        )
        return [i.topic for i in RuleExtractor().extract(ctx).instructions]

    assert topics("quit my job") == []
    assert topics("quit vaping two years ago") == []
    assert topics("drop my daughter at school by 8") == []
    assert topics("please quit apologising") == ["apologising"]
    assert topics("stop using emojis") == ["emojis"]


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("sold the jeep, i walk everywhere now", "jeep"),
        ("sold my motorbike last spring", "motorbike"),
        ("got rid of the minivan", "minivan"),
    ],
)
def test_a_vehicle_sold_without_a_subject_is_the_speakers(text: str, thing: str) -> None:
    assert has(text, "vehicle", thing, negated=True), mine(text)


@pytest.mark.parametrize(
    ("text", "diet"),
    [
        ("I've gone vegan.", "vegan"),
        ("ive gone fully vegetarian since spring", "vegetarian"),
        ("we've gone keto", "keto"),
    ],
)
def test_a_diet_gone_to_is_the_diet_now(text: str, diet: str) -> None:
    assert has(text, "food_preference", diet), mine(text)


def test_having_gone_somewhere_is_no_diet() -> None:
    assert mine("i've gone to rome twice", ("food_preference",)) == []
    assert mine("i have never gone vegan", ("food_preference",), current=True) == []


def test_a_diet_gone_to_supersedes(mem: Any) -> None:
    check_supersession(mem, "I'm a vegetarian.", "I've gone vegan this year.", "food_preference", "vegetarian", "vegan")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("we just moved into a new flat in glasgow", "glasgow"),
        ("moved into our first house in the suburbs", "suburbs"),
        ("finally settled into my new place in Porto", "porto"),
        ("My new apartment is in Queens.", "queens"),
        ("our new house is near the lake", "near lake"),
    ],
)
def test_a_new_home_named_by_kind_gives_its_place(text: str, place: str) -> None:
    homes = [f[2].casefold() for f in mine(text, ("home",), current=True)]
    assert homes == [place], homes


def test_a_new_home_described_stays_a_kind_of_home() -> None:
    assert [f[2] for f in mine("our new house is a mess", ("home",))] == ["house"]
    assert mine("settled into my new job", ("home",)) == []


def test_a_new_home_in_a_place_supersedes(mem: Any) -> None:
    check_supersession(mem, "I live in Cardiff.", "We moved into a new flat in Bath.", "home", "cardiff", "bath")


@pytest.mark.parametrize(
    "text",
    [
        "our new car is tiny",
        "our baby boy was born on friday",
        "my laptop is broken",
        "my bike is stolen",
        "my commute is exhausting",
    ],
)
def test_a_description_is_no_value(text: str) -> None:
    values = [f[2].casefold() for f in mine(text)]
    for word in ("tiny", "born", "broken", "stolen", "exhausting"):
        assert word not in values, mine(text)


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        ("my shoe size is 9", "shoe_size", "9"),
        ("My blood type is O negative.", "blood_type", "o negative"),
        ("my nickname is sunny", "nickname", "sunny"),
        ("my mother tongue is polish", "languages", "polish"),
    ],
)
def test_a_named_value_still_is(text: str, key: str, value: str) -> None:
    assert has(text, key, value), mine(text)


@pytest.mark.parametrize(
    ("text", "tz"),
    [
        ("I'm on Pacific time.", "pacific time"),
        ("i'm on central european time now", "central european time"),
        ("I'm in GMT+1 these days", "gmt+1"),
    ],
)
def test_a_time_zone_said_as_being_on_it(text: str, tz: str) -> None:
    assert [f[2].casefold() for f in mine(text, ("timezone",))] == [tz]


def test_being_on_something_else_is_no_time_zone() -> None:
    assert mine("i'm on it", ("timezone",)) == []
    assert mine("i'm on a break", ("timezone",)) == []


def test_a_changed_time_zone_supersedes(mem: Any) -> None:
    check_supersession(mem, "My time zone is CET.", "I'm on Eastern time now.", "timezone", "cet", "eastern")


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("we welcomed our third baby last month", "three"),
        ("My second child was born on Friday.", "two"),
        ("i just had my first kid", "one"),
        ("our second baby girl was born this morning", "two"),
    ],
)
def test_a_child_born_by_rank_gives_the_count(text: str, count: str) -> None:
    assert [f[2] for f in mine(text, ("children",))] == [count]


@pytest.mark.parametrize(
    "text",
    [
        "my sister had her second baby",
        "we had our first date in paris",
        "we welcomed our first daughter after two sons",
        "we hope to have our second baby next year",
        "i just had our second baby shower",  # a party, not a birth
        "we had our first child's birthday",
    ],
)
def test_other_births_and_firsts_are_no_count(text: str) -> None:
    assert mine(text, ("children",)) == []


def test_a_birth_supersedes_the_count(mem: Any) -> None:
    check_supersession(mem, "We have two kids.", "Our third baby was born yesterday!", "children", "two", "three")


def _directives(text: str) -> list[tuple[str, str, str]]:
    from spectron_core import RuleExtractor
    from spectron_core._extract._types import ExtractionContext

    ctx = ExtractionContext(
        text=text, role="user", observed_at=at(0), principal="Person/alice", agent="Agent/assistant"
    )
    return [(i.action, i.polarity, i.topic) for i in RuleExtractor().extract(ctx).instructions]


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("I'd like shorter answers.", "short answers"),
        ("i prefer brief replies", "short answers"),
        ("I want more detailed explanations.", "detailed answers"),
        ("i'd rather have the answers in german", "german"),
    ],
)
def test_a_preference_about_the_answers_is_a_standing_directive(text: str, topic: str) -> None:
    assert _directives(text) == [("add", "do", topic)]


@pytest.mark.parametrize(
    "text",
    [
        "i would like a new bike",
        "I want a quiet weekend",
        "i prefer cats",
        "i want a shorter answer to this one",  # this answer only
        "i want to give shorter answers to my students",  # the speaker's own answers
        "i prefer shorter answers from my kids",
    ],
)
def test_a_preference_about_anything_else_is_no_directive(text: str) -> None:
    assert _directives(text) == []


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Forget what I said about emojis.", "emojis"),
        ("please ignore my earlier request for bullet points", "bullet points"),
        ("disregard my previous instruction about short answers", "short answers"),
        ("never mind the tables", "tables"),
        ("I don't need the code comments anymore.", "code comments"),
        ("i no longer need a recap at the end", "recap at the end"),
    ],
)
def test_taking_back_a_request_revokes_its_topic(text: str, topic: str) -> None:
    assert _directives(text) == [("revoke", "do", topic)]


@pytest.mark.parametrize(
    "text",
    [
        "forget what i said about my brother",
        "I don't need a car anymore",
        "never mind",
        "ignore the noise outside",
        "i don't need examples for this one",  # this answer only
        "i don't want links in this reply",
        "i no longer need a reference letter",  # a letter, not the answers' references
        "i don't want sources, my boss does",
        "i don't want comments on my post",  # the speaker's own things
    ],
)
def test_taking_back_anything_else_is_no_directive(text: str) -> None:
    assert _directives(text) == []


@pytest.mark.parametrize(
    ("text", "topic"),
    [("skip the pleasantries", "pleasantries"), ("please don't apologise so much", "apologise so much")],
)
def test_plain_requests_about_what_answers_carry(text: str, topic: str) -> None:
    assert _directives(text) == [("add", "dont", topic)]


def test_skipping_something_else_is_no_directive() -> None:
    assert _directives("skip breakfast tomorrow") == []


def _active(mem: Any) -> list[str]:
    return sorted(i["topic"] for i in mem.profile(scope=ALICE_SCOPE).instructions)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Always add a short summary at the end.", "please stop adding summaries"),
        ("Always include code comments.", "I don't need the comments anymore."),
        ("From now on, add a TL;DR on top.", "forget what I said about the tl;dr"),
    ],
)
def test_a_revocation_in_other_words_ends_the_instruction(mem: Any, first: str, second: str) -> None:
    mem.remember(first, scope=ALICE_SCOPE, observed_at=at(0))
    assert _active(mem), f"{first!r} gave no instruction"
    mem.remember(second, scope=ALICE_SCOPE, observed_at=at(1))
    assert _active(mem) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Always give examples.", "i don't need examples for this one"),
        ("Always include references.", "i no longer need a reference letter"),
    ],
)
def test_a_one_off_or_unrelated_need_leaves_the_instruction(mem: Any, first: str, second: str) -> None:
    mem.remember(first, scope=ALICE_SCOPE, observed_at=at(0))
    before = _active(mem)
    mem.remember(second, scope=ALICE_SCOPE, observed_at=at(1))
    assert before and _active(mem) == before


def test_a_revocation_leaves_other_instructions(mem: Any) -> None:
    mem.remember("Always add a summary at the end.", scope=ALICE_SCOPE, observed_at=at(0))
    mem.remember("Always include code comments.", scope=ALICE_SCOPE, observed_at=at(0, 1))
    mem.remember("stop adding summaries", scope=ALICE_SCOPE, observed_at=at(1))
    assert _active(mem) == ["code comments"]


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        ("I was also diagnosed with asthma.", "health", "asthma"),
        ("my doctor added atenolol as well", "medications", "atenolol"),
        ("i switched careers — i'm a nurse now", "role", "nurse"),
        ("We moved out of Denver to Boise.", "home", "boise"),
        ("I upgraded to a Galaxy S24.", "devices", "galaxy s24"),
    ],
)
def test_facts_said_around_an_also_a_dash_or_a_move_out(text: str, key: str, value: str) -> None:
    assert has(text, key, value), mine(text)


def test_a_move_out_of_a_place_ends_it() -> None:
    assert has("We moved out of Denver to Boise.", "home", "denver", negated=True)


@pytest.mark.parametrize(
    "text",
    [
        "My friend is allergic to peanuts.",
        "my coworker is vegan",
        "my roommate is a night owl",
        "my doctor added a note to my file",
        "Pretend I'm a CEO and draft a memo.",
        "imagine i live in oslo, what would rent be",
        "let's say i earn 60k a year",
    ],
)
def test_other_peoples_facts_and_premises_are_not_the_speakers(text: str) -> None:
    assert mine(text, current=True) == [], mine(text)


def test_a_discourse_word_after_a_list_is_no_item() -> None:
    assert [f[2] for f in mine("I'm allergic to latex, fyi.", ("allergies",))] == ["latex"]


@pytest.mark.parametrize("text", ["i didn't quit coffee", "i never quit smoking"])
def test_a_quit_denied_ends_nothing(text: str) -> None:
    assert not [f for f in mine(text) if f[3]], mine(text)


@pytest.mark.parametrize(
    "text",
    ["i'm scared i have cancer", "I'm so worried that I have diabetes.", "im afraid i live too far away", "i fear i'm getting old"],
)
def test_a_feared_clause_is_not_said(text: str) -> None:
    assert not [f for f in mine(text, current=True) if f[1] not in ("mood", "dislikes")], mine(text)


def test_a_fear_of_a_thing_is_still_a_dislike() -> None:
    assert has("i'm scared of spiders", "dislikes", "spiders")
