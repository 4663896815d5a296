"""Patterns written inline at their use, compiled once and kept.

``re``'s own cache is bounded and evicts when many patterns are in play, as they are in the rules; a pattern
written at its call site (``_match(r"^up\\b", rest, re.I)``) goes through this cache instead.
"""

from __future__ import annotations

import re

__all__ = ["_match", "_search", "_split", "_sub"]


_RX_CACHE: dict[tuple[str, int], re.Pattern[str]] = {}


def _rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compiled once and kept (the ``re`` module's own cache evicts when many patterns are in play)."""
    got = _RX_CACHE.get((pattern, flags))
    if got is None:
        got = _RX_CACHE[(pattern, flags)] = re.compile(pattern, flags)
    return got


def _match(pattern: str, string: str, flags: int = 0) -> re.Match[str] | None:
    return _rx(pattern, flags).match(string)


def _search(pattern: str, string: str, flags: int = 0) -> re.Match[str] | None:
    return _rx(pattern, flags).search(string)


def _sub(pattern: str, repl: str, string: str, count: int = 0, flags: int = 0) -> str:
    return _rx(pattern, flags).sub(repl, string, count)


def _split(pattern: str, string: str, maxsplit: int = 0, flags: int = 0) -> list[str]:
    return _rx(pattern, flags).split(string, maxsplit)
