"""Comparable, picklable snapshots of what a call did, taken alike in both interpreters.

A snapshot keeps everything the drop-in rule compares: types (dict, list, tuple,
generator, numpy array or scalar), key order, values, and for an exception the names
of its class and of every class it derives from. This module runs inside the
reference virtual environment too, so it uses only the standard library and numpy.
"""

from __future__ import annotations

import contextlib
import math
import re
import time
import types
from collections.abc import Iterator, Mapping
from typing import Any

import numpy

RAISED = "__raised__"
MAX_DEPTH = 200
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
_masking = False


@contextlib.contextmanager
def masking_generated_values() -> Iterator[None]:
    """Snapshot fresh uuid4 strings and times of the last hour as placeholders inside the block.

    Composers make a new uid and take the current time when none is given; the two
    packages cannot agree on those values, only on their being made.
    """
    global _masking
    _masking = True
    try:
        yield
    finally:
        _masking = False


def _generated(value: Any) -> Any:
    if isinstance(value, str) and _UUID.fullmatch(value):
        return ("generated-uid",)
    if isinstance(value, float) and abs(value - time.time()) < 3600:
        return ("generated-time",)
    if isinstance(value, str) and "/" in value and _UUID.fullmatch(value.split("/", 1)[0]):
        return ("generated-uid", value.split("/", 1)[1])
    return None


def raised(exception: BaseException) -> tuple[str, str, tuple[str, ...], str]:
    """The snapshot of an exception: its class name, the names of its classes, its message."""
    names = tuple(cls.__name__ for cls in type(exception).__mro__)
    return (RAISED, type(exception).__name__, names, str(exception)[:300])


def snapshot(value: Any, depth: int = 0) -> Any:
    """A structure of tuples and plain values that equals another exactly when the values do."""
    if depth > MAX_DEPTH:
        return ("deep",)
    if _masking:
        placeholder = _generated(value)
        if placeholder is not None:
            return placeholder
    if value is None or isinstance(value, (bool, str, bytes)):
        return (type(value).__name__, value)
    if isinstance(value, numpy.ndarray):
        return ("ndarray", value.dtype.str, value.shape, snapshot(value.tolist(), depth + 1))
    if isinstance(value, numpy.generic):
        return ("numpy-scalar", value.dtype.str, snapshot(value.item(), depth + 1))
    if isinstance(value, float):
        return ("float", "nan" if math.isnan(value) else value)
    if isinstance(value, int):
        return (type(value).__name__, value)
    if isinstance(value, Mapping):
        items = tuple((snapshot(key, depth + 1), snapshot(item, depth + 1)) for key, item in value.items())
        return ("mapping" if isinstance(value, dict) else "mapping-like", items)
    if isinstance(value, (list, tuple)):
        return (type(value).__name__, tuple(snapshot(item, depth + 1) for item in value))
    if isinstance(value, types.GeneratorType):
        return ("generator", drain(value, depth))
    return ("object", type(value).__name__)


def drain(iterator: Any, depth: int = 0) -> tuple[Any, ...]:
    """Snapshots of every item an iterator yields, and of the exception that ended it, if any."""
    items: list[Any] = []
    try:
        for item in iterator:
            items.append(snapshot(item, depth + 1))
    except Exception as exception:  # the snapshot records whatever ended the iteration
        items.append(raised(exception))
    return tuple(items)


def difference(reference: Any, ours: Any, where: str = "result") -> str | None:
    """Where and how ``ours`` departs from ``reference``, or None when it does not.

    An exception matches when ours is an instance of the class the reference raised
    (a subclass is allowed); the messages are free to differ.
    """
    if isinstance(reference, tuple) and reference[:1] == (RAISED,):
        if isinstance(ours, tuple) and ours[:1] == (RAISED,):
            if reference[1] in ours[2]:
                return None
            return f"{where}: 1.24 raised {reference[1]}, we raised {ours[1]} ({ours[3]})"
        return f"{where}: 1.24 raised {reference[1]} ({reference[3]}), we returned {_brief(ours)}"
    if isinstance(ours, tuple) and ours[:1] == (RAISED,):
        return f"{where}: 1.24 returned {_brief(reference)}, we raised {ours[1]}: {ours[3]}"
    if isinstance(reference, tuple) and isinstance(ours, tuple):
        if len(reference) != len(ours):
            return f"{where}: 1.24 gave {_brief(reference)}, we gave {_brief(ours)}"
        for index, (left, right) in enumerate(zip(reference, ours, strict=True)):
            found = difference(left, right, f"{where}.{index}")
            if found is not None:
                return found
        return None
    if reference != ours:
        return f"{where}: 1.24 gave {_brief(reference)}, we gave {_brief(ours)}"
    return None


def _brief(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 240 else text[:240] + "..."
