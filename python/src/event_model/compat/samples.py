"""Draw random documents from a schema set, to put a verdict to the test.

:class:`DocumentSampler` walks a schema the way :mod:`.compare` does (one
alternative per JSON type, effective schema per key) and draws a value at each
place: optional keys present about half the time, extra keys on open objects
(named from ``hint_keys``, typically every key either version declares, so that a
key one version adds is tried against the other), strings from a ``pattern`` by
:func:`~.regex_samples.sample_matching`, and enumerations, bounds and array
lengths respected. Draws are not guaranteed valid (an intersection of patterns,
a keyword outside the model): callers keep only the ones the schema accepts.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from typing import Any

from .regex_samples import sample_matching
from .schema_sets import SchemaSet
from .views import Node, Part, alternatives, effective_property, node_for

__all__ = ["DocumentSampler", "all_declared_keys"]

MAX_DEPTH = 6
TYPES = ("null", "boolean", "integer", "number", "string", "array", "object")
WORDS = ("", "a", "primary", "det", "x.y", "a/b", "SIM:det", "file.h5", "posix", "success", "linked", "é")


def all_declared_keys(*sets: SchemaSet) -> list[str]:
    """Every property name and enumeration string in the schema sets, sorted: hints for drawing keys."""
    found: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if key == "properties" and isinstance(item, dict):
                    found.update(str(name) for name in item)
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for schemas in sets:
        walk(list(schemas.files.values()))
    return sorted(found)


class _Skip(Exception):
    """No value can be drawn here (the schema allows nothing that the sampler can make)."""


class DocumentSampler:
    """Draws documents valid (as far as it can tell) under one schema set."""

    def __init__(self, schemas: SchemaSet, rng: random.Random, hint_keys: Iterable[str] = ()) -> None:
        self.schemas = schemas
        self.rng = rng
        self.hint_keys = sorted(set(hint_keys)) or ["key"]

    def draw(self, file: str) -> Any:
        """One document drawn from schema file ``file`` (None when nothing could be drawn)."""
        try:
            return self._value(node_for(self.schemas, file, self.schemas.files[file]), 0)
        except (_Skip, RecursionError):
            return None

    def _value(self, node: Node, depth: int) -> Any:
        if node.false:
            raise _Skip
        alts = alternatives(self.schemas, node)
        if alts is None:
            alts = alternatives(self.schemas, self._pick_branch(node))
        if not alts:
            raise _Skip
        alt = self.rng.choice(alts)
        kind = alt.type
        if kind == "*":
            object_like = any(k in p.schema for p in alt.parts for k in ("properties", "patternProperties"))
            kind = "object" if object_like and self.rng.random() < 0.8 else self.rng.choice(TYPES)
        return self._typed(alt.parts, kind, depth)

    def _pick_branch(self, node: Node) -> Node:
        parts: list[Part] = []
        for part in node.parts:
            keyword = "anyOf" if "anyOf" in part.schema else "oneOf" if "oneOf" in part.schema else None
            if keyword is None:
                parts.append(part)
                continue
            rest = {k: v for k, v in part.schema.items() if k not in ("anyOf", "oneOf")}
            parts.append(Part(part.file, rest, (*part.key, "rest")))
            branch = node_for(self.schemas, part.file, self.rng.choice(part.schema[keyword]))
            if branch.false:
                raise _Skip
            parts.extend(branch.parts)
        return Node(tuple(parts))

    def _typed(self, parts: tuple[Part, ...], kind: str, depth: int) -> Any:
        choices = _enumerated(parts)
        if choices is not None:
            fitting = [value for value in choices if _kind_of(value, kind)]
            if not fitting:
                raise _Skip
            return self.rng.choice(fitting)
        if kind == "null":
            return None
        if kind == "boolean":
            return self.rng.random() < 0.5
        if kind in ("integer", "number"):
            return self._number(parts, kind)
        if kind == "string":
            return self._string(parts)
        if kind == "array":
            return self._array(parts, depth)
        return self._object(parts, depth)

    def _number(self, parts: tuple[Part, ...], kind: str) -> Any:
        low = max(
            [float(p.schema[k]) for p in parts for k in ("minimum", "exclusiveMinimum") if k in p.schema],
            default=-5.0,
        )
        high = min(
            [float(p.schema[k]) for p in parts for k in ("maximum", "exclusiveMaximum") if k in p.schema],
            default=low + 10.0,
        )
        if kind == "integer" or self.rng.random() < 0.3:
            return self.rng.randint(int(low) + 1, max(int(low) + 1, int(high) - 1))
        return round(self.rng.uniform(low, high), 3)

    def _string(self, parts: tuple[Part, ...]) -> str:
        patterns = [str(p.schema["pattern"]) for p in parts if "pattern" in p.schema]
        low = max([int(p.schema["minLength"]) for p in parts if "minLength" in p.schema], default=0)
        for _ in range(4):
            if patterns:
                text = sample_matching(self.rng.choice(patterns), self.rng)
                if text is None:
                    continue
            else:
                text = self.rng.choice((*WORDS, *self.hint_keys[:50], f"s{self.rng.randint(0, 99)}"))
            if len(text) < low:
                text += "x" * (low - len(text))
            return text
        raise _Skip

    def _array(self, parts: tuple[Part, ...], depth: int) -> list[Any]:
        low = max([int(p.schema["minItems"]) for p in parts if "minItems" in p.schema], default=0)
        high = min([int(p.schema["maxItems"]) for p in parts if "maxItems" in p.schema], default=low + 3)
        length = low if depth >= MAX_DEPTH else self.rng.randint(low, max(low, min(high, low + 3)))
        prefix: list[Node] = []
        items = Node(())
        for part in parts:
            declared = part.schema.get("prefixItems")
            raw_items = part.schema.get("items")
            if declared is None and isinstance(raw_items, list):
                declared, raw_items = raw_items, part.schema.get("additionalItems")
            if declared is not None:
                prefix = [node_for(self.schemas, part.file, item) for item in declared]
            if raw_items is not None:
                items = node_for(self.schemas, part.file, raw_items)
        values = [self._value(prefix[i] if i < len(prefix) else items, depth + 1) for i in range(length)]
        if any(p.schema.get("uniqueItems") is True for p in parts) and len({repr(v) for v in values}) != len(
            values
        ):
            raise _Skip
        return values

    def _object(self, parts: tuple[Part, ...], depth: int) -> dict[str, Any]:
        required = [str(n) for p in parts for n in (p.schema.get("required") or [])]
        declared = [str(n) for p in parts for n in (p.schema.get("properties") or {})]
        names = list(dict.fromkeys(required))
        if depth < MAX_DEPTH:
            names += [n for n in dict.fromkeys(declared) if n not in names and self.rng.random() < 0.5]
            for _ in range(self.rng.choice((0, 0, 1, 2))):
                names.append(self._extra_key(parts))
        result: dict[str, Any] = {}
        for name in names:
            if name in result:
                continue
            node = effective_property(self.schemas, parts, name)
            if node.false:
                if name in required:
                    raise _Skip
                continue
            try:
                result[name] = self._value(node, depth + 1)
            except _Skip:
                if name in required:
                    raise
        return result

    def _extra_key(self, parts: tuple[Part, ...]) -> str:
        patterns = [str(pattern) for p in parts for pattern in (p.schema.get("patternProperties") or {})]
        roll = self.rng.random()
        if patterns and roll < 0.4:
            drawn = sample_matching(self.rng.choice(patterns), self.rng)
            if drawn is not None:
                return drawn
        if roll < 0.8:
            return self.rng.choice(self.hint_keys)
        return self.rng.choice(("extra", "x.y", "a/b", f"k{self.rng.randint(0, 9)}"))


def _enumerated(parts: tuple[Part, ...]) -> list[Any] | None:
    values: list[Any] | None = None
    for part in parts:
        if "const" in part.schema:
            options = [part.schema["const"]]
        elif "enum" in part.schema:
            options = list(part.schema["enum"])
        else:
            continue
        values = options if values is None else [v for v in values if v in options]
    return values


def _kind_of(value: Any, kind: str) -> bool:
    from .views import json_type

    actual = json_type(value)
    return actual == kind or (kind == "number" and actual == "integer")
