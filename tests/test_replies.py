"""Short replies to the assistant's question: "Where are you based?" → "lisbon" says where the user lives.

Every exchange here is this file's own (the probe sets ``replies_dev``/``replies_held_out`` were written by
others, blind). The extractor is given the assistant's message as ``ExtractionContext.in_reply_to``; the write
path passes it whenever a user turn follows an assistant turn in the same session, whichever way the turns were
written (``remember`` one by one, ``remember_many``, a session reopened by name, an adapter). Each group has
replies that must put nothing on the user: dodges, jokes marked as such, offers accepted, questions about today,
answers about someone else, and replies to a question the user asked themselves.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

import pytest

from spectron_core import ExtractionContext, RuleExtractor, Spectron
from spectron_core._extract._replies import question_in, reply_sentence
from tests.support import ALICE_SCOPE, SPEAKER, at, profile_values

_WHEN = datetime(2025, 5, 6, 10, 0, tzinfo=timezone.utc)
_RULES = RuleExtractor()


def replied(asked: str | None, reply: str) -> list[tuple[str, str, bool]]:
    """(key, value, negated) of every attribute the extractor puts on the user for ``reply`` to ``asked``, and
    the relations from them as (label, object, negated)."""
    ctx = ExtractionContext(
        text=reply,
        role="user",
        observed_at=_WHEN,
        principal=SPEAKER,
        agent="Agent/assistant",
        in_reply_to=asked,
    )
    got = _RULES.extract(ctx)
    return [(a.key, a.value.casefold(), a.negated) for a in got.attributes if a.entity == SPEAKER] + [
        (r.label, r.object.casefold(), r.negated) for r in got.relations if r.subject == SPEAKER
    ]


def expect_reply(asked: str, reply: str, key: str, value: str, negated: bool = False) -> None:
    got = replied(asked, reply)
    assert any(k == key and value in v and n == negated for k, v, n in got), (
        f"{asked!r} → {reply!r}: expected {key}~{value!r}{' (negated)' if negated else ''}, got {got}"
    )


# -- a fragment fills the question's slot -----------------------------------------------------------------------
@pytest.mark.parametrize(
    "asked,reply,key,value",
    [
        # where the user lives, in many askings
        ("Where do you live?", "porto", "home", "porto"),
        ("So where are you based these days?", "Kraków", "home", "kraków"),
        ("Great! Which city are you in, by the way?", "leeds", "home", "leeds"),
        ("Could you tell me where you live, so I can check the weather?", "in nairobi", "home", "nairobi"),
        ("Can I ask which town you live in?", "just outside galway", "home", "galway"),
        ("Location?", "melbourne, australia", "home", "melbourne"),
        ("What part of the country are you in?", "the north east", "home", "north east"),
        ("Where is home for you?", "Accra!", "home", "accra"),
        # where they are from
        ("Where are you from originally?", "sicily", "hometown", "sicily"),
        ("Where did you grow up?", "a small town near Pune", "hometown", "pune"),
        ("What's your hometown?", "cork", "hometown", "cork"),
        # work
        ("Who do you work for?", "Unilever", "employer", "unilever"),
        ("And where do you work, if you don't mind me asking?", "the NHS", "employer", "nhs"),
        ("Which company are you with at the moment?", "spotify", "employer", "spotify"),
        ("What do you do for a living?", "plumber", "role", "plumber"),
        ("What do you do?", "data analyst at a bank", "role", "data analyst"),
        ("What's your job?", "an architect", "role", "architect"),
        ("Occupation?", "pharmacist", "role", "pharmacist"),
        ("What line of work are you in?", "retired now", "role", "retired"),
        # school
        ("Where do you study?", "trinity college dublin", "education", "trinity college"),
        ("What are you studying?", "mechanical engineering", "education", "mechanical engineering"),
        ("What's your major?", "econ", "education", "econ"),
        ("Which uni did you go to?", "leeds beckett", "education", "leeds beckett"),
        # name and age
        ("What's your name?", "Oluwaseun", "name", "oluwaseun"),
        ("What should I call you?", "just bea", "name", "bea"),
        ("Sorry, who am I speaking with?", "it's Henrik", "name", "henrik"),
        ("How old are you?", "41", "age", "41"),
        ("Age?", "27 yrs", "age", "27"),
        ("Mind if I ask how old you are?", "63, retired teacher", "age", "63"),
        # favourites and things owned, said back in the question's words
        ("What's your favourite food?", "dumplings", "favorite_food", "dumplings"),
        ("Favourite colour?", "teal", "favorite_color", "teal"),
        ("And your favourite band?", "the national", "favorite_music", "national"),
        ("What instrument do you play?", "the trumpet", "instruments", "trumpet"),
        ("Which languages do you speak?", "portuguese and a bit of french", "languages", "portuguese"),
        ("What language are you learning at the moment?", "turkish", "languages", "turkish"),
        ("What car do you drive?", "an old volvo estate", "vehicle", "volvo"),
        ("What phone do you use?", "a pixel 8", "devices", "pixel"),
        ("What editor do you use for work?", "neovim", "software", "neovim"),
        ("What's your dog called?", "Pancake", "pets", "dog"),
        ("What's your cat's name?", "miso", "owns", "pet/miso"),
        ("What do you do for fun?", "bouldering and baking", "hobbies", "bouldering"),
        ("What do you like to do on weekends?", "gardening", "hobbies", "gardening"),
        ("What are your hobbies?", "chess, running", "hobbies", "chess"),
        ("When is your birthday?", "october 2nd", "birthday", "october"),
        ("What timezone are you in?", "GMT+2", "timezone", "gmt+2"),
        ("How do you get to work?", "train", "commute", "train"),
        ("How many kids do you have?", "three", "children", "three"),
        ("How many children have you got?", "two, both teenagers", "children", "two"),
        ("What's your monthly budget for groceries?", "about 400 pounds", "budget", "400"),
        ("Do you prefer metric or imperial?", "metric please", "likes", "metric"),
    ],
)
def test_a_fragment_answers_the_question_asked(asked: str, reply: str, key: str, value: str) -> None:
    expect_reply(asked, reply, key, value)


# -- yes and no are said back --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "asked,reply,key,value,negated",
    [
        ("Are you vegetarian?", "yes", "food_preference", "vegetarian", False),
        ("Are you vegan, by any chance?", "yep!", "food_preference", "vegan", False),
        ("Are you married?", "yeah, 12 years this june", "relationship_status", "married", False),
        ("Are you single?", "i am", "relationship_status", "single", False),
        ("Are you a student?", "yes", "role", "student", False),
        ("You retired?", "yup", "role", "retired", False),
        ("Are you vegetarian?", "no", "food_preference", "vegetarian", True),
        ("Do you have any pets?", "yes, a tabby called Biscuit", "pets", "tabby", False),
        ("Do you have any pets?", "two dogs", "pets", "dog", False),
        ("Any pets at home?", "a rabbit", "pets", "rabbit", False),
        ("Do you have any allergies?", "penicillin", "allergies", "penicillin", False),
        ("Any allergies I should know about?", "yes, tree nuts", "allergies", "tree nuts", False),
        ("Do you have any dietary restrictions?", "gluten free", "dietary_restrictions", "gluten free", False),
        ("Do you have a car?", "yes, a honda jazz", "vehicle", "honda jazz", False),
        ("Do you have kids?", "yes, two", "children", "two", False),
        ("Do you play any instruments?", "yes, the cello", "instruments", "cello", False),
        ("Do you speak any other languages?", "yes, tagalog", "languages", "tagalog", False),
        ("Do you drink coffee?", "yes", "drinks", "coffee", False),
        ("Do you eat meat?", "nope", "food_preference", "meat", True),
        ("Do you have siblings?", "one younger brother", "family", "brother", False),
        ("Are you single or in a relationship?", "engaged actually", "relationship_status", "engaged", False),
        ("Are you an early bird or a night owl?", "night owl for sure", "personality", "night owl", False),
    ],
)
def test_yes_and_no_are_said_back(asked: str, reply: str, key: str, value: str, negated: bool) -> None:
    expect_reply(asked, reply, key, value, negated)


# -- a change said in reply to "still …?" --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "asked,reply,key,old,new",
    [
        ("Are you still in Denver?", "nah, moved to seattle in march", "home", "denver", "seattle"),
        ("Are you still living in Bristol?", "no, cardiff now", "home", "bristol", "cardiff"),
        ("You're still in Leeds?", "nope, york since may", "home", "leeds", "york"),
        ("Still at Accenture?", "no, left in may. at ibm now", "employer", "accenture", "ibm"),
        ("Are you still vegetarian?", "not anymore, eating fish again", "food_preference", "vegetarian", "fish"),
        ("Do you still drive the Polo?", "nope, sold it. drive a corsa now", "vehicle", "polo", "corsa"),
        ("Do you still play tennis?", "no, play squash now", "sports", "tennis", "squash"),
    ],
)
def test_a_no_to_still_closes_the_old_value_and_reads_the_new(
    asked: str, reply: str, key: str, old: str, new: str
) -> None:
    got = replied(asked, reply)
    assert any(k == key and old in v and n for k, v, n in got), f"{reply!r}: {old} not closed, got {got}"
    assert any(k == key and new in v and not n for k, v, n in got), f"{reply!r}: {new} not read, got {got}"


def test_a_favourite_changed_in_reply_is_the_new_one() -> None:
    expect_reply("Is your favourite colour still green?", "no, yellow these days", "favorite_color", "yellow")
    expect_reply("Is sushi still your favourite food?", "nah it's ramen now", "favorite_food", "ramen")


@pytest.mark.parametrize(
    "asked,reply,key,value",
    [
        ("Are you still in Denver?", "yep, still here", "home", "denver"),
        ("Do you still play the piano?", "yes", "instruments", "piano"),
        ("Still working at Monzo?", "yeah", "employer", "monzo"),
    ],
)
def test_a_yes_to_still_keeps_the_value(asked: str, reply: str, key: str, value: str) -> None:
    expect_reply(asked, reply, key, value)


# -- replies that say nothing lasting about the user ---------------------------------------------------------------
@pytest.mark.parametrize(
    "asked,reply",
    [
        ("Where do you live?", "rather not say"),
        ("Where do you live?", "why do you want to know?"),
        ("Where do you live?", "idk, depends on the month"),
        ("What's your name?", "what's yours?"),
        ("What's your name?", "not telling you that lol"),
        ("How old are you?", "old enough"),
        ("How old are you?", "guess"),
        ("What do you do for work?", "nothing interesting"),
        ("Where are you from?", "long story"),
        ("Where are you from?", "all over, army kid"),
        ("What does your sister do?", "she's a nurse"),
        ("What's your budget for this trip?", "around 2k"),
        ("Bullet points or a table for this one?", "table"),
        ("What's your husband's job?", "he's a chef"),
        ("Want me to summarise the article?", "yes please"),
        ("Should I make it shorter?", "yep"),
        ("Does that make sense?", "yes"),
        ("Would you like another suggestion?", "sure"),
        ("Shall I go on?", "go on"),
        ("What are you up to tonight?", "just netflix"),
        ("What are you having for dinner?", "pasta probably"),
        ("How's your day going?", "pretty tired"),
        ("How are you feeling today?", "meh"),
        ("What's the capital of Peru?", "lima"),
        ("Which option do you prefer, A or B?", "b"),
        ("Do you have any pets?", "nope"),
        ("Do you have any questions?", "no"),
        ("If you could live anywhere, where would it be?", "kyoto"),
        ("Which city would you like to visit next?", "lisbon"),
        ("Is there anything else?", "no thanks"),
        ("Where do you want to go for dinner?", "the thai place"),
        ("Can you send me the file?", "sure"),
        ("Do you know what time it is?", "no"),
        ("Do you think it will rain?", "probably"),
        ("What time is it there?", "3pm"),
    ],
)
def test_a_reply_that_states_nothing_lasting_puts_nothing_on_the_user(asked: str, reply: str) -> None:
    got = [f for f in replied(asked, reply) if not f[2]]
    assert not got, f"{asked!r} → {reply!r}: expected nothing, got {got}"


# -- what comes around the answer ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "asked,reply,key,value",
    [
        ("What do you do for fun?", "that's so cool! mostly climbing", "hobbies", "climbing"),
        ("What's your name?", "amara, i'm from accra", "name", "amara"),
        ("What's your name?", "amara, i'm from accra", "hometown", "accra"),
        ("What are you studying?", "law its a lot of reading", "education", "law"),
        ("Any pets?", "no, just a goldfish", "pets", "goldfish"),
        ("Do you have a lot of pets?", "nah only one cat", "pets", "cat"),
        ("What laptop are you on?", "a framework 13", "devices", "framework"),
        ("Still using Vim?", "switched to helix", "software", "helix"),
        ("How old are you?", "around 45", "age", "45"),
        ("What name should I use when I email you?", "just Sol", "name", "sol"),
        ("Do you have a favourite author?", "ursula le guin", "favorite_author", "ursula le guin"),
        ("Where do you live?", "well, nairobi", "home", "nairobi"),
    ],
)
def test_the_answer_is_found_among_what_comes_around_it(asked: str, reply: str, key: str, value: str) -> None:
    expect_reply(asked, reply, key, value)


@pytest.mark.parametrize(
    "asked,reply,key",
    [
        ("Are they twins?", "yes", ""),
        ("Is he your brother?", "yep", ""),
        ("Economy or business for this flight?", "economy", ""),
        ("Do you play any sports?", "no, just a lot of reading on the sofa", "sports"),
        ("Do you knit?", "no, my grandma does all the knitting", "hobbies"),
        ("Do you have any pets?", "sadly no, my landlord says no", "pets"),
        ("What's your favourite food?", "sounds great, thanks", ""),
        ("Where are you from?", "congrats on the new job btw!", ""),
        ("What industry are you in?", "ok tell me about yours first", ""),
        ("Have you met her?", "yes, at the party", ""),
    ],
)
def test_around_it_nothing_is_taken_for_the_answer(asked: str, reply: str, key: str) -> None:
    got = [f for f in replied(asked, reply) if not f[2] and (not key or f[0] == key)]
    assert not got, f"{asked!r} → {reply!r}: expected nothing{' for ' + key if key else ''}, got {got}"


@pytest.mark.parametrize(
    "asked,reply,key,value",
    [
        ("Do you like jazz?", "love it", "likes", "jazz"),
        ("Do you like horror films?", "i really love them", "likes", "horror films"),
        ("Do you like spiders?", "they terrify me", "dislikes", "spiders"),
        ("What music do you like?", "mostly funk", "likes", "funk"),
        ("Do you speak German?", "a little bit", "languages", "german"),
        ("Do you cook?", "yeah, all the time", "hobbies", "cooking"),
        ("Are you diabetic?", "yes", "health", "diabetic"),
        ("How old are you?", "52 haha", "age", "52"),
        ("How tall are you?", "around 180cm", "appearance", "180 cm"),
        ("For the bike fit, how tall are you?", "5'11", "appearance", "5'11"),
        ("Who do you work for?", "deloitte lol", "employer", "deloitte"),
    ],
)
def test_a_yes_by_degree_a_pronoun_or_a_laugh_still_answers(asked: str, reply: str, key: str, value: str) -> None:
    expect_reply(asked, reply, key, value)


@pytest.mark.parametrize(
    "asked,reply",
    [
        ("Which branch should I merge this into?", "dev"),
        ("Which of the two logos do you prefer?", "the left one"),
        ("Should I use British spelling in the report?", "yes"),
        ("Can I open the config file?", "sure, go ahead"),
        ("Where are you based?", "in a van down by the river lol"),
        ("What do you do?", "professional procrastinator haha"),
        ("What's your order number?", "88213"),
        ("What's your password for the portal?", "hunter2"),
        ("What's your booking reference?", "XK42PQ"),
        ("Do you like it?", "love it"),
        ("What kind of music do you like?", "a bit of everything"),
        ("What do you like about Paris?", "the food mostly"),
    ],
)
def test_an_answer_to_an_errand_a_joke_or_a_secret_is_kept_as_nothing(asked: str, reply: str) -> None:
    got = [f for f in replied(asked, reply) if not f[2]]
    assert not got, f"{asked!r} → {reply!r}: expected nothing, got {got}"


@pytest.mark.parametrize(
    "asked,reply",
    [
        ("Are you in London right now?", "no, manchester"),
        ("Are you currently in Tokyo?", "yes"),
        ("Which city are you in at the moment?", "berlin"),
        ("Where are you staying?", "the hilton by the station"),
    ],
)
def test_where_the_user_is_now_is_not_where_they_live(asked: str, reply: str) -> None:
    assert not [f for f in replied(asked, reply) if f[0] == "home" and not f[2]]


def test_the_questions_your_is_the_users_my() -> None:
    expect_reply("Do you live with your parents?", "yes", "family", "parents")
    expect_reply("Are you allergic to anything?", "peanuts", "allergies", "peanuts")
    assert not [f for f in replied("Do you live with your parents?", "yes") if "your" in f[1]]


def test_a_reply_too_long_to_be_a_fragment_is_read_as_typed() -> None:
    q = question_in("Where are you based?")
    assert q is not None
    assert reply_sentence(q, "lisbon" + "…" * 40) == "i live in lisbon"  # (a trailing run is taken off in one pass)
    assert reply_sentence(q, "porto " * 200) is None
    assert question_in("Where do you live" + ", now" * 500 + "?") is None


def test_a_tool_message_is_no_question_the_user_replies_to(mem: Spectron) -> None:
    with mem.sessions.create(scope=ALICE_SCOPE) as s:
        s.remember_many(
            [
                {"role": "tool", "content": "Which city are you in?"},
                {"role": "user", "content": "oslo"},
            ]
        )
    assert profile_values(mem, "home") == []


def test_without_the_question_a_fragment_says_nothing() -> None:
    assert replied(None, "porto") == []
    assert replied(None, "yes") == []
    assert replied("That sounds lovely.", "porto") == []  # no question to answer


def test_a_full_sentence_reply_is_read_as_typed() -> None:
    expect_reply("Where do you live?", "I live in Porto with my partner.", "home", "porto")
    # its own subject: what it says of the brother stays the brother's
    assert not [f for f in replied("Where do you live?", "my brother lives in leeds") if f[0] == "home"]


def test_only_the_reply_s_first_sentence_or_the_one_after_a_bare_yes_or_no_leans_on_the_question() -> None:
    expect_reply("Are you still in Denver?", "nope. moved to austin last year", "home", "austin")
    got = replied("Where do you live?", "lisbon. love it here. the weather though")
    assert [v for k, v, _ in got if k == "home"] == ["lisbon"]


def test_the_other_party_s_statement_before_its_question_is_not_the_users() -> None:
    """The assistant says things of itself before asking: none of it lands on the user."""
    got = replied("I'm based in Dublin myself. Where are you?", "galway")
    assert not any(v == "dublin" for _, v, _ in got)


def test_an_assistant_turn_does_not_lean_on_the_user_question() -> None:
    ctx = ExtractionContext(
        text="Lisbon.",
        role="assistant",
        observed_at=_WHEN,
        principal=SPEAKER,
        agent="Agent/assistant",
        in_reply_to="Where do you live?",
    )
    got = _RULES.extract(ctx)
    assert not got.attributes and not got.relations


def test_question_and_reply_helpers() -> None:
    q = question_in("Thanks! Which city are you in?")
    assert q is not None
    assert reply_sentence(q, "porto!") == "i live in porto"
    assert reply_sentence(q, "under a rock lol") == ""  # a joke, read as nothing
    assert reply_sentence(q, "not sure yet") is None
    assert question_in("Sounds good.") is None
    booked = question_in("Want me to book it?")
    assert booked is not None and booked.aside and reply_sentence(booked, "sure") == ""


# -- through the write path ----------------------------------------------------------------------------------------
def test_a_reply_remembered_after_the_question_is_read(mem: Spectron) -> None:
    with mem.sessions.create(scope=ALICE_SCOPE) as s:
        s.remember("Which city do you live in?", role="assistant", observed_at=at(0))
        s.remember("rotterdam", observed_at=at(0, hours=0.01))
    assert profile_values(mem, "home") == ["rotterdam"]


def test_a_reply_in_the_same_batch_as_its_question_is_read(mem: Spectron) -> None:
    with mem.sessions.create(scope=ALICE_SCOPE) as s:
        s.remember_many(
            [
                {"role": "user", "content": "Can you plan me a week of dinners?"},
                {"role": "assistant", "content": "Happy to! Any dietary restrictions?"},
                {"role": "user", "content": "pescatarian"},
            ]
        )
    assert profile_values(mem, "dietary_restrictions") == ["pescatarian"]


def test_the_question_is_found_when_the_session_is_reopened_by_name(tmp_path: Any) -> None:
    path = str(tmp_path / "store")
    first = Spectron(path=path)
    with first.sessions.create(scope=ALICE_SCOPE, session_id="chat") as s:
        s.remember("How old are you, if you don't mind me asking?", role="assistant", observed_at=at(0))
    first.close()
    again = Spectron(path=path)
    try:
        s = again.sessions.create(scope=ALICE_SCOPE, session_id="chat")
        s.remember("38", observed_at=at(0, hours=1))
        assert profile_values(again, "age") == ["38"]
    finally:
        again.close()


def test_a_reopened_session_numbers_its_turns_on_after_the_question(tmp_path: Any) -> None:
    """Finding the question reads the session's turns once, and primes the caches the write then uses: the turns
    written after it continue the numbering (no two turns share a place in the session)."""
    path = str(tmp_path / "store")
    first = Spectron(path=path)
    with first.sessions.create(scope=ALICE_SCOPE, session_id="chat") as s:
        s.remember("hello", observed_at=at(0))
        s.remember("What's your favourite colour?", role="assistant", observed_at=at(0, hours=0.1))
    first.close()
    again = Spectron(path=path)
    try:
        s = again.sessions.create(scope=ALICE_SCOPE, session_id="chat")
        s.remember("teal", observed_at=at(0, hours=0.2))
        s.remember("What about your favourite food?", role="assistant", observed_at=at(0, hours=0.3))
        s.remember("dumplings", observed_at=at(0, hours=0.4))
        seqs = [t.seq for t in s.turns()]
        assert seqs == sorted(set(seqs)) and len(seqs) == 5
        assert profile_values(again, "favorite_color") == ["teal"]
        assert profile_values(again, "favorite_food") == ["dumplings"]
    finally:
        again.close()


def test_a_forgotten_question_is_not_replied_to(mem: Spectron) -> None:
    with mem.sessions.create(scope=ALICE_SCOPE) as s:
        asked = s.remember("Where do you live?", role="assistant", observed_at=at(0))
        assert asked.turn is not None
        mem.forget(ids=[asked.turn.id], scope=ALICE_SCOPE)
        s.remember("porto", observed_at=at(0, hours=0.1))
    assert profile_values(mem, "home") == []


def test_a_question_in_another_session_or_scope_is_not_replied_to(mem: Spectron) -> None:
    bob = {"org": "acme", "user": "bob"}
    with mem.sessions.create(scope=bob) as s:
        s.remember("Where do you live?", role="assistant", observed_at=at(0))
    with mem.sessions.create(scope=ALICE_SCOPE) as s:
        s.remember("leeds", observed_at=at(0, hours=1))
    with mem.sessions.create(scope=ALICE_SCOPE) as s:
        s.remember("Where do you live?", role="assistant", observed_at=at(0, hours=2))
    with mem.sessions.create(scope=ALICE_SCOPE) as s:
        s.remember("york", observed_at=at(0, hours=3))
    assert profile_values(mem, "home") == []
    assert profile_values(mem, "home", bob) == []


def test_a_user_turn_after_a_user_turn_is_no_reply(mem: Spectron) -> None:
    with mem.sessions.create(scope=ALICE_SCOPE) as s:
        s.remember("Where should I live, do you think?", observed_at=at(0))
        s.remember("porto", observed_at=at(0, hours=0.01))
    assert profile_values(mem, "home") == []


def test_a_change_said_in_reply_supersedes_with_history(mem: Spectron) -> None:
    mem.remember("I live in Denver.", scope=ALICE_SCOPE, observed_at=at(0))
    with mem.sessions.create(scope=ALICE_SCOPE) as s:
        s.remember_many(
            [
                {"role": "assistant", "content": "Are you still in Denver?", "observed_at": at(30)},
                {"role": "user", "content": "nope, boulder now", "observed_at": at(30, hours=0.01)},
            ]
        )
    assert profile_values(mem, "home") == ["boulder"]
    old = [v for v in mem.history(SPEAKER, "home", scope=ALICE_SCOPE) if v.value.casefold() == "denver"]
    assert old and all(v.valid_until is not None for v in old)


def test_the_async_client_reads_replies_too(mem: Spectron) -> None:
    import asyncio

    from spectron_core import AsyncSpectron

    async def run() -> None:
        amem = AsyncSpectron(sync=mem)
        s = await amem.sessions.create(scope=ALICE_SCOPE)
        await s.remember("What's your name?", role="assistant", observed_at=at(0))
        await s.remember("Ines", observed_at=at(0, hours=0.01))

    asyncio.run(run())
    assert profile_values(mem, "name") == ["ines"]


def test_a_custom_extractor_is_handed_the_question(mem: Spectron) -> None:
    seen: list[str | None] = []

    class Recording:
        name = "recording"

        def extract_many(self, ctxs: list[ExtractionContext]) -> list[Any]:
            from spectron_core import Extraction

            seen.extend(c.in_reply_to for c in ctxs)
            return [Extraction(extractor=self.name) for _ in ctxs]

    with mem.sessions.create(scope=ALICE_SCOPE) as s:
        s.remember("What's your name?", role="assistant", observed_at=at(0), extractor=Recording())
        s.remember_many([{"role": "user", "content": "Ines"}], extractor=Recording())
    assert seen == [None, "What's your name?"]
