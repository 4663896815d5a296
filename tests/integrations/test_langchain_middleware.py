"""``SpectronMiddleware`` in agents built with ``create_agent``: memory reaches what the model actually
receives (within the budget), the run is remembered once, the scope comes from the runtime context."""

from __future__ import annotations

from pathlib import Path

import pytest
from langchain.agents import create_agent
from langchain_core.messages import HumanMessage
from langgraph.checkpoint.memory import InMemorySaver

from spectron_core import AsyncSpectron, ScopeError, Spectron
from spectron_integrations.langchain import SpectronMiddleware

from ._langchain_support import scripted, system_text

ALICE = {"org": "acme", "user": "alice"}
BOB = {"org": "acme", "user": "bob"}


def _answer_from_system(messages: list) -> str:
    """A fake that can only know the user's diet from its system prompt."""
    return "You eat fish." if "fish" in system_text(messages) else "I don't know what you eat."


def test_recall_reaches_the_model_and_would_fail_without_it(mem: Spectron) -> None:
    with mem.sessions.create(scope=ALICE) as s:
        s.remember("I prefer vegetarian food.")
        s.remember("I now eat fish.")
    middleware = SpectronMiddleware(mem.bound({"org": "acme"}), max_tokens=60)
    expected = mem.recall("What do I eat?", top_k=8, scope=ALICE, max_tokens=60)  # before the run adds turns
    model = scripted(_answer_from_system)
    agent = create_agent(model, tools=[], system_prompt="You are helpful.", middleware=[middleware])
    out = agent.invoke({"messages": [HumanMessage("What do I eat?")]}, context={"scope": {"user": "alice"}})
    assert out["messages"][-1].content == "You eat fish."
    shown = system_text(model.received[0])
    assert shown.startswith("You are helpful.") and "fish" in shown
    assert expected.tokens <= 60 and expected.formatted in shown  # the block delivered is the budgeted one
    # The memory went into the system prompt of that call only, never into the conversation state.
    assert all("Long-term memory" not in str(m.content) for m in out["messages"])
    # Control: the same agent without the middleware cannot answer (so the assertion above is meaningful).
    bare = create_agent(scripted(_answer_from_system), tools=[], system_prompt="You are helpful.")
    assert bare.invoke({"messages": [HumanMessage("What do I eat?")]})["messages"][-1].content.startswith("I don't")


def test_run_is_remembered_once_per_thread(mem: Spectron) -> None:
    middleware = SpectronMiddleware(mem.bound(ALICE))
    agent = create_agent(scripted("Nice, Lisbon!", "Got it."), tools=[], middleware=[middleware],
                         checkpointer=InMemorySaver())
    cfg = {"configurable": {"thread_id": "t1"}}
    agent.invoke({"messages": [HumanMessage("I live in Lisbon.")]}, config=cfg)
    agent.invoke({"messages": [HumanMessage("I have two cats.")]}, config=cfg)
    turns = [t for s in mem.sessions.list(scope=ALICE) for t in mem.sessions.get(s.id).turns()]
    contents = sorted(t.content for t in turns)
    assert contents == sorted(["I live in Lisbon.", "Nice, Lisbon!", "I have two cats.", "Got it."])
    assert any(f.key == "home" or "Lisbon" in f.value for f in mem.profile(scope=ALICE).static
               + mem.profile(scope=ALICE).knowledge + mem.profile(scope=ALICE).dynamic)


def test_context_scope_isolates_users_and_global_is_refused(mem: Spectron) -> None:
    mem.remember("I now eat fish.", scope=ALICE)
    middleware = SpectronMiddleware(mem.bound({"org": "acme"}))
    model = scripted(_answer_from_system)
    agent = create_agent(model, tools=[], middleware=[middleware])
    out = agent.invoke({"messages": [HumanMessage("What do I eat?")]}, context={"scope": {"user": "bob"}})
    assert out["messages"][-1].content.startswith("I don't")
    assert "fish" not in system_text(model.received[0])
    with pytest.raises(ScopeError):  # a context outside the floor is refused
        agent.invoke({"messages": [HumanMessage("hi")]}, context={"scope": {"org": "other"}})
    unscoped = create_agent(scripted("x"), tools=[], middleware=[SpectronMiddleware(mem)])
    with pytest.raises(ScopeError):  # the global scope sees every user: refused by default
        unscoped.invoke({"messages": [HumanMessage("What do I eat?")]})


async def test_async_agent_with_middleware(tmp_path: Path) -> None:
    amem = AsyncSpectron(path=str(tmp_path / "store"))
    await amem.remember("I now eat fish.", scope=ALICE)
    model = scripted(_answer_from_system, "Noted.")
    agent = create_agent(model, tools=[], middleware=[SpectronMiddleware(amem.bound(ALICE))])
    out = await agent.ainvoke({"messages": [HumanMessage("What do I eat?")]})
    assert out["messages"][-1].content == "You eat fish."
    await agent.ainvoke({"messages": [HumanMessage("I play the cello.")]})
    assert "cello" in (await amem.recall("cello", scope=ALICE)).formatted
