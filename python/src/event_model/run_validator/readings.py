"""Checker "keys and types" of events and pages: keys equal the descriptor's, readings fit its data keys.

Codes: ``data-keys`` (data/timestamps/filled keys disagree with the descriptor),
``data-type`` (a reading has the wrong type or shape for its data key, from the
stream's schema, :func:`event_model.event_schema.event_schema_for`) and
``float-in-integer-key`` (a warning, once per stream and key).
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import Any

from ..describe import short_repr
from ..validation import DocumentValidationError
from .findings import FindingLog
from .schema_checks import schema_errors
from .streams import Stream, generic_schema

__all__ = ["ReadingCheck", "is_fraction"]

_KEYED_PARTS = ("$.data", "$.timestamps", "$.filled")


class ReadingCheck:
    """Explain why an event (page) fails its stream's schema, and warn about fractions in integer keys."""

    __slots__ = ("log",)

    def __init__(self, log: FindingLog) -> None:
        self.log = log

    def explain(self, doc: Mapping[str, Any], stream: Stream, *, page: bool) -> None:
        """Report why an event (page) fails its stream's schema: keys, generic schema, then types."""
        log = self.log
        key_problems = self.report_key_mismatch(doc, stream)
        generic_errors = schema_errors(generic_schema(log.name), doc)
        for error in generic_errors:
            log.report("schema", error.json_path, error.problem)
        # An error the generic schema reported already, by keyword or in the same words, is not repeated.
        already = {(error.json_path, error.validator) for error in generic_errors}
        already.update((error.json_path, error.problem) for error in generic_errors)
        validator = stream.page_schema if page else stream.event_schema
        reported = bool(generic_errors)
        stream_errors = _with_alternatives_chosen(schema_errors(validator, doc), log.name)
        for error in _most_specific(stream_errors):
            path = error.json_path
            if (path, error.validator) in already or (path, error.problem) in already:
                continue
            keyed = error.validator in ("required", "additionalProperties") and path in _KEYED_PARTS
            if keyed and key_problems:
                continue  # already reported, in clearer words, as a data-keys finding
            log.report("data-type", path, error.problem + _declared_as(stream, tuple(error.absolute_path)))
            already.add((path, error.problem))
            reported = True
        if not reported and not key_problems:
            log.report("schema", "$", f"the {log.name} fails the schema of its stream")

    def report_key_mismatch(self, doc: Mapping[str, Any], stream: Stream) -> bool:
        """Compare data, timestamps and filled keys with the descriptor's; report and tell if they differ."""
        expected = stream.event_keys
        found = False
        for part in ("data", "timestamps"):
            mapping = doc.get(part)
            if not isinstance(mapping, Mapping):
                continue
            keys = frozenset(mapping) - stream.stream_keys
            if keys != expected:
                found = True
                self.log.report("data-keys", f"$.{part}", _key_difference(part, keys, expected))
        filled = doc.get("filled")
        if isinstance(filled, Mapping):
            data = doc.get("data")
            data_keys = frozenset(data) if isinstance(data, Mapping) else frozenset()
            extra = frozenset(filled) - data_keys
            if extra:
                found = True
                self.log.report(
                    "data-keys",
                    "$.filled",
                    f"{sorted(extra)} in filled are not keys of data: filled may only mention data keys",
                )
        return found

    def check_integer_readings(self, doc: Mapping[str, Any], stream: Stream, *, page: bool) -> None:
        """Warn, once per stream and key, about a fractional reading of a key declared 'integer'.

        Real producers do this: ophyd's simulated motor infers its setpoint's
        dtype from its initial value (0, so 'integer') and then reads 0.5. The
        readings are fine; the descriptor is wrong. It is a data-quality warning
        (readers that trust the dtype would truncate), not an error.
        """
        data = doc.get("data")
        if not isinstance(data, Mapping):
            return
        for key in sorted(stream.integer_keys):
            value = data.get(key)
            found = _first_fraction(value) if page else (value if is_fraction(value) else None)
            if found is None:
                continue
            stream.integer_keys.discard(key)
            where = (
                f"$.data[{key!r}]" if page else f"$.data.{key}" if key.isidentifier() else f"$.data[{key!r}]"
            )
            self.log.report(
                "float-in-integer-key",
                where,
                f"{found!r} is not a whole number, but the descriptor declares {key!r} with dtype 'integer': "
                "most likely the device inferred the dtype from an integer initial value and then read "
                "floats (ophyd's simulated motors do); declare dtype 'number' at the source "
                "(later readings of this key in this stream are not reported)",
                severity="warning",
            )


def is_fraction(value: Any) -> bool:
    """Whether *value* is a float (Python or numpy) that is not a whole number."""
    if isinstance(value, float):
        return not value.is_integer()
    np = sys.modules.get("numpy")  # a numpy float exists only once numpy is loaded
    if np is not None and isinstance(value, np.floating):
        return not float(value).is_integer()
    return False


def _first_fraction(column: Any) -> Any:
    """The first fractional float of a page's column (a list or a numpy array), or None."""
    np = sys.modules.get("numpy")  # a numpy array exists only once numpy is loaded
    if np is not None and isinstance(column, np.ndarray):
        if column.dtype.kind != "f" or column.size == 0:
            return None
        with np.errstate(invalid="ignore"):
            fractional = np.flatnonzero(np.asarray(column != np.floor(column)))
        return column.flat[fractional[0]].item() if fractional.size else None
    if isinstance(column, list):
        return next((value for value in column if is_fraction(value)), None)
    return None


def _declared_as(stream: Stream, parts: tuple[str | int, ...]) -> str:
    """Say how the descriptor declares the data key an error is about (or nothing)."""
    if len(parts) < 2 or parts[0] not in ("data", "timestamps"):
        return ""
    data_keys = stream.descriptor.get("data_keys")
    data_key = data_keys.get(parts[1]) if isinstance(data_keys, Mapping) else None
    if not isinstance(data_key, Mapping):
        return ""
    if parts[0] == "timestamps":
        return " (a timestamp is a number of seconds since the epoch)"
    declared = [
        f"dtype {short_repr(data_key.get('dtype'), 60)}",
        f"shape {short_repr(data_key.get('shape'), 60)}",
    ]
    if "dtype_numpy" in data_key:
        declared.append(f"dtype_numpy {short_repr(data_key['dtype_numpy'], 60)}")
    if "external" in data_key:
        declared.append(f"external {short_repr(data_key['external'], 60)}: a datum id while filled is false")
    return f" (the descriptor declares {parts[1]!r} with {', '.join(declared)})"


def _most_specific(errors: list[DocumentValidationError]) -> list[DocumentValidationError]:
    """Drop an 'anyOf' error where a more specific error names the same place."""
    specific_paths = {error.json_path for error in errors if error.validator != "anyOf"}
    return [error for error in errors if error.validator != "anyOf" or error.json_path not in specific_paths]


def _with_alternatives_chosen(
    errors: list[DocumentValidationError], document_name: str
) -> list[DocumentValidationError]:
    """Replace each 'anyOf' over the whole event (an external key's filled condition) by what its flag chose.

    Such a condition has one alternative per value of the key's ``filled`` flag
    (see :func:`event_model.event_schema.event_schema_for`); "no alternative fits"
    says little, the errors of the alternative whose flag matched (it fails only
    outside ``filled``) say what is wrong. If no flag matched, the flag itself is
    wrong, which the generic schema reports: the 'anyOf' is dropped when other
    errors remain.
    """
    chosen_errors: list[DocumentValidationError] = []
    for error in errors:
        if error.validator == "anyOf" and not error.path:
            chosen = _errors_of_matching_alternatives(error, document_name)
            if chosen:
                chosen_errors.extend(chosen)
                continue
            if len(errors) > 1:
                continue
        chosen_errors.append(error)
    return chosen_errors


def _errors_of_matching_alternatives(
    error: DocumentValidationError, document_name: str
) -> list[DocumentValidationError]:
    """The errors of the alternatives of an 'anyOf' that fail only outside the document's ``filled``."""
    by_alternative: dict[Any, list[Any]] = {}
    for child in error.context or ():
        by_alternative.setdefault(child.relative_schema_path[0], []).append(child)
    return [
        DocumentValidationError.from_schema_error(child, document_name, _no_lookup)
        for children in by_alternative.values()
        if all(next(iter(child.absolute_path), None) != "filled" for child in children)
        for child in children
    ]


def _no_lookup(reference: str) -> dict[str, Any]:
    """Resolve no ``$ref`` (the schemas of a stream's events have none where these errors arise)."""
    return {}


def _key_difference(part: str, found: frozenset[str], expected: frozenset[str]) -> str:
    """Describe how a set of event keys differs from the descriptor's."""
    pieces = []
    missing = sorted(expected - found)
    extra = sorted(found - expected)
    if missing:
        pieces.append(f"missing {missing}")
    if extra:
        pieces.append(f"unexpected {extra}")
    return f"{part} keys differ from the descriptor's data keys: {', '.join(pieces)}"
