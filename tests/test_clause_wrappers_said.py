"""First-person clauses wrapped in another clause: a reason frame, a hedge, a place's relative clause.

Decisions (see ``spectron_core/_extract/_wrappers.py``): "that is why / which is why / that's probably why i …"
gives the reason for a fact the speaker states, so the clause after it is read as said (a hedge in front, "i guess
that's why i …", doubts the reason, not the clause). A relative "where i live / work / grew up / volunteer" after a
place named as the object of a preposition or of "visit" says that the place is the speaker's home, workplace or
hometown. "she's", "it's" typed as "she s", "it s" are the contraction. Questions, other people's clauses,
hypotheticals and a "where" after a time ("the age where i …") say nothing. Every sentence was written for this
file.
"""

from __future__ import annotations

import pytest

from tests.support import expect, expect_none, facts, mine


# -- a clause after a reason frame ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, key, value",
    [
        ("i guess that is why i am still single", "relationship_status", "single"),
        ("I suppose that's why I'm a vegetarian now.", "food_preference", "vegetarian"),
        ("haha i guess thats why i am a night owl", "personality", "night owl"),
        ("the rent is cheap there , which is probably why i live in ohio", "home", "ohio"),
        ("I hated the cold winters, that's partly why I moved to Arizona.", "home", "Arizona"),
        ("my dad fixed cars that is why i became a mechanic", "role", "mechanic"),
        ("i love the ocean which is why i live in san diego", "home", "san diego"),
        ("Numbers always made sense to me. That is exactly why I work as an accountant.", "role", "accountant"),
        ("lol and that is why i am divorced", "relationship_status", "divorced"),
        ("that is where i met my wife", "relationship_status", "married"),
        ("We went to a ski camp, that's how I met my husband.", "family", "husband"),
        ("i moved to paris in 2010 which is when i became a chef", "role", "chef"),
    ],
)
def test_a_clause_after_a_reason_frame_is_said(text: str, key: str, value: str) -> None:
    expect(text, key, value)


@pytest.mark.parametrize(
    "text, key, value",
    [
        ("i love the ocean which is why i live in san diego", "likes", "ocean"),
        ("my dad fixed cars that is why i became a mechanic", "role", "mechanic"),
    ],
)
def test_the_clause_before_a_reason_frame_is_still_read(text: str, key: str, value: str) -> None:
    expect(text, key, value)


@pytest.mark.parametrize(
    "text, key",
    [
        ("is that why you are single ?", "relationship_status"),
        ("that is why she lives in ohio", "home"),
        ("which is why my sister became a nurse", "role"),
        ("maybe that is why you live in texas", "home"),
        ("if i lived in ohio that is why i would be sad", "home"),
    ],
)
def test_a_reason_frame_about_someone_else_or_asked_says_nothing(text: str, key: str) -> None:
    expect_none(text, key)


# -- a relative "where i …" after a place ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, key, value",
    [
        ("you should come visit vermont where i live", "home", "vermont"),
        ("You should visit Oregon where I live, it is lovely.", "home", "Oregon"),
        ("it snows a lot in denver where i live", "home", "denver"),
        ("we have great pizza in chicago where we live", "home", "chicago"),
        ("they sell those at walmart where i work", "employer", "walmart"),
        ("I buy my lunch at the Corner Deli where I work.", "employer", "Corner Deli"),
        ("it was cold in maine where i grew up", "hometown", "maine"),
    ],
)
def test_a_place_with_where_i_live_or_work_is_the_speakers(text: str, key: str, value: str) -> None:
    expect(text, key, value)


@pytest.mark.parametrize(
    "text, key",
    [
        ("i have reached the age where i no longer care", "home"),
        ("we watch hockey where i live", "home"),
        ("do you ski in utah where you live ?", "home"),
        ("she works at a bank in boston where her sister lives", "home"),
        ("i want a job where i can work from home", "employer"),
        ("if i moved to spain where would i live ?", "home"),
        ("it is a time where i work a lot", "employer"),
    ],
)
def test_where_after_no_place_or_not_the_speaker_says_nothing(text: str, key: str) -> None:
    expect_none(text, key)


# -- a chat contraction typed as two words ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, key, value",
    [
        ("i ate mango today . it s my favorite .", "favorite_food", "mango"),
        ("that s why i am a vegan", "food_preference", "vegan"),
        ("lol i love purple , it s my favorite color", "favorite_color", "purple"),
    ],
)
def test_an_apostrophe_typed_as_a_space_is_the_contraction(text: str, key: str, value: str) -> None:
    expect(text, key, value)


def test_a_plural_s_is_not_a_contraction() -> None:
    assert not mine("what s yours ?", ("favorite_food",)), facts("what s yours ?")


# -- a clause after an aside that introduces it ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, key, value",
    [
        ("the worst part is that i am allergic to cats", "allergies", "cats"),
        ("The funny thing is I live in Paris.", "home", "Paris"),
        ("funny thing is i am a dentist lol", "role", "dentist"),
        ("the truth is i am divorced", "relationship_status", "divorced"),
        ("Truth is, I'm a vegan.", "food_preference", "vegan"),
        ("good thing i have a big backyard , my dogs love it", "possessions", "backyard"),
        ("It's a good thing I'm a nurse.", "role", "nurse"),
        ("the best part about my job is that i work from home", "work_arrangement", "home"),
        ("like i said i live in ohio", "home", "ohio"),
        ("Like I said before, I'm a teacher.", "role", "teacher"),
        ("as you know i am a plumber", "role", "plumber"),
        ("believe it or not i am a vegetarian", "food_preference", "vegetarian"),
    ],
)
def test_a_clause_after_an_aside_is_said(text: str, key: str, value: str) -> None:
    expect(text, key, value)


@pytest.mark.parametrize(
    "text, key",
    [
        ("the worst part is that she lives in ohio", "home"),
        ("the funny thing is you are a dentist", "role"),
        ("like you said you live in ohio", "home"),
        ("the best part is if i win i will move to paris", "home"),
        ("is the truth that i am a nurse ?", "role"),
    ],
)
def test_an_aside_before_someone_else_or_a_hypothetical_says_nothing(text: str, key: str) -> None:
    expect_none(text, key)


# -- a fact after a feeling about it ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, key, value",
    [
        ("i am glad i live near the beach", "home", "near"),
        ("I'm so grateful I have two kids.", "children", "two"),
        ("i love that i live near the beach", "home", "near"),
        ("im lucky i married my best friend", "relationship_status", "married"),
        ("I hate that I am allergic to dogs.", "allergies", "dogs"),
    ],
)
def test_a_fact_after_a_feeling_about_it_is_said(text: str, key: str, value: str) -> None:
    expect(text, key, value)


@pytest.mark.parametrize(
    "text, key",
    [
        ("i am glad you live near the beach", "home"),
        ("i would be glad if i lived near the beach", "home"),
        ("are you glad you live in ohio ?", "home"),
    ],
)
def test_a_feeling_about_someone_elses_fact_says_nothing(text: str, key: str) -> None:
    expect_none(text, key)


# -- a reason or a past time said after the main clause ------------------------------------------------------------
@pytest.mark.parametrize(
    "text, key, value",
    [
        ("it is pretty quiet out here as i live on a ranch", "home", "ranch"),
        ("That makes sense as I am a nurse myself.", "role", "nurse"),
        ("i stay fit since i play tennis every week", "sports", "tennis"),
        ("i buy a lot of fruit since i am a vegan", "food_preference", "vegan"),
        ("i got my first dog when i moved to texas", "home", "texas"),
        ("i took up knitting when i was recovering from my surgery", "hobbies", "knitting"),
    ],
)
def test_a_clause_after_as_since_or_a_past_when_is_said(text: str, key: str, value: str) -> None:
    expect(text, key, value)


def test_a_past_home_said_in_a_when_clause_is_a_past_home() -> None:
    expect("I learned to cook when I lived in Italy.", "home", "Italy", negated=True)


@pytest.mark.parametrize(
    "text, key",
    [
        ("i am not as tall as i am heavy", "appearance"),
        ("i want to leave as soon as i am a nurse", "role"),
        ("i will buy a house when i live in texas", "home"),
        ("i have been working since i was a teen", "role"),
        ("call me when you move to texas", "home"),
        ("i get grumpy when i am a passenger", "role"),
    ],
)
def test_a_comparison_a_future_or_a_habit_after_when_says_nothing(text: str, key: str) -> None:
    expect_none(text, key)


# -- a thing, then a relative clause saying the speaker loves it -----------------------------------------------------
@pytest.mark.parametrize(
    "text, key, value",
    [
        ("i got sunburnt at the lake playing volleyball which i love", "hobbies", "volleyball"),
        ("My aunt makes great lasagna, which I adore.", "likes", "lasagna"),
        ("we spent the day hiking which i really enjoy", "hobbies", "hiking"),
    ],
)
def test_a_relative_which_i_love_after_a_thing_is_a_taste(text: str, key: str, value: str) -> None:
    expect(text, key, value)


@pytest.mark.parametrize(
    "text, key",
    [
        ("my sister plays volleyball which she loves", "hobbies"),
        ("do you like lasagna which i love ?", "__none__"),
    ],
)
def test_a_relative_about_someone_else_says_nothing(text: str, key: str) -> None:
    expect_none(text, key)


# -- the speaker described by a relative clause ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, key, value",
    [
        ("yes i am a proud texan who loves bbq", "likes", "bbq"),
        ("im just a guy who has three dogs", "pets", "dog"),
        ("I am a retired nurse who lives in Ohio.", "home", "Ohio"),
        ("i am the kind of person who enjoys hiking", "hobbies", "hiking"),
        ("i'm a mom who teaches yoga", "role", "yoga"),
    ],
)
def test_a_relative_clause_about_the_speaker_is_said(text: str, key: str, value: str) -> None:
    expect(text, key, value)


@pytest.mark.parametrize(
    "text, key",
    [
        ("i am married to a man who loves fishing", "hobbies"),
        ("i am a big fan of a band that plays jazz", "instruments"),
        ("i know a girl who lives in ohio", "home"),
        ("are you a guy who has dogs ?", "pets"),
    ],
)
def test_a_relative_clause_about_someone_else_says_nothing(text: str, key: str) -> None:
    expect_none(text, key)


# -- the speaker's own question, then a short answer leaning on it --------------------------------------------------
@pytest.mark.parametrize(
    "text, key, value",
    [
        ("does your family like to travel ? i do", "hobbies", "travel"),
        ("Does your husband enjoy fishing? I do.", "hobbies", "fishing"),
        ("do you live in the city ? i do", "home", "city"),
        ("Do you work at a hospital? I do.", "employer", "hospital"),
        ("have you ever tried sushi ? it is my favourite food", "favorite_food", "sushi"),
        ("Have you seen Jaws? It's my favorite movie!", "favorite_movie", "Jaws"),
        ("ever heard of the killers ? they are my favorite band", "favorite_music", "killers"),
    ],
)
def test_a_short_answer_to_the_speakers_own_question_is_said(text: str, key: str, value: str) -> None:
    expect(text, key, value)


@pytest.mark.parametrize(
    "text, key",
    [
        ("do you live in the city ? i do not", "home"),
        ("does your family like to travel ? they do", "hobbies"),
        ("do you think so ? i do", "__none__"),
        ("have you seen my dog ? he is my favorite", "favorite_movie"),
    ],
)
def test_a_short_answer_that_is_no_or_about_others_says_nothing(text: str, key: str) -> None:
    expect_none(text, key)


@pytest.mark.parametrize(
    "text, key, value",
    [
        ("knitting is what i am into these days", "hobbies", "knitting"),
        ("Pottery is what I'm into.", "likes", "pottery"),
        ("running is what i am obsessed with lately", "hobbies", "running"),
    ],
)
def test_a_thing_named_before_what_i_am_into_is_a_taste(text: str, key: str, value: str) -> None:
    expect(text, key, value)


def test_what_someone_else_is_into_says_nothing() -> None:
    expect_none("knitting is what she is into", "hobbies")


# -- "as a <what the speaker is>, i …" -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, key, value",
    [
        ("as a vegan i do not eat cheese", "food_preference", "vegan"),
        ("As a mother of two, I never get enough sleep.", "children", "two"),
        ("lol as a pharmacist i hear that a lot", "role", "pharmacist"),
        ("i love it , as a woman i feel safer there", "gender", "female"),
    ],
)
def test_as_a_role_before_the_speakers_clause_says_what_they_are(text: str, key: str, value: str) -> None:
    expect(text, key, value)


@pytest.mark.parametrize(
    "text, key",
    [
        ("as a kid i wanted to be a pilot", "role"),
        ("As a teenager, I was a lifeguard.", "role"),
        ("as a hobby i paint birds", "role"),
        ("as a nurse , she works nights", "role"),
        ("as a result i am a vegan now", "role"),
    ],
)
def test_as_a_time_of_life_or_someone_else_says_nothing_of_the_speaker_now(text: str, key: str) -> None:
    expect_none(text, key)
