"""Offline stand-ins for the LlamaIndex tests: scripted mock LLMs that record what they are given.

``MockFunctionCallingLLM`` answers by calling every tool with its defaults; these subclasses follow a script
instead (call the recall tool, then answer from what it returned), and keep a deep copy of every message list
they receive, so a test can assert on what the model actually saw, not on what the memory returned.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from llama_index.core.base.llms.types import ChatMessage, MessageRole, TextBlock, ToolCallBlock
from llama_index.core.bridge.pydantic import Field
from llama_index.core.llms import MockFunctionCallingLLM

ALICE = {"org": "acme", "user": "alice"}
BOB = {"org": "acme", "user": "bob"}


def text_of(message: ChatMessage) -> str:
    return "\n".join(b.text for b in message.blocks if isinstance(b, TextBlock))


def all_text(messages: Sequence[ChatMessage]) -> str:
    return "\n".join(text_of(m) for m in messages)


def preference_lines(text: str) -> list[str]:
    """Lines of a memory block stating a preference as a fact ("Alice's food preference is vegan.")."""
    return [line for line in text.splitlines() if "preference" in line.lower()]


def answer_line(observation: str, keyword: str) -> str:
    """The first line of a tool observation mentioning ``keyword``: how the scripted models "read" memory."""
    for line in observation.splitlines():
        if keyword.lower() in line.lower():
            return line.strip("- ").strip()
    return "I don't know."


class _Recording(MockFunctionCallingLLM):
    received: list[list[ChatMessage]] = Field(default_factory=list, exclude=True)

    def _get_response_generator(self) -> Any:
        return self._record_and_respond

    def _record_and_respond(self, messages: Sequence[ChatMessage], **kwargs: Any) -> ChatMessage:
        self.received.append([m.model_copy(deep=True) for m in messages])
        return self.respond(list(messages), **kwargs)

    def respond(self, messages: list[ChatMessage], **kwargs: Any) -> ChatMessage:  # pragma: no cover
        raise NotImplementedError


class RecallThenAnswerLLM(_Recording):
    """FunctionAgent script: on a new user message call ``recall(query)``; once the tool answered, reply with
    the observation's line that mentions ``keyword`` (so the answer can only come from memory)."""

    query: str = "What does the user eat?"
    keyword: str = "food preference"
    tool_name: str = "recall"
    tool_kwargs: dict[str, Any] = Field(default_factory=dict)

    def respond(self, messages: list[ChatMessage], **kwargs: Any) -> ChatMessage:
        last_user = max((i for i, m in enumerate(messages) if m.role == MessageRole.USER), default=-1)
        observations = [m for m in messages[last_user + 1:] if m.role == MessageRole.TOOL]
        if not observations:
            args = {"query": self.query, **self.tool_kwargs}
            return ChatMessage(role="assistant", blocks=[
                ToolCallBlock(tool_call_id=f"call-{len(self.received)}", tool_name=self.tool_name, tool_kwargs=args)
            ])
        return ChatMessage(role="assistant", content="From memory: " + answer_line(text_of(observations[-1]),
                                                                                  self.keyword))


class ReActRecallLLM(_Recording):
    """ReActAgent script: ``Action: recall`` first, then an ``Answer:`` taken from the observation."""

    query: str = "What does the user eat?"
    keyword: str = "food preference"

    def respond(self, messages: list[ChatMessage], **kwargs: Any) -> ChatMessage:
        last = text_of(messages[-1]) if messages else ""
        if last.startswith("Observation:"):
            answer = answer_line(last[len("Observation:"):], self.keyword)
            return ChatMessage(role="assistant", content=f"Thought: I can answer now.\nAnswer: {answer}")
        return ChatMessage(role="assistant", content=(
            "Thought: I should look this up in memory.\nAction: recall\n"
            f"Action Input: {json.dumps({'query': self.query})}"
        ))


class ReActAnswerLLM(_Recording):
    """ReActAgent script that answers at once; used to see what the prompt carries."""

    def respond(self, messages: list[ChatMessage], **kwargs: Any) -> ChatMessage:
        return ChatMessage(role="assistant", content="Thought: I can answer.\nAnswer: Noted.")


class EchoLLM(_Recording):
    """FunctionAgent stand-in that replies "Noted." and calls no tool."""

    def respond(self, messages: list[ChatMessage], **kwargs: Any) -> ChatMessage:
        return ChatMessage(role="assistant", content="Noted.")


def has_word(text: str, word: str) -> bool:
    return re.search(rf"\b{re.escape(word)}\b", text, flags=re.IGNORECASE) is not None
