"""Ranking stages added on top of fusion: query dates and the summary weight."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from spectron_core import RankingConfig
from spectron_core._recall._temporal import query_windows

NOW = datetime(2024, 3, 15, 12, 0, tzinfo=timezone.utc)
ALICE = {"org": "acme", "user": "alice"}


def utc(*a: int) -> datetime:
    return datetime(*a, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    "query, inside, outside",
    [
        ("What did Omar do on 25 May, 2022?", [utc(2022, 5, 25, 9), utc(2022, 5, 26), utc(2022, 6, 1)],
         [utc(2022, 5, 23), utc(2022, 6, 4), utc(2023, 5, 25)]),
        ("What did she start in December 2023?", [utc(2023, 12, 1), utc(2023, 12, 31), utc(2024, 1, 5)],
         [utc(2023, 11, 20), utc(2024, 1, 20)]),
        ("What happened on May 3, 2023?", [utc(2023, 5, 3), utc(2023, 5, 9)], [utc(2023, 4, 30)]),
        ("When did Priya go camping in June?", [utc(2023, 6, 27), utc(2021, 6, 2), utc(2023, 7, 3)],
         [utc(2023, 8, 1), utc(2023, 5, 20)]),
        ("How many times did she go to the beach in 2023?", [utc(2023, 1, 1), utc(2023, 12, 31)],
         [utc(2022, 12, 1), utc(2024, 2, 1)]),
        ("What did I do yesterday?", [utc(2024, 3, 14, 18)], [utc(2024, 3, 10), utc(2024, 2, 14)]),
        ("What did we discuss last week?", [utc(2024, 3, 5), utc(2024, 3, 12)], [utc(2024, 2, 20)]),
    ],
)
def test_query_windows(query, inside, outside):
    windows = query_windows(query, NOW)
    assert windows, query
    for when in inside:
        assert any(w.contains(when) for w in windows), (query, when)
    for when in outside:
        assert not any(w.contains(when) for w in windows), (query, when)


@pytest.mark.parametrize("query", ["What does Alice eat?", "May I ask what she likes?", "Who is in charge?", ""])
def test_queries_without_dates_name_no_window(query):
    assert query_windows(query, NOW) == []


def test_a_query_date_brings_that_days_turn_first(mem):
    """Two turns say the same words months apart; the query names the day of the second."""
    with mem.sessions.create(scope=ALICE) as s:
        s.remember("We had a picnic by the lake with the kids.", observed_at=utc(2023, 3, 4, 10))
    with mem.sessions.create(scope=ALICE) as s:
        s.remember("We had a picnic by the lake with my parents.", observed_at=utc(2023, 8, 19, 10))
    for day, expected in (("19 August, 2023", "parents"), ("4 March, 2023", "kids")):
        got = mem.recall(f"What did we do on {day}?", scope=ALICE, top_k=3)
        assert expected in got.items[0].text, (day, [i.text for i in got.items])
    plain = mem.recall("What did we do on 19 August, 2023?", scope=ALICE, top_k=3,
                       ranking=RankingConfig(use_dates=False))
    assert {i.id for i in plain.items}  # without the stage both turns are merely candidates


def test_summary_weight_keeps_summaries_below_the_turns_they_digest(mem):
    with mem.sessions.create(scope=ALICE) as s:
        s.remember("I prefer vegetarian food.")
        s.remember("I work at Acme as an engineer.")
    got = mem.recall("vegetarian food Acme engineer", scope=ALICE, top_k=10)
    kinds = [(i.kind, i.source.kind if i.source else None) for i in got.items]
    summary_rank = kinds.index(("chunk", "consolidation"))
    assert summary_rank > 0 and all(k != ("chunk", "consolidation") for k in kinds[:summary_rank])
    heavy = mem.recall("vegetarian food Acme engineer", scope=ALICE, top_k=10,
                       ranking=RankingConfig(summary_weight=5.0))
    assert (heavy.items[0].kind, heavy.items[0].source.kind) == ("chunk", "consolidation")
