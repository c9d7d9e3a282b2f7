"""Guard against documents nested deeper than a validator can follow: ``NestingGuard``.

Both validators recurse as they follow a document into a schema. Where the schema
is itself recursive (``DataType`` in the run start and descriptor schemas refers
to itself for every nested object), the recursion depth is set by the document:
jsonschema-rs overflows the C stack (a crash) some ten thousand levels down, and
the reference raises RecursionError a couple of hundred levels down.

A ``NestingGuard`` is compiled once per schema. It knows which schema nodes can
lead into such a cycle and walks the document, iteratively, only along those
nodes, exactly as the validators would descend (same property names, same
patterns, same "additional" keys). Anything deeper than ``limit`` levels, or a
walk longer than ``max_steps`` containers (a container shared many times over
can make a small object look astronomically large to a validator), is reported
before either validator runs. Schemas without a cycle get no guard at all.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, cast

import referencing
import referencing.jsonschema

from .schema_graph import SchemaGraph, SchemaNode

__all__ = ["NestingGuard", "NestingTooDeep", "compile_nesting_guard"]

_CACHE_LIMIT = 4096
_MISSING: Any = object()


class NestingTooDeep(Exception):
    """A document goes deeper, along a recursive part of its schema, than the guard allows."""

    def __init__(self, path: tuple[str | int, ...], reason: str) -> None:
        super().__init__(path, reason)
        self.path = path
        self.reason = reason


class _PlanSet:
    """The risky schema nodes that apply together to one place of an instance."""

    def __init__(self, nodes: frozenset[SchemaNode], owner: NestingGuard) -> None:
        self.nodes = nodes
        self.owner = owner
        self.descends_objects = any(n.properties or n.patterns or n.additional or n.any_key for n in nodes)
        self.descends_arrays = any(n.prefix or n.items for n in nodes)
        self.key_cache: dict[str, _PlanSet | None] = {}
        self.index_cache: dict[int, _PlanSet | None] = {}

    def for_key(self, key: str) -> _PlanSet | None:
        """The plan for the value under *key* (None: no validator recurses there)."""
        cached = self.key_cache.get(key, _MISSING)
        if cached is not _MISSING:
            return cast("_PlanSet | None", cached)
        found: list[SchemaNode] = []
        for node in self.nodes:
            matched = key in node.properties
            found.extend(node.properties.get(key, ()))
            for pattern, targets in node.patterns:
                if pattern.search(key):
                    matched = True
                    found.extend(targets)
            if not matched:
                found.extend(node.additional)
            found.extend(node.any_key)
        plan = self.owner.plan_for(found)
        if len(self.key_cache) < _CACHE_LIMIT:
            self.key_cache[key] = plan
        return plan

    def for_index(self, index: int) -> _PlanSet | None:
        """The plan for the item at *index* (None: no validator recurses there)."""
        cached = self.index_cache.get(index, _MISSING)
        if cached is not _MISSING:
            return cast("_PlanSet | None", cached)
        found: list[SchemaNode] = []
        for node in self.nodes:
            if index < len(node.prefix):
                found.extend(node.prefix[index])
            else:
                found.extend(node.items)
        plan = self.owner.plan_for(found)
        if len(self.index_cache) < _CACHE_LIMIT:
            self.index_cache[index] = plan
        return plan


class NestingGuard:
    """Refuse documents nested too deeply along the recursive parts of one schema."""

    def __init__(self, root: list[SchemaNode], limit: int, max_steps: int) -> None:
        self.limit = limit
        self.max_steps = max_steps
        self._plans: dict[frozenset[SchemaNode], _PlanSet] = {}
        root_plan = self.plan_for(root)
        assert root_plan is not None
        self.root = root_plan

    def plan_for(self, nodes: list[SchemaNode]) -> _PlanSet | None:
        """The shared plan for a set of nodes (with same-instance nodes folded in)."""
        closed: set[SchemaNode] = set()
        stack = list(nodes)
        while stack:
            node = stack.pop()
            if node in closed or not node.risky:
                continue
            closed.add(node)
            stack.extend(node.same)
        if not closed:
            return None
        key = frozenset(closed)
        plan = self._plans.get(key)
        if plan is None:
            plan = self._plans.setdefault(key, _PlanSet(key, self))
        return plan

    def check(self, document: Any) -> None:
        """Raise NestingTooDeep if *document* is nested too deeply where the schema recurses."""
        limit = self.limit
        steps = self.max_steps
        stack: list[tuple[Any, _PlanSet, int]] = [(document, self.root, 0)]
        while stack:
            instance, plan, depth = stack.pop()
            steps -= 1
            if steps < 0:
                raise NestingTooDeep((), f"more than {self.max_steps} nested containers to follow")
            if isinstance(instance, dict):
                if not plan.descends_objects:
                    continue
                for key, value in instance.items():
                    if isinstance(value, (dict, list, tuple)) and isinstance(key, str):
                        child = plan.for_key(key)
                        if child is not None:
                            if depth >= limit:
                                raise NestingTooDeep(self._locate(document), self._deep_reason())
                            stack.append((value, child, depth + 1))
            elif isinstance(instance, (list, tuple)) and plan.descends_arrays:
                for index, value in enumerate(instance):
                    if isinstance(value, (dict, list, tuple)):
                        child = plan.for_index(index)
                        if child is not None:
                            if depth >= limit:
                                raise NestingTooDeep(self._locate(document), self._deep_reason())
                            stack.append((value, child, depth + 1))

    def _deep_reason(self) -> str:
        return f"nested more than {self.limit} levels deep"

    def _locate(self, document: Any) -> tuple[str | int, ...]:
        """Find the path of a container that lies more than ``limit`` levels down."""
        stack: list[tuple[Any, _PlanSet, tuple[str | int, ...]]] = [(document, self.root, ())]
        steps = self.max_steps
        while stack and steps > 0:
            steps -= 1
            instance, plan, path = stack.pop()
            if len(path) > self.limit:
                return path[: self.limit + 1]
            if isinstance(instance, dict):
                for key, value in instance.items():
                    if isinstance(value, (dict, list, tuple)) and isinstance(key, str):
                        child = plan.for_key(key)
                        if child is not None:
                            stack.append((value, child, (*path, key)))
            elif isinstance(instance, (list, tuple)):
                for index, value in enumerate(instance):
                    if isinstance(value, (dict, list, tuple)):
                        child = plan.for_index(index)
                        if child is not None:
                            stack.append((value, child, (*path, index)))
        return ()


def compile_nesting_guard(
    schema: Any,
    registry: referencing.Registry[Any],
    limit: int,
    max_steps: int,
) -> NestingGuard | None:
    """Compile the guard of *schema*, or return None when the schema has no cycle."""
    resource = referencing.jsonschema.DRAFT202012.create_resource(schema)
    resolver = registry.resolver_with_root(resource)
    compiler = SchemaGraph()
    root = compiler.node(schema, resolver)
    compiler.mark_risky()
    if not root.risky:
        return None
    return NestingGuard([root], limit, max_steps)


def locate_deepest(document: Any, limit: int, max_steps: int = 1_000_000) -> tuple[str | int, ...]:
    """Return the path of the first container found more than *limit* levels down, or the deepest one.

    Walks every dict, list and tuple iteratively (no schema involved); used to point
    at the culprit when a validator ran out of recursion depth.
    """
    deepest: tuple[str | int, ...] = ()
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(document, ())]
    while stack and max_steps > 0:
        max_steps -= 1
        instance, path = stack.pop()
        if len(path) > len(deepest):
            deepest = path
            if len(path) > limit:
                break
        if isinstance(instance, dict):
            stack.extend((value, (*path, key)) for key, value in instance.items())
        elif isinstance(instance, (list, tuple)):
            stack.extend((value, (*path, index)) for index, value in enumerate(instance))
    return deepest


def locate_non_string_key(document: Any, max_steps: int = 1_000_000) -> tuple[str | int, ...] | None:
    """Return the path of the first object found with a key that is not a string, or None."""
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(document, ())]
    while stack and max_steps > 0:
        max_steps -= 1
        instance, path = stack.pop()
        if isinstance(instance, dict):
            if not all(isinstance(key, str) for key in instance):
                return path
            if len(path) < MAX_LOCATED_DEPTH:
                stack.extend((value, (*path, key)) for key, value in instance.items())
        elif isinstance(instance, (list, tuple)) and len(path) < MAX_LOCATED_DEPTH:
            stack.extend((value, (*path, index)) for index, value in enumerate(instance))
    return None


MAX_LOCATED_DEPTH = 1000
"""How deep ``locate_non_string_key`` looks."""


@dataclass(frozen=True)
class Sharing:
    """How a document's containers are linked: shared (reached more than once) and expanded size."""

    shared: bool
    expanded: int


def _raw_children(container: Any) -> Iterator[Any]:
    """Iterate the values of a dict, list or tuple through the base type (subclasses cannot lie)."""
    if isinstance(container, dict):
        return iter(dict.values(container))
    if isinstance(container, list):
        return list.__iter__(container)
    return tuple.__iter__(container)


def inspect_sharing(document: Any, limit: int) -> Sharing:
    """Find whether any dict, list or tuple of *document* is reached twice, and its expanded size.

    The expanded size counts containers as a validator (or ``repr``) walking the
    document would meet them: a container shared by two parents counts twice, a
    reference back to an enclosing container (a cycle) once. Counting stops once
    it passes *limit*. Hand-written because it must be iterative, linear in the
    number of distinct containers, and stop early.
    """
    if not isinstance(document, (dict, list, tuple)):
        return Sharing(False, 0)
    finished: dict[int, int] = {}  # id -> expanded size of a container already walked
    on_path = {id(document)}
    keep_alive = [document]  # ids stay unique only while the objects live
    frames: list[list[Any]] = [[document, _raw_children(document), 1]]
    shared = False
    expanded = 1
    while frames:
        frame = frames[-1]
        child = next(frame[1], _MISSING)
        if child is _MISSING:
            frames.pop()
            on_path.discard(id(frame[0]))
            finished[id(frame[0])] = frame[2]
            if frames:
                frames[-1][2] += frame[2]
            continue
        if not isinstance(child, (dict, list, tuple)):
            continue
        key = id(child)
        if key in on_path:
            shared = True
            frame[2] += 1
            expanded += 1
        elif key in finished:
            shared = True
            frame[2] += finished[key]
            expanded += finished[key]
        else:
            on_path.add(key)
            keep_alive.append(child)
            frames.append([child, _raw_children(child), 1])
            expanded += 1
        if expanded > limit:
            break
    return Sharing(shared, expanded)
