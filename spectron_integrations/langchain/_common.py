"""What every LangChain adapter shares: turning ``memory`` into a client, resolving the scope, building the
optional LLM extractor, and reading text out of LangChain messages.

The rule that matters for security lives here once: an adapter's scope is chosen by the application (the
``scope=`` argument, the bound client's floor, or LangGraph's runtime ``context``), never by a model's tool
arguments, and whatever the context says is confined inside the client's floor (a bound client raises
:class:`spectron_core.ScopeError` on anything broader).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Literal

from spectron_core import AsyncSpectron, Scope, ScopeError, Spectron, ValidationError

__all__ = [
    "MemoryLike",
    "ContextScope",
    "ExtractionMode",
    "as_client",
    "base_scope",
    "context_scope",
    "default_context_scope",
    "make_extractor",
    "message_role",
    "message_text",
]

MemoryLike = Spectron | AsyncSpectron
"""What every adapter accepts as ``memory``: a client, its async twin, or a bound one (``mem.bound(...)``)."""

ContextScope = Callable[[Any], Mapping[str, str] | None]
"""Maps LangGraph's runtime ``context`` (whatever the application passed as ``context=``) to a scope."""

ExtractionMode = Literal["cascade", "always"]


def as_client(memory: Any) -> Spectron:
    """The sync client behind ``memory``. Async adapters run it in a worker thread, exactly as
    :class:`AsyncSpectron` does itself, so there is one code path for both."""
    if isinstance(memory, AsyncSpectron):
        return memory.sync
    if isinstance(memory, Spectron):
        return memory
    raise ValidationError(
        f"memory must be a Spectron or AsyncSpectron client (or mem.bound(...)), got {type(memory).__name__}"
    )


def base_scope(client: Spectron, scope: Mapping[str, str] | None) -> Scope:
    """The adapter's scope: ``scope`` if given (it must lie within the client's floor), else the floor, else
    global. Checked at construction so a misconfigured adapter fails before it is handed to an agent."""
    floor = client.floor
    if scope is None:
        return floor if floor is not None else Scope()
    s = Scope.of(scope)
    if floor is not None and not s.within(floor):
        raise ScopeError(f"scope {s.as_dict()} is outside the client's floor {floor.as_dict()}")
    return s


def default_context_scope(context: Any) -> Mapping[str, str] | None:
    """Read a scope from LangGraph's runtime context: ``context["scope"]`` for a mapping, ``context.scope``
    for a dataclass or pydantic object; ``None`` when the context carries none."""
    if context is None:
        return None
    if isinstance(context, Mapping):
        value = context.get("scope")
    else:
        value = getattr(context, "scope", None)
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise ScopeError(f"runtime context scope must be a mapping of dimension -> value, got {type(value).__name__}")
    return value


def context_scope(base: Scope, context: Any, resolver: ContextScope | None) -> Scope:
    """The scope for one call: ``base`` narrowed by what the runtime context names.

    The context may only narrow: a dimension it shares with ``base`` must have the same value, so an
    application that binds an adapter to ``{"org": "acme"}`` can route per-user context inside that org and
    nowhere else. Raises :class:`ScopeError` otherwise.
    """
    found = (resolver or default_context_scope)(context)
    if not found:
        return base
    extra = Scope.of(found)
    for dim, value in extra.items():
        if dim in base and base[dim] != value:
            raise ScopeError(f"runtime context scope {extra.as_dict()} is outside the adapter's scope {base.as_dict()}")
    return Scope({**base.as_dict(), **extra.as_dict()})


def refuse_global(scope: Scope, what: str) -> None:
    """Model-facing adapters (tools, middleware) refuse the global scope unless told otherwise: a read at
    ``{}`` sees every user's memory, which is never what an agent should be handed by accident."""
    if not scope:
        raise ScopeError(
            f"{what} resolved to the global scope {{}}, which sees every user's memory; bind the client "
            "(mem.bound({...})), pass scope=, put a scope in the runtime context, or pass allow_global=True"
        )


def make_extractor(chat_model: Any, extraction: ExtractionMode = "cascade") -> Any:
    """Wrap the user's chat model in :class:`spectron_core.LLMExtractor` (or return ``None`` without one).

    ``"cascade"`` (default) runs the rule extractor first and calls the model only for turns the rules are
    unsure about or find nothing in although they look factual: zero or one model call per remembered turn,
    usually zero. ``"always"`` calls the model for every turn (one call per batch of up to 8 turns, plus up to
    one retry on unusable output). Either way a failing model degrades to the rules, never to a crash.
    """
    if chat_model is None:
        return None
    from spectron_core import LLMExtractor

    if extraction not in ("cascade", "always"):
        raise ValidationError(f"extraction must be 'cascade' or 'always', got {extraction!r}")
    return LLMExtractor(chat_model, mode=extraction)


_ROLES = {"human": "user", "ai": "assistant", "system": "system", "tool": "tool", "AIMessageChunk": "assistant"}


def message_role(message: Any) -> str | None:
    """Spectron's role for a LangChain message (``None`` for kinds memory does not keep, e.g. ``function``)."""
    return _ROLES.get(getattr(message, "type", ""), None)


def message_text(message: Any) -> str:
    """The plain text of a message (content blocks joined); empty for a pure tool-call AI message."""
    if isinstance(message, str):
        return message
    text = getattr(message, "text", None)
    if isinstance(text, str):  # langchain-core 1.x: a property (a str subclass, still callable)
        return str(text)
    if callable(text):  # langchain-core < 1.0 had .text()
        text = text()
        if isinstance(text, str):
            return text
    content = getattr(message, "content", "")
    return content if isinstance(content, str) else ""
