"""What the speaker looks like (``spectron_core/_extract/_looks.py``): a described hair, eyes or beard said with "my"
in passing ("people stare at my rainbow hair"), a look said with "with" after a description ("i'm tall with red
hair"), and "my hair is …" only with words that describe.

Each group is one construction in several spellings, with negatives beside it: another person's hair, a thing for
hair, a past or changed look, a state that is no look, a wish. Every sentence was written for this file; none is
taken from a data set.

Decision written down here and in ``_looks.py``: ``appearance`` stays many-valued. Hair colour is one at a time in
fact, but chat names colour, length and curl together ("long red hair"), so two hair values that differ are not
necessarily a change; "i dyed my hair pink" adds the new colour and does not know the old one to close.
"""

from __future__ import annotations

import pytest

from tests.support import facts, mine


def _looks(text: str) -> list[str]:
    return sorted(v.casefold() for _, _, v, _ in mine(text, ("appearance",), current=True))


# -- "my" before a described hair, eyes or beard ---------------------------------------------------------------
@pytest.mark.parametrize(
    "text, values",
    [
        ("everyone at work stares at my rainbow hair", ["rainbow hair"]),
        ("My little sister is jealous of my long red hair and green eyes.", ["green eyes", "long red hair"]),
        ("lol the wind keeps messing up my curly brown hair", ["curly brown hair"]),
        ("the cold makes my grey beard itch", ["grey beard"]),
        ("this shirt matches my blue eyes , how about you ?", ["blue eyes"]),
        ("i think my short hair suits me", ["short hair"]),
    ],
)
def test_a_look_said_with_my_in_passing(text: str, values: list[str]) -> None:
    assert _looks(text) == values, facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "my hair dryer broke this morning",
        "my sister's red hair is gorgeous",
        "i miss my long hair",
        "i dyed my red hair black",
        "i used to love my curly hair",
        "your blue eyes are lovely",
        "my hair is a disaster today",
        "my hair is sweaty after the gym",
        "my eyes are tired",
        "my eyes are bluer than the sea",
        "i wish my hair were curly",
    ],
)
def test_no_look_from_anothers_a_thing_or_the_past(text: str) -> None:
    assert _looks(text) == [], facts(text)


# -- a look said with "with" after a description ---------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("i'm tall with red hair", "red hair"),
        ("I am a skinny guy with long blonde hair.", "long blonde hair"),
        ("im just an old lady with short grey hair lol", "short grey hair"),
        ("i am petite with big brown eyes , you ?", "big brown eyes"),
    ],
)
def test_a_look_said_with_with(text: str, value: str) -> None:
    assert value in _looks(text), facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "i am obsessed with blue hair",
        "i am in love with green eyes",
        "my brother is tall with red hair",
        "are you tall with red hair ?",
        "i am friends with a girl with pink hair",
    ],
)
def test_no_look_from_with_after_no_description_of_the_speaker(text: str) -> None:
    assert not any("hair" in v or "eyes" in v for v in _looks(text)), facts(text)


# -- "my hair is …" with describing words ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("my hair is long and wavy", "long wavy hair"),
        ("My eyes are hazel.", "hazel eyes"),
        ("my hair is silver now lol", "silver hair"),
    ],
)
def test_my_hair_is_a_look(text: str, value: str) -> None:
    assert _looks(text) == [value], facts(text)


# -- a look said first, before "and" with more about the speaker -----------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [("i am so overweight and really tired of it", "overweight"), ("I'm very tall and kind of shy.", "tall")],
)
def test_a_look_before_and(text: str, value: str) -> None:
    assert value in _looks(text), facts(text)


# -- the body said in passing: a pregnancy, a transplant (``health``) -------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("this chair is great for my pregnant belly", "pregnant"),
        ("i had a kidney transplant two years ago", "kidney transplant"),
        ("I got a liver transplant and feel new.", "liver transplant"),
        ("since my transplant i walk every day", "transplant"),
        ("had to have a lung transplant , but i am fine now", "lung transplant"),
        ("well i am lucky to have had a transplant", "transplant"),
    ],
)
def test_the_body_said_in_passing(text: str, value: str) -> None:
    healths = [v.casefold() for _, _, v, _ in mine(text, ("health",), current=True)]
    assert value in healths, facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "i need a kidney transplant",
        "my dad had a heart transplant",
        "i am waiting for my transplant",
        "my sister's pregnant belly is huge",
        "my dad just had a transplant",
        "is your pregnant belly sore ?",
    ],
)
def test_no_health_from_a_need_or_another(text: str) -> None:
    assert mine(text, ("health",), current=True) == [], facts(text)


# -- a look said by having it or by a haircut just had -----------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("i stand out by having bright green hair", "bright green hair"),
        ("just got a short haircut , feels weird lol", "short hair"),
        ("I tried a shaved haircut last week.", "shaved hair"),
    ],
)
def test_a_look_by_having_it_or_a_haircut(text: str, value: str) -> None:
    assert value in _looks(text), facts(text)


@pytest.mark.parametrize(
    "text", ["my son got a short haircut", "i dream of having long hair", "do you think having red hair is fun ?"]
)
def test_no_look_from_anothers_haircut_or_a_dream(text: str) -> None:
    assert _looks(text) == [], facts(text)


# -- a height in centimetres ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("i am 180cm tall", "180 cm tall"),
        ("I'm 172 cm.", "172 cm tall"),
        ("im 165 centimetres tall and have brown hair", "165 cm tall"),
    ],
)
def test_a_height_in_centimetres_keeps_its_number(text: str, value: str) -> None:
    assert value in _looks(text), f"{text!r}: {facts(text)}"


@pytest.mark.parametrize("text", ["i am 180 cm away from the door", "I'm 150 cm from the finish line"])
def test_a_distance_in_centimetres_is_no_height(text: str) -> None:
    assert not [v for v in _looks(text) if "cm" in v], f"{text!r}: {facts(text)}"
