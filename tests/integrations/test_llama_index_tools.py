"""``spectron_tools``: remember, recall, profile and forget as LlamaIndex ``FunctionTool``s."""

from __future__ import annotations

import pytest

pytest.importorskip("llama_index.core")

from llama_index.core.tools import FunctionTool  # noqa: E402

from spectron_core import AsyncSpectron, ScopeError, Spectron  # noqa: E402
from spectron_integrations.llama_index import TOOL_NAMES, spectron_tools  # noqa: E402
from tests.integrations.llama_index_support import ALICE  # noqa: E402


def _by_name(tools: list[FunctionTool]) -> dict[str, FunctionTool]:
    return {t.metadata.name: t for t in tools}


def test_the_four_tools_and_their_schemas(mem: Spectron) -> None:
    tools = spectron_tools(mem, scope=ALICE)
    assert all(isinstance(t, FunctionTool) for t in tools)
    assert [t.metadata.name for t in tools] == list(TOOL_NAMES)
    schemas = {t.metadata.name: t.metadata.get_parameters_dict() for t in tools}
    assert {n: sorted(s.get("properties", {})) for n, s in schemas.items()} == {
        "remember": ["text"], "recall": ["query"], "profile": [], "forget": ["query"]}
    for tool in tools:  # nothing a model could use to pick a user, a scope or a session
        assert not {"scope", "user", "user_id", "session_id"} & set(schemas[tool.metadata.name].get("properties", {}))
        assert tool.metadata.description and "    " not in tool.metadata.description
    assert [t.metadata.name for t in spectron_tools(mem, scope=ALICE, include=["recall"], name_prefix="mem_")] == [
        "mem_recall"]
    with pytest.raises(ValueError):
        spectron_tools(mem, scope=ALICE, include=["purge"])
    with pytest.raises(ScopeError):
        spectron_tools(mem)


def test_remember_recall_profile_forget_round_trip(mem: Spectron) -> None:
    tools = _by_name(spectron_tools(mem, scope=ALICE))
    assert "Nothing relevant" in tools["recall"].call(query="What do I eat?").content
    assert "No facts" in tools["profile"].call().content

    out = tools["remember"].call(text="I prefer vegetarian food.").content
    assert "vegetarian" in out
    out = tools["remember"].call(text="I now prefer vegan food.").content
    assert "superseded" in out and "vegan" in out
    recalled = tools["recall"].call(query="What do I eat?").content
    assert "vegan" in recalled
    profile = tools["profile"].call().content
    assert "food_preference: vegan" in profile and "vegetarian" not in profile
    assert [p.value for p in mem.profile(scope=ALICE).preferences] == ["vegan"]

    tools["remember"].call(text="Always answer in bullet points.")
    assert "bullet points" in tools["profile"].call().content

    forgotten = tools["forget"].call(query="I now prefer vegan food.").content
    assert forgotten.startswith("Forgot")
    assert not [p for p in mem.profile(scope=ALICE).preferences if p.value == "vegan"]
    assert mem.audit(scope=ALICE)  # soft: kept for audit, never purged by a model
    assert "nothing was forgotten" in tools["forget"].call(query="my passport number").content


async def test_tools_async_with_an_async_client(tmp_path) -> None:  # type: ignore[no-untyped-def]
    amem = AsyncSpectron(path=str(tmp_path / "store"))
    tools = _by_name(spectron_tools(amem.bound(ALICE)))
    await tools["remember"].acall(text="I now prefer vegan food.")
    out = await tools["recall"].acall(query="What do I eat?")
    assert not out.is_error and "vegan" in out.content
    assert "vegan" in (await tools["profile"].acall()).content
    assert (await tools["forget"].acall(query="I now prefer vegan food.")).content.startswith("Forgot")


def test_a_model_cannot_pass_a_scope(mem: Spectron) -> None:
    mem.remember("My locker code is 9902.", scope={"org": "acme", "user": "bob"})
    recall = _by_name(spectron_tools(mem, scope=ALICE))["recall"]
    with pytest.raises(TypeError):  # an agent turns this into an error observation for the model
        recall.call(query="locker code", scope={"org": "acme", "user": "bob"})
    assert "9902" not in recall.call(query="locker code").content
