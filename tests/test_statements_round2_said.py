"""Everyday lasting facts said with a verb or a spelling the predicate table did not read (``_everyday``, with word
lists in ``_lexicon``/``_possessions`` and a contraction in ``_clauses``).

Each construction in several spellings (edited text, lower-case chat, contractions, a clause before or after,
British and American spelling), with negatives beside them: another person's fact, a question, a wish or a one-off
day puts nothing standing on the speaker. Every sentence was written for this file.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from tests.support import SPEAKER, expect_none, facts
from tests.support import expect as _check


def _relations(text: str) -> list[tuple[str, str]]:
    from spectron_core import ExtractionContext, RuleExtractor

    ctx = ExtractionContext(
        text=text,
        role="user",
        observed_at=datetime(2025, 6, 2, 10, 0, tzinfo=timezone.utc),
        principal=SPEAKER,
        agent="Agent/assistant",
    )
    got = RuleExtractor().extract(ctx)
    return [(r.subject, r.object) for r in got.relations if not r.negated]


POSITIVES = [
    # -- a name said with "name's" ---------------------------------------------------------------------------
    ("My name's Oluwaseun.", "name", "Oluwaseun"),
    ("hi there, my name's Birgitta", "name", "Birgitta"),
    ("my names Tomasz", "name", "Tomasz"),
    ("Hello! My name's Anneliese but everyone says Anne.", "name", "Anneliese"),
    # -- pets of two words, animals kept ---------------------------------------------------------------------
    ("We've got three guinea pigs.", "pets", "guinea pig"),
    ("i have a guinea pig", "pets", "guinea pig"),
    ("My son and I look after a bearded dragon.", "pets", "bearded dragon"),
    ("I have a bearded dragon called Spike.", "pets", "bearded dragon"),
    ("We keep chickens.", "pets", "chicken"),
    ("i keep bees in the garden", "pets", "bee"),
    ("We keep a few goats on the smallholding.", "pets", "goat"),
    ("i hav a cat", "pets", "cat"),
    # -- a medicine said with its dose -----------------------------------------------------------------------
    ("I'm on lisinopril 10mg.", "medications", "lisinopril"),
    ("im on levothyroxine 75 mcg", "medications", "levothyroxine"),
    ("I take metformin 500mg twice a day.", "medications", "metformin"),
    # -- a course followed, with how it is taken -------------------------------------------------------------
    ("I'm doing a part-time PhD.", "education", "phd"),
    ("i'm doing an online masters in data science", "education", "masters"),
    ("I'm studying for an evening MBA.", "education", "mba"),
    ("Currently I'm doing a distance-learning degree in history.", "education", "degree"),
    # -- a martial art or a discipline done ------------------------------------------------------------------
    ("I do muay thai twice a week.", "hobbies", "muay thai"),
    ("i do jiu jitsu", "hobbies", "jiu jitsu"),
    ("I train in kickboxing.", "hobbies", "kickboxing"),
    ("I've been doing krav maga for two years.", "hobbies", "krav maga"),
    ("I practise aikido.", "hobbies", "aikido"),
    # -- a pastime said by a verb of making or mending -------------------------------------------------------
    ("I restore vintage radios.", "hobbies", "restoring vintage radios"),
    ("in my free time i fix up old bicycles", "hobbies", "fixing up old bicycles"),
    ("On weekends I refurbish old furniture.", "hobbies", "refurbishing old furniture"),
    ("I tinker with old cars.", "hobbies", "tinkering with old cars"),
    # -- the platform one is on, what one wears on the wrist -------------------------------------------------
    ("I'm on iPhone.", "devices", "iphone"),
    ("im an android user", "devices", "android"),
    ("We're on Android at home.", "devices", "android"),
    ("I wear a Fitbit.", "devices", "fitbit"),
    ("i wear an apple watch", "devices", "apple watch"),
    ("I wear a Polar watch when I swim.", "devices", "polar watch"),
    # -- a language understood -------------------------------------------------------------------------------
    ("I understand Portuguese.", "languages", "portuguese"),
    ("i can understand a bit of hindi", "languages", "hindi"),
    ("I understand Korean but I can't speak it.", "languages", "korean"),
    ("I get by in Italian.", "languages", "italian"),
    # -- renting where one lives -----------------------------------------------------------------------------
    ("We've been renting a flat in Bristol since 2019.", "home", "Bristol"),
    ("i'm renting an apartment in Denver", "home", "Denver"),
    ("I have been renting a room in Lisbon.", "home", "Lisbon"),
    # -- employed by, with "have been" -----------------------------------------------------------------------
    ("I've been employed by Unilever for ten years.", "employer", "Unilever"),
    ("For a while now I have been employed by the council as a planner.", "employer", "council"),
    ("i've been employed at a bakery since june", "employer", "bakery"),
    # -- foods not eaten -------------------------------------------------------------------------------------
    ("I don't eat beef.", "dietary_restrictions", "beef"),
    ("i dont eat shellfish", "dietary_restrictions", "shellfish"),
    ("I never eat red meat.", "dietary_restrictions", "red meat"),
    ("I don't drink coffee.", "dietary_restrictions", "coffee"),
    ("i dont drink alcohol anymore", "dietary_restrictions", "alcohol"),
    # -- a diet followed, a diet settled on ------------------------------------------------------------------
    ("I follow a gluten-free diet.", "dietary_restrictions", "gluten"),
    ("i follow a paleo diet because of my gut", "food_preference", "paleo"),
    ("We stick to a plant-based diet.", "food_preference", "plant-based"),
    ("After a lot of back and forth I've settled on being vegan.", "food_preference", "vegan"),
    ("i've committed to being pescatarian", "food_preference", "pescatarian"),
    # -- a reaction that says an allergy ---------------------------------------------------------------------
    ("Peanuts make me break out in hives.", "allergies", "peanuts"),
    ("Penicillin makes me come out in a rash, so I avoid it.", "allergies", "penicillin"),
    ("kiwi makes my throat swell up", "allergies", "kiwi"),
    # -- colour blindness ------------------------------------------------------------------------------------
    ("I'm colour blind.", "health", "colour-blind"),
    ("im color-blind lol", "health", "color-blind"),
    ("I am red-green colourblind.", "health", "colour-blind"),
    # -- a train or bus taken at its time, the commute's mode said after its length --------------------------
    ("I take the 8:15 train to work.", "commute", "train"),
    ("i get the 7am bus into town every day", "commute", "bus"),
    ("My commute is forty minutes on the tram.", "commute", "tram"),
    ("my commute is about 20 mins each way by bike", "commute", "bike"),
    # -- a habit with its length -----------------------------------------------------------------------------
    ("I meditate for ten minutes every morning.", "hobbies", "meditat"),
    ("i swim for an hour most evenings", "hobbies", "swim"),
    # -- money: the bank, what is earned, what money is put into ------------------------------------------------
    ("I bank with Starling these days.", "bank", "starling"),
    ("we have a joint account with Barclays", "bank", "barclays"),
    ("I earn roughly £38,000 a year.", "income", "38,000"),
    ("i make $22 an hour", "income", "$22 an hour"),
    ("I invest in ETFs every month.", "finances", "etfs"),
    ("i put 200 pounds a month into my pension", "finances", "pension"),
    # -- an event ahead with where it is ---------------------------------------------------------------------
    ("I have a wedding in Porto next month.", "plans", "wedding in porto"),
    ("we've got a concert in Madrid in three weeks", "plans", "concert in madrid"),
    ("I've got an interview in Glasgow next week.", "plans", "interview in glasgow"),
]


@pytest.mark.parametrize(("text", "key", "value"), POSITIVES)
def test_said(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("my dog is a whippet called Biscuit", "biscuit"),
        ("Our cat is a Siamese named Mochi.", "mochi"),
        ("I own a bearded dragon named Ziggy.", "ziggy"),
        ("i hav a beagle named Toby", "toby"),
        ("We have a guinea pig called Nibbles.", "nibbles"),
    ],
)
def test_pet_named(text: str, name: str) -> None:
    assert (SPEAKER, f"Pet/{name}") in _relations(text), (text, _relations(text), facts(text))


NEGATIVES = [
    ("What's your name?", "name"),
    ("My friend's name's Kofi.", "name"),
    ("My neighbour keeps chickens.", "pets"),
    ("I'd love to keep bees one day.", "pets"),
    ("Should I get a guinea pig?", "pets"),
    ("My mum is on sertraline 50mg.", "medications"),
    ("My sister is doing a part-time MBA.", "education"),
    ("Should I do an online masters?", "education"),
    ("My brother does jiu jitsu.", "hobbies"),
    ("Do you think I should try muay thai?", "hobbies"),
    ("My dad restores old tractors.", "hobbies"),
    ("I restored the table yesterday.", "hobbies"),
    ("My wife is on iPhone.", "devices"),
    ("Is the Garmin watch any good?", "devices"),
    ("My husband wears a Fitbit.", "devices"),
    ("Do you understand Portuguese?", "languages"),
    ("My daughter understands Korean.", "languages"),
    ("My cousin is renting a flat in Bristol.", "home"),
    ("My wife has been employed by Unilever for years.", "employer"),
    ("I don't eat breakfast.", "dietary_restrictions"),
    ("I didn't eat beef yesterday.", "dietary_restrictions"),
    ("My son doesn't eat meat.", "dietary_restrictions"),
    ("I don't drink enough water.", "dietary_restrictions"),
    ("My partner follows a keto diet.", "food_preference"),
    ("Should I follow a paleo diet?", "food_preference"),
    ("Peanuts make my son break out in hives.", "allergies"),
    ("That film makes me break out in a sweat.", "allergies"),
    ("My uncle is colour blind.", "health"),
    ("My brother takes the 8:15 train to work.", "commute"),
    ("I took the 7am bus into town yesterday.", "commute"),
    ("Her commute is forty minutes on the tram.", "commute"),
    ("My daughter meditates for ten minutes every morning.", "hobbies"),
    ("My sister has a wedding in Porto next month.", "plans"),
    ("My wife banks with Barclays.", "bank"),
    ("I follow English football.", "languages"),
    ("I keep rats out of the shed.", "pets"),
    ("I don't eat when I'm stressed.", "dietary_restrictions"),
    ("My son catches the 7:50 bus to school.", "commute"),
    ("I read German philosophy.", "languages"),
    ("Should I invest in index funds?", "finances"),
    ("I'd love to earn 100k a year.", "income"),
    ("I make candles for fun.", "income"),
    ("My husband earns about 50k a year.", "income"),
    ("I had the strangest dream last night.", "event"),
    ("just had a lovely nap", "event"),
    ("I had a nightmare about exams.", "event"),
]


@pytest.mark.parametrize(("text", "key"), NEGATIVES)
def test_not_said(text: str, key: str) -> None:
    expect_none(text, key)


def test_colour_blind_is_no_look() -> None:
    expect_none("I'm colour blind.", "appearance")
