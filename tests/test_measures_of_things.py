"""The age, a measure or a state of a thing is a property of the thing, not a value of the speaker's (issue #10,
item 2).

"my car is 10 years old" after "I drive a Toyota Corolla" made the current vehicle "years old", superseding the
Corolla; "my bag is 7kg" and "my desk is 160cm wide" minted keys ``bag`` and ``desk``. A thing's age or size is
now left unread (``_clause_reader._MEASURE_OF_A_THING``), while the speaker's own weight, height, age and
commute, which are measures, are still read. So is how a thing is or where it is ("my car is blue", "my car is
parked outside", "my employer is hiring", "my job is killing me": ``_STATE_OF_A_THING``), which superseded the car,
the employer or the job. Every sentence was written for this file.
"""

from __future__ import annotations

import pytest

from spectron_core import Spectron
from tests.support import ALICE_SCOPE, at, expect, facts, mine, profile_values

THINGS_MEASURED = [
    "my car is 10 years old",
    "my phone is 3 years old, battery is dying",
    "my laptop is 2 years old now",
    "my bag is 7kg",
    "my suitcase is 23kg",
    "my desk is 160cm wide",
    "my flight is 3 hours long",
    "my tv is 55 inches",
    "My bike is about 12 kg.",
    "my fridge is like 20 years old lol",
    "my hard drive is 2 tb",
    "my car is a 10 year old",
    "my car is 10-years-old",
]


@pytest.mark.parametrize("text", THINGS_MEASURED)
def test_a_things_age_or_size_is_no_value(text: str) -> None:
    bad = [f for f in mine(text) if any(ch.isdigit() for ch in f[2]) or "old" in f[2].split() or "years" in f[2]]
    assert not bad, f"{text!r}: {facts(text)}"


@pytest.mark.parametrize(
    "text, key, value",
    [
        ("my car is a 10 year old civic", "vehicle", "civic"),
        ("my car is a five-year-old golf", "vehicle", "golf"),
        ("my weight is 70 kilos", "weight", "70"),
        ("my height is 180cm", "appearance", "180"),
        ("my age is 34", "age", "34"),
        ("my commute is 40 minutes", "commute", "40 minutes"),
        ("my budget is 2000", "budget", "2000"),
        ("my locker code is 4471", "locker_code", "4471"),
        ("my target weight is 70kg", "target_weight", "70"),
        ("my long run is 20 miles", "long_run", "20 miles"),
        ("my shifts are 12 hours", "shifts", "12 hours"),
    ],
)
def test_a_measure_of_the_speaker_or_a_thing_named_is_still_read(text: str, key: str, value: str) -> None:
    expect(text, key, value)


def test_a_cars_age_leaves_the_car_current(tmp_path) -> None:
    mem = Spectron(path=str(tmp_path / "store"))
    mem.remember("I drive a Toyota Corolla.", scope=ALICE_SCOPE, observed_at=at(0))
    mem.remember("my car is 10 years old, the clutch is going", scope=ALICE_SCOPE, observed_at=at(1))
    assert profile_values(mem, "vehicle") == ["toyota corolla"]
    mem.close()


THINGS_DESCRIBED = [
    ("my car is blue", "vehicle"),
    ("my car is parked round the corner", "vehicle"),
    ("ugh my car's a total mess", "vehicle"),
    ("my car is a lemon, honestly", "vehicle"),
    ("my phone is cracked again", "devices"),
    ("my phone is dead lol", "devices"),
    ("my laptop is a beast", "devices"),
    ("my employer is hiring", "employer"),
    ("my job is killing me", "role"),
    ("my job is stressing me out", "role"),
    ("my budget is tight this month", "budget"),
    ("my bike is bright red", "bike"),
]


@pytest.mark.parametrize("text, key", THINGS_DESCRIBED)
def test_how_a_thing_is_is_no_value_of_its_key(text: str, key: str) -> None:
    wrong = [f for f in mine(text, (key,)) if f[2] not in ("car", "phone", "laptop", "bike")]
    assert not wrong, f"{text!r}: {facts(text)}"


@pytest.mark.parametrize(
    "text, key, value",
    [
        ("my car is a ford", "vehicle", "ford"),
        ("my car is a blue mini", "vehicle", "blue mini"),
        ("my phone is a pixel 8", "devices", "pixel 8"),
        ("my employer is google", "employer", "google"),
        ("my job is nursing", "role", "nursing"),
        ("my job is teaching kids", "role", "teaching"),
    ],
)
def test_a_thing_named_after_my_x_is_is_still_read(text: str, key: str, value: str) -> None:
    expect(text, key, value)


@pytest.mark.parametrize(
    "first, later, key, kept",
    [
        ("I drive a Toyota Corolla.", "my car is blue, easy to spot in a car park", "vehicle", "toyota corolla"),
        ("I work at Initech.", "my employer is hiring, want me to refer you?", "employer", "initech"),
        ("I'm a pharmacist.", "my job is killing me this week", "role", "pharmacist"),
    ],
)
def test_a_state_of_a_thing_leaves_its_value_current(tmp_path, first: str, later: str, key: str, kept: str) -> None:
    mem = Spectron(path=str(tmp_path / "store"))
    mem.remember(first, scope=ALICE_SCOPE, observed_at=at(0))
    mem.remember(later, scope=ALICE_SCOPE, observed_at=at(1))
    assert profile_values(mem, key) == [kept]
    mem.close()
