"""The compatibility checker on fixture pairs of schema versions, one per change kind, tested on documents.

Each fixture is a tiny schema set (one closed document with an open payload map)
in an old and a new version that differ by one kind of change. The checker's
verdict is put to the test on documents drawn from both versions: a direction it
claims must hold for every drawn document (no counterexample), and a direction it
does not claim must be contradicted by at least one (the verdict is not merely
cautious).
"""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from event_model.compat import SchemaSet, Verdict, diff_schema_sets, verify_report

DOCUMENTS_PER_DIRECTION = 10_000
"""Documents drawn from each version, per change kind (CI runs them all)."""

BASE: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://example.org/schemas/v1/doc.json",
    "type": "object",
    "properties": {
        "uid": {"type": "string"},
        "label": {"type": "string"},
        "count": {"type": "integer"},
        "mode": {"type": "string", "enum": ["a", "b"]},
        "tag": {"type": "string"},
        "items": {"type": "array", "items": {"type": "string"}},
        "payload": {"type": "object", "additionalProperties": True},
    },
    "required": ["uid"],
    "unevaluatedProperties": False,
    "$defs": {},
}


def _edit(change: Any) -> dict[str, Any]:
    schema = copy.deepcopy(BASE)
    change(schema)
    return schema


def _set(path: list[str], value: Any) -> Any:
    def apply(schema: dict[str, Any]) -> None:
        node = schema
        for key in path[:-1]:
            node = node[key]
        if value is _DELETE:
            del node[path[-1]]
        else:
            node[path[-1]] = value

    return apply


_DELETE = object()
P = ["properties"]

# kind: (old edit, new edit, expected verdict)
FIXTURES: dict[str, tuple[Any, Any, Verdict]] = {
    "property_added_to_closed_document": (
        lambda s: None,
        _set([*P, "note"], {"type": "string"}),
        Verdict.backward,
    ),
    "property_declared_on_open_payload": (
        lambda s: None,
        _set([*P, "payload", "properties"], {"gain": {"type": "number"}}),
        Verdict.forward,
    ),
    "property_removed_from_closed_document": (lambda s: None, _set([*P, "tag"], _DELETE), Verdict.forward),
    "required_added": (lambda s: None, _set(["required"], ["uid", "label"]), Verdict.forward),
    "required_removed": (lambda s: None, _set(["required"], []), Verdict.backward),
    "new_required_key_on_closed_document": (
        lambda s: None,
        lambda s: (_set([*P, "note"], {"type": "string"})(s), _set(["required"], ["uid", "note"])(s)),
        Verdict.breaking,
    ),
    "type_widened": (lambda s: None, _set([*P, "label", "type"], ["string", "null"]), Verdict.backward),
    "type_narrowed": (_set([*P, "label", "type"], ["string", "null"]), lambda s: None, Verdict.forward),
    "type_changed": (lambda s: None, _set([*P, "label", "type"], "boolean"), Verdict.breaking),
    "integer_widened_to_number": (lambda s: None, _set([*P, "count", "type"], "number"), Verdict.backward),
    "enum_widened": (lambda s: None, _set([*P, "mode", "enum"], ["a", "b", "c"]), Verdict.backward),
    "enum_narrowed": (lambda s: None, _set([*P, "mode", "enum"], ["a"]), Verdict.forward),
    "enum_changed": (lambda s: None, _set([*P, "mode", "enum"], ["a", "c"]), Verdict.breaking),
    "pattern_added": (lambda s: None, _set([*P, "tag", "pattern"], "^[A-Z]+$"), Verdict.forward),
    "pattern_removed": (_set([*P, "tag", "pattern"], "^[A-Z]+$"), lambda s: None, Verdict.backward),
    "pattern_changed": (
        _set([*P, "tag", "pattern"], "^[A-Z]+$"),
        _set([*P, "tag", "pattern"], "^[a-z]+$"),
        Verdict.undecidable,
    ),
    "closed_object_opened": (lambda s: None, _set(["unevaluatedProperties"], True), Verdict.backward),
    "open_payload_closed": (
        lambda s: None,
        _set([*P, "payload", "additionalProperties"], False),
        Verdict.forward,
    ),
    "bound_tightened": (lambda s: None, _set([*P, "items", "maxItems"], 1), Verdict.forward),
    "bound_relaxed": (_set([*P, "items", "maxItems"], 1), lambda s: None, Verdict.backward),
    "alternative_added": (
        lambda s: None,
        _set([*P, "tag"], {"anyOf": [{"type": "string"}, {"type": "integer"}]}),
        Verdict.backward,
    ),
    "defs_moved": (
        lambda s: (
            _set(["$defs"], {"Tag": {"type": "string"}})(s),
            _set([*P, "tag"], {"$ref": "#/$defs/Tag"})(s),
        ),
        lambda s: (
            _set(["$defs"], {"Label": {"type": "string"}})(s),
            _set([*P, "tag"], {"$ref": "#/$defs/Label"})(s),
        ),
        Verdict.full,
    ),
    "description_changed": (lambda s: None, _set([*P, "tag", "description"], "Now described."), Verdict.full),
}


def _pair(kind: str) -> tuple[SchemaSet, SchemaSet]:
    old_edit, new_edit, _ = FIXTURES[kind]
    return SchemaSet("old", {"doc.json": _edit(old_edit)}), SchemaSet("new", {"doc.json": _edit(new_edit)})


@pytest.mark.parametrize("kind", sorted(FIXTURES))
def test_verdict_of_each_change_kind(kind: str) -> None:
    old, new = _pair(kind)
    report = diff_schema_sets(old, new)
    assert report.verdict is FIXTURES[kind][2], json.dumps(report.to_json(), indent=1)


@pytest.mark.parametrize("kind", sorted(FIXTURES))
def test_verdict_holds_on_drawn_documents(kind: str) -> None:
    old, new = _pair(kind)
    report = diff_schema_sets(old, new)
    result = verify_report(report, old, new, samples=DOCUMENTS_PER_DIRECTION, seed=16, keep=0)
    assert result.drawn == {"backward": DOCUMENTS_PER_DIRECTION, "forward": DOCUMENTS_PER_DIRECTION}
    verdict = report.verdict
    for direction, claimed in (
        ("backward", verdict.backward_compatible),
        ("forward", verdict.forward_compatible),
    ):
        if claimed:
            assert result.holds(direction), f"{kind}: {direction} claimed, counterexamples found"
        elif verdict is not Verdict.undecidable:
            assert not result.holds(direction), (
                f"{kind}: {direction} not claimed, but no document shows it fails"
            )


def test_undecidable_pattern_change_is_really_incompatible_both_ways() -> None:
    old, new = _pair("pattern_changed")
    report = diff_schema_sets(old, new)
    result = verify_report(report, old, new, samples=2000, seed=3, keep=1)
    assert [c.kind for c in report.changes if c.verdict is Verdict.undecidable] == ["pattern_changed"]
    assert not result.holds("backward") and not result.holds("forward")


def test_every_change_kind_names_its_kind_and_place() -> None:
    old, new = _pair("property_declared_on_open_payload")
    changes = diff_schema_sets(old, new).changes
    assert ("/payload/gain", "type_narrowed", Verdict.forward) in [
        (c.path, c.kind, c.verdict) for c in changes
    ]
    old, new = _pair("property_added_to_closed_document")
    assert [(c.path, c.kind) for c in diff_schema_sets(old, new).changes] == [("/note", "property_added")]
