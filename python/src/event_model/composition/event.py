"""Compose the events and event pages of one stream (one event descriptor).

Every event of a stream must carry a reading, and a timestamp, for each data key
of the stream's descriptor, except for keys read from stream resources
(``external == "STREAM:"``), which may be left out. ``seq_num`` counts the events
of a stream from 1; the count lives in the run's ``event_counters`` dict, shared
with the caller, so that the run engine can rewind it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from time import time as _now
from typing import Any, ClassVar

from ..document_names import DocumentNames
from ..documents.event import Event
from ..documents.event_descriptor import EventDescriptor
from ..documents.event_page import EventPage
from ..errors import EventModelKeyError, EventModelTypeError, EventModelValueError
from ..validation import schema_validators
from ._checks import (
    check_filled_keys,
    column_length,
    refuse_after_stop,
    report_key_mismatch,
    split_data_keys,
)
from ._uids import new_uid, new_uids

__all__ = ["ComposeEvent", "ComposeEventPage", "compose_event", "compose_event_page"]


def _missing_counter(name: Any) -> EventModelKeyError:
    """The error for a stream that has no entry in event_counters."""
    return EventModelKeyError(
        f"event_counters has no entry for stream {name!r}, so the next seq_num is unknown; "
        f"compose the descriptor through compose_run's compose_descriptor, or set "
        f"event_counters[{name!r}] = 1 before the first event."
    )


@dataclass
class _StreamComposer:
    """What the event and event-page composers of one stream share.

    The descriptor's key sets are worked out once, when the composer is made;
    a descriptor is not meant to change after it has been emitted.
    """

    descriptor: EventDescriptor
    event_counters: dict[str, int]
    poison_pill: list[Any] = field(default_factory=list, kw_only=True)
    """Non-empty once the run's stop document has been composed (shared with ComposeStop)."""

    _document_name: ClassVar[DocumentNames]
    _validate: Callable[[Any], Any] = field(init=False, repr=False, compare=False)
    _expected_keys: frozenset[Any] = field(init=False, repr=False, compare=False)
    _stream_keys: frozenset[Any] = field(init=False, repr=False, compare=False)
    _stream_name: Any = field(init=False, repr=False, compare=False)
    _descriptor_uid: Any = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        """Work out, once, what every event of the stream must carry."""
        descriptor: Any = self.descriptor
        self._expected_keys, self._stream_keys = split_data_keys(descriptor)
        known = descriptor if isinstance(descriptor, Mapping) else {}
        self._stream_name = known.get("name")
        self._descriptor_uid = known.get("uid")
        self._validate = schema_validators[self._document_name].validate

    def __getstate__(self) -> dict[str, Any]:
        """Pickle without the validator, which is looked up again on unpickling."""
        state = dict(self.__dict__)
        del state["_validate"]
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        """Restore a pickled composer and look its validator up again."""
        self.__dict__.update(state)
        self._validate = schema_validators[self._document_name].validate


@dataclass
class ComposeEvent(_StreamComposer):
    """Compose the events of the stream of ``descriptor``, counting them in ``event_counters``."""

    _document_name = DocumentNames.event

    def __call__(
        self,
        data: dict[str, Any],
        timestamps: dict[str, Any],
        seq_num: int | None = None,
        filled: dict[str, bool | str] | None = None,
        uid: str | None = None,
        time: float | None = None,
        validate: bool = True,
    ) -> Event:
        """Return a new event holding ``data`` and ``timestamps``.

        ``seq_num`` defaults to the next number of the stream; ``uid`` to a new
        UUID4; ``time`` to now. ``validate=False`` skips only the schema check:
        the keys are always checked against the descriptor.
        """
        if self.poison_pill:
            refuse_after_stop("an event")
        if seq_num is None:
            try:
                seq_num = self.event_counters[self._stream_name]
            except KeyError:
                raise _missing_counter(self._stream_name) from None
        if filled is None:
            filled = {}
        doc: Event = {
            "uid": new_uid() if uid is None else uid,
            "time": _now() if time is None else time,
            "data": data,
            "timestamps": timestamps,
            "seq_num": seq_num,
            "filled": filled,
            "descriptor": self._descriptor_uid,
        }
        if validate:
            self._validate(doc)
        expected = self._expected_keys
        try:
            keys_match = data.keys() == expected and timestamps.keys() == expected
            filled_fits = not filled or filled.keys() <= data.keys()
        except AttributeError:  # not dicts: let the report say which
            keys_match = filled_fits = False
        if not keys_match:
            report_key_mismatch("event", self.descriptor, expected, self._stream_keys, data, timestamps)
        if not filled_fits:
            check_filled_keys("event", filled, data)
        self.event_counters[self._stream_name] = seq_num + 1
        return doc


def _page_columns(
    data: Mapping[str, Any],
    timestamps: Mapping[str, Any],
    filled: Mapping[str, Any],
    row_fields: tuple[tuple[str, Any], ...],
) -> Iterator[tuple[str, Any]]:
    """Every column of an event page, with its path in the page."""
    for field_name, columns in (("data", data), ("timestamps", timestamps), ("filled", filled)):
        for key, column in columns.items():
            yield f"[{field_name!r}][{key!r}]", column
    for field_name, column in row_fields:
        if column is not None:
            yield f"[{field_name!r}]", column


@dataclass
class ComposeEventPage(_StreamComposer):
    """Compose event pages (several events of one stream, column-wise) for ``descriptor``."""

    _document_name = DocumentNames.event_page

    def __call__(
        self,
        data: dict[str, list[Any]],
        timestamps: dict[str, Any],
        seq_num: list[int] | None = None,
        filled: dict[str, list[bool | str]] | None = None,
        uid: list[str] | None = None,
        time: list[float] | None = None,
        validate: bool = True,
    ) -> EventPage:
        """Return a new event page holding the columns ``data`` and ``timestamps``.

        ``seq_num`` defaults to the next numbers of the stream, ``uid`` to new
        UUID4s, ``time`` to now for every row. All columns must be equally long.
        ``validate=False`` skips only the schema check.
        """
        if self.poison_pill:
            refuse_after_stop("an event page")
        if filled is None:
            filled = {}
        for field_name, value in (("data", data), ("timestamps", timestamps), ("filled", filled)):
            if not isinstance(value, Mapping):
                raise EventModelTypeError(
                    f"event_page[{field_name!r}] is a {type(value).__name__}; expected a dict of columns."
                )
        rows = column_length(
            "event_page",
            _page_columns(data, timestamps, filled, (("seq_num", seq_num), ("uid", uid), ("time", time))),
        )
        counters = self.event_counters
        name = self._stream_name
        try:
            next_seq_num = counters[name]
        except KeyError:
            raise _missing_counter(name) from None
        if rows is None:
            raise EventModelValueError(
                "event_page has no columns in data, timestamps or filled and no seq_num, uid or time, "
                "so its number of rows is unknown; pass seq_num (an empty list for an empty page)."
            )
        if seq_num is None:
            seq_num = list(range(next_seq_num, next_seq_num + rows))
        doc: EventPage = {
            "uid": new_uids(rows) if uid is None else uid,
            "time": [_now()] * rows if time is None else time,
            "data": data,
            "timestamps": timestamps,
            "seq_num": seq_num,
            "filled": filled,
            "descriptor": self._descriptor_uid,
        }
        if validate:
            self._validate(doc)
        expected = self._expected_keys
        if data.keys() != expected or timestamps.keys() != expected:
            report_key_mismatch("event_page", self.descriptor, expected, self._stream_keys, data, timestamps)
        if not filled.keys() <= data.keys():
            check_filled_keys("event_page", filled, data)
        counters[name] += rows
        return doc


def compose_event(
    *,
    descriptor: EventDescriptor,
    event_counters: dict[str, int],
    data: dict[str, Any],
    timestamps: dict[str, Any],
    seq_num: int | None,
    filled: dict[str, bool | str] | None = None,
    uid: str | None = None,
    time: float | None = None,
    validate: bool = True,
) -> Event:
    """Compose one event of the stream of ``descriptor``; see :class:`ComposeEvent`."""
    return ComposeEvent(descriptor, event_counters)(
        data, timestamps, seq_num=seq_num, filled=filled, uid=uid, time=time, validate=validate
    )


def compose_event_page(
    *,
    descriptor: EventDescriptor,
    event_counters: dict[str, int],
    data: dict[str, list[Any]],
    timestamps: dict[str, Any],
    seq_num: list[int] | None,
    filled: dict[str, list[bool | str]] | None = None,
    uid: list[str] | None = None,
    time: list[float] | None = None,
    validate: bool = True,
) -> EventPage:
    """Compose one event page of the stream of ``descriptor``; see :class:`ComposeEventPage`."""
    return ComposeEventPage(descriptor, event_counters)(
        data, timestamps, seq_num=seq_num, filled=filled, uid=uid, time=time, validate=validate
    )
