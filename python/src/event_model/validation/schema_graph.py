"""The shape of a schema as a graph: which schema nodes apply to which part of an instance.

Each node of a JSON Schema becomes a ``SchemaNode`` that lists where an instance
goes from there: the value of a named property, of keys matching a pattern, of
other ("additional") keys, of array items, or the same instance again (allOf,
anyOf, $ref, ...). ``$ref`` is resolved through a local ``referencing`` registry.
The nesting guard and the integer check both walk documents along this graph.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import referencing.jsonschema
from referencing._core import Resolver

__all__ = ["SchemaGraph", "SchemaNode"]

_SAME_INSTANCE = ("allOf", "anyOf", "oneOf")
_SAME_INSTANCE_SINGLE = ("not", "if", "then", "else")


@dataclass(eq=False)
class SchemaNode:
    """One schema node and where each part of an instance goes from it."""

    properties: dict[str, list[SchemaNode]] = field(default_factory=dict)
    patterns: list[tuple[re.Pattern[str], list[SchemaNode]]] = field(default_factory=list)
    additional: list[SchemaNode] = field(default_factory=list)
    any_key: list[SchemaNode] = field(default_factory=list)
    prefix: list[list[SchemaNode]] = field(default_factory=list)
    items: list[SchemaNode] = field(default_factory=list)
    same: list[SchemaNode] = field(default_factory=list)
    integer: bool = False
    risky: bool = False
    reaches_integer: bool = False
    schema: Any = None

    def children(self) -> Iterator[SchemaNode]:
        """Every node one step away (same instance or one level down)."""
        yield from self.same
        yield from self.additional
        yield from self.any_key
        yield from self.items
        for nodes in self.properties.values():
            yield from nodes
        for _, nodes in self.patterns:
            yield from nodes
        for nodes in self.prefix:
            yield from nodes


class SchemaGraph:
    """Build the node graph of a schema, resolving ``$ref`` through a local registry."""

    def __init__(self) -> None:
        self.nodes: dict[int, SchemaNode] = {}
        self.keep_alive: list[Any] = []

    def node(self, schema: Any, resolver: Resolver[Any]) -> SchemaNode:
        """Return the graph node of *schema*, building it and the nodes it leads to on first sight.

        *resolver* resolves the ``$ref`` found in *schema*. Recursion here follows
        the schema, not a document, so its depth is that of the hand-written schemas.
        """
        key = id(schema)
        if key in self.nodes:
            return self.nodes[key]
        node = SchemaNode(schema=schema)
        self.nodes[key] = node
        self.keep_alive.append(schema)
        if not isinstance(schema, dict):
            return node
        kind = schema.get("type")
        node.integer = kind == "integer" or (isinstance(kind, list) and "integer" in kind)
        sub = schema.get("$id")
        if isinstance(sub, str):
            resolver = resolver.in_subresource(referencing.jsonschema.DRAFT202012.create_resource(schema))
        for keyword in _SAME_INSTANCE:
            for each in schema.get(keyword, ()):
                node.same.append(self.node(each, resolver))
        for keyword in _SAME_INSTANCE_SINGLE:
            if keyword in schema:
                node.same.append(self.node(schema[keyword], resolver))
        for keyword in ("$ref", "$dynamicRef"):
            if isinstance(schema.get(keyword), str):
                resolved = resolver.lookup(schema[keyword])
                node.same.append(self.node(resolved.contents, resolved.resolver))
        for name, each in schema.get("properties", {}).items():
            node.properties[name] = [self.node(each, resolver)]
        for pattern, each in schema.get("patternProperties", {}).items():
            node.patterns.append((re.compile(pattern), [self.node(each, resolver)]))
        if "additionalProperties" in schema:
            node.additional.append(self.node(schema["additionalProperties"], resolver))
        for keyword in ("unevaluatedProperties", "propertyNames"):
            if keyword in schema:  # conservatively: may apply to any key
                node.any_key.append(self.node(schema[keyword], resolver))
        for each in schema.get("prefixItems", ()):
            node.prefix.append([self.node(each, resolver)])
        for keyword in ("items", "unevaluatedItems", "contains"):
            if keyword in schema:  # contains and unevaluatedItems: conservatively, any item
                node.items.append(self.node(schema[keyword], resolver))
        return node

    def mark_risky(self) -> None:
        """Mark every node that lies on a cycle or can reach one."""
        # Iterative Tarjan would be the textbook answer; the graphs are small, so a
        # reachability search from each node is simple and fast enough.
        for start in self.nodes.values():
            seen: set[int] = set()
            stack = list(start.children())
            while stack:
                current = stack.pop()
                if current is start:
                    start.risky = True
                    break
                if id(current) in seen:
                    continue
                seen.add(id(current))
                stack.extend(current.children())
        changed = True
        while changed:
            changed = False
            for node in self.nodes.values():
                if not node.risky and any(child.risky for child in node.children()):
                    node.risky = True
                    changed = True

    def mark_reaches_integer(self) -> None:
        """Mark every node that is, or leads to, a node whose type includes "integer"."""
        for node in self.nodes.values():
            node.reaches_integer = node.integer
        changed = True
        while changed:
            changed = False
            for node in self.nodes.values():
                if not node.reaches_integer and any(child.reaches_integer for child in node.children()):
                    node.reaches_integer = True
                    changed = True
