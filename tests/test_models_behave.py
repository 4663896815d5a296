"""The library's models behave as one family: bad values raise the library's ``ValidationError`` (not
pydantic's), and every model, results included, converts with ``dict(...)`` like any pydantic model."""

from __future__ import annotations

import pydantic
import pytest

import spectron_core as sc


@pytest.mark.parametrize("build, field", [
    pytest.param(lambda: sc.RankingConfig(candidates="x"), "candidates", id="wrong-type"),
    pytest.param(lambda: sc.RankingConfig(top_kk=3), "top_kk", id="unknown-field"),
    pytest.param(lambda: sc.Source(kind="rumour"), "kind", id="record"),
    pytest.param(lambda: sc.RepairReport(checked="many"), "checked", id="report"),
])
def test_a_bad_model_value_raises_the_librarys_validation_error(build, field) -> None:
    with pytest.raises(sc.ValidationError) as info:
        build()
    assert type(info.value) is sc.ValidationError
    assert isinstance(info.value, ValueError)  # plain-Python callers still catch it
    cause = info.value.__cause__
    assert isinstance(cause, pydantic.ValidationError)  # the details stay reachable
    assert str(info.value) == str(cause)  # the message is pydantic's, unchanged
    assert field in str(info.value)


def test_recall_result_converts_with_dict_like_every_model() -> None:
    item = sc.RecallItem(id="turn_1", text="I like tea.", score=0.5, kind="turn")
    result = sc.RecallResult(query="tea?", items=[item], formatted="- I like tea.", tokens=4)
    assert dict(result) == {"query": "tea?", "items": [item], "formatted": "- I like tea.", "tokens": 4}
    assert dict(result) == {name: getattr(result, name) for name in type(result).model_fields}
    # the same as the other results
    forgot = sc.ForgetResult(counts={"turn": 1})
    assert dict(forgot) == {name: getattr(forgot, name) for name in type(forgot).model_fields}
    assert dict(sc.RememberResult())["attributes"] == []


def test_nested_validation_does_not_go_through_the_error_renaming_init() -> None:
    """The store codec validates every record it decodes; a custom ``__init__`` would be called for each one
    (and nested errors reworded) unless pydantic knows it is its own."""
    from spectron_core._models import SpectronModel

    for cls in (sc.Attribute, sc.Turn, sc.Change, sc.RankingConfig, sc.RecallResult, sc.RepairReport,
                sc.DocumentResult):
        assert issubclass(cls, SpectronModel)
        assert cls.__pydantic_custom_init__ is False, cls.__name__
    change = sc.Change(action="created", record={"kind": "entity", "id": "ent_1", "scope": {},
                                                 "recorded_at": "2025-01-01T00:00:00+00:00", "type": "Person",
                                                 "name": "x", "display_name": "X"})
    assert isinstance(change.record, sc.Entity)
