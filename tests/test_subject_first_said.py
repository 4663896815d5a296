"""Facts said with the thing first and the category after it, allergies and conditions said as nouns, the speaker
described by themselves or by others, goals said as what one is trying or working on (``_subject_first``).

Each construction in several spellings (edited text, lower-case chat, contractions, a clause before or after,
British and American spelling, hedges), with negatives beside them: a state of the day, a meal had today, a
medicine avoided, another person's fact, a question or a hypothetical put nothing standing on the speaker. The
category word maps to a key the ontology has (``favorite_<kind>``, ``education``, ``allergies``, ``health``,
``personality``, ``goals``), never to one minted from the words ("go_to_drink", "drink_of_choice"). Every
sentence was written for this file.
"""

from __future__ import annotations

import pytest

from tests.support import SPEAKER, expect_none, facts, mine
from tests.support import expect as _check


def _no_minted_key(text: str) -> None:
    known = {"go_to", "drink_of_choice", "first", "goal_this_year", "go_to_drink", "choice", "main_goal", "usual"}
    got = {k for e, k, _, _ in facts(text)}
    assert not any(k in known or "choice" in k or k.startswith("go_to") for k in got), facts(text)


# -- the thing first, the category after ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        ("Black coffee is my go-to drink.", "favorite_drink", "black coffee"),
        ("oat flat whites are my go to drink", "favorite_drink", "oat flat white"),
        ("honestly iced tea is my drink of choice in summer", "favorite_drink", "iced tea"),
        ("Red wine is my drink of choice.", "favorite_drink", "red wine"),
        ("my go-to drink is a gin and tonic", "favorite_drink", "gin and tonic"),
        ("My drink of choice these days is kombucha.", "favorite_drink", "kombucha"),
        ("pho is my go-to comfort food", "favorite_food", "pho"),
        ("Tacos are my go-to meal when I'm tired.", "favorite_food", "tacos"),
        ("my go-to snack is popcorn", "favorite_snack", "popcorn"),
        ("Sushi is my food of choice.", "favorite_food", "sushi"),
        ("The best novel I've ever read is Middlemarch.", "favorite_book", "Middlemarch"),
        ("the best film i have ever seen is Alien", "favorite_movie", "Alien"),
        ("The greatest album I've ever heard is Blue by Joni Mitchell.", "favorite_album", "Blue"),
        ("best book ive ever read was Shogun", "favorite_book", "Shogun"),
        ("The best meal I've ever eaten was a bowl of laksa.", "favorite_food", "laksa"),
        ("Jaws is the best movie I've ever seen.", "favorite_movie", "Jaws"),
        ("my all-time favourite band is Blur", "favorite_music", "Blur"),
        ("hands down my favorite show is Succession", "favorite_show", "Succession"),
        ("My PhD was in organic chemistry.", "education", "organic chemistry"),
        ("my degree is in mechanical engineering", "education", "mechanical engineering"),
        ("My master's is in public health.", "education", "public health"),
        ("my undergrad was in history and my masters in law", "education", "history"),
        ("I did my PhD in astrophysics.", "education", "astrophysics"),
        ("I'm doing a masters in data science", "education", "data science"),
        ("Kimchi has replaced burgers as my favourite food.", "favorite_food", "kimchi"),
        ("jazz has replaced rock as my favorite music", "favorite_music", "jazz"),
        ("Lately matcha has taken over from coffee as my favourite drink.", "favorite_drink", "matcha"),
        ("tennis replaced golf as my favourite sport", "favorite_sport", "tennis"),
    ],
)
def test_the_thing_first(text: str, key: str, value: str) -> None:
    _check(text, key, value)
    _no_minted_key(text)


def test_a_replaced_favourite_is_the_speakers_not_the_things() -> None:
    text = "Kimchi has replaced burgers as my favourite food."
    assert not any(e != SPEAKER for e, _, _, _ in facts(text)), facts(text)
    assert not any("burger" in v.lower() for _, k, v, n in facts(text) if k == "favorite_food" and not n)


# -- allergies and conditions as nouns ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        ("I have a peanut allergy.", "allergies", "peanut"),
        ("i have a severe tree nut allergy", "allergies", "tree nut"),
        ("I've got a dairy allergy, so no cheese for me", "allergies", "dairy"),
        ("btw i have a bad latex allergy", "allergies", "latex"),
        ("I have cat allergies.", "allergies", "cat"),
        ("Wasp stings are a serious allergy for me.", "allergies", "wasp stings"),
        ("shellfish is my one allergy", "allergies", "shellfish"),
        ("Ibuprofen gives me a bad reaction.", "allergies", "ibuprofen"),
        ("codeine gives me a terrible reaction so i avoid it", "allergies", "codeine"),
        ("Strawberries give me hives.", "allergies", "strawberries"),
        ("I react badly to sulfa drugs.", "allergies", "sulfa drugs"),
        ("im alergic to cats", "allergies", "cats"),
        ("I'm allergik to penicillin", "allergies", "penicillin"),
        ("i'm super allergic to bee stings", "allergies", "bee stings"),
        ("I get hayfever every summer.", "health", "hay fever"),
        ("i get bad hay fever in may", "health", "hay fever"),
        ("I have hay fever.", "health", "hay fever"),
        ("I get migraines a lot.", "health", "migraines"),
        ("i get cluster headaches", "health", "cluster headaches"),
        ("I've suffered from eczema since I was a kid.", "health", "eczema"),
        ("I suffer with anxiety.", "health", "anxiety"),
    ],
)
def test_allergies_and_conditions(text: str, key: str, value: str) -> None:
    _check(text, key, value)
    expect_none(text, "possessions")


# -- describing oneself; goals ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        ("I would describe myself as pretty laid-back.", "personality", "laid-back"),
        ("id describe myself as super competitive", "personality", "competitive"),
        ("People say I'm really stubborn.", "personality", "stubborn"),
        ("my friends tell me i'm too impatient", "personality", "impatient"),
        ("Everyone says I'm very organized.", "personality", "organized"),
        ("I've been told I'm quite shy", "personality", "shy"),
        ("i'm a pretty introverted person", "personality", "introverted"),
        ("I'm naturally optimistic.", "personality", "optimistic"),
        ("I consider myself an extrovert.", "personality", "extrovert"),
        ("This month I'm trying to cut down on sugar.", "goals", "cut down on sugar"),
        ("im trying to quit smoking", "goals", "quit smoking"),
        ("I'm trying to save for a house.", "goals", "save for a house"),
        ("I'm working on getting fitter this year", "goals", "getting fitter"),
        ("i'm working on my spanish", "goals", "spanish"),
        ("I'm hoping to run a half marathon in the spring.", "goals", "half marathon"),
        ("we're trying to pay off our mortgage early", "goals", "pay off"),
        ("I've been trying to read more books", "goals", "read more"),
        ("My big goal for next year is to get out of debt.", "goals", "get out of debt"),
        ("my new years resolution is to floss every day", "goals", "floss every day"),
        ("my main aim at the moment is to learn to swim", "goals", "learn to swim"),
        ("im trying to get back into yoga", "goals", "get back into yoga"),
        ("My brother says I'm too competitive.", "personality", "competitive"),
        ("my go-to is an espresso", "favorite_drink", "espresso"),
    ],
)
def test_described_and_goals(text: str, key: str, value: str) -> None:
    _check(text, key, value)
    _no_minted_key(text)


# -- negatives ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("I'm exhausted today.", "mood"),
        ("im so sleepy right now", "mood"),
        ("kinda anxious this morning", "mood"),
        ("I'm a bit stressed tonight.", "mood"),
        ("I had a burrito for lunch today.", "event"),
        ("i had eggs for breakfast this morning", "event"),
        ("I had sushi for dinner yesterday.", "likes"),
        ("my doctor says no aspirin for me", "medications"),
        ("My sister is a nurse.", "role"),
        ("my dad is an electrician in leeds", "role"),
        ("My brother's degree is in physics.", "education"),
        ("My wife has a peanut allergy.", "allergies"),
        ("my son gets hay fever", "health"),
        ("People say my husband is stubborn.", "personality"),
        ("Is coffee a good go-to drink?", "favorite_drink"),
        ("what's the best book you've ever read", "favorite_book"),
        ("If I had a peanut allergy I'd be careful.", "allergies"),
        ("My friend is trying to lose weight.", "goals"),
        ("I'm trying to find my keys.", "goals"),
        ("I'm trying to get this spreadsheet to work.", "goals"),
        ("I'm working on a report right now.", "goals"),
        ("Can you describe me as organised in the bio?", "personality"),
        ("the best pizza in town is at Luigi's", "favorite_food"),
        ("My daughter's favourite drink is apple juice.", "favorite_drink"),
        ("Imagine I'm allergic to peanuts, what could I eat?", "allergies"),
        ("coffee is my first drink of the day", "favorite_drink"),
        ("My husband's goal is to run a marathon.", "goals"),
        ("Everyone says I'm a workaholic but I'm not.", "personality"),
        ("my mom thinks i'm lazy, but i don't agree", "personality"),
        ("People tell me I'm stubborn, but that's not true.", "personality"),
    ],
)
def test_nothing_standing(text: str, key: str) -> None:
    expect_none(text, key)


def test_a_medicine_avoided_is_not_one_taken() -> None:
    text = "I take warfarin, so no aspirin for me."
    _check(text, "medications", "warfarin")
    assert not any("aspirin" in v.lower() for v in [f[2] for f in mine(text, ("medications",), current=True)]), facts(
        text
    )


def test_a_relatives_job_is_not_the_speakers() -> None:
    for text in ("my brother is a dentist", "My mum is a teacher in Bristol."):
        expect_none(text, "role")
