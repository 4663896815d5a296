"""A user's short reply to the assistant's question is remembered through every adapter that writes a
conversation (LangChain memory and chat history, LlamaIndex memory, the Mem0 facade), and only in the scope and
session where the question was asked: a question put to Alice never completes Bob's reply (a security property:
what Bob types is never read with Alice's words)."""

from __future__ import annotations

import os

import pytest
from langchain_core.messages import AIMessage, HumanMessage

from spectron_core import Spectron
from spectron_integrations.langchain import SpectronChatMessageHistory, SpectronMemory

ALICE = {"org": "acme", "user": "alice"}
BOB = {"org": "acme", "user": "bob"}
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning", "ignore::PendingDeprecationWarning")


def _values(mem: Spectron, scope: dict[str, str], key: str) -> list[str]:
    p = mem.profile(scope=scope)
    return [f.value.casefold() for f in [*p.static, *p.preferences, *p.dynamic, *p.knowledge] if f.key == key]


def test_langchain_memory_reads_the_answer_saved_after_the_question(mem: Spectron) -> None:
    memory = SpectronMemory(mem.bound(ALICE), session_id="meals")
    memory.save_context({"input": "Can you plan my dinners this week?"}, {"output": "Sure! Where are you based?"})
    memory.save_context({"input": "utrecht"}, {"output": "Thanks, I'll use local produce."})
    assert _values(mem, ALICE, "home") == ["utrecht"]


def test_langchain_history_reads_a_reply_added_with_its_question(mem: Spectron) -> None:
    history = SpectronChatMessageHistory(mem.bound(ALICE), session_id="main")
    history.add_messages([AIMessage("What should I call you?"), HumanMessage("Noor")])
    assert _values(mem, ALICE, "name") == ["noor"]


def test_a_question_to_alice_never_completes_bobs_reply(mem: Spectron) -> None:
    SpectronMemory(mem.bound(ALICE), session_id="main").save_context(
        {"input": "hi"}, {"output": "Hello! How old are you?"}
    )
    SpectronMemory(mem.bound(BOB), session_id="main").save_context({"input": "52"}, {"output": "ok"})
    SpectronChatMessageHistory(mem.bound(BOB), session_id="main").add_messages([HumanMessage("52")])
    assert _values(mem, BOB, "age") == []
    assert _values(mem, ALICE, "age") == []


async def test_llama_index_memory_reads_the_answer(mem: Spectron) -> None:
    pytest.importorskip("llama_index.core")
    from llama_index.core.base.llms.types import ChatMessage

    from spectron_integrations.llama_index import spectron_memory

    memory = spectron_memory(mem, scope=ALICE)
    await memory.aput_messages(
        [
            ChatMessage(role="user", content="Help me pick a laptop."),
            ChatMessage(role="assistant", content="Happy to. What's your budget?"),
            ChatMessage(role="user", content="around 900 euros"),
        ]
    )
    assert any("900" in v for v in _values(mem, ALICE, "budget"))


def test_mem0_facade_reads_the_answer_in_one_add(mem: Spectron) -> None:
    os.environ["MEM0_TELEMETRY"] = "False"
    pytest.importorskip("mem0")
    from spectron_integrations.mem0 import Memory

    facade = Memory(mem)
    facade.add(
        [{"role": "assistant", "content": "Do you have any allergies?"}, {"role": "user", "content": "shellfish"}],
        user_id="carol",
    )
    facade.add([{"role": "user", "content": "peanuts"}], user_id="dave")
    listed = " ".join(m["memory"].casefold() for m in facade.get_all(filters={"user_id": "carol"})["results"])
    assert "shellfish" in listed
    dave = " ".join(m["memory"].casefold() for m in facade.get_all(filters={"user_id": "dave"})["results"])
    assert "allerg" not in dave
