"""The prompt-ready block: items grouped by what they are, cut to a token budget.

Groups, in this order: authoritative facts (documents), personal facts (what was said), instructions, open
conflicts, relevant excerpts (turns and chunks). Items are admitted in score order, so under a tight budget
the best items survive whatever their group; the final text is re-counted and never exceeds the budget.
"""

from __future__ import annotations

from .._tokens import count_tokens
from ._models import RecallItem

__all__ = ["format_items", "SECTIONS"]

SECTIONS = ("Authoritative facts", "Personal facts", "Instructions", "Open conflicts", "Relevant excerpts")


def _section(item: RecallItem) -> str:
    if item.kind == "instruction":
        return "Instructions"
    if item.kind == "uncertainty":
        return "Open conflicts"
    if item.kind in ("turn", "chunk"):
        return "Authoritative facts" if item.authoritative else "Relevant excerpts"
    return "Authoritative facts" if item.authoritative else "Personal facts"


def _line(item: RecallItem) -> str:
    text = " ".join(item.text.split())
    notes = []
    if item.kind == "turn" and item.valid_from is not None:
        text = f"[{item.valid_from.date().isoformat()}] {text}"
    elif item.kind in ("attribute", "relation") and item.valid_from is not None:
        notes.append(f"since {item.valid_from.date().isoformat()}")
    if not item.current:
        # A fact's version ends at its valid_until; a turn is never closed itself, only what it stated is
        notes.append(
            f"until {item.valid_until.date().isoformat()}" if item.valid_until is not None else "no longer current"
        )
    if item.conflict:
        notes.append("disputed")
    return f"- {text}" + (f" ({'; '.join(notes)})" if notes else "")


def _render(groups: dict[str, list[str]]) -> str:
    parts = []
    for name in SECTIONS:
        lines = groups.get(name)
        if lines:
            parts.append(f"## {name}\n" + "\n".join(lines))
    return "\n\n".join(parts)


def format_items(items: list[RecallItem], max_tokens: int | None) -> tuple[str, int]:
    """Render ``items`` (already in score order) and return (text, tokens) with tokens ≤ ``max_tokens``."""
    groups: dict[str, list[str]] = {}
    for item in items:
        candidate = {k: list(v) for k, v in groups.items()}
        lines = [(_section(item), _line(item))]
        if item.conflict:
            lines.append(("Open conflicts", f"- {' '.join(item.conflict.split())}"))
        for section, line in lines:
            if line not in candidate.get(section, []):  # a conflict is listed once, however many items cite it
                candidate.setdefault(section, []).append(line)
        if max_tokens is not None and count_tokens(_render(candidate)) > max_tokens:
            continue  # skip this one; a shorter, lower-ranked item may still fit
        groups = candidate
    text = _render(groups)
    tokens = count_tokens(text)
    return text, tokens
