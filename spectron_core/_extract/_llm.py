"""``LLMExtractor``: structured extraction with any LangChain chat model, degrading to the rule extractor.

Opt-in: the library runs offline by default, so its default extractor is the deterministic
:class:`~spectron_core._extract._rules.RuleExtractor` and no model is ever called unless the user asks; a user
who has a chat model (OpenAI, Ollama, a llama.cpp server, …) can hand it to ``LLMExtractor`` for better
recall of facts the patterns miss.

Decisions, written down
-----------------------
* **Plain JSON prompt + our own pydantic parsing, no provider tool calling.** The system prompt describes a
  small JSON object; we read the model's text content, strip Markdown fences or chatter around the outermost
  ``{…}``, ``json.loads`` it and validate it with the pydantic models below (``LLMOutput``). This works with
  every ``BaseChatModel`` — including 0.5B models behind an OpenAI-compatible llama.cpp server, which
  handle tool calling poorly — and keeps the raw text so a retry can tell the model what was wrong with it.
  ``with_structured_output(method="json_mode")`` was not used because it hides the raw answer behind an
  ``OutputParserException`` and binds an OpenAI-only ``response_format``. Servers that support it can still
  constrain decoding with ``json_mode=True`` (binds ``response_format={"type": "json_object"}``).
* **One model call per turn** (``extract``) or per batch of up to ``batch_size`` turns (``extract_many``);
  a batch of one uses the single-turn prompt, so both paths send identical requests for one turn.
* **Untrusted text is fenced as data.** The system prompt is a pure function of the ontology and the
  relation labels — nothing from the turn ever reaches it. The turn goes into the user message between
  ``BEGIN_DATA <tag>`` / ``END_DATA <tag>`` lines, where ``<tag>`` is derived from the SHA-256 of the text
  (deterministic, so recorded cassettes replay, yet a text cannot contain its own tag), and anything in the
  text that looks like a fence marker is neutralised first. Instructions are only accepted from ``user``
  and ``system`` turns: a tool result or an assistant turn cannot plant a standing directive.
* **Few-shot as conversation.** After the system prompt come two fixed example exchanges (a fenced example
  turn and its JSON answer): small models follow earlier turns far better than an inline example. They
  never depend on the turn, so the whole prefix is stable (and cacheable by servers that cache prefixes).
* **Grounding** (``grounded=True``, default). An answer that names an entity not written in the turn,
  marks a fact negated when the turn has no negation cue, copies a value from the few-shot examples, or
  reports an instruction the turn does not state is treated like malformed output (retry, then fallback):
  these are the typical failures of small models, and the rules are better than a hallucinated memory.
  A key the ontology does not know is mapped onto a canonical key when the key or the quote matches one
  of that key's phrasings ("prefers … food" -> ``food_preference``), otherwise kept as a snake_case key.
* **Output mapping.** First-person subjects ("I", "me", "my", "speaker") become ``ctx.speaker``; the second
  person becomes the other party. Entities go through :func:`entity_ref`; unknown entity types become
  ``Thing``. Dates ("since") must be ISO ``YYYY[-MM[-DD]]`` (or ``today``/``yesterday``/``now``, resolved
  against ``ctx.observed_at``, never the clock) and become aware UTC. Spans are found by searching the
  model's ``quote`` in the original text; a model's own offsets are never trusted.
* **Failure never crashes and never half-writes.** Any exception from the model, text that is not JSON, or
  JSON that fails validation or mapping is retried ``max_retries`` times (the retry shows the model its
  previous answer and the error), then the whole turn (or batch) degrades to the fallback extractor
  (``RuleExtractor`` on the same ontology by default) with a :class:`LLMExtractionWarning` and a logged
  warning. Results are tagged ``extractor="llm"`` or ``"rules-fallback"``.
* **Cascade mode** (``mode="cascade"``) runs the fallback first and asks the model only when that result
  says ``unsure`` or is empty for a sentence that looks like it states a fact (:func:`looks_factual`).
  A confident rules result is returned as the rules produced it (its own ``extractor`` tag).
"""

from __future__ import annotations

import logging
import re
import warnings
from collections.abc import Callable, Sequence
from typing import Any, Literal

from .._entities import entity_ref
from .._errors import ConfigurationError
from ._llm_answer import (
    LLMAttribute,
    LLMInstruction,
    LLMOutput,
    LLMRelation,
    Unusable,
    confidence_of,
    content_text,
    norm_key,
    norm_type,
    parse_since,
    read_answer,
)
from ._llm_grounding import NEGATION_CUES, copied, find_span, mentions, phrasing_regex, states
from ._llm_prompt import EXAMPLE_DATE, EXAMPLES, batch_prompt, compact, system_prompt_for, user_prompt
from ._ontology import Ontology, default_ontology
from ._rules import RuleExtractor
from ._types import (
    ExtractedAttribute,
    ExtractedEntity,
    ExtractedInstruction,
    ExtractedRelation,
    Extraction,
    ExtractionContext,
    Extractor,
)

__all__ = ["DEFAULT_RELATION_LABELS", "LLMExtractionWarning", "LLMExtractor", "looks_factual"]

logger = logging.getLogger(__name__)

DEFAULT_RELATION_LABELS: tuple[str, ...] = (
    "works_at",
    "lives_in",
    "member_of",
    "manages",
    "reports_to",
    "knows",
    "friend_of",
    "married_to",
    "parent_of",
    "child_of",
    "sibling_of",
    "owns",
)

_FIRST_PERSON = {"i", "me", "my", "mine", "myself", "we", "us", "our", "speaker", "the speaker"}
_SECOND_PERSON = {"you", "your", "yours", "yourself"}
_USER_WORDS = {"user", "the user"}
_ASSISTANT_WORDS = {"assistant", "the assistant", "ai", "the ai", "bot", "the bot"}
_MAX_FEEDBACK_CHARS = 2000


class LLMExtractionWarning(RuntimeWarning):
    """The model's output was unusable after the retries; the fallback extractor's result was used."""


_FACT_CUES = re.compile(
    r"(?i)\b(i|i'm|i've|my|me|we|our|am|is|are|was|were|has|have|had|works?|worked|lives?|lived|moved|"
    r"likes?|loves?|hates?|prefers?|eats?|drinks?|owns?|born|married|joined|left|started|uses?|speaks?|"
    r"allergic|favou?rite|name|called|now|no longer|used to|since)\b"
)


def looks_factual(text: str) -> bool:
    """Cheap guess that a turn states a fact (used by cascade mode when the rules found nothing)."""
    t = text.strip()
    if len(t) < 8 or len(t.split()) < 3:
        return False
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", t) if s.strip()]
    if sentences and all(s.rstrip().endswith("?") for s in sentences):
        return False
    return bool(_FACT_CUES.search(t))


# --------------------------------------------------------------------------------------------------------
# The extractor
# --------------------------------------------------------------------------------------------------------


class LLMExtractor:
    """Extract entities, attributes, relations and instructions with a LangChain chat model.

    ``chat_model``: any ``langchain_core`` ``BaseChatModel`` (e.g. ``ChatOpenAI(base_url=..., temperature=0)``).
    ``ontology``: attribute keys described to the model (default: the built-in ontology).
    ``fallback``: the extractor used when the model fails, and first in cascade mode (default
    ``RuleExtractor(ontology=ontology)``). ``mode``: ``"always"`` asks the model for every turn;
    ``"cascade"`` asks it only when the fallback is unsure or finds nothing in a fact-looking turn.
    ``batch_size``: turns per model call in :meth:`extract_many`. ``max_retries``: extra attempts after an
    unusable answer before degrading. ``json_mode``: bind OpenAI's ``response_format={"type":
    "json_object"}`` (only for servers that support it). ``relation_labels``: labels suggested to the
    model. ``confidence``: confidence given to candidates when the model does not state one.
    ``should_escalate``: cascade predicate ``(ctx, rules_result) -> bool`` replacing the default.
    ``grounded``: reject (retry, then fall back) an answer that names an entity not written in the turn or
    an instruction the turn does not state — small models otherwise copy names from the prompt's examples.

    See the module docstring for the prompt, parsing and failure decisions.
    """

    name = "llm"

    def __init__(
        self,
        chat_model: Any,
        *,
        ontology: Ontology | None = None,
        fallback: Extractor | None = None,
        mode: Literal["always", "cascade"] = "always",
        batch_size: int = 8,
        max_retries: int = 1,
        json_mode: bool = False,
        relation_labels: Sequence[str] = DEFAULT_RELATION_LABELS,
        confidence: float = 0.75,
        should_escalate: Callable[[ExtractionContext, Extraction], bool] | None = None,
        grounded: bool = True,
    ) -> None:
        if chat_model is None or not hasattr(chat_model, "invoke"):
            raise ConfigurationError("LLMExtractor needs a LangChain chat model (an object with .invoke)")
        if mode not in ("always", "cascade"):
            raise ConfigurationError(f"mode must be 'always' or 'cascade', not {mode!r}")
        if int(batch_size) < 1:
            raise ConfigurationError("batch_size must be at least 1")
        if int(max_retries) < 0:
            raise ConfigurationError("max_retries must be 0 or more")
        self.chat_model = chat_model
        self._runnable = chat_model.bind(response_format={"type": "json_object"}) if json_mode else chat_model
        self._ontology = ontology
        self._fallback = fallback
        self.mode = mode
        self.batch_size = int(batch_size)
        self.max_retries = int(max_retries)
        self.relation_labels = tuple(relation_labels)
        self.default_confidence = confidence_of(confidence, 0.75)
        self.should_escalate = should_escalate
        self.grounded = bool(grounded)
        self._prompts: dict[bool, str] = {}
        self._phrasing_cache: dict[str, re.Pattern[str] | None] = {}

    # -- collaborators built on first use (most callers pass their own) ----------------------------------

    @property
    def ontology(self) -> Ontology:
        if self._ontology is None:
            self._ontology = default_ontology()
        return self._ontology

    @property
    def fallback(self) -> Extractor:
        if self._fallback is None:
            self._fallback = RuleExtractor(ontology=self.ontology)
        return self._fallback

    def system_prompt(self, *, batch: bool = False) -> str:
        """The system message: depends only on the ontology and relation labels, never on a turn."""
        if batch not in self._prompts:
            self._prompts[batch] = system_prompt_for(self.ontology.describe(), self.relation_labels, batch=batch)
        return self._prompts[batch]

    def build_messages(self, ctxs: Sequence[ExtractionContext]) -> list[Any]:
        """The messages of the first attempt for one turn (or a batch): the system prompt, the few-shot
        exchanges, then the fenced turn(s). Useful for inspection and tests."""
        # langchain-core is an optional extra ("llm"): imported when messages are built, so this module (and
        # an LLMExtractor given any object with .invoke) loads without it.
        from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

        if len(ctxs) == 1:
            messages: list[Any] = [SystemMessage(content=self.system_prompt())]
            for text, answer in EXAMPLES:
                messages.append(HumanMessage(content=user_prompt(text, "user", EXAMPLE_DATE)))
                messages.append(AIMessage(content=compact(answer)))
            c = ctxs[0]
            messages.append(HumanMessage(content=user_prompt(c.text, c.role, c.observed_at, c.in_reply_to)))
            return messages
        example = {"messages": [{"index": i, **answer} for i, (_, answer) in enumerate(EXAMPLES)]}
        return [
            SystemMessage(content=self.system_prompt(batch=True)),
            HumanMessage(content=batch_prompt([(text, "user", EXAMPLE_DATE, None) for text, _ in EXAMPLES])),
            AIMessage(content=compact(example)),
            HumanMessage(content=batch_prompt([(c.text, c.role, c.observed_at, c.in_reply_to) for c in ctxs])),
        ]

    # -- Extractor protocol ------------------------------------------------------------------------------

    def extract(self, ctx: ExtractionContext) -> Extraction:
        return self.extract_many([ctx])[0]

    def extract_many(self, ctxs: list[ExtractionContext]) -> list[Extraction]:
        ctxs = list(ctxs)
        results: list[Extraction | None] = [None] * len(ctxs)
        rules: dict[int, Extraction] = {}
        todo: list[int] = []
        if self.mode == "cascade":
            rule_results = self._run_fallback([c for c in ctxs])
            for i, (ctx, res) in enumerate(zip(ctxs, rule_results)):
                rules[i] = res
                if self._escalate(ctx, res):
                    todo.append(i)
                else:
                    results[i] = res
        else:
            todo = list(range(len(ctxs)))
        # Blank turns need no model call.
        pending = []
        for i in todo:
            if ctxs[i].text.strip():
                pending.append(i)
            else:
                results[i] = rules.get(i, Extraction(extractor="llm"))
        for start in range(0, len(pending), self.batch_size):
            idx = pending[start : start + self.batch_size]
            batch = [ctxs[i] for i in idx]
            extracted = self._ask(batch)
            if extracted is None:
                fb = [rules[i] for i in idx] if all(i in rules for i in idx) else self._run_fallback(batch)
                extracted = [r.model_copy(update={"extractor": "rules-fallback"}) for r in fb]
            for i, res in zip(idx, extracted):
                results[i] = res
        return [r if r is not None else Extraction(extractor="llm") for r in results]

    # -- internals -----------------------------------------------------------------------------------------

    def _escalate(self, ctx: ExtractionContext, rules_result: Extraction) -> bool:
        if self.should_escalate is not None:
            return bool(self.should_escalate(ctx, rules_result))
        if rules_result.unsure:
            return True
        return rules_result.is_empty() and looks_factual(ctx.text)

    def _run_fallback(self, ctxs: list[ExtractionContext]) -> list[Extraction]:
        try:
            out = list(self.fallback.extract_many(ctxs))
            if len(out) != len(ctxs):
                raise RuntimeError(f"fallback returned {len(out)} results for {len(ctxs)} turns")
            return out
        except Exception as exc:  # noqa: BLE001 - never crash the write path: an empty, unsure result instead
            logger.warning("LLMExtractor fallback failed: %s", exc)
            warnings.warn(
                f"LLMExtractor: fallback extractor failed ({exc}); returning empty extractions",
                LLMExtractionWarning,
                stacklevel=4,
            )
            return [Extraction(extractor="rules-fallback", unsure=True) for _ in ctxs]

    def _ask(self, ctxs: list[ExtractionContext]) -> list[Extraction] | None:
        """Call the model (with retries); ``None`` when every attempt was unusable."""
        from langchain_core.messages import AIMessage, HumanMessage  # optional extra: see build_messages

        messages = self.build_messages(ctxs)
        last_error = "no attempt made"
        for attempt in range(self.max_retries + 1):
            raw: str | None = None
            try:
                reply = self._runnable.invoke(messages)
                raw = content_text(reply)
                return self._convert(raw, ctxs)
            except Unusable as exc:
                last_error = exc.feedback
                logger.info("LLMExtractor attempt %d unusable: %s", attempt + 1, exc.feedback)
                if attempt < self.max_retries:
                    messages = [
                        *self.build_messages(ctxs),
                        AIMessage(content=(raw or "")[:_MAX_FEEDBACK_CHARS]),
                        HumanMessage(
                            content=f"That answer could not be used: {exc.feedback}. Reply again with only "
                            "the JSON object described in the instructions."
                        ),
                    ]
            except Exception as exc:  # noqa: BLE001 - transport, rate limit, provider errors: retry as is
                last_error = f"{type(exc).__name__}: {exc}"
                logger.info("LLMExtractor attempt %d failed: %s", attempt + 1, last_error)
                messages = self.build_messages(ctxs)
        attempts = self.max_retries + 1
        logger.warning(
            "LLMExtractor: unusable model output after %d attempt(s) (%s); using the fallback extractor",
            attempts,
            last_error,
        )
        warnings.warn(
            f"LLMExtractor: unusable model output after {attempts} attempt(s) ({last_error}); "
            "using the fallback extractor",
            LLMExtractionWarning,
            stacklevel=4,
        )
        return None

    def _convert(self, raw: str, ctxs: list[ExtractionContext]) -> list[Extraction]:
        outputs = read_answer(raw, len(ctxs))
        try:
            return [self._map(out, ctx) for out, ctx in zip(outputs, ctxs)]
        except (ValueError, TypeError) as exc:  # includes our ValidationError from entity_ref
            raise Unusable(f"the JSON has an unusable value: {exc}", raw) from exc

    def _ref(self, name: str, type_: str, ctx: ExtractionContext, entities: dict[str, ExtractedEntity]) -> str:
        """Resolve a name the model gave to an entity ref; pronouns resolve to the turn's parties."""
        word = name.strip().strip(".,;:!?\"'").lower()
        other = ctx.principal if ctx.role == "assistant" else ctx.agent
        pronoun: str | None = None
        if word in _FIRST_PERSON:
            pronoun = ctx.speaker
        elif word in _SECOND_PERSON:
            pronoun = other
        elif word in _USER_WORDS:
            pronoun = ctx.principal
        elif word in _ASSISTANT_WORDS:
            pronoun = ctx.agent
        if pronoun is None and self.grounded and not mentions(ctx.text, name):
            raise ValueError(f"{name!r} is not named in the message; use only names written in it")
        ref = pronoun if pronoun is not None else entity_ref(norm_type(type_), name)
        if ref not in entities:
            if pronoun is not None:
                entities[ref] = ExtractedEntity(ref=ref, display_name=ref.split("/", 1)[1])
            else:
                display = " ".join(name.split())
                entities[ref] = ExtractedEntity(ref=ref, display_name=display, span=find_span(ctx.text, name))
        return ref

    def _canonical_key(self, key: str, quote: str | None, value: str) -> str:
        """Ground a key the ontology does not know on its phrasings ("prefers … food" -> food_preference)."""
        onto = self.ontology
        if key in onto:
            return key
        spoken = " ".join(x for x in (key.replace("_", " "), quote or "") if x).casefold()
        for spec in onto:
            for phrasing in spec.phrasings:
                if phrasing not in self._phrasing_cache:
                    self._phrasing_cache[phrasing] = phrasing_regex(phrasing)
                rx = self._phrasing_cache[phrasing]
                if rx is not None and rx.search(spoken):
                    return spec.key
        return key

    def _map(self, out: LLMOutput, ctx: ExtractionContext) -> Extraction:
        """The model's answer for one turn as candidates, grounded in the turn (``ValueError`` when it is not)."""
        entities: dict[str, ExtractedEntity] = {}
        seen: set[tuple[Any, ...]] = set()
        attributes = [x for a in out.attributes if (x := self._attribute(a, ctx, entities, seen)) is not None]
        relations = [y for r in out.relations if (y := self._relation(r, ctx, entities, seen)) is not None]
        instructions: list[ExtractedInstruction] = []
        if ctx.role in ("user", "system"):  # a tool result or an assistant turn cannot plant a standing directive
            instructions = [z for i in out.instructions if (z := self._instruction(i, ctx, seen)) is not None]
        return Extraction(
            entities=list(entities.values()),
            attributes=attributes,
            relations=relations,
            instructions=instructions,
            extractor="llm",
        )

    def _attribute(
        self, a: LLMAttribute, ctx: ExtractionContext, entities: dict[str, ExtractedEntity], seen: set[tuple[Any, ...]]
    ) -> ExtractedAttribute | None:
        """One attribute of the answer; ``None`` when it repeats one already taken."""
        ref = self._ref(a.subject, a.subject_type, ctx, entities)
        key = self._canonical_key(norm_key(a.key, "key"), a.quote, a.value)
        value = a.value.strip()
        if not re.search(r"\w", value):
            raise ValueError(f"the value of {a.key!r} is empty")
        if self.grounded and copied(value, ctx.text):
            raise ValueError(f"the value {value!r} is copied from the example, not from the message")
        if a.negated and self.grounded and not NEGATION_CUES.search(ctx.text):
            raise ValueError(f"negated is true for {a.key!r} but the message does not say it stopped")
        sig: tuple[Any, ...] = ("a", ref, key, value.lower(), a.negated)
        if sig in seen:
            return None
        seen.add(sig)
        words = key.replace("_", " ")
        who = entities[ref].display_name
        return ExtractedAttribute(
            entity=ref,
            key=key,
            value=value,
            category=self.ontology.category_of(key, "knowledge"),
            confidence=confidence_of(a.confidence, self.default_confidence),
            span=find_span(ctx.text, a.quote, value),
            valid_from=parse_since(a.since, ctx.observed_at),
            negated=bool(a.negated),
            text=f"{who}'s {words} is {'no longer ' if a.negated else ''}{value}",
        )

    def _relation(
        self, r: LLMRelation, ctx: ExtractionContext, entities: dict[str, ExtractedEntity], seen: set[tuple[Any, ...]]
    ) -> ExtractedRelation | None:
        """One relation of the answer; ``None`` when it repeats one already taken or links an entity to itself."""
        subj = self._ref(r.subject, r.subject_type, ctx, entities)
        obj = self._ref(r.object, r.object_type, ctx, entities)
        label = norm_key(r.label, "label")
        if r.negated and self.grounded and not NEGATION_CUES.search(ctx.text):
            raise ValueError(f"negated is true for {label!r} but the message does not say it stopped")
        sig = ("r", subj, label, obj, r.negated)
        if sig in seen or subj == obj:
            return None
        seen.add(sig)
        words = label.replace("_", " ")
        return ExtractedRelation(
            subject=subj,
            label=label,
            object=obj,
            confidence=confidence_of(r.confidence, self.default_confidence),
            span=find_span(ctx.text, r.quote, r.object),
            valid_from=parse_since(r.since, ctx.observed_at),
            negated=bool(r.negated),
            text=(
                f"{entities[subj].display_name} {'no longer ' if r.negated else ''}{words} {entities[obj].display_name}"
            ),
        )

    def _instruction(
        self, ins: LLMInstruction, ctx: ExtractionContext, seen: set[tuple[Any, ...]]
    ) -> ExtractedInstruction | None:
        """One instruction of the answer; ``None`` when it repeats one already taken."""
        if self.grounded and (copied(ins.text, ctx.text) or not states(ctx.text, ins.text, ins.quote)):
            raise ValueError(f"the instruction {ins.text!r} is not stated in the message")
        topic = " ".join(ins.topic.lower().split())
        sig = ("i", topic, ins.action, ins.polarity)
        if sig in seen:
            return None
        seen.add(sig)
        return ExtractedInstruction(
            text=ins.text,
            topic=topic,
            action=ins.action,
            polarity=ins.polarity,
            confidence=confidence_of(ins.confidence, self.default_confidence),
            span=find_span(ctx.text, ins.quote, ins.text),
        )
