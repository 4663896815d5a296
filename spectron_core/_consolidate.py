"""Consolidation when a session closes (DESIGN §5). Filled in by the read-path work; returns the summary."""

from __future__ import annotations

from typing import Any, Optional

__all__ = ["consolidate_session"]


def consolidate_session(engine: Any, session: Any) -> Optional[str]:
    return None
