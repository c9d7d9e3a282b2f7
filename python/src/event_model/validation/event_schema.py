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
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..describe import format_json_path
from ..describe import short_repr as _safe_repr
from ..document_names import DocumentNames
from ..errors import EventModelError, EventModelKeyError, EventModelTypeError, EventModelValueError
from ..schema_files import schemas

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

MAX_DIMENSIONS = 64
"""The most dimensions a data key's shape may have (numpy's own limit)."""

MAX_LENGTH = 2**63 - 1
"""The largest length of one dimension (the largest numpy array index)."""


class UnusableDataKey(EventModelError):
    """A descriptor's data key that cannot describe readings: its dtype or shape is not usable.

    ``document_name`` is ``"descriptor"``, ``key`` the data key, ``path`` the
    JSON path of the offending value inside the descriptor (such as
    ``"$.data_keys.det.shape[1]"``) and ``problem`` the message without the place.
    """

    def __init__(self, message: str, *, key: Any, path: str, problem: str) -> None:
        super().__init__(message)
        self.document_name = "descriptor"
        self.key = key
        self.path = path
        self.problem = problem

    def __str__(self) -> str:
        return str(self.args[0])


class UnusableDataKeyKeyError(UnusableDataKey, EventModelKeyError):
    """A data key lacks what a reading's schema needs (its dtype)."""


class UnusableDataKeyTypeError(UnusableDataKey, EventModelTypeError):
    """A data key, its dtype or its shape is of the wrong type."""


class UnusableDataKeyValueError(UnusableDataKey, EventModelValueError):
    """A data key's dtype is not a dtype name, or its shape holds an impossible length."""


_DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema"

_SCALAR_SCHEMAS: dict[str, dict[str, Any]] = {
    "number": {"type": "number"},
    # ophyd labels Python bools (an int subclass) 'integer', so booleans pass here.
    "integer": {"type": ["integer", "boolean"]},
    "string": {"type": "string"},
    "boolean": {"type": "boolean"},
}

_NUMPY_KIND_SCHEMAS: dict[str, dict[str, Any]] = {
    "f": {"type": "number"},
    "i": {"type": "integer"},
    "u": {"type": "integer"},
    "b": {"type": "boolean"},
    "U": {"type": "string"},
    "S": {"type": "string"},
}

_DTYPES = frozenset({"string", "number", "array", "boolean", "integer"})


def event_keys(descriptor: Mapping[str, Any]) -> frozenset[str]:
    """Return the data keys every event of the stream must carry (all but 'STREAM:' keys)."""
    data_keys = _data_keys_of(descriptor)
    return frozenset(key for key, data_key in data_keys.items() if not _is_stream_backed(data_key))


def stream_keys(descriptor: Mapping[str, Any]) -> frozenset[str]:
    """Return the data keys whose data travel in stream resources ('STREAM:'), not in events."""
    data_keys = _data_keys_of(descriptor)
    return frozenset(key for key, data_key in data_keys.items() if _is_stream_backed(data_key))


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
    return _event_schema(descriptor, _Options())


def event_page_schema_for(descriptor: Mapping[str, Any]) -> dict[str, Any]:
    """Return a JSON Schema (draft 2020-12) for the event pages of the stream ``descriptor`` describes.

    Like :func:`event_schema_for`, column by column: each ``data`` column is an
    array of readings, each ``timestamps`` column an array of numbers. A schema
    cannot say that columns have equal lengths; check that separately.
    """
    return _event_page_schema(descriptor, _Options())


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
    options = _Options(problems=[], integers_as_numbers=True)
    event = _event_schema(descriptor, options)
    page = _event_page_schema(descriptor, _Options(problems=[], integers_as_numbers=True))
    return StreamSchemas(event, page, options.problems or [], frozenset(options.integer_keys))


@dataclass
class _Options:
    """How the readings' schemas are built: strictly (the public functions) or for a whole-run check."""

    problems: list[UnusableDataKey] | None = None
    integers_as_numbers: bool = False
    integer_keys: set[str] = field(default_factory=set)


def _event_schema(descriptor: Mapping[str, Any], options: _Options) -> dict[str, Any]:
    """Build the schema of the stream's events (see event_schema_for)."""
    readings = _reading_schemas(descriptor, options)
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


def _event_page_schema(descriptor: Mapping[str, Any], options: _Options) -> dict[str, Any]:
    """Build the schema of the stream's event pages (see event_page_schema_for)."""
    readings = _reading_schemas(descriptor, options)
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
    flat = _flatten(generic)
    if flat is not None:
        properties, required_fields, definitions = flat
        for name, extra in constraints.items():
            if name in properties:  # a field the generic schema forbids stays forbidden
                properties[name] = _both(properties[name], extra)
        schema = {
            **header,
            "type": "object",
            "properties": properties,
            "required": required_fields,
            "additionalProperties": False,
        }
        still_used = _referenced_definitions(schema, definitions)
        if still_used:
            schema["$defs"] = still_used
        return schema
    # The generic schema has a shape _flatten does not know: embed it whole and refer to it.
    generic_id = generic.get("$id")
    if not isinstance(generic_id, str):  # pragma: no cover - every shipped schema has an $id
        raise EventModelValueError(f"the packaged {document.value} schema has no $id to refer to")
    generic.pop("$schema", None)
    return {**header, "$ref": generic_id, "properties": constraints, "$defs": {"generic": generic}}


_ANNOTATIONS = frozenset({"title", "description", "$comment", "examples", "default"})


def _flatten(schema: dict[str, Any]) -> tuple[dict[str, Any], list[str], dict[str, Any]] | None:
    """Rewrite a generic document schema as plain properties, or return None if it has another shape.

    The event and event page schemas are objects whose fields are listed partly
    in ``properties`` and partly in ``$defs`` reached through ``allOf``/``$ref``,
    closed by ``unevaluatedProperties: false``. The same constraints written as
    one ``properties`` list closed by ``additionalProperties: false`` accept the
    same documents, and jsonschema-rs checks them about twice as fast: this is
    the per-event cost of the run validator, hence the rewrite. Any shape other
    than that one is left alone (None).
    """
    allowed = {"$schema", "$id", "type", "allOf", "properties", "required", "unevaluatedProperties", "$defs"}
    if not set(schema) <= allowed | _ANNOTATIONS or schema.get("type") != "object":
        return None
    if schema.get("unevaluatedProperties") is not False:
        return None
    definitions: dict[str, Any] = schema.get("$defs", {})
    properties: dict[str, Any] = dict(schema.get("properties", {}))
    required: list[str] = list(schema.get("required", []))
    for part in schema.get("allOf", []):
        reference = part.get("$ref") if isinstance(part, dict) and len(part) == 1 else None
        if not isinstance(reference, str) or not reference.startswith("#/$defs/"):
            return None
        target = definitions.get(reference[len("#/$defs/") :])
        if (
            not isinstance(target, dict)
            or not set(target) <= {"type", "properties", "required"} | _ANNOTATIONS
        ):
            return None
        if target.get("type", "object") != "object":
            return None
        for name, subschema in target.get("properties", {}).items():
            properties[name] = _both(properties[name], subschema) if name in properties else subschema
        required.extend(name for name in target.get("required", []) if name not in required)
    return properties, required, definitions


def _referenced_definitions(schema: Any, definitions: dict[str, Any]) -> dict[str, Any]:
    """The entries of ``definitions`` that ``schema`` (or a kept entry) still refers to."""
    kept: dict[str, Any] = {}
    text = json.dumps(schema)
    grew = True
    while grew:
        grew = False
        for name, definition in definitions.items():
            if name not in kept and f'"#/$defs/{name}"' in text:
                kept[name] = definition
                text += json.dumps(definition)
                grew = True
    return kept


def _both(first: Any, second: Any) -> Any:
    """A schema that requires both ``first`` and ``second``: merged when they do not overlap."""
    if not isinstance(first, dict) or not isinstance(second, dict):
        return {"allOf": [first, second]}
    first = {key: value for key, value in first.items() if key not in _ANNOTATIONS}
    if first.get("additionalProperties") is True:
        del first["additionalProperties"]  # 'anything else is allowed' constrains nothing
    shared = set(first) & set(second)
    if all(key == "type" and first[key] == second[key] for key in shared):
        return {**first, **second}
    return {"allOf": [first, second]}


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


def _data_keys_of(descriptor: Any) -> Mapping[str, Any]:
    """Return ``descriptor['data_keys']``, or raise an error naming what is wrong."""
    if not isinstance(descriptor, Mapping):
        raise EventModelTypeError(
            f"{_safe_repr(descriptor)} is not a descriptor document: "
            f"expected a mapping, got {type(descriptor).__name__}"
        )
    try:
        data_keys = descriptor["data_keys"]
    except KeyError:
        raise EventModelKeyError(
            f"descriptor {_safe_repr(descriptor.get('uid'))} has no 'data_keys': cannot build an event schema"
        ) from None
    if not isinstance(data_keys, Mapping):
        raise EventModelTypeError(
            f"{_safe_repr(data_keys)} at descriptor.data_keys is not a mapping: expected "
            "an object of data key name -> data key description"
        )
    return data_keys


def _is_stream_backed(data_key: Any) -> bool:
    """Tell whether a data key's data travel in stream resources (external 'STREAM:')."""
    return isinstance(data_key, Mapping) and data_key.get("external") == "STREAM:"


def _reading_schemas(
    descriptor: Mapping[str, Any], options: _Options
) -> dict[str, tuple[dict[str, Any], str]]:
    """Map each data key to (schema of one reading, 'inline' | 'external' | 'stream')."""
    data_keys = _data_keys_of(descriptor)
    readings: dict[str, tuple[dict[str, Any], str]] = {}
    for key, data_key in data_keys.items():
        path = ["data_keys", key]
        kind = "inline"
        try:
            if not isinstance(data_key, Mapping):
                raise _unusable(
                    UnusableDataKeyTypeError,
                    key,
                    path,
                    data_key,
                    "is not a mapping: expected a data key description with dtype and shape",
                )
            external = data_key.get("external")
            if external == "STREAM:":
                kind = "stream"
            elif external is not None:
                kind = "external"
            reading = _reading_schema(data_key, key, path, options)
        except UnusableDataKey as problem:
            if options.problems is None:
                raise
            options.problems.append(problem)
            reading = {}  # this key's readings go unchecked; the key itself is still required
        readings[key] = (reading, kind)
    return readings


def _unusable(
    cls: type[UnusableDataKey], key: Any, path: list[Any], value: Any, problem: str
) -> UnusableDataKey:
    """Make the error for an unusable data key: the value, its place in the descriptor, what was expected.

    *problem* follows the value (``"is not a dtype: expected ..."``); *value*
    is ``...`` when something is missing rather than wrong.
    """
    place = f"descriptor.{format_json_path(path)}"
    shown = "" if value is ... else f"{_safe_repr(value)} "
    message = f"{place} {problem}" if value is ... else f"{shown}at {place} {problem}"
    return cls(message, key=key, path="$." + format_json_path(path), problem=f"{shown}{problem}")


def _reading_schema(
    data_key: Mapping[str, Any], key: Any, path: list[Any], options: _Options
) -> dict[str, Any]:
    """Build the schema of one reading from a data key's dtype, dtype_numpy and shape.

    A problem raises, or with ``options.problems`` is recorded there while what
    can still be checked is: a bad dtype leaves the innermost values unchecked,
    a bad length lets that dimension have any length.
    """
    expected = f"expected one of {', '.join(repr(name) for name in sorted(_DTYPES))}"
    dtype = data_key.get("dtype")
    if "dtype" not in data_key:
        _problem(options, _unusable(UnusableDataKeyKeyError, key, path, ..., f"has no 'dtype': {expected}"))
    elif not isinstance(dtype, str):
        problem = _unusable(
            UnusableDataKeyTypeError, key, [*path, "dtype"], dtype, f"is not a dtype name: {expected}"
        )
        _problem(options, problem)
    elif dtype not in _DTYPES:
        _problem(
            options,
            _unusable(UnusableDataKeyValueError, key, [*path, "dtype"], dtype, f"is not a dtype: {expected}"),
        )
    shape = _lengths(data_key.get("shape", []), key, [*path, "shape"], options)
    if shape is None:
        return {}  # an unusable shape (recorded): the reading is not checked
    leaf: dict[str, Any]
    if dtype == "array":
        if not shape:
            return {"type": "array"}  # an array whose shape the descriptor does not say
        leaf = _numpy_leaf_schema(data_key.get("dtype_numpy"))
    elif dtype == "integer" and options.integers_as_numbers:
        if not shape:
            options.integer_keys.add(key)
        leaf = {"type": ["number", "boolean"]}
    elif isinstance(dtype, str) and dtype in _SCALAR_SCHEMAS:
        leaf = dict(_SCALAR_SCHEMAS[dtype])
    else:
        leaf = {}  # an unusable dtype (recorded): values are not constrained
    schema = leaf
    for length in reversed(shape):
        level: dict[str, Any] = {"type": "array", "items": schema}
        if length is not None:
            level["minItems"] = length
            level["maxItems"] = length
        schema = level
    return schema


def _problem(options: _Options, problem: UnusableDataKey) -> None:
    """Raise *problem*, or record it when the schema is built for a whole-run check."""
    if options.problems is None:
        raise problem
    options.problems.append(problem)


def _lengths(shape: Any, key: Any, path: list[Any], options: _Options) -> list[int | None] | None:
    """Return a data key's shape as lengths (None: any length), or raise saying what is wrong with it.

    When problems are recorded instead, an unusable shape counts as no shape
    (None: the reading is not checked) and a bad length as any length.
    """
    if isinstance(shape, (str, bytes)) or not isinstance(shape, Sequence):
        message = "is not a list: expected a list of lengths (integers or null)"
        _problem(options, _unusable(UnusableDataKeyTypeError, key, path, shape, message))
        return None
    if len(shape) > MAX_DIMENSIONS:
        message = f"has {len(shape)} dimensions: expected at most {MAX_DIMENSIONS} (numpy's limit)"
        _problem(options, _unusable(UnusableDataKeyValueError, key, path, ..., message))
        return None
    lengths: list[int | None] = []
    for position, length in enumerate(shape):
        if isinstance(length, float) and length.is_integer():
            length = int(length)  # JSON Schema counts 2.0 as an integer, so does the descriptor schema
        if length is not None and (
            isinstance(length, bool) or not isinstance(length, int) or not 0 <= length <= MAX_LENGTH
        ):
            message = f"is not a length: expected a non-negative integer up to {MAX_LENGTH} or null"
            _problem(options, _unusable(UnusableDataKeyValueError, key, [*path, position], length, message))
            length = None
        lengths.append(length)
    return lengths


def _numpy_leaf_schema(dtype_numpy: Any) -> dict[str, Any]:
    """Schema of the innermost items of an array, from a numpy type string such as '<f8'."""
    if isinstance(dtype_numpy, str) and len(dtype_numpy) >= 2:
        return dict(_NUMPY_KIND_SCHEMAS.get(dtype_numpy[1], {}))
    return {}  # structured or unknown: items are not constrained
