"""Item 9: adapters given the user's chat model extract with it (``LLMExtractor``), through the per-call
``extractor=`` that ``Spectron.remember``/``Session.remember``/``Session.remember_many`` accept, and the
cost per remember is what the docs say."""

from __future__ import annotations

import json
from typing import Any

import pytest
from langchain.agents import create_agent
from langchain_core.messages import HumanMessage

from spectron_core import Extraction, ExtractionContext, Spectron, ValidationError
from spectron_integrations.langchain import SpectronChatMessageHistory, SpectronMiddleware, spectron_tools

from ._langchain_support import extraction_json, scripted

ALICE = {"org": "acme", "user": "alice"}


def _values(mem: Spectron, scope: dict[str, str]) -> set[str]:
    p = mem.profile(scope=scope)
    return {f.value for f in p.static + p.preferences + p.knowledge + p.dynamic}


class Marker:
    """An extractor that only counts calls and finds nothing."""

    name = "marker"

    def __init__(self) -> None:
        self.calls = 0

    def extract(self, ctx: ExtractionContext) -> Extraction:
        return self.extract_many([ctx])[0]

    def extract_many(self, ctxs: list[ExtractionContext]) -> list[Extraction]:
        self.calls += 1
        return [Extraction(extractor=self.name) for _ in ctxs]


def test_per_call_extractor_replaces_the_clients_for_that_write_only(mem: Spectron) -> None:
    marker = Marker()
    mem.remember("I prefer vegetarian food.", scope=ALICE, extractor=marker)
    assert marker.calls == 1 and "vegetarian" not in _values(mem, ALICE)  # the marker found nothing
    with mem.sessions.create(scope=ALICE) as s:
        s.remember_many(["I prefer vegetarian food.", "I live in Porto."], extractor=marker)
        assert marker.calls == 2  # one batch
        s.remember("I prefer vegetarian food!")  # the client's own (rule) extractor again
    assert "vegetarian" in _values(mem, ALICE)
    with pytest.raises(ValidationError):
        mem.remember("I have a cat.", scope={"user": "zed"}, extractor=object())  # type: ignore[arg-type]
    assert mem.sessions.list(scope={"user": "zed"}) == []  # refused before anything was written


def test_tools_history_and_middleware_extract_with_the_users_model(mem: Spectron) -> None:
    reply = extraction_json("favorite_color", "teal", "teal")
    model = scripted(reply)
    remember = {t.name: t for t in spectron_tools(mem.bound(ALICE), chat_model=model, extraction="always")}
    remember["remember"].invoke({"text": "Teal, always teal."})
    assert len(model.received) == 1 and "teal" in _values(mem, ALICE)  # one call per remember
    one = json.loads(reply)
    batch = json.dumps({"messages": [{"index": 0, **one}, {"index": 1, **one}]})
    batch_model = scripted(batch)
    history = SpectronChatMessageHistory(mem, scope={"user": "h"}, chat_model=batch_model, extraction="always")
    history.add_messages([HumanMessage("Teal suits me."), HumanMessage("Teal again.")])
    assert len(batch_model.received) == 1  # one call for the batch of two messages
    assert "teal" in _values(mem, {"user": "h"})

    agent_model = scripted("ok")
    # The run's two messages (the user's and the agent's "ok") go to the model as one batch: one call.
    empty = {"attributes": [], "relations": [], "instructions": []}
    extract_model = scripted(json.dumps({"messages": [{"index": 0, **one}, {"index": 1, **empty}]}))
    agent = create_agent(agent_model, tools=[], middleware=[
        SpectronMiddleware(mem.bound({"user": "m"}), chat_model=extract_model, extraction="always")])
    agent.invoke({"messages": [HumanMessage("Teal is the one.")]})
    assert len(extract_model.received) == 1 and "teal" in _values(mem, {"user": "m"})


def test_cascade_asks_the_model_only_when_rules_are_unsure(mem: Spectron) -> None:
    quiet: Any = scripted()  # any call would be recorded
    tools = {t.name: t for t in spectron_tools(mem.bound(ALICE), chat_model=quiet)}  # cascade is the default
    tools["remember"].invoke({"text": "I prefer vegetarian food."})
    assert quiet.received == []
    assert "vegetarian" in _values(mem, ALICE)
