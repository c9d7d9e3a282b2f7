"""Checker "schema validity": every document against the generic schema of its type (``schema``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ..validation import DocumentValidationError, SchemaValidator, UnreadableDocumentError
from .findings import FindingLog
from .streams import generic_schema

__all__ = ["SchemaCheck", "is_valid", "schema_errors"]

_KEY_KEYWORDS = frozenset({"required", "additionalProperties", "unevaluatedProperties"})


def schema_errors(validator: SchemaValidator, doc: Any) -> list[DocumentValidationError]:
    """Every reason ``doc`` fails the validator's schema (empty when it is valid), one per mistake.

    Several errors about one value are one mistake: a dtype that is an object
    fails both ``type`` and ``enum``. So only the first error about a value at a
    path is kept, and the first of each keyword about an object's keys, except
    ``required``: jsonschema gives one error per missing key (the first of them
    names them all), and two rules may require keys of one object (an event's
    and its PartialEvent's), so a ``required`` error is kept when it names a
    missing key not yet reported at its path.
    """
    kept: list[DocumentValidationError] = []
    seen: set[tuple[str, str]] = set()
    reported_missing: dict[str, set[Any]] = {}
    try:
        errors = list(validator.iter_errors(doc))
    except UnreadableDocumentError as unreadable:  # a TypeError for library callers, a finding here
        errors = [unreadable]
    for error in errors:
        keyword = str(error.validator)
        missing = _missing_keys(error) if keyword == "required" else None
        if missing is not None:
            known = reported_missing.setdefault(error.json_path, set())
            if not missing - known:
                continue
            known |= missing
            kept.append(error)
            continue
        mistake = (error.json_path, keyword if keyword in _KEY_KEYWORDS else "value")
        if mistake not in seen:
            seen.add(mistake)
            kept.append(error)
    return kept


def _missing_keys(error: DocumentValidationError) -> set[Any] | None:
    """The keys that the ``required`` rule of ``error`` finds missing (None if it cannot tell)."""
    required, instance = getattr(error, "validator_value", None), getattr(error, "instance", None)
    if not isinstance(required, list) or not isinstance(instance, Mapping):
        return None
    return {name for name in required if isinstance(name, str) and name not in instance}


def is_valid(check: Callable[[Any], bool], doc: Any) -> bool:
    """``check(doc)``, with a document no validator can read counted as invalid, not raised."""
    try:
        return check(doc)
    except UnreadableDocumentError:
        return False


class SchemaCheck:
    """Validate documents against the generic schema of their type and report each mistake."""

    __slots__ = ("log",)

    def __init__(self, log: FindingLog) -> None:
        self.log = log

    def check(self, doc: Mapping[str, Any]) -> list[str]:
        """Validate ``doc`` against the generic schema of its type; report each error, return their paths."""
        validator = generic_schema(self.log.name)
        if not is_valid(validator.is_valid, doc):
            return self.report_errors(validator, doc)
        return []

    def report_errors(self, validator: SchemaValidator, doc: Any) -> list[str]:
        """Report why ``doc`` fails its generic schema (one finding per error); return the errors' paths."""
        errors = schema_errors(validator, doc)
        if not errors:  # is_valid and iter_errors disagree: say so rather than stay silent
            self.log.report("schema", "$", f"the {self.log.name} document fails its schema")
            return ["$"]
        for error in errors:
            self.log.report("schema", error.json_path, error.problem)
        return [error.json_path for error in errors]
