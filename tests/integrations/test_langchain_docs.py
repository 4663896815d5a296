"""The LangChain section's example runs as written; the package's exports are pinned; the adapters use only
``spectron_core``'s public API."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import spectron_integrations.langchain as lc

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "langchain.md"
PACKAGE = ROOT / "spectron_integrations" / "langchain"


def test_docs_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    blocks = re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    assert blocks, "docs/langchain.md has no python example"
    monkeypatch.setenv("SPECTRON_PATH", str(tmp_path / "store"))  # Spectron() opens its default store there
    monkeypatch.chdir(tmp_path)
    for code in blocks:
        exec(compile(code, str(DOC), "exec"), {"__name__": "__docs__"})
    out = capsys.readouterr().out
    assert "vegetarian" in out  # the retriever printed what the agent's run remembered
    assert "{'text': 'pescatarian since May'}" in out  # the store's search returned the item


def test_exports_are_pinned() -> None:
    assert sorted(lc.__all__) == sorted([
        "SpectronMemory", "SpectronChatMessageHistory", "SpectronRetriever", "spectron_tools", "SpectronStore",
        "SpectronMiddleware", "escape_label", "unescape_label", "default_context_scope",
    ])
    for name in lc.__all__:
        assert getattr(lc, name) is not None


def test_base_classes_are_the_frameworks() -> None:
    from langchain.agents.middleware import AgentMiddleware
    from langchain_classic.base_memory import BaseMemory
    from langchain_core.chat_history import BaseChatMessageHistory
    from langchain_core.retrievers import BaseRetriever
    from langgraph.store.base import BaseStore

    assert issubclass(lc.SpectronMemory, BaseMemory)
    assert issubclass(lc.SpectronChatMessageHistory, BaseChatMessageHistory)
    assert issubclass(lc.SpectronRetriever, BaseRetriever)
    assert issubclass(lc.SpectronStore, BaseStore)
    assert issubclass(lc.SpectronMiddleware, AgentMiddleware)


def test_adapters_import_only_the_public_core_api() -> None:
    for path in sorted(PACKAGE.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("spectron_core"):
                assert node.module == "spectron_core", f"{path.name} imports {node.module}"
            if isinstance(node, ast.Import):
                assert not any(a.name.startswith("spectron_core.") for a in node.names), path.name
            if isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__"):
                owner = node.value
                # no reaching into a client's privates (self._x on our own objects is fine)
                assert not (isinstance(owner, ast.Attribute) and owner.attr in ("_client", "client")
                            and node.attr in ("_engine", "_floor", "_resolve")), f"{path.name}: {node.attr}"
