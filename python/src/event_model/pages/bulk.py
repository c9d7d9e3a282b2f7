"""Converting the deprecated bulk documents (bulk_events, bulk_datum) into pages."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from ..describe import python_path, short_repr
from ..documents.datum_page import DatumPage
from ..documents.event_page import EventPage
from ..errors import EventModelError
from . import errors
from .pack import pack_events
from .rows import columns_from_rows

_BULK_PAGE_ORDER = ("time", "uid", "seq_num", "descriptor", "data", "timestamps", "filled")


def bulk_events_to_event_pages(bulk_events: Mapping[str, Any]) -> list[EventPage]:
    """Turn a bulk_events document into a list of event pages, one per descriptor.

    Events are grouped by their ``descriptor`` (not by the key they are filed under),
    pages come in the order their descriptors first appear, and each page lists its keys
    as ``time, uid, seq_num, descriptor, data, timestamps, filled``.
    """
    if not isinstance(bulk_events, Mapping):
        raise errors.wrong_type(bulk_events, "bulk_events", "a mapping of stream name to events")
    groups: dict[Any, list[Any]] = {}
    for name, events in bulk_events.items():
        if not isinstance(events, list | tuple):
            raise errors.wrong_type(events, python_path("bulk_events", name), "a list of events")
        for index, event in enumerate(events):
            try:
                descriptor = event["descriptor"]
                groups.setdefault(descriptor, []).append(event)
            except (LookupError, TypeError) as failure:
                where = python_path("bulk_events", name, index)
                if isinstance(failure, LookupError) and isinstance(event, Mapping):
                    raise errors.absent_field("descriptor", where, "event") from None
                raise errors.wrong_type(event, where, "an event document (a mapping)") from None
    pages = []
    for descriptor, events in groups.items():
        try:
            page: Any = pack_events(events)
        except EventModelError as problem:
            context = f"in bulk_events, among the events of descriptor {short_repr(descriptor)}"
            raise type(problem)(f"{context}: {problem.args[0]}") from None
        pages.append(cast(EventPage, {key: page[key] for key in _BULK_PAGE_ORDER}))
    return pages


def bulk_datum_to_datum_page(bulk_datum: Mapping[str, Any]) -> DatumPage:
    """Turn a bulk_datum document into one datum page.

    The page lists its keys as ``datum_id, resource, datum_kwargs``; ``datum_kwargs``
    becomes one column per key of the datum_kwarg_list entries.
    """
    if not isinstance(bulk_datum, Mapping):
        raise errors.wrong_type(bulk_datum, "bulk_datum", "a bulk_datum document (a mapping)")
    for field in ("datum_ids", "resource", "datum_kwarg_list"):
        if field not in bulk_datum:
            raise errors.absent_field(field, "bulk_datum", "bulk_datum")
    datum_ids = bulk_datum["datum_ids"]
    kwarg_list = bulk_datum["datum_kwarg_list"]
    for field, value in (("datum_ids", datum_ids), ("datum_kwarg_list", kwarg_list)):
        if not isinstance(value, list | tuple):
            raise errors.wrong_type(value, python_path("bulk_datum", field), "a list")
    columns = {}
    if kwarg_list:
        columns = columns_from_rows(kwarg_list, "bulk_datum['datum_kwarg_list']", None, "datum_page")
    if columns and len(kwarg_list) != len(datum_ids):
        raise errors.ragged_column(
            "bulk_datum['datum_kwarg_list']",
            len(kwarg_list),
            "bulk_datum['datum_ids']",
            len(datum_ids),
            "datum_page",
        )
    page = {"datum_id": list(datum_ids), "resource": bulk_datum["resource"], "datum_kwargs": columns}
    return cast(DatumPage, page)
