"""Normalize a subschema for comparison: references followed, ``allOf`` flattened, alternatives split.

A :class:`Node` is a conjunction of schema objects (*parts*), each with the file its
references are resolved in. :func:`alternatives` turns a node into a list of
:class:`Alternative`: one per JSON type it accepts (``"*"`` when untyped), ``anyOf``
distributed over the rest of the node, so that two versions can be compared type by
type. Where the structure is beyond this model (several ``anyOf`` groups, an ``oneOf``
whose branches overlap), :func:`alternatives` returns None and the caller reports an
undecidable change.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..validation.fast import ANNOTATION_KEYWORDS
from .schema_sets import DIALECT_DRAFT7, SchemaSet

__all__ = [
    "ANNOTATIONS",
    "FALSE",
    "Alternative",
    "Node",
    "Part",
    "alternatives",
    "canonical",
    "effective_property",
    "json_type",
    "node_for",
]

# The validators' annotation keywords, plus draft 7's name for $defs (old releases' schemas use it).
ANNOTATIONS = ANNOTATION_KEYWORDS | frozenset({"definitions"})
"""Keywords that never change which documents are valid (formats are not asserted)."""

TYPE_ORDER = ("null", "boolean", "integer", "number", "string", "array", "object")


@dataclass(frozen=True)
class Part:
    """One schema object of a conjunction; ``file`` is where its references are resolved."""

    file: str
    schema: Mapping[str, Any]
    key: tuple[Any, ...]


@dataclass(frozen=True)
class Node:
    """A conjunction of parts (empty: anything is valid); ``false`` when nothing is valid."""

    parts: tuple[Part, ...]
    false: bool = False

    @property
    def key(self) -> tuple[Any, ...]:
        """Identity of the node, for remembering which pairs were compared."""
        return ("false",) if self.false else tuple(sorted(part.key for part in self.parts))


FALSE = Node((), false=True)


@dataclass(frozen=True)
class Alternative:
    """The parts of a node that apply when a value has JSON type ``type`` (``"*"``: any type)."""

    type: str
    parts: tuple[Part, ...]


def canonical(value: Any) -> str:
    """A stable text for a JSON value, to compare values and schemas by content."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), default=str)


def json_type(value: Any) -> str:
    """The JSON type name of a value."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def node_for(schemas: SchemaSet, file: str, schema: Any) -> Node:
    """The node of ``schema`` (found in ``file``): references followed and ``allOf`` flattened."""
    return _flatten(schemas, file, schema, depth=0)


def _flatten(schemas: SchemaSet, file: str, schema: Any, depth: int) -> Node:
    if schema is True or schema == {}:
        return Node(())
    if schema is False:
        return FALSE
    if not isinstance(schema, Mapping) or depth > 32:
        return Node((Part(file, {"$unmodelled": canonical(schema)}, (file, id(schema))),))
    parts: list[Part] = []
    if "$ref" in schema:
        target_file, target = schemas.resolve(file, str(schema["$ref"]))
        resolved = _flatten(schemas, target_file, target, depth + 1)
        if resolved.false:
            return FALSE
        parts.extend(resolved.parts)
        if schemas.dialect == DIALECT_DRAFT7:  # draft 7 ignores the siblings of $ref
            return Node(tuple(parts))
    for member in schema.get("allOf", ()):
        flattened = _flatten(schemas, file, member, depth + 1)
        if flattened.false:
            return FALSE
        parts.extend(flattened.parts)
    rest = {k: v for k, v in schema.items() if k not in ("$ref", "allOf") and k not in ANNOTATIONS}
    if rest:
        parts.append(Part(file, rest, (file, id(schema))))
    return Node(tuple(parts))


def _types_of(part: Part) -> set[str] | None:
    declared = part.schema.get("type")
    if declared is not None:
        return set(declared) if isinstance(declared, list) else {str(declared)}
    values = _enum_values(part)
    if values is not None:
        return {json_type(value) for value in values}
    return None


def _enum_values(part: Part) -> list[Any] | None:
    if "const" in part.schema:
        return [part.schema["const"]]
    if "enum" in part.schema:
        return list(part.schema["enum"])
    return None


def _split_by_type(parts: tuple[Part, ...]) -> list[Alternative]:
    """One alternative per JSON type the conjunction can accept."""
    types: set[str] | None = None
    for part in parts:
        declared = _types_of(part)
        if declared is None:
            continue
        if "number" in declared:
            declared = declared | {"integer"}
        types = (
            declared
            if types is None
            else (types & declared) | ({"integer"} if "integer" in types and "number" in declared else set())
        )
    if types is None:
        return [Alternative("*", parts)]
    if "number" in types:
        types.discard("integer")
    return [Alternative(t, parts) for t in TYPE_ORDER if t in types]


def alternatives(schemas: SchemaSet, node: Node) -> list[Alternative] | None:
    """Split ``node`` into per-type alternatives; None where the structure is beyond the model."""
    groups = [
        (i, part) for i, part in enumerate(node.parts) if "anyOf" in part.schema or "oneOf" in part.schema
    ]
    if not groups:
        return _split_by_type(node.parts)
    if len(groups) > 1:
        return None
    index, grouped = groups[0]
    keyword = "anyOf" if "anyOf" in grouped.schema else "oneOf"
    if "anyOf" in grouped.schema and "oneOf" in grouped.schema:
        return None
    remainder = {k: v for k, v in grouped.schema.items() if k != keyword}
    base = [part for i, part in enumerate(node.parts) if i != index]
    if remainder:
        base.append(Part(grouped.file, remainder, (*grouped.key, "rest")))
    result: list[Alternative] = []
    for branch in grouped.schema[keyword]:
        flattened = node_for(schemas, grouped.file, branch)
        if flattened.false:
            continue
        result.extend(_split_by_type((*base, *flattened.parts)))
    if keyword == "oneOf" and len({alt.type for alt in result}) != len(result):
        return None  # overlapping oneOf branches: exactly-one semantics not modelled
    return result


def effective_property(schemas: SchemaSet, parts: tuple[Part, ...], name: str | None) -> Node:
    """What the object parts require of the value at key ``name`` (None: a key named nowhere)."""
    constraints: list[Node] = []
    evaluated = False
    for part in parts:
        matched = False
        properties = part.schema.get("properties", {})
        if name is not None and isinstance(properties, Mapping) and name in properties:
            constraints.append(node_for(schemas, part.file, properties[name]))
            matched = True
        for pattern, subschema in (part.schema.get("patternProperties") or {}).items():
            if name is not None and _search(pattern, name):
                constraints.append(node_for(schemas, part.file, subschema))
                matched = True
        if not matched and "additionalProperties" in part.schema:
            constraints.append(node_for(schemas, part.file, part.schema["additionalProperties"]))
            matched = True
        evaluated = evaluated or matched
    if not evaluated:
        for part in parts:
            if "unevaluatedProperties" in part.schema:
                constraints.append(node_for(schemas, part.file, part.schema["unevaluatedProperties"]))
    if any(constraint.false for constraint in constraints):
        return FALSE
    return Node(tuple(part for constraint in constraints for part in constraint.parts))


def _search(pattern: str, text: str) -> bool:
    try:
        return re.search(pattern, text) is not None
    except re.error:
        return False
