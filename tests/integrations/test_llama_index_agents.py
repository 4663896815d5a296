"""``FunctionAgent`` and ``ReActAgent`` runs, offline, with scripted mock LLMs that record what they receive."""

from __future__ import annotations

import pytest

pytest.importorskip("llama_index.core")

from llama_index.core.agent.workflow import FunctionAgent, ReActAgent  # noqa: E402
from llama_index.core.memory import InsertMethod  # noqa: E402

from spectron_core import Spectron  # noqa: E402
from spectron_integrations.llama_index import spectron_memory, spectron_tools  # noqa: E402
from tests.integrations.llama_index_support import (  # noqa: E402
    ALICE,
    EchoLLM,
    ReActAnswerLLM,
    ReActRecallLLM,
    RecallThenAnswerLLM,
    all_text,
    text_of,
)


def _user_turns(mem: Spectron) -> list[str]:
    return [t.content for s in mem.sessions.list(ALICE) for t in mem.sessions.get(s.id).turns() if t.role == "user"]


async def test_function_agent_recalls_through_the_tool_and_answers_from_it(mem: Spectron) -> None:
    alice = mem.bound(ALICE)
    memory = spectron_memory(alice, session_id="alice-chat")
    llm = RecallThenAnswerLLM(query="What does Alice eat?")
    agent = FunctionAgent(tools=spectron_tools(alice), llm=llm, system_prompt="You are a helpful assistant.")

    await agent.run("I prefer vegetarian food.", memory=memory)
    await agent.run("I now prefer vegan food.", memory=memory)
    # Every user turn reached Spectron by the end of each run, long before the short-term queue overflows.
    assert _user_turns(mem) == ["I prefer vegetarian food.", "I now prefer vegan food."]

    response = await agent.run("What do I eat these days?", memory=memory)
    answer = str(response)
    assert "vegan" in answer and "vegetarian" not in answer  # taken from the recall tool's output
    assert [c.tool_name for c in response.tool_calls] == ["recall"]
    recall_output = response.tool_calls[0].tool_output
    assert not recall_output.is_error and "vegan" in recall_output.content
    # What the model received on its first call of the last run: the question, and the memory block in the
    # latest user message (spectron_memory's default insert method).
    first_call = llm.received[-2]
    latest_user = [m for m in first_call if m.role == "user"][-1]
    assert "What do I eat these days?" in text_of(latest_user)
    assert "<spectron_memory>" in text_of(latest_user) and "vegan" in text_of(latest_user)
    assert _user_turns(mem)[-1] == "What do I eat these days?"


async def test_react_agent_recalls_through_the_tool_and_answers_from_it(mem: Spectron) -> None:
    alice = mem.bound(ALICE)
    alice.remember("I prefer vegetarian food.")
    alice.remember("I now prefer vegan food.")
    llm = ReActRecallLLM(query="What does Alice eat?")
    agent = ReActAgent(tools=spectron_tools(alice, include=["recall"]), llm=llm)
    memory = spectron_memory(alice)

    response = await agent.run("What do I eat these days?", memory=memory)
    assert "vegan" in str(response) and "vegetarian" not in str(response)
    assert [c.tool_name for c in response.tool_calls] == ["recall"]
    observation = text_of(llm.received[-1][-1])
    assert observation.startswith("Observation:") and "vegan" in observation
    assert _user_turns(mem)[-1] == "What do I eat these days?"
    # The agent's reply is kept as its answer only, not the ReAct scratchpad quoting the observation.
    assistant = [t.content for s in mem.sessions.list(ALICE) for t in mem.sessions.get(s.id).turns()
                 if t.role == "assistant"]
    assert assistant and not any("Observation" in a or "Thought" in a for a in assistant)


@pytest.mark.parametrize("system_prompt", [None, "You are a helpful assistant."])
async def test_react_agent_receives_the_block_with_insert_method_user(mem: Spectron, system_prompt: str | None) -> None:
    mem.remember("I now prefer vegan food.", scope=ALICE)
    llm = ReActAnswerLLM()
    agent = ReActAgent(tools=[], llm=llm, system_prompt=system_prompt)
    await agent.run("What do I eat?", memory=spectron_memory(mem, scope=ALICE, insert_method=InsertMethod.USER))
    sent = llm.received[-1]
    latest_user = [m for m in sent if m.role == "user"][-1]
    assert "<spectron_memory>" in text_of(latest_user) and "vegan" in text_of(latest_user)
    assert "What do I eat?" in text_of(latest_user)


async def test_react_agent_drops_a_system_inserted_block_without_a_system_prompt(mem: Spectron) -> None:
    # The LlamaIndex 0.14 behaviour spectron_memory's docstring warns about: ReActAgent discards the first system
    # message, which is where InsertMethod.SYSTEM puts the memory when the agent has no system prompt. If this
    # test starts failing, LlamaIndex has changed and the advice in spectron_memory's docstring can relax.
    mem.remember("I now prefer vegan food.", scope=ALICE)
    llm = ReActAnswerLLM()
    memory = spectron_memory(mem, scope=ALICE, insert_method=InsertMethod.SYSTEM)
    await ReActAgent(tools=[], llm=llm).run("What do I eat?", memory=memory)
    assert "<spectron_memory>" not in all_text(llm.received[-1])
    assert "vegan" in await memory.memory_blocks[0].aget(await memory.aget())  # the block had it to give


async def test_function_agent_receives_a_system_inserted_block(mem: Spectron) -> None:
    mem.remember("I now prefer vegan food.", scope=ALICE)
    llm = EchoLLM()
    memory = spectron_memory(mem, scope=ALICE, insert_method=InsertMethod.SYSTEM)
    await FunctionAgent(tools=[], llm=llm, system_prompt="Be brief.").run("What do I eat?", memory=memory)
    carriers = [m for m in llm.received[-1] if "<spectron_memory>" in text_of(m)]
    assert len(carriers) == 1 and carriers[0].role == "system" and "vegan" in text_of(carriers[0])


async def test_agent_sees_a_preference_change_in_the_next_run(mem: Spectron) -> None:
    llm = EchoLLM()
    agent = FunctionAgent(tools=[], llm=llm)
    memory = spectron_memory(mem, scope=ALICE)
    await agent.run("I prefer vegetarian food.", memory=memory)
    await agent.run("I now prefer vegan food.", memory=memory)
    await agent.run("Suggest a dinner.", memory=memory)
    latest_user = [m for m in llm.received[-1] if m.role == "user"][-1]
    block = text_of(latest_user)
    facts = [line for line in block.splitlines() if "preference" in line.lower()]
    assert facts and all("vegan" in line and "vegetarian" not in line for line in facts), block
