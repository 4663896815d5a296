"""Every notebook in ``cookbook/`` runs top to bottom, offline, on a fresh temporary store.

The notebooks are documentation users copy from; executing them here keeps them true. Each runs in its own
kernel with the working directory set to a temporary folder and ``SPECTRON_PATH`` pointed inside it, so a
notebook never touches the user's default store.
"""

from __future__ import annotations

from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

COOKBOOK = Path(__file__).resolve().parent.parent / "cookbook"
NOTEBOOKS = sorted(COOKBOOK.glob("*.ipynb"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs_offline(path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPECTRON_PATH", str(tmp_path / "store"))
    monkeypatch.setenv("SPECTRON_COOKBOOK_OFFLINE", "1")  # notebooks use their fake model, never a real one
    scratch = tmp_path / "tmpdir"  # the kernel's temp folder: a notebook cleans up the stores it makes there
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    monkeypatch.setenv("MEM0_TELEMETRY", "False")
    monkeypatch.setenv("ANONYMIZED_TELEMETRY", "False")
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL"):
        monkeypatch.delenv(var, raising=False)
    nb = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(nb, timeout=600, kernel_name="python3",
                                     resources={"metadata": {"path": str(tmp_path)}})
    client.execute()
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
              if o.get("output_type") == "error"]
    assert not errors, errors
    assert not [p for p in scratch.iterdir() if p.is_dir()], "the notebook left a store in the temp folder"


def test_cookbook_is_not_empty_once_integrations_exist() -> None:
    # The integrations each ship a notebook; an empty glob would make the test above pass vacuously.
    if (Path(__file__).resolve().parent.parent / "spectron_integrations" / "langchain").exists():
        assert NOTEBOOKS, "cookbook/ has no notebooks"
    else:
        pytest.skip("no integration packages yet")
