"""Events and event pages (datum and datum pages) standing in for each other in a router.

A router method that answers ``NotImplemented`` hands its document to the
counterpart method, packed into a one-row page or unpacked into rows. The checks
here say, cheaply, when packing a single row or taking the first row of a page
cannot fail, so that the dispatcher may skip doing it for a counterpart that is
not overridden (1.24 always did it, and raised for malformed documents, which
must still raise).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from ..pages.convert import (
    pack_datum_page,
    pack_event_page,
    unpack_datum_page,
    unpack_event_page,
)

_NO_COLUMNS: dict[str, Any] = {}

__all__ = ["DATUM", "EVENTS", "FAMILY_OF_PAGE", "FAMILY_OF_ROW", "RowsAndPages"]


def _is_plain_event(event: Any) -> bool:
    """Whether ``pack_event_page(event)`` certainly succeeds."""
    return (
        type(event) is dict
        and "time" in event
        and "uid" in event
        and "seq_num" in event
        and "descriptor" in event
        and type(event.get("data")) is dict
        and type(event.get("timestamps")) is dict
        and type(event.get("filled", _NO_COLUMNS)) is dict
    )


def _has_list_columns(columns: Any) -> bool:
    """Whether ``columns`` is a dict whose every value is a list."""
    if type(columns) is not dict:
        return False
    return all(type(column) is list for column in columns.values())


def _is_plain_event_page(page: Any) -> bool:
    """Whether unpacking the first row of ``page`` certainly succeeds and finds a row."""
    if type(page) is not dict:
        return False
    uid = page.get("uid")
    return (
        type(uid) is list
        and len(uid) > 0
        and "descriptor" in page
        and type(page.get("time")) is list
        and type(page.get("seq_num")) is list
        and _has_list_columns(page.get("data"))
        and _has_list_columns(page.get("timestamps"))
        and _has_list_columns(page.get("filled", _NO_COLUMNS))
    )


def _is_plain_datum(datum: Any) -> bool:
    """Whether ``pack_datum_page(datum)`` certainly succeeds."""
    return (
        type(datum) is dict
        and "datum_id" in datum
        and "resource" in datum
        and type(datum.get("datum_kwargs")) is dict
    )


def _is_plain_datum_page(page: Any) -> bool:
    """Whether unpacking the first row of ``page`` certainly succeeds and finds a row."""
    if type(page) is not dict:
        return False
    datum_id = page.get("datum_id")
    return (
        type(datum_id) is list
        and len(datum_id) > 0
        and "resource" in page
        and _has_list_columns(page.get("datum_kwargs"))
    )


class RowsAndPages(NamedTuple):
    """Events and event pages (or datum and datum pages): the names and the conversions between them."""

    row: str
    page: str
    pack: Callable[..., Any]
    unpack: Callable[[Any], Any]
    is_plain_row: Callable[[Any], bool]
    is_plain_page: Callable[[Any], bool]


EVENTS = RowsAndPages(
    "event", "event_page", pack_event_page, unpack_event_page, _is_plain_event, _is_plain_event_page
)


DATUM = RowsAndPages(
    "datum", "datum_page", pack_datum_page, unpack_datum_page, _is_plain_datum, _is_plain_datum_page
)


FAMILY_OF_ROW = {family.row: family for family in (EVENTS, DATUM)}


FAMILY_OF_PAGE = {family.page: family for family in (EVENTS, DATUM)}
