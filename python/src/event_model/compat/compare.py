"""Compare two versions of one schema, node by node, and record every change with its verdict.

The comparison walks both versions in step, following the places a document can
have a value (a key of an object, any key of a map, an item of an array), and at
each place compares what is accepted: the JSON types (:mod:`.views` splits each
schema into one alternative per type), then the keywords of that type. Each
difference becomes a :class:`~.verdicts.Change`. Objects are compared key by key
with what each version *effectively* requires there: a declared property, a
matching ``patternProperties`` schema, or what ``additionalProperties`` /
``unevaluatedProperties`` say of other keys, so that a key added to a closed
document (old readers reject it) is told apart from a key declared on an open
payload map (old documents may already hold any value there).

The walk is one class whose methods recurse into each other (one per kind of
place), which is why this module is over 400 lines; objects, the largest case,
are compared in ``compare_objects``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .compare_objects import OBJECT_BOUNDS, ObjectComparison
from .schema_sets import SchemaSet
from .verdicts import Change, Verdict
from .views import (
    FALSE,
    Alternative,
    Node,
    Part,
    alternatives,
    canonical,
    json_type,
    node_for,
)

__all__ = ["SchemaComparison"]

MAX_DEPTH = 48

STRING_BOUNDS = (("minLength", True), ("maxLength", False))
NUMBER_BOUNDS = (
    ("minimum", True),
    ("exclusiveMinimum", True),
    ("maximum", False),
    ("exclusiveMaximum", False),
)
ARRAY_BOUNDS = (("minItems", True), ("maxItems", False))

MODELLED = frozenset(
    {
        "type",
        "enum",
        "const",
        "anyOf",
        "oneOf",
        "pattern",
        "properties",
        "required",
        "patternProperties",
        "additionalProperties",
        "unevaluatedProperties",
        "items",
        "prefixItems",
        "additionalItems",
        "uniqueItems",
        *(name for name, _ in STRING_BOUNDS + NUMBER_BOUNDS + ARRAY_BOUNDS + OBJECT_BOUNDS),
    }
)
"""Keywords the comparison understands; any other keyword that differs is undecidable."""


class SchemaComparison(ObjectComparison):
    """The changes between an old and a new schema set, collected as the documents are compared."""

    def __init__(self, old: SchemaSet, new: SchemaSet) -> None:
        self.old = old
        self.new = new
        self.changes: list[Change] = []
        self._seen: set[tuple[Any, Any]] = set()
        self._document = ""

    def compare_document(self, file: str) -> None:
        """Compare the two versions of the schema file ``file``."""
        self._document = file
        old_root = node_for(self.old, file, self.old.files[file])
        new_root = node_for(self.new, file, self.new.files[file])
        self._compare(old_root, new_root, "", 0)

    # -- recording -------------------------------------------------------------------------

    def _add(
        self, path: str, kind: str, verdict: Verdict, message: str, old: Any = None, new: Any = None
    ) -> None:
        self.changes.append(Change(self._document, path, kind, verdict, message, old, new))

    # -- nodes and alternatives ------------------------------------------------------------

    def _compare(self, old: Node, new: Node, path: str, depth: int) -> None:
        pair = (old.key, new.key)
        if pair in self._seen:
            return  # compared already (or in progress, for a recursive definition)
        self._seen.add(pair)
        if depth > MAX_DEPTH:
            self._add(
                path,
                "nesting_too_deep",
                Verdict.undecidable,
                "the schemas nest deeper than the checker follows",
            )
            return
        if old.false or new.false:
            if old.false and not new.false:
                self._add(path, "value_allowed", Verdict.backward, "a value is now allowed where none was")
            elif new.false and not old.false:
                self._add(path, "value_forbidden", Verdict.forward, "no value is allowed here any more")
            return
        old_alts = alternatives(self.old, old)
        new_alts = alternatives(self.new, new)
        if old_alts is None or new_alts is None:
            same = canonical([p.schema for p in old.parts]) == canonical([p.schema for p in new.parts])
            if not same:
                self._add(
                    path,
                    "combinator_changed",
                    Verdict.undecidable,
                    "anyOf/oneOf structure changed beyond what the checker models",
                )
            return
        self._match_alternatives(old_alts, new_alts, path, depth)

    def _match_alternatives(
        self, old_alts: list[Alternative], new_alts: list[Alternative], path: str, depth: int
    ) -> None:
        old_types = [alt.type for alt in old_alts]
        new_types = [alt.type for alt in new_alts]
        if old_types == ["*"] and new_types == ["*"]:
            self._compare_alternative(old_alts[0], new_alts[0], "*", path, depth)
            return
        if old_types == ["*"] and "*" not in new_types:
            self._add(
                path,
                "type_narrowed",
                Verdict.forward,
                f"any JSON type was accepted; now only {', '.join(new_types) or 'none'}",
                None,
                new_types,
            )
            for alt in new_alts:
                self._compare_alternative(
                    Alternative(alt.type, old_alts[0].parts), alt, alt.type, path, depth
                )
            return
        if new_types == ["*"] and "*" not in old_types:
            self._add(
                path,
                "type_widened",
                Verdict.backward,
                f"only {', '.join(old_types)} was accepted; now any JSON type",
                old_types,
                None,
            )
            for alt in old_alts:
                self._compare_alternative(
                    alt, Alternative(alt.type, new_alts[0].parts), alt.type, path, depth
                )
            return
        if (
            "*" in old_types
            or "*" in new_types
            or len(set(old_types)) != len(old_types)
            or len(set(new_types)) != len(new_types)
        ):
            if canonical([a.type for a in old_alts]) == canonical([a.type for a in new_alts]):
                for old_alt, new_alt in zip(old_alts, new_alts, strict=True):
                    self._compare_alternative(old_alt, new_alt, old_alt.type, path, depth)
                return
            self._add(
                path,
                "alternatives_changed",
                Verdict.undecidable,
                "several alternatives of one type changed; the checker cannot pair them",
                old_types,
                new_types,
            )
            return
        old_by_type = dict(zip(old_types, old_alts, strict=True))
        self._match_typed(old_by_type, dict(zip(new_types, new_alts, strict=True)), path, depth)

    def _match_typed(
        self, old: dict[str, Alternative], new: dict[str, Alternative], path: str, depth: int
    ) -> None:
        if "integer" in old and "number" in new and "integer" not in new and "number" not in old:
            self._add(
                path, "type_widened", Verdict.backward, "integer widened to number", "integer", "number"
            )
            self._compare_alternative(old.pop("integer"), new.pop("number"), "integer", path, depth)
        if "number" in old and "integer" in new and "number" not in new and "integer" not in old:
            self._add(
                path, "type_narrowed", Verdict.forward, "number narrowed to integer", "number", "integer"
            )
            self._compare_alternative(old.pop("number"), new.pop("integer"), "integer", path, depth)
        added = [t for t in new if t not in old]
        removed = [t for t in old if t not in new]
        if added:
            self._add(
                path,
                "type_widened",
                Verdict.backward,
                f"now also accepts {', '.join(added)}",
                sorted(old),
                sorted(set(old) | set(added)),
            )
        if removed:
            self._add(
                path,
                "type_narrowed",
                Verdict.forward,
                f"no longer accepts {', '.join(removed)}",
                sorted(old),
                sorted(set(old) - set(removed)),
            )
        for json_type_name in [t for t in old if t in new]:
            self._compare_alternative(old[json_type_name], new[json_type_name], json_type_name, path, depth)

    # -- keywords of one type ---------------------------------------------------------------

    def _compare_alternative(
        self, old: Alternative, new: Alternative, kind: str, path: str, depth: int
    ) -> None:
        self._compare_enum(old.parts, new.parts, kind, path)
        if kind in ("string", "*"):
            self._compare_patterns(old.parts, new.parts, path)
            self._compare_bounds(old.parts, new.parts, STRING_BOUNDS, path, "length")
        if kind in ("number", "integer", "*"):
            self._compare_bounds(old.parts, new.parts, NUMBER_BOUNDS, path, "value")
        if kind in ("array", "*"):
            self._compare_array(old.parts, new.parts, path, depth)
        if kind in ("object", "*"):
            self._compare_object(old.parts, new.parts, path, depth)
        self._compare_unmodelled(old.parts, new.parts, path)

    def _compare_enum(self, old: tuple[Part, ...], new: tuple[Part, ...], kind: str, path: str) -> None:
        old_values, new_values = _allowed_values(old, kind), _allowed_values(new, kind)
        if old_values == new_values:
            return
        if old_values is None:
            self._add(
                path,
                "enum_added",
                Verdict.forward,
                "values are now limited to an enumeration",
                None,
                _show(new_values),
            )
        elif new_values is None:
            self._add(
                path,
                "enum_removed",
                Verdict.backward,
                "values are no longer limited to an enumeration",
                _show(old_values),
                None,
            )
        elif new_values > old_values:
            self._add(
                path,
                "enum_widened",
                Verdict.backward,
                f"newly allowed: {_show(new_values - old_values)}",
                _show(old_values),
                _show(new_values),
            )
        elif new_values < old_values:
            self._add(
                path,
                "enum_narrowed",
                Verdict.forward,
                f"no longer allowed: {_show(old_values - new_values)}",
                _show(old_values),
                _show(new_values),
            )
        else:
            self._add(
                path,
                "enum_changed",
                Verdict.breaking,
                f"allowed values changed: removed {_show(old_values - new_values)}, "
                f"added {_show(new_values - old_values)}",
                _show(old_values),
                _show(new_values),
            )

    def _compare_patterns(self, old: tuple[Part, ...], new: tuple[Part, ...], path: str) -> None:
        old_patterns = sorted({str(p.schema["pattern"]) for p in old if "pattern" in p.schema})
        new_patterns = sorted({str(p.schema["pattern"]) for p in new if "pattern" in p.schema})
        if old_patterns == new_patterns:
            return
        if not old_patterns:
            self._add(
                path, "pattern_added", Verdict.forward, "strings must now match a pattern", None, new_patterns
            )
        elif not new_patterns:
            self._add(
                path,
                "pattern_removed",
                Verdict.backward,
                "strings no longer need to match a pattern",
                old_patterns,
                None,
            )
        else:
            self._add(
                path,
                "pattern_changed",
                Verdict.undecidable,
                "the pattern changed; whether one pattern's strings all match the other cannot be decided "
                "here: check by hand",
                old_patterns,
                new_patterns,
            )

    def _compare_bounds(
        self,
        old: tuple[Part, ...],
        new: tuple[Part, ...],
        bounds: tuple[tuple[str, bool], ...],
        path: str,
        what: str,
    ) -> None:
        for keyword, is_lower in bounds:
            old_bound, new_bound = _bound(old, keyword, is_lower), _bound(new, keyword, is_lower)
            if old_bound == new_bound:
                continue
            if new_bound is None or (
                old_bound is not None and (new_bound < old_bound if is_lower else new_bound > old_bound)
            ):
                self._add(
                    path,
                    "bound_relaxed",
                    Verdict.backward,
                    f"{keyword} relaxed ({what})",
                    old_bound,
                    new_bound,
                )
            else:
                self._add(
                    path,
                    "bound_tightened",
                    Verdict.forward,
                    f"{keyword} tightened ({what})",
                    old_bound,
                    new_bound,
                )

    def _compare_array(self, old: tuple[Part, ...], new: tuple[Part, ...], path: str, depth: int) -> None:
        self._compare_bounds(old, new, ARRAY_BOUNDS, path, "number of items")
        old_unique = any(p.schema.get("uniqueItems") is True for p in old)
        new_unique = any(p.schema.get("uniqueItems") is True for p in new)
        if old_unique != new_unique:
            if new_unique:
                self._add(path, "unique_items_added", Verdict.forward, "items must now be unique")
            else:
                self._add(path, "unique_items_removed", Verdict.backward, "items no longer need to be unique")
        old_prefix, new_prefix = self._prefix(self.old, old), self._prefix(self.new, new)
        for index in range(max(len(old_prefix), len(new_prefix))):
            old_item = old_prefix[index] if index < len(old_prefix) else self._items(self.old, old)
            new_item = new_prefix[index] if index < len(new_prefix) else self._items(self.new, new)
            self._compare(old_item, new_item, f"{path}/{index}", depth + 1)
        self._compare(self._items(self.old, old), self._items(self.new, new), f"{path}/[]", depth + 1)

    def _prefix(self, schemas: SchemaSet, parts: tuple[Part, ...]) -> list[Node]:
        for part in parts:
            prefix = part.schema.get("prefixItems")
            if prefix is None and isinstance(part.schema.get("items"), list):
                prefix = part.schema["items"]  # draft 7 tuple form
            if prefix is not None:
                return [node_for(schemas, part.file, item) for item in prefix]
        return []

    def _items(self, schemas: SchemaSet, parts: tuple[Part, ...]) -> Node:
        nodes = []
        for part in parts:
            items = part.schema.get("items")
            if isinstance(items, list):
                items = part.schema.get("additionalItems", True)
            if items is not None:
                nodes.append(node_for(schemas, part.file, items))
        if any(node.false for node in nodes):
            return FALSE
        return Node(tuple(p for node in nodes for p in node.parts))

    def _compare_unmodelled(self, old: tuple[Part, ...], new: tuple[Part, ...], path: str) -> None:
        old_rest = _unmodelled(old)
        new_rest = _unmodelled(new)
        for keyword in sorted(set(old_rest) | set(new_rest)):
            if old_rest.get(keyword) != new_rest.get(keyword):
                self._add(
                    path,
                    "keyword_changed",
                    Verdict.undecidable,
                    f"keyword {keyword!r} changed; the checker does not model it",
                    keyword,
                    keyword,
                )


def _unmodelled(parts: tuple[Part, ...]) -> dict[str, str]:
    found: dict[str, list[str]] = {}
    for part in parts:
        for keyword, value in part.schema.items():
            if keyword not in MODELLED:
                found.setdefault(keyword, []).append(canonical(value))
    return {keyword: canonical(sorted(values)) for keyword, values in found.items()}


def _allowed_values(parts: tuple[Part, ...], kind: str) -> frozenset[str] | None:
    allowed: frozenset[str] | None = None
    for part in parts:
        if "const" in part.schema:
            values = [part.schema["const"]]
        elif "enum" in part.schema:
            values = list(part.schema["enum"])
        else:
            continue
        texts = frozenset(canonical(v) for v in values if _fits(v, kind))
        allowed = texts if allowed is None else allowed & texts
    return allowed


def _fits(value: Any, kind: str) -> bool:
    actual = json_type(value)
    return kind == "*" or actual == kind or (kind == "number" and actual == "integer")


def _show(values: frozenset[str] | None) -> list[Any] | None:
    import json

    return None if values is None else [json.loads(v) for v in sorted(values)]


def _bound(parts: tuple[Part, ...], keyword: str, is_lower: bool) -> float | None:
    values = [part.schema[keyword] for part in parts if isinstance(part.schema.get(keyword), (int, float))]
    if not values:
        return None
    pick: Callable[[list[Any]], Any] = max if is_lower else min
    return float(pick(values))
