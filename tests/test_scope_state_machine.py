"""A hypothesis state machine over scopes (DESIGN §3): remember, ingest, recall, profile, history, lists,
forget and purge interleaved across random scopes, checked after every step against a model of the
visibility rule through every read path.

Every write carries a unique token. The model knows each token's scope and state (active, soft-forgotten,
purged) and, from the rule, which tokens a read at scope Q may return (active, R visible from Q) and which
a listing or a destructive call may touch (R within Q). Each read is checked both ways: nothing it returns
may be invisible or forgotten (soundness), and what it must show is there (completeness, for reads whose
result is exact: profile, history, documents, sessions, audit, and recall of one token by name). After a
purge, no file of the store folder may hold a purged token.

The default run is bounded (well under a minute); ``-m slow`` runs a longer one.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from spectron_core import Scope, ScopeError, Spectron

SCOPES = [
    {},
    {"org": "a"},
    {"org": "a", "user": "x"},
    {"org": "a", "user": "y"},
    {"org": "a", "user": "x", "agent": "p"},
    {"org": "b"},
    {"org": "b", "user": "x"},
]
ENTITIES = ["Project/pone", "Project/ptwo", "Project/pthree"]
scopes = st.sampled_from(SCOPES)
narrow_scopes = st.sampled_from([s for s in SCOPES if s])


def _token(n: int) -> str:
    """A unique word of fixed width (no token is part of another): ``qv`` + 4 letters + ``zx``."""
    letters = ""
    for _ in range(4):
        n, r = divmod(n, 26)
        letters += chr(ord("a") + r)
    return f"qv{letters}zx"


@dataclass
class Fact:
    token: str
    scope: Scope
    kind: str  # "turn" (remember text), "triple", "doc"
    entity: Optional[str] = None
    key: Optional[str] = None
    state: str = "active"  # "active", "forgotten", "purged"


@dataclass
class SessionModel:
    scope: Scope
    state: str = "active"


@dataclass
class Model:
    facts: list[Fact] = field(default_factory=list)
    sessions: list[SessionModel] = field(default_factory=list)

    def visible(self, q: Scope, kinds: Optional[set[str]] = None) -> list[Fact]:
        return [f for f in self.facts if f.state == "active" and f.scope.visible_from(q)
                and (kinds is None or f.kind in kinds)]

    def hidden_tokens(self, q: Scope) -> set[str]:
        """Tokens a read at ``q`` must never return."""
        return {f.token for f in self.facts if f.state != "active" or not f.scope.visible_from(q)}


class ScopeMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="spectron-sm-"))
        self.mem = Spectron(path=str(self.folder / "store"))
        self.model = Model()
        self.n = 0

    def teardown(self) -> None:
        self.mem.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def _next(self) -> str:
        self.n += 1
        return _token(self.n)

    # -- writes ---------------------------------------------------------------------------------------------
    @rule(scope=scopes)
    def remember_text(self, scope: dict[str, str]) -> None:
        tok = self._next()
        self.mem.remember(f"Note {tok} for later.", scope=scope)
        self.model.facts.append(Fact(tok, Scope(scope), "turn"))
        self.model.sessions.append(SessionModel(Scope(scope)))

    @rule(scope=scopes, entity=st.sampled_from(ENTITIES))
    def remember_triple(self, scope: dict[str, str], entity: str) -> None:
        tok = self._next()
        key = f"code_{tok}"
        self.mem.remember(triples=[(entity, key, tok)], scope=scope)
        self.model.facts.append(Fact(tok, Scope(scope), "triple", entity=entity, key=key))
        self.model.sessions.append(SessionModel(Scope(scope)))

    @rule(scope=scopes)
    def ingest(self, scope: dict[str, str]) -> None:
        tok = self._next()
        self.mem.documents.ingest(f"The archive label reads {tok}.", title=f"Doc {tok}", scope=scope)
        self.model.facts.append(Fact(tok, Scope(scope), "doc"))

    @rule(scope=scopes, purge=st.booleans())
    def forget_scope(self, scope: dict[str, str], purge: bool) -> None:
        q = Scope(scope)
        self.mem.forget(scope=scope, purge=purge)
        for f in self.model.facts:
            if f.scope.contains(q) and f.state != "purged":
                f.state = "purged" if purge else "forgotten"
        for s in self.model.sessions:
            if s.scope.contains(q) and s.state != "purged":
                s.state = "purged" if purge else "forgotten"
        if purge:
            self._check_files_clean()

    @rule(scope=scopes, entity=st.sampled_from(ENTITIES), purge=st.booleans())
    def forget_entity(self, scope: dict[str, str], entity: str, purge: bool) -> None:
        q = Scope(scope)
        self.mem.forget(entity=entity, scope=scope, purge=purge)
        for f in self.model.facts:
            if f.kind == "triple" and f.entity == entity and f.scope.contains(q) and f.state != "purged":
                f.state = "purged" if purge else "forgotten"
        if purge:
            self._check_files_clean()

    @rule(floor=narrow_scopes, other=scopes)
    def bound_client_is_confined(self, floor: dict[str, str], other: dict[str, str]) -> None:
        agent = self.mem.bound(floor)
        if Scope(other).within(Scope(floor)):
            return
        before = self.mem._engine.store.count()
        for call in (lambda: agent.forget(scope=other, purge=True), lambda: agent.recall("note", scope=other),
                     lambda: agent.remember("Note x.", scope=other), lambda: agent.profile(scope=other),
                     lambda: agent.sessions.list(other), lambda: agent.documents.list(scope=other)):
            with pytest.raises(ScopeError):
                call()
        assert self.mem._engine.store.count() == before

    # -- reads ----------------------------------------------------------------------------------------------
    @rule(scope=scopes)
    def recall_is_sound(self, scope: dict[str, str]) -> None:
        q = Scope(scope)
        hidden = self.model.hidden_tokens(q)
        items = self.mem.recall("note archive label code", scope=scope, top_k=50).items
        for item in items:
            assert Scope(item.scope).visible_from(q), (item.scope, scope)
            assert not [t for t in hidden if t in item.text], (item.text, scope)

    @precondition(lambda self: bool(self.model.facts))
    @rule(scope=scopes, pick=st.integers(min_value=0))
    def recall_one_token(self, scope: dict[str, str], pick: int) -> None:
        q = Scope(scope)
        fact = self.model.facts[pick % len(self.model.facts)]
        text = " ".join(i.text for i in self.mem.recall(fact.token, scope=scope, top_k=20).items)
        expected = fact.state == "active" and fact.scope.visible_from(q)
        assert (fact.token in text) == expected, (fact, scope)
        if self.mem.floor is None and q.depth():  # the same read through a client bound at q
            bound_text = " ".join(i.text for i in self.mem.bound(scope).recall(fact.token, top_k=20).items)
            assert (fact.token in bound_text) == expected

    @rule(scope=scopes)
    def profile_matches(self, scope: dict[str, str]) -> None:
        q = Scope(scope)
        prof = self.mem.profile(scope=scope)
        values = {f.value for group in (prof.static, prof.dynamic, prof.preferences, prof.knowledge) for f in group}
        for group in (prof.static, prof.dynamic, prof.preferences, prof.knowledge):
            for f in group:
                assert Scope(f.scope).visible_from(q)
        expected = {f.token for f in self.model.visible(q, {"triple"})}
        assert expected <= values
        assert not (values & self.model.hidden_tokens(q))

    @precondition(lambda self: any(f.kind == "triple" for f in self.model.facts))
    @rule(scope=scopes, pick=st.integers(min_value=0))
    def history_matches(self, scope: dict[str, str], pick: int) -> None:
        q = Scope(scope)
        triples = [f for f in self.model.facts if f.kind == "triple"]
        fact = triples[pick % len(triples)]
        got = [v.value for v in self.mem.history(fact.entity, fact.key, scope=scope)]
        assert got == ([fact.token] if fact.state == "active" and fact.scope.visible_from(q) else [])

    @rule(scope=scopes)
    def listings_match(self, scope: dict[str, str]) -> None:
        q = Scope(scope)
        within = [f for f in self.model.facts if f.scope.contains(q)]
        docs = {d.title for d in self.mem.documents.list(scope=scope, include_superseded=True)}
        assert docs == {f"Doc {f.token}" for f in within if f.kind == "doc" and f.state == "active"}
        listed = self.mem.sessions.list(scope)
        assert all(Scope(s.scope).contains(q) for s in listed)
        assert len(listed) == len([s for s in self.model.sessions if s.scope.contains(q) and s.state == "active"])
        hidden = self.model.hidden_tokens(q)
        for t in self.mem.traces(scope=scope, limit=1000):
            assert Scope(t.scope).contains(q)
            dump = t.model_dump_json()
            assert not [tok for tok in hidden if tok in dump], dump
        audit = " ".join(r.model_dump_json() for r in self.mem.audit(scope=scope))
        for f in within:
            if f.state == "forgotten":
                assert f.token in audit, f
            elif f.state == "purged":
                assert f.token not in audit, f

    # -- invariants -----------------------------------------------------------------------------------------
    def _check_files_clean(self) -> None:
        purged = [f.token for f in self.model.facts if f.state == "purged"]
        if not purged:
            return
        self.mem.flush()
        args = ["grep", "-rl", "-a", "-F"] + [x for t in purged for x in ("-e", t)] + [str(self.folder / "store")]
        out = subprocess.run(args, capture_output=True, text=True)
        assert out.stdout.split() == [], f"purged tokens still on disk in {out.stdout.split()}"

    @invariant()
    def listings_match_somewhere(self) -> None:
        """Every step also checks the listing reads at one scope (rotating), so a defect in them is found
        in a bounded run, not only when the listing rule happens to follow the right forget."""
        self.steps = getattr(self, "steps", 0) + 1
        self.listings_match(SCOPES[self.steps % len(SCOPES)])


COMMON: dict[str, Any] = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                                     HealthCheck.filter_too_much])


def test_scope_state_machine() -> None:
    """Bounded run for the default suite (about 200 steps, well under a minute). It does not shrink a failure
    (shrinking a stateful run can take minutes); the printed steps reproduce it, and ``-m slow`` shrinks."""
    ScopeMachine.TestCase.settings = settings(
        max_examples=8, stateful_step_count=25,
        phases=[Phase.explicit, Phase.reuse, Phase.generate], **COMMON)
    ScopeMachine.TestCase().runTest()


@pytest.mark.slow
def test_scope_state_machine_long() -> None:
    ScopeMachine.TestCase.settings = settings(max_examples=60, stateful_step_count=60, **COMMON)
    ScopeMachine.TestCase().runTest()
