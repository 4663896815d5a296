"""Scratch folders for the stores a benchmark builds, removed when the run ends.

Why: every run builds several stores (Spectron, plain Chroma, Mem0) of tens to hundreds of megabytes. They
used to be left in the system temp folder, and a day of benchmark and test runs left over 700 of them (11 GB)
on the machine they were measured on. Every folder of one process now lives under one root, removed by
:func:`remove_scratch` (each harness calls it once its systems are closed) or, if the run dies on an error,
at interpreter exit. ``SPECTRON_BENCH_KEEP=1`` keeps the folders for inspection and prints where they are.
"""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile

__all__ = ["remove_scratch", "scratch_dir"]

_root: str | None = None


def scratch_dir(prefix: str) -> str:
    """A new empty folder under this process's scratch root."""
    global _root
    if _root is None:
        _root = tempfile.mkdtemp(prefix="spectron-bench-")
    return tempfile.mkdtemp(prefix=prefix, dir=_root)


def remove_scratch() -> None:
    """Delete every scratch folder of this process (close the stores in them first)."""
    global _root
    root, _root = _root, None
    if root is None:
        return
    if os.environ.get("SPECTRON_BENCH_KEEP"):
        print(f"scratch stores kept in {root}", file=sys.stderr)
        return
    shutil.rmtree(root, ignore_errors=True)


atexit.register(remove_scratch)
