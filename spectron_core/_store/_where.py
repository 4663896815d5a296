"""Scope rules as Chroma ``where`` clauses (positive matches only).

Each record's metadata carries one ``s_<dim>`` key per scope dimension plus ``scope_key`` (the canonical
key). Chroma's ``$ne``/``$nin`` match records that lack the key, so every clause here is built from
``$eq``/``$in`` only: a record with missing or foreign scope metadata can never slip through.
"""

from __future__ import annotations

from typing import Any

from .._scope import Scope

__all__ = ["dim_key", "within_clause", "visible_clause", "exact_clause", "and_", "one_of", "scope_metadata"]

DIM_PREFIX = "s_"


def dim_key(dimension: str) -> str:
    return DIM_PREFIX + dimension


def scope_metadata(scope: Scope) -> dict[str, Any]:
    meta: dict[str, Any] = {dim_key(k): v for k, v in scope.items_tuple}
    meta["scope_key"] = scope.key
    meta["scope_depth"] = scope.depth()
    return meta


def and_(*clauses: dict[str, Any] | None) -> dict[str, Any] | None:
    parts = [c for c in clauses if c]
    if not parts:
        return None
    if len(parts) == 1:
        return parts[0]
    return {"$and": parts}


def one_of(field: str, values: Any) -> dict[str, Any]:
    """``field`` equal to one of ``values`` (a plain ``$eq`` when there is only one)."""
    values = list(values)
    return {field: {"$in": values}} if len(values) > 1 else {field: {"$eq": values[0]}}


def within_clause(scope: Scope) -> dict[str, Any]:
    """Records at ``scope`` or narrower (R contains Q). For the global scope: records with any scope key."""
    if scope.depth() == 0:
        # Every stored record has a scope_key; this positive match excludes foreign rows without one.
        return {"scope_depth": {"$gte": 0}}
    parts = [{dim_key(k): {"$eq": v}} for k, v in scope.items_tuple]
    return parts[0] if len(parts) == 1 else {"$and": parts}


def exact_clause(scope: Scope) -> dict[str, Any]:
    return {"scope_key": {"$eq": scope.key}}


def visible_clause(scope: Scope) -> dict[str, Any]:
    """Records visible from ``scope``: narrower-or-equal, or an ancestor (a strict subset)."""
    ancestors = [a.key for a in scope.ancestors()]
    if not ancestors:  # global scope: everything under it
        return within_clause(scope)
    return {"$or": [within_clause(scope), {"scope_key": {"$in": ancestors}}]}
