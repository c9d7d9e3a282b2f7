"""Packing events (datum) into a page, and unpacking a page into events (datum)."""

from __future__ import annotations

from collections.abc import Generator, Iterator, Mapping, Sequence
from itertools import repeat
from operator import itemgetter
from typing import Any, cast

from ..describe import python_path
from ..documents.datum import Datum
from ..documents.datum_page import DatumPage
from ..documents.event import Event
from ..documents.event_page import EventPage
from ..errors import EventModelError
from . import compiled as _compiled
from . import errors, lenient
from .compiled import COLUMN, GROUP, SAME
from .rows import Columns, all_mappings, columns_from_rows, first_row, rows_from_columns
from .shape import DATUM_PAGE, EVENT_PAGE, column_group, count_rows, rectangular_rows

_NO_COLUMNS: dict[str, Any] = {}

_time = itemgetter("time")
_uid = itemgetter("uid")
_seq_num = itemgetter("seq_num")
_descriptor = itemgetter("descriptor")
_data = itemgetter("data")
_timestamps = itemgetter("timestamps")
_filled = itemgetter("filled")
_datum_id = itemgetter("datum_id")
_resource = itemgetter("resource")
_datum_kwargs = itemgetter("datum_kwargs")


def pack_events(events: Sequence[Event]) -> EventPage:
    """Pack one or more events of the same descriptor into an event page.

    Each field of the page is a list with one entry per event, in the order given;
    ``data``, ``timestamps`` and ``filled`` become one column per key (an event without
    ``filled`` counts as having none). The page's keys come in the order
    ``time, uid, seq_num, descriptor, filled, data, timestamps``.
    Raises EventModelValueError for no events, events of different descriptors or
    events whose keys differ, EventModelKeyError for a missing field.
    """
    if not events:
        raise errors.empty_input("pack_event_page", "events", "descriptor")
    compiled = _compiled.speedups
    if compiled is not None and len(events) > 1:  # one event: the Python quick path is quicker
        columns = compiled.collect_columns(events, "descriptor", _EVENT_ROW_FIELDS, _EVENT_GROUPS, "filled")
        if columns is not None:
            descriptor, (time, uid, seq_num), (filled, data, timestamps) = columns
            compiled_page = {
                "time": time,
                "uid": uid,
                "seq_num": seq_num,
                "descriptor": descriptor,
                "filled": filled,
                "data": data,
                "timestamps": timestamps,
            }
            return cast(EventPage, compiled_page)
    try:
        if len(events) == 1:  # DocumentRouter packs events one by one: keep that quick
            return pack_one_event(events[0])
        if not all_mappings(events):  # event-model 1.24 reads ``filled`` with get()
            raise _describe_bad_row(events, _EVENT_FIELDS, "events", "event")
        descriptors = list(map(_descriptor, events))
        page = {
            "time": list(map(_time, events)),
            "uid": list(map(_uid, events)),
            "seq_num": list(map(_seq_num, events)),
            "descriptor": _single_owner(descriptors, "events", "descriptor", "event_page"),
            "filled": _filled_columns(events),
            "data": columns_from_rows(list(map(_data, events)), "events", "data", "event_page"),
            "timestamps": columns_from_rows(
                list(map(_timestamps, events)), "events", "timestamps", "event_page"
            ),
        }
    except (LookupError, TypeError, AttributeError) as failure:
        if isinstance(failure, EventModelError):
            raise
        raise _describe_bad_row(events, _EVENT_FIELDS, "events", "event") from None
    return cast(EventPage, page)


def pack_one_event(event: Any) -> EventPage:
    """The page of a single event (the quick path of :func:`pack_event_page`)."""
    data, timestamps = event["data"], event["timestamps"]
    filled = event.get("filled", _NO_COLUMNS)
    if type(data) is not dict or type(timestamps) is not dict or type(filled) is not dict:
        data = _checked_row(data, "data")
        timestamps = _checked_row(timestamps, "timestamps")
        filled = _checked_row(filled, "filled")
    page = {
        "time": [event["time"]],
        "uid": [event["uid"]],
        "seq_num": [event["seq_num"]],
        "descriptor": event["descriptor"],
        "filled": {key: [value] for key, value in filled.items()},
        "data": {key: [value] for key, value in data.items()},
        "timestamps": {key: [value] for key, value in timestamps.items()},
    }
    return cast(EventPage, page)


def _checked_row(row: Any, key: str) -> Mapping[Any, Any]:
    """``row`` (the ``key`` part of the only event), if it is a mapping."""
    if not isinstance(row, Mapping):
        raise errors.wrong_type(row, python_path("events", 0, key), "a mapping")
    return row


_EVENT_FIELDS = ("time", "uid", "seq_num", "descriptor", "data", "timestamps")
_DATUM_FIELDS = ("resource", "datum_id", "datum_kwargs")
_EVENT_ROW_FIELDS = ("time", "uid", "seq_num")
_EVENT_GROUPS = ("filled", "data", "timestamps")


def _filled_columns(events: Sequence[Any]) -> Columns:
    """The ``filled`` columns of a page of ``events``; an event without ``filled`` has none."""
    try:
        fills = list(map(_filled, events))  # quickest when every event has ``filled``
    except KeyError:
        try:
            fills = list(map(dict.get, events, repeat("filled"), repeat(_NO_COLUMNS)))
        except TypeError:  # some event is a mapping other than a dict
            fills = [event.get("filled", _NO_COLUMNS) for event in events]
    if fills.count(_NO_COLUMNS) == len(fills):
        return {}  # the common case: no event has external data
    return columns_from_rows(fills, "events", "filled", "event_page")


def _single_owner(owners: list[Any], where: str, owner: str, document: str) -> Any:
    """The one owner (descriptor or resource) shared by all rows; the last row's value."""
    last = owners[-1]
    if owners.count(last) != len(owners):
        first = owners[0]
        index = next(i for i, value in enumerate(owners) if not value == first)  # noqa: SIM201
        raise errors.mixed_owners(
            owners[index],
            python_path(where, index, owner),
            first,
            python_path(where, 0, owner),
            owner,
            document,
        )
    return last


def _describe_bad_row(
    rows: Sequence[Any], fields: Sequence[str], where: str, document: str
) -> EventModelError:
    """The error for the first row that is not a mapping or lacks a required field."""
    for index, row in enumerate(rows):
        row_where = python_path(where, index)
        if not isinstance(row, Mapping):
            hint = ""
            if isinstance(row, list | tuple):
                hint = f"; pass the {where} as separate arguments, f(*{where})"
            return errors.wrong_type(row, row_where, f"a mapping of {document} fields{hint}")
        for field in fields:
            if field not in row:
                return errors.absent_field(field, row_where, document)
    return errors.wrong_type(rows, where, f"a sequence of {document} documents (mappings)")


def unpack_event_page(event_page: EventPage, as_124: bool = False) -> Generator[Event, None, None]:
    """Yield the events of an event page, one per row, in order.

    Each event has the keys ``descriptor, uid, time, seq_num, data, timestamps, filled``.
    A group without columns (``filled``, often) gives every event one shared empty dict,
    as event-model 1.24 does. Raises EventModelValueError, when iterated, if the page's
    columns do not all have one entry per row; with ``as_124`` such a page (or any page
    the quick paths cannot unpack) is unpacked as 1.24 unpacks it instead.
    """
    if as_124:
        rows = rectangular_rows(event_page, EVENT_PAGE)
        if rows is None:
            yield from cast(Iterator[Event], lenient.unpack_event_page(event_page))
            return
    else:
        rows = count_rows(event_page, EVENT_PAGE, "event_page")
    try:
        events = _event_rows(event_page, rows)
    except Exception:
        if not as_124:
            raise
        events = cast(Iterator[Event], lenient.unpack_event_page(event_page))
    yield from events


def _event_rows(page: Any, rows: int) -> Iterator[Event]:
    """The events of a rectangular page of ``rows`` rows (built now, or lazily for many rows)."""
    fill: dict[Any, Any] = {}  # every row of a group without columns is this one dict, as in 1.24
    groups = [page["data"], page["timestamps"], column_group(page, "filled", EVENT_PAGE)]
    compiled = _compiled.speedups
    if compiled is not None and rows > 1:  # one row: the Python quick path is quicker
        group_parts = tuple(
            (name, GROUP, group) if group else (name, SAME, fill)
            for name, group in zip(("data", "timestamps", "filled"), groups, strict=True)
        )
        events = compiled.build_rows(
            (
                ("descriptor", SAME, page["descriptor"]),
                ("uid", COLUMN, page["uid"]),
                ("time", COLUMN, page["time"]),
                ("seq_num", COLUMN, page["seq_num"]),
                *group_parts,
            ),
            rows,
        )
        if events is not None:
            return iter(cast(list[Event], events))
    if rows == 1:  # DocumentRouter unpacks pages of one event: keep that quick
        data, timestamps, filled = groups
        event = _new_event(
            page["descriptor"],
            page["uid"][0],
            page["time"][0],
            page["seq_num"][0],
            first_row(data) if data else fill,
            first_row(timestamps) if timestamps else fill,
            first_row(filled) if filled else fill,
        )
        return iter((event,))
    # The rows of data, timestamps and filled are built before the first event (as
    # event-model 1.24 does): building them in bulk lets the garbage collector see far
    # fewer young container objects survive than interleaving them with the events.
    data, timestamps, filled = (
        list(rows_from_columns(group, rows)) if group else repeat(fill, rows) for group in groups
    )
    return map(
        _new_event,
        repeat(page["descriptor"], rows),
        page["uid"],
        page["time"],
        page["seq_num"],
        data,
        timestamps,
        filled,
    )


def _new_event(
    descriptor: Any, uid: Any, time: Any, seq_num: Any, data: Any, timestamps: Any, filled: Any
) -> Event:
    """One event with its keys in the order unpacking gives them."""
    return {
        "descriptor": descriptor,
        "uid": uid,
        "time": time,
        "seq_num": seq_num,
        "data": data,
        "timestamps": timestamps,
        "filled": filled,
    }


def pack_datums(datum: Sequence[Datum]) -> DatumPage:
    """Pack one or more datum of the same resource into a datum page.

    ``datum_id`` lists each datum's id in order and ``datum_kwargs`` becomes one column per
    key. The page's keys come in the order ``resource, datum_id, datum_kwargs``.
    Raises EventModelValueError for no datum, datum of different resources or datum whose
    ``datum_kwargs`` keys differ, EventModelKeyError for a missing field.
    """
    if not datum:
        raise errors.empty_input("pack_datum_page", "datum", "resource")
    compiled = _compiled.speedups
    if compiled is not None:
        columns = compiled.collect_columns(datum, "resource", ("datum_id",), ("datum_kwargs",), None)
        if columns is not None:
            resource, (datum_id,), (datum_kwargs,) = columns
            compiled_page = {"resource": resource, "datum_id": datum_id, "datum_kwargs": datum_kwargs}
            return cast(DatumPage, compiled_page)
    try:
        resources = list(map(_resource, datum))
        page = {
            "resource": _single_owner(resources, "datum", "resource", "datum_page"),
            "datum_id": list(map(_datum_id, datum)),
            "datum_kwargs": columns_from_rows(
                list(map(_datum_kwargs, datum)), "datum", "datum_kwargs", "datum_page"
            ),
        }
    except (LookupError, TypeError, AttributeError) as failure:
        if isinstance(failure, EventModelError):
            raise
        raise _describe_bad_row(datum, _DATUM_FIELDS, "datum", "datum") from None
    return cast(DatumPage, page)


def unpack_datum_page(datum_page: DatumPage, as_124: bool = False) -> Generator[Datum, None, None]:
    """Yield the datum of a datum page, one per row, in order.

    Each datum has the keys ``datum_id, datum_kwargs, resource`` (empty ``datum_kwargs``
    are one shared dict, as in event-model 1.24). Raises EventModelValueError, when
    iterated, if the page's columns do not all have one entry per row; with ``as_124``
    such a page is unpacked as 1.24 unpacks it instead.
    """
    if as_124:
        rows = rectangular_rows(datum_page, DATUM_PAGE)
        if rows is None:
            yield from cast(Iterator[Datum], lenient.unpack_datum_page(datum_page))
            return
    else:
        rows = count_rows(datum_page, DATUM_PAGE, "datum_page")
    try:
        datum = _datum_rows(datum_page, rows)
    except Exception:
        if not as_124:
            raise
        datum = cast(Iterator[Datum], lenient.unpack_datum_page(datum_page))
    yield from datum


def _datum_rows(page: Any, rows: int) -> Iterator[Datum]:
    """The datum of a rectangular page of ``rows`` rows."""
    kwargs = page["datum_kwargs"]
    fill: dict[Any, Any] = {}  # the kwargs of every row when there are no columns, as in 1.24
    compiled = _compiled.speedups
    if compiled is not None:
        datum = compiled.build_rows(
            (
                ("datum_id", COLUMN, page["datum_id"]),
                ("datum_kwargs", GROUP, kwargs) if kwargs else ("datum_kwargs", SAME, fill),
                ("resource", SAME, page["resource"]),
            ),
            rows,
        )
        if datum is not None:
            return iter(cast(list[Datum], datum))
    if rows == 1:
        return iter(
            [_new_datum(page["datum_id"][0], first_row(kwargs) if kwargs else fill, page["resource"])]
        )
    rows_kwargs = (
        list(rows_from_columns(kwargs, rows)) if kwargs else repeat(fill, rows)
    )  # in bulk, as for events
    return map(_new_datum, page["datum_id"], rows_kwargs, repeat(page["resource"], rows))


def _new_datum(datum_id: Any, datum_kwargs: Any, resource: Any) -> Datum:
    """One datum with its keys in the order unpacking gives them."""
    return {"datum_id": datum_id, "datum_kwargs": datum_kwargs, "resource": resource}
