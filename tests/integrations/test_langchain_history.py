"""``SpectronChatMessageHistory``: a session's turns as messages, ``RunnableWithMessageHistory`` gaining
long-term memory, ``clear()``'s reach, tool messages, async."""

from __future__ import annotations

from pathlib import Path

import pytest
from langchain_core.messages import AIMessage, HumanMessage, SystemMessage, ToolMessage
from langchain_core.prompts import ChatPromptTemplate, MessagesPlaceholder
from langchain_core.runnables.history import RunnableWithMessageHistory

from spectron_core import AsyncSpectron, Spectron
from spectron_integrations.langchain import SpectronChatMessageHistory, SpectronRetriever

from ._langchain_support import prompt_text, scripted

ALICE = {"org": "acme", "user": "alice"}
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning", "ignore::PendingDeprecationWarning")


def test_runnable_with_message_history_gets_long_term_memory(mem: Spectron) -> None:
    alice = mem.bound(ALICE)
    model = scripted("Hello!", "You told me you are vegetarian.")
    prompt = ChatPromptTemplate.from_messages([MessagesPlaceholder("history"), ("human", "{input}")])
    chain = RunnableWithMessageHistory(
        prompt | model, lambda sid: SpectronChatMessageHistory(alice, session_id=sid),
        input_messages_key="input", history_messages_key="history",
    )
    cfg = {"configurable": {"session_id": "chat-1"}}
    chain.invoke({"input": "Hi, I prefer vegetarian food."}, config=cfg)
    chain.invoke({"input": "What did I tell you?"}, config=cfg)
    # The second call's prompt carried the first exchange, read back from the session's turns.
    seen = prompt_text(model.received[-1])
    assert "I prefer vegetarian food" in seen and "Hello!" in seen
    history = SpectronChatMessageHistory(alice, session_id="chat-1")
    assert [type(m) for m in history.messages] == [HumanMessage, AIMessage, HumanMessage, AIMessage]
    # Added messages were *remembered*: a fact extracted from chat-1 is recallable from anywhere at her scope.
    docs = SpectronRetriever(alice, k=5).invoke("what food does alice prefer")
    assert any(d.metadata["kind"] == "attribute" and d.metadata["value"] == "vegetarian" for d in docs)


def test_messages_roles_tool_calls_and_clear(mem: Spectron) -> None:
    history = SpectronChatMessageHistory(mem, scope=ALICE, session_id="s")
    history.add_messages([
        SystemMessage("Be brief."), HumanMessage("I live in Porto."),
        AIMessage(content="", tool_calls=[{"name": "recall", "args": {"query": "x"}, "id": "c1"}]),  # no text
        ToolMessage("tool output", tool_call_id="c1"), AIMessage("Porto is lovely."),
    ])
    msgs = history.messages
    assert [m.type for m in msgs] == ["system", "human", "tool", "ai"]
    assert isinstance(msgs[2], ToolMessage) and msgs[2].tool_call_id == "c1"
    other = SpectronChatMessageHistory(mem, scope=ALICE, session_id="other")
    other.add_messages([HumanMessage("I play chess.")])
    history.clear()
    assert history.messages == []
    assert [m.content for m in other.messages] == ["I play chess."]  # another session is untouched
    assert mem.recall("Porto", scope=ALICE).items == [] or all(
        i.kind != "turn" for i in mem.recall("Porto", scope=ALICE).items)  # the turns are gone from recall


def test_same_session_name_for_two_users_is_two_sessions(mem: Spectron) -> None:
    a = SpectronChatMessageHistory(mem.bound(ALICE), session_id="main")
    b = SpectronChatMessageHistory(mem.bound({"org": "acme", "user": "bob"}), session_id="main")
    a.add_messages([HumanMessage("alice's secret")])
    assert b.messages == []
    assert a.session_id != b.session_id


async def test_async_history(tmp_path: Path) -> None:
    amem = AsyncSpectron(path=str(tmp_path / "store"))
    history = SpectronChatMessageHistory(amem.bound(ALICE), session_id="a")
    await history.aadd_messages([HumanMessage("I prefer tea."), AIMessage("Tea it is.")])
    assert [m.content for m in await history.aget_messages()] == ["I prefer tea.", "Tea it is."]
    await history.aclear()
    assert await history.aget_messages() == []
