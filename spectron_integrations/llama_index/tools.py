"""Spectron memory as LlamaIndex agent tools: ``remember``, ``recall``, ``profile`` and ``forget``.

Example::

    from llama_index.core.agent.workflow import FunctionAgent
    from spectron_integrations.llama_index import spectron_tools

    tools = spectron_tools(mem, scope={"org": "acme", "user": "alice"})
    agent = FunctionAgent(tools=tools, llm=llm)

The scope is the application's decision, fixed when the tools are built: no tool takes a scope, user or
session argument, and the tools hold a client bound to that scope, so nothing a model writes into a tool call
can read, change or forget another user's memory.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from llama_index.core.tools import FunctionTool

from spectron_core import Profile, ProfileFact, RememberResult, Spectron

from ._common import MemoryLike, bind_client

__all__ = ["spectron_tools", "TOOL_NAMES", "render_profile"]

TOOL_NAMES: tuple[str, ...] = ("remember", "recall", "profile", "forget")


def _describe_remember(result: RememberResult) -> str:
    changes = [*result.attributes, *result.relations, *result.instructions, *result.uncertainties]
    lines = [f"- {c.action}: {text}" for c in changes if (text := str(getattr(c.record, "text", "") or ""))]
    if not lines:
        return "Stored. No new facts were recognised in it; it is kept as an excerpt."
    return "Stored. Memory changes:\n" + "\n".join(lines)


def _fact_line(fact: ProfileFact) -> str:
    line = f"- {fact.entity} {fact.key}: {fact.value}"
    if fact.authoritative:
        line += " (from a document)"
    if fact.conflict:
        line += f" [open conflict: {fact.conflict}]"
    return line


def render_profile(profile: Profile) -> str:
    """A profile as short text for a model: identity, relations, preferences, context, knowledge, instructions,
    conflicts."""
    sections: list[tuple[str, list[str]]] = [
        ("Identity", [_fact_line(f) for f in profile.static]),
        ("People, pets and places", [f"- {r.text or f'{r.subject} {r.label} {r.object}'}" for r in profile.relations]),
        ("Preferences", [_fact_line(f) for f in profile.preferences]),
        ("Current context", [_fact_line(f) for f in profile.dynamic]),
        ("Knowledge", [_fact_line(f) for f in profile.knowledge]),
        ("Standing instructions", [f"- {i.get('text', i)}" for i in profile.instructions]),
        ("Open conflicts", [f"- {c.get('what') or c.get('text') or c}" for c in profile.conflicts]),
    ]
    parts = [f"{title}:\n" + "\n".join(lines) for title, lines in sections if lines]
    return "\n\n".join(parts) if parts else "No facts are stored about this user yet."


def spectron_tools(
    memory: MemoryLike,
    *,
    scope: Mapping[str, str] | None = None,
    include: Sequence[str] = TOOL_NAMES,
    top_k: int = 5,
    max_tokens: int = 800,
    name_prefix: str = "",
) -> list[FunctionTool]:
    """LlamaIndex ``FunctionTool``s over Spectron memory, confined to one scope.

    Args:
        memory: a ``Spectron`` or ``AsyncSpectron`` client, bound or not.
        scope: the scope every tool reads, writes and forgets in (default: the bound client's floor; an
            unbound client without it raises ``ScopeError``). Never taken from the model's arguments.
        include: which of ``remember``, ``recall``, ``profile``, ``forget`` to build (in that order).
        top_k, max_tokens: recall size and token budget of the ``recall`` tool's answer.
        name_prefix: prepended to each tool name (e.g. ``"memory_"``) when the agent has other tools so named.

    Returns:
        The tools, each with a sync and an async function (async runs in a worker thread).

    ``forget`` is soft: forgotten records leave every read but stay for ``mem.audit()``; a model can never
    purge. Leave it out of ``include`` if the agent should not forget at all.
    """
    unknown = [n for n in include if n not in TOOL_NAMES]
    if unknown:
        raise ValueError(f"unknown tool names {unknown}; choose from {list(TOOL_NAMES)}")
    client: Spectron = bind_client(memory, scope)

    def remember(text: str) -> str:
        """Save something the user said about themselves (a preference, fact, plan or standing instruction)
        to long-term memory. Write it in the user's own first-person words, e.g. "I now prefer vegan food." or
        "Always answer in bullet points." A new value replaces the old one and the history is kept."""
        return _describe_remember(client.remember(text, role="user"))

    def recall(query: str) -> str:
        """Look up long-term memory about the user: current facts, preferences, standing instructions, open
        conflicts and relevant excerpts of past conversations. Ask a question in plain words, e.g.
        "What does the user eat?"."""
        result = client.recall(query, top_k, max_tokens=max_tokens)
        return result.formatted or "Nothing relevant is stored."

    def profile() -> str:
        """Get everything currently known about the user: identity, preferences, current context, knowledge,
        standing instructions and open conflicts."""
        return render_profile(client.profile())

    def forget(query: str) -> str:
        """Forget stored memories matching a description, when the user asks you to forget something, e.g.
        "my old address". Forgotten memories no longer appear in recall or the profile."""
        result = client.forget(query)
        if not result.total:
            return "Nothing matching was found, so nothing was forgotten."
        counts = ", ".join(f"{n} {kind}" for kind, n in sorted(result.counts.items()) if n)
        return f"Forgot {result.total} record(s): {counts}."

    functions: dict[str, Callable[..., str]] = {
        "remember": remember,
        "recall": recall,
        "profile": profile,
        "forget": forget,
    }
    return [_tool(functions[name], name_prefix + name) for name in TOOL_NAMES if name in include]


def _tool(fn: Callable[..., str], name: str) -> FunctionTool:
    async def async_fn(*args: Any, **kwargs: Any) -> str:
        return await asyncio.to_thread(fn, *args, **kwargs)

    return FunctionTool.from_defaults(
        fn=fn, async_fn=async_fn, name=name, description=inspect.cleandoc(fn.__doc__ or name)
    )
