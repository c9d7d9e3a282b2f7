"""Checks shared by the composers, each raising an error that names what is wrong.

The cheap test of each check runs inline in the composers; the functions here
work out and report the details once a test has failed, or run where speed does
not matter.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, NoReturn

from ..errors import (
    EventModelRuntimeError,
    EventModelTypeError,
    EventModelValidationError,
    EventModelValueError,
)

STREAM_EXTERNAL = "STREAM:"
"""The ``external`` value of a data key whose readings live in stream resources."""


def _listing(keys: Iterable[Any]) -> list[Any]:
    """Keys in a stable order for messages, whatever their types."""
    return sorted(keys, key=str)


def refuse_after_stop(what: str) -> NoReturn:
    """Raise because ``what`` was asked for after the run's stop document."""
    raise EventModelRuntimeError(
        f"Cannot compose {what}: the stop document of this run has already been composed, "
        "and nothing may be added to a run after its stop."
    )


def split_data_keys(descriptor: Any) -> tuple[frozenset[Any], frozenset[Any]]:
    """Split a descriptor's data keys into (keys every event carries, stream-backed keys).

    Stream-backed keys (``external == "STREAM:"``) are read from stream resources and
    may be left out of events. A descriptor without a data_keys mapping gives two
    empty sets; schema validation reports such a descriptor.
    """
    data_keys = descriptor.get("data_keys") if isinstance(descriptor, Mapping) else None
    if not isinstance(data_keys, Mapping):
        return frozenset(), frozenset()
    stream_keys = frozenset(
        key
        for key, data_key in data_keys.items()
        if isinstance(data_key, Mapping) and data_key.get("external") == STREAM_EXTERNAL
    )
    return frozenset(data_keys.keys() - stream_keys), stream_keys


def mapping_keys(kind: str, field: str, value: Any) -> set[Any]:
    """The keys of ``value``, which must be a mapping."""
    if not isinstance(value, Mapping):
        raise EventModelTypeError(
            f"{kind}[{field!r}] is a {type(value).__name__}; expected a dict keyed by data key."
        )
    return set(value.keys())


def report_key_mismatch(
    kind: str,
    descriptor: Mapping[str, Any],
    expected: frozenset[Any],
    stream_keys: frozenset[Any],
    data: Any,
    timestamps: Any,
) -> None:
    """Raise if data or timestamps do not hold exactly the expected keys.

    Stream-backed keys may be present or absent. Returns quietly when the keys do
    match after all (the caller's quick test only compared the key sets verbatim).
    """
    problems = []
    for field, value in (("data", data), ("timestamps", timestamps)):
        present = mapping_keys(kind, field, value) - stream_keys
        missing = expected - present
        unexpected = present - expected
        if missing or unexpected:
            problems.append(
                f"{kind}[{field!r}] lacks {_listing(missing)} and has unexpected {_listing(unexpected)}"
            )
    if problems:
        raise EventModelValidationError(
            "; ".join(problems) + f". Expected exactly the data_keys of descriptor {descriptor.get('uid')!r} "
            f"(stream {descriptor.get('name')!r}) other than {STREAM_EXTERNAL!r} ones: {_listing(expected)}."
        )


def check_filled_keys(kind: str, filled: Any, data: Any) -> None:
    """Raise unless every key of ``filled`` is a key of ``data``."""
    extra = mapping_keys(kind, "filled", filled) - mapping_keys(kind, "data", data)
    if extra:
        raise EventModelValidationError(
            f"{kind}['filled'] has keys {_listing(extra)} that are not in {kind}['data'] "
            f"({_listing(data.keys())}); filled may only name data keys."
        )


def check_reused_stream(name: Any, known_keys: Iterable[Any], data_keys: set[Any]) -> None:
    """Raise if the stream ``name``, composed before with ``known_keys``, now has other data keys."""
    before = set(known_keys)
    if before != data_keys:
        raise EventModelValidationError(
            f"descriptor['data_keys'] for stream {name!r} lacks {_listing(before - data_keys)} and adds "
            f"{_listing(data_keys - before)} compared with the descriptor already composed under that name "
            f"(data_keys {_listing(before)}); every descriptor of a stream must have the same data_keys."
        )


def column_length(kind: str, columns: Iterable[tuple[str, Any]]) -> int | None:
    """Return the common length of the columns of a page, or None if there are none.

    ``columns`` gives each column with its path in the page, such as
    ``"['data']['det']"``. Raises if the lengths differ.
    """
    paths_by_length: dict[int, list[str]] = {}
    for path, column in columns:
        try:
            length = len(column)
        except TypeError:
            raise EventModelTypeError(
                f"{kind}{path} is a {type(column).__name__}; expected a list with one value per row."
            ) from None
        paths_by_length.setdefault(length, []).append(path)
    if len(paths_by_length) > 1:
        groups = "; ".join(
            f"{length} in {', '.join(paths)}" for length, paths in sorted(paths_by_length.items())
        )
        raise EventModelValueError(
            f"{kind} columns differ in length ({groups}); every column must have one value per row."
        )
    return next(iter(paths_by_length), None)


def _range_width(field: str, value: Any) -> int | None:
    """The width of a stream range, or None when it is not made of integers."""
    if not isinstance(value, Mapping):
        return None
    start, stop = value.get("start"), value.get("stop")
    if (
        not isinstance(start, int)
        or not isinstance(stop, int)
        or isinstance(start, bool)
        or isinstance(stop, bool)
    ):
        return None
    if start < 0 or stop < start:
        raise EventModelValueError(
            f"stream_datum[{field!r}] {dict(value)!r} is not a range: expected 0 <= start <= stop."
        )
    width: int = stop - start
    return width


def check_stream_ranges(indices: Any, seq_nums: Any) -> None:
    """Raise unless indices and seq_nums are ranges of the same width.

    A seq_nums of ``{"start": 0, "stop": 0}`` means "filled in later by the run
    engine" and matches any indices.
    """
    rows = _range_width("indices", indices)
    events = _range_width("seq_nums", seq_nums)
    if rows is None or events is None or (events == 0 and seq_nums["start"] == 0):
        return
    if rows != events:
        raise EventModelValueError(
            f"stream_datum['seq_nums'] {dict(seq_nums)!r} covers {events} events but "
            f"stream_datum['indices'] {dict(indices)!r} covers {rows} rows; expected one row per event."
        )
