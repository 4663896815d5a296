"""``SpectronRetriever``: langchain-tests' ``RetrieversIntegrationTests``, and the metadata a Document carries."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from functools import lru_cache
from typing import Any

import pytest
from langchain_tests.integration_tests import RetrieversIntegrationTests

from spectron_core import Spectron, ValidationError
from spectron_integrations.langchain import SpectronRetriever

ALICE = {"org": "acme", "user": "alice"}


@lru_cache(maxsize=1)
def _seeded() -> Spectron:
    """One store per test process for the standard suite (it constructs many retrievers)."""
    folder = tempfile.mkdtemp(prefix="spectron-retriever-")
    atexit.register(shutil.rmtree, folder, True)
    mem = Spectron(path=folder)
    with mem.sessions.create(scope=ALICE) as s:
        for text in ("I prefer vegetarian food.", "I live in Lisbon.", "I work at Acme as a pilot.",
                     "I have two cats.", "Always answer in bullet points."):
            s.remember(text)
    return mem


class TestSpectronRetrieverStandard(RetrieversIntegrationTests):
    @property
    def retriever_constructor(self) -> type[SpectronRetriever]:
        return SpectronRetriever

    @property
    def retriever_constructor_params(self) -> dict[str, Any]:
        return {"memory": _seeded().bound(ALICE)}

    @property
    def retriever_query_example(self) -> str:
        return "What does Alice eat and where does she live?"


def test_documents_carry_provenance(mem: Spectron) -> None:
    mem.documents.ingest("Returns are accepted within 30 days.", title="Return policy", scope={"org": "acme"})
    with mem.sessions.create(scope=ALICE) as s:
        s.remember("I prefer vegetarian food.")
    docs = SpectronRetriever(mem.bound(ALICE), k=10).invoke("what food does alice prefer")
    fact = next(d for d in docs if d.metadata["kind"] == "attribute" and d.metadata["value"] == "vegetarian")
    md = fact.metadata
    assert md["current"] is True and md["entity"] == "Person/alice" and md["key"]
    assert md["scope"] == ALICE and md["source"]["kind"] == "turn" and md["turn_ids"] and md["session_id"]
    assert md["valid_from"] is not None and md["valid_until"] is None and fact.id == md["id"]
    assert md["category"] and isinstance(md["score"], float)
    # A new value for the same key supersedes it; history on request brings the old one back, not current.
    mem.remember(triples=[("Person/alice", md["key"], "pescatarian")], scope=ALICE)
    now = SpectronRetriever(mem.bound(ALICE), k=10).invoke("what food does alice prefer pescatarian")
    assert not any(d.metadata["value"] == "vegetarian" and d.metadata["kind"] == "attribute" for d in now)
    old = SpectronRetriever(mem.bound(ALICE), k=10, include_history=True).invoke("vegetarian food")
    assert any(d.metadata["value"] == "vegetarian" and d.metadata["current"] is False
               and d.metadata["valid_until"] for d in old)
    policy = SpectronRetriever(mem.bound(ALICE), k=5).invoke("returns policy days")
    assert any(d.metadata["authoritative"] and "30 days" in d.page_content for d in policy)
    with pytest.raises(ValidationError):
        SpectronRetriever(mem.bound(ALICE)).invoke("x", k=0)
