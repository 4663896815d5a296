"""Temporal precedence on single-valued keys: the newest statement is current unless it dates itself before
an explicitly dated current value, or it was said earlier than the current value (an out-of-order replay)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from spectron_core import Spectron

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=timezone.utc)
ALICE = {"org": "acme", "user": "alice"}


def _homes(mem: Spectron) -> list[str]:
    return [f.value for f in mem.profile(scope=ALICE).static if f.key == "home"]


@pytest.mark.parametrize("first, second, new", [
    ("I live in Lisbon.", "I moved to Porto last month.", "Porto"),
    ("I live in Lisbon.", "Last week I moved to Porto.", "Porto"),
    ("I live in Lisbon.", "I moved to Porto two weeks ago.", "Porto"),
    ("i live in lisbon", "i moved to porto last month", "porto"),
])
def test_a_self_dated_change_after_an_undated_value_becomes_current(mem: Spectron, first: str, second: str,
                                                                     new: str) -> None:
    mem.remember(first, scope=ALICE, observed_at=T0)
    mem.remember(second, scope=ALICE, observed_at=T0 + timedelta(days=1))
    assert [h.lower() for h in _homes(mem)] == [new.lower()]
    chain = mem.history("Person/alice", "home", scope=ALICE)
    assert [v.value.lower() for v in chain][-1] == new.lower()
    assert len(chain) == 2 and chain[0].valid_until is not None and chain[-1].valid_until is None


def test_an_explicitly_earlier_date_goes_into_history(mem: Spectron) -> None:
    mem.remember("I moved to Paris in March 2021.", scope=ALICE, observed_at=T0)
    mem.remember("I moved to Rome in June 2019.", scope=ALICE, observed_at=T0 + timedelta(days=1))
    assert _homes(mem) == ["Paris"]
    chain = mem.history("Person/alice", "home", scope=ALICE)
    assert {v.value for v in chain} == {"Paris", "Rome"}
    rome = next(v for v in chain if v.value == "Rome")
    assert rome.valid_until is not None


def test_an_older_statement_replayed_late_does_not_take_over(mem: Spectron) -> None:
    # A migration replays memories out of order: what was said in January must not replace what was said
    # in March, whichever is written first.
    mem.remember("I live in Denver.", scope=ALICE, observed_at=T0)
    mem.remember("I live in Austin.", scope=ALICE, observed_at=T0 - timedelta(days=60))
    assert _homes(mem) == ["Denver"]
    assert {v.value for v in mem.history("Person/alice", "home", scope=ALICE)} == {"Denver", "Austin"}


def test_newest_wins_for_plain_restatements(mem: Spectron) -> None:
    mem.remember("I live in Lisbon.", scope=ALICE, observed_at=T0)
    mem.remember("I live in Madrid.", scope=ALICE, observed_at=T0 + timedelta(hours=3))
    mem.remember("I live in Berlin.", scope=ALICE, observed_at=T0 + timedelta(days=2))
    assert _homes(mem) == ["Berlin"]
    assert [v.value for v in mem.history("Person/alice", "home", scope=ALICE)] == ["Lisbon", "Madrid", "Berlin"]
