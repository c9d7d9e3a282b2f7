"""What a descriptor's data key says about its readings: the schema of one reading, or why there is none.

``dtype`` gives a scalar reading's JSON type, ``shape`` the nesting and lengths
of an array reading, ``dtype_numpy`` the type of its items (see
:mod:`event_model.validation.event_schema` for the rules). A data key that
cannot describe readings raises (or, for a whole-run check, records) an
:class:`UnusableDataKey` naming the path and what was expected.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..describe import format_json_path
from ..describe import short_repr as _safe_repr
from ..errors import EventModelError, EventModelKeyError, EventModelTypeError, EventModelValueError

__all__ = [
    "MAX_DIMENSIONS",
    "MAX_LENGTH",
    "ReadingOptions",
    "UnusableDataKey",
    "UnusableDataKeyKeyError",
    "UnusableDataKeyTypeError",
    "UnusableDataKeyValueError",
    "data_keys_of",
    "is_stream_backed",
    "reading_schemas",
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


@dataclass
class ReadingOptions:
    """How the readings' schemas are built: strictly (the public functions) or for a whole-run check."""

    problems: list[UnusableDataKey] | None = None
    integers_as_numbers: bool = False
    integer_keys: set[str] = field(default_factory=set)


def data_keys_of(descriptor: Any) -> Mapping[str, Any]:
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


def is_stream_backed(data_key: Any) -> bool:
    """Tell whether a data key's data travel in stream resources (external 'STREAM:')."""
    return isinstance(data_key, Mapping) and data_key.get("external") == "STREAM:"


def reading_schemas(
    descriptor: Mapping[str, Any], options: ReadingOptions
) -> dict[str, tuple[dict[str, Any], str]]:
    """Map each data key to (schema of one reading, 'inline' | 'external' | 'stream')."""
    data_keys = data_keys_of(descriptor)
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
    data_key: Mapping[str, Any], key: Any, path: list[Any], options: ReadingOptions
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


def _problem(options: ReadingOptions, problem: UnusableDataKey) -> None:
    """Raise *problem*, or record it when the schema is built for a whole-run check."""
    if options.problems is None:
        raise problem
    options.problems.append(problem)


def _lengths(shape: Any, key: Any, path: list[Any], options: ReadingOptions) -> list[int | None] | None:
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
