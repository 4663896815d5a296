"""Entity addressing: ``Type/name`` with the name normalised for identity and the display name kept."""

from __future__ import annotations

import re
import unicodedata

from ._errors import ValidationError
from ._validate import check_clean

__all__ = ["entity_ref", "normalise_name", "split_ref", "principal_for", "agent_for"]

_WS = re.compile(r"\s+")
_TYPE_RE = re.compile(r"^[A-Z][A-Za-z0-9_]{0,63}$")


def normalise_name(name: str) -> str:
    """Case-fold, strip accents' compatibility forms, collapse whitespace: "  Alice  Smith" -> "alice smith"."""
    text = unicodedata.normalize("NFKC", name).strip().casefold()
    text = _WS.sub(" ", text)
    return text.strip(" .,;:!?\"'")


def entity_ref(type_: str, name: str) -> str:
    """Build the canonical address of an entity: ``entity_ref("person", " Alice ") == "Person/alice"``."""
    t = type_.strip()
    if t:
        t = t[0].upper() + t[1:]
    if not _TYPE_RE.match(t):
        raise ValidationError(f"entity type {type_!r} must be a word like 'Person' or 'Org'")
    n = normalise_name(name)
    if not n:
        raise ValidationError(f"entity name {name!r} is empty after normalisation")
    if "/" in n:
        n = n.replace("/", " ")
    return f"{t}/{n}"


def split_ref(ref: str) -> tuple[str, str]:
    """``"Person/alice" -> ("Person", "alice")``; a bare name becomes a ``Thing``."""
    if not isinstance(ref, str) or not ref.strip():
        raise ValidationError("entity reference must be a non-empty string like 'Person/alice'")
    check_clean(ref, field="entity reference")
    if "/" in ref:
        t, n = ref.split("/", 1)
        canonical = entity_ref(t, n)
    else:
        canonical = entity_ref("Thing", ref)
    t, n = canonical.split("/", 1)
    return t, n


def canonical_ref(ref: str) -> str:
    t, n = split_ref(ref)
    return f"{t}/{n}"


def principal_for(scope: dict[str, str]) -> str:
    """Who "I" is in a user turn: the ``user`` dimension, else a generic ``Person/user``."""
    return entity_ref("Person", scope.get("user", "user"))


def agent_for(scope: dict[str, str]) -> str:
    """Who "I" is in an assistant turn: the ``agent`` dimension, else ``Agent/assistant``."""
    return entity_ref("Agent", scope.get("agent", "assistant"))
