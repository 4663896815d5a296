"""``spectron_integrations.mem0`` exports a pinned surface and reaches the core only through its public API."""

from __future__ import annotations

import ast
from pathlib import Path

import spectron_integrations.mem0 as pkg

PACKAGE = Path(pkg.__file__).resolve().parent


def test_exports_are_pinned() -> None:
    assert sorted(pkg.__all__) == sorted([
        "Memory", "AsyncMemory", "Mem0ConfigError", "Mem0ArgumentError",
        "DualWriteMemory", "DualWriteReport", "FailedWrite",
        "replay_mem0_export", "export_from_mem0", "load_mem0_export", "ReplayResult",
    ])
    for name in pkg.__all__:
        assert getattr(pkg, name) is not None


def test_only_the_public_core_api_is_imported() -> None:
    for path in PACKAGE.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("spectron_core"):
                assert node.module == "spectron_core", f"{path.name} imports {node.module}"
            if isinstance(node, ast.Import):
                for alias in node.names:
                    assert not alias.name.startswith("spectron_core."), f"{path.name} imports {alias.name}"
                    assert alias.name.split(".")[0] != "mem0", f"{path.name} imports mem0ai at module level"
            if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "mem0":
                raise AssertionError(f"{path.name} imports mem0ai: the migration code must not need it")


def test_errors_are_the_core_error_tree() -> None:
    from spectron_core import ConfigurationError, ValidationError

    assert issubclass(pkg.Mem0ConfigError, ConfigurationError)
    assert issubclass(pkg.Mem0ArgumentError, ValidationError) and issubclass(pkg.Mem0ArgumentError, ValueError)
