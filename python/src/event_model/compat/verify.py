"""Put a diff's verdict to the test: draw documents from each version, validate them under the other.

:func:`verify_report` draws documents from the old schemas (kept only if the old
schemas accept them) and validates them under the new ones, and the same the other
way. An old document the new schemas reject is a *counterexample* to backward
compatibility, a new document the old schemas reject one to forward
compatibility. A verdict that claims a direction for which a counterexample turns
up is wrong; a direction that is not claimed and for which one turns up is
confirmed (the change really breaks it).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

import jsonschema_rs

from .diff import DiffReport
from .samples import DocumentSampler, all_declared_keys
from .schema_sets import DIALECT_DRAFT7, SchemaSet

__all__ = ["SetValidator", "Verification", "verify_report"]


class SetValidator:
    """A validator for each schema file of a set (jsonschema-rs, references resolved within the set)."""

    def __init__(self, schemas: SchemaSet) -> None:
        self.schemas = schemas
        entries = [(schemas.uris[name], schema) for name, schema in schemas.files.items()]
        registry = jsonschema_rs.Registry(entries)
        factory = (
            jsonschema_rs.Draft7Validator
            if schemas.dialect == DIALECT_DRAFT7
            else jsonschema_rs.Draft202012Validator
        )
        self._validators: dict[str, Any] = {}
        for name, schema in schemas.files.items():
            try:
                self._validators[name] = factory(schema, registry=registry, base_uri=schemas.uris[name])
            except jsonschema_rs.ValidationError:  # a schema its release used although not itself valid
                self._validators[name] = _reference_validator(schemas, name)

    def is_valid(self, file: str, document: Any) -> bool:
        """Whether the schema ``file`` accepts ``document``."""
        return bool(self._validators[file].is_valid(document))


def _reference_validator(schemas: SchemaSet, name: str) -> Any:
    """The python-jsonschema validator of one file, which (like event-model) does not check the schema."""
    import jsonschema
    import referencing

    resources = [
        (
            schemas.uris[file],
            referencing.Resource.from_contents(
                schema,
                default_specification=referencing.jsonschema.DRAFT7
                if schemas.dialect == DIALECT_DRAFT7
                else referencing.jsonschema.DRAFT202012,
            ),
        )
        for file, schema in schemas.files.items()
    ]
    registry: referencing.Registry[Any] = referencing.Registry().with_resources(resources)
    cls = jsonschema.Draft7Validator if schemas.dialect == DIALECT_DRAFT7 else jsonschema.Draft202012Validator
    return cls({"$ref": schemas.uris[name]}, registry=registry)


@dataclass
class Verification:
    """What the drawn documents showed, per direction and schema file."""

    drawn: dict[str, int] = field(default_factory=lambda: {"backward": 0, "forward": 0})
    counterexamples: dict[str, list[tuple[str, Any]]] = field(
        default_factory=lambda: {"backward": [], "forward": []}
    )

    def holds(self, direction: str) -> bool:
        """Whether no drawn document contradicted ``direction`` ('backward' or 'forward')."""
        return not self.counterexamples[direction]


def verify_report(
    report: DiffReport, old: SchemaSet, new: SchemaSet, *, samples: int = 1000, seed: int = 0, keep: int = 5
) -> Verification:
    """Draw up to ``samples`` valid documents per schema file and direction; collect counterexamples."""
    old_validator, new_validator = SetValidator(old), SetValidator(new)
    hints = all_declared_keys(old, new)
    result = Verification()
    files = sorted(set(old.files) & set(new.files))
    for direction, source, source_validator, target_validator in (
        ("backward", old, old_validator, new_validator),
        ("forward", new, new_validator, old_validator),
    ):
        sampler = DocumentSampler(source, random.Random(seed), hints)
        for file in files:
            found = 0
            for _ in range(samples * 4):
                if found >= samples:
                    break
                document = sampler.draw(file)
                if document is None or not source_validator.is_valid(file, document):
                    continue
                found += 1
                if not target_validator.is_valid(file, document):
                    if len(result.counterexamples[direction]) < keep:
                        result.counterexamples[direction].append((file, document))
                    elif keep == 0:
                        result.counterexamples[direction].append((file, None))
            result.drawn[direction] += found
    return result
