"""Put a document's errors in the order event-model 1.24.0 reports them, the first being the one raised.

event-model 1.24.0 raises the first error its jsonschema validator yields. The
validator yields errors in the order of its schema: keyword by keyword as the
schema lists them, and within ``properties`` and ``required`` in the order of
the names, which 1.24.0's generated schemas sort alphabetically. The schemas of
this package have the same keywords in the same order but list properties in
reading order (``uid`` first). So the reference validator's own order is not
1.24.0's, and ``jsonschema.exceptions.best_match`` (the shallowest error) is not
either: for an event without ``seq_num`` whose ``time`` is a string, 1.24.0
reports ``time`` and best_match the missing key.

:func:`order_key` gives each error a key that follows its schema path through
the schema, ranking at every step the keyword by its place in its schema node,
a property by its name, an ``allOf``/``anyOf``/``oneOf``/``prefixItems`` part by
its index and an object's key (``patternProperties``, ``additionalProperties``)
by its place in the document. Sorting errors by it (stably) gives 1.24.0's order.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from jsonschema.exceptions import ValidationError

__all__ = ["order_key"]

_UNKNOWN = 1 << 30
"""The rank of a step this module cannot follow: after every step it can."""

_MAX_REF_HOPS = 64
"""How many ``$ref`` a schema path may pass through (more means a cycle)."""


def _key_position(container: Any, key: Any) -> int:
    """Return where *key* sits in the mapping *container* (insertion order)."""
    if isinstance(container, Mapping):
        for position, each in enumerate(container):
            if each == key:
                return position
    return _UNKNOWN


def order_key(
    error: ValidationError, document: Any, schema: Any, resolve: Callable[[str], Any]
) -> tuple[Any, ...]:
    """Return the sort key placing *error* where event-model 1.24.0 would have yielded it.

    *schema* is the root schema the error's ``absolute_schema_path`` starts from,
    *document* the validated document and *resolve* maps a ``$ref`` to the schema
    it names. Steps that cannot be followed rank after all others, so a stable
    sort keeps the reference validator's order among them.
    """
    steps = list(error.absolute_schema_path)
    places = list(error.absolute_path)
    node = schema
    instance = document
    key: list[tuple[Any, ...]] = []
    index = 0
    hops = 0
    try:
        while index < len(steps):
            step = steps[index]
            if isinstance(node, Mapping) and step not in node and isinstance(node.get("$ref"), str):
                hops += 1
                if hops > _MAX_REF_HOPS:
                    raise RecursionError("a cycle of $ref")
                # jsonschema leaves "$ref" out of schema paths: the step is inside the referenced schema.
                key.append((list(node).index("$ref"),))
                node = resolve(node["$ref"])
                continue
            if not isinstance(node, Mapping) or step not in node:
                key.append((_UNKNOWN,))
                break
            rank = list(node).index(step)
            last = index == len(steps) - 1
            if step in ("allOf", "anyOf", "oneOf") and not last:
                part = steps[index + 1]
                key.append((rank, part))
                node = node[step][part]
                index += 2
            elif step == "properties" and not last:
                name = steps[index + 1]
                key.append((rank, sorted(node["properties"]).index(name)))
                node = node["properties"][name]
                places.pop(0)
                instance = instance[name]
                index += 2
            elif step == "patternProperties" and not last:
                pattern = steps[index + 1]
                place = places.pop(0)
                key.append(
                    (rank, list(node["patternProperties"]).index(pattern), _key_position(instance, place))
                )
                node = node["patternProperties"][pattern]
                instance = instance[place]
                index += 2
            elif step in ("additionalProperties", "unevaluatedProperties") and not last:
                place = places.pop(0)
                key.append((rank, _key_position(instance, place)))
                node = node[step]
                instance = instance[place]
                index += 1
            elif step == "items" and not last:
                place = places.pop(0)
                key.append((rank, place))
                node = node["items"]
                instance = instance[place]
                index += 1
            elif step == "prefixItems" and not last:
                part = steps[index + 1]
                place = places.pop(0)
                key.append((rank, part))
                node = node["prefixItems"][part]
                instance = instance[place]
                index += 2
            else:
                key.append((rank,))  # the keyword that failed, or one whose inside is not followed
                break
    except Exception:  # an odd path or document: rank it last, keeping the reference's order
        key.append((_UNKNOWN,))
    return tuple(key)
