"""Closing a session rebuilds exactly the other summaries it can have changed (``_write/_consolidate``).

A summary quotes its session's current facts, ranked by importance. A close rebuilds the summaries of the
sessions whose facts it ended (superseded, or closed with no successor) or promoted, and no other; what it
leaves must be what rebuilding every summary of the scope gives.
"""

from __future__ import annotations

from typing import Any

import pytest

from spectron_core._store._ids import stable_id
from spectron_core._write import _consolidate

ROSA = {"org": "lighthouse", "user": "rosa"}
TEO = {"org": "lighthouse", "user": "teo"}


def _summary(mem: Any, session_id: str) -> tuple[str, list[str]] | None:
    """(text, cited turns) of the session's active summary, or None."""
    mem.flush()
    cid = stable_id("chk", "summary", session_id)
    chunk = mem._engine.store.get([cid]).get(cid)
    if chunk is None or chunk.status != "active":
        return None
    return chunk.text, list(chunk.turn_ids)


def _summaries(mem: Any, session_ids: list[str]) -> dict[str, tuple[str, list[str]] | None]:
    return {sid: _summary(mem, sid) for sid in session_ids}


def _said(mem: Any, scope: dict[str, str], *texts: str) -> str:
    """Open a session at ``scope``, say ``texts`` in it, close it; returns its id."""
    session = mem.sessions.create(scope=scope)
    for text in texts:
        session.remember(text)
    session.close()
    return str(session.id)


GOALS = {  # context facts of equal importance, each with a second phrasing of the same value
    "learn to play the harp": ("i want to learn to play the harp", "I'd love to learn to play the harp."),
    "learn to sail": ("i want to learn to sail", "I'd love to learn to sail."),
}


def _quoted_order(mem: Any, session_id: str) -> list[str]:
    """The values of ``GOALS`` in the order the session's summary quotes them."""
    text = _summary(mem, session_id)
    assert text is not None
    return sorted(GOALS, key=text[0].index)


class _Spy:
    """Records the session ids each ``refresh_summaries`` call of consolidation is given."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: list[set[str]] = []
        original = _consolidate.refresh_summaries

        def spy(engine: Any, session_ids: set[str]) -> int:
            self.calls.append(set(session_ids))
            return original(engine, session_ids)

        monkeypatch.setattr(_consolidate, "refresh_summaries", spy)

    @property
    def asked(self) -> set[str]:
        return set().union(*self.calls) if self.calls else set()


def test_gated_summaries_equal_a_full_rebuild(any_mem: Any) -> None:
    """Statements, changes of single-valued keys, a negation with no successor, a fact promoted across
    overlapping sessions, and a forget: every summary left equals what rebuilding them all gives."""
    mem = any_mem
    ids = [
        _said(mem, ROSA, "I live in Valparaiso.", "i work at Brisa Ferries", "i own a blue kayak"),
        _said(mem, ROSA, "my favourite colour is amber", "I have a tortoise named Pebble."),
    ]
    early = mem.sessions.create(scope=ROSA)  # open before the goals below are first said: it will promote one
    ids.append(_said(mem, ROSA, *(first for first, _ in GOALS.values())))
    second = _quoted_order(mem, ids[-1])[1]
    ids.append(_said(mem, ROSA, "we relocated to santiago last spring", "My favorite colour is teal now."))
    early.remember(GOALS[second][1])
    early.close()
    ids.append(str(early.id))
    ids.append(_said(mem, ROSA, "i'm retired now", "I collect old postcards."))
    ids.append(_said(mem, ROSA, "I no longer live in Santiago.", "i speak basque"))
    mem.forget(query="tortoise Pebble", scope=ROSA)
    ids.append(_said(mem, ROSA, "i play the accordion", "My favourite colour is amber again."))

    gated = _summaries(mem, ids)
    assert sum(v is not None for v in gated.values()) >= 5
    _consolidate.refresh_summaries(mem._engine, set(ids))
    assert _summaries(mem, ids) == gated


def test_a_later_promotion_resorts_an_earlier_summary(mem: Any) -> None:
    """Two context facts of equal importance are quoted in id order; the one quoted second, said again in a
    session opened before it was first said, is promoted when that session closes and moves first."""
    later = mem.sessions.create(scope=ROSA)
    first = _said(mem, ROSA, *(said for said, _ in GOALS.values()))
    quoted = _quoted_order(mem, first)
    later.remember(GOALS[quoted[1]][1])
    later.close()

    assert _quoted_order(mem, first) == [quoted[1], quoted[0]]


def test_a_superseded_value_leaves_the_old_summary(mem: Any) -> None:
    first = _said(mem, ROSA, "I live in Valparaiso.", "i own a blue kayak")
    before = _summary(mem, first)
    assert before is not None and "Valparaiso" in before[0]

    _said(mem, ROSA, "we moved to Antofagasta")

    after = _summary(mem, first)
    assert after is not None
    assert "Valparaiso" not in after[0] and "kayak" in after[0]


def test_a_value_closed_with_no_successor_leaves_the_old_summary(mem: Any) -> None:
    first = _said(mem, ROSA, "i work at Brisa Ferries", "I play the accordion.")
    before = _summary(mem, first)
    assert before is not None and "Brisa" in before[0]

    _said(mem, ROSA, "I'm retired these days.")

    after = _summary(mem, first)
    assert after is not None
    assert "Brisa" not in after[0] and "accordion" in after[0]


def test_a_session_the_close_did_not_touch_is_not_rebuilt(mem: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    home = _said(mem, ROSA, "I live in Valparaiso.")
    unrelated = _said(mem, ROSA, "i own a blue kayak", "My favourite colour is amber.")
    spy = _Spy(monkeypatch)
    written: list[str] = []
    original = _consolidate._write_summary

    def counted(engine: Any, session: Any, *args: Any) -> Any:
        written.append(session.id)
        return original(engine, session, *args)

    monkeypatch.setattr(_consolidate, "_write_summary", counted)

    closing = _said(mem, ROSA, "i just moved to Antofagasta")

    assert home in spy.asked
    assert unrelated not in spy.asked
    assert sorted(written) == sorted([home, closing])


def test_a_close_in_one_scope_never_rewrites_another_users_summaries(mem: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Teo says the same things as Rosa; Rosa's changes and repetitions rebuild none of Teo's summaries."""
    teo = [
        _said(mem, TEO, "I live in Valparaiso.", "i work at Brisa Ferries"),
        _said(mem, TEO, "i want to learn to play the harp", "i want to learn to sail"),
    ]
    rosa = _said(mem, ROSA, "I live in Valparaiso.", "i work at Brisa Ferries")
    teo_before = _summaries(mem, teo)
    spy = _Spy(monkeypatch)

    early = mem.sessions.create(scope=ROSA)
    _said(mem, ROSA, "i want to learn to play the harp", "we moved to Antofagasta")
    early.remember("I'd love to learn to play the harp.")
    early.remember("i'm retired now")
    early.close()

    assert rosa in spy.asked
    assert not spy.asked & set(teo)
    assert _summaries(mem, teo) == teo_before
    assert all(v is not None and "Valparaiso" in v[0] and "Brisa" in v[0] for v in [teo_before[teo[0]]])


def test_a_document_that_ends_a_chat_fact_rebuilds_the_summary_quoting_it(mem: Any) -> None:
    """A curated record at the user's own scope supersedes what she said; no session closes after it, so the
    ingest itself rebuilds the summary (a close rebuilds only what its own session changed)."""
    first = _said(mem, ROSA, "I live in Valparaiso.", "i own a blue kayak")
    before = _summary(mem, first)
    assert before is not None and "Valparaiso" in before[0]

    mem.documents.ingest("Rosa lives in Antofagasta.", title="tenant register", scope=ROSA)

    after = _summary(mem, first)
    assert after is not None
    assert "Valparaiso" not in after[0] and "kayak" in after[0]


def test_what_a_session_ended_is_noted_as_its_traces_record_it(mem: Any) -> None:
    """A session this engine opened notes the facts its writes end as they are applied; its decision traces
    (what a resumed or foreign session is read from) name the same ones."""
    _said(mem, ROSA, "I live in Valparaiso.", "i work at Brisa Ferries", "I'm single.")
    session = mem.sessions.create(scope=ROSA)
    session.remember("we moved to Antofagasta")  # supersedes
    session.remember("i'm retired now")  # closes with no successor
    session.remember("my fiance and i got married in june")  # supersedes
    engine = mem._engine
    noted = engine.sessions.ended_in(session.id)
    assert noted is not None
    mem.flush()
    from_traces = _consolidate._ended_in_traces(engine, session.id)

    def ended(ids: set[str]) -> set[str]:
        return {r.id for r in engine.store.get(sorted(ids)).values() if r.kind == "attribute" and not r.current}

    assert len(ended(noted)) >= 3
    assert ended(noted) == ended(from_traces)
    session.close()  # read from the traces now (the note was taken): the close still rebuilds


def test_a_session_resumed_by_another_engine_rebuilds_what_it_ended(tmp_path: Any) -> None:
    """The note lives in the engine that opened the session: a session resumed after the store is reopened
    is read from its decision traces, so what it ended before the restart still leaves the old summary."""
    from spectron_core import Spectron

    mem = Spectron(path=str(tmp_path))
    first = _said(mem, ROSA, "I live in Valparaiso.", "i own a blue kayak")
    session = mem.sessions.create(scope=ROSA, session_id="evening")
    session.remember("we moved to Antofagasta")
    mem.close()

    mem = Spectron(path=str(tmp_path))
    try:
        resumed = mem.sessions.create(scope=ROSA, session_id="evening")
        resumed.remember("I play the accordion.")
        resumed.close()
        after = _summary(mem, first)
        assert after is not None
        assert "Valparaiso" not in after[0] and "kayak" in after[0]
    finally:
        mem.close()
