"""``SpectronMemory`` (classic ``BaseMemory``): in a classic chain, around an LCEL pipeline, across two
sessions, ``clear()``'s exact reach, async, LLM extraction from the user's model, and the optional import."""

from __future__ import annotations

import os
import subprocess
import sys
import warnings
from pathlib import Path
from typing import Any

import pytest
from langchain_core.prompts import ChatPromptTemplate

from spectron_core import AsyncSpectron, ScopeError, Spectron
from spectron_integrations.langchain import SpectronMemory

from ._langchain_support import extraction_json, prompt_text, scripted

ALICE = {"org": "acme", "user": "alice"}
BOB = {"org": "acme", "user": "bob"}
ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning", "ignore::PendingDeprecationWarning")


def test_classic_conversation_chain_remembers_across_two_sessions(mem: Spectron) -> None:
    from langchain_classic.chains import ConversationChain

    first_model = scripted("Noted, you are vegetarian.")
    first = ConversationChain(llm=first_model, memory=SpectronMemory(mem, scope=ALICE, session_id="monday"))
    first.invoke({"input": "I prefer vegetarian food."})

    second_model = scripted("You prefer vegetarian food.")
    memory2 = SpectronMemory(mem, scope=ALICE, session_id="tuesday")
    second = ConversationChain(llm=second_model, memory=memory2)
    second.invoke({"input": "What food do I like?"})
    # The second session's prompt, as the model received it, holds what the first session established.
    assert "vegetarian" in prompt_text(second_model.received[-1])
    # Both turns of each save went into that memory's session.
    sessions = {s.metadata.get("source"): s for s in mem.sessions.list(scope=ALICE)}
    assert "langchain.memory" in sessions
    turns = memory2._session_handle().turns()
    assert [t.role for t in turns] == ["user", "assistant"]


def test_lcel_pipeline_with_memory_and_token_budget(mem: Spectron) -> None:
    memory = SpectronMemory(mem.bound(ALICE), max_tokens=40)
    memory.save_context({"input": "I live in Lisbon and I prefer vegetarian food."}, {"output": "Nice!"})
    model = scripted("You live in Lisbon.")
    prompt = ChatPromptTemplate.from_messages([("system", "Memory:\n{history}"), ("human", "{input}")])
    chain = prompt | model

    def run(text: str) -> Any:
        variables = memory.load_memory_variables({"input": text})
        out = chain.invoke({"input": text, **variables})
        memory.save_context({"input": text}, {"output": out.content})
        return out

    run("Where do I live?")
    seen = prompt_text(model.received[-1])
    assert "Lisbon" in seen
    assert memory.recall({"input": "Where do I live?"}).tokens <= 40  # type: ignore[union-attr]
    assert memory.memory_variables == ["history"]
    messages = SpectronMemory(mem.bound(ALICE), return_messages=True).load_memory_variables({"input": "Lisbon"})
    assert "Lisbon" in messages["history"][0].content


def test_clear_forgets_this_scope_only_and_refuses_global(mem: Spectron) -> None:
    mem.documents.ingest("Returns are accepted within 30 days.", title="Return policy", scope={"org": "acme"})
    alice, bob = SpectronMemory(mem, scope=ALICE), SpectronMemory(mem, scope=BOB)
    alice.save_context({"input": "I prefer vegetarian food."}, {"output": "ok"})
    bob.save_context({"input": "I prefer vegan food."}, {"output": "ok"})
    alice.clear()
    assert "vegetarian" not in alice.load_memory_variables({"input": "what food do I prefer"})["history"]
    assert "vegan" in bob.load_memory_variables({"input": "what food do I prefer"})["history"]  # sibling kept
    assert "30 days" in alice.load_memory_variables({"input": "returns policy days"})["history"]  # ancestor kept
    alice.save_context({"input": "I am a pilot."}, {"output": "ok"})  # usable after clear
    assert "pilot" in alice.load_memory_variables({"input": "what is my job"})["history"]
    with pytest.raises(ScopeError):
        SpectronMemory(mem).clear()


async def test_async_memory(tmp_path: Path) -> None:
    amem = AsyncSpectron(path=str(tmp_path / "store"))
    memory = SpectronMemory(amem.bound(ALICE))
    await memory.asave_context({"input": "I prefer vegetarian food."}, {"output": "Noted."})
    loaded = await memory.aload_memory_variables({"input": "What do I eat?"})
    assert "vegetarian" in loaded["history"]
    await memory.aclear()
    assert "vegetarian" not in (await memory.aload_memory_variables({"input": "What do I eat?"}))["history"]


def test_llm_extraction_from_the_users_model_cascade_and_always(mem: Spectron) -> None:
    # "always": one model call per save (the two turns of a save go out as one batch).
    model = scripted(extraction_json("favorite_color", "teal", "teal"))
    memory = SpectronMemory(mem, scope=ALICE, chat_model=model, extraction="always")
    memory.save_context({"input": "Honestly teal suits me best."}, {"output": ""})
    assert len(model.received) == 1
    prof = mem.profile(scope=ALICE)
    assert any(f.value == "teal" for f in prof.static + prof.preferences + prof.knowledge + prof.dynamic)
    # "cascade" (default): a turn the rules extract confidently costs no model call.
    quiet = scripted()  # any call would raise StopIteration inside the extractor and be counted
    SpectronMemory(mem, scope=BOB, chat_model=quiet).save_context({"input": "I prefer vegan food."}, {"output": ""})
    assert quiet.received == []
    prof = mem.profile(scope=BOB)
    assert any(f.value == "vegan" for f in prof.static + prof.preferences + prof.knowledge + prof.dynamic)


def test_importing_without_langchain_classic_fails_only_on_use() -> None:
    code = (
        "import sys; sys.modules['langchain_classic'] = None; sys.modules['langchain_classic.base_memory'] = None\n"
        "import spectron_integrations.langchain as lc\n"
        "from spectron_core import ConfigurationError\n"
        "try:\n    lc.SpectronMemory(None)\nexcept ConfigurationError as e:\n    print('ERR', e)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with warnings.catch_warnings():
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    assert 'pip install "spectron-memory[langchain]"' in out.stdout
