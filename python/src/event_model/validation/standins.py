"""Keep numpy documents on the fast path: swap values for plain stand-ins where that is safe.

jsonschema-rs cannot read numpy arrays and treats numpy floats (and NaN) as
non-numbers, so a document holding them is rejected and would go to the slow
reference validator even though the reference accepts it. At some places of a
schema the reference's verdict depends on nothing but a simple test of the value:

- ``{"type": T}`` for T in number, string, boolean, null: the verdict is the
  reference's type test, so a value passing it can stand in as ``0.0``, ``""``,
  ``False`` or ``None``;
- ``{"type": "array", "items": {}}``: a numpy array with at least one dimension
  passes (it has ``__array__``, a length and items), so an empty tuple can stand in;
- ``{"type": "array", "items": {"type": T}}``: a one-dimensional numpy array, or a
  list, whose items all pass the type test can stand in as an empty tuple.

``StandIns`` is compiled once per schema. It lists such places (for an event
page: every data and timestamps column, the time column, the uid column) and
only where *every* schema node that applies there has one of these forms, or
constrains objects only (the value and its stand-in are both non-objects).
Places below a ``const``, ``enum`` or any other keyword that compares whole
values are left alone. ``substitute`` returns a copy of the document (only the
containers on the way are copied; the document itself is never changed) with the
stand-ins in place; if jsonschema-rs accepts that copy, the reference accepts the
original.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import referencing
import referencing.jsonschema

from .schema_graph import SchemaGraph, SchemaNode

__all__ = ["StandIns", "compile_stand_ins"]

_ANNOTATIONS = frozenset(
    {"$schema", "$id", "$defs", "$comment", "title", "description", "default", "examples"}
)
_OBJECT_ONLY = frozenset(
    {"properties", "patternProperties", "additionalProperties", "required", "unevaluatedProperties"}
)
_TRANSPARENT = (
    _ANNOTATIONS
    | _OBJECT_ONLY
    | frozenset(
        {"type", "items", "prefixItems", "minItems", "maxItems", "allOf", "anyOf", "oneOf", "$ref", "pattern"}
    )
)
"""Keywords of an ancestor that look at a child only through the child's own subschemas."""

_CANONICAL: dict[str, Any] = {"number": 0.0, "string": "", "boolean": False, "null": None}

TypeTest = Callable[[Any, str], bool]
Swap = Callable[[Any], Any]
"""Return the stand-in for a value, or the value itself when it must stay."""


def _keywords(node: SchemaNode) -> frozenset[str]:
    schema = node.schema
    return frozenset(schema) - _ANNOTATIONS if isinstance(schema, dict) else frozenset()


def _is_neutral(node: SchemaNode) -> bool:
    """Whether *node* gives a value and its stand-in the same verdict whatever they are.

    True for boolean schemas (they accept or reject everything) and for schemas
    that constrain objects only (neither a swapped value nor its stand-in is one).
    """
    if isinstance(node.schema, bool):
        return True
    return isinstance(node.schema, dict) and _keywords(node) <= _OBJECT_ONLY


def _rule_of(node: SchemaNode) -> tuple[str, str | None] | None:
    """Return the simple form of *node*: ("leaf", T), ("array", None) or ("array", T)."""
    schema = node.schema
    if not isinstance(schema, dict):
        return None
    keywords = _keywords(node)
    kind = schema.get("type")
    if keywords == {"type"} and isinstance(kind, str) and kind in _CANONICAL:  # a list of types: no rule
        return ("leaf", kind)
    if keywords in ({"type"}, {"type", "items"}) and kind == "array":
        items = schema.get("items", True)
        if items is True or items == {}:
            return ("array", None)
        if isinstance(items, dict) and set(items) - _ANNOTATIONS == {"type"}:
            item_kind = items["type"]
            if isinstance(item_kind, str) and item_kind in _CANONICAL:
                return ("array", item_kind)
    return None


class _SwapCompiler:
    """Turn the stand-in places of a schema graph into nested swap functions."""

    def __init__(self, is_type: TypeTest) -> None:
        self.is_type = is_type
        self.done: dict[frozenset[SchemaNode], Swap | None] = {}
        self.in_progress: set[frozenset[SchemaNode]] = set()

    def compile(self, nodes: list[SchemaNode]) -> Swap | None:
        """Return the swap function for a place that *nodes* apply to (None: nothing to swap)."""
        closed: set[SchemaNode] = set()
        stack = list(nodes)
        while stack:
            node = stack.pop()
            if node not in closed:
                closed.add(node)
                stack.extend(node.same)
        key = frozenset(closed)
        if key in self.done:
            return self.done[key]
        if key in self.in_progress:
            return None  # a recursive part of the schema: nothing is swapped below it
        self.in_progress.add(key)
        swap = self._build(key)
        self.in_progress.discard(key)
        self.done[key] = swap
        return swap

    def _build(self, nodes: frozenset[SchemaNode]) -> Swap | None:
        rules = {_rule_of(node) for node in nodes if not _is_neutral(node)}
        if len(rules) == 1 and None not in rules:
            rule = rules.pop()
            assert rule is not None
            return self._leaf_swap(rule)
        if any(not _keywords(node) <= _TRANSPARENT for node in nodes if isinstance(node.schema, dict)):
            return None
        names = sorted({name for node in nodes for name in node.properties})
        named: dict[str, Swap | None] = {}
        for name in names:
            targets: list[SchemaNode] = []
            for node in nodes:
                targets.extend(node.properties.get(name, ()))
                targets.extend(t for pattern, found in node.patterns if pattern.search(name) for t in found)
                if name not in node.properties:
                    targets.extend(node.additional)
                targets.extend(node.any_key)
            named[name] = self.compile(targets)
        others: list[SchemaNode] = []
        for node in nodes:
            if node.patterns:
                return _object_swap(named, None)  # other keys: which schema applies depends on the key
            others.extend(node.additional)
            others.extend(node.any_key)
        other_swap = self.compile(others) if others else None
        if other_swap is None and all(swap is None for swap in named.values()):
            return None
        return _object_swap(named, other_swap)

    def _leaf_swap(self, rule: tuple[str, str | None]) -> Swap:
        form, kind = rule
        is_type = self.is_type
        if form == "leaf":
            assert kind is not None
            canonical = _CANONICAL[kind]

            def swap_leaf(value: Any) -> Any:
                return canonical if is_type(value, kind) else value

            return swap_leaf

        def swap_array(value: Any) -> Any:
            np = sys.modules.get("numpy")  # a numpy array exists only once numpy is loaded
            if np is not None and isinstance(value, np.ndarray):
                if value.ndim < 1 or value.dtype.kind == "O":
                    return value
                if kind is None or value.size == 0:
                    return ()
                return () if value.ndim == 1 and is_type(value[0], kind) else value
            if kind is not None and isinstance(value, (list, tuple)):
                # The type test depends on the type alone: one sample per item type suffices.
                samples = {type(item): item for item in value}
                return () if all(is_type(sample, kind) for sample in samples.values()) else value
            return value

        return swap_array


def _object_swap(named: dict[str, Swap | None], other_swap: Swap | None) -> Swap:
    def swap_object(value: Any) -> Any:
        if not isinstance(value, dict):
            return value
        copy: dict[Any, Any] | None = None
        for key, item in value.items():
            swap = named.get(key, other_swap)
            if swap is None:
                continue
            replaced = swap(item)
            if replaced is not item:
                if copy is None:
                    copy = dict(value)
                copy[key] = replaced
        return value if copy is None else copy

    return swap_object


class StandIns:
    """Swap values for stand-ins at the places of one schema where that keeps the verdict."""

    def __init__(self, swap: Swap) -> None:
        self._swap = swap

    def substitute(self, document: Any) -> Any | None:
        """Return a copy of *document* with stand-ins, or None when nothing was swapped."""
        swapped = self._swap(document)
        return None if swapped is document else swapped


def compile_stand_ins(schema: Any, registry: referencing.Registry[Any], is_type: TypeTest) -> StandIns | None:
    """Compile the stand-in places of *schema* (None: there are none).

    *is_type* is the reference validator's type test, ``is_type(value, "number")``.
    """
    resource = referencing.jsonschema.DRAFT202012.create_resource(schema)
    graph = SchemaGraph()
    root = graph.node(schema, registry.resolver_with_root(resource))
    swap = _SwapCompiler(is_type).compile([root])
    return None if swap is None else StandIns(swap)
