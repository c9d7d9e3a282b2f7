"""Explain a rejection quickly: let the reference confirm the errors jsonschema-rs points at.

Running the reference validator over a whole document to explain one bad value
costs as much as validating it from scratch (more than 100 microseconds for an
event). jsonschema-rs already says where it found errors, but its verdict is not
authoritative (it rejects NaN, numpy scalars, ...). So for each of its errors
this module:

1. follows the error's evaluation path from the root of the *original* schema,
   step by step, checking at every step that the reference would take the same
   step on this document (the property is present, the key matches the pattern
   under Python's ``re``, the key is indeed "additional", the index lies past the
   prefix items, ...). Only conjunctive steps are followed (properties,
   patternProperties, additionalProperties, items, prefixItems, allOf, $ref): a
   failure below them is a failure of the whole document;
2. asks the reference validator to evaluate just the failing keyword on just
   that part of the document.

Errors the reference reports there are genuine reference errors of the whole
document, so the verdict "invalid" is the reference's. If none can be confirmed
(or any step is not understood), the caller falls back to a full reference run.
The confirmed errors are ordered as the reference would have yielded them, so
``jsonschema.exceptions.best_match`` picks among them as it would among all.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from itertools import islice
from typing import Any

from jsonschema.exceptions import ValidationError
from jsonschema.protocols import Validator

from ._validation_fast import FastValidator

__all__ = ["FastErrorExplainer"]

MAX_FAST_ERRORS = 1000
"""Past this many jsonschema-rs errors, a full reference run is simpler than confirming each."""

_STANDALONE_KEYWORDS = frozenset(
    {"type", "enum", "const", "required", "pattern", "minItems", "maxItems", "anyOf", "oneOf"}
)
"""Keywords whose result depends on nothing but their own value and the instance."""


class _NotUnderstood(Exception):
    """An error path that this module cannot follow; a full reference run decides instead."""


def _unescape_pointer_part(part: str) -> str:
    return part.replace("~1", "/").replace("~0", "~")


class FastErrorExplainer:
    """Turn jsonschema-rs errors on one schema into confirmed reference errors."""

    def __init__(self, schema: Mapping[str, Any], reference: Validator, fast: FastValidator) -> None:
        self.schema = schema
        self.reference = reference
        self.fast = fast

    def resolve(self, ref: str) -> Any:
        """Return the node a local ``#/...`` reference names in the original schema."""
        if not ref.startswith("#"):
            raise _NotUnderstood(ref)
        node: Any = self.schema
        for part in ref[1:].split("/")[1:]:
            key = _unescape_pointer_part(part)
            if isinstance(node, list):
                node = node[int(key)]
            elif isinstance(node, Mapping) and key in node:
                node = node[key]
            else:
                raise _NotUnderstood(ref)
        return node

    def confirmed_errors(self, document: Any) -> list[ValidationError]:
        """Return reference errors found where jsonschema-rs reported errors, best candidates only.

        An empty list means nothing could be confirmed (not that the document is
        valid). Exceptions of the reference validator propagate to the caller.
        """
        try:
            fast_errors = list(islice(self.fast.iter_errors(document), MAX_FAST_ERRORS + 1))
        except Exception:  # values jsonschema-rs cannot read: full reference run
            return []
        if len(fast_errors) > MAX_FAST_ERRORS:
            return []
        fast_errors.sort(key=lambda error: len(error.instance_path))
        confirmed: list[tuple[tuple[int, ...], ValidationError]] = []
        confirmed_depth = None
        for fast_error in fast_errors:
            depth = len(fast_error.instance_path)
            if confirmed_depth is not None and depth > confirmed_depth:
                break  # best_match prefers the shallowest errors; deeper ones cannot win
            try:
                found = self._confirm(document, fast_error)
            except _NotUnderstood:
                continue
            if found:
                confirmed.extend(found)
                confirmed_depth = depth
        confirmed.sort(key=lambda pair: pair[0])
        return [error for _, error in confirmed]

    def _confirm(self, document: Any, fast_error: Any) -> list[tuple[tuple[int, ...], ValidationError]]:
        """Re-check one jsonschema-rs error with the reference; return its errors with order keys."""
        steps = list(fast_error.evaluation_path)
        places = list(fast_error.instance_path)
        if not steps:
            raise _NotUnderstood("empty evaluation path")
        node: Any = self.schema
        instance = document
        order: list[int] = []
        schema_path: list[str | int] = []
        index = 0
        while index < len(steps) - 1:
            step = steps[index]
            if not isinstance(node, Mapping) or step not in node:
                raise _NotUnderstood(step)
            order.append(list(node).index(step))
            if step == "$ref":
                node = self.resolve(node["$ref"])
                index += 1
                continue
            schema_path.append(step)
            if step == "allOf":
                position = steps[index + 1]
                node = node["allOf"][position]
                order.append(position)
                schema_path.append(position)
                index += 2
                continue
            if not places:
                raise _NotUnderstood("instance path shorter than the evaluation path")
            place = places.pop(0)
            if step == "properties":
                name = steps[index + 1]
                if not isinstance(instance, dict) or name != place or name not in instance:
                    raise _NotUnderstood(step)
                order.append(list(node["properties"]).index(name))
                schema_path.append(name)
                node = node["properties"][name]
                index += 2
            elif step == "patternProperties":
                pattern = self.fast.original_pattern.get(steps[index + 1], steps[index + 1])
                if not (isinstance(instance, dict) and isinstance(place, str) and place in instance):
                    raise _NotUnderstood(step)
                if pattern not in node["patternProperties"] or not re.search(pattern, place):
                    raise _NotUnderstood(step)
                order.extend((list(node["patternProperties"]).index(pattern), list(instance).index(place)))
                schema_path.append(pattern)
                node = node["patternProperties"][pattern]
                index += 2
            elif step == "additionalProperties":
                if not (isinstance(instance, dict) and isinstance(place, str) and place in instance):
                    raise _NotUnderstood(step)
                if place in node.get("properties", {}):
                    raise _NotUnderstood(step)
                if any(re.search(pattern, place) for pattern in node.get("patternProperties", {})):
                    raise _NotUnderstood(step)
                order.append(list(instance).index(place))
                node = node["additionalProperties"]
                index += 1
            elif step in ("items", "prefixItems"):
                if not isinstance(instance, (list, tuple)) or not isinstance(place, int):
                    raise _NotUnderstood(step)
                prefix_length = len(node.get("prefixItems", ()))
                if step == "items":
                    if place < prefix_length or place >= len(instance):
                        raise _NotUnderstood(step)
                    node = node["items"]
                    index += 1
                else:
                    if place != steps[index + 1] or place >= min(prefix_length, len(instance)):
                        raise _NotUnderstood(step)
                    node = node["prefixItems"][place]
                    schema_path.append(place)
                    index += 2
                order.append(place)
            else:
                raise _NotUnderstood(step)
            instance = instance[place]
        if places:
            raise _NotUnderstood("instance path longer than the evaluation path")
        return self._evaluate_keyword(node, steps[-1], instance, fast_error, order, schema_path)

    def _evaluate_keyword(
        self,
        node: Any,
        keyword: Any,
        instance: Any,
        fast_error: Any,
        order: list[int],
        schema_path: list[str | int],
    ) -> list[tuple[tuple[int, ...], ValidationError]]:
        """Run the reference on the one failing keyword of *node* against *instance*."""
        if not isinstance(node, Mapping):
            raise _NotUnderstood("boolean schema")
        narrowed: Any
        if keyword not in node:
            raise _NotUnderstood(keyword)
        if keyword in _STANDALONE_KEYWORDS:
            narrowed = {keyword: node[keyword]}
        elif keyword == "additionalProperties":
            narrowed = {
                keyword: node[keyword],
                "properties": dict.fromkeys(node.get("properties", {}), True),
                "patternProperties": dict.fromkeys(node.get("patternProperties", {}), True),
            }
        elif keyword == "items":
            narrowed = {keyword: node[keyword], "prefixItems": [True] * len(node.get("prefixItems", ()))}
        elif keyword == "unevaluatedProperties":
            narrowed = node  # depends on every other keyword of the node
        else:
            raise _NotUnderstood(keyword)
        keyword_position = list(node).index(keyword)
        prefix = list(fast_error.instance_path)
        found = []
        for position, error in enumerate(self.reference.evolve(schema=narrowed).iter_errors(instance)):
            error.path.extendleft(reversed(prefix))
            error.schema_path.extendleft(reversed(schema_path))
            if error.schema is narrowed:
                error.schema = node
            found.append(((*order, keyword_position, position), error))
        return found
