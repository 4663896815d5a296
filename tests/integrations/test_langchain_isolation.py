"""Security property: two users never see each other's memory through any LangChain adapter.

Alice writes a secret through every adapter's write path; Bob then reads, searches, lists and forgets
through every adapter's read and destructive paths (his own instances, the same session and namespace
names, and contexts that try to name Alice). Nothing of Alice's may reach Bob, and nothing Bob does may
remove it. A positive control checks Alice does see all of it, so the negative checks are meaningful.
"""

from __future__ import annotations

import re

import pytest
from langchain.agents import create_agent
from langchain_core.messages import HumanMessage

from spectron_core import ScopeError, Spectron
from spectron_integrations.langchain import (
    SpectronChatMessageHistory,
    SpectronMemory,
    SpectronMiddleware,
    SpectronRetriever,
    SpectronStore,
    spectron_tools,
)

from ._langchain_support import prompt_text, scripted

ORG = {"org": "acme"}
ALICE = {"org": "acme", "user": "alice"}
BOB = {"org": "acme", "user": "bob"}
SECRETS = ("7111", "7222", "7333", "7444", "7555")
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning", "ignore::PendingDeprecationWarning")


def _write_alices_secrets(mem: Spectron) -> None:
    alice = mem.bound(ALICE)
    SpectronMemory(alice, session_id="main").save_context(
        {"input": "My locker code is 7111."}, {"output": "Noted."})
    SpectronChatMessageHistory(alice, session_id="main").add_messages([HumanMessage("My locker code is 7222.")])
    {t.name: t for t in spectron_tools(alice)}["remember"].invoke({"text": "My locker code is 7333."})
    SpectronStore(alice).put(("secrets",), "locker", {"text": "My locker code is 7444."})
    agent = create_agent(scripted("Noted."), tools=[], middleware=[SpectronMiddleware(mem.bound(ORG))])
    agent.invoke({"messages": [HumanMessage("My locker code is 7555.")]}, context={"scope": {"user": "alice"}})


def _everything_bob_can_see(mem: Spectron) -> str:
    bob = mem.bound(BOB)
    seen: list[str] = []
    q = "what is my locker code"
    seen.append(str(SpectronMemory(bob, session_id="main").load_memory_variables({"input": q})))
    seen += [str(m.content) for m in SpectronChatMessageHistory(bob, session_id="main").messages]
    seen += [d.page_content + str(d.metadata) for d in SpectronRetriever(bob, k=50).invoke(q)]
    tools = {t.name: t for t in spectron_tools(bob)}
    seen.append(tools["recall"].invoke({"query": q, "scope": ALICE}))  # an injected scope argument is dropped
    seen.append(tools["profile"].invoke({}))
    store = SpectronStore(bob)
    seen.append(str(store.get(("secrets",), "locker")))
    seen += [str(i.value) for i in store.search((), query=q, limit=50)]
    seen += [str(ns) for ns in store.list_namespaces()]
    model = scripted("ok")
    agent = create_agent(model, tools=[], middleware=[SpectronMiddleware(mem.bound(ORG), remember=False)])
    agent.invoke({"messages": [HumanMessage(q)]}, context={"scope": {"user": "bob"}})
    seen.append(prompt_text(model.received[0]))
    return "\n".join(seen)


def test_two_users_never_see_each_other_through_any_adapter(mem: Spectron) -> None:
    _write_alices_secrets(mem)
    bob_sees = _everything_bob_can_see(mem)
    leaked = [s for s in SECRETS if s in bob_sees]
    assert not leaked, f"Bob saw Alice's {leaked}"
    # Positive control: each secret is really stored and visible to Alice.
    alice_sees = " ".join(d.page_content + str(d.metadata.get("value"))
                          for d in SpectronRetriever(mem.bound(ALICE), k=50).invoke("locker code"))
    alice_sees += str(SpectronStore(mem.bound(ALICE)).get(("secrets",), "locker"))
    assert all(s in alice_sees for s in SECRETS), [s for s in SECRETS if s not in alice_sees]


def test_bobs_destructive_paths_never_reach_alice(mem: Spectron) -> None:
    _write_alices_secrets(mem)
    bob = mem.bound(BOB)
    {t.name: t for t in spectron_tools(bob)}["forget"].invoke({"query": "My locker code is 7333.", "scope": ALICE})
    SpectronMemory(bob).clear()
    SpectronChatMessageHistory(bob, session_id="main").clear()
    SpectronStore(bob).delete(("secrets",), "locker")
    SpectronStore(mem.bound(BOB), purge=True).delete(("secrets",), "locker")
    alice_sees = " ".join(d.page_content for d in SpectronRetriever(mem.bound(ALICE), k=50).invoke("locker code"))
    assert all(s in alice_sees or s == "7444" for s in SECRETS)
    assert SpectronStore(mem.bound(ALICE)).get(("secrets",), "locker") is not None


def test_bob_cannot_name_alice_in_any_adapter(mem: Spectron) -> None:
    bob = mem.bound(BOB)
    for build in (lambda: SpectronMemory(bob, scope=ALICE), lambda: SpectronRetriever(bob, scope=ALICE),
                  lambda: SpectronChatMessageHistory(bob, scope=ALICE), lambda: SpectronStore(bob, scope=ALICE),
                  lambda: spectron_tools(bob, scope=ALICE), lambda: SpectronMiddleware(bob, scope=ALICE)):
        with pytest.raises(ScopeError):
            build()
    with pytest.raises(ScopeError):
        SpectronStore(bob).put(("user", "alice"), "k", {"v": 1})
    shared = create_agent(scripted("x"), tools=spectron_tools(bob), middleware=[SpectronMiddleware(bob)])
    with pytest.raises(ScopeError):
        shared.invoke({"messages": [HumanMessage("hi")]}, context={"scope": {"user": "alice"}})
    assert not re.search(r"7\d{3}", str(mem.recall("locker", scope=BOB).formatted))
