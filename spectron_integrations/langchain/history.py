"""``SpectronChatMessageHistory``: LangChain's ``BaseChatMessageHistory`` over one Spectron session.

The messages are the session's turns, and adding a message *remembers* it (extraction, reconciliation,
citations), so ``RunnableWithMessageHistory`` gets long-term memory for free: what Alice said in one
conversation is recallable (``SpectronRetriever``, ``SpectronMemory``, the tools) in every other conversation
at her scope. ``BaseChatMessageHistory`` is deprecated upstream since langchain-core 1.6.4; this is the
compatibility path, the LangGraph store and agent middleware are the forward one.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from typing import Any

from langchain_core.chat_history import BaseChatMessageHistory
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage, ToolMessage

from spectron_core import Scope, Session, Turn

from ._common import ExtractionMode, MemoryLike, as_client, base_scope, make_extractor, message_role, message_text

__all__ = ["SpectronChatMessageHistory"]


def _to_message(turn: Turn) -> BaseMessage:
    meta = {"spectron_turn_id": turn.id, "spectron_seq": turn.seq}
    if turn.role == "user":
        return HumanMessage(content=turn.content, id=turn.id, additional_kwargs=meta)
    if turn.role == "assistant":
        return AIMessage(content=turn.content, id=turn.id, additional_kwargs=meta)
    if turn.role == "system":
        return SystemMessage(content=turn.content, id=turn.id, additional_kwargs=meta)
    return ToolMessage(
        content=turn.content,
        id=turn.id,
        additional_kwargs=meta,
        tool_call_id=str(turn.metadata.get("tool_call_id", "unknown")),
    )


class SpectronChatMessageHistory(BaseChatMessageHistory):
    """A chat history that is a Spectron session.

    >>> def get_history(session_id: str) -> SpectronChatMessageHistory:        # doctest: +SKIP
    ...     return SpectronChatMessageHistory(mem.bound({"user": "alice"}), session_id=session_id)
    >>> chain = RunnableWithMessageHistory(prompt | model, get_history, ...)   # doctest: +SKIP

    * ``session_id`` names the session (reopened whenever the same name is used at the same scope; the same
      name at two users' scopes is two sessions). Default: a new session.
    * ``messages`` are the session's active turns in order (``HumanMessage``/``AIMessage``/``SystemMessage``/
      ``ToolMessage``; each carries ``additional_kwargs["spectron_turn_id"]``).
    * ``add_messages`` remembers them in one batch. A message without text (an AI message that only calls
      tools) is skipped: memory keeps what was said. A tool message keeps its ``tool_call_id`` in the turn's
      metadata.
    * ``clear()`` soft-forgets this session's turns only (gone from ``messages`` and from recall; kept for
      ``mem.audit``). Facts already learned from them stay in long-term memory — forget those with
      ``mem.forget(...)``. Nothing outside this session is touched.
    * ``chat_model=`` extracts with your model through ``LLMExtractor`` (``"cascade"``: rules first, at most
      one call per message and usually none; ``"always"``: one call per 8 messages added).
    """

    def __init__(
        self,
        memory: MemoryLike,
        *,
        scope: Mapping[str, str] | None = None,
        session_id: str | None = None,
        chat_model: Any = None,
        extraction: ExtractionMode = "cascade",
    ) -> None:
        self._client = as_client(memory)
        self._scope = base_scope(self._client, scope)
        self._name = session_id
        self._extractor = make_extractor(chat_model, extraction)
        self._session: Session | None = None

    @property
    def scope(self) -> Scope:
        return self._scope

    @property
    def session(self) -> Session:
        """The Spectron session behind this history (opened on first use)."""
        if self._session is None:
            self._session = self._client.sessions.create(
                self._scope, {"source": "langchain.history"}, session_id=self._name
            )
        return self._session

    @property
    def session_id(self) -> str:
        return self.session.id

    @property
    def messages(self) -> list[BaseMessage]:  # type: ignore[override]
        return [_to_message(t) for t in self.session.turns()]

    def add_messages(self, messages: Sequence[BaseMessage]) -> None:
        batch: list[dict[str, Any]] = []
        for m in messages:
            role, text = message_role(m), message_text(m).strip()
            if role is None or not text:
                continue
            meta = {"tool_call_id": str(m.tool_call_id)} if isinstance(m, ToolMessage) else None
            batch.append({"role": role, "content": text, "metadata": meta})
        if batch:
            self.session.remember_many(batch, extractor=self._extractor)

    def clear(self) -> None:
        ids = [t.id for t in self.session.turns()]
        if ids:
            self._client.forget(ids=ids, scope=self._scope)

    async def aget_messages(self) -> list[BaseMessage]:
        return await asyncio.to_thread(lambda: self.messages)

    async def aadd_messages(self, messages: Sequence[BaseMessage]) -> None:
        await asyncio.to_thread(self.add_messages, list(messages))

    async def aclear(self) -> None:
        await asyncio.to_thread(self.clear)
