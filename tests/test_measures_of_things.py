"""The age or a measure of a thing is a property of the thing, not a value of the speaker's (issue #10, item 2).

"my car is 10 years old" after "I drive a Toyota Corolla" made the current vehicle "years old", superseding the
Corolla; "my bag is 7kg" and "my desk is 160cm wide" minted keys ``bag`` and ``desk``. A thing's age or size is
now left unread (``_clause_reader._MEASURE_OF_A_THING``), while the speaker's own weight, height, age and
commute, which are measures, are still read. Every sentence was written for this file.
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
