"""Bad input is refused with the exact typed error before the first store call, so nothing is written
(argument errors are checked before any write; see ``spectron_core/_errors.py`` for what other errors mean)."""

from __future__ import annotations

from datetime import datetime

import pytest

from spectron_core import ScopeError, ValidationError

ALICE = {"org": "acme", "user": "alice"}
FIVE_MB = "x" * (5 * 1024 * 1024)


def rows(mem):
    return mem._engine.store.count()


def raises_exactly(exc_type, fn):
    """Run fn, require exactly exc_type (not a subclass, not a parent)."""
    with pytest.raises(Exception) as info:
        fn()
    assert type(info.value) is exc_type, f"expected {exc_type.__name__}, got {type(info.value).__name__}: {info.value}"
    return info.value


# -- scopes ------------------------------------------------------------------------------------------------------

BAD_SCOPES = [
    pytest.param({"Org": "acme"}, id="bad-dimension"),
    pytest.param({"org": ""}, id="empty-value"),
    pytest.param({"org": 7}, id="int-value"),
    pytest.param({"org": "x" * 257}, id="long-value"),
    pytest.param({f"d{i}": "v" for i in range(9)}, id="too-many-dims"),
    pytest.param("acme", id="string"),
    pytest.param(["org", "acme"], id="list"),
]


@pytest.mark.parametrize("scope", BAD_SCOPES)
def test_bad_scopes_raise_scope_error_and_write_nothing(mem, scope):
    before = rows(mem)
    calls = [
        lambda: mem.sessions.create(scope=scope),
        lambda: mem.sessions.list(scope),
        lambda: mem.remember(triples=[("Person/alice", "food_preference", "fish")], scope=scope),
        lambda: mem.remember("I like tea.", scope=scope),
        lambda: mem.history("Person/alice", "food_preference", scope=scope),
        lambda: mem.recall("tea", scope=scope),
        lambda: mem.forget(scope=scope),
        lambda: mem.bound(scope),
    ]
    for call in calls:
        raises_exactly(ScopeError, call)
    assert rows(mem) == before


# -- turns -------------------------------------------------------------------------------------------------------

BAD_TURNS = [
    pytest.param(dict(role="user", content=""), id="empty-text"),
    pytest.param(dict(role="user", content="  \n\t "), id="whitespace-text"),
    pytest.param(dict(role="user", content=123), id="int-text"),
    pytest.param(dict(role="user", content=None), id="none-text"),
    pytest.param(dict(role="user", content=b"bytes"), id="bytes-text"),
    pytest.param(dict(role="user", content=["a list"]), id="list-text"),
    pytest.param(dict(role="user", content=FIVE_MB), id="5MB-text"),
    pytest.param(dict(role="user", content="nul \x00 inside"), id="nul-text"),
    pytest.param(dict(role="robot", content="hi"), id="invalid-role"),
    pytest.param(dict(role="User", content="hi"), id="role-wrong-case"),
    pytest.param(dict(role=None, content="hi"), id="none-role"),
    pytest.param(dict(role="user", content="hi", observed_at="yesterday-ish"), id="observed-at-unknown-format"),
    pytest.param(dict(role="user", content="hi", observed_at="2025-13-45T99:00:00Z"), id="observed-at-impossible"),
    pytest.param(dict(role="user", content="hi", observed_at=""), id="observed-at-empty"),
    pytest.param(dict(role="user", content="hi", observed_at=datetime(2025, 1, 1, 9, 0)), id="naive-datetime"),
    pytest.param(dict(role="user", content="hi", observed_at="2025-01-01T09:00:00"), id="naive-iso-string"),
    pytest.param(dict(role="user", content="hi", observed_at=True), id="bool-time"),
    pytest.param(dict(role="user", content="hi", observed_at=1e20), id="timestamp-out-of-range"),
    pytest.param(dict(role="user", content="hi", observed_at=[2025, 1, 1]), id="list-time"),
    pytest.param(dict(role="user", content="hi", metadata={"x": object()}), id="metadata-not-json"),
    pytest.param(dict(role="user", content="hi", metadata={1: "x"}), id="metadata-int-key"),
    pytest.param(dict(role="user", content="hi", metadata=["not", "a", "mapping"]), id="metadata-not-mapping"),
]


@pytest.mark.parametrize("kwargs", BAD_TURNS)
def test_bad_turns_raise_validation_error_and_write_nothing(mem, kwargs):
    s = mem.sessions.create(scope=ALICE)
    before = rows(mem)
    raises_exactly(ValidationError, lambda: s.add_turn(**kwargs))
    text, role = kwargs["content"], kwargs["role"]
    extra = {k: v for k, v in kwargs.items() if k in ("observed_at", "metadata")}
    raises_exactly(ValidationError, lambda: s.remember(text, role=role, **extra))
    raises_exactly(ValidationError, lambda: s.remember_many([{"role": role, "content": text, **extra}]))
    assert rows(mem) == before
    assert s.turns() == []


def _implicit_offenders(mem, cases, call):
    """Run each refused call through ``mem.remember`` (implicit session); return the cases that wrote rows."""
    offenders = []
    for case in cases:
        before = rows(mem)
        raises_exactly(ValidationError, lambda: call(case.values[0]))
        if rows(mem) != before:
            offenders.append(case.id)
    return offenders


def test_bad_turns_through_the_implicit_session_write_nothing(mem):
    """``mem.remember`` opens an implicit session: a refused call must not leave that session behind.

    BUG (spectron_core/_client.py, Spectron.remember): the implicit session is created (a meta row is
    written) before the arguments are validated, so every refused call leaves an empty closed session."""

    def call(kw):
        extra = {k: v for k, v in kw.items() if k in ("observed_at", "metadata")}
        return mem.remember(kw["content"], role=kw["role"], scope=ALICE, **extra)

    offenders = _implicit_offenders(mem, BAD_TURNS, call)
    assert offenders == [], f"refused remember() calls that still wrote a session: {offenders}"
    assert mem.sessions.list(ALICE) == []


def test_good_time_formats_are_accepted(mem):
    s = mem.sessions.create(scope=ALICE)
    for i, when in enumerate(["2025-01-01", "2025-01-01T09:00:00Z", "2025-01-01T09:00:00+02:00", 1735722000,
                              1735722000.5]):
        t = s.add_turn("user", f"turn {i}", observed_at=when)
        assert t.observed_at.tzinfo is not None
    assert len(s.turns()) == 5


def test_text_at_the_limit_is_accepted(mem):
    from spectron_core._validate import MAX_TEXT_CHARS

    s = mem.sessions.create(scope=ALICE)
    t = s.add_turn("user", "y" * MAX_TEXT_CHARS)
    assert len(t.content) == MAX_TEXT_CHARS
    raises_exactly(ValidationError, lambda: s.add_turn("user", "y" * (MAX_TEXT_CHARS + 1)))


# -- session metadata --------------------------------------------------------------------------------------------

BAD_METADATA = [
    pytest.param({"x": object()}, id="object-value"),
    pytest.param({"x": {1, 2}}, id="set-value"),
    pytest.param({"x": b"bytes"}, id="bytes-value"),
    pytest.param({1: "x"}, id="int-key"),
    pytest.param("not a mapping", id="string"),
    pytest.param([("a", 1)], id="list-of-pairs"),
]


@pytest.mark.parametrize("metadata", BAD_METADATA)
def test_bad_session_metadata_raises_validation_error(mem, metadata):
    before = rows(mem)
    raises_exactly(ValidationError, lambda: mem.sessions.create(scope=ALICE, metadata=metadata))
    assert rows(mem) == before
    assert mem.sessions.list(ALICE) == []


# -- triples -----------------------------------------------------------------------------------------------------

BAD_TRIPLES = [
    pytest.param([("Person/alice", "food_preference", "")], id="empty-value"),
    pytest.param([("Person/alice", "food_preference", "   ")], id="whitespace-value"),
    pytest.param([("", "food_preference", "fish")], id="empty-entity"),
    pytest.param([("Person/alice", "", "fish")], id="empty-key"),
    pytest.param([("Person/alice", "food preference!", "fish")], id="bad-key"),
    pytest.param([("Person/alice", "food_preference")], id="arity-2"),
    pytest.param([("Person/alice", "food_preference", "fish", "extra")], id="arity-4"),
    pytest.param([("Person/alice", "food_preference", 3)], id="non-string-value"),
    pytest.param([("Person/alice", None, "fish")], id="none-key"),
    pytest.param([], id="empty-list"),
    pytest.param("Person/alice food_preference fish", id="string-not-list"),
    pytest.param(("Person/alice", "food_preference", "fish"), id="bare-triple-not-list"),
    pytest.param({"Person/alice": ("food_preference", "fish")}, id="dict"),
    pytest.param(42, id="int"),
    pytest.param([("Person/alice", "food_preference", "fish"), ("Person/alice", "pets")], id="one-bad-among-good"),
    pytest.param([("Person/alice", "food_preference", "z" * 2001)], id="value-too-long"),
    pytest.param([("person!/alice", "food_preference", "fish")], id="bad-entity-type"),
]


@pytest.mark.parametrize("triples", BAD_TRIPLES)
def test_bad_triples_raise_validation_error_and_write_nothing(mem, triples):
    s = mem.sessions.create(scope=ALICE)
    before = rows(mem)
    raises_exactly(ValidationError, lambda: s.remember(triples=triples))
    raises_exactly(ValidationError, lambda: s.remember("I like tea.", triples=triples))
    assert rows(mem) == before
    assert s.turns() == []
    assert mem.history("Person/alice", "food_preference", scope=ALICE) == []


def test_bad_triples_through_the_implicit_session_write_nothing(mem):
    """Same bug as above, through ``mem.remember(triples=...)``."""
    offenders = _implicit_offenders(mem, BAD_TRIPLES, lambda t: mem.remember(triples=t, scope=ALICE))
    assert offenders == [], f"refused remember(triples=...) calls that still wrote a session: {offenders}"
    assert mem.sessions.list(ALICE) == []


def test_remember_needs_something_and_a_valid_infer(mem):
    s = mem.sessions.create(scope=ALICE)
    before = rows(mem)
    raises_exactly(ValidationError, lambda: s.remember())
    raises_exactly(ValidationError, lambda: s.remember("hello", infer="maybe"))
    raises_exactly(ValidationError, lambda: s.remember_many("not a list"))
    raises_exactly(ValidationError, lambda: s.remember_many([{"role": "user"}]))
    # one bad message refuses the whole batch
    raises_exactly(ValidationError, lambda: s.remember_many(["fine", "", "also fine"]))
    assert rows(mem) == before


def test_read_side_validation(mem):
    for call in (
        lambda: mem.history("Person/alice", "", scope=ALICE),
        lambda: mem.history("", "food_preference", scope=ALICE),
        lambda: mem.recall("", scope=ALICE),
        lambda: mem.recall("tea", top_k=0, scope=ALICE),
        lambda: mem.recall("tea", top_k="5", scope=ALICE),
        lambda: mem.recall("tea", categories=["nonsense"], scope=ALICE),
        lambda: mem.recall("tea", as_of="yesterday-ish", scope=ALICE),
    ):
        raises_exactly(ValidationError, call)


def test_error_hierarchy():
    from spectron_core import NotFoundError, SpectronError

    assert issubclass(ValidationError, SpectronError) and issubclass(ValidationError, ValueError)
    assert issubclass(ScopeError, ValidationError)
    assert issubclass(NotFoundError, SpectronError) and issubclass(NotFoundError, KeyError)
