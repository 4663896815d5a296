"""Helpers shared by the write/read-path tests (fixtures live in conftest.py)."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta, timezone
from typing import Any

T0 = datetime(2025, 3, 1, 9, 0, tzinfo=timezone.utc)


def at(days: float = 0, hours: float = 0) -> datetime:
    return T0 + timedelta(days=days, hours=hours)


def snapshot(mem: Any) -> dict[str, Any]:
    """Every record in the store, by id, as JSON-able dicts without wall-clock fields (for equality checks)."""
    mem.flush()  # group commit: what is queued is part of the state
    store = mem._engine.store
    out = {}
    for coll in (store.memory, store.meta):
        got = coll.get(include=["documents", "metadatas"])
        for i, d, m in zip(got["ids"], got["documents"], got["metadatas"]):
            out[i] = (d, m)
    return out


def state_signature(mem: Any) -> dict[str, Any]:
    """Store content minus volatile timestamps (recorded_at/last_seen/created/closed): what 'same state' means."""
    import json

    volatile = {
        "recorded_at",
        "last_seen",
        "created_at",
        "closed_at",
        "t_recorded",
        "t_created",
        "t_closed",
        "forgotten_at",
    }
    out = {}
    for i, (doc, meta) in snapshot(mem).items():
        m = {k: v for k, v in meta.items() if k not in volatile and k != "json"}
        payload = json.loads(meta["json"]) if "json" in meta else {}
        payload = {k: v for k, v in payload.items() if k not in volatile}
        if "decisions" in payload:
            payload.pop("decisions")
        out[i] = (doc, m, json.dumps(payload, sort_keys=True, default=str))
    return out


def current(mem: Any, entity: str, key: str, scope: dict[str, str]) -> list[Any]:
    return [v for v in mem.history(entity, key, scope=scope) if v.valid_until is None and v.scope == scope]


SPEAKER = "Person/alice"
_RULES: Any = None
_FACTS_AT = datetime(2025, 3, 12, 15, 0, tzinfo=timezone.utc)


def facts(text: str) -> list[tuple[str, str, str, bool]]:
    """(entity, key, value, negated) of every attribute the default extractor draws from a user's ``text``,
    the speaker being ``SPEAKER``."""
    from spectron_core import RuleExtractor
    from spectron_core._extract._types import ExtractionContext

    global _RULES
    _RULES = _RULES or RuleExtractor()
    ctx = ExtractionContext(text=text, role="user", observed_at=_FACTS_AT, principal=SPEAKER, agent="Agent/assistant")
    return [(a.entity, a.key, a.value, a.negated) for a in _RULES.extract(ctx).attributes]


def mine(text: str, keys: tuple[str, ...] = (), *, current: bool = False) -> list[tuple[str, str, str, bool]]:
    """The speaker's facts in ``text`` (``keys``: only those keys; ``current``: only those not negated)."""
    return [f for f in facts(text) if f[0] == SPEAKER and (not keys or f[1] in keys) and not (current and f[3])]


def has(text: str, key: str, value: str, negated: bool = False) -> bool:
    """Whether ``text`` puts ``key`` on the speaker with a value containing ``value`` (case and spacing
    folded)."""
    want = " ".join(value.casefold().split())
    return any(
        e == SPEAKER and k == key and want in " ".join(v.casefold().split()) and n == negated
        for e, k, v, n in facts(text)
    )


def expect(text: str, key: str, value: str, negated: bool = False) -> None:
    """``text`` puts ``key`` on the speaker with a value containing ``value`` (the family tests' check)."""
    assert has(text, key, value, negated), f"{text!r}: expected {key}~{value!r}, got {facts(text)}"


def expect_none(text: str, key: str) -> None:
    """``text`` puts no current ``key`` on the speaker."""
    assert not mine(text, (key,), current=True), f"{text!r}: expected no {key}, got {facts(text)}"


ALICE_SCOPE = {"org": "acme", "user": "alice"}


def profile_facts(mem: Any, scope: dict[str, str], key: str) -> list[Any]:
    """The ``profile()`` facts of ``key`` at ``scope``, whoever they are about, with their ``conflict``."""
    p = mem.profile(scope=scope)
    return [f for f in [*p.static, *p.dynamic, *p.preferences, *p.knowledge] if f.key == key]


def profile_values(mem: Any, key: str, scope: dict[str, str] | None = None) -> list[str]:
    """The speaker's current values of ``key`` in ``profile()``, case-folded."""
    p = mem.profile(scope=scope or ALICE_SCOPE)
    return [
        f.value.casefold()
        for f in [*p.static, *p.preferences, *p.dynamic, *p.knowledge]
        if f.entity == SPEAKER and f.key == key
    ]


def own_scope(case: str) -> dict[str, str]:
    """A scope of its own for one case in a store shared by a module: its user is named from the case's words."""
    return {"org": "acme", "user": "u" + hashlib.sha1(case.encode()).hexdigest()[:12]}


def principals_facts(mem: Any, scope: dict[str, str], key: str) -> list[Any]:
    """The ``profile()`` facts of ``key`` about the scope's own user (``Person/<user>``)."""
    me = f"Person/{scope['user']}"
    return [f for f in profile_facts(mem, scope, key) if f.entity == me]


def said_a_day_apart(mem: Any, first: str, second: str, key: str, old: str) -> tuple[dict[str, str], list[Any]]:
    """``first``, which must give ``key`` a value holding ``old``, then ``second`` a day later, in a scope of the
    pair's own: the scope and the user's facts of ``key`` after both."""
    scope = own_scope(first + "|" + second)
    mem.remember(first, scope=scope, observed_at=at(0))
    assert any(old in f.value.casefold() for f in principals_facts(mem, scope, key)), f"{first!r} gave no {key}"
    mem.remember(second, scope=scope, observed_at=at(1))
    return scope, principals_facts(mem, scope, key)


def check_update_pair(mem: Any, first: str, second: str, key: str, new: Any, old: str) -> None:
    """``first`` then, a day later, ``second`` (said by the speaker at ``ALICE_SCOPE``): the profile's ``key``
    shows the new value (``new`` None: a plain negation leaves none) and no longer the old one, and
    ``history()`` keeps the old value, closed."""
    mem.remember(first, scope=ALICE_SCOPE, observed_at=at(0))
    assert any(old in v for v in profile_values(mem, key)), f"{first!r} gave no {key}"
    mem.remember(second, scope=ALICE_SCOPE, observed_at=at(1))
    now = profile_values(mem, key)
    assert not any(old == v or (old in v and (new is None or new not in v)) for v in now), (
        f"old {key}={old!r} still current after {second!r}: {now}"
    )
    if new is not None:
        assert any(new in v for v in now), f"{second!r}: profile {key}={now}, expected {new!r}"
    closed = [v for v in mem.history(SPEAKER, key, scope=ALICE_SCOPE) if " ".join(v.value.casefold().split()) == old]
    assert closed and all(v.valid_until is not None for v in closed), "history must keep the old value, closed"


def check_supersession(
    mem: Any, old: str, new: str, key: str, old_word: str, new_word: str, when: datetime | None = None
) -> None:
    """``old`` then, a day later, ``new`` (said by the speaker at ``ALICE_SCOPE``): ``profile()`` shows one value of
    ``key``, naming ``new_word`` and not ``old_word``; ``history()`` keeps the old value closed and the new one
    open. Words, not whole values: the tests say what a value must name, not how the extractor spells it."""
    t0 = when or at(0)
    mem.remember(old, scope=ALICE_SCOPE, observed_at=t0)
    assert any(old_word in v for v in profile_values(mem, key)), f"{old!r} gave no {key}"
    mem.remember(new, scope=ALICE_SCOPE, observed_at=t0 + timedelta(days=1))
    shown = profile_values(mem, key)
    assert len(shown) == 1 and new_word in shown[0] and old_word not in shown[0], shown
    chain = mem.history(SPEAKER, key, scope=ALICE_SCOPE)
    closed = [v for v in chain if old_word in v.value.casefold()]
    assert closed and all(v.valid_until is not None for v in closed), [(v.value, v.valid_until) for v in chain]
    assert any(new_word in v.value.casefold() and v.valid_until is None for v in chain), [v.value for v in chain]


def check_instruction_pair(mem: Any, first: str, second: str, active: list[str]) -> None:
    """``first`` gives a standing instruction; after ``second`` exactly the topics ``active`` are active."""
    mem.remember(first, scope=ALICE_SCOPE, observed_at=at(0))
    assert mem.profile(scope=ALICE_SCOPE).instructions, f"{first!r} gave no instruction"
    mem.remember(second, scope=ALICE_SCOPE, observed_at=at(1))
    assert sorted(i["topic"] for i in mem.profile(scope=ALICE_SCOPE).instructions) == sorted(active)


class ReadsOnly:
    """An extractor that reads the facts of the sentences it is given (``{text: (key, value)}``) and nothing
    from any other: a change the extractor missed, as happens with phrasings no rule covers."""

    name = "reads-only"

    def __init__(self, facts: dict[str, tuple[str, str]]) -> None:
        self.facts = facts

    def extract_many(self, ctxs: list[Any]) -> list[Any]:
        return [self.extract(c) for c in ctxs]

    def extract(self, ctx: Any) -> Any:
        from spectron_core import ExtractedAttribute, Extraction

        found = self.facts.get(ctx.text)
        if found is None:
            return Extraction()
        return Extraction(attributes=[ExtractedAttribute(entity=ctx.principal, key=found[0], value=found[1])])
