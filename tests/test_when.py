"""Temporal phrase resolution against the turn time."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from spectron_core._extract._when import resolve

NOW = datetime(2025, 3, 12, 15, 0, tzinfo=timezone.utc)  # Wednesday


def d(*a: int) -> datetime:
    return datetime(*a, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("yesterday", d(2025, 3, 11)),
        ("last night", d(2025, 3, 11, 20)),
        ("this morning", d(2025, 3, 12, 8)),
        ("today", d(2025, 3, 12)),
        ("tomorrow", d(2025, 3, 13)),
        ("two days ago", d(2025, 3, 10)),
        ("3 weeks ago", d(2025, 2, 19)),
        ("a month ago", d(2025, 2, 12)),
        ("last week", d(2025, 3, 3)),
        ("next week", d(2025, 3, 17)),
        ("last month", d(2025, 2, 1)),
        ("last year", d(2024, 1, 1)),
        ("next Monday", d(2025, 3, 17)),
        ("last Friday", d(2025, 3, 7)),
        ("last summer", d(2024, 6, 1)),
        ("since January 2025", d(2025, 1, 1)),
        ("since March", d(2025, 3, 1)),
        ("in 2019", d(2019, 1, 1)),
        ("on 3 May 2023", d(2023, 5, 3)),
        ("May 7, 2023", d(2023, 5, 7)),
        ("2024-02-29", d(2024, 2, 29)),
    ],
)
def test_resolves(text, expected):
    m = resolve(f"It happened {text}.", NOW)
    assert m is not None and m.when == expected and m.problem is None


@pytest.mark.parametrize("text, problem", [
    ("on the 31st of February 2024", "invalid date"), ("2023-02-30", "invalid date"),
    ("back when I was young", "vague"), ("some time ago", "vague"), ("a while back", "vague"),
])
def test_unresolvable(text, problem):
    m = resolve(f"It was {text}.", NOW)
    assert m is not None and m.when is None and m.problem == problem


def test_relative_to_turn_time_not_clock():
    old = datetime(2019, 6, 5, 12, tzinfo=timezone.utc)
    assert resolve("yesterday", old).when == d(2019, 6, 4)


def test_no_phrase():
    assert resolve("I like tea.", NOW) is None


@pytest.mark.parametrize("text", ["i quit 99999 years ago", "i quit 99999999 days ago"])
def test_a_count_past_the_calendar_is_an_invalid_date(text: str) -> None:
    m = resolve(text, NOW)  # (raised OverflowError / ValueError out of the extractor)
    assert m is not None and m.when is None and m.problem == "invalid date"
