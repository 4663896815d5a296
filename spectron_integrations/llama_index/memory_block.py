"""Spectron as LlamaIndex long-term memory: a memory block, and a ``Memory`` that writes every turn through.

Example (inside an ``async`` function; ``agent`` is any LlamaIndex ``FunctionAgent`` or ``ReActAgent``)::

    from spectron_core import Spectron
    from spectron_integrations.llama_index import spectron_memory

    memory = spectron_memory(Spectron(), scope={"org": "acme", "user": "alice"})
    await agent.run("I now eat fish.", memory=memory)

Why two classes. LlamaIndex's ``Memory`` hands messages to a block's ``_aput`` only when they are flushed
out of its short-term FIFO queue, which with the defaults happens after about 21,000 tokens of chat: a short
conversation would never reach Spectron. :class:`SpectronMemory` (built by :func:`spectron_memory`) therefore
writes every message it is given to its Spectron blocks immediately, while the short-term queue keeps working
as usual. :class:`SpectronMemoryBlock` also works inside a plain ``Memory.from_defaults(memory_blocks=[...])``,
with LlamaIndex's flush-time semantics.
"""

from __future__ import annotations

import asyncio
import re
import threading
from collections.abc import Mapping, Sequence
from typing import Any

from llama_index.core.base.llms.types import ChatMessage
from llama_index.core.bridge.pydantic import Field, PrivateAttr
from llama_index.core.memory import BaseMemoryBlock, InsertMethod, Memory
from llama_index.core.utils import get_tokenizer

from spectron_core import Scope, Session, Spectron

from ._common import MemoryLike, bind_client, message_text, session_name

__all__ = ["SpectronMemoryBlock", "SpectronMemory", "spectron_memory"]

_ROLE_ALIASES = {"user": "user", "assistant": "assistant", "chatbot": "assistant", "model": "assistant"}
"""LlamaIndex roles that are conversation turns, mapped to Spectron's turn roles. System, developer, tool and
function messages are not what the user or the agent *said*: a tool message usually holds recalled memory,
and remembering it again would feed memory back into itself."""

_MEMORY_SECTION = re.compile(r"<memory>.*?</memory>", flags=re.DOTALL)
"""LlamaIndex's default memory-blocks template wraps every block in ``<memory>…</memory>``."""


class SpectronMemoryBlock(BaseMemoryBlock[str]):
    """A LlamaIndex memory block backed by Spectron.

    * ``_aget(messages)`` recalls for the latest user message (plus ``context_messages`` messages before it)
      and returns Spectron's prompt-ready ``formatted`` block, cut to ``max_tokens``.
    * ``_aput(messages)`` remembers the messages as turns of the block's Spectron session: user turns are
      remembered with extraction (facts, supersession, instructions), assistant turns are kept verbatim as
      episodic turns (``extract_roles``), so the agent's own words, which often quote recalled memory, do
      not re-enter memory as new evidence.

    Args:
        memory: a :class:`~spectron_core.Spectron` or :class:`~spectron_core.AsyncSpectron` client, bound or not.
        scope: the scope every read and write is confined to. Defaults to the bound client's floor; an unbound
            client without ``scope`` raises :class:`~spectron_core.ScopeError`.
        **fields: the pydantic fields below, and ``BaseMemoryBlock``'s (``name``, ``priority``,
            ``accept_short_term_memory``).

    The Spectron session: ``session_id`` if set; otherwise the LlamaIndex ``Memory`` session the messages
    come from (each LlamaIndex session id maps to one Spectron session per scope, so reopening a ``Memory``
    with the same ``session_id`` continues the same Spectron session); otherwise one session opened on the
    first write. Sessions stay open until :meth:`close` (or :meth:`aclose`), which consolidates them.
    """

    name: str = Field(default="spectron_memory", description="The name of the memory block.")
    description: str | None = Field(
        default="Long-term memory about the user recalled from Spectron: current facts, preferences, "
        "standing instructions, open conflicts and relevant past excerpts.",
        description="A description of the memory block.",
    )
    session_id: str | None = Field(
        default=None, description="Spectron session to write turns into (default: the Memory's session)."
    )
    top_k: int = Field(default=10, ge=1, description="Items recalled per read.")
    max_tokens: int = Field(default=500, ge=1, description="Token budget of the recalled block (cl100k_base).")
    context_messages: int = Field(
        default=1, ge=0, description="Messages before the latest user message added to the recall query."
    )
    categories: list[str] | None = Field(default=None, description="Recall only these categories (default: all).")
    roles: tuple[str, ...] = Field(
        default=("user", "assistant"), description="Message roles stored as turns; others are ignored."
    )
    extract_roles: tuple[str, ...] = Field(
        default=("user",), description="Roles whose turns are also mined for facts; others are kept verbatim."
    )

    _client: Spectron = PrivateAttr()
    _sessions: dict[str, Session] = PrivateAttr(default_factory=dict)
    _lock: threading.Lock = PrivateAttr(default_factory=threading.Lock)

    def __init__(self, memory: MemoryLike, *, scope: Mapping[str, str] | None = None, **fields: Any) -> None:
        super().__init__(**fields)
        self._client = bind_client(memory, scope)

    @classmethod
    def class_name(cls) -> str:
        return "SpectronMemoryBlock"

    @property
    def scope(self) -> Scope:
        """The scope this block reads and writes (its client's floor)."""
        floor = self._client.floor
        assert floor is not None  # bind_client always returns a bound client
        return floor

    @property
    def client(self) -> Spectron:
        """The bound client this block works through (confined to :attr:`scope`)."""
        return self._client

    # -- read ------------------------------------------------------------------------------------------
    def query_for(self, messages: Sequence[ChatMessage] | None) -> str:
        """The recall query for a conversation: the latest user message first, then up to
        ``context_messages`` messages before it (each cut to 300 characters, so a long earlier answer does
        not drown the question). Empty when there is no user message yet."""
        turns = [(role, text) for role, text in (self._turn(m) for m in messages or []) if role and text]
        last_user = next((i for i in range(len(turns) - 1, -1, -1) if turns[i][0] == "user"), None)
        if last_user is None:
            return ""
        latest = turns[last_user][1]
        context = turns[max(0, last_user - self.context_messages) : last_user] if self.context_messages else []
        # Agents re-read memory with the user message appended again (``Memory.aget(input=...)``): skip repeats.
        return "\n".join([latest, *(text[:300] for _, text in reversed(context) if text != latest)])

    def recall_block(self, messages: Sequence[ChatMessage] | None) -> str:
        """Synchronous :meth:`aget`: the formatted memory block for ``messages`` ("" when nothing is relevant)."""
        query = self.query_for(messages)
        if not query:
            return ""
        return self._client.recall(query, self.top_k, categories=self.categories, max_tokens=self.max_tokens).formatted

    async def _aget(self, messages: list[ChatMessage] | None = None, **block_kwargs: Any) -> str:
        """Recall for the conversation so far (LlamaIndex calls this on every ``Memory.aget``)."""
        return await asyncio.to_thread(self.recall_block, messages)

    async def atruncate(self, content: str, tokens_to_truncate: int) -> str | None:
        """Drop whole lines from the end of the block (the least relevant excerpts come last) until it is
        ``tokens_to_truncate`` tokens shorter; ``None`` when nothing would be left. Only called for blocks
        with ``priority > 0``: the default priority 0 never truncates, as ``max_tokens`` already bounds it."""
        if not content:
            return None
        tokenize = get_tokenizer()
        budget = len(tokenize(content)) - tokens_to_truncate
        lines = content.splitlines()
        while lines and len(tokenize("\n".join(lines))) > budget:
            lines.pop()
        kept = "\n".join(lines).strip()
        return kept or None

    # -- write -----------------------------------------------------------------------------------------
    def remember_messages(self, messages: Sequence[ChatMessage], *, session_id: str | None = None) -> list[str]:
        """Remember ``messages`` as turns of this block's session (for the LlamaIndex session ``session_id``,
        when the block has no ``session_id`` of its own). Returns the ids of the turns written, in order.

        Messages whose role is not in ``roles`` (system, tool, function …) and messages without text (an
        assistant message that only calls tools) are skipped.
        """
        turns = [(role, text) for role, text in (self._turn(m) for m in messages) if role in self.roles and text]
        if not turns:
            return []
        session = self._session(session_id)
        ids: list[str] = []
        for role, text in turns:
            if role in self.extract_roles:
                result = session.remember(text, role=role)
                if result.turn is not None:
                    ids.append(result.turn.id)
            else:
                ids.append(session.add_turn(role, text).id)
        return ids

    async def aremember_messages(self, messages: Sequence[ChatMessage], *, session_id: str | None = None) -> list[str]:
        """Async :meth:`remember_messages` (runs in a worker thread, like ``AsyncSpectron``)."""
        return await asyncio.to_thread(lambda: self.remember_messages(messages, session_id=session_id))

    async def _aput(self, messages: list[ChatMessage]) -> None:
        """Remember messages LlamaIndex flushes out of short-term memory (it tags them with its session id)."""
        hint = next(
            (
                m.additional_kwargs.get("session_id")
                for m in messages
                if isinstance(m.additional_kwargs.get("session_id"), str)
            ),
            None,
        )
        await self.aremember_messages(messages, session_id=hint)

    # -- sessions --------------------------------------------------------------------------------------
    def _session(self, llama_session_id: str | None) -> Session:
        sid = self.session_id or llama_session_id
        key = sid or ""
        with self._lock:
            session = self._sessions.get(key)
            if session is None or session.closed:
                if sid:
                    session = self._client.sessions.create(
                        None,
                        {"source": "llama_index", "llama_index_session_id": sid},
                        session_id=session_name(self.scope, sid),
                    )
                else:
                    session = self._client.sessions.create(None, {"source": "llama_index"})
                self._sessions[key] = session
            return session

    @property
    def sessions(self) -> list[Session]:
        """The Spectron sessions this block has written to and not closed yet."""
        with self._lock:
            return [s for s in self._sessions.values() if not s.closed]

    def close(self) -> None:
        """Close (and so consolidate) every Spectron session this block opened. Writing again opens them again."""
        with self._lock:
            sessions, self._sessions = list(self._sessions.values()), {}
        for session in sessions:
            session.close()

    async def aclose(self) -> None:
        """Async :meth:`close`."""
        await asyncio.to_thread(self.close)

    # -- messages --------------------------------------------------------------------------------------
    def _turn(self, message: ChatMessage) -> tuple[str | None, str]:
        role = _ROLE_ALIASES.get(str(getattr(message.role, "value", message.role)))
        # Recalled memory must never be remembered again as something said: a message can carry it when an
        # application stores what ``Memory.aget`` returned (InsertMethod.USER puts the block in the user
        # message) or when a model echoes its prompt.
        text = _MEMORY_SECTION.sub("", message_text(message))
        text = re.sub(rf"<{re.escape(self.name)}>.*?</{re.escape(self.name)}>", "", text, flags=re.DOTALL).strip()
        if role == "assistant" and text.startswith("Thought:") and "Answer:" in text:
            # A ReActAgent stores its whole scratchpad (thoughts, tool calls, observations of recalled
            # memory) as one assistant message; what the agent said is the final answer.
            text = text[text.rfind("Answer:") + len("Answer:") :].strip()
        return role, text


class SpectronMemory(Memory):
    """A LlamaIndex ``Memory`` that writes every message it is given to its Spectron blocks at once.

    Plain ``Memory`` passes messages to its blocks only when they overflow the short-term queue, so the last
    ~21k tokens of every conversation (with the defaults) would never reach long-term memory. This subclass
    sends each ``put``/``aput``/``put_messages``/``aput_messages`` to every :class:`SpectronMemoryBlock` that
    has ``accept_short_term_memory=False`` (so a later flush does not write the same turn twice), then keeps
    the message in short-term memory as usual. Blocks of other kinds keep LlamaIndex's flush-time behaviour.

    ``set``/``aset`` (what an agent does with ``chat_history=``) replaces the short-term history without
    writing it: that history is the application's record of past turns, usually already remembered.
    A failed write raises, rather than letting the agent continue with memory silently lost.

    Build it with :func:`spectron_memory`.
    """

    @classmethod
    def class_name(cls) -> str:
        return "SpectronMemory"

    @property
    def spectron_blocks(self) -> list[SpectronMemoryBlock]:
        """The Spectron blocks this memory writes through to."""
        return [b for b in self.memory_blocks if isinstance(b, SpectronMemoryBlock) and not b.accept_short_term_memory]

    async def _write_through(self, messages: Sequence[ChatMessage]) -> None:
        await asyncio.gather(
            *(b.aremember_messages(messages, session_id=self.session_id) for b in self.spectron_blocks)
        )

    async def aput(self, message: ChatMessage) -> None:
        """Remember the message in Spectron, then add it to short-term memory."""
        await self._write_through([message])
        await super().aput(message)

    async def aput_messages(self, messages: list[ChatMessage]) -> None:
        """Remember the messages in Spectron, then add them to short-term memory."""
        await self._write_through(messages)
        await super().aput_messages(messages)

    async def aclose(self) -> None:
        """Close (consolidate) the Spectron sessions of this memory's blocks."""
        await asyncio.gather(*(b.aclose() for b in self.spectron_blocks))

    def close(self) -> None:
        """Sync :meth:`aclose`."""
        for block in self.spectron_blocks:
            block.close()


def spectron_memory(
    memory: MemoryLike,
    *,
    scope: Mapping[str, str] | None = None,
    session_id: str | None = None,
    insert_method: InsertMethod = InsertMethod.USER,
    block_name: str = "spectron_memory",
    top_k: int = 10,
    max_tokens: int = 500,
    context_messages: int = 1,
    extra_blocks: Sequence[BaseMemoryBlock[Any]] | None = None,
    **memory_kwargs: Any,
) -> SpectronMemory:
    """A LlamaIndex ``Memory`` with Spectron as its long-term memory, for ``agent.run(..., memory=...)``.

    Every user and assistant turn reaches Spectron as soon as the agent puts it into memory (not only when
    the short-term queue overflows), and every read of the memory recalls from Spectron for the latest user
    message.

    Args:
        memory: a ``Spectron`` or ``AsyncSpectron`` client, bound or not.
        scope: the scope to read and write (default: the bound client's floor; required for an unbound one).
        session_id: the LlamaIndex memory session (and, through it, the Spectron session). Reuse it to resume
            a conversation; default: a new one.
        insert_method: where the recalled block goes. Defaults to ``InsertMethod.USER`` (the latest user
            message), not LlamaIndex's ``SYSTEM``, for two reasons: a ``ReActAgent`` without a
            ``system_prompt`` silently drops a block inserted as a system message (it discards the first
            system message and puts its own ReAct header in its place), and recalled memory is mostly what
            users said, which should not be given a system prompt's authority. ``InsertMethod.SYSTEM``
            works with ``FunctionAgent``, and with a ``ReActAgent`` that has a ``system_prompt``.
        block_name, top_k, max_tokens, context_messages: passed to :class:`SpectronMemoryBlock`.
        extra_blocks: other LlamaIndex memory blocks to use beside Spectron's.
        **memory_kwargs: passed to ``Memory.from_defaults`` (``token_limit``, ``chat_store``, …).

    Returns:
        A :class:`SpectronMemory` (a LlamaIndex ``Memory``).
    """
    block = SpectronMemoryBlock(
        memory,
        scope=scope,
        name=block_name,
        top_k=top_k,
        max_tokens=max_tokens,
        context_messages=context_messages,
        accept_short_term_memory=False,
    )
    result = SpectronMemory.from_defaults(
        session_id=session_id,
        memory_blocks=[block, *(extra_blocks or [])],
        insert_method=insert_method,
        **memory_kwargs,
    )
    assert isinstance(result, SpectronMemory)
    return result
