"""``SpectronMemory``: the classic LangChain ``BaseMemory`` contract over Spectron.

For chains written against ``langchain_classic`` (``ConversationChain``, ``LLMChain(memory=...)``) and for
LCEL pipelines that call ``load_memory_variables``/``save_context`` themselves. ``BaseMemory`` lives only in
``langchain_classic`` (deprecated upstream, removal announced for LangChain 2.0), so that package is
optional: without it this module still imports, and only constructing ``SpectronMemory`` raises
:class:`spectron_core.ConfigurationError` naming ``pip install "spectron-memory[langchain]"``. New code
should prefer the LangGraph store or the agent middleware.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Mapping
from typing import Any

from langchain_core.messages import SystemMessage

from spectron_core import ConfigurationError, RecallResult, Scope, ScopeError, Session, ValidationError

from ._common import ExtractionMode, as_client, base_scope, make_extractor

__all__ = ["INSTALL_HINT", "SpectronMemory"]

INSTALL_HINT = 'pip install "spectron-memory[langchain]"'

try:
    from langchain_classic.base_memory import BaseMemory
except ImportError:  # pragma: no cover - exercised by a subprocess test with the package hidden
    BaseMemory = None  # type: ignore[assignment,misc]


def _pick(values: Mapping[str, Any], key: str | None, exclude: set[str], what: str) -> str:
    """The text of one chain input/output: ``key`` if given, else the only key left after ``exclude``."""
    if key is not None:
        value = values.get(key, "")
    else:
        rest = [k for k in values if k not in exclude and k != "stop"]
        if len(rest) != 1:
            raise ValidationError(f"cannot tell which {what} key to use among {sorted(rest)}; pass {what}_key=")
        value = values[rest[0]]
    return value if isinstance(value, str) else getattr(value, "content", str(value))


if BaseMemory is not None:
    from pydantic import ConfigDict, PrivateAttr

    class SpectronMemory(BaseMemory):
        """Long-term memory for a classic chain: recall before the chain runs, remember after.

        >>> memory = SpectronMemory(mem.bound({"user": "alice"}), max_tokens=300)   # doctest: +SKIP
        >>> chain = ConversationChain(llm=model, memory=memory)                     # doctest: +SKIP

        * ``load_memory_variables(inputs)`` recalls what is relevant to the input text and returns it as
          ``{memory_key: formatted}`` (Spectron's grouped, prompt-ready block, at most ``max_tokens`` tokens), or
          ``[SystemMessage]`` with ``return_messages=True``.
        * ``save_context(inputs, outputs)`` remembers the user input and the chain's output as two turns of
          one Spectron session (named by ``session_id``; a new name per instance by default), so facts are
          extracted, reconciled and cited. Another instance (another conversation) at the same scope recalls
          them.
        * ``clear()`` soft-forgets (``purge_on_clear=True``: erases) **everything stored at this memory's
          scope or narrower** — every conversation of that user, not just this one's — and starts a fresh
          session. It never touches ancestor scopes (org-wide knowledge, documents) or siblings (other users),
          and it refuses the global scope, where it would forget every user.
        * ``chat_model=`` hands your model to ``LLMExtractor`` (``extraction="cascade"``: rules first, at most
          one model call per remembered turn and usually none; ``"always"``: one call per save of up to 8 turns).

        Args:
            memory: a ``Spectron``/``AsyncSpectron`` client or a bound one.
            scope: where to read and write (default: the bound floor, else global).
        """

        model_config = ConfigDict(arbitrary_types_allowed=True)

        memory: Any
        scope: dict[str, str] | None = None
        memory_key: str = "history"
        input_key: str | None = None
        output_key: str | None = None
        top_k: int = 8
        max_tokens: int = 500
        return_messages: bool = False
        session_id: str | None = None
        chat_model: Any = None
        extraction: ExtractionMode = "cascade"
        purge_on_clear: bool = False

        _client: Any = PrivateAttr()
        _scope: Scope = PrivateAttr()
        _session: Session | None = PrivateAttr(default=None)
        _extractor: Any = PrivateAttr(default=None)

        def __init__(self, memory: Any = None, /, **kwargs: Any) -> None:
            if memory is None:  # SpectronMemory(memory=mem) works too (pydantic style)
                memory = kwargs.pop("memory", None)
            kwargs["memory"] = memory  # a field of this class, which BaseMemory's typed __init__ does not list
            super().__init__(**kwargs)
            self._client = as_client(memory)
            self._scope = base_scope(self._client, self.scope)
            if self.session_id is None:
                self.session_id = f"langchain-{uuid.uuid4().hex}"
            self._extractor = make_extractor(self.chat_model, self.extraction)

        @property
        def memory_variables(self) -> list[str]:
            return [self.memory_key]

        @property
        def effective_scope(self) -> Scope:
            """The scope this memory reads and writes."""
            return self._scope

        def _session_handle(self) -> Session:
            if self._session is None or self._session.closed:
                self._session = self._client.sessions.create(
                    self._scope, {"source": "langchain.memory"}, session_id=self.session_id
                )
            return self._session

        def recall(self, inputs: Mapping[str, Any]) -> RecallResult | None:
            """The recall behind :meth:`load_memory_variables` (``None`` when the input has no text)."""
            query = _pick(inputs, self.input_key, {self.memory_key}, "input").strip()
            if not query:
                return None
            result: RecallResult = self._client.recall(
                query, top_k=self.top_k, scope=self._scope, max_tokens=self.max_tokens
            )
            return result

        def load_memory_variables(self, inputs: dict[str, Any]) -> dict[str, Any]:
            result = self.recall(inputs)
            text = result.formatted if result is not None else ""
            if self.return_messages:
                return {self.memory_key: [SystemMessage(content=text)] if text else []}
            return {self.memory_key: text}

        def save_context(self, inputs: dict[str, Any], outputs: dict[str, str]) -> None:
            said = _pick(inputs, self.input_key, {self.memory_key}, "input").strip()
            answered = _pick(outputs, self.output_key, set(), "output").strip()
            turns = [{"role": r, "content": c} for r, c in (("user", said), ("assistant", answered)) if c]
            if turns:
                self._session_handle().remember_many(turns, extractor=self._extractor)

        def clear(self) -> None:
            if not self._scope:
                raise ScopeError(
                    "SpectronMemory.clear() at the global scope would forget every user's memory; "
                    "give the memory a scope (or a bound client)"
                )
            self._client.forget(scope=self._scope, purge=self.purge_on_clear)
            self._session = None

        def close(self) -> None:
            """Close this conversation's session (runs consolidation); the next save reopens it."""
            if self._session is not None:
                self._session.close()

        async def aload_memory_variables(self, inputs: dict[str, Any]) -> dict[str, Any]:
            return await asyncio.to_thread(self.load_memory_variables, inputs)

        async def asave_context(self, inputs: dict[str, Any], outputs: dict[str, str]) -> None:
            await asyncio.to_thread(self.save_context, inputs, outputs)

        async def aclear(self) -> None:
            await asyncio.to_thread(self.clear)

else:  # pragma: no cover - exercised by a subprocess test with langchain_classic hidden

    class SpectronMemory:  # type: ignore[no-redef]
        """Placeholder: ``langchain_classic`` (which defines ``BaseMemory``) is not installed."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            raise ConfigurationError(
                "SpectronMemory implements langchain_classic's BaseMemory, and langchain_classic is not "
                f"installed: {INSTALL_HINT}"
            )
