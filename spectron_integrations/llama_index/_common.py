"""What the LlamaIndex adapters share: binding a client to its scope, reading message text, node metadata.

Private to the package. Everything here goes through ``spectron_core``'s public API only.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

from llama_index.core.base.llms.types import ChatMessage, TextBlock

from spectron_core import AsyncSpectron, RecallItem, Scope, ScopeError, Spectron

__all__ = ["MemoryLike", "bind_client", "message_text", "item_metadata", "session_name", "METADATA_KEYS"]

MemoryLike = Spectron | AsyncSpectron
"""What every adapter accepts: a sync or async client, bound (``mem.bound(floor)``) or not."""

METADATA_KEYS: tuple[str, ...] = (
    "id",
    "kind",
    "category",
    "entity",
    "key",
    "value",
    "valid_from",
    "valid_until",
    "source",
    "scope",
    "turn_ids",
    "session_id",
    "authoritative",
    "current",
    "conflict",
    "score",
)
"""Keys of every retrieved node's metadata, always all present (``None`` where a record has no value)."""


def bind_client(memory: MemoryLike, scope: Mapping[str, str] | Scope | None) -> Spectron:
    """The sync client every adapter works through, confined to ``scope``.

    The adapters hold a *bound* client, so whatever reaches them later (a model's tool arguments, a message
    from another user) cannot widen what they read, write or forget: the core refuses any scope outside the
    floor with :class:`~spectron_core.ScopeError`. Async clients are unwrapped to their sync twin; the async
    adapter methods run it in a worker thread, exactly as ``AsyncSpectron`` does itself.

    ``scope=None`` means the client's own floor. An *unbound* client without a scope is refused instead of
    silently meaning the global scope ``{}``, which every user would share; so is ``scope={}`` (the core
    refuses a floor that confines nothing). Org-wide memory is an ``{"org": ...}`` scope.
    """
    if isinstance(memory, AsyncSpectron):
        client = memory.sync
    elif isinstance(memory, Spectron):
        client = memory
    else:
        raise TypeError(f"expected a Spectron or AsyncSpectron client (bound or not), got {type(memory).__name__}")
    if scope is None:
        if client.floor is None:
            raise ScopeError(
                "this client is not bound to a scope: pass scope={...} (e.g. {'user': 'alice'}) or a bound "
                "client (mem.bound({...}))"
            )
        return client
    return client.bound(scope)  # raises ScopeError outside the client's floor


def message_text(message: ChatMessage) -> str:
    """The text of a chat message: its text blocks joined (images, tool calls and the like carry none)."""
    return "\n".join(b.text for b in message.blocks if isinstance(b, TextBlock) and b.text).strip()


def session_name(scope: Scope, session_id: str) -> str:
    """Spectron session name for a LlamaIndex session id seen at ``scope``.

    The scope is part of the name, so two users whose applications both call their memory session
    ``"default"`` get two Spectron sessions rather than a clash (a Spectron session belongs to one scope).
    """
    canonical = json.dumps(scope.as_dict(), sort_keys=True, separators=(",", ":"))
    digest = hashlib.sha256(f"{canonical}\x00{session_id}".encode()).hexdigest()[:40]
    return f"llama_index:{digest}"


def item_metadata(item: RecallItem) -> dict[str, Any]:
    """Node metadata for one recall item: what an application needs to cite, audit and judge it.

    JSON-safe (times as ISO 8601 strings, the source as a dict), so nodes survive a docstore or a trace.
    """
    return item.metadata()
