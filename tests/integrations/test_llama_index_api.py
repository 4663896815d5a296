"""The package's contract: exports, framework base classes (LlamaIndex's MRO test), public-API-only imports,
and the documented example (``docs/llama_index.md``) running as written."""

from __future__ import annotations

import ast
import contextlib
import io
import re
from pathlib import Path

import pytest

pytest.importorskip("llama_index.core")

from llama_index.core.base.base_retriever import BaseRetriever  # noqa: E402
from llama_index.core.memory import BaseMemory, BaseMemoryBlock, Memory  # noqa: E402
from llama_index.core.tools import BaseTool, FunctionTool  # noqa: E402

import spectron_integrations.llama_index as li  # noqa: E402
from spectron_core import Spectron  # noqa: E402
from tests.integrations.llama_index_support import ALICE  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "spectron_integrations" / "llama_index"


def test_exports() -> None:
    assert li.__all__ == [
        "SpectronMemoryBlock", "SpectronMemory", "spectron_memory", "SpectronRetriever", "spectron_tools",
        "render_profile", "TOOL_NAMES", "METADATA_KEYS",
    ]
    for name in li.__all__:
        assert getattr(li, name) is not None


def test_class() -> None:
    names_of_base_classes = [b.__name__ for b in li.SpectronMemoryBlock.__mro__]
    assert BaseMemoryBlock.__name__ in names_of_base_classes
    assert issubclass(li.SpectronMemoryBlock, BaseMemoryBlock)
    assert BaseRetriever.__name__ in [b.__name__ for b in li.SpectronRetriever.__mro__]
    assert issubclass(li.SpectronMemory, Memory) and issubclass(li.SpectronMemory, BaseMemory)
    assert li.SpectronMemoryBlock.class_name() == "SpectronMemoryBlock"
    assert li.SpectronRetriever.class_name() == "SpectronRetriever"
    assert li.SpectronMemory.class_name() == "SpectronMemory"


def test_instances_are_what_llama_index_expects(mem: Spectron) -> None:
    assert isinstance(li.SpectronMemoryBlock(mem, scope=ALICE), BaseMemoryBlock)
    assert isinstance(li.SpectronRetriever(mem, scope=ALICE), BaseRetriever)
    assert isinstance(li.spectron_memory(mem, scope=ALICE), Memory)
    assert all(isinstance(t, FunctionTool) and isinstance(t, BaseTool) for t in li.spectron_tools(mem, scope=ALICE))


def test_adapters_import_only_the_public_spectron_core_api() -> None:
    for path in sorted(PACKAGE.glob("*.py")):
        tree = ast.parse(path.read_text(), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                assert not node.module.startswith("spectron_core."), f"{path.name} imports {node.module}"
                if node.module == "spectron_core":
                    import spectron_core

                    private = [a.name for a in node.names if a.name not in spectron_core.__all__]
                    assert not private, f"{path.name} imports non-public names {private}"
            if isinstance(node, ast.Import):
                assert not [a.name for a in node.names if a.name.startswith("spectron_core.")], path.name


def _python_blocks(markdown: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", markdown, flags=re.DOTALL)


def test_documented_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = _python_blocks((ROOT / "docs" / "llama_index.md").read_text())
    assert blocks, "docs/llama_index.md has no python example"
    monkeypatch.setenv("SPECTRON_PATH", str(tmp_path / "store"))
    monkeypatch.chdir(tmp_path)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        for code in blocks:
            exec(compile(code, "docs/llama_index.md", "exec"), {"__name__": "__docs__"})
    printed = out.getvalue().splitlines()
    assert printed[0] == "vegan"  # the profile's current preference after the change
    assert any("vegan" in line for line in printed[1:4])  # a retrieved node
    assert any("vegan" in line for line in printed[4:])  # the recall tool's block
