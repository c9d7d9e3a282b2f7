"""JSON Schemas for the events of one stream, built from its descriptor: ``event_schema_for``.

The generic event schema says only that ``data`` is an object. A descriptor says
much more: which keys every event carries and, for each, the JSON type and shape
of a reading. :func:`event_schema_for` turns that into a draft 2020-12 schema
(the generic event schema plus per-key constraints), and
:func:`event_page_schema_for` does the same for event pages, column by column.

How a data key becomes a schema:

- ``dtype`` gives the JSON type of a scalar reading: ``'number'`` (integers
  included), ``'integer'`` (a whole number: ``2.0`` passes, ``2.5`` does not;
  ``true``/``false`` pass too, because ophyd describes Python booleans, which
  are integers, as ``'integer'``), ``'string'``, ``'boolean'``.
- A non-empty ``shape`` makes the reading nested arrays, one level per
  dimension, each of exactly that length; ``None`` in a shape means "any
  length". The innermost items take their type from ``dtype`` or, for
  ``dtype: 'array'``, from the kind of ``dtype_numpy`` ('f' number, 'i'/'u'
  integer, 'b' boolean, 'U'/'S' string; anything else is not constrained).
  ``dtype: 'array'`` with an empty shape means an array of unknown shape.
- ``external: 'STREAM:'`` keys are not in events at all (their data travel in
  stream resources and stream datums): they are neither required nor checked.
- Other ``external`` keys hold a datum id (a string) until the data are
  filled in: when ``filled[key]`` is ``false`` the value must be a string, when
  it is ``true`` (or the replaced datum id) the value must be the reading, and
  when ``filled`` does not mention the key either is accepted.
- ``timestamps`` has the same keys as ``data``, each a number; ``filled``
  may only mention data keys.

A data key that cannot describe readings (a ``dtype`` that is not one of the
five names, a ``shape`` that is not a list of lengths, more than
``MAX_DIMENSIONS`` dimensions, a negative length or one beyond
``MAX_LENGTH``; a length such as ``2.0`` counts as 2) makes both functions
raise an :class:`UnusableDataKey` error naming the descriptor, the path and
what was expected. :func:`stream_schemas` (what
:class:`~event_model.run_validator.RunValidator` uses) instead collects those
errors and leaves only such keys' readings unchecked.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..describe import short_repr as _safe_repr
from ..document_names import DocumentNames
from ..errors import EventModelValueError
from ..schema_files import schemas
from .data_keys import (
    MAX_DIMENSIONS,
    MAX_LENGTH,
    ReadingOptions,
    UnusableDataKey,
    UnusableDataKeyKeyError,
    UnusableDataKeyTypeError,
    UnusableDataKeyValueError,
    data_keys_of,
    is_stream_backed,
    reading_schemas,
)
from .flatten import both, flatten, referenced_definitions

__all__ = [
    "MAX_DIMENSIONS",
    "MAX_LENGTH",
    "StreamSchemas",
    "UnusableDataKey",
    "UnusableDataKeyKeyError",
    "UnusableDataKeyTypeError",
    "UnusableDataKeyValueError",
    "event_keys",
    "event_page_schema_for",
    "event_schema_for",
    "stream_keys",
    "stream_schemas",
]


_DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema"


def event_keys(descriptor: Mapping[str, Any]) -> frozenset[str]:
    """Return the data keys every event of the stream must carry (all but 'STREAM:' keys)."""
    data_keys = data_keys_of(descriptor)
    return frozenset(key for key, data_key in data_keys.items() if not is_stream_backed(data_key))


def stream_keys(descriptor: Mapping[str, Any]) -> frozenset[str]:
    """Return the data keys whose data travel in stream resources ('STREAM:'), not in events."""
    data_keys = data_keys_of(descriptor)
    return frozenset(key for key, data_key in data_keys.items() if is_stream_backed(data_key))


def event_schema_for(descriptor: Mapping[str, Any]) -> dict[str, Any]:
    """Return a JSON Schema (draft 2020-12) for the events of the stream ``descriptor`` describes.

    The schema holds every rule of the generic event schema and adds: ``descriptor`` equal to
    this descriptor's uid; ``data`` and ``timestamps`` with exactly the
    descriptor's keys (keys backed by stream resources may be left out); each
    reading typed from its data key (see the module docstring); ``filled``
    mentioning only data keys. Raises EventModelKeyError, EventModelTypeError or
    EventModelValueError, naming the path, when ``descriptor`` is not a usable
    descriptor (an :class:`UnusableDataKey` for a data key that cannot describe
    readings).
    """
    return _event_schema(descriptor, ReadingOptions())


def event_page_schema_for(descriptor: Mapping[str, Any]) -> dict[str, Any]:
    """Return a JSON Schema (draft 2020-12) for the event pages of the stream ``descriptor`` describes.

    Like :func:`event_schema_for`, column by column: each ``data`` column is an
    array of readings, each ``timestamps`` column an array of numbers. A schema
    cannot say that columns have equal lengths; check that separately.
    """
    return _event_page_schema(descriptor, ReadingOptions())


@dataclass
class StreamSchemas:
    """The schemas of one stream's events and pages as a whole-run check uses them.

    ``problems`` lists the data keys that cannot describe readings (their
    readings are left unchecked, the other keys are checked as usual);
    ``integer_keys`` the scalar keys declared ``dtype: 'integer'``, whose
    readings the schemas accept as any number (see :func:`stream_schemas`).
    """

    event: dict[str, Any]
    page: dict[str, Any]
    problems: list[UnusableDataKey] = field(default_factory=list)
    integer_keys: frozenset[str] = frozenset()


def stream_schemas(descriptor: Mapping[str, Any]) -> StreamSchemas:
    """Return the event and event page schemas of a stream for checking a whole run, and their problems.

    Unlike :func:`event_schema_for`, a data key that cannot describe readings
    does not raise: it is listed in ``problems`` and only its readings go
    unchecked. And a scalar key declared ``dtype: 'integer'`` accepts any
    number: real producers declare an integer and read floats (ophyd's
    simulated motors infer the dtype of their setpoint from its initial value,
    0, then read 0.5). That is a data-quality warning, not a malformed event,
    so the check that such readings are whole numbers is left to the caller
    (the schema would otherwise send every event of the stream down the slow
    path of explaining a failure). Raises as event_schema_for does when the
    descriptor or its ``data_keys`` is not a mapping.
    """
    options = ReadingOptions(problems=[], integers_as_numbers=True)
    event = _event_schema(descriptor, options)
    page = _event_page_schema(descriptor, ReadingOptions(problems=[], integers_as_numbers=True))
    return StreamSchemas(event, page, options.problems or [], frozenset(options.integer_keys))


def _event_schema(descriptor: Mapping[str, Any], options: ReadingOptions) -> dict[str, Any]:
    """Build the schema of the stream's events (see event_schema_for)."""
    readings = reading_schemas(descriptor, options)
    data_properties: dict[str, Any] = {}
    conditions: list[dict[str, Any]] = []
    for key, (reading, kind) in readings.items():
        if kind == "stream":
            data_properties[key] = True
        elif kind == "external":
            data_properties[key] = {"anyOf": [{"type": "string"}, reading]}
            conditions.append(_event_filled_condition(key, reading))
        else:
            data_properties[key] = reading
    required = sorted(key for key, (_, kind) in readings.items() if kind != "stream")
    schema = _frame(
        descriptor,
        DocumentNames.event,
        f"Event of stream {_stream_label(descriptor)}",
        data_properties,
        {key: ({"type": "number"} if kind != "stream" else True) for key, (_, kind) in readings.items()},
        required,
    )
    if conditions:
        schema["allOf"] = conditions
    return schema


def _event_page_schema(descriptor: Mapping[str, Any], options: ReadingOptions) -> dict[str, Any]:
    """Build the schema of the stream's event pages (see event_page_schema_for)."""
    readings = reading_schemas(descriptor, options)
    data_properties: dict[str, Any] = {}
    conditions: list[dict[str, Any]] = []
    for key, (reading, kind) in readings.items():
        if kind == "stream":
            data_properties[key] = True
        elif kind == "external":
            data_properties[key] = {"type": "array", "items": {"anyOf": [{"type": "string"}, reading]}}
            conditions.append(_page_filled_condition(key, reading))
        else:
            data_properties[key] = {"type": "array", "items": reading}
    number_column = {"type": "array", "items": {"type": "number"}}
    required = sorted(key for key, (_, kind) in readings.items() if kind != "stream")
    schema = _frame(
        descriptor,
        DocumentNames.event_page,
        f"EventPage of stream {_stream_label(descriptor)}",
        data_properties,
        {key: (number_column if kind != "stream" else True) for key, (_, kind) in readings.items()},
        required,
    )
    if conditions:
        schema["allOf"] = conditions
    return schema


def _frame(
    descriptor: Mapping[str, Any],
    document: DocumentNames,
    title: str,
    data_properties: dict[str, Any],
    timestamp_properties: dict[str, Any],
    required: list[str],
) -> dict[str, Any]:
    """Combine the generic schema of ``document`` with the per-key constraints of one stream."""
    uid = descriptor.get("uid")
    constraints: dict[str, Any] = {
        "data": {
            "type": "object",
            "properties": data_properties,
            "required": required,
            "additionalProperties": False,
        },
        "timestamps": {
            "type": "object",
            "properties": timestamp_properties,
            "required": required,
            "additionalProperties": False,
        },
        "filled": {
            "type": "object",
            "properties": dict.fromkeys(data_properties, True),
            "additionalProperties": False,
        },
    }
    if isinstance(uid, str):
        constraints["descriptor"] = {"const": uid}
    header = {
        "$schema": _DRAFT_2020_12,
        "title": title,
        "description": (
            f"The {document.value} documents of the stream described by descriptor {_safe_repr(uid)}: the "
            f"generic {document.value} schema plus the data keys, types and shapes it declares."
        ),
    }
    generic = copy.deepcopy(schemas[document])
    flat = flatten(generic)
    if flat is not None:
        properties, required_fields, definitions = flat
        for name, extra in constraints.items():
            if name in properties:  # a field the generic schema forbids stays forbidden
                properties[name] = both(properties[name], extra)
        schema = {
            **header,
            "type": "object",
            "properties": properties,
            "required": required_fields,
            "additionalProperties": False,
        }
        still_used = referenced_definitions(schema, definitions)
        if still_used:
            schema["$defs"] = still_used
        return schema
    # The generic schema has a shape flatten does not know: embed it whole and refer to it.
    generic_id = generic.get("$id")
    if not isinstance(generic_id, str):  # pragma: no cover - every shipped schema has an $id
        raise EventModelValueError(f"the packaged {document.value} schema has no $id to refer to")
    generic.pop("$schema", None)
    return {**header, "$ref": generic_id, "properties": constraints, "$defs": {"generic": generic}}


def _event_filled_condition(key: str, reading: dict[str, Any]) -> dict[str, Any]:
    """Tie an external key's value to its ``filled`` flag: a datum id while false, a reading once true.

    Written as three alternatives (flag false and a string; flag true or a string
    and a reading; no flag) rather than if/then/else: the generic schema allows
    only booleans and strings as flags, so the two say the same, and this form
    uses only keywords the jsonschema-rs fast path of
    :class:`event_model.validation.SchemaValidator` can be trusted with, which
    keeps the events of streams with external keys on that path.
    """

    def flagged(flag: dict[str, Any], value: dict[str, Any]) -> dict[str, Any]:
        return {
            "required": ["filled"],
            "properties": {
                "filled": {"required": [key], "properties": {key: flag}},
                "data": {"properties": {key: value}},
            },
        }

    return {
        "anyOf": [
            flagged({"const": False}, {"type": "string"}),
            flagged({"anyOf": [{"const": True}, {"type": "string"}]}, reading),
            {"properties": {"filled": {"properties": {key: False}}}},  # filled does not mention the key
        ]
    }


def _page_filled_condition(key: str, reading: dict[str, Any]) -> dict[str, Any]:
    """Tie an external key's column to its ``filled`` column: datum ids if all false, readings if none is.

    A column mixing false and other flags constrains nothing beyond each value
    being a datum id or a reading. Saying "mixed" needs ``not`` (or
    ``contains``), so pages of streams with external keys are checked by the
    reference validator alone.
    """
    not_filled: dict[str, Any] = {"type": "array", "items": {"const": False}}
    filled: dict[str, Any] = {"type": "array", "items": {"not": {"const": False}}}
    as_datum_id: dict[str, Any] = {"items": {"type": "string"}}
    as_reading: dict[str, Any] = {"items": reading}

    def when_filled_is(flag: dict[str, Any]) -> dict[str, Any]:
        return {
            "properties": {"filled": {"properties": {key: flag}, "required": [key]}},
            "required": ["filled"],
        }

    def data_value(value: dict[str, Any]) -> dict[str, Any]:
        return {"properties": {"data": {"properties": {key: value}}}}

    return {
        "if": when_filled_is(not_filled),
        "then": data_value(as_datum_id),
        "else": {"if": when_filled_is(filled), "then": data_value(as_reading)},
    }


def _stream_label(descriptor: Mapping[str, Any]) -> str:
    """Describe a stream by name for a schema title."""
    name = descriptor.get("name")
    return _safe_repr(name) if isinstance(name, str) else "(unnamed)"
