"""Offline stand-ins for a chat model, shared by the LangChain integration tests.

``ScriptedChatModel`` is LangChain's ``GenericFakeChatModel`` with the two things agent tests need: it
accepts ``bind_tools`` (``create_agent`` binds the tools), and it records every message list it receives, so
a test can assert on what the model was actually shown. A scripted reply may be a callable of the received
messages, which lets a fake "answer from" a tool result or a system prompt.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, BaseMessage, SystemMessage, ToolMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from pydantic import Field

Reply = str | AIMessage | Callable[[list[BaseMessage]], str | AIMessage]


class ScriptedChatModel(GenericFakeChatModel):
    """Replies from a script (strings, messages, or callables of the prompt), recording every prompt."""

    received: list[list[BaseMessage]] = Field(default_factory=list)

    def bind_tools(self, tools: Sequence[Any], **kwargs: Any) -> ScriptedChatModel:
        return self

    def _generate(self, messages: list[BaseMessage], stop: list[str] | None = None,
                  run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any) -> ChatResult:
        self.received.append(list(messages))
        reply = next(self.messages)
        if callable(reply):
            reply = reply(list(messages))
        message = reply if isinstance(reply, AIMessage) else AIMessage(content=str(reply))
        return ChatResult(generations=[ChatGeneration(message=message)])

    def _stream(self, *args: Any, **kwargs: Any) -> Iterator[Any]:  # streaming paths fall back to _generate
        raise NotImplementedError


def scripted(*replies: Reply) -> ScriptedChatModel:
    return ScriptedChatModel(messages=iter(replies))


def tool_call(name: str, args: dict[str, Any], call_id: str = "call_1") -> AIMessage:
    return AIMessage(content="", tool_calls=[{"name": name, "args": args, "id": call_id, "type": "tool_call"}])


def last_tool_result(messages: list[BaseMessage]) -> str:
    results = [m for m in messages if isinstance(m, ToolMessage)]
    return str(results[-1].content) if results else ""


def system_text(messages: list[BaseMessage]) -> str:
    return "\n".join(str(m.content) for m in messages if isinstance(m, SystemMessage))


def prompt_text(messages: list[BaseMessage]) -> str:
    return "\n".join(str(m.content) for m in messages)


def extraction_json(key: str, value: str, quote: str) -> str:
    """What an LLM extractor's model answers for one first-person fact."""
    return json.dumps({"attributes": [{"subject": "I", "subject_type": "Person", "key": key, "value": value,
                                       "quote": quote, "confidence": 0.9}],
                       "relations": [], "instructions": []})
