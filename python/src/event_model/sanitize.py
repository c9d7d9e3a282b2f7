"""Plain-Python copies of documents that hold numpy values, and a JSON encoder for them.

:func:`sanitize_doc` gives the same result as encoding a document to JSON with
:class:`NumpyEncoder` and decoding it again (what event-model 1.24 does), without the
round trip: containers are rebuilt, numpy arrays become nested lists through
``ndarray.tolist`` and numpy scalars become Python scalars through ``.item()``.
"""

from __future__ import annotations

import json
import math
import sys
from typing import Any

from .describe import python_path, short_repr
from .errors import EventModelRuntimeError, EventModelTypeError, EventModelValueError

__all__ = ["NumpyEncoder", "sanitize_doc"]

# Types that JSON writes and reads back as themselves (exactly these, not subclasses).
# Not int: json refuses to write an int of more digits than sys.get_int_max_str_digits().
_PLAIN_TYPES = frozenset({str, float, bool, type(None)})
# Ints this small are written by json under any digit limit (the lowest allowed is 640).
_SMALL_INT = 2**2000
# Array kinds whose ``tolist()`` already holds only bool, int and float.
_PLAIN_ARRAY_KINDS = frozenset("biuf")


def numpy_to_builtin(value: Any) -> Any:
    """What ``NumpyEncoder`` turns a numpy (or dask) value into; ``NotImplemented`` otherwise.

    Arrays become (nested) lists, scalars the matching Python scalar. The result may
    itself need converting (an object array's entries, a ``datetime`` from ``.item()``).
    """
    # A numpy (dask) value can only exist once numpy (dask.array) is imported: never import them here.
    numpy = sys.modules.get("numpy")
    if numpy is None:
        return NotImplemented
    dask_array = sys.modules.get("dask.array")
    if dask_array is not None and isinstance(value, dask_array.Array):
        value = numpy.asarray(value)
    if isinstance(value, numpy.ndarray):
        return value.tolist()
    if isinstance(value, numpy.generic):
        return value.item()
    return NotImplemented


class NumpyEncoder(json.JSONEncoder):
    """A JSON encoder that also writes numpy arrays, numpy scalars and numpy booleans.

    Arrays are written as (nested) lists and scalars as the matching JSON scalar, e.g.
    ``json.dumps({"a": numpy.array([1, 2])}, cls=NumpyEncoder)`` gives ``'{"a": [1, 2]}'``.
    Dask arrays are computed and written like numpy arrays.
    """

    def default(self, o: Any) -> Any:
        """Return a JSON-encodable stand-in for a numpy value, or refuse like the base class."""
        converted = numpy_to_builtin(o)
        if converted is NotImplemented:
            return super().default(o)
        return converted


class _NestedTooDeeply(EventModelRuntimeError, RecursionError):
    """A document nested beyond the interpreter's recursion limit (RecursionError, as in 1.24).

    event-model 1.24's sanitize_doc is a JSON round trip, whose encoder raises
    RecursionError there; this is also an EventModelError. Defined here rather than in
    ``errors`` because only sanitize_doc raises it.
    """


class _Unconvertible(Exception):
    """Internal signal carrying the path to a value that has no plain-Python form."""

    def __init__(self, value: Any, reason: str, kind: type[Exception] = EventModelTypeError) -> None:
        super().__init__(reason)
        self.value = value
        self.reason = reason
        self.kind = kind  # what sanitize_doc raises: the class json raised there
        self.keys: list[Any] = []


def sanitize_doc(doc: Any) -> Any:
    """Return a copy of ``doc`` in which every numpy value is replaced by plain Python.

    The copy equals ``json.loads(json.dumps(doc, cls=NumpyEncoder))``: dicts and lists are
    new, tuples become lists, mapping keys become strings the way JSON writes them
    (``1`` -> ``"1"``, ``True`` -> ``"true"``), numpy arrays become nested lists and numpy
    scalars Python scalars. Raises EventModelTypeError, naming the path, for a value JSON
    cannot hold (a set, bytes, a complex number ...), EventModelValueError for a container
    that contains itself or an int of more digits than ``sys.get_int_max_str_digits()``,
    and (like json) a RecursionError (also an EventModelRuntimeError) for a document
    nested beyond the recursion limit or a numpy scalar whose ``item()`` gives itself.
    """
    try:
        return _Sanitizer().convert(doc)
    except _Unconvertible as problem:
        where = python_path("doc", *reversed(problem.keys))
        raise problem.kind(
            f"{short_repr(problem.value)} (of type {type(problem.value).__name__}) at {where} "
            f"{problem.reason}"
        ) from None
    except _NestedTooDeeply:
        raise
    except RecursionError:
        raise _NestedTooDeeply("doc is nested too deeply to be converted to plain Python") from None


class _Sanitizer:
    """One conversion: remembers the containers being walked, to refuse cycles."""

    def __init__(self) -> None:
        self._open: set[int] = set()

    def convert(self, value: Any) -> Any:
        """The plain-Python form of ``value``.

        Containers are walked here rather than in helpers, so that each level of nesting
        costs one Python frame, as each costs json one level of C recursion.
        """
        if type(value) in _PLAIN_TYPES:
            return value
        if type(value) is int and -_SMALL_INT < value < _SMALL_INT:
            return value
        convert = self.convert
        if isinstance(value, dict):
            self._enter(value)
            mapping: dict[str, Any] = {}
            for key, item in value.items():
                text = key if type(key) is str else _json_key(key)
                try:
                    mapping[text] = item if type(item) in _PLAIN_TYPES else convert(item)
                except _Unconvertible as problem:
                    problem.keys.append(key)
                    raise
            self._open.discard(id(value))
            return mapping
        if isinstance(value, list | tuple):
            self._enter(value)
            items: list[Any] = []
            append = items.append
            for index, item in enumerate(value):
                try:
                    append(item if type(item) in _PLAIN_TYPES else convert(item))
                except _Unconvertible as problem:
                    problem.keys.append(index)
                    raise
            self._open.discard(id(value))
            return items
        return self._convert_scalar(value)

    def _enter(self, container: object) -> None:
        """Note that ``container`` is being walked; refuse it if it already is."""
        marker = id(container)
        if marker in self._open:
            raise EventModelValueError(
                "doc contains itself (a circular reference) and has no plain-Python copy"
            )
        self._open.add(marker)

    def _convert_scalar(self, value: Any) -> Any:
        """The plain-Python form of a value that is neither a container nor an exact builtin."""
        # Subclasses of the JSON scalar types are written as their base type's value.
        if isinstance(value, str):
            return str.__str__(value)
        if isinstance(value, int):
            return _int_json_writes(value)
        if isinstance(value, float):
            return float.__float__(value)
        converted = numpy_to_builtin(value)
        if converted is NotImplemented:
            raise _Unconvertible(value, "has no JSON (plain-Python) form")
        if isinstance(value, sys.modules["numpy"].ndarray):  # loaded: numpy_to_builtin converted it
            if value.dtype.kind in _PLAIN_ARRAY_KINDS:
                return converted  # tolist() of a bool/int/float array is already plain
            if value.dtype.kind == "O":
                return self.convert(converted)  # a failing entry is named by its own path
            try:
                return self.convert(converted)
            except _Unconvertible as problem:
                inner = type(problem.value).__name__
                raise _Unconvertible(value, f"holds {inner} values, which have no JSON form") from None
        if type(converted) is type(value):  # numpy.longdouble: json's default() would recurse forever
            raise _Unconvertible(
                value,
                f"converts to itself ({type(value).__name__}.item()), so JSON cannot write it",
                _NestedTooDeeply,
            )
        try:
            return self.convert(converted)
        except _Unconvertible as problem:
            if problem.kind is not EventModelTypeError:
                raise
            inner = type(problem.value).__name__
            raise _Unconvertible(value, f"converts to a {inner}, which has no JSON form") from None


def _int_json_writes(value: int) -> int:
    """``value`` as a plain int, if json can write it: not more digits than Python allows in a str."""
    if -_SMALL_INT < value < _SMALL_INT:
        return int.__int__(value)
    try:
        int.__repr__(value)
    except ValueError:
        limit = sys.get_int_max_str_digits()
        raise _Unconvertible(
            value,
            f"has more than {limit} digits, which JSON cannot write (sys.set_int_max_str_digits)",
            EventModelValueError,
        ) from None
    return int.__int__(value)


_SPECIAL_FLOAT_KEYS: dict[float, str] = {math.inf: "Infinity", -math.inf: "-Infinity"}


def _json_key(key: Any) -> str:
    """The string that ``json.dumps`` writes for a mapping key."""
    if type(key) is str:
        return key
    if isinstance(key, str):
        return str.__str__(key)
    if isinstance(key, float):
        if key != key:
            return "NaN"
        return _SPECIAL_FLOAT_KEYS.get(key) or float.__repr__(key)
    if key is True:
        return "true"
    if key is False:
        return "false"
    if key is None:
        return "null"
    if isinstance(key, int):
        return int.__repr__(_int_json_writes(key))
    raise _Unconvertible(key, "is a mapping key; JSON keys must be str, int, float, bool or None")
