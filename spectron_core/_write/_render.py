"""Sentences for facts: what gets embedded, indexed lexically and shown in prompts."""

from __future__ import annotations

from .._entities import split_ref

__all__ = ["display", "attribute_sentence", "relation_sentence"]


def display(ref: str) -> str:
    _, name = split_ref(ref)
    return " ".join(w[:1].upper() + w[1:] for w in name.split())


def attribute_sentence(entity: str, key: str, value: str) -> str:
    words = key.replace("_", " ")
    etype = split_ref(entity)[0]
    if key == "event":
        return f"{display(entity)}: {value}."
    if key == "fact":
        return f"{display(entity)} {value}."
    if etype == "Policy":
        return f"{display(entity)} policy {words}: {value}."
    if etype in ("Person", "Agent"):
        return f"{display(entity)}'s {words} is {value}."
    return f"{display(entity)} {words}: {value}."


def relation_sentence(subject: str, label: str, obj: str) -> str:
    return f"{display(subject)} {label.replace('_', ' ')} {display(obj)}."
