"""A doer judged is how well the speaker does a thing, not their job (issue #10, item 2).

"i'm a terrible cook" made the job "terrible cook" and superseded the one the user has; "i'm a good driver" the
job "good driver". A poor judgement, or any judgement of what anyone does (cooking, driving, listening), is no
job; a good one of a trade keeps the trade without the praise ("i am a great chef" → chef). Every sentence was
written for this file.
"""

from __future__ import annotations

import pytest

from spectron_core import Spectron
from tests.support import ALICE_SCOPE, at, expect, facts, mine, profile_values

NO_JOB = [
    "i'm a terrible cook",
    "i'm the worst cook in my family",
    "honestly i'm a good driver",
    "i'm such a bad dancer",
    "i'm a decent cook i guess",
    "i'm a hopeless gardener, everything dies",
    "i'm a lousy texter, sorry",
    "i'm a really good listener",
    "i'm the best planner in the office",
    "i'm a fast typist",
]


@pytest.mark.parametrize("text", NO_JOB)
def test_a_judged_doer_is_no_job(text: str) -> None:
    assert not mine(text, ("role",)), facts(text)


@pytest.mark.parametrize(
    "text, key, value",
    [
        ("i am a great chef", "role", "chef"),
        ("i'm a really good software engineer at google", "role", "software engineer"),
        ("i am the best tour guide around", "role", "tour guide"),
        ("i am a great swimmer", "hobbies", "swimming"),
        ("i am an average male", "gender", "male"),
        ("i'm a pretty decent accountant", "role", "accountant"),
        ("i'm quite a good teacher", "role", "teacher"),
        ("i'm a lousy plumber, ask my customers", "role", "plumber"),
        ("i'm a good cook at a diner on route 9", "role", "cook"),
    ],
)
def test_what_a_judged_sentence_says_besides_is_read(text: str, key: str, value: str) -> None:
    expect(text, key, value)


def test_a_judged_doer_leaves_the_job_current(tmp_path) -> None:
    mem = Spectron(path=str(tmp_path / "store"))
    mem.remember("I'm a pharmacist at Boots.", scope=ALICE_SCOPE, observed_at=at(0))
    mem.remember("lol i'm a terrible cook, burnt the pasta again", scope=ALICE_SCOPE, observed_at=at(1))
    assert profile_values(mem, "role") == ["pharmacist"]
    mem.close()
