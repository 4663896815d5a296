"""What one does for a living, said in more of the ways people say it in chat: why one works is no employer ("i
work to pay for school"), a job lost names the place it ended at, a layoff framing another clause is history, the
job said as a frame ("being a nurse, …"), by trade, by day, or as a bare label ("welder here", "mom of two,
teacher, runner").

Each construction is said in several spellings (lower-case chat, edited text, contractions, a time phrase), with
negatives beside it: questions, other people's jobs, wishes and negations put nothing on the speaker. Update pairs
say an old job, then a new one in other words, through the public client. Every sentence was written for this file.
"""

from __future__ import annotations

import pytest

from spectron_core import Spectron
from tests.support import check_supersession, facts, has, mine

WORK_KEYS = ("role", "employer")


def _check(text: str, key: str, value: str, negated: bool = False) -> None:
    assert has(text, key, value, negated), f"{text!r}: expected {key}~{value!r}, got {facts(text)}"


# -- why one works is not whom one works for -------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "i work to pay off my student loans",
        "I work just to cover the rent.",
        "working now to put money aside for college",
        "im working for money, nothing more",
        "i work for the paycheck honestly",
        "i wait tables for extra money",
    ],
)
def test_a_purpose_is_no_employer(text: str) -> None:
    assert not mine(text, ("employer",)), mine(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("i work at the pharmacy to pay for college", "pharmacy"),
        ("I work in a diner to support my kids.", "diner"),
        ("i work for money at the car wash", "car wash"),
    ],
)
def test_the_workplace_before_a_purpose_is_kept(text: str, value: str) -> None:
    _check(text, "employer", value)
