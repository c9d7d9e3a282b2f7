"""Find ``decimal.Decimal`` values where a schema asks for an integer: ``compile_integer_check``.

jsonschema-rs counts ``Decimal(3)`` as an integer; the reference validator does
not (its integers are ``int``, and floats with an integral value). That is the one
kind of value found for which jsonschema-rs says "valid" where the reference says
"invalid", so a "valid" from jsonschema-rs is only trusted after this check.

The check is compiled once per schema into small closures that look only at the
places where the schema has an integer type (for an event: ``seq_num``; for an
event page: the ``seq_num`` column, checked in one pass over the item types).
It is conservative: it may flag a Decimal that the schema would not look at,
which merely sends the document to the reference validator.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import referencing
import referencing.jsonschema

from .schema_graph import SchemaGraph, SchemaNode

__all__ = ["IntegerCheck", "UnsupportedIntegerLayout", "compile_integer_check"]

IntegerCheck = Callable[[Any], bool]
"""Return False when a Decimal sits where the schema wants an integer."""


class UnsupportedIntegerLayout(Exception):
    """Integer positions lie on a recursive part of the schema; no closure can cover them."""


def _no_decimal(value: Any) -> bool:
    return not isinstance(value, Decimal)


def _column_without_decimal(value: Any) -> bool:
    if isinstance(value, (list, tuple)) and value:
        # set(map(type, ...)) runs in C; a column of ints has a single item type.
        return not any(issubclass(kind, Decimal) for kind in set(map(type, value)))
    return True


class _ClosureCompiler:
    """Turn the integer-bearing part of a schema graph into nested closures."""

    def __init__(self) -> None:
        self.done: dict[frozenset[SchemaNode], IntegerCheck | None] = {}
        self.in_progress: set[frozenset[SchemaNode]] = set()
        self.record_fields: dict[IntegerCheck, _Fields] = {}

    def close(self, nodes: list[SchemaNode]) -> frozenset[SchemaNode]:
        """Add the nodes that apply to the same instance; keep those leading to integers."""
        closed: set[SchemaNode] = set()
        stack = list(nodes)
        while stack:
            node = stack.pop()
            if node in closed or not node.reaches_integer:
                continue
            closed.add(node)
            stack.extend(node.same)
        return frozenset(closed)

    def compile(self, nodes: list[SchemaNode]) -> IntegerCheck | None:
        """Return the check for an instance that *nodes* apply to (None: nothing to check)."""
        key = self.close(nodes)
        if not key:
            return None
        if key in self.done:
            return self.done[key]
        if key in self.in_progress:
            raise UnsupportedIntegerLayout("integer positions inside a recursive schema")
        self.in_progress.add(key)
        check = self._build(key)
        self.in_progress.discard(key)
        self.done[key] = check
        return check

    def _build(self, nodes: frozenset[SchemaNode]) -> IntegerCheck | None:
        leaf = any(node.integer for node in nodes)
        names = {name for node in nodes for name in node.properties}
        named: list[tuple[str, IntegerCheck]] = []
        for name in sorted(names):
            targets: list[SchemaNode] = []
            for node in nodes:
                targets.extend(node.properties.get(name, ()))
                targets.extend(t for pattern, found in node.patterns if pattern.search(name) for t in found)
                if name not in node.properties:
                    targets.extend(node.additional)
                targets.extend(node.any_key)
            check = self.compile(targets)
            if check is not None:
                named.append((name, check))
        others: list[SchemaNode] = []
        for node in nodes:  # conservatively: every pattern may match any other key
            others.extend(t for _, found in node.patterns for t in found)
            others.extend(node.additional)
            others.extend(node.any_key)
        other_check = self.compile(others)
        items_check = self.compile([t for node in nodes for t in node.items])
        prefix_length = max((len(node.prefix) for node in nodes), default=0)
        prefix_checks = [
            self.compile([t for node in nodes if index < len(node.prefix) for t in node.prefix[index]])
            for index in range(prefix_length)
        ]
        if not (named or other_check or items_check or any(prefix_checks)):
            return _no_decimal if leaf else None
        if not leaf and not (named or other_check or any(prefix_checks)) and items_check is _no_decimal:
            return _column_without_decimal
        if not leaf and items_check is None and not any(prefix_checks):
            if not named and other_check is not None:
                return _map_check(other_check, self.record_fields.get(other_check))
            if other_check is None and all(check in _LEAF_CHECKS for _, check in named):
                fields = tuple((name, check is _column_without_decimal) for name, check in named)
                record = _record_check(fields)
                self.record_fields[record] = fields
                return record
        return _general_check(leaf, tuple(named), other_check, items_check, tuple(prefix_checks))


_LEAF_CHECKS = (_no_decimal, _column_without_decimal)


_Fields = tuple[tuple[str, bool], ...]
"""Member names of a record, each with whether it holds a column (True) or a single value."""


def _record_check(fields: _Fields) -> IntegerCheck:
    """Check an object whose named members are integers or columns of integers."""
    if len(fields) == 1 and not fields[0][1]:
        # The common case (an event's seq_num): one single-valued member, checked
        # without the loop, since this runs once per validated document.
        ((only_name, _),) = fields

        def check_one(value: Any) -> bool:
            if isinstance(value, dict) and only_name in value:
                return not isinstance(value[only_name], Decimal)
            return True

        return check_one

    def check(value: Any) -> bool:
        if isinstance(value, dict):
            for name, is_column in fields:
                if name in value:
                    item = value[name]
                    if is_column:
                        if not _column_without_decimal(item):
                            return False
                    elif isinstance(item, Decimal):
                        return False
        return True

    return check


def _map_check(inner: IntegerCheck, fields: _Fields | None) -> IntegerCheck:
    """Check every value of an object with *inner*; *fields* when inner is a record check."""
    if fields is None:

        def check(value: Any) -> bool:
            return not isinstance(value, dict) or all(map(inner, value.values()))

        return check

    def check_records(value: Any) -> bool:
        if isinstance(value, dict):
            for record in value.values():
                if isinstance(record, dict):
                    for name, is_column in fields:
                        if name in record:
                            item = record[name]
                            if is_column:
                                if not _column_without_decimal(item):
                                    return False
                            elif isinstance(item, Decimal):
                                return False
        return True

    return check_records


def _general_check(
    leaf: bool,
    named: tuple[tuple[str, IntegerCheck], ...],
    other_check: IntegerCheck | None,
    items_check: IntegerCheck | None,
    prefix_checks: tuple[IntegerCheck | None, ...],
) -> IntegerCheck:
    declared = frozenset(name for name, _ in named)

    def check(value: Any) -> bool:
        if isinstance(value, dict):
            for name, named_check in named:
                if name in value and not named_check(value[name]):
                    return False
            if other_check is not None:
                for name, inner_value in value.items():
                    if name not in declared and not other_check(inner_value):
                        return False
        elif isinstance(value, (list, tuple)):
            for index, item in enumerate(value):
                inner = prefix_checks[index] if index < len(prefix_checks) else items_check
                if inner is not None and not inner(item):
                    return False
        elif leaf:
            return not isinstance(value, Decimal)
        return True

    return check


def compile_integer_check(schema: Any, registry: referencing.Registry[Any]) -> IntegerCheck | None:
    """Compile the Decimal check of *schema*; None when the schema has no integer type.

    Raises UnsupportedIntegerLayout when integers sit inside a recursive part of the
    schema (then jsonschema-rs cannot be trusted for that schema at all).
    """
    resource = referencing.jsonschema.DRAFT202012.create_resource(schema)
    graph = SchemaGraph()
    root = graph.node(schema, registry.resolver_with_root(resource))
    graph.mark_reaches_integer()
    return _ClosureCompiler().compile([root])
