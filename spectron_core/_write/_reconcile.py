"""Reconciliation, between extraction and the store: decide what each extracted candidate does to memory.

Rules, in order, for an attribute candidate (entity E, key K, value V) at scope S:

1. already applied (a record with this candidate's stable id exists) → skip: replays are no-ops;
2. negation ("no longer", "used to") → close the matching current value at S; never touch a document fact;
3. an authoritative (document) value for E/K visible from S disagrees, and the candidate is experiential →
   the document fact is untouched, the claim is stored at S, an uncertainty links the two;
4. same value current at S → reinforce (count + evidence + last seen), no new version;
5. multi-valued key → a new value sits beside the others;
6. different value current at S → supersede (``valid_until`` on the old, ``supersedes``/``superseded_by``
   links), unless the candidate is below the calibration floor and below the current confidence (then an
   uncertainty), or it is dated before the current value (then it is stored as already-closed history);
7. after the turn's candidates, one fact in two forms is kept in step (``_keep_in_step``): a key's mirror
   relation (``AttributeSpec.mirror``: ``employer`` ↔ ``works_at``, ``home`` ↔ ``lives_in``) naming something
   the turn did not say is closed when the turn made a value of either form current, a value that ends
   other keys (``AttributeSpec.ends``: ``role = retired`` ends ``employer``) closes them in both forms, and a
   key made current closes the values it excludes (``AttributeSpec.ended_by``: a new ``employer`` ends
   ``role = unemployed``; so does one said "now" in the turn that dates the layoff before it).

Only records of the *same* scope reconcile with each other, so an org default and a user override coexist;
the one exception is rule 3, which looks at ancestors too. Every outcome is written to the decision trace.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from .._entities import principal_for, split_ref
from .._extract._lexicon import names_kind_only, thing_kind
from .._extract._types import ExtractedAttribute, ExtractedInstruction, ExtractedRelation, Extraction
from .._models import (
    Attribute,
    Change,
    Decision,
    Entity,
    Instruction,
    Relation,
    RememberResult,
    Source,
    Turn,
    Uncertainty,
)
from .._policy import CALIBRATION_FLOOR, SINGLE_VALUED_RELATIONS, importance_for
from .._scope import Scope
from .._store._ids import stable_id
from .._store._where import and_, exact_clause, visible_clause
from .._time import utcnow
from ._commit import WritePlan
from ._render import attribute_sentence, display, relation_sentence
from ._unread_change import settle_unread_changes

if TYPE_CHECKING:
    from .._engine import Engine

__all__ = ["Reconciler"]


def _stated(r: Any) -> datetime:
    """When a version was said: ``stated_at``, or for records written before that field existed the best
    stand-in (its last sighting, else its start)."""
    when: datetime = r.stated_at or r.last_seen or r.valid_from or r.recorded_at
    return when


def _precedes(new: Any, old: Any) -> bool:
    """Whether a newcomer on a single-valued key belongs *before* the current value (history, not head).

    The newest statement is current (what users mean: "I moved to Porto last month" after "I live in Lisbon"
    makes Porto current even though the move is dated a month back) unless it was said earlier than the
    current value (an out-of-order replay of older memories), or it explicitly dates itself before the
    current value's own explicit date ("we lived in Rome in 2019" after "we moved to Paris in 2021").
    """
    if new.stated_at is not None and new.stated_at < _stated(old):
        return True
    old_dated = old.stated_at is not None and old.valid_from is not None and old.valid_from != old.stated_at
    new_dated = new.stated_at is not None and new.valid_from is not None and new.valid_from != new.stated_at
    return bool(old_dated and new_dated and new.valid_from < old.valid_from)


def _norm(value: str) -> str:
    return " ".join(value.strip().casefold().split())


_ANY_VALUE = frozenset({"", "it", "that", "this", "there", "here", "them", "one", "job", "my job", "work", "anymore"})
"""Negated values that name no value in particular ("i don't work there anymore"): they close whatever holds."""
_ARTICLES = frozenset({"a", "an", "the", "my", "our"})


def _negation_reaches(negated: str, current: str) -> bool:
    """Whether a negation of ``negated`` ends ``current`` (both normalised): the same value, one naming the
    other's words ("engineer" / "software engineer", "the bank" / "bank"), or a value that names none.

    Why not any current value of a single-valued key: "i used to be a painter" said by a nurse, or "i left
    Globex years ago" said while at Initech, tell of another value; closing the current one lost a true fact."""
    if negated in _ANY_VALUE or negated == current:
        return True
    a = set(negated.split()) - _ARTICLES
    b = set(current.split()) - _ARTICLES
    return bool(a) and bool(b) and (a <= b or b <= a)


def _same_kind(said: str, current: str) -> bool:
    """Whether a thing said is of the same kind as a current value ("phone" / "iphone 12"): what "switched to a
    Galaxy" replaces (``_lexicon.thing_kind``). One of the two must name the kind alone ("sold my phone", "i have
    a phone"): two makes of one kind are two things ("sold my old PlayStation" leaves the Xbox)."""
    kind = thing_kind(said)
    return kind is not None and kind == thing_kind(current) and (names_kind_only(said) or names_kind_only(current))


_NO_PARTNER = frozenset({"single", "divorced", "separated", "widowed"})
"""Relationship statuses that say the speaker has no partner now."""
_PARTNER_WORDS = frozenset({"girlfriend", "boyfriend", "partner", "wife", "husband", "spouse", "fiance", "fiancee"})
_PARTNER_LABELS = ("partner_of", "married_to")
_PARTNERED = frozenset({"married", "in a relationship", "engaged", "dating", "seeing someone"})
_NOT_THIS_PARTNER = re.compile(
    r"\b(?:remarried|first\s+(?:wife|husband|marriage)|ex[\s-]?(?:wife|husband|girlfriend|boyfriend|partner)|"
    r"single[\s-](?:handed(?:ly)?|minded)|(?:separated|divorced)\s+from\s+(?:my\s+)?(?:team|work|job|family|kids))\b",
    re.IGNORECASE,
)
"""A turn whose status is about another partnership than the one on record ("divorced from my first wife", "i'm
divorced but happily remarried") or no partnership at all ("single-handedly")."""


def _topic(entity: str, key: str) -> str:
    """What an uncertainty about ``entity.key`` is about, as a reader would say it."""
    return f"{display(entity)} {key.replace('_', ' ')}"


@dataclass
class _AttributeCase:
    """One attribute candidate and what is current for its key, as the rules read them."""

    cand: ExtractedAttribute
    value: str
    """The candidate's value, stripped."""
    vnorm: str
    label: str
    """How the decision trace names the candidate."""
    multi: bool
    here: list[Any]
    """Current values at this very scope."""
    authority: list[Any]
    """Authoritative values visible from this scope."""
    considered: list[str]


class Reconciler:
    """One write's reconciliation: reads the store (plus the plan's pending records), fills the plan."""

    def __init__(
        self,
        engine: Engine,
        scope: Scope,
        source: Source,
        observed_at: datetime,
        plan: WritePlan,
        result: RememberResult,
        *,
        fresh_source: bool = False,
        stored: Mapping[str, Any] | None = None,
    ) -> None:
        self.engine = engine
        self.store = engine.store
        self.ontology = engine.ontology
        self.scope = scope
        self.source = source
        self.observed_at = observed_at
        self.plan = plan
        self.result = result
        self.decisions: list[Decision] = []
        self.fresh_source = fresh_source
        self.now = utcnow()
        self._seen_entities: set[str] = set()
        self.stored = stored
        """A batch's lookup made when its plan started (id → record or None, see ``remember_many``): an
        entity it holds is not read from the store again."""

    # -- plan overlay ---------------------------------------------------------------------------------
    def _stage_put(self, record: Any) -> None:
        for i, r in enumerate(self.plan.puts):
            if r.id == record.id:
                self.plan.puts[i] = record
                return
        self.plan.puts.append(record)

    def _stage_update(self, record: Any) -> None:
        for group in (self.plan.puts, self.plan.updates):
            for i, r in enumerate(group):
                if r.id == record.id:
                    group[i] = record
                    return
        self.plan.updates.append(record)

    def _exists(self, record_id: str) -> bool:
        if record_id in self.plan.pending():
            return True
        if self.fresh_source:
            return False
        return record_id in self.store.get([record_id])

    def _current(self, kind: str, match: dict[str, Any], *, ancestors: bool) -> list[Any]:
        """Current records of ``kind`` matching ``match`` at this scope (and its ancestors if asked)."""
        topic = match.get("entity") or match.get("subject") or match.get("topic")
        narrow = {k: v for k, v in match.items() if k in ("key", "label") and isinstance(v, str)}
        local = self.store.current_about(kind, topic, self.scope, ancestors=ancestors, fields=narrow) if topic else None
        if local is not None:
            found = {r.id: r for r in local if all(getattr(r, k, None) == v for k, v in match.items())}
        else:
            scope_clause = visible_clause(self.scope) if ancestors else exact_clause(self.scope)
            eqs = [{k: {"$eq": v}} for k, v in match.items()]
            where = and_(*eqs, {"is_current": {"$eq": True}}, scope_clause)
            found = {r.id: r for r in self.store.find(where, kinds=[kind])}
        for r in self.plan.pending().values():
            if r.kind == kind and all(getattr(r, k, None) == v for k, v in match.items()):
                found[r.id] = r
        out = [r for r in found.values() if (r.state == "open" if r.kind == "uncertainty" else r.current)]
        if ancestors:
            return [r for r in out if Scope(r.scope).visible_from(self.scope) and not self._is_descendant(r)]
        return [r for r in out if Scope(r.scope) == self.scope]

    def _is_descendant(self, record: Any) -> bool:
        s = Scope(record.scope)
        return s != self.scope and s.contains(self.scope)

    def _source_for(self, span: tuple[int, int] | None) -> Source:
        return self.source.model_copy(update={"span": span})

    def _decide(
        self,
        candidate: str,
        action: str,
        reason: str,
        record_id: str | None = None,
        considered: list[str] | None = None,
    ) -> None:
        self.decisions.append(
            Decision(
                candidate=candidate,
                action=action,  # type: ignore[arg-type]
                reason=reason,
                record_id=record_id,
                considered=considered or [],
            )
        )

    # -- entities -------------------------------------------------------------------------------------
    def entity(self, ref: str, display_name: str | None = None) -> None:
        if ref in self._seen_entities:
            return
        self._seen_entities.add(ref)
        etype, name = split_ref(ref)
        eid = stable_id("ent", self.scope.key, ref)
        if eid in self.plan.pending():
            return
        if self.stored is not None and eid in self.stored:
            found = self.stored[eid]
            active = found is not None and getattr(found, "status", "active") == "active"
        else:
            active = self.store.is_active(eid)
        if active:
            return  # a forgotten entity mentioned again is written again, active
        rec = Entity(
            id=eid,
            scope=self.scope.as_dict(),
            recorded_at=self.now,
            type=etype,
            name=name,
            display_name=display_name or display(ref),
        )
        self._stage_put(rec)
        self.result.entities.append(Change(action="created", record=rec))

    # -- attributes -----------------------------------------------------------------------------------
    def attribute(self, cand: ExtractedAttribute) -> None:
        """Reconcile one attribute candidate: the numbered rules of the module docstring, in order."""
        said_key = cand.key  # (the stable id keeps the key as said, so a replay finds it whatever it was filed as)
        cand, replaced = self._readdressed(cand) if cand.replaces else (cand, None)
        entity, key, value = cand.entity, cand.key, cand.value.strip()
        label = f"{entity}.{key}={value!r}" + (" (negated)" if cand.negated else "")
        self.entity(entity)
        vnorm = _norm(value)
        spec = self.ontology.get(key)
        category = cand.category or (spec.category if spec else "knowledge")
        cid = stable_id("att", self.scope.key, entity, said_key, vnorm, self.source.ref, cand.negated)
        if self._exists(cid):  # rule 1
            self._decide(label, "skipped", "already applied from this source (idempotent replay)", cid)
            return
        visible = self._current("attribute", {"entity": entity, "key": key}, ancestors=True)
        case = _AttributeCase(
            cand=cand,
            value=value,
            vnorm=vnorm,
            label=label,
            multi=self.ontology.is_multi_valued(key),
            here=[r for r in visible if Scope(r.scope) == self.scope],
            authority=[r for r in visible if r.authoritative],
            considered=[r.id for r in visible],
        )
        if cand.negated:
            self._negate_attribute(case, replaced)  # rule 2
            return
        new = Attribute(
            id=cid,
            scope=self.scope.as_dict(),
            recorded_at=self.now,
            entity=entity,
            key=key,
            value=value,
            text=cand.text or attribute_sentence(entity, key, value),
            valid_from=cand.valid_from or self.observed_at,
            confidence=cand.confidence,
            importance=importance_for(category, spec.importance if spec else None),
            category=category,
            source=self._source_for(cand.span),
            evidence=[self.source.ref] if self.source.ref else [],
            last_seen=self.observed_at,
            stated_at=self.observed_at,
        )
        if not self._new_is_doc and case.authority and self._against_authority(case, new):  # rule 3
            return
        same = [r for r in case.here if _norm(r.value) == vnorm]
        if same:  # rule 4
            self._reinforce(same[0], label, "same value already current at this scope", case.considered)
            return
        if case.multi or not case.here:  # rule 5 (and a first value)
            self._stage_put(new)
            self.result.attributes.append(Change(action="created", record=new))
            why = "new value of a multi-valued key" if case.multi and case.here else "first value for this key here"
            self._decide(label, "created", why, new.id, case.considered)
            if replaced is not None and replaced.current:  # ("swapped my kindle for a kobo": one device, not two)
                self._close(replaced, new.valid_from or self.observed_at, label, "replaced by a value said with it")
            return
        self._supersede_attribute(case, new)  # rule 6

    def _readdressed(self, cand: ExtractedAttribute) -> tuple[ExtractedAttribute, Any | None]:
        """The candidate filed under the key of the current value its ``replaces`` names, and that value (the
        candidate as given and None when nothing current is named).

        Why look the key up rather than trust the extractor's: "sold the Focus" or "replaced my Dell with a
        MacBook" name a thing, and a reader that does not know what a Focus is can only guess a key; the store
        knows the Focus is the user's ``vehicle``. The candidate's own key is preferred when it holds the value,
        and among other keys the value said last."""
        said = _norm(cand.replaces or "")
        if said in _ANY_VALUE:
            return cand, None
        found = [
            r
            for r in self._current("attribute", {"entity": cand.entity}, ancestors=False)
            if (_negation_reaches(said, _norm(r.value)) or _same_kind(said, _norm(r.value)))
            and not (r.authoritative and not self._new_is_doc)
        ]
        if not found:
            return cand, None
        best = next((r for r in found if r.key == cand.key), None) or max(found, key=_stated)
        if best.key == cand.key:
            return cand, best
        return cand.model_copy(update={"key": best.key, "category": best.category, "text": ""}), best

    @property
    def _new_is_doc(self) -> bool:
        """Whether this write is authoritative (a document's)."""
        return self.source.authoritative

    def _negate_attribute(self, case: _AttributeCase, named: Any | None = None) -> None:
        """Rule 2: close the matching current value at this scope (and ``named``, the value the candidate's
        ``replaces`` was found to name: "sold my car" ends the Focus); never a document fact from chat."""
        cand, vnorm, label = case.cand, case.vnorm, case.label
        targets = [r for r in case.here if _negation_reaches(vnorm, _norm(r.value)) or (named and r.id == named.id)]
        targets = [r for r in targets if not r.authoritative or self._new_is_doc]
        if not targets:
            if any(_norm(r.value) == vnorm for r in case.authority) and not self._new_is_doc:
                self._flag(
                    label,
                    _topic(cand.entity, cand.key),
                    f"a chat turn says {case.value!r} no longer holds but a document states it",
                    [r.id for r in case.authority],
                    cand.entity,
                    cand.key,
                )
            else:
                self._decide(label, "skipped", "negation with no matching current value", None, case.considered)
            return
        until = cand.valid_from or self.observed_at
        for old in targets:
            self._close(
                old, until, label, "negation closes the current value", reason="negated", considered=case.considered
            )

    def _against_authority(self, case: _AttributeCase, new: Attribute) -> bool:
        """Rule 3: an authoritative value visible from here meets an experiential claim. Agreement reinforces
        the document's value; a disagreement on a single-valued key keeps the claim beside it and opens an
        uncertainty. Returns whether the candidate was decided here."""
        label = case.label
        agreeing = [r for r in case.authority if _norm(r.value) == case.vnorm]
        if agreeing:
            self._reinforce(agreeing[0], label, "agrees with an authoritative value", case.considered)
            return True
        if case.multi:
            return False
        self._stage_put(new)
        self.result.attributes.append(
            Change(action="flagged", record=new, reason="conflicts with an authoritative value")
        )
        self._flag(
            label,
            _topic(case.cand.entity, case.cand.key),
            f"chat claims {case.value!r} but a document states " + ", ".join(repr(r.value) for r in case.authority),
            [r.id for r in case.authority] + [new.id],
            case.cand.entity,
            case.cand.key,
        )
        self._decide(
            label,
            "flagged",
            "experiential claim kept beside the authoritative value; uncertainty opened",
            new.id,
            case.considered,
        )
        return True

    def _supersede_attribute(self, case: _AttributeCase, new: Attribute) -> None:
        """Rule 6: a different value is current at this scope. The newcomer supersedes it, unless it is below
        the calibration floor and the current confidence (an uncertainty) or dated before it (history)."""
        cand, label, considered = case.cand, case.label, case.considered
        old = max(case.here, key=lambda r: (_stated(r), r.valid_from or r.recorded_at, r.recorded_at))
        if old.authoritative and not self._new_is_doc:  # pragma: no cover - handled by rule 3 above
            return
        if not self._new_is_doc and cand.confidence < CALIBRATION_FLOOR and cand.confidence < old.confidence:
            self._stage_put(new.model_copy(update={"valid_until": new.valid_from}))
            self._flag(
                label,
                _topic(case.cand.entity, case.cand.key),
                f"low-confidence claim {case.value!r} ({cand.confidence:.2f}) contradicts current "
                f"{old.value!r} ({old.confidence:.2f})",
                [old.id, new.id],
                case.cand.entity,
                case.cand.key,
            )
            self._decide(
                label, "flagged", f"confidence below calibration floor {CALIBRATION_FLOOR}", new.id, considered
            )
            return
        if _precedes(new, old):
            self._as_history(new, old, self.result.attributes, label, considered, "value")
            return
        head, closed = self._chain(new, old)
        self.result.attributes.append(Change(action="superseded", record=head, reason=f"replaces {old.value!r}"))
        self.result.corrections.append(Change(action="superseded", record=closed, reason=f"replaced by {case.value!r}"))
        self._decide(label, "superseded", f"replaces {old.value!r} at the same scope", head.id, considered)

    def _as_history(
        self, new: Any, old: Any, changes: list[Change], label: str, considered: list[str], what: str
    ) -> None:
        """Store a newcomer that belongs before the current version (see ``_precedes``) as closed history."""
        hist = new.model_copy(update={"valid_until": old.valid_from})
        self._stage_put(hist)
        changes.append(Change(action="created", record=hist, reason="dated before current"))
        self._decide(
            label, "created", f"dated before the current {what}: stored as closed history", hist.id, considered
        )

    def _chain(self, new: Any, old: Any) -> tuple[Any, Any]:
        """Make ``new`` the head after ``old``: link both ways and close ``old`` when ``new`` starts (or, for a
        change dated back before ``old`` began, when the change was learned). Both are staged."""
        new = new.model_copy(update={"supersedes": old.id})
        until = (
            new.valid_from
            if new.valid_from and (old.valid_from is None or new.valid_from >= old.valid_from)
            else self.observed_at
        )
        closed = old.model_copy(update={"valid_until": until, "superseded_by": new.id})
        self._stage_put(new)
        self._stage_update(closed)
        return new, closed

    def _reinforce(self, rec: Any, label: str, why: str, considered: list[str]) -> None:
        ref = self.source.ref
        if ref and ref in rec.evidence:
            self._decide(label, "skipped", "this source already reinforced it", rec.id, considered)
            return
        updated = rec.model_copy(
            update={
                "reinforcement_count": rec.reinforcement_count + 1,
                "evidence": [*rec.evidence, ref] if ref else rec.evidence,
                "last_seen": max(rec.last_seen, self.observed_at) if rec.last_seen else self.observed_at,
            }
        )
        self._stage_update(updated)
        bucket = {
            "attribute": self.result.attributes,
            "relation": self.result.relations,
            "instruction": self.result.instructions,
        }[rec.kind]
        bucket.append(Change(action="reinforced", record=updated, reason=why))
        self._decide(label, "reinforced", why, rec.id, considered)

    def _flag(
        self, label: str, what: str, why: str, record_ids: list[str], entity: str | None, key: str | None
    ) -> Uncertainty:
        uid = stable_id("unc", self.scope.key, what, *sorted(record_ids), self.source.ref)
        unc = Uncertainty(
            id=uid,
            scope=self.scope.as_dict(),
            recorded_at=self.now,
            what=what,
            why=why,
            record_ids=record_ids,
            entity=entity,
            key=key,
            source=self.source,
            text=f"Uncertain: {what} — {why}",
        )
        self._stage_put(unc)
        self.result.uncertainties.append(Change(action="created", record=unc))
        return unc

    # -- unread changes (``_unread_change``) ------------------------------------------------------------
    def current_attributes(self, entity: str, key: str | None) -> list[Any]:
        """The current values of ``entity.key`` (of every key of ``entity`` when ``key`` is ``None``) at this
        scope, as this write sees them (its own staged too)."""
        match = {"entity": entity} if key is None else {"entity": entity, "key": key}
        return self._current("attribute", match, ancestors=False)

    def current_relations(self, subject: str) -> list[Any]:
        """The current relations from ``subject`` at this scope, as this write sees them (its own staged too)."""
        return self._current("relation", {"subject": subject}, ancestors=False)

    @staticmethod
    def stated(record: Any) -> datetime:
        """When a version was said (``_stated``)."""
        return _stated(record)

    def flag_change(self, label: str, what: str, why: str, record_ids: list[str], entity: str, key: str) -> None:
        """Open an uncertainty that ``entity.key`` may have changed (``_unread_change``), once per turn."""
        unc = self._flag(label, what, why, record_ids, entity, key)
        self._decide(label, "flagged", why, unc.id, record_ids[:1])

    def open_uncertainties(self, entity: str, key: str) -> list[Uncertainty]:
        """The open uncertainties about ``entity.key`` at this scope."""
        return self._current("uncertainty", {"entity": entity, "key": key}, ancestors=False)

    def resolve(self, unc: Uncertainty, why: str) -> None:
        """Mark an open uncertainty resolved by this write, and say so in the result and the trace."""
        settled = unc.model_copy(update={"state": "resolved"})
        self._stage_update(settled)
        self.result.uncertainties.append(Change(action="resolved", record=settled, reason=why))
        self._decide(f"uncertain: {unc.what}", "resolved", why, unc.id)

    # -- relations ------------------------------------------------------------------------------------
    def relation(self, cand: ExtractedRelation) -> None:
        label = f"{cand.subject} -{cand.label}-> {cand.object}" + (" (negated)" if cand.negated else "")
        self.entity(cand.subject)
        self.entity(cand.object)
        cid = stable_id("rel", self.scope.key, cand.subject, cand.label, cand.object, self.source.ref, cand.negated)
        if self._exists(cid):
            self._decide(label, "skipped", "already applied from this source (idempotent replay)", cid)
            return
        here = self._current("relation", {"subject": cand.subject, "label": cand.label}, ancestors=False)
        considered = [r.id for r in here]
        same = [r for r in here if r.object == cand.object]
        if cand.negated:
            targets = same  # a negated relation closes only the very value it names
            if not targets:
                self._decide(label, "skipped", "negation with no matching current relation", None, considered)
                return
            for old in targets:
                until = cand.valid_from or self.observed_at
                self._close(old, until, label, "negation closes the relation", reason="negated", considered=considered)
            return
        if same:
            self._reinforce(same[0], label, "relation already current", considered)
            return
        new = Relation(
            id=cid,
            scope=self.scope.as_dict(),
            recorded_at=self.now,
            subject=cand.subject,
            label=cand.label,
            object=cand.object,
            text=cand.text or relation_sentence(cand.subject, cand.label, cand.object),
            valid_from=cand.valid_from or self.observed_at,
            confidence=cand.confidence,
            importance=importance_for(cand.category),
            category=cand.category,
            source=self._source_for(cand.span),
            evidence=[self.source.ref] if self.source.ref else [],
            last_seen=self.observed_at,
            stated_at=self.observed_at,
        )
        if cand.label in SINGLE_VALUED_RELATIONS and here:
            old = max(here, key=lambda r: (_stated(r), r.valid_from or r.recorded_at))
            if _precedes(new, old):
                self._as_history(new, old, self.result.relations, label, considered, "object")
                return
            new, closed = self._chain(new, old)
            self.result.relations.append(Change(action="superseded", record=new))
            self.result.corrections.append(Change(action="superseded", record=closed))
            self._decide(label, "superseded", f"{cand.label} holds one object at a time", new.id, considered)
            return
        self._stage_put(new)
        self.result.relations.append(Change(action="created", record=new))
        self._decide(label, "created", "new relation", new.id, considered)

    # -- instructions ---------------------------------------------------------------------------------
    def instruction(self, cand: ExtractedInstruction) -> None:
        """Add, reinforce, supersede or revoke a standing directive.

        Topics match exactly first; failing that, within their *family* (``instruction_family``: bullet
        points and paragraphs are both the answer's format), so "You can write in paragraphs again" ends
        "Always answer in bullet points" and "From now on answer in paragraphs" replaces it. A revocation that
        matches neither ends the instructions whose free-form topic names the same thing (``topics_overlap``:
        "stop adding summaries" ends "always add a summary at the end"). A revocation with nothing to revoke
        and polarity ``dont`` ("stop using emojis") is a prohibition: it is added.
        """
        # Lazy: importing the instruction rules loads the rule extractor's lexicon (about a second), which a
        # store whose writes carry no instruction, or that uses another extractor, never needs.
        from .._extract._instructions import instruction_family, topics_overlap

        topic = _norm(cand.topic)
        label = f"instruction[{topic}] {cand.action}"
        active = self._current("instruction", {"topic": topic}, ancestors=False)
        family = instruction_family(topic)
        # the other current instructions are read once, only when no topic matched and one may end or replace
        others = (
            [r for r in self._current("instruction", {}, ancestors=False) if r.topic != topic]
            if not active and (family or cand.action == "revoke")
            else []
        )
        kin = [r for r in others if family and instruction_family(r.topic) == family]
        if cand.action == "revoke" and not kin:
            kin = [r for r in others if topics_overlap(r.topic, topic)]  # "stop adding summaries" ends "…a summary…"
        considered = [r.id for r in active + kin]
        if cand.action == "revoke":
            targets = active or kin
            if not targets and cand.polarity != "dont":
                self._decide(label, "skipped", "no active instruction on this topic", None, considered)
                return
            for old in targets:
                closed = old.model_copy(update={"valid_until": self.observed_at})
                self._stage_update(closed)
                self.result.instructions.append(Change(action="revoked", record=closed, reason=cand.text))
                why = (
                    "explicitly revoked"
                    if old in active
                    else f"revoked by a directive on the same {family}"
                    if family and instruction_family(old.topic) == family
                    else "revoked by a directive naming the same thing"
                )
                self._decide(label, "revoked", why, old.id, considered)
            if targets:
                return
            # nothing to revoke: "stop using emojis" stands as "don't use emojis"
        cid = stable_id("ins", self.scope.key, topic, cand.polarity, self.source.ref)
        if self._exists(cid):
            self._decide(label, "skipped", "already applied from this source (idempotent replay)", cid)
            return
        same = [r for r in active if r.polarity == cand.polarity]
        if same:
            self._reinforce(same[0], label, "the same directive is already active", considered)
            return
        new = Instruction(
            id=cid,
            scope=self.scope.as_dict(),
            recorded_at=self.now,
            text=cand.text.strip(),
            topic=topic,
            polarity=cand.polarity,
            valid_from=self.observed_at,
            confidence=cand.confidence,
            importance=importance_for("instructions"),
            category="instructions",
            source=self._source_for(cand.span),
            evidence=[self.source.ref] if self.source.ref else [],
            last_seen=self.observed_at,
        )
        replaced = active or kin
        if replaced:
            new = new.model_copy(update={"supersedes": replaced[0].id})
            for old in replaced:
                closed = old.model_copy(update={"valid_until": self.observed_at, "superseded_by": new.id})
                self._stage_update(closed)
                self.result.corrections.append(Change(action="superseded", record=closed))
            self._stage_put(new)
            self.result.instructions.append(Change(action="superseded", record=new))
            why = "opposite directive on the same topic" if active else f"another choice of the same {family}"
            self._decide(label, "superseded", why, new.id, considered)
            return
        self._stage_put(new)
        self.result.instructions.append(Change(action="created", record=new))
        self._decide(label, "created", "new standing directive", new.id, considered)

    # -- one fact in two forms ------------------------------------------------------------------------
    def _keep_in_step(self, extraction: Extraction) -> None:
        """Close what this turn's facts make stale in another form: an attribute's mirror relation
        (``AttributeSpec.mirror``: ``employer`` ↔ ``works_at``, ``home`` ↔ ``lives_in``) and the keys a value
        ends (``AttributeSpec.ends``: ``role = retired`` ends ``employer``).

        Decision: this belongs to the reconciler, not to extractor output. Extractors differ in which forms
        they emit ("i work at X" gives the rule extractor ``employer`` and ``works_at``, "i work in a bank"
        only ``employer``; a model may give only ``lives_in``), and the store already holds records written
        by earlier extractors, so only a rule at write time keeps old and new consistent whatever produced
        them. The rule is narrow: a current record of the *other* form, at this scope, from the same subject,
        naming something this turn did not state, is closed (``valid_until`` = the turn's time, reported in
        ``corrections`` as ``closed``); a negated form closes the other form's matching value. It never
        creates a record, so the history chain of each form stays its own, and it never closes an
        authoritative (document) record from a chat turn.
        """
        stated: dict[tuple[str, str], set[str]] = {}  # (subject, key) -> names said positively this turn
        negated: dict[tuple[str, str], set[str]] = {}
        ended: set[tuple[str, str, str]] = set()  # (subject, key ended, value ending it)
        for a in extraction.attributes:
            spec = self.ontology.get(a.key)
            if spec is None:
                continue
            if spec.mirror:
                (negated if a.negated else stated).setdefault((a.entity, a.key), set()).add(_norm(a.value))
            if not a.negated:
                ended.update((a.entity, k, _norm(a.value)) for k in spec.ends.get(_norm(a.value), ()))
        for r in extraction.relations:
            key = self.ontology.key_mirrored_by(r.label)
            if key:
                name = _norm(split_ref(r.object)[1])
                (negated if r.negated else stated).setdefault((r.subject, key), set()).add(name)
        # only what this turn made current counts: a value filed as closed history ("we lived in Rome in
        # 2019" after Paris) must not close Paris's other form
        current_now: set[tuple[str, str, str]] = set()
        for ch in self.result.attributes + self.result.relations:
            rec = ch.record
            if rec.kind == "attribute" and rec.valid_until is None:
                current_now.add((rec.entity, rec.key, _norm(rec.value)))
            elif rec.kind == "relation" and rec.valid_until is None and self.ontology.key_mirrored_by(rec.label):
                current_now.add(
                    (rec.subject, self.ontology.key_mirrored_by(rec.label) or "", _norm(split_ref(rec.object)[1]))
                )
        stated = {sk: names for sk, names in stated.items() if any((sk[0], sk[1], n) in current_now for n in names)}
        for subject, key, value in ended:
            if (subject, key) in stated or not any((subject, k, value) in current_now for k in self._keys_of(value)):
                continue
            self._close_form(subject, key, None, f"{key} ended by this turn")
        self._end_excluded(current_now)
        self._end_partner(current_now)
        for (subject, key), names in stated.items():
            self._close_form(subject, key, names, "the same fact was said with another value")
        for (subject, key), names in negated.items():
            if (subject, key) not in stated:
                self._close_form(subject, key, None, "negated in its other form", only=names)

    def _end_excluded(self, current_now: set[tuple[str, str, str]]) -> None:
        """``AttributeSpec.ended_by``: a key made current this turn ends the values of other keys it excludes
        ("i got a job at a bank" ends ``role = unemployed``), said in an earlier turn, or in this one when dated
        before it ("i got laid off last year but now i work at a hospital": out of work from last year until
        now, history)."""
        made: dict[tuple[str, str], Attribute] = {}
        for ch in self.result.attributes:
            if isinstance(ch.record, Attribute) and ch.record.valid_until is None and ch.action != "reinforced":
                made[(ch.record.entity, ch.record.key)] = ch.record
        for subject, key in sorted({(s, k) for s, k, _ in current_now}):
            for spec in self.ontology:
                over = {v for v, keys in spec.ended_by.items() if key in keys}
                if not over:
                    continue
                why = f"{spec.key} ended by a new {key}"
                self._close_form(subject, spec.key, None, why, only=over)
                new, old = made.get((subject, key)), made.get((subject, spec.key))
                if (
                    new is not None
                    and old is not None
                    and _norm(old.value) in over
                    and old.valid_from is not None
                    and new.valid_from is not None
                    and old.valid_from < new.valid_from
                ):
                    self._close(old, new.valid_from, f"{subject}.{spec.key}", why)

    def _end_partner(self, current_now: set[tuple[str, str, str]]) -> None:
        """A partnership said to be over ("we broke up", "i'm single again", "the divorce went through") ends the
        partner the store still holds: the ``family`` value naming them ("girlfriend") and the relation to them
        ("partner_of Person/hannah"), at this scope. What this turn says of a new partner ("… i've been seeing
        Ravi since") is its own and stays. Why here and not in ``AttributeSpec.ends``: only the partner words of
        the many-valued ``family`` end, and a relation is closed with them."""
        ended = sorted((s, v) for s, k, v in current_now if k == "relationship_status" and v in _NO_PARTNER)
        if not ended:
            return  # (most turns: nothing more to read)
        said = " ".join(r.content for r in [*self.plan.puts, self.result.turn] if isinstance(r, Turn))
        if _NOT_THIS_PARTNER.search(said):
            return  # "divorced from my first wife", "happily remarried", "single-handedly": not the partner on record
        for subject, value in ended:
            if not any(
                isinstance(ch.record, Attribute)
                and ch.record.key == "relationship_status"
                and ch.record.entity == subject
                and _norm(ch.record.value) in _PARTNERED
                for ch in self.result.corrections
            ):
                continue  # the status did not change from partnered this turn: a misreading ends no one
            why = f"relationship_status = {value}: the partner is no longer current"
            new = {ch.record.id for ch in self.result.relations if ch.action != "reinforced"}  # a partner named anew
            found = [
                r
                for r in self._current("attribute", {"entity": subject, "key": "family"}, ancestors=False)
                if _norm(r.value) in _PARTNER_WORDS
            ]
            for label in _PARTNER_LABELS:
                found += self._current("relation", {"subject": subject, "label": label}, ancestors=False)
            for rec in found:  # (the partner word goes even when this turn named them: "my husband and i separated")
                if (rec.kind == "relation" and rec.id in new) or rec.valid_until is not None:
                    continue
                if rec.authoritative and not self.source.authoritative:
                    continue
                self._close(rec, self.observed_at, f"{subject}.{getattr(rec, 'key', None) or rec.label}", why)

    def _keys_of(self, value: str) -> list[str]:
        return [s.key for s in self.ontology if value in s.ends]

    def _close_form(
        self, subject: str, key: str, keep: set[str] | None, why: str, only: set[str] | None = None
    ) -> None:
        """Close current ``key`` attributes and mirror relations of ``subject`` at this scope whose value is
        not in ``keep`` (``None``: close all), restricted to values in ``only`` when given."""
        label = self.ontology.mirror_of(key)
        mine = {ch.record.id for ch in self.result.attributes + self.result.relations}  # this turn's own
        found = self._current("attribute", {"entity": subject, "key": key}, ancestors=False)
        if label:
            found += self._current("relation", {"subject": subject, "label": label}, ancestors=False)
        for rec in found:
            name = _norm(rec.value if rec.kind == "attribute" else split_ref(rec.object)[1])
            if rec.id in mine or (keep is not None and name in keep) or (only is not None and name not in only):
                continue
            if rec.valid_until is not None or (rec.authoritative and not self.source.authoritative):
                continue
            self._close(rec, self.observed_at, f"{subject}.{key}", why)

    def _close(
        self,
        rec: Any,
        until: datetime,
        candidate: str,
        why: str,
        *,
        reason: str | None = None,
        considered: list[str] | None = None,
    ) -> None:
        """Close ``rec`` at ``until``: staged, reported in ``corrections`` (``reason``, else ``why``) and written
        to the decision trace."""
        closed = rec.model_copy(update={"valid_until": until})
        self._stage_update(closed)
        self.result.corrections.append(Change(action="closed", record=closed, reason=reason or why))
        self._decide(candidate, "closed", why, rec.id, considered)

    # -- whole extraction -----------------------------------------------------------------------------
    def apply(self, extraction: Extraction) -> None:
        for ent in extraction.entities:
            self.entity(ent.ref, ent.display_name)
        for a in extraction.attributes:
            self.attribute(a)
        for r in extraction.relations:
            self.relation(r)
        self._keep_in_step(extraction)
        for i in extraction.instructions:
            self.instruction(i)
        for u in extraction.uncertainties:
            self._flag(f"uncertain: {u.what}", u.what, u.why, [self.source.ref] if self.source.ref else [], None, None)
            self._decide(f"uncertain: {u.what}", "flagged", u.why)
        stated = self._principal_stated()
        if stated:
            settle_unread_changes(self, stated, extraction.extractor)

    def _principal_stated(self) -> set[tuple[str, str]]:
        """(entity, key) of the one-value keys of the scope's principal that this write stated a value of."""
        principal = principal_for(self.scope.as_dict())
        return {
            (fact.entity, fact.key)
            for c in self.result.attributes
            if isinstance(fact := c.record, Attribute)
            and c.action in ("created", "superseded", "reinforced")
            and fact.entity == principal
            and not self.ontology.is_multi_valued(fact.key)
        }
