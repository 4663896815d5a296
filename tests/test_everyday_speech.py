"""Everyday self-description in chat spelling (issue #10, item 2, "Extraction that generalises").

Complements ``test_first_person.py`` with phrasings that lean on grammar rather than on fixed patterns: a new
clause started by a pronoun in unpunctuated chat ("thats awesome i have three dogs"), "I am a/an …" read by its
head word (gender, faith, character, health, pastimes named as people), favourites named first, short answers
to the turn's own question, "my wife and i …", "have been" as a present state, and change cues and revocations
said in other words. Every sentence was written for this file; none is taken from a data set.
"""

from __future__ import annotations

import time
from datetime import datetime, timezone

import pytest

from spectron_core import RuleExtractor, Spectron
from spectron_core._extract._types import ExtractionContext
from tests.support import at, check_instruction_pair, check_update_pair, facts, has, profile_values

NOW = datetime(2025, 6, 2, 10, 0, tzinfo=timezone.utc)
ME = "Person/alice"
RX = RuleExtractor()


def _extract(text: str):  # type: ignore[no-untyped-def]
    return RX.extract(ExtractionContext(text=text, role="user", observed_at=NOW, principal=ME, agent="Agent/a"))


STATEMENTS: list[tuple[str, str, str]] = [
    # -- work, in chat spelling -----------------------------------------------------------------------------
    ("im a paramedic", "role", "paramedic"),
    ("i am head chef at a seafood place", "role", "head chef"),
    ("i'm a big coldplay fan", "likes", "coldplay"),
    ("we live in a small fishing village in cornwall", "home", "fishing village"),
    ("i volunteer at the hospice, i'm a weekly volunteer", "hobbies", "volunteering"),
    ("i work as a barista at a little cafe downtown", "role", "barista"),
    ("i work as a barista at a little cafe downtown", "employer", "cafe"),
    ("I'm a junior accountant with Deloitte.", "employer", "deloitte"),
    ("im a trainee plumber", "role", "trainee plumber"),
    ("i teach at a primary school", "employer", "primary school"),
    ("i teach at a primary school", "role", "teacher"),
    ("thats cool i teach yoga on weekends", "role", "yoga teacher"),
    ("my job at the garden centre is exhausting", "employer", "garden centre"),
    ("so i finally took my new job as a dental hygienist", "role", "dental hygienist"),
    ("ive been a nurse since 2010", "role", "nurse"),
    ("i work in IT from home", "employer", "it"),
    ("im in the fashion industry", "employer", "fashion industry"),
    ("i work with my uncle on his ranch", "employer", "ranch"),
    ("the corner shop is where i work", "employer", "corner shop"),
    ("Bristol is where i grew up", "hometown", "bristol"),
    ("i'm in an open relationship", "relationship_status", "open relationship"),
    ("my little brother is in grade school and i am in high school", "school", "high school"),
    ("do you ever go to the opera? i go every month", "likes", "opera"),
    ("i have a part time job at the hardware store", "employer", "hardware store"),
    ("i've got a cleaning job", "role", "cleaning"),
    ("i coach rowing on tuesdays", "role", "rowing coach"),
    ("i coach rowing on tuesdays", "sports", "rowing"),
    ("i take salsa lessons every week", "hobbies", "salsa"),
    ("i see my favourite band live every summer", "likes", "band"),
    # -- age and who I am -------------------------------------------------------------------------------------
    ("im a 29 year old nurse", "age", "29"),
    ("last friday was my 33rd birthday", "age", "33"),
    ("as a 60 year old runner i know that feeling", "age", "60"),
    ("i hit 40 in march", "age", "40"),
    ("im a 29 year old nurse", "role", "nurse"),
    ("i am a 41 yr old divorced dad", "age", "41"),
    ("hiya im 52 and love to travel", "age", "52"),
    ("hiya im 52 and love to travel", "hobbies", "travel"),
    ("im just a small town girl", "gender", "female"),
    ("I am an old man with bad knees", "gender", "male"),
    ("i'm a proud christian", "religion", "christian"),
    ("I'm agnostic.", "religion", "agnostic"),
    ("i'm Jewish", "religion", "jewish"),
    ("im quite shy around new people", "personality", "shy"),
    ("i'm a bit of an introvert", "personality", "introvert"),
    ("im pregnant with our first baby", "health", "pregnant"),
    ("I have asthma.", "health", "asthma"),
    ("im diabetic so no sugar for me", "health", "diabetic"),
    # -- pastimes named as people, and how people relax -------------------------------------------------------
    ("i am a keen surfer", "hobbies", "surfing"),
    ("i'm a snowboarder", "hobbies", "snowboarding"),
    ("i'm a big reader", "hobbies", "reading"),
    ("i am a huge collector of vinyl records", "hobbies", "collecting"),
    ("i'm a semi-pro squash player", "sports", "squash"),
    ("i'm a semi-pro squash player", "role", "squash player"),
    ("i usually relax by baking bread", "hobbies", "baking"),
    ("i spend my weekends rock climbing", "hobbies", "rock climbing"),
    ("I like hiking, swimming and reading.", "hobbies", "swimming"),
    ("I like hiking, swimming and reading.", "hobbies", "reading"),
    ("i am listening to some jazz", "likes", "jazz"),
    ("i love listening to old soul records", "likes", "old soul records"),
    ("i enjoy watching rugby with my dad", "likes", "rugby"),
    ("i'm more into documentaries", "likes", "documentaries"),
    ("when im not working i play the bass", "instruments", "bass"),
    ("lol i hate mondays", "dislikes", "mondays"),
    ("i dont really care about football", "dislikes", "football"),
    ("im not big on spicy food", "dislikes", "spicy"),
    ("i'm not much of a golf fan tbh", "dislikes", "golf"),
    ("i try to swim twice a week", "hobbies", "swimming"),
    ("i cant stand olives", "dislikes", "olives"),
    # -- favourites -------------------------------------------------------------------------------------------
    ("fav band is the cure", "favorite_music", "cure"),
    ("tea has become my favourite drink", "favorite_drink", "tea"),
    ("Pasta is my favourite dish to cook.", "favorite_food", "pasta"),
    ("green is my favourite colour tbh", "favorite_color", "green"),
    ("my favourite colour happens to be teal", "favorite_color", "teal"),
    ("coffee is my preferred drink", "favorite_drink", "coffee"),
    ("ok tacos are my fave do you cook", "favorite_food", "tacos"),
    # -- short answers to the turn's own question -----------------------------------------------------------
    ("what's your favourite film? mine's jaws", "favorite_movie", "jaws"),
    ("whats ur fav season? mine is autumn", "favorite_season", "autumn"),
    ("do you like sushi? i do", "likes", "sushi"),
    ("whats your name? mine is Bea", "name", "bea"),
    ("do you have a hobby? mine is knitting", "hobbies", "knitting"),
    ("do you like cats ? i have three", "pets", "cat"),
    ("i have a soft spot for old westerns", "likes", "old westerns"),
    # -- family and relationships ---------------------------------------------------------------------------
    ("my husband and i live in Leeds", "home", "leeds"),
    ("my husband and i live in Leeds", "relationship_status", "married"),
    ("my partner and i have two kids", "children", "two"),
    ("i am married and have 3 kids", "children", "3"),
    ("my girlfriend and i broke up", "relationship_status", "single"),
    ("we split up last month", "relationship_status", "single"),
    ("i split up with my girlfriend in march", "relationship_status", "single"),
    ("Ive been married for ten years", "relationship_status", "married"),
    ("i have one sister", "family", "sister"),
    ("i have one cat and two rabbits", "pets", "rabbit"),
    ("thats awesome i have three dogs", "pets", "dog"),
    ("i walk my dog every morning", "pets", "dog"),
    # -- home, study, diet, languages, name -----------------------------------------------------------------
    ("that is cool i live in glasgow", "home", "glasgow"),
    ("my dogs and i live in a small flat in Bristol", "home", "bristol"),
    ("I'm based in Manchester.", "home", "manchester"),
    ("Relocated to Swansea last spring.", "home", "swansea"),
    ("i'm doing a masters in physics", "education", "physics"),
    ("I'm pursuing a PhD in linguistics.", "education", "linguistics"),
    ("I've been a vegetarian for years.", "food_preference", "vegetarian"),
    ("i'm a pescatarian these days", "food_preference", "pescatarian"),
    ("I'm fluent in Portuguese", "languages", "portuguese"),
    ("Please call me Bea.", "name", "bea"),
    ("being retired i garden most mornings", "role", "retired"),
    ("being a nurse, i see a lot", "role", "nurse"),
    ("after the layoff i found a job in logistics", "employer", "logistics"),
    ("I can spend up to $800 on a new bike", "budget", "$800"),
    ("we're on a tight budget, max $60 a night", "budget", "$60"),
    ("im lactose intolerant", "allergies", "lactose"),
    ("we keep kosher at home", "food_preference", "kosher"),
    ("im bilingual in welsh and english", "languages", "welsh"),
    ("i'm an only child", "family", "only child"),
    ("I'm a cat person", "likes", "cats"),
    ("honestly im more of a tea guy", "likes", "tea"),
    ("i'm a night owl", "personality", "night owl"),
    ("i'm 5'9", "appearance", "5'9"),
    ("i am a tall bald guy", "appearance", "bald"),
    ("i'm a redhead lol", "appearance", "redhead"),
]


@pytest.mark.parametrize("text, key, value", STATEMENTS, ids=[f"{t[:40]}->{k}" for t, k, _ in STATEMENTS])
def test_everyday_statement(text: str, key: str, value: str) -> None:
    assert has(text, key, value), f"{text!r}: expected {key}~{value!r}, got {facts(text)}"


@pytest.mark.parametrize("text, key, value", [
    ("do you play chess ? i do not", "hobbies", "chess"),
    ("i quit my job at the bank", "employer", "bank"),
    ("i left tesco and joined aldi", "employer", "tesco"),
    ("im not a nurse anymore", "role", "nurse"),
    ("i dont drink", "drinks", "alcohol"),
    ("I can't swim", "skills", "swim"),
    ("im not a morning person", "personality", "morning person"),
])
def test_everyday_negation(text: str, key: str, value: str) -> None:
    assert has(text, key, value, negated=True), facts(text)


@pytest.mark.parametrize("text, key, value", [
    ("i love ramen it is my favourite", "favorite_thing", "i love"),  # "they" is no value
    ("i'm a bad swimmer tbh", "hobbies", "swimming"),  # a poor skill is not a pastime
    ("we are in the kitchen", "home", "kitchen"),
    ("i'm unwinding with my spaniel", "hobbies", "spaniel"),
    ("i adore rabbits and own four of them", "possessions", "of them"),
    ("i quit my job at the bank", "employer", "bank"),  # closed, never asserted in the same breath
    ("my 40th birthday party is next week", "age", "40"),
    ("i take the train to work", "hobbies", "train"),
    ("i coach my nephews", "role", "nephews coach"),
    ("i have a good job", "role", "good"),
    ("being a parent is hard", "family", "parent"),
    ("i was born in the late nineties", "hometown", "nineties"),
    ("i'm 5'9", "age", "5"),
    ("i am more of a rugby guy", "gender", "male"),
    ("i can not come tomorrow", "skills", "come"),
    ("i am working on my novel", "employer", "novel"),
    ("im in it for the long run", "employer", "it"),
    ("i am trying to teach my kids spanish", "role", "teacher"),
    ("what is your job? mine is boring", "role", "boring"),
    ("i have a soft spot for old westerns", "possessions", "soft spot"),
    ("my boyfriend and i got engaged", "relationship_status", "in a relationship"),
])
def test_no_misreading(text: str, key: str, value: str) -> None:
    assert not has(text, key, value), facts(text)


NOT_ABOUT_ME = [
    "whats your favourite colour?",
    "do you like hiking ?",
    "my brother is a chef in paris",
    "she works at google and loves it",
    "he is a semi-pro squash player",
    "my mum is pregnant again",
    "they moved to leeds last year",
    "what do u do for work",
    "are you a vegetarian?",
    "is pizza your favourite food?",
    "you are so funny lol",
    "do you have any kids ?",
]


@pytest.mark.parametrize("text", NOT_ABOUT_ME)
def test_other_people_and_questions_put_nothing_on_me(text: str) -> None:
    wrong = [f for f in facts(text) if f[0] == ME and f[1] != "family"]
    assert wrong == [], f"{text!r} put {wrong} on the speaker"


@pytest.mark.parametrize("text", [
    "joanna and i love watching horror films",
    "i would love to see that some time",
    "me and my sister love old movies",
    "my wife and i have 3 kids",
])
def test_lower_case_chat_gives_no_garbled_entities(text: str) -> None:
    e = _extract(text)
    ents = {a.entity for a in e.attributes} | {r.subject for r in e.relations}
    assert ents <= {ME}, ents
    assert all(len(a.value.split()) <= 5 for a in e.attributes), e.attributes
    assert not [a for a in e.attributes if a.key == "fact"]


def test_many_pronoun_clauses_stay_linear() -> None:
    turn = "thats cool i love hiking i have two dogs my wife and i live in leeds " * 40
    t0 = time.perf_counter()
    for _ in range(10):
        facts(turn)
    assert (time.perf_counter() - t0) / 10 < 0.25


def test_a_run_of_blanks_stays_fast() -> None:
    # "\s*,?\s+" before a word (_tools, _upcoming) tried every split of a run of blanks: 0.8 s a sentence
    for lead in ("i use", "i have an exam", "i switched from"):
        t0 = time.perf_counter()
        facts(lead + " " * 580 + "x")
        assert time.perf_counter() - t0 < 0.1, lead
    assert facts("i use    vim") == facts("i use vim")


# -- updates, end to end ------------------------------------------------------------------------------------
SCOPE = {"org": "acme", "user": "alice"}

UPDATES = [
    # (first, second, key, new value or None for a plain negation, old value)
    ("im a barista", "i work as a paramedic now", "role", "paramedic", "barista"),
    ("i work at tesco", "i left tesco and joined aldi", "employer", "aldi", "tesco"),
    ("i live in leeds", "we just moved to york", "home", "york", "leeds"),
    ("I live in Cardiff.", "Relocated to Swansea last spring.", "home", "swansea", "cardiff"),
    ("im vegan", "i started eating fish again", "food_preference", "fish", "vegan"),
    ("my favourite colour is red", "fav colour is purple now", "favorite_color", "purple", "red"),
    ("fav band is the cure", "actually my favourite band is blur these days", "favorite_music", "blur", "cure"),
    ("im single", "my boyfriend and i got engaged", "relationship_status", "engaged", "single"),
    ("i'm married", "my husband and i got divorced", "relationship_status", "divorced", "married"),
    ("i have a boyfriend", "we broke up on friday", "relationship_status", "single", "in a relationship"),
    ("I'm 30.", "i turned 31 last week", "age", "31", "30"),
    ("im a christian", "I'm agnostic these days.", "religion", "agnostic", "christian"),
    ("i drink coffee", "i gave up coffee", "drinks", None, "coffee"),
    ("i play the guitar", "i stopped playing guitar", "instruments", None, "guitar"),
    ("i work at a bank", "i quit my job at the bank", "employer", None, "bank"),
    ("I'm a teacher.", "I retired last year.", "role", "retired", "teacher"),
    ("my budget is $300", "actually my budget is $450 now", "budget", "$450", "$300"),
    ("i am a student", "i graduated and became an architect", "role", "architect", "student"),
    ("I drive a Honda.", "i sold my honda and now drive a tesla", "vehicle", "tesla", "honda"),
    ("i'm from ohio originally and live in denver", "now i live in austin", "home", "austin", "denver"),
    ("i work for acme", "i work for globex these days", "employer", "globex", "acme"),
    ("i'm a nurse", "im not a nurse anymore", "role", None, "nurse"),
    ("i'm 25 years old", "im 26 now lol", "age", "26", "25"),
    ("i drink coffee", "i switched from coffee to tea", "drinks", "tea", "coffee"),
    ("i live in oslo", "i dont live in oslo anymore, moved to bergen", "home", "bergen", "oslo"),
    ("i work at acme", "started a new job at initech last week", "employer", "initech", "acme"),
    ("i'm a waiter", "these days i work as a chef", "role", "chef", "waiter"),
    ("i'm married", "we separated last year", "relationship_status", "separated", "married"),
    ("i have a dog", "our dog passed away", "pets", None, "dog"),
    ("I live with my parents in Leeds", "we moved out to Sheffield", "home", "sheffield", "leeds"),
    ("im a smoker", "i quit smoking last year", "hobbies", None, "smoking"),
    ("my budget is $200", "i can stretch my budget to $350 now", "budget", "$350", "$200"),
    ("i'm single", "i have a girlfriend now", "relationship_status", "in a relationship", "single"),
]


@pytest.mark.parametrize("first, second, key, new, old", UPDATES)
def test_everyday_update(tmp_path, first: str, second: str, key: str, new: str | None, old: str) -> None:
    check_update_pair(Spectron(path=str(tmp_path / "store")), first, second, key, new, old)


def test_many_valued_keys_accumulate_in_chat_spelling(tmp_path) -> None:
    mem = Spectron(path=str(tmp_path / "store"))
    for day, text in enumerate(["im quite shy", "i'm also pretty stubborn lol", "I have asthma.",
                                "im diabetic too", "i'm a keen surfer", "i am a big reader"]):
        mem.remember(text, scope=SCOPE, observed_at=at(day))
    assert {"shy", "stubborn"} <= set(profile_values(mem, "personality"))
    assert {"asthma", "diabetic"} <= set(profile_values(mem, "health"))
    assert {"surfing", "reading"} <= set(profile_values(mem, "hobbies"))


INSTRUCTION_PAIRS = [
    # (first, second, topics active afterwards)
    ("always use bullet points", "pls stop with the bullet points", []),
    ("Answer in bullet points from now on.", "can you stop using bullets", []),
    ("dont use emojis", "emojis are fine again", []),
    ("Never use emojis.", "feel free to use emojis again", []),
    ("always reply in spanish", "you can reply in english again", []),
    ("Keep answers short please", "no need to keep it short anymore", []),
    ("please be formal", "stop being so formal", []),
    ("Don't use markdown.", "you can use markdown again", []),
    ("always answer in bullet points", "i'd prefer paragraphs from now on", ["paragraphs"]),
]


@pytest.mark.parametrize("first, second, active", INSTRUCTION_PAIRS)
def test_everyday_instruction_pair(tmp_path, first: str, second: str, active: list[str]) -> None:
    check_instruction_pair(Spectron(path=str(tmp_path / "store")), first, second, active)


@pytest.mark.parametrize("text", ["i am fine", "the food is fine", "I prefer tea from now on"])
def test_fine_and_prefer_are_no_instruction_without_a_known_topic(text: str) -> None:
    assert _extract(text).instructions == []
