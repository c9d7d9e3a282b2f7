"""Packing, unpacking, bulk conversion and verify_filled with event-model 1.24's semantics.

The quick paths (``pages.pack``, ``pages.bulk``, the compiled loops) handle
well-formed input, where they give 1.24's result. For anything else, and by default
(outside ``strict_checks()``), these functions decide: they accept whatever 1.24
accepted and give its result, however irregular (events of several descriptors give
the last one's, rows with different keys give columns of different lengths, ragged
pages unpack as ``zip``/``zip_longest`` cut or pad them), and where 1.24 failed they
fail at the same step with our subclass of the same built-in exception (see
``pages.access``). Written for that fidelity, not for speed.
"""

from __future__ import annotations

from collections.abc import Generator, Mapping, Sequence
from itertools import zip_longest
from typing import Any

from ..describe import python_path
from ..errors import EventModelTypeError, UnfilledData
from . import access, errors


def pack_event_page(events: Sequence[Any]) -> dict[str, Any]:
    """The event page 1.24 packs ``events`` into; the descriptor is the last event's."""
    if not events:
        raise errors.empty_input("pack_event_page", "events", "descriptor")
    times, uids, seq_nums, filled, data, timestamps = [], [], [], [], [], []
    for index, event in enumerate(events):
        where = python_path("events", index)
        try:
            times.append(access.field(event, "time", where, "event"))
            uids.append(access.field(event, "uid", where, "event"))
            seq_nums.append(access.field(event, "seq_num", where, "event"))
            filled.append(access.optional_field(event, "filled", where, "event"))
            data.append(access.field(event, "data", where, "event"))
            timestamps.append(access.field(event, "timestamps", where, "event"))
        except EventModelTypeError as problem:
            if not isinstance(event, list | tuple):
                raise
            hint = "; pass the events as separate arguments, pack_event_page(*events)"
            raise EventModelTypeError(f"{problem}{hint}") from None
    last = len(events) - 1
    descriptor = access.field(events[last], "descriptor", python_path("events", last), "event")
    return {
        "time": times,
        "uid": uids,
        "seq_num": seq_nums,
        "descriptor": descriptor,
        "filled": access.transposed(filled, "events", "filled"),
        "data": access.transposed(data, "events", "data"),
        "timestamps": access.transposed(timestamps, "events", "timestamps"),
    }


def pack_datum_page(datum: Sequence[Any]) -> dict[str, Any]:
    """The datum page 1.24 packs ``datum`` into; the resource is the last datum's."""
    if not datum:
        raise errors.empty_input("pack_datum_page", "datum", "resource")
    datum_ids, kwargs = [], []
    for index, one in enumerate(datum):
        where = python_path("datum", index)
        datum_ids.append(access.field(one, "datum_id", where, "datum"))
        kwargs.append(access.field(one, "datum_kwargs", where, "datum"))
    last = len(datum) - 1
    resource = access.field(datum[last], "resource", python_path("datum", last), "datum")
    return {
        "resource": resource,
        "datum_id": datum_ids,
        "datum_kwargs": access.transposed(kwargs, "datum", "datum_kwargs"),
    }


def unpack_event_page(page: Any) -> Generator[dict[str, Any], None, None]:
    """The events 1.24 unpacks ``page`` into: as many as its longest row field.

    Rows of ``data``, ``timestamps`` and ``filled`` stop at their shortest column; every
    missing entry is one shared empty dict, as 1.24's ``zip_longest(fillvalue={})`` gives.
    """
    where = "event_page"
    descriptor = access.field(page, "descriptor", where, "event_page")
    data = access.rows_of(access.field(page, "data", where, "event_page"), "event_page['data']")
    timestamps = access.rows_of(
        access.field(page, "timestamps", where, "event_page"), "event_page['timestamps']"
    )
    filled = access.rows_of(
        access.optional_field(page, "filled", where, "event_page"), "event_page['filled']"
    )
    names = ("uid", "time", "seq_num")
    columns = [access.field(page, name, where, "event_page") for name in names]  # all looked up first
    per_row = [
        access.iterate(column, python_path(where, name), "a list (a column)")
        for name, column in zip(names, columns, strict=True)
    ]
    fill: dict[str, Any] = {}
    for uid, time, seq_num, row_data, row_timestamps, row_filled in zip_longest(
        *per_row, data, timestamps, filled, fillvalue=fill
    ):
        yield {
            "descriptor": descriptor,
            "uid": uid,
            "time": time,
            "seq_num": seq_num,
            "data": row_data,
            "timestamps": row_timestamps,
            "filled": row_filled,
        }


def unpack_datum_page(page: Any) -> Generator[dict[str, Any], None, None]:
    """The datum 1.24 unpacks ``page`` into: as many as the longer of datum_id and the kwargs rows."""
    where = "datum_page"
    resource = access.field(page, "resource", where, "datum_page")
    kwargs = access.rows_of(
        access.field(page, "datum_kwargs", where, "datum_page"), "datum_page['datum_kwargs']"
    )
    datum_ids = access.iterate(
        access.field(page, "datum_id", where, "datum_page"), "datum_page['datum_id']", "a list (a column)"
    )
    fill: dict[str, Any] = {}
    for datum_id, row_kwargs in zip_longest(datum_ids, kwargs, fillvalue=fill):
        yield {"datum_id": datum_id, "datum_kwargs": row_kwargs, "resource": resource}


def bulk_events_to_event_pages(bulk_events: Any) -> list[dict[str, Any]]:
    """The event pages 1.24 makes of a bulk_events document, one per descriptor.

    Each page takes its column keys from the first event of its descriptor: a later event
    with a key that event lacks fails (KeyError), one lacking a key leaves a short column.
    """
    try:
        streams = bulk_events.items() if isinstance(bulk_events, Mapping) else enumerate(bulk_events.values())
    except Exception as problem:
        raise errors.unusable(
            problem, bulk_events, "bulk_events", "a mapping of stream name to events"
        ) from None
    pages: dict[Any, dict[str, Any]] = {}
    first_of: dict[Any, str] = {}
    for name, events in streams:
        stream_where = python_path("bulk_events", name)
        for index, event in enumerate(access.iterate(events, stream_where, "a list of events")):
            where = python_path(stream_where, index)
            descriptor = access.field(event, "descriptor", where, "event")
            try:
                page = pages.get(descriptor)
            except Exception as problem:
                raise errors.unusable(
                    problem, descriptor, python_path(where, "descriptor"), "a descriptor uid (hashable)"
                ) from None
            if page is None:
                page = {"time": [], "uid": [], "seq_num": [], "descriptor": descriptor}
                for group in ("data", "timestamps"):
                    page[group] = _empty_columns(
                        access.field(event, group, where, "event"), python_path(where, group)
                    )
                filled = access.optional_field(event, "filled", where, "event")
                page["filled"] = _empty_columns(filled, python_path(where, "filled"))
                pages[descriptor] = page
                first_of[descriptor] = where
            page["uid"].append(access.field(event, "uid", where, "event"))
            page["time"].append(access.field(event, "time", where, "event"))
            page["seq_num"].append(access.field(event, "seq_num", where, "event"))
            for group in ("data", "timestamps", "filled"):
                if group == "filled":
                    row = access.optional_field(event, "filled", where, "event")
                else:
                    row = access.field(event, group, where, "event")
                _append_row(
                    page[group], row, python_path(where, group), python_path(first_of[descriptor], group)
                )
    return list(pages.values())


def _empty_columns(row: Any, where: str) -> dict[Any, list[Any]]:
    """``{key: []}`` for each key of the first event's ``row`` (the page's columns)."""
    try:
        return {key: [] for key in row}
    except Exception as problem:
        raise errors.unusable(problem, row, where, "a mapping of data key to value") from None


def _append_row(columns: dict[Any, list[Any]], row: Any, where: str, first_where: str) -> None:
    """Append each value of ``row`` to its column; a key the first event lacked is a KeyError."""
    try:
        pairs = list(row.items())
    except Exception as problem:
        raise errors.unusable(problem, row, where, "a mapping (its items() become the columns)") from None
    for key, value in pairs:
        entries = columns.get(key)
        if entries is None:
            raise errors.unexpected_key(key, where, first_where, "event_page")
        entries.append(value)


def bulk_datum_to_datum_page(bulk_datum: Any) -> dict[str, Any]:
    """The datum page 1.24 makes of a bulk_datum document; ``datum_id`` is its very list."""
    where = "bulk_datum"
    datum_ids = access.field(bulk_datum, "datum_ids", where, "bulk_datum")
    resource = access.field(bulk_datum, "resource", where, "bulk_datum")
    rows = access.field(bulk_datum, "datum_kwarg_list", where, "bulk_datum")
    return {
        "datum_id": datum_ids,
        "resource": resource,
        "datum_kwargs": access.transposed(rows, "bulk_datum['datum_kwarg_list']", None),
    }


def verify_filled(event_page: Any) -> None:
    """Raise UnfilledData if a ``filled`` column of the page holds a falsy entry, as 1.24 does.

    A page without ``filled`` is a KeyError, as in 1.24. Columns are checked in order and
    the first one that cannot be checked (not iterable, an array of ambiguous truth)
    raises, unless an unfilled column comes before it.
    """
    filled = access.field(event_page, "filled", "event_page", "event_page")
    where = "event_page['filled']"
    if isinstance(filled, Mapping):
        columns: Any = iter(filled.items())  # one pass: the columns after the first unfilled are listed too
    else:
        try:
            columns = enumerate(filled.values())
        except Exception as problem:
            raise errors.unusable(problem, filled, where, "a mapping of data key to column") from None
    unfilled = None
    for key, entries in columns:
        try:
            if not all(entries):
                unfilled = key
                break
        except Exception as problem:
            expected = "a column of booleans"
            raise errors.unusable(problem, entries, python_path(where, key), expected) from None
    if unfilled is None:
        return
    if not isinstance(filled, Mapping):  # 1.24 looks the unfilled column up by items()
        try:
            filled.items()
        except Exception as problem:
            raise errors.unusable(problem, filled, where, "a mapping of data key to column") from None
    keys = [unfilled, *_more_unfilled(columns)]
    raise UnfilledData(
        f"{keys!r} in event_page['filled'] still point at external data; "
        f"fill them first, for example with event_model.Filler"
    )


def _more_unfilled(columns: Any) -> list[Any]:
    """The keys of the remaining columns that are not all truthy (any that cannot be checked are skipped)."""
    keys = []
    for key, entries in columns:
        try:
            if not all(entries):
                keys.append(key)
        except Exception:
            continue
    return keys
