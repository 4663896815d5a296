"""A hypothesis state machine over scopes (the visibility rules of ``spectron_core/_scope.py``): remember,
ingest, store puts, recall, profile, history, lists, forget and purge interleaved across random scopes,
checked after every step against a model of the visibility rule through every read path: the core API and
every adapter of ``spectron_integrations``.

Every write carries a unique token. The model knows each token's scope and state (active, soft-forgotten,
purged) and, from the rule, which tokens a read at scope Q may return (active, R visible from Q) and which
a listing or a destructive call may touch (R within Q). Each read is checked both ways: nothing it returns
may be invisible or forgotten (soundness), and what it must show is there (completeness, for reads whose
result is exact: profile, history, documents, sessions, audit, and recall of one token by name). After a
purge, no file of the store folder may hold a purged token.

Every read is made twice over: through the core API, and through each adapter an application would hand an
agent at that scope (:class:`AdapterReads` says which adapter covers which scopes, and how each is built).
A defect that widens an adapter's scope shows up as a foreign token in its answer. Text is written through
the core or, drawn per write, an adapter's write path (:func:`remember_through`), and store items through
the LangGraph store, so a write that lands at the wrong scope shows too.

The default run is bounded (well under a minute); ``-m slow`` runs a longer one.
"""

from __future__ import annotations

import asyncio
import json
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from langchain.agents import create_agent
from langchain_core.messages import HumanMessage
from llama_index.core.base.llms.types import ChatMessage

from spectron_core import Scope, ScopeError, Spectron
from spectron_integrations import langchain as lc
from spectron_integrations import llama_index as li
from spectron_integrations.mem0 import Memory as Mem0Memory
from tests.integrations._langchain_support import scripted, system_text

SCOPES = [
    {},
    {"org": "a"},
    {"org": "a", "user": "x"},
    {"org": "a", "user": "y"},
    {"org": "a", "user": "x", "agent": "p"},
    {"org": "b"},
    {"org": "b", "user": "x"},
    # Scopes without an org: the only ones Mem0's user_id/agent_id can name. {user: x} is an ancestor of
    # {org: a, user: x} and {org: b, user: x}, so a read there sees across orgs, but only x's records.
    {"user": "x"},
    {"user": "y"},
    {"user": "x", "agent": "p"},
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
    kind: str  # "turn" (remember text), "triple", "doc", "item" (a LangGraph store item)
    entity: str | None = None
    key: str | None = None
    state: str = "active"  # "active", "forgotten", "purged"


@dataclass
class SessionModel:
    scope: Scope
    state: str = "active"


@dataclass
class Model:
    facts: list[Fact] = field(default_factory=list)
    sessions: list[SessionModel] = field(default_factory=list)

    def visible(self, q: Scope, kinds: set[str] | None = None) -> list[Fact]:
        return [f for f in self.facts if f.state == "active" and f.scope.visible_from(q)
                and (kinds is None or f.kind in kinds)]

    def hidden_tokens(self, q: Scope) -> set[str]:
        """Tokens a read at ``q`` must never return."""
        return {f.token for f in self.facts if f.state != "active" or not f.scope.visible_from(q)}


MEM0_IDS = {"user": "user_id", "agent": "agent_id", "run": "run_id"}
"""Mem0's id arguments by the scope dimension they map to (``spectron_integrations.mem0._mapping``)."""


def leaked(text: str, hidden: set[str]) -> list[str]:
    """The tokens of ``hidden`` that ``text`` shows (a read at a scope that must not see them)."""
    return [t for t in hidden if t in text]


def mem0_ids(scope: Scope) -> dict[str, str] | None:
    """The Mem0 id arguments naming ``scope``, or ``None`` when Mem0 cannot name it: it has no org id and needs
    at least one id, so only non-empty scopes over user/agent/run."""
    if scope and all(d in MEM0_IDS for d in scope):
        return {MEM0_IDS[d]: v for d, v in scope.items()}
    return None


def namespace_of(scope: Scope) -> tuple[str, ...]:
    """A scope as the LangGraph namespace naming it: dimension/value pairs in canonical order."""
    return tuple(label for dim, value in scope.items() for label in (dim, value))


def item_namespace(scope: Scope) -> tuple[str, ...]:
    """Where the machine puts a store item written at ``scope``: the scope's namespace plus a collection."""
    return (*namespace_of(scope), "items")


def scoped_store(mem: Spectron, scope: Scope) -> lc.SpectronStore:
    """A LangGraph store over a client bound at ``scope`` (the global store for ``{}``, which cannot be bound)."""
    return lc.SpectronStore(mem.bound(scope) if scope else mem)


WRITERS = ["core", "langchain remember tool", "llama_index memory block", "mem0 add"]


def remember_through(mem: Spectron, scope: Scope, text: str, via: str) -> None:
    """Remember ``text`` at ``scope`` through the adapter ``via`` (built as :class:`AdapterReads` builds its
    readers), falling back to the core where that adapter cannot name ``scope``. Each writes one turn in one
    new session, as ``Spectron.remember`` does, so the model need not know which."""
    ids = mem0_ids(scope)
    if via == "langchain remember tool":
        tools = (lc.spectron_tools(mem.bound(scope), include=["remember"]) if scope else
                 lc.spectron_tools(mem, include=["remember"], allow_global=True))
        tools[0].invoke({"text": text})
    elif via == "llama_index memory block" and scope:
        block = li.SpectronMemoryBlock(mem.bound(scope))
        asyncio.run(block.aput([ChatMessage(role="user", content=text)]))
    elif via == "mem0 add" and ids is not None:
        Mem0Memory(mem).add(text, **ids)
    else:
        mem.remember(text, scope=scope.as_dict())


class AdapterReads:
    """Every adapter's read paths at one scope ``q``, built the way an application hands memory to an agent.

    Ranked reads (a query in, the best matches out), each answer split into one text per result:

    * LangChain ``SpectronRetriever.invoke`` over the client with ``scope=q``; its documents' ``scope``
      metadata is checked too. All scopes, ``{}`` included.
    * LangChain ``recall`` tool over ``mem.bound(q)`` (over the client with ``allow_global=True`` at ``{}``,
      which the tools otherwise refuse). All scopes.
    * LangChain ``SpectronMemory.load_memory_variables`` over the client with ``scope=q``. All scopes.
    * LangChain ``SpectronMiddleware`` in a ``create_agent`` agent over the unbound client, the scope given
      only by the run's context (``context={"scope": q}``): what the model's system prompt received. All
      scopes (``allow_global=True`` for ``{}``).
    * LlamaIndex ``SpectronRetriever.retrieve`` and the ``recall`` tool over the client with ``scope=q``, and
      ``SpectronMemoryBlock.aget`` over ``mem.bound(q)``: every scope but ``{}`` (LlamaIndex adapters refuse
      the global scope).
    * Mem0 ``Memory.search`` with the ids naming ``q``: only scopes whose dimensions are all user/agent/run
      (Mem0 has no org id and needs at least one id), i.e. the org-less scopes of ``SCOPES``.

    All promise what core recall promises, so each must find a token asked for by name when it is visible
    (completeness) and never return an invisible one (soundness). Exact listings, compared with the model
    as sets: the LangGraph store's ``search`` in the namespace mapping to ``q`` (a store bound at ``q``
    searching ``()``: every visible item; the unbound store searching ``namespace_of(q)``: the items whose
    namespace starts there), its ``get`` of one item, and Mem0's ``get_all`` (what lies within ``q``).

    Not here: reads addressed by id rather than by scope (LangChain's chat history reads one session; Mem0's
    ``get``/``history`` take a record id the model does not track); ``test_langchain_isolation`` and the Mem0
    facade tests cover those.
    """

    def __init__(self, mem: Spectron, q: Scope) -> None:
        self.mem, self.q = mem, q
        self.mem0_ids = mem0_ids(q)

    def ranked(self, query: str) -> dict[str, list[str]]:
        """What each ranked read answers for ``query``: adapter name -> one text per result (with metadata)."""
        q, mem = self.q, self.mem
        docs = lc.SpectronRetriever(mem, scope=q.as_dict(), k=20).invoke(query)
        for d in docs:
            assert Scope(d.metadata["scope"]).visible_from(q), ("langchain retriever", d.metadata, q)
        tools = (lc.spectron_tools(mem.bound(q), include=["recall"], top_k=20, max_tokens=4000) if q else
                 lc.spectron_tools(mem, include=["recall"], top_k=20, max_tokens=4000, allow_global=True))
        memory = lc.SpectronMemory(mem, scope=q.as_dict(), top_k=20, max_tokens=4000)
        model = scripted("Noted.")
        middleware = lc.SpectronMiddleware(mem, top_k=20, max_tokens=4000, remember=False, allow_global=True)
        create_agent(model, tools=[], middleware=[middleware]).invoke(
            {"messages": [HumanMessage(query)]}, context={"scope": q.as_dict()})
        out = {"langchain retriever": [d.page_content + json.dumps(d.metadata, default=str) for d in docs],
               "langchain recall tool": [tools[0].invoke({"query": query})],
               "langchain memory": [memory.load_memory_variables({"input": query})["history"]],
               "langchain middleware": [system_text(model.received[0])]}
        if q:
            nodes = li.SpectronRetriever(mem, scope=q.as_dict(), top_k=20).retrieve(query)
            for n in nodes:
                assert Scope(n.node.metadata["scope"]).visible_from(q), ("llama_index retriever", n.node.metadata, q)
            out["llama_index retriever"] = [n.text + json.dumps(n.node.metadata, default=str) for n in nodes]
            recall = li.spectron_tools(mem, scope=q.as_dict(), include=["recall"], top_k=20, max_tokens=4000)[0]
            out["llama_index recall tool"] = [recall.call(query=query).content]
            block = li.SpectronMemoryBlock(mem.bound(q), top_k=20, max_tokens=4000)
            out["llama_index memory block"] = [
                asyncio.run(block.aget(messages=[ChatMessage(role="user", content=query)]))]
        if self.mem0_ids is not None:
            found = Mem0Memory(mem).search(query, limit=20, **self.mem0_ids)["results"]
            out["mem0 search"] = [json.dumps(r, default=str) for r in found]
        return out

    def store_search(self) -> dict[str, set[str]]:
        """Item tokens each store search in the namespace mapping to ``q`` lists (every page: limit 1000)."""
        at_q = scoped_store(self.mem, self.q).search((), limit=1000)
        by_prefix = lc.SpectronStore(self.mem).search(namespace_of(self.q), limit=1000)
        return {"store bound at q": {i.value["text"] for i in at_q},
                "global store under q's namespace": {i.value["text"] for i in by_prefix}}

    def store_get(self, fact: Fact) -> str | None:
        """The item token the store bound at ``q`` returns for ``fact``'s item (``None`` when not found or
        refused: a namespace naming a sibling of ``q`` raises ScopeError, which is a refusal, not a leak)."""
        try:
            item = scoped_store(self.mem, self.q).get(item_namespace(fact.scope), fact.token)
        except ScopeError:
            return None
        return None if item is None else str(item.value["text"])

    def mem0_listing(self) -> str | None:
        """Mem0 ``get_all`` at ``q`` as one text (``None`` where Mem0 cannot name ``q``)."""
        if self.mem0_ids is None:
            return None
        return json.dumps(Mem0Memory(self.mem).get_all(limit=1000, **self.mem0_ids), default=str)


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
    @rule(scope=scopes, via=st.sampled_from(WRITERS))
    def remember_text(self, scope: dict[str, str], via: str) -> None:
        """Text remembered through the core or an adapter's write path (where the adapter can name the scope):
        a write that lands at the wrong scope shows in the reads as a token where the model has none."""
        tok = self._next()
        remember_through(self.mem, Scope(scope), f"Note {tok} for later.", via)
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

    @rule(scope=scopes)
    def store_put(self, scope: dict[str, str]) -> None:
        """A LangGraph store item: the store reads only show these, so without them its checks say nothing."""
        tok = self._next()
        r = Scope(scope)
        scoped_store(self.mem, r).put(item_namespace(r), tok, {"text": tok})
        self.model.facts.append(Fact(tok, r, "item"))
        self.model.sessions.append(SessionModel(r))

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
            assert not leaked(item.text, hidden), (item.text, scope)
        for name, texts in AdapterReads(self.mem, q).ranked("note archive label code").items():
            for text in texts:
                assert not leaked(text, hidden), (name, text, scope)

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
        reads = AdapterReads(self.mem, q)
        hidden = self.model.hidden_tokens(q)
        for name, texts in reads.ranked(fact.token).items():
            answer = "\n".join(texts)
            assert not leaked(answer, hidden), (name, answer, scope)
            assert (fact.token in answer) == expected, (name, fact, scope, answer)
        if fact.kind == "item":
            assert reads.store_get(fact) == (fact.token if expected else None), (fact, scope)

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
        self._adapter_listings_match(q)

    def _adapter_listings_match(self, q: Scope) -> None:
        """The adapters' exact reads at ``q``: store searches and get, Mem0's ``get_all``, as sets."""
        reads = AdapterReads(self.mem, q)
        prefix = namespace_of(q)
        items = [f for f in self.model.facts if f.kind == "item" and f.state == "active"]
        stores = reads.store_search()
        assert stores["store bound at q"] == {f.token for f in items if f.scope.visible_from(q)}, q
        assert stores["global store under q's namespace"] == {
            f.token for f in items if item_namespace(f.scope)[:len(prefix)] == prefix}, q
        listing = reads.mem0_listing()
        if listing is not None:
            shown = {f.token for f in self.model.facts if f.token in listing}
            assert shown == {f.token for f in self.model.facts if f.state == "active" and f.scope.contains(q)}, q

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
    def reads_match_somewhere(self) -> None:
        """Every step also checks the listing reads at one scope (rotating), and every other step the recall
        of one token (rotating) through the core and every adapter at another rotating scope, so a defect in
        them is found in a bounded run, not only when a read rule happens to follow the right write or forget.
        (Every other step, as these eleven recalls are most of a step's cost; each check has its own rotation,
        so both still visit every scope.)"""
        self.steps = getattr(self, "steps", 0) + 1
        self.listings_match(SCOPES[self.steps % len(SCOPES)])
        half, odd = divmod(self.steps, 2)
        if self.model.facts and not odd:
            self.recall_one_token(SCOPES[half % len(SCOPES)], half)


COMMON: dict[str, Any] = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                                     HealthCheck.filter_too_much])


def test_scope_state_machine() -> None:
    """Bounded run for the default suite: about 150 steps, each also reading through every adapter (about 10 s
    of CPU; 20 to 40 s on a busy 2-core machine). It does not shrink a failure (shrinking a stateful run can
    take minutes); the printed steps reproduce it, and ``-m slow`` shrinks."""
    ScopeMachine.TestCase.settings = settings(
        max_examples=6, stateful_step_count=25,
        phases=[Phase.explicit, Phase.reuse, Phase.generate], **COMMON)
    ScopeMachine.TestCase().runTest()


@pytest.mark.slow
def test_scope_state_machine_long() -> None:
    """About 3,600 steps with shrinking (several minutes): the rare interleavings the bounded run can miss."""
    ScopeMachine.TestCase.settings = settings(max_examples=60, stateful_step_count=60, **COMMON)
    ScopeMachine.TestCase().runTest()
