"""Rewriting a generic document schema as one flat list of properties (the per-event schemas use it)."""

from __future__ import annotations

import json
from typing import Any

__all__ = ["ANNOTATIONS", "both", "flatten", "referenced_definitions"]


ANNOTATIONS = frozenset({"title", "description", "$comment", "examples", "default"})


def flatten(schema: dict[str, Any]) -> tuple[dict[str, Any], list[str], dict[str, Any]] | None:
    """Rewrite a generic document schema as plain properties, or return None if it has another shape.

    The event and event page schemas are objects whose fields are listed partly
    in ``properties`` and partly in ``$defs`` reached through ``allOf``/``$ref``,
    closed by ``unevaluatedProperties: false``. The same constraints written as
    one ``properties`` list closed by ``additionalProperties: false`` accept the
    same documents, and jsonschema-rs checks them about twice as fast: this is
    the per-event cost of the run validator, hence the rewrite. Any shape other
    than that one is left alone (None).
    """
    allowed = {"$schema", "$id", "type", "allOf", "properties", "required", "unevaluatedProperties", "$defs"}
    if not set(schema) <= allowed | ANNOTATIONS or schema.get("type") != "object":
        return None
    if schema.get("unevaluatedProperties") is not False:
        return None
    definitions: dict[str, Any] = schema.get("$defs", {})
    properties: dict[str, Any] = dict(schema.get("properties", {}))
    required: list[str] = list(schema.get("required", []))
    for part in schema.get("allOf", []):
        reference = part.get("$ref") if isinstance(part, dict) and len(part) == 1 else None
        if not isinstance(reference, str) or not reference.startswith("#/$defs/"):
            return None
        target = definitions.get(reference[len("#/$defs/") :])
        if (
            not isinstance(target, dict)
            or not set(target) <= {"type", "properties", "required"} | ANNOTATIONS
        ):
            return None
        if target.get("type", "object") != "object":
            return None
        for name, subschema in target.get("properties", {}).items():
            properties[name] = both(properties[name], subschema) if name in properties else subschema
        required.extend(name for name in target.get("required", []) if name not in required)
    return properties, required, definitions


def referenced_definitions(schema: Any, definitions: dict[str, Any]) -> dict[str, Any]:
    """The entries of ``definitions`` that ``schema`` (or a kept entry) still refers to."""
    kept: dict[str, Any] = {}
    text = json.dumps(schema)
    grew = True
    while grew:
        grew = False
        for name, definition in definitions.items():
            if name not in kept and f'"#/$defs/{name}"' in text:
                kept[name] = definition
                text += json.dumps(definition)
                grew = True
    return kept


def both(first: Any, second: Any) -> Any:
    """A schema that requires both ``first`` and ``second``: merged when they do not overlap."""
    if not isinstance(first, dict) or not isinstance(second, dict):
        return {"allOf": [first, second]}
    first = {key: value for key, value in first.items() if key not in ANNOTATIONS}
    if first.get("additionalProperties") is True:
        del first["additionalProperties"]  # 'anything else is allowed' constrains nothing
    shared = set(first) & set(second)
    if all(key == "type" and first[key] == second[key] for key in shared):
        return {**first, **second}
    return {"allOf": [first, second]}
