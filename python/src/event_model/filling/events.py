"""The lookups that filling an event needs: which fields await data, and their datum and resource.

They follow event-model 1.24's Filler step by step (what it reads, in which
order, and which built-in exception a malformed document leads to), with
messages that name the document, the field and what was expected.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from .._required_fields import require_field
from ..errors import (
    EventModelError,
    EventModelKeyError,
    EventModelTypeError,
    EventModelValueError,
    MismatchedDataKeys,
    UnknownDocumentReference,
)
from ..pages.convert import pack_event_page


def keys_marked_unfilled(event: Any, descriptor: Any) -> tuple[list[Any], bool]:
    """The data keys of ``event`` that still hold a datum_id, and whether they came from the descriptor.

    An event's ``filled`` mapping marks such keys with ``False`` (True or a
    datum_id means filled). An event without ``filled`` is taken to have every
    key that its descriptor marks ``external`` unfilled.
    """
    try:
        filled = event["filled"]
    except KeyError:
        data_keys = require_field(descriptor, "data_keys", "descriptor")
        return [key for key, data_key in data_keys.items() if "external" in data_key], True
    return [key for key, value in filled.items() if value is False], False


def datum_id_of(event: Any, key: Any, from_data_keys: bool) -> Any:
    """Return ``event['data'][key]``, the datum_id of a field to fill.

    An event without ``data`` raises EventModelKeyError (1.24 raised KeyError);
    one whose ``data`` lacks ``key`` raises MismatchedDataKeys.
    """
    data = require_field(event, "data", "event")
    try:
        return data[key]
    except KeyError:
        if from_data_keys:
            rule = "event['data'] must have every key that the descriptor's data_keys mark 'external'"
        else:
            rule = "the keys of event['filled'] must be keys of event['data']"
        present = list(data) if isinstance(data, Mapping) else data
        raise MismatchedDataKeys(
            f"event {_label(event)} has no data[{key!r}] to fill: {rule} (event['data'] has "
            f"{present}); the documents were recorded incorrectly or corrupted since"
        ) from None


def lookup_descriptor(descriptor_cache: Any, event: Any) -> Any:
    """Return the cached descriptor of ``event`` (UnknownDocumentReference if not seen)."""
    descriptor_uid = require_field(event, "descriptor", "event")
    try:
        return descriptor_cache[descriptor_uid]
    except KeyError:
        raise UnknownDocumentReference(
            descriptor_uid,
            f"event {_label(event)} refers to descriptor {descriptor_uid!r}, which has not been seen: "
            "send the descriptor before its events",
        ) from None
    except TypeError as error:
        if isinstance(error, EventModelError):
            raise
        raise EventModelTypeError(
            f"event {_label(event)} has descriptor={descriptor_uid!r}: expected a descriptor uid string"
        ) from None


def lookup_datum(datum_cache: Any, event: Any, key: Any, datum_id: Any) -> Any:
    """Return the cached datum that ``event['data'][key]`` names (UnknownDocumentReference if unseen)."""
    try:
        return datum_cache[datum_id]
    except KeyError:
        raise UnknownDocumentReference(
            datum_id,
            f"event {_label(event)} refers to datum {datum_id!r} in data[{key!r}], which has not been "
            "seen: send the resource and its datum before the events that use them",
        ) from None
    except TypeError as error:
        if isinstance(error, EventModelError):
            raise
        raise EventModelTypeError(
            f"event {_label(event)} has data[{key!r}]={datum_id!r}, marked as not filled: "
            "expected a datum_id string"
        ) from None


def lookup_resource(resource_cache: Any, datum: Any) -> Any:
    """Return the cached resource of ``datum`` (UnknownDocumentReference if not seen)."""
    resource_uid = require_field(datum, "resource", "datum")
    try:
        return resource_cache[resource_uid]
    except KeyError:
        raise UnknownDocumentReference(
            resource_uid,
            f"datum {datum.get('datum_id')!r} refers to resource {resource_uid!r}, which has not been "
            "seen: send the resource before its datum are used",
        ) from None
    except TypeError as error:
        if isinstance(error, EventModelError):
            raise
        raise EventModelTypeError(
            f"datum {datum.get('datum_id')!r} has resource={resource_uid!r}: expected a resource uid string"
        ) from None


def _label(event: Any) -> str:
    """Name an event by its uid for a message."""
    return repr(event.get("uid")) if isinstance(event, Mapping) else repr(event)


def _list_columns(columns: Any, rows: int) -> bool:
    """Whether ``columns`` is a dict of lists of ``rows`` entries each."""
    if type(columns) is not dict:
        return False
    return all(type(column) is list and len(column) == rows for column in columns.values())


def repacked_without_filling(page: Any, include: Any, exclude: Any) -> dict[str, Any] | None:
    """The page that unpacking, filling and packing again gives, for a page with nothing to fill.

    Filling a page (as event-model 1.24 does it) unpacks it into events, fills
    each and packs them again: the result is a new page with the keys ``time,
    uid, seq_num, descriptor, filled, data, timestamps`` and new column lists.
    For a regular page (a dict of lists, every column as long as ``uid``, at
    least one row) in which no field marked ``False`` is to be filled, this
    builds that same page directly, without the events. It returns None for
    any other page, which must then go row by row.
    """
    if type(page) is not dict:
        return None
    uid = page.get("uid")
    if type(uid) is not list or not uid or "descriptor" not in page:
        return None
    rows = len(uid)
    time, seq_num = page.get("time"), page.get("seq_num")
    if type(time) is not list or len(time) != rows or type(seq_num) is not list or len(seq_num) != rows:
        return None
    data: Any = page.get("data")
    timestamps: Any = page.get("timestamps")
    filled: Any = page.get("filled", {})
    if not (_list_columns(data, rows) and _list_columns(timestamps, rows) and _list_columns(filled, rows)):
        return None
    for key, column in filled.items():
        if (exclude is not None and key in exclude) or (include is not None and key not in include):
            continue
        for value in column:
            if value is False:
                return None
    return {
        "time": list(time),
        "uid": list(uid),
        "seq_num": list(seq_num),
        "descriptor": page["descriptor"],
        "filled": {key: list(column) for key, column in filled.items()},
        "data": {key: list(column) for key, column in data.items()},
        "timestamps": {key: list(column) for key, column in timestamps.items()},
    }


def fields_to_fill(doc: Any, descriptor: Any, include: Any, exclude: Any) -> Iterator[tuple[Any, bool]]:
    """Yield ``(key, from_data_keys)`` for each field of ``doc`` to fill, after include/exclude."""
    keys, from_data_keys = keys_marked_unfilled(doc, descriptor)
    for key in keys:
        if exclude is not None and key in exclude:
            continue
        if include is not None and key not in include:
            continue
        yield key, from_data_keys


def source_of(
    doc: Any, key_and_origin: tuple[Any, bool], datum_cache: Any, resource_cache: Any
) -> tuple[Any, Any, Any]:
    """The datum_id, datum and resource that one field of ``doc`` is to be filled from."""
    key, from_data_keys = key_and_origin
    datum_id = datum_id_of(doc, key, from_data_keys)
    datum = lookup_datum(datum_cache, doc, key, datum_id)
    return datum_id, datum, lookup_resource(resource_cache, datum)


def record_filled(target: Any, doc: Any, key: Any, datum_id: Any) -> None:
    """Mark ``target['filled'][key]`` with the datum_id its data came from."""
    try:
        filled = target["filled"]
    except KeyError:
        raise EventModelKeyError(
            f"event {doc.get('uid')!r} has no 'filled' mapping in which to record that "
            f"data[{key!r}] was filled from datum {datum_id!r}: expected 'filled' (e.g. "
            f"{{{key!r}: False}}) in events whose data are to be filled"
        ) from None
    filled[key] = datum_id


def pack_filled_rows(rows: list[Any]) -> Any:
    """Pack filled rows into a page; a page without rows cannot be packed (ValueError, as in 1.24)."""
    if not rows:
        raise EventModelValueError(
            "cannot fill an event_page without rows: filling unpacks the page into events and packs "
            "them again, and a page needs at least one event (expected 'uid' and the columns to "
            "have one entry per event)"
        )
    return pack_event_page(*rows)
