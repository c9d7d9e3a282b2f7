"""The fast validator: jsonschema-rs, compiled once per schema, trusted only to say "valid".

jsonschema-rs validates Python objects in place, and only where the schema looks,
so a valid document costs about a microsecond. Its "valid" is trusted only when it
implies the reference validator's "valid"; everything else goes to the reference.
To make that implication hold, the schema handed to jsonschema-rs is a rewritten
copy (the package's schema dictionaries are never modified):

- A regex ``$`` at the end of a pattern becomes ``\\n?\\z``: Python's ``$`` also
  matches just before a final newline, ECMA's (jsonschema-rs's) does not.
  Patterns with constructs whose meaning differs between the two engines are
  not rewritten; the schema then gets no fast validator.
- Recursive ``$defs`` are unrolled to a fixed depth (see ``_FastSchemaWriter``),
  so jsonschema-rs cannot overflow the C stack on a deeply nested document.
- Only keywords whose jsonschema-rs semantics were checked against the reference
  are allowed (``SOUND_KEYWORDS``); a schema using any other gets no fast validator.

One kind of value makes jsonschema-rs accept what the reference rejects:
``decimal.Decimal`` where an integer is expected; ``validation.integers`` checks
for that separately. Other differences only ever make jsonschema-rs reject or
raise where the reference accepts (NaN and infinity, subclasses of float and str,
numpy values, non-string keys), and a rejection is always handed to the reference.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Iterator, Mapping
from typing import Any

try:
    import jsonschema_rs
except Exception:  # any failure to load the extension means "no fast path"
    jsonschema_rs = None  # type: ignore[assignment]

__all__ = [
    "FastValidator",
    "compile_fast_validator",
    "fast_backend_available",
    "pattern_for_fast_engine",
]

ANNOTATION_KEYWORDS = frozenset(
    {
        "$schema",
        "$id",
        "$defs",
        "$comment",
        "title",
        "description",
        "default",
        "examples",
        "deprecated",
        "readOnly",
        "writeOnly",
        "format",
    }
)
"""Keywords that never affect a verdict (formats are not asserted by either validator)."""

SOUND_KEYWORDS = ANNOTATION_KEYWORDS | frozenset(
    {
        "type",
        "properties",
        "patternProperties",
        "additionalProperties",
        "required",
        "items",
        "prefixItems",
        "minItems",
        "maxItems",
        "anyOf",
        "allOf",
        "$ref",
        "const",
        "enum",
        "pattern",
        "unevaluatedProperties",
    }
)
"""Keywords for which a "valid" from jsonschema-rs implies a "valid" from the reference.

Each is monotone: where jsonschema-rs rejects more than the reference (NaN, numpy
scalars), it can only reject more overall. ``oneOf`` and ``not`` are not (a branch
that jsonschema-rs wrongly rejects can make "exactly one" or "not" pass), so a
schema using them gets no fast validator.
"""

_SCHEMA_MAP_KEYWORDS = frozenset({"properties", "patternProperties", "$defs"})
_SCHEMA_LIST_KEYWORDS = frozenset({"allOf", "anyOf", "oneOf", "prefixItems"})
_SCHEMA_KEYWORDS = frozenset({"additionalProperties", "items", "unevaluatedProperties", "not"})


class UnsupportedSchema(Exception):
    """The schema uses something for which the fast validator cannot be trusted."""


def fast_backend_available() -> bool:
    """Return whether jsonschema-rs could be imported."""
    return jsonschema_rs is not None


def _scan_pattern(pattern: str) -> Iterator[tuple[int, str, bool]]:
    """Yield ``(index, token, inside a [...] class)`` for each token of a regex.

    A token is one character, or a backslash with the character it escapes.
    Hand-written because no library classifies regex syntax across the two engines.
    """
    index = 0
    in_class = False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            yield index, pattern[index : index + 2], in_class
            index += 2
        elif in_class:
            yield index, char, True
            in_class = char != "]"
            index += 1
        elif char == "[":
            yield index, char, False
            in_class = True
            index += 1
            if pattern[index : index + 1] == "^":
                yield index, "^", True
                index += 1
        else:
            yield index, char, False
            index += 1


_PORTABLE_ESCAPES = frozenset("\\.-/[](){}*+?|^$")
_CLASS_SET_OPERATORS = ("&&", "--", "~~")


@functools.lru_cache(maxsize=256)
def pattern_for_fast_engine(pattern: str) -> str:
    """Return *pattern* rewritten so jsonschema-rs matches exactly what Python's ``re`` does.

    Raises UnsupportedSchema for patterns using syntax whose meaning differs between
    the engines: class escapes such as ``\\w``, groups with flags or lookaround,
    nested classes or class set operators, a class starting with ``]``, or ``$``
    anywhere but at the very end.
    """
    if "[]" in pattern or "[^]" in pattern:
        raise UnsupportedSchema(f"pattern {pattern!r}: class starting with ']'")
    last = len(pattern) - 1
    ends_with_anchor = False
    previous = ""
    for index, token, in_class in _scan_pattern(pattern):
        if token.startswith("\\"):
            if len(token) != 2 or token[1] not in _PORTABLE_ESCAPES:
                raise UnsupportedSchema(f"pattern {pattern!r}: escape {token!r} differs between engines")
        elif in_class and (token == "[" or previous + token in _CLASS_SET_OPERATORS):
            raise UnsupportedSchema(f"pattern {pattern!r}: nested class or class set operator")
        elif not in_class and token == "(" and pattern[index + 1 : index + 2] == "?":
            if pattern[index + 1 : index + 3] != "?:":
                raise UnsupportedSchema(f"pattern {pattern!r}: group flags or lookaround")
        elif not in_class and token == "$":
            if index != last:
                raise UnsupportedSchema(f"pattern {pattern!r}: '$' before the end")
            ends_with_anchor = True
        previous = token if in_class else ""
    if ends_with_anchor:
        return pattern[:-1] + "\\n?\\z"
    return pattern


_LOCAL_DEF_PREFIX = "#/$defs/"
_TOO_DEEP: dict[str, Any] = {"not": {}}
"""What a reference to a recursive $def becomes past the depth limit: a schema nothing passes."""


def _local_refs(node: Any) -> Iterator[str]:
    """Yield the names of the ``#/$defs/<name>`` references anywhere inside *node*."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str) and value.startswith(_LOCAL_DEF_PREFIX):
                yield value[len(_LOCAL_DEF_PREFIX) :]
            elif key != "$defs":
                yield from _local_refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from _local_refs(item)


def _recursive_defs(defs: Mapping[str, Any]) -> frozenset[str]:
    """Return the names of the $defs that can reach themselves through ``$ref``."""
    edges = {name: set(_local_refs(body)) & set(defs) for name, body in defs.items()}
    recursive = set()
    for name in defs:
        seen: set[str] = set()
        stack = list(edges[name])
        while stack:
            current = stack.pop()
            if current == name:
                recursive.add(name)
                break
            if current not in seen:
                seen.add(current)
                stack.extend(edges[current])
    return frozenset(recursive)


class _FastSchemaWriter:
    """Write the jsonschema-rs copy of one schema resource (see the module docstring).

    Besides the pattern and integer rewrites, recursive ``$defs`` are unrolled into
    ``depth_limit + 1`` numbered copies, each referring to the next, the last one to
    a schema that nothing passes. jsonschema-rs then never recurses deeper than the
    limit (it would overflow the C stack a few ten thousand levels down); a
    document that goes deeper is rejected and so handed to the guarded slow path.
    """

    def __init__(self, schema: Mapping[str, Any], depth_limit: int) -> None:
        self.schema = schema
        self.depth_limit = depth_limit
        defs = schema.get("$defs", {})
        self.defs: Mapping[str, Any] = defs if isinstance(defs, dict) else {}
        self.recursive = _recursive_defs(self.defs)
        self.unrolled: dict[str, Any] = {}
        self.pending: list[tuple[str, int]] = []

    def write(self) -> dict[str, Any]:
        """Return the rewritten copy of the whole resource."""
        written = self.node(self.schema, None)
        if not isinstance(written, dict):
            raise UnsupportedSchema("the root of a schema must be an object")
        while self.pending:  # a work list, not recursion: the copies form a long chain
            target, level = self.pending.pop()
            self.unrolled[f"{target}__level_{level}"] = self.node(self.defs[target], level)
        if self.unrolled:
            written.setdefault("$defs", {}).update(self.unrolled)
        return written

    def reference(self, target: str, level: int | None) -> Any:
        """Rewrite ``$ref: #/$defs/<target>`` seen at *level* of recursion (None: outside)."""
        if target not in self.recursive:
            return _LOCAL_DEF_PREFIX + target
        next_level = 0 if level is None else level + 1
        if next_level > self.depth_limit:
            return None
        name = f"{target}__level_{next_level}"
        if name not in self.unrolled:
            self.unrolled[name] = None  # written later by write()
            self.pending.append((target, next_level))
        return _LOCAL_DEF_PREFIX + name

    def node(self, node: Any, level: int | None) -> Any:
        """Return the rewritten copy of one schema node."""
        if not isinstance(node, dict):
            return copy.deepcopy(node)
        unknown = set(node) - SOUND_KEYWORDS
        if unknown:
            raise UnsupportedSchema(f"keywords {sorted(unknown)} are not known to be sound")
        written: dict[str, Any] = {}
        for key, value in node.items():
            if key == "$defs" and isinstance(value, dict):
                written[key] = {
                    name: self.node(sub, None) for name, sub in value.items() if name not in self.recursive
                }
            elif key == "$ref" and isinstance(value, str) and value.startswith(_LOCAL_DEF_PREFIX):
                target = self.reference(value[len(_LOCAL_DEF_PREFIX) :], level)
                written.update(_TOO_DEEP if target is None else {key: target})
            elif key == "patternProperties" and isinstance(value, dict):
                written[key] = {pattern_for_fast_engine(p): self.node(v, level) for p, v in value.items()}
            elif key in _SCHEMA_MAP_KEYWORDS and isinstance(value, dict):
                written[key] = {name: self.node(sub, level) for name, sub in value.items()}
            elif key in _SCHEMA_LIST_KEYWORDS and isinstance(value, list):
                written[key] = [self.node(sub, level) for sub in value]
            elif key in _SCHEMA_KEYWORDS:
                written[key] = self.node(value, level)
            elif key == "pattern" and isinstance(value, str):
                written[key] = pattern_for_fast_engine(value)
            else:
                written[key] = copy.deepcopy(value)
        return written


def rewrite_for_fast_engine(schema: Mapping[str, Any], depth_limit: int) -> dict[str, Any]:
    """Return the jsonschema-rs copy of *schema*; raise UnsupportedSchema if it cannot be trusted."""
    return _FastSchemaWriter(schema, depth_limit).write()


def rewritten_pattern_map(schema: Any) -> dict[str, str]:
    """Map each rewritten patternProperties pattern of *schema* back to the original."""
    found: dict[str, str] = {}

    def visit(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "patternProperties" and isinstance(value, dict):
                    for pattern in value:
                        found[pattern_for_fast_engine(pattern)] = pattern
                visit(value)
        elif isinstance(node, list):
            for item in node:
                visit(item)

    visit(schema)
    return found


class FastValidator:
    """A jsonschema-rs validator of one rewritten schema, and how to read its errors."""

    def __init__(self, compiled: Any, pattern_map: dict[str, str]) -> None:
        self.compiled = compiled
        self.is_valid = compiled.is_valid
        self.iter_errors = compiled.iter_errors
        self.original_pattern = pattern_map


def compile_fast_validator(
    schema: Mapping[str, Any],
    depth_limit: int,
    registry_schemas: Mapping[str, Mapping[str, Any]] | None = None,
) -> FastValidator | None:
    """Compile *schema* for jsonschema-rs, or return None when that cannot be trusted.

    *registry_schemas* maps URIs to the other schemas that ``$ref`` may name; they
    are rewritten the same way. Nothing is ever fetched over the network.
    """
    if jsonschema_rs is None:
        return None
    try:
        rewritten = rewrite_for_fast_engine(schema, depth_limit)
        pattern_map = rewritten_pattern_map(schema)
        registry = None
        if registry_schemas:
            resources = [
                (uri, rewrite_for_fast_engine(other, depth_limit)) for uri, other in registry_schemas.items()
            ]
            for other in registry_schemas.values():
                pattern_map.update(rewritten_pattern_map(other))
            registry = jsonschema_rs.Registry(resources)
        compiled = jsonschema_rs.Draft202012Validator(
            rewritten,
            validate_formats=False,
            offline=True,
            registry=registry,
        )
    except Exception:  # unsupported schema or engine error: reference only
        return None
    return FastValidator(compiled, pattern_map)
