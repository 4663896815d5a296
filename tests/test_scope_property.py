"""Property tests: what the store returns for a scope clause is exactly what the scope rule says.

Records (sessions in the meta collection, turns in the memory collection and the lexical index) are written
through the public write path at random scopes drawn from small alphabets, into ONE embedded store shared by
the module. For random query scopes, the Chroma ``where`` clauses (``visible_clause``/``within_clause``) and
the lexical index's SQL filter must return exactly the records :meth:`Scope.visible_from` /
:meth:`Scope.contains` allow — no sibling record, ever, and nothing missing.
"""

from __future__ import annotations

import itertools
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from spectron_core import Scope, Spectron
from spectron_core._store._where import visible_clause, within_clause

DIMS = ("org", "user", "agent")
VALUES = ("a", "b")  # shared across dimensions on purpose: {"org": "a"} is not {"user": "a"}
SHARED_WORD = "zebracorn"

scopes = st.fixed_dictionaries(
    {},
    optional={d: st.sampled_from(VALUES) for d in DIMS},
).map(Scope)


class World:
    """One store plus the ground truth of what was written into it (id -> scope)."""

    def __init__(self, path: str) -> None:
        self.mem = Spectron(path=path)
        self.store = self.mem._engine.store
        self.lexical = self.mem._engine.lexical
        self.turns: dict[str, Scope] = {}
        self.sessions: dict[str, Scope] = {}

    def write(self, scope: Scope) -> None:
        tag = uuid.uuid4().hex
        session = self.mem.sessions.create(scope, {"tag": tag})
        turn = session.add_turn("user", f"{SHARED_WORD} record {tag}")
        self.sessions[session.id] = scope
        self.turns[turn.id] = scope

    # -- what the store says --------------------------------------------------------------------------
    def chroma_ids(self, clause: dict, kinds: list[str] | None) -> list[str]:
        return [r.id for r in self.store.find(clause, kinds=kinds)]

    def lexical_ids(self, q: Scope, within_only: bool) -> list[str]:
        hits = self.lexical.search(SHARED_WORD, q, limit=100_000, kinds=["turn"], within_only=within_only)
        return [i for i, _ in hits]

    # -- what the rule says ---------------------------------------------------------------------------
    @staticmethod
    def expected(truth: dict[str, Scope], q: Scope, rule: str) -> set[str]:
        if rule == "visible":
            return {i for i, s in truth.items() if s.visible_from(q)}
        return {i for i, s in truth.items() if s.contains(q)}

    def check(self, q: Scope) -> None:
        for rule, clause, within_only in (
            ("visible", visible_clause(q), False),
            ("within", within_clause(q), True),
        ):
            want_turns = self.expected(self.turns, q, rule)
            want_sessions = self.expected(self.sessions, q, rule)

            got_turns = self.chroma_ids(clause, ["turn"])
            got_sessions = self.chroma_ids(clause, ["session"])
            got_all = self.chroma_ids(clause, None)
            got_lex = self.lexical_ids(q, within_only)

            for name, got, want in (
                ("chroma turns", got_turns, want_turns),
                ("chroma sessions", got_sessions, want_sessions),
                ("chroma both collections", got_all, want_turns | want_sessions),
                ("lexical", got_lex, want_turns),
            ):
                assert len(got) == len(set(got)), f"{name}: duplicate ids for {rule} {q}"
                leaked = set(got) - want
                missing = want - set(got)
                assert not leaked, f"{name}: {rule} {q.as_dict()} leaked {[self._scope_of(i) for i in leaked]}"
                assert not missing, f"{name}: {rule} {q.as_dict()} missed {[self._scope_of(i) for i in missing]}"

            # the security property, stated directly: no sibling ever appears
            for i in got_turns + got_lex + got_sessions:
                r = self._scope_of(i)
                assert r.contains(q) or (rule == "visible" and q.contains(r)), (rule, q, r)

    def _scope_of(self, record_id: str) -> Scope:
        return self.turns[record_id] if record_id in self.turns else self.sessions[record_id]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    return World(str(tmp_path_factory.mktemp("scope-property") / "store"))


ALL_SCOPES = [
    Scope({d: v for d, v in zip(DIMS, combo) if v is not None})
    for combo in itertools.product((None, *VALUES), repeat=len(DIMS))
]


def test_exhaustive_every_scope_against_every_scope(world: World) -> None:
    """Deterministic floor under the random test: one record at each of the 27 scopes, all 27 queries."""
    assert len(set(ALL_SCOPES)) == 27
    for s in ALL_SCOPES:
        world.write(s)
    for q in ALL_SCOPES:
        world.check(q)
    # sanity: the rule is not vacuous — a user-level query excludes siblings and sees ancestors
    q = Scope(org="a", user="a")
    assert world.expected(world.turns, q, "visible") != set(world.turns)
    assert any(s == Scope(org="a") for s in (world.turns[i] for i in world.expected(world.turns, q, "visible")))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(writes=st.lists(scopes, min_size=1, max_size=3), queries=st.lists(scopes, min_size=1, max_size=4))
def test_store_and_lexical_match_the_rule(world: World, writes: list[Scope], queries: list[Scope]) -> None:
    for s in writes:
        world.write(s)
    for q in queries:
        world.check(q)


def test_ground_truth_and_store_agree_on_totals(world: World) -> None:
    """Runs after the others in this module: every record written is in both Chroma and the lexical index."""
    world.write(Scope(org="b", user="b", agent="b"))
    assert set(world.chroma_ids(within_clause(Scope()), ["turn"])) == set(world.turns)
    assert set(world.lexical_ids(Scope(), within_only=False)) == set(world.turns)
    counts = world.store.count()
    assert counts["memory"] == counts["lexical"] == len(world.turns)
