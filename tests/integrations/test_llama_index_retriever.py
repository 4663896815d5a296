"""``SpectronRetriever``: nodes with metadata, sync and async, inside a query engine."""

from __future__ import annotations

from datetime import datetime

import pytest

pytest.importorskip("llama_index.core")

from llama_index.core.llms import MockLLM  # noqa: E402
from llama_index.core.query_engine import RetrieverQueryEngine  # noqa: E402
from llama_index.core.schema import MetadataMode, NodeWithScore, TextNode  # noqa: E402

from spectron_core import AsyncSpectron, ScopeError, Spectron  # noqa: E402
from spectron_integrations.llama_index import METADATA_KEYS, SpectronRetriever  # noqa: E402
from tests.integrations.llama_index_support import ALICE  # noqa: E402


def _seed(mem: Spectron) -> None:
    mem.documents.ingest("Returns are accepted within 30 days of purchase.", title="Return policy",
                         scope={"org": "acme"})
    with mem.sessions.create(ALICE) as session:
        session.remember("I prefer vegetarian food.")
        session.remember("I now prefer vegan food.")


def test_nodes_carry_the_recall_item_and_its_metadata(mem: Spectron) -> None:
    _seed(mem)
    retriever = SpectronRetriever(mem, scope=ALICE, top_k=8)
    nodes = retriever.retrieve("What does Alice eat?")
    assert nodes and all(isinstance(n, NodeWithScore) and isinstance(n.node, TextNode) for n in nodes)
    assert [n.score for n in nodes] == sorted((n.score for n in nodes), reverse=True)
    items = {i.id: i for i in mem.recall("What does Alice eat?", 8, scope=ALICE).items}
    for n in nodes:
        assert set(n.node.metadata) == set(METADATA_KEYS)
        assert n.node.node_id == n.node.metadata["id"] and n.node.node_id in items
        assert n.text == items[n.node.node_id].text
    fact = next(n for n in nodes if n.node.metadata["key"] == "food_preference")
    meta = fact.node.metadata
    assert meta["kind"] == "attribute" and meta["entity"] == "Person/alice" and meta["value"] == "vegan"
    assert meta["valid_until"] is None and datetime.fromisoformat(meta["valid_from"]).tzinfo is not None
    assert meta["scope"] == ALICE and meta["current"] is True and meta["authoritative"] is False
    assert meta["source"]["kind"] == "turn" and meta["turn_ids"] == [meta["source"]["ref"]]
    cited = mem.sessions.get(meta["session_id"]).turns()
    assert [t.content for t in cited if t.id in meta["turn_ids"]] == ["I now prefer vegan food."]
    # The old value is history: not returned by default, returned (closed) with include_history.
    assert not any(n.node.metadata["value"] == "vegetarian" for n in nodes)
    history = SpectronRetriever(mem, scope=ALICE, top_k=10, include_history=True).retrieve("Alice food preference")
    old = [n.node.metadata for n in history if n.node.metadata["value"] == "vegetarian"]
    assert old and old[0]["valid_until"] is not None and old[0]["current"] is False


def test_authoritative_document_facts_come_from_the_org_scope(mem: Spectron) -> None:
    _seed(mem)
    nodes = SpectronRetriever(mem.bound(ALICE)).retrieve("How many days do I have to return a purchase?")
    docs = [n.node.metadata for n in nodes if n.node.metadata["authoritative"]]
    assert docs and all(m["scope"] == {"org": "acme"} and m["source"]["kind"] == "document" for m in docs)
    assert any("30 days" in n.text for n in nodes)


def test_metadata_is_hidden_from_the_llm_unless_asked_for(mem: Spectron) -> None:
    _seed(mem)
    node = SpectronRetriever(mem, scope=ALICE).retrieve("What does Alice eat?")[0].node
    assert node.get_content(metadata_mode=MetadataMode.LLM) == node.get_content()
    assert node.get_content(metadata_mode=MetadataMode.EMBED) == node.get_content()
    shown = SpectronRetriever(mem, scope=ALICE, llm_metadata_keys=["kind"]).retrieve("What does Alice eat?")[0]
    assert "kind: " in shown.node.get_content(metadata_mode=MetadataMode.LLM)
    with pytest.raises(ValueError):
        SpectronRetriever(mem, scope=ALICE, llm_metadata_keys=["password"])


def test_retriever_in_a_query_engine(mem: Spectron) -> None:
    _seed(mem)
    engine = RetrieverQueryEngine.from_args(SpectronRetriever(mem, scope=ALICE, top_k=5), llm=MockLLM())
    response = engine.query("What does Alice eat?")
    # MockLLM answers with the prompt it was given, so the response shows the context the LLM received.
    assert "Alice's food preference is vegan." in str(response)
    assert any(n.node.metadata["value"] == "vegan" for n in response.source_nodes)


async def test_async_retrieval_and_async_query_engine(tmp_path) -> None:  # type: ignore[no-untyped-def]
    amem = AsyncSpectron(path=str(tmp_path / "store"))
    await amem.remember("I now prefer vegan food.", scope=ALICE)
    retriever = SpectronRetriever(amem.bound(ALICE), top_k=5)
    nodes = await retriever.aretrieve("What does Alice eat?")
    assert any(n.node.metadata["value"] == "vegan" for n in nodes)
    assert [n.node.node_id for n in nodes] == [n.node.node_id for n in retriever.retrieve("What does Alice eat?")]
    response = await RetrieverQueryEngine.from_args(retriever, llm=MockLLM()).aquery("What does Alice eat?")
    assert "vegan" in str(response)


def test_empty_query_and_arguments(mem: Spectron) -> None:
    assert SpectronRetriever(mem, scope=ALICE).retrieve("   ") == []
    with pytest.raises(ValueError):
        SpectronRetriever(mem, scope=ALICE, top_k=0)
    with pytest.raises(ScopeError):
        SpectronRetriever(mem)
    assert SpectronRetriever(mem.bound(ALICE)).scope.as_dict() == ALICE
