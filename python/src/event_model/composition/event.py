"""Compose the events and event pages of one stream (one event descriptor).

``seq_num`` counts the events of a stream from 1; the count lives in the run's
``event_counters`` dict, shared with the caller, so that the run engine can rewind
it. The descriptor and the counters are read afresh on every call, as in
event-model 1.24, so edits the caller makes to them take effect.

With ``validate=True`` (the default) an event is checked against its schema and
must carry a reading, and a timestamp, for each data key of its descriptor, except
keys read from stream resources (``external == "STREAM:"``), which may be left out.
As in 1.24, ``validate=False`` skips all of that; inside
``event_model.strict_checks()`` the key checks run either way, an event page's
columns must all be equally long, and nothing is composed after the run's stop.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from time import time as _now
from typing import Any, NoReturn

from ..document_names import DocumentNames
from ..documents.event import Event
from ..documents.event_descriptor import EventDescriptor
from ..documents.event_page import EventPage
from ..strictness import strict_checks_enabled
from ..validation.validators import schema_validators
from ._checks import (
    NEVER_STOPPED,
    NO_RULE,
    ColumnLengthMismatch,
    DataKeyRule,
    NoColumnsError,
    arithmetic_failed,
    check_event_keys,
    check_filled_keys,
    column_length,
    common_length,
    counter_failed,
    field_of,
    refuse_after_stop,
    require_mappings,
)
from ._uids import new_uid, new_uids

__all__ = ["ComposeEvent", "ComposeEventPage", "compose_event", "compose_event_page"]

# Enum member access costs more than a module global; the validators are still
# looked up at each call, so that a replaced entry of schema_validators is used.
_EVENT = DocumentNames.event
_EVENT_PAGE = DocumentNames.event_page

_UNREAD: Any = object()
"""Stands for a stream name not read from the descriptor yet."""


@dataclass
class _StreamComposer:
    """What the event and event-page composers of one stream share.

    The dataclass fields are 1.24's (so repr, equality and construction match).
    Two plain attributes are not fields: ``_stop_marker``, the run's poison pill
    (non-empty once its stop is composed; set by ComposeDescriptor), and
    ``_key_rule``, the key sets of the last data_keys checked, kept so that the
    common case costs two set comparisons.
    """

    descriptor: EventDescriptor
    event_counters: dict[str, int]

    _stop_marker = NEVER_STOPPED
    _key_rule = NO_RULE

    def _keys_fit(self, data: Any, timestamps: Any, filled: Any) -> bool:
        """The quick test of :meth:`_check_keys`: True when the keys surely pass 1.24's checks.

        ComposeEvent inlines the same test, its most frequent path; ComposeEventPage calls this.
        """
        rule = self._key_rule
        try:
            data_keys = self.descriptor["data_keys"]
        except Exception:
            return False
        if data_keys is not rule.data_keys or len(data_keys) != rule.size:
            return False
        keys, stamped = data.keys(), timestamps.keys()
        return (
            rule.sound
            and (keys == rule.required or keys == rule.every)
            and (stamped == rule.required or stamped == rule.every)
            and (not filled or filled.keys() <= keys)
        )

    def _check_keys(self, kind: str, data: Any, timestamps: Any, filled: Any) -> None:
        """Raise unless data, timestamps and filled carry the descriptor's data keys (1.24's checks)."""
        descriptor: Any = self.descriptor
        data_keys = field_of(descriptor, "data_keys", "descriptor")
        rule = self._key_rule
        if data_keys is not rule.data_keys or len(data_keys) != rule.size:
            rule = self._key_rule = DataKeyRule(data_keys)
        if not rule.accepts(data, timestamps):
            check_event_keys(kind, descriptor, data_keys, data, timestamps)
        if filled and not filled.keys() <= data.keys():
            check_filled_keys(kind, filled, data)


@dataclass
class ComposeEvent(_StreamComposer):
    """Compose the events of the stream of ``descriptor``, counting them in ``event_counters``."""

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
        UUID4; ``time`` to now. ``validate=False`` skips the schema and key
        checks (outside strict mode).
        """
        if self._stop_marker and strict_checks_enabled():
            refuse_after_stop("an event")
        descriptor: Any = self.descriptor
        counters: Any = self.event_counters
        # Each lookup below is a plain one in a try block (free when it succeeds); the
        # helpers in the except clauses raise our error of the built-in class 1.24 raised.
        name = _UNREAD
        if seq_num is None:
            try:
                name = descriptor["name"]
            except Exception:
                name = field_of(descriptor, "name", "descriptor")
            try:
                seq_num = counters[name]
            except Exception as error:
                counter_failed(error, counters, name)
        if filled is None:
            filled = {}
        try:
            descriptor_uid = descriptor["uid"]
        except Exception:
            descriptor_uid = field_of(descriptor, "uid", "descriptor")
        doc: Event = {
            "uid": new_uid() if uid is None else uid,
            "time": _now() if time is None else time,
            "data": data,
            "timestamps": timestamps,
            "seq_num": seq_num,
            "filled": filled,
            "descriptor": descriptor_uid,
        }
        if validate:
            schema_validators[_EVENT].validate(doc)
            # _keys_fit, inlined: this is the common path of a run.
            rule = self._key_rule
            try:
                data_keys = descriptor["data_keys"]
                keys, stamped = data.keys(), timestamps.keys()
                fits = (
                    data_keys is rule.data_keys
                    and len(data_keys) == rule.size
                    and (keys == rule.required or keys == rule.every)
                    and (stamped == rule.required or stamped == rule.every)
                    and (not filled or filled.keys() <= keys)
                )
            except Exception:
                fits = False
            if not fits:
                self._check_keys("event", data, timestamps, filled)
        elif strict_checks_enabled():
            require_mappings("event", data=data, timestamps=timestamps, filled=filled)
            self._check_keys("event", data, timestamps, filled)
        try:
            following = seq_num + 1
            if name is _UNREAD:  # 1.24 read it here too; nothing in between changes it
                name = descriptor["name"]
            counters[name] = following
        except Exception as error:
            _count_failed(error, descriptor, counters, seq_num)
        return doc


def _count_failed(error: Exception, descriptor: Any, counters: Any, seq_num: Any) -> NoReturn:
    """Explain why the next seq_num could not be worked out or stored, in 1.24's order of steps."""
    try:
        seq_num + 1
    except Exception as failure:
        arithmetic_failed(failure, "event['seq_num']", seq_num)
    name = field_of(descriptor, "name", "descriptor")
    counter_failed(error, counters, name)


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


def _rows(length: int | None) -> str:
    """Describe the common length of a set of columns."""
    return "no columns" if length is None else f"columns of {length} rows"


@dataclass
class ComposeEventPage(_StreamComposer):
    """Compose event pages (several events of one stream, column-wise) for ``descriptor``."""

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

        ``seq_num`` defaults to the next numbers of the stream (one per row of
        ``data``), ``uid`` to new UUID4s, ``time`` to now for every row. The
        columns of ``timestamps`` and of ``data`` must be equally long; the
        count moves on by ``len(seq_num)``.
        """
        strict = strict_checks_enabled()
        if strict and self._stop_marker:
            refuse_after_stop("an event page")
        descriptor: Any = self.descriptor
        counters: Any = self.event_counters
        # 1.24's checks: equal lengths within timestamps, within data, and between the two.
        stamped_rows = common_length("event_page", "timestamps", timestamps)
        rows = common_length("event_page", "data", data)
        # 1.24 made this check with ``assert``, which ``python -O`` drops.
        if stamped_rows != rows and (__debug__ or strict):
            raise ColumnLengthMismatch(
                f"event_page['timestamps'] has {_rows(stamped_rows)} but event_page['data'] has "
                f"{_rows(rows)}; expected one timestamp column per data column, as long as it."
            )
        if filled is None:
            filled = {}
        if strict:
            require_mappings("event_page", filled=filled)
            column_length(
                "event_page",
                _page_columns(data, timestamps, filled, (("seq_num", seq_num), ("uid", uid), ("time", time))),
            )
        if seq_num is None:
            name = field_of(descriptor, "name", "descriptor")
            try:
                first = counters[name]
            except Exception as error:
                counter_failed(error, counters, name)
            if rows is None:
                raise NoColumnsError(
                    "event_page['data'] has no columns and no seq_num was given, so the number of rows "
                    "is unknown; expected at least one data column, or seq_num (an empty list for an "
                    "empty page)."
                )
            try:
                seq_num = list(range(first, first + rows))
            except Exception as error:
                arithmetic_failed(error, f"event_counters[{name!r}]", first)
        try:
            count = len(seq_num)
        except TypeError as error:
            arithmetic_failed(error, "event_page['seq_num']", seq_num)
        doc: EventPage = {
            "uid": new_uids(count) if uid is None else uid,
            "time": [_now()] * count if time is None else time,
            "data": data,
            "timestamps": timestamps,
            "seq_num": seq_num,
            "filled": filled,
            "descriptor": field_of(descriptor, "uid", "descriptor"),
        }
        if validate:
            schema_validators[_EVENT_PAGE].validate(doc)
            if not self._keys_fit(data, timestamps, filled):
                self._check_keys("event_page", data, timestamps, filled)
        elif strict:
            self._check_keys("event_page", data, timestamps, filled)
        name = field_of(descriptor, "name", "descriptor")
        try:
            counters[name] += count
        except Exception as error:
            counter_failed(error, counters, name)
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
