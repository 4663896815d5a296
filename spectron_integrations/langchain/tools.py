"""Agent tools: ``remember``, ``recall``, ``profile`` and ``forget`` as LangChain structured tools.

The scope is never a tool argument. It comes from the application: the bound client's floor or ``scope=``,
narrowed per call by LangGraph's ``ToolRuntime.context`` (``agent.invoke(..., context={"scope": {...}})``),
and a bound client refuses anything outside its floor. The schemas hold only the query or text, and extra
arguments a model invents (``{"scope": {"user": "bob"}}``) are dropped by validation, so a prompt-injected
agent cannot reach another user's memory. The global scope (which sees every user) is refused unless
``allow_global=True``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from langchain_core.tools import BaseTool, StructuredTool
from langgraph.prebuilt import ToolRuntime
from pydantic import BaseModel, ConfigDict, Field

from spectron_core import Profile, RememberResult, Scope, Spectron, ValidationError

from ._common import (
    ContextScope,
    ExtractionMode,
    MemoryLike,
    as_client,
    base_scope,
    context_scope,
    make_extractor,
    refuse_global,
)

__all__ = ["spectron_tools", "RememberInput", "RecallInput", "ProfileInput", "ForgetInput", "TOOL_NAMES"]

TOOL_NAMES = ("remember", "recall", "profile", "forget")


class _Args(BaseModel):
    model_config = ConfigDict(extra="ignore")


class RememberInput(_Args):
    text: str = Field(description="What to remember, in the user's own words (e.g. 'I prefer vegetarian food').")


class RecallInput(_Args):
    query: str = Field(description="What to look up in memory, as a question or keywords.")


class ProfileInput(_Args):
    """No arguments: the profile of the current user."""


class ForgetInput(_Args):
    query: str = Field(description="What to forget, described in words (e.g. 'my old address').")


def _summarise_write(result: RememberResult) -> str:
    facts = [
        f"{c.record.kind} {getattr(c.record, 'key', '') or getattr(c.record, 'label', '')}".strip() + f" ({c.action})"
        for c in result.changes
        if c.record.kind != "entity"
    ]
    return "Remembered." + (" " + "; ".join(facts) if facts else "")


def _summarise_profile(p: Profile) -> str:
    lines = [
        f"- {f.entity} {f.key}: {f.value}" + (" (disputed)" if f.conflict else "")
        for f in [*p.static, *p.preferences, *p.knowledge, *p.dynamic]
    ]
    lines += [f"- {r.text or f'{r.subject} {r.label} {r.object}'}" for r in p.relations]
    lines += [f"- instruction: {i['text']}" for i in p.instructions]
    return "\n".join(lines) if lines else "No profile facts yet."


class _Toolkit:
    """Holds the client and scope policy the four tools share."""

    def __init__(
        self,
        client: Spectron,
        scope: Scope,
        resolver: ContextScope | None,
        extractor: Any,
        top_k: int,
        max_tokens: int,
        allow_global: bool,
    ) -> None:
        self.client, self.scope, self.resolver, self.extractor = client, scope, resolver, extractor
        self.top_k, self.max_tokens, self.allow_global = top_k, max_tokens, allow_global

    def scope_for(self, runtime: ToolRuntime | None) -> Scope:
        context = getattr(runtime, "context", None) if runtime is not None else None
        s = context_scope(self.scope, context, self.resolver)
        if not self.allow_global:
            refuse_global(s, "a Spectron tool")
        return s

    # Each tool is a plain function (sync) plus a coroutine running it in a worker thread; ``runtime`` is
    # injected by LangGraph's ToolNode and is None when a tool is invoked directly.
    def remember(self, text: str, runtime: ToolRuntime = None) -> str:  # type: ignore[assignment]
        return _summarise_write(self.client.remember(text, scope=self.scope_for(runtime), extractor=self.extractor))

    def recall(self, query: str, runtime: ToolRuntime = None) -> str:  # type: ignore[assignment]
        result = self.client.recall(query, top_k=self.top_k, scope=self.scope_for(runtime), max_tokens=self.max_tokens)
        return result.formatted or "No relevant memories found."

    def profile(self, runtime: ToolRuntime = None) -> str:  # type: ignore[assignment]
        return _summarise_profile(self.client.profile(scope=self.scope_for(runtime)))

    def forget(self, query: str, runtime: ToolRuntime = None) -> str:  # type: ignore[assignment]
        result = self.client.forget(query, scope=self.scope_for(runtime))
        return f"Forgot {result.total} record(s)." if result.total else "Nothing matching was found to forget."

    async def aremember(self, text: str, runtime: ToolRuntime = None) -> str:  # type: ignore[assignment]
        return await asyncio.to_thread(self.remember, text, runtime)

    async def arecall(self, query: str, runtime: ToolRuntime = None) -> str:  # type: ignore[assignment]
        return await asyncio.to_thread(self.recall, query, runtime)

    async def aprofile(self, runtime: ToolRuntime = None) -> str:  # type: ignore[assignment]
        return await asyncio.to_thread(self.profile, runtime)

    async def aforget(self, query: str, runtime: ToolRuntime = None) -> str:  # type: ignore[assignment]
        return await asyncio.to_thread(self.forget, query, runtime)


_SPECS: dict[str, tuple[type[BaseModel], str]] = {
    "remember": (
        RememberInput,
        "Store something the user said about themselves, their preferences or "
        "standing instructions in long-term memory.",
    ),
    "recall": (
        RecallInput,
        "Look up what long-term memory holds about the user that is relevant to a "
        "question. Returns facts, instructions and excerpts.",
    ),
    "profile": (
        ProfileInput,
        "Get the structured profile of the user: current facts, preferences and standing instructions.",
    ),
    "forget": (
        ForgetInput,
        "Forget memories matching a description, when the user asks to be forgotten "
        "or says something is no longer true.",
    ),
}


def spectron_tools(
    memory: MemoryLike,
    *,
    scope: Mapping[str, str] | None = None,
    context_scope: ContextScope | None = None,
    include: Sequence[str] = TOOL_NAMES,
    top_k: int = 5,
    max_tokens: int = 500,
    chat_model: Any = None,
    extraction: ExtractionMode = "cascade",
    allow_global: bool = False,
) -> list[BaseTool]:
    """The memory tools for an agent, confined to the application's scope.

    >>> tools = spectron_tools(mem.bound({"org": "acme", "user": "alice"}))          # doctest: +SKIP
    >>> agent = create_agent(model, tools=tools)                                    # doctest: +SKIP
    >>> # or one tool set for every user, the scope chosen per run by the application:
    >>> agent = create_agent(model, tools=spectron_tools(mem.bound({"org": "acme"})))   # doctest: +SKIP
    >>> agent.invoke({"messages": [...]}, context={"scope": {"user": "alice"}})       # doctest: +SKIP

    Args:
        memory: a ``Spectron``/``AsyncSpectron`` client or a bound one.
        scope: the tools' base scope (default: the bound floor).
        context_scope: maps the runtime context to a scope (default: ``context["scope"]`` or
            ``context.scope``); the result may only narrow the base scope.
        include: which of ``remember``, ``recall``, ``profile``, ``forget`` to build.
        top_k, max_tokens: recall size and token budget of the ``recall`` tool's answer.
        chat_model: extract facts with this model through ``LLMExtractor`` (cost: ``"cascade"`` at most one
            call per ``remember`` and usually none; ``"always"`` one call per ``remember``).
        allow_global: permit the global scope ``{}`` (it sees every user's memory).

    Raises:
        spectron_core.ValidationError: an unknown tool name in ``include``.
        spectron_core.ScopeError: ``scope`` outside the bound floor.
    """
    unknown = [n for n in include if n not in TOOL_NAMES]
    if unknown:
        raise ValidationError(f"unknown Spectron tools {unknown}; choose from {list(TOOL_NAMES)}")
    client = as_client(memory)
    kit = _Toolkit(
        client,
        base_scope(client, scope),
        context_scope,
        make_extractor(chat_model, extraction),
        top_k,
        max_tokens,
        allow_global,
    )
    tools: list[BaseTool] = []
    for name in include:
        schema, description = _SPECS[name]
        func: Callable[..., str] = getattr(kit, name)
        coro: Callable[..., Any] = getattr(kit, "a" + name)
        tools.append(
            StructuredTool.from_function(
                func=func, coroutine=coro, name=name, description=description, args_schema=schema
            )
        )
    return tools
