"""The lookups that filling an event needs: which fields await data, and their datum and resource."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from typing import Any

from ._required_fields import require_field, require_mapping
from .errors import EventModelTypeError, MismatchedDataKeys, UnknownDocumentReference


def fields_to_fill(
    event: Mapping[str, Any],
    descriptor: Mapping[str, Any],
    include: Collection[str] | None,
    exclude: Collection[str] | None,
) -> Iterator[tuple[str, Any]]:
    """Yield ``(data key, datum_id)`` for each field of ``event`` that still holds a datum_id.

    An event's ``filled`` mapping marks such fields with ``False``. An event
    without ``filled`` is taken to have every field that the descriptor marks
    ``external`` unfilled. ``include`` / ``exclude`` (at most one of them) narrow
    the fields. A field that is named but absent from ``data`` raises
    MismatchedDataKeys.
    """
    data = require_mapping(require_field(event, "data", "event"), "event's data")
    if "filled" in event:
        filled = require_mapping(event["filled"], "event's filled")
        # Only False means "not yet filled": True or a datum_id means filled.
        candidates = [key for key, value in filled.items() if value is False]
        origin = "event['filled']"
    else:
        data_keys = require_mapping(
            require_field(descriptor, "data_keys", "descriptor"), "descriptor's data_keys"
        )
        candidates = [
            key
            for key, data_key in data_keys.items()
            if isinstance(data_key, Mapping) and "external" in data_key
        ]
        origin = "the descriptor's external data_keys"
    for key in candidates:
        if exclude is not None and key in exclude:
            continue
        if include is not None and key not in include:
            continue
        try:
            datum_id = data[key]
        except KeyError:
            raise MismatchedDataKeys(
                f"event {event.get('uid')!r} has no data[{key!r}], but {origin} names it: "
                f"the keys of event['data'] ({sorted(data)}) must include every key of {origin}; "
                "the documents were recorded incorrectly or corrupted since"
            ) from None
        yield key, datum_id


def lookup_descriptor(descriptor_cache: Mapping[str, Any], event: Mapping[str, Any]) -> Any:
    """Return the cached descriptor of ``event`` (UnresolvableForeignKeyError if not seen)."""
    descriptor_uid = require_field(event, "descriptor", "event")
    try:
        return descriptor_cache[descriptor_uid]
    except (KeyError, TypeError):
        raise UnknownDocumentReference(
            descriptor_uid,
            f"event {event.get('uid')!r} refers to descriptor {descriptor_uid!r}, which has not been seen: "
            "send the descriptor before its events",
        ) from None


def lookup_datum(datum_cache: Mapping[str, Any], event: Mapping[str, Any], key: str, datum_id: Any) -> Any:
    """Return the cached datum that ``event['data'][key]`` names (UnresolvableForeignKeyError if unseen)."""
    try:
        return datum_cache[datum_id]
    except KeyError:
        raise UnknownDocumentReference(
            datum_id,
            f"event {event.get('uid')!r} refers to datum {datum_id!r} in data[{key!r}], which has not been "
            "seen: send the resource and its datum before the events that use them",
        ) from None
    except TypeError:
        raise EventModelTypeError(
            f"event {event.get('uid')!r} has data[{key!r}]={datum_id!r}, marked as not filled: "
            "expected a datum_id string"
        ) from None


def lookup_resource(resource_cache: Mapping[str, Any], datum: Mapping[str, Any]) -> Any:
    """Return the cached resource of ``datum`` (UnresolvableForeignKeyError if not seen)."""
    resource_uid = require_field(datum, "resource", "datum")
    try:
        return resource_cache[resource_uid]
    except (KeyError, TypeError):
        raise UnknownDocumentReference(
            resource_uid,
            f"datum {datum.get('datum_id')!r} refers to resource {resource_uid!r}, which has not been seen: "
            "send the resource before its datum are used",
        ) from None


def page_may_need_filling(
    page: Mapping[str, Any], include: Collection[str] | None, exclude: Collection[str] | None
) -> bool:
    """Whether any row of an event page has a field marked unfilled (``False``) that is to be filled.

    A page without ``filled`` has nothing marked, so nothing to fill (its rows
    unpack with an empty ``filled``). Anything unusual answers True, so that the
    row-by-row path, with its precise errors, deals with it.
    """
    if not _has_plain_columns(page):
        return True
    filled = page.get("filled")
    if filled is None:
        return False
    for key, column in filled.items():
        if (exclude is not None and key in exclude) or (include is not None and key not in include):
            continue
        if any(value is False for value in column):
            return True
    return False


def _has_plain_columns(page: Mapping[str, Any]) -> bool:
    """Whether a page's columns are all lists (or tuples) in mappings, as :func:`copy_page` needs."""
    for column in ("uid", "time", "seq_num"):
        if not isinstance(page.get(column), (list, tuple)):
            return False
    for table in ("data", "timestamps", "filled"):
        columns = page.get(table, {})
        if not isinstance(columns, Mapping):
            return False
        if not all(isinstance(values, (list, tuple)) for values in columns.values()):
            return False
    return True


def copy_page(page: Mapping[str, Any]) -> dict[str, Any]:
    """A new event page with new column lists (the values themselves are shared), ``filled`` included.

    The page must have plain columns (checked by :func:`page_may_need_filling`).
    """
    copied = dict(page)
    for table in ("data", "timestamps", "filled"):
        copied[table] = {key: list(column) for key, column in page.get(table, {}).items()}
    for column in ("uid", "time", "seq_num"):
        copied[column] = list(page[column])
    return copied
