"""Checks shared by the composers, each raising an error that names what is wrong.

By default the composers refuse exactly what event-model 1.24.0 refused, where it
refused it, with an error of the built-in class 1.24 raised there (ours derive from
it and from :class:`~event_model.errors.EventModelError`). The stricter checks run
only inside ``with event_model.strict_checks():``. The cheap test of each check runs
inline in the composers; the functions here work out and report the details once a
test has failed, or run where speed does not matter.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NoReturn

from ..errors import (
    EventModelAttributeError,
    EventModelError,
    EventModelIndexError,
    EventModelKeyError,
    EventModelRuntimeError,
    EventModelTypeError,
    EventModelValidationError,
    EventModelValueError,
)

STREAM_EXTERNAL = "STREAM:"
"""The ``external`` value of a data key whose readings live in stream resources."""

NEVER_STOPPED: Sequence[Any] = ()
"""The stop marker of a composer made outside a run: empty, so never stopped.

Composers made through compose_run share the run's poison pill instead (a list
that ComposeStop appends to). The marker is a plain attribute, not a dataclass
field, so that the composers' fields, repr and equality are event-model 1.24's.
"""


class UnknownDataKeyError(EventModelValidationError, EventModelKeyError):
    """An event names a data key that its descriptor lacks.

    event-model 1.24 raised a bare KeyError here while it looked the key up among
    the descriptor's data_keys; this error is that KeyError and also the
    validation error that a missing key raises.
    """

    def __str__(self) -> str:
        """The message itself (KeyError would show its repr)."""
        return str(self.args[0]) if self.args else ""


class ColumnLengthMismatch(EventModelValueError, AssertionError):
    """The timestamps columns of an event page are not as long as its data columns.

    event-model 1.24 failed an ``assert`` here, hence AssertionError.
    """


class NoColumnsError(EventModelValueError, StopIteration):
    """An event page without seq_num has no data column to count its rows by.

    event-model 1.24 let StopIteration out of ``next()`` here, hence StopIteration.
    """


_COUNTERPARTS: tuple[tuple[type[Exception], type[EventModelError]], ...] = (
    (KeyError, EventModelKeyError),
    (IndexError, EventModelIndexError),
    (AttributeError, EventModelAttributeError),
    (TypeError, EventModelTypeError),
    (ValueError, EventModelValueError),
)


def reraise_as_ours(error: Exception, message: str) -> NoReturn:
    """Raise ``message`` as the EventModel counterpart of the built-in class of ``error``.

    Errors that are already ours, and those of a class we have no counterpart for,
    propagate unchanged.
    """
    if not isinstance(error, EventModelError):
        for builtin, ours in _COUNTERPARTS:
            if isinstance(error, builtin):
                raise ours(message) from error
    raise error


def _listing(keys: Iterable[Any]) -> list[Any]:
    """Keys in a stable order for messages, whatever their types."""
    return sorted(keys, key=str)


def _kind_of(value: Any) -> str:
    """A value's type for a message, with the value when it is short."""
    shown = repr(value)
    return f"{shown} ({type(value).__name__})" if len(shown) <= 40 else f"a {type(value).__name__}"


def refuse_after_stop(what: str) -> NoReturn:
    """Raise because ``what`` was asked for after the run's stop document (strict mode only)."""
    raise EventModelRuntimeError(
        f"Cannot compose {what}: the stop document of this run has already been composed, "
        "and strict_checks() refuses to add anything to a run after its stop."
    )


def field_of(doc: Any, key: str, doc_name: str) -> Any:
    """Return ``doc[key]``, raising our KeyError or TypeError (as 1.24's plain lookup did) if it cannot."""
    try:
        return doc[key]
    except Exception as error:
        if isinstance(error, KeyError):
            message = f"the {doc_name} document has no {key!r} field, which is needed here"
        else:
            message = (
                f"the {doc_name} is {_kind_of(doc)}; expected a {doc_name} document (a dict) "
                f"with a {key!r} field"
            )
        reraise_as_ours(error, message)


def counter_failed(error: Exception, counters: Any, name: Any) -> NoReturn:
    """Explain why ``event_counters[name]`` could not be read or written."""
    if isinstance(error, KeyError) and isinstance(counters, Mapping):
        message = (
            f"event_counters has no entry for stream {name!r}, so the next seq_num is unknown; "
            f"compose the descriptor through compose_run's compose_descriptor, or set "
            f"event_counters[{name!r}] = 1 before the first event."
        )
    elif isinstance(counters, Mapping) and _holds(counters, name):
        message = (
            f"event_counters[{name!r}] is {_kind_of(counters[name])}; expected an integer, the next "
            f"seq_num of stream {name!r}."
        )
    elif isinstance(counters, Mapping):
        message = (
            f"event_counters[{name!r}] cannot be used ({error}); expected stream names mapped to integers."
        )
    else:
        message = (
            f"event_counters is {_kind_of(counters)}; expected a dict mapping each stream name "
            f"to the next seq_num ({name!r} here)."
        )
    reraise_as_ours(error, message)


def _holds(counters: Mapping[Any, Any], name: Any) -> bool:
    """Whether ``name`` is a key of ``counters`` (False for an unhashable name)."""
    try:
        return name in counters
    except TypeError:
        return False


def arithmetic_failed(error: Exception, what: str, value: Any) -> NoReturn:
    """Explain why counting on from ``value`` (a seq_num or a counter) failed."""
    reraise_as_ours(error, f"{what} is {_kind_of(value)}; expected an integer to count on from.")


def next_number(counter: Any, doc_name: str) -> Any:
    """Return ``next(counter)``, with a clear TypeError when it is not an iterator."""
    try:
        return next(counter)
    except TypeError as error:
        reraise_as_ours(
            error,
            f"the counter of this {doc_name} composer is {_kind_of(counter)}; expected an iterator "
            "such as itertools.count().",
        )


def is_stream_backed(entry: Any) -> bool:
    """Whether a data key's description says its readings live in stream resources."""
    return "external" in entry and entry["external"] == STREAM_EXTERNAL


_UNMATCHED = object()


class DataKeyRule:
    """The key sets that an event of one descriptor may carry, worked out once per data_keys.

    A composer keeps its rule while the descriptor's data_keys is the same object
    of the same size; so keys added or removed later are seen, as in 1.24, but an
    entry replaced in place is not (the only departure, to keep events cheap).

    The rule is sound only when every entry of data_keys is a mapping: then
    deciding by the key sets gives the verdict the full check would. Otherwise
    every event goes through :func:`check_event_keys`, which fails as 1.24 did.
    """

    __slots__ = ("data_keys", "every", "required", "size", "sound")

    def __init__(self, data_keys: Any) -> None:
        self.data_keys = data_keys
        self.sound = isinstance(data_keys, Mapping) and all(
            isinstance(entry, Mapping) for entry in data_keys.values()
        )
        if self.sound:
            self.size = len(data_keys)
            self.every = frozenset(data_keys)
            self.required = frozenset(key for key, entry in data_keys.items() if not is_stream_backed(entry))
        else:  # matches nothing, so that such data_keys are looked at afresh each time
            self.data_keys = _UNMATCHED
            self.size = -1
            self.every = self.required = frozenset()

    def accepts(self, data: Mapping[Any, Any], timestamps: Mapping[Any, Any]) -> bool:
        """True when data and timestamps (dicts) hold the right keys; False means "check in full"."""
        if not self.sound:
            return False
        data_keys, timestamp_keys = data.keys(), timestamps.keys()
        return (data_keys == self.required or data_keys == self.every) and (
            timestamp_keys == self.required or timestamp_keys == self.every
        )


NO_RULE = DataKeyRule(None)
"""The rule of a composer that has not checked an event yet: it matches no data_keys."""


def _stream_free_keys(kind: str, field: str, owner: Any, data_keys: Any) -> set[Any]:
    """The keys of ``owner`` that are not stream-backed according to ``data_keys``.

    Fails as 1.24 did: AttributeError if ``owner`` has no keys, KeyError (an
    :class:`UnknownDataKeyError`) for a key that data_keys lacks.
    """
    try:
        keys = owner.keys()
    except AttributeError as error:
        reraise_as_ours(error, f"{kind}[{field!r}] is {_kind_of(owner)}; expected a dict keyed by data key.")
    kept = set()
    for key in keys:
        try:
            entry = data_keys[key]
        except KeyError:
            raise UnknownDataKeyError(
                f"{kind}[{field!r}] has the key {key!r}, which is not among the data_keys of its "
                f"descriptor ({_listing(data_keys)}); expected exactly the descriptor's data keys."
            ) from None
        try:
            streamed = is_stream_backed(entry)
        except Exception as error:
            reraise_as_ours(
                error,
                f"descriptor['data_keys'][{key!r}] is {_kind_of(entry)}; "
                "expected a dict describing the data key.",
            )
        if not streamed:
            kept.add(key)
    return kept


def check_event_keys(kind: str, descriptor: Any, data_keys: Any, data: Any, timestamps: Any) -> None:
    """Raise unless data and timestamps carry every data key of the descriptor.

    Keys whose data are stream-backed (``external == "STREAM:"``) may be given or
    left out. The checks and their order are 1.24's: the descriptor's keys, then
    data's, then timestamps'.
    """
    expected = _stream_free_keys("descriptor", "data_keys", data_keys, data_keys)
    present = _stream_free_keys(kind, "data", data, data_keys)
    known = descriptor if isinstance(descriptor, Mapping) else {}
    where = (
        f"; expected every data key of descriptor {known.get('uid')!r} (stream "
        f"{known.get('name')!r}) other than {STREAM_EXTERNAL!r} ones: {_listing(expected)}."
    )
    if present != expected:
        raise EventModelValidationError(f"{kind}['data'] lacks {_listing(expected - present)}{where}")
    stamped = _stream_free_keys(kind, "timestamps", timestamps, data_keys)
    if stamped != present:
        raise EventModelValidationError(f"{kind}['timestamps'] lacks {_listing(present - stamped)}{where}")


def check_filled_keys(kind: str, filled: Any, data: Any) -> None:
    """Raise unless every key of ``filled`` is a key of ``data``."""
    extra = set(filled) - set(data)
    if extra:
        raise EventModelValidationError(
            f"{kind}['filled'] has keys {_listing(extra)} that are not in {kind}['data'] "
            f"({_listing(data)}); filled may only name data keys."
        )


def require_mappings(kind: str, **fields: Any) -> None:
    """Raise EventModelTypeError for the first of ``fields`` that is not a mapping (strict mode)."""
    for field, value in fields.items():
        if not isinstance(value, Mapping):
            raise EventModelTypeError(
                f"{kind}[{field!r}] is {_kind_of(value)}; expected a dict keyed by data key."
            )


def check_reused_stream(name: Any, known_keys: Any, data_keys: set[Any]) -> None:
    """Raise if the stream ``name``, composed before with ``known_keys``, now has other data keys."""
    if known_keys != data_keys:
        before = set(known_keys)
        changes = []
        if before - data_keys:
            changes.append(f"lacks {_listing(before - data_keys)}")
        if data_keys - before:
            changes.append(f"adds {_listing(data_keys - before)}")
        raise EventModelValidationError(
            f"descriptor['data_keys'] for stream {name!r} {' and '.join(changes)} compared with the "
            f"descriptor already composed under that name (data_keys {_listing(before)}); "
            "every descriptor of a stream must have the same data_keys."
        )


def common_length(kind: str, field: str, columns: Any) -> int | None:
    """Return the length shared by the columns of ``columns``, None if it has none (1.24's check).

    Fails as 1.24 did: AttributeError if ``columns`` is not a dict, TypeError for a
    column without a length, and an EventModelError when the lengths differ.
    """
    try:
        items = columns.items()
    except AttributeError as error:
        reraise_as_ours(error, f"{kind}[{field!r}] is {_kind_of(columns)}; expected a dict of columns.")
    length = None
    first = None
    for key, column in items:
        try:
            size = len(column)
        except TypeError as error:
            reraise_as_ours(
                error,
                f"{kind}[{field!r}][{key!r}] is {_kind_of(column)}; expected a list with one value per row.",
            )
        if length is not None and size != length:
            raise EventModelValueError(
                f"{kind}[{field!r}] has columns of different lengths: {first!r} has {length} rows, "
                f"{key!r} has {size}; every column must have one value per row."
            )
        length, first = size, key
    return length


def column_length(kind: str, columns: Iterable[tuple[str, Any]]) -> int | None:
    """Return the common length of the columns of a page, or None if there are none (strict mode).

    ``columns`` gives each column with its path in the page, such as
    ``"['data']['det']"``. Raises if the lengths differ.
    """
    paths_by_length: dict[int, list[str]] = {}
    for path, column in columns:
        try:
            length = len(column)
        except TypeError:
            raise EventModelTypeError(
                f"{kind}{path} is {_kind_of(column)}; expected a list with one value per row."
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
    """Raise unless indices and seq_nums are ranges of the same width (strict mode).

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
