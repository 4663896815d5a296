"""``SpectronMemoryBlock`` inside LlamaIndex ``Memory``, and the write-through ``spectron_memory`` helper."""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("llama_index.core")

from llama_index.core.base.llms.types import ChatMessage, ToolCallBlock  # noqa: E402
from llama_index.core.memory import InsertMethod, Memory  # noqa: E402
from llama_index.core.storage.chat_store.sql import MessageStatus  # noqa: E402

from spectron_core import AsyncSpectron, ScopeError, Spectron  # noqa: E402
from spectron_integrations.llama_index import SpectronMemory, SpectronMemoryBlock, spectron_memory  # noqa: E402
from tests.integrations.llama_index_support import ALICE, all_text, preference_lines, text_of  # noqa: E402

FILLER = ("Tell me a long story about a lighthouse keeper who collects sea glass on a remote northern island, "
          "with plenty of detail about the weather, the boats, the birds and the tides.")


def _turns(mem: Spectron, scope: dict[str, str]) -> list[tuple[str, str]]:
    return [(t.role, t.content) for s in mem.sessions.list(scope) for t in mem.sessions.get(s.id).turns()]


def _memory_text(messages: list[ChatMessage]) -> str:
    """The memory block as it appears in the prompt (LlamaIndex wraps blocks in <memory>…</memory>)."""
    text = all_text(messages)
    start, end = text.find("<spectron_memory>"), text.find("</spectron_memory>")
    assert start != -1 and end != -1, f"no Spectron block in the prompt:\n{text}"
    return text[start:end]


async def test_block_in_memory_from_defaults_prompt_follows_a_changed_preference(mem: Spectron) -> None:
    # Plain LlamaIndex Memory: the block receives turns when they are flushed out of short-term memory. A
    # small token limit makes the conversation overflow, so the old preference leaves the chat history and
    # the prompt can only know about food from Spectron.
    block = SpectronMemoryBlock(mem, scope=ALICE)
    memory = Memory.from_defaults(session_id="alice-chat", memory_blocks=[block], token_limit=160)
    conversation = [
        ("user", "I prefer vegetarian food."), ("assistant", "Noted."),
        ("user", FILLER), ("assistant", "Once upon a time, on a windswept island, there was a keeper."),
        ("user", "I now prefer vegan food."), ("assistant", "Got it."),
        ("user", FILLER), ("assistant", "The keeper kept a jar of green sea glass by the lamp."),
        ("user", "What should I cook tonight?"),
    ]
    for role, content in conversation:
        await memory.aput(ChatMessage(role=role, content=content))

    prompt = await memory.aget()
    history = [m for m in prompt if m.role != "system"]
    assert "I prefer vegetarian food." not in all_text(history)  # flushed out of the short-term queue
    assert "I now prefer vegan food." not in all_text(history)
    block_text = _memory_text(prompt)
    assert prompt[0].role == "system" and "<spectron_memory>" in text_of(prompt[0])  # default InsertMethod.SYSTEM
    facts = preference_lines(block_text)
    assert facts and all("vegan" in line for line in facts), block_text  # the new value, stated as current
    assert not any("vegetarian" in line for line in facts), block_text  # the old one is not a current fact
    # What was flushed reached Spectron as turns of one session, the LlamaIndex one.
    turns = _turns(mem, ALICE)
    assert ("user", "I prefer vegetarian food.") in turns and ("user", "I now prefer vegan food.") in turns
    assert [p.value for p in mem.profile(scope=ALICE).preferences if p.key == "food_preference"] == ["vegan"]


async def test_plain_memory_keeps_short_conversations_from_spectron_and_spectron_memory_does_not(
    mem: Spectron,
) -> None:
    # Why spectron_memory exists: with LlamaIndex defaults a short conversation never leaves short-term
    # memory, so a block's _aput never runs. The write-through memory delivers every turn at once.
    plain = Memory.from_defaults(memory_blocks=[SpectronMemoryBlock(mem, scope=ALICE)])
    for content in ("I prefer vegetarian food.", "I now prefer vegan food."):
        await plain.aput(ChatMessage(role="user", content=content))
    assert _turns(mem, ALICE) == []

    through = spectron_memory(mem, scope=ALICE)
    await through.aput(ChatMessage(role="user", content="I prefer vegetarian food."))
    assert ("user", "I prefer vegetarian food.") in _turns(mem, ALICE)  # at once, not at the end of the run
    await through.aput_messages([ChatMessage(role="user", content="I now prefer vegan food."),
                                 ChatMessage(role="assistant", content="Vegan it is.")])
    assert _turns(mem, ALICE)[-2:] == [("user", "I now prefer vegan food."), ("assistant", "Vegan it is.")]
    prompt = await through.aget()
    assert any("vegan" in line for line in preference_lines(_memory_text(prompt)))


async def test_spectron_memory_never_writes_a_turn_twice_when_the_queue_flushes(mem: Spectron) -> None:
    memory = spectron_memory(mem, scope=ALICE, token_limit=120)
    for i in range(6):
        await memory.aput(ChatMessage(role="user", content=f"Message number {i}. {FILLER}"))
    assert await memory.aget_all(status=MessageStatus.ARCHIVED)  # the queue flushed turns to the blocks
    contents = [c for _, c in _turns(mem, ALICE)]
    assert len(contents) == 6 and len(set(contents)) == 6


async def test_spectron_memory_defaults_to_the_user_message_and_accepts_system(mem: Spectron) -> None:
    mem.remember("I now prefer vegan food.", scope=ALICE)
    for method, role in ((InsertMethod.USER, "user"), (InsertMethod.SYSTEM, "system")):
        memory = spectron_memory(mem, scope=ALICE, **({} if method is InsertMethod.USER else
                                                      {"insert_method": method}))
        assert memory.insert_method is method
        await memory.aput(ChatMessage(role="user", content="What do I eat?"))
        prompt = await memory.aget()
        carrier = [m for m in prompt if "<spectron_memory>" in text_of(m)]
        assert len(carrier) == 1 and carrier[0].role == role
        assert "vegan" in text_of(carrier[0])


async def test_only_conversation_turns_are_stored_and_only_user_turns_are_mined(mem: Spectron) -> None:
    block = SpectronMemoryBlock(mem, scope=ALICE)
    ids = await block.aremember_messages([
        ChatMessage(role="system", content="You are a helpful assistant."),
        ChatMessage(role="user", content="I prefer vegetarian food."),
        ChatMessage(role="assistant", blocks=[ToolCallBlock(tool_call_id="1", tool_name="recall", tool_kwargs={})]),
        ChatMessage(role="tool", content="Alice's food preference is vegetarian."),
        ChatMessage(role="assistant", content="Bob prefers steak."),
        ChatMessage(role="assistant", content="Thought: check memory.\nAction: recall\nObservation: x\n"
                                              "Thought: done.\nAnswer: You like vegetarian food."),
    ])
    assert len(ids) == 3
    assert _turns(mem, ALICE) == [("user", "I prefer vegetarian food."), ("assistant", "Bob prefers steak."),
                                  ("assistant", "You like vegetarian food.")]  # the ReAct answer, not its scratchpad
    # The assistant's words are episodic only: no fact about Bob was extracted from them.
    profile = mem.profile(scope=ALICE)
    assert not [e for e in profile.entities if "bob" in str(e).lower()]


async def test_memory_session_maps_to_one_spectron_session_per_scope_and_resumes(mem: Spectron) -> None:
    first = spectron_memory(mem, scope=ALICE, session_id="chat-1")
    await first.aput(ChatMessage(role="user", content="I prefer vegetarian food."))
    again = spectron_memory(mem, scope=ALICE, session_id="chat-1")  # the application reopens the chat
    await again.aput(ChatMessage(role="user", content="I now prefer vegan food."))
    other = spectron_memory(mem, scope=ALICE, session_id="chat-2")
    await other.aput(ChatMessage(role="user", content="I live in Lisbon."))
    sessions = mem.sessions.list(ALICE)
    assert len(sessions) == 2
    by_llama = {s.metadata["llama_index_session_id"]: s for s in sessions}
    assert [t.content for t in mem.sessions.get(by_llama["chat-1"].id).turns()] == [
        "I prefer vegetarian food.", "I now prefer vegan food."]
    # Closing consolidates; writing again reopens the same named session.
    await again.aclose()
    assert mem.sessions.get(by_llama["chat-1"].id).closed
    await again.aput(ChatMessage(role="user", content="I still prefer vegan food."))
    assert len(mem.sessions.get(by_llama["chat-1"].id).turns()) == 3


async def test_block_session_id_and_async_client(tmp_path: Any) -> None:
    amem = AsyncSpectron(path=str(tmp_path / "store"))
    block = SpectronMemoryBlock(amem.bound(ALICE), session_id="fixed")
    memory = Memory.from_defaults(memory_blocks=[block], token_limit=60)
    for content in ("I prefer vegetarian food.", FILLER, "I now prefer vegan food.", FILLER):
        await memory.aput(ChatMessage(role="user", content=content))
    assert [s.info.metadata.get("llama_index_session_id") for s in block.sessions] == ["fixed"]
    assert "vegan" in await block.aget([ChatMessage(role="user", content="What do I eat?")])
    assert block.scope.as_dict() == ALICE


async def test_empty_store_and_no_user_message_give_no_block(mem: Spectron) -> None:
    block = SpectronMemoryBlock(mem, scope=ALICE)
    assert await block.aget([]) == ""
    assert await block.aget([ChatMessage(role="assistant", content="Hello!")]) == ""
    memory = Memory.from_defaults(memory_blocks=[block])
    await memory.aput(ChatMessage(role="user", content="Hi"))
    assert "<memory>" not in all_text(await memory.aget())  # nothing recalled → no empty memory section


def test_query_uses_the_latest_user_message_first(mem: Spectron) -> None:
    block = SpectronMemoryBlock(mem, scope=ALICE, context_messages=1)
    messages = [ChatMessage(role="user", content="Old question"), ChatMessage(role="assistant", content="An answer"),
                ChatMessage(role="user", content="What do I eat?"), ChatMessage(role="tool", content="ignored")]
    assert block.query_for(messages) == "What do I eat?\nAn answer"
    assert SpectronMemoryBlock(mem, scope=ALICE, context_messages=0).query_for(messages) == "What do I eat?"


async def test_block_respects_its_token_budget_and_truncates_by_lines(mem: Spectron) -> None:
    for i in range(30):
        mem.remember(f"I visited museum number {i} in Paris last spring with my cousin.", scope=ALICE)
    block = SpectronMemoryBlock(mem, scope=ALICE, max_tokens=60, top_k=30)
    content = await block.aget([ChatMessage(role="user", content="Which museums did I visit in Paris?")])
    from llama_index.core.utils import get_tokenizer

    tokens = len(get_tokenizer()(content))
    assert 0 < tokens <= 60
    shorter = await block.atruncate(content, tokens // 2)
    assert shorter is not None and len(get_tokenizer()(shorter)) <= tokens - tokens // 2
    assert content.startswith(shorter)
    assert await block.atruncate(content, tokens + 1) is None


def test_an_unbound_client_needs_a_scope_and_a_bound_one_cannot_be_widened(mem: Spectron) -> None:
    with pytest.raises(ScopeError):
        SpectronMemoryBlock(mem)
    with pytest.raises(ScopeError):
        spectron_memory(mem)
    with pytest.raises(ScopeError):
        SpectronMemoryBlock(mem.bound(ALICE), scope={"org": "acme"})
    with pytest.raises(ScopeError):
        SpectronMemoryBlock(mem.bound(ALICE), scope={"org": "acme", "user": "bob"})
    with pytest.raises(ScopeError):
        SpectronMemoryBlock(mem, scope={})  # a floor that confines nothing: every user would share it
    with pytest.raises(TypeError):
        SpectronMemoryBlock("not a client")  # type: ignore[arg-type]
    assert isinstance(spectron_memory(mem.bound(ALICE)), SpectronMemory)


async def test_recalled_memory_is_never_remembered_again(mem: Spectron) -> None:
    # With InsertMethod.USER the block sits in the user message the model sees; an application that stores
    # those messages, or a model that echoes its prompt, must not turn recalled memory into new turns.
    mem.remember("I prefer vegetarian food.", scope=ALICE)
    memory = spectron_memory(mem, scope=ALICE)
    await memory.aput(ChatMessage(role="user", content="What should I cook?"))
    prompt = await memory.aget()
    assert "<memory>" in text_of(prompt[-1])
    block = memory.spectron_blocks[0]
    await block.aremember_messages([prompt[-1], ChatMessage(role="assistant", content=text_of(prompt[-1]))])
    stored = [c for _, c in _turns(mem, ALICE)]
    assert stored.count("What should I cook?") == 3 and not any("<memory>" in c or "Personal" in c for c in stored)


def test_sync_paths(mem: Spectron) -> None:
    memory = spectron_memory(mem, scope=ALICE)
    memory.put(ChatMessage(role="user", content="I prefer vegetarian food."))
    memory.put_messages([ChatMessage(role="user", content="I now prefer vegan food.")])
    assert [c for _, c in _turns(mem, ALICE)] == ["I prefer vegetarian food.", "I now prefer vegan food."]
    assert "vegan" in _memory_text(memory.get())
    block = memory.spectron_blocks[0]
    assert "vegan" in block.recall_block([ChatMessage(role="user", content="What food do I prefer?")])
    assert block.remember_messages([ChatMessage(role="user", content="I live in Lisbon.")])
    memory.close()
    assert not block.sessions and all(mem.sessions.get(s.id).closed for s in mem.sessions.list(ALICE))


def test_query_skips_a_repeated_user_message(mem: Spectron) -> None:
    block = SpectronMemoryBlock(mem, scope=ALICE)
    again = [ChatMessage(role="user", content="What do I eat?"), ChatMessage(role="user", content="What do I eat?")]
    assert block.query_for(again) == "What do I eat?"


async def test_set_replaces_short_term_history_without_remembering_it(mem: Spectron) -> None:
    # agent.run(chat_history=...) calls Memory.aset: that history is the application's record of past turns,
    # usually remembered already, so writing it again would duplicate every turn on every run.
    memory = spectron_memory(mem, scope=ALICE)
    await memory.aset([ChatMessage(role="user", content="I prefer vegetarian food.")])
    assert _turns(mem, ALICE) == []
    assert [text_of(m) for m in await memory.aget_all()] == ["I prefer vegetarian food."]
