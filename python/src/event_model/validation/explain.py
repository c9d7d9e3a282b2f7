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
Every jsonschema-rs error is confirmed (up to ``MAX_FAST_ERRORS``), so the
caller can put them in the order event-model 1.24.0 reports them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from itertools import islice
from typing import Any

from jsonschema.exceptions import ValidationError
from jsonschema.protocols import Validator

from .fast import FastValidator

__all__ = ["FastErrorExplainer"]

MAX_FAST_ERRORS = 1000
"""Past this many jsonschema-rs errors, a full reference run is simpler than confirming each."""

_ASSERTIONS = frozenset(
    {"type", "enum", "const", "required", "pattern", "minItems", "maxItems", "anyOf", "oneOf", "not"}
)
"""Keywords that judge the instance itself: their result depends on their value and the instance."""


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
        """Return the reference errors found where jsonschema-rs reported errors.

        An empty list means nothing could be confirmed (not that the document is
        valid): the caller then runs the reference over the whole document. That
        also happens as soon as one jsonschema-rs error cannot be followed, since
        the errors found might then not include the first one. Exceptions of the
        reference validator propagate to the caller.
        """
        try:
            fast_errors = list(islice(self.fast.iter_errors(document), MAX_FAST_ERRORS + 1))
        except Exception:  # values jsonschema-rs cannot read: full reference run
            return []
        if len(fast_errors) > MAX_FAST_ERRORS:
            return []
        confirmed: list[tuple[tuple[int, ...], ValidationError]] = []
        evaluated: set[tuple[tuple[Any, ...], int]] = set()
        for fast_error in fast_errors:
            try:
                confirmed.extend(self._confirm(document, fast_error, evaluated))
            except _NotUnderstood:
                return []
        confirmed.sort(key=lambda pair: pair[0])
        return [error for _, error in confirmed]

    def _confirm(
        self, document: Any, fast_error: Any, evaluated: set[tuple[tuple[Any, ...], int]]
    ) -> list[tuple[tuple[int, ...], ValidationError]]:
        """Re-check one jsonschema-rs error with the reference; return its errors with order keys.

        *evaluated* holds the (place, schema node) pairs already checked, which are skipped.
        """
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
        place_and_node = (tuple(fast_error.instance_path), id(node))
        if place_and_node in evaluated:
            return []
        evaluated.add(place_and_node)
        return self._evaluate_node(node, steps[-1], instance, fast_error, order, schema_path)

    def _evaluate_node(
        self,
        node: Any,
        keyword: Any,
        instance: Any,
        fast_error: Any,
        order: list[int],
        schema_path: list[str | int],
    ) -> list[tuple[tuple[int, ...], ValidationError]]:
        """Run the reference on *node* at *instance*: its assertions, then all of it if need be.

        First only the keywords that judge the instance itself (type, enum, required,
        anyOf, ...) and the failing keyword run, which is cheap and finds every error
        at this place. If none is found, jsonschema-rs was wrong about this place (a
        NaN, a numpy scalar): it may have missed errors below it, so the whole node runs.
        """
        if not isinstance(node, Mapping):
            raise _NotUnderstood("boolean schema")
        if keyword not in node:
            raise _NotUnderstood(keyword)
        narrowed = _assertions_and(node, keyword)
        found = self._run(narrowed, node, instance, fast_error, order, schema_path)
        if not found and narrowed is not node:
            found = self._run(node, node, instance, fast_error, order, schema_path)
        return found

    def _run(
        self,
        schema: Mapping[str, Any],
        node: Mapping[str, Any],
        instance: Any,
        fast_error: Any,
        order: list[int],
        schema_path: list[str | int],
    ) -> list[tuple[tuple[int, ...], ValidationError]]:
        """Run the reference with *schema* (part of *node*) and place its errors in the document."""
        prefix = list(fast_error.instance_path)
        keywords = list(node)
        found = []
        # jsonschema's evolve() picks the stock validator of a schema's "$schema" dialect, which
        # would drop the reference's type checker (tuples and numpy arrays are arrays): leave it out.
        runnable = {key: value for key, value in schema.items() if key != "$schema"}
        for position, error in enumerate(self.reference.evolve(schema=runnable).iter_errors(instance)):
            # Where the reference would have met this error: at which keyword of the node.
            keyword = error.relative_schema_path[0] if error.relative_schema_path else None
            keyword_position = keywords.index(keyword) if keyword in keywords else len(keywords)
            error.path.extendleft(reversed(prefix))
            error.schema_path.extendleft(reversed(schema_path))
            if error.schema is runnable:
                error.schema = node
            found.append(((*order, keyword_position, position), error))
        return found


def _assertions_and(node: Mapping[str, Any], keyword: str) -> Mapping[str, Any]:
    """Return the part of *node* judging the instance itself, plus what *keyword* needs.

    Keys keep the node's order, so the reference yields errors in the order it
    would for the whole node.
    """
    if keyword == "unevaluatedProperties":
        return node  # depends on every other keyword of the node
    if keyword not in _ASSERTIONS and keyword not in ("additionalProperties", "items"):
        raise _NotUnderstood(keyword)
    narrowed: dict[str, Any] = {}
    for key, value in node.items():
        if key in _ASSERTIONS or key == keyword:
            narrowed[key] = value
        elif keyword == "additionalProperties" and key in ("properties", "patternProperties"):
            narrowed[key] = dict.fromkeys(value, True)  # only their names matter here
        elif keyword == "items" and key == "prefixItems":
            narrowed[key] = [True] * len(value)
    return narrowed
