"""The object part of a schema comparison: keys, required keys, patterns, other keys.

Each key that either version names is compared with what each version
*effectively* requires there (:func:`~.views.effective_property`): a declared
property, a matching ``patternProperties`` schema, or what ``additionalProperties``
or ``unevaluatedProperties`` say of other keys. So a key added to a closed
document (old readers reject it: backward compatible only) is told apart from a
key declared on an open payload map (old documents may already hold any value
there: forward compatible only, unless the new schema accepts anything).
"""

from __future__ import annotations

import random
from typing import Any

from .regex_samples import sample_matching
from .schema_sets import SchemaSet
from .verdicts import Verdict
from .views import Node, Part, effective_property

__all__ = ["ObjectComparison"]

OBJECT_BOUNDS = (("minProperties", True), ("maxProperties", False))


class ObjectComparison:
    """The object checks of :class:`~.compare.SchemaComparison`, which supplies the primitives."""

    old: SchemaSet
    new: SchemaSet

    def _add(
        self, path: str, kind: str, verdict: Verdict, message: str, old: Any = None, new: Any = None
    ) -> None:
        raise NotImplementedError

    def _compare(self, old: Node, new: Node, path: str, depth: int) -> None:
        raise NotImplementedError

    def _compare_bounds(
        self,
        old: tuple[Part, ...],
        new: tuple[Part, ...],
        bounds: tuple[tuple[str, bool], ...],
        path: str,
        what: str,
    ) -> None:
        raise NotImplementedError

    def _compare_object(self, old: tuple[Part, ...], new: tuple[Part, ...], path: str, depth: int) -> None:
        self._compare_bounds(old, new, OBJECT_BOUNDS, path, "number of keys")
        old_declared, new_declared = _declared(old), _declared(new)
        for name in sorted(old_declared | new_declared):
            old_value = effective_property(self.old, old, name)
            new_value = effective_property(self.new, new, name)
            where = f"{path}/{name}"
            if name in new_declared and name not in old_declared and old_value.false:
                if not new_value.false:
                    self._add(
                        where,
                        "property_added",
                        Verdict.backward,
                        f"new key {name!r} on a closed object: old documents never carry it, and "
                        "documents that do are rejected by old readers",
                    )
                continue
            if name in old_declared and name not in new_declared and new_value.false:
                if not old_value.false:
                    self._add(
                        where,
                        "property_removed",
                        Verdict.forward,
                        f"key {name!r} removed from a closed object: old documents that carry it are "
                        "now rejected",
                    )
                continue
            if (name in old_declared) != (name in new_declared):
                kind = "property_declared" if name in new_declared else "property_undeclared"
                self._add(
                    where,
                    kind,
                    Verdict.full,
                    f"key {name!r} {'declared on' if kind == 'property_declared' else 'undeclared on'} an "
                    "open object; what this does to its values is listed separately",
                )
            self._compare(old_value, new_value, where, depth + 1)
        self._compare_required(old, new, path)
        self._compare_pattern_properties(old, new, path, depth)
        old_other = effective_property(self.old, old, None)
        new_other = effective_property(self.new, new, None)
        if old_other.false and not new_other.false:
            self._add(
                f"{path}/*",
                "closed_object_opened",
                Verdict.backward,
                "the object now accepts keys it does not name; old readers reject documents that use this",
            )
        elif new_other.false and not old_other.false:
            self._add(
                f"{path}/*",
                "open_object_closed",
                Verdict.forward,
                "the object no longer accepts keys it does not name; old documents with any are rejected",
            )
        elif not old_other.false:
            self._compare(old_other, new_other, f"{path}/*", depth + 1)

    def _compare_required(self, old: tuple[Part, ...], new: tuple[Part, ...], path: str) -> None:
        old_required, new_required = _required(old), _required(new)
        for name in sorted(new_required - old_required):
            self._add(
                f"{path}/{name}",
                "required_added",
                Verdict.forward,
                f"key {name!r} is now required: old documents without it are rejected",
            )
        for name in sorted(old_required - new_required):
            self._add(
                f"{path}/{name}",
                "required_removed",
                Verdict.backward,
                f"key {name!r} is no longer required: new documents may lack it, which old readers reject",
            )

    def _compare_pattern_properties(
        self, old: tuple[Part, ...], new: tuple[Part, ...], path: str, depth: int
    ) -> None:
        old_patterns, new_patterns = _patterns(old), _patterns(new)
        if old_patterns != new_patterns:
            self._add(
                f"{path}/*",
                "pattern_properties_changed",
                Verdict.undecidable,
                "the patterns that select keys changed; which keys each selects cannot be decided here",
                sorted(old_patterns),
                sorted(new_patterns),
            )
            return
        declared = _declared(old) | _declared(new)
        for pattern in sorted(old_patterns):
            key = _key_matching(pattern, declared)
            if key is None:
                self._add(
                    f"{path}/<{pattern}>",
                    "pattern_unsampled",
                    Verdict.undecidable,
                    "no key matching this pattern could be drawn to compare what it requires",
                )
                continue
            # Every part applies to such a key (its pattern schemas, and the additionalProperties
            # of parts whose own patterns do not match it), so compare the effective schemas.
            self._compare(
                effective_property(self.old, old, key),
                effective_property(self.new, new, key),
                f"{path}/<{pattern}>",
                depth + 1,
            )


def _declared(parts: tuple[Part, ...]) -> set[str]:
    return {str(name) for part in parts for name in (part.schema.get("properties") or {})}


def _required(parts: tuple[Part, ...]) -> set[str]:
    return {str(name) for part in parts for name in (part.schema.get("required") or [])}


def _patterns(parts: tuple[Part, ...]) -> set[str]:
    return {str(pattern) for part in parts for pattern in (part.schema.get("patternProperties") or {})}


def _key_matching(pattern: str, avoid: set[str]) -> str | None:
    """A key that ``pattern`` selects and no property declares (drawn the same way every time)."""
    rng = random.Random(pattern)
    for _ in range(20):
        key = sample_matching(pattern, rng)
        if key is not None and key not in avoid:
            return key
    return None
