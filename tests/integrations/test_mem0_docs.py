"""The migration guide's example (``docs/migrate_from_mem0.md``) runs as written, offline, against the real
``mem0ai``: the lead merges that page into the README, so its code must stay true."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

import pytest

# Mem0 reads MEM0_TELEMETRY once, when it is imported: offline tests must set it before the import.
os.environ["MEM0_TELEMETRY"] = "False"
pytest.importorskip("mem0")

DOC = Path(__file__).resolve().parents[2] / "docs" / "migrate_from_mem0.md"


def test_migration_guide_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    blocks = re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.S)
    assert len(blocks) == 1, "the guide has one runnable example"
    monkeypatch.chdir(tmp_path)
    # the example's tempfile.mkdtemp() must land here: tempfile caches its folder at first use, so setting
    # TMPDIR alone left one Mem0 + Spectron store in the machine's /tmp per run
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    namespace = {"__name__": "migrate_from_mem0_example"}
    exec(compile(blocks[0], str(DOC), "exec"), namespace)
    assert "['ADD', 'UPDATE']" in capsys.readouterr().out
    assert Path(namespace["work"]).parent == tmp_path
    namespace["spectron"].close()
