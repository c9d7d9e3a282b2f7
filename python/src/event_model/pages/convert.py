"""Converting between documents and pages: pack, unpack, merge, re-chunk and check pages.

A page stores several events (or datum) column-wise: one list per field, one entry per
row. Every function here returns new documents and leaves its inputs untouched (the one
exception, as in event-model 1.24, is that merging a single page returns that page).

By default each function behaves as event-model 1.24.0's does, for irregular input
too: events of several descriptors pack into a page with the last one's, rows whose
keys differ give columns of different lengths, ragged pages unpack and merge as 1.24
cuts or pads them, and where 1.24 raised, the same built-in exception class is raised
(our subclass of it, with a message naming the path). The quick paths (Python and the
compiled loops) handle well-formed input; everything else goes to ``pages.lenient``
and ``pages.lenient_join``. Inside ``with event_model.strict_checks():`` such input is
refused instead, with an error that names the problem. The switch is read when a
function is called, also by those that return generators.
"""

from __future__ import annotations

from collections.abc import Generator, Iterable, Mapping
from typing import Any, cast

from ..describe import python_path
from ..documents.datum import Datum
from ..documents.datum_page import DatumPage
from ..documents.event import Event
from ..documents.event_page import EventPage
from ..errors import UnfilledData
from ..strictness import strict_checks_enabled
from . import bulk, errors, lenient, lenient_join, pack
from .join import merge_pages
from .rechunk import rechunk_pages, rechunk_pages_as_124
from .shape import DATUM_PAGE, EVENT_PAGE

__all__ = [
    "pack_event_page",
    "unpack_event_page",
    "pack_datum_page",
    "unpack_datum_page",
    "merge_event_pages",
    "merge_datum_pages",
    "rechunk_event_pages",
    "rechunk_datum_pages",
    "bulk_events_to_event_pages",
    "bulk_datum_to_datum_page",
    "verify_filled",
]


def pack_event_page(*events: Event) -> EventPage:
    """Pack one or more events into an event page.

    Each field of the page is a list with one entry per event, in the order given;
    ``data``, ``timestamps`` and ``filled`` become one column per key (an event without
    ``filled`` counts as having none). The page's keys come in the order
    ``time, uid, seq_num, descriptor, filled, data, timestamps``. As in event-model 1.24
    the descriptor is the last event's and a key some events lack gets a shorter column.
    Raises EventModelValueError for no events, EventModelKeyError for a missing field.
    Under ``strict_checks()`` events of different descriptors or with different keys
    are refused (EventModelValueError, EventModelKeyError).
    """
    if len(events) == 1:  # DocumentRouter packs events one by one: no frame more than needed
        try:
            return pack.pack_one_event(events[0])
        except Exception:  # not a plain event: the general path below decides and explains
            pass
    try:
        return pack.pack_events(events)
    except Exception:
        if strict_checks_enabled():
            raise
        # Not the plain case: 1.24's semantics decide (and raise what 1.24 raised).
        return cast(EventPage, lenient.pack_event_page(events))


def unpack_event_page(event_page: EventPage) -> Generator[Event, None, None]:
    """Yield the events of an event page, one per row, in order.

    Each event has the keys ``descriptor, uid, time, seq_num, data, timestamps, filled``
    (``filled`` is empty when the page has none; a group without columns gives every
    event the same empty dict, as in event-model 1.24). Nothing is read until the first
    event is asked for. A ragged page unpacks as in 1.24: as many events as its longest
    per-row list, ``{}`` where an entry is missing, rows of ``data`` (``timestamps``,
    ``filled``) stopping at their shortest column. Under ``strict_checks()`` a ragged
    page raises EventModelValueError when iterated.
    """
    return pack.unpack_event_page(event_page, as_124=not strict_checks_enabled())


def pack_datum_page(*datum: Datum) -> DatumPage:
    """Pack one or more datum into a datum page.

    ``datum_id`` lists each datum's id in order and ``datum_kwargs`` becomes one column per
    key. The page's keys come in the order ``resource, datum_id, datum_kwargs``; as in
    event-model 1.24 the resource is the last datum's. Raises EventModelValueError for
    no datum, EventModelKeyError for a missing field. Under ``strict_checks()`` datum of
    different resources or with different ``datum_kwargs`` keys are refused.
    """
    try:
        return pack.pack_datums(datum)
    except Exception:
        if strict_checks_enabled():
            raise
        # Not the plain case: 1.24's semantics decide (and raise what 1.24 raised).
        return cast(DatumPage, lenient.pack_datum_page(datum))


def unpack_datum_page(datum_page: DatumPage) -> Generator[Datum, None, None]:
    """Yield the datum of a datum page, one per row, in order.

    Each datum has the keys ``datum_id, datum_kwargs, resource``. Nothing is read until
    the first datum is asked for; a ragged page unpacks as in event-model 1.24 (see
    :func:`unpack_event_page`), or raises EventModelValueError under ``strict_checks()``.
    """
    return pack.unpack_datum_page(datum_page, as_124=not strict_checks_enabled())


def merge_event_pages(event_pages: Iterable[EventPage]) -> EventPage:
    """Concatenate event pages into a single event page.

    The result lists ``descriptor, seq_num, time, uid, data, timestamps, filled``. As in
    event-model 1.24 the descriptor and the column keys come from the first page
    (``timestamps`` follows its ``data``), columns are concatenated whatever their
    lengths, a single page is returned as it is, and no pages raise an IndexError
    (EventModelIndexError), a page lacking a column or ``filled`` a KeyError.
    Under ``strict_checks()`` pages of different descriptors, ragged columns and keys
    only some pages have are refused, a page without ``filled`` counts as having none
    and no pages raise EventModelValueError.
    """
    if strict_checks_enabled():
        strict: EventPage = merge_pages(event_pages, EVENT_PAGE, "merge_event_pages")
        return strict
    merged: EventPage = lenient_join.merge_pages(event_pages, EVENT_PAGE, "merge_event_pages")
    return merged


def merge_datum_pages(datum_pages: Iterable[DatumPage]) -> DatumPage:
    """Concatenate datum pages into a single datum page.

    The result lists ``resource, datum_id, datum_kwargs``, taking the resource and the
    ``datum_kwargs`` keys from the first page as event-model 1.24 does (see
    :func:`merge_event_pages`, also for what ``strict_checks()`` refuses).
    """
    if strict_checks_enabled():
        strict: DatumPage = merge_pages(datum_pages, DATUM_PAGE, "merge_datum_pages")
        return strict
    merged: DatumPage = lenient_join.merge_pages(datum_pages, DATUM_PAGE, "merge_datum_pages")
    return merged


def rechunk_event_pages(
    event_pages: Iterable[EventPage], chunk_size: int
) -> Generator[EventPage, None, None]:
    """Yield event pages of ``chunk_size`` events (the last may be shorter), rows in order.

    Output pages are laid out like :func:`merge_event_pages`'s; one cut from a single
    input page holds slices of its columns. As in event-model 1.24 nothing is checked
    until the first page is asked for: then a ``chunk_size`` of 0 raises ValueError
    (EventModelValueError) and one that is not an integer TypeError, but only once there
    is a page. Under ``strict_checks()`` a ``chunk_size`` below 1 is refused at once
    (EventModelValueError; EventModelTypeError if it is not an integer), and output
    pages that would mix descriptors or malformed pages while iterating.
    """
    if strict_checks_enabled():
        strict: Generator[EventPage, None, None] = rechunk_pages(event_pages, chunk_size, EVENT_PAGE)
        return strict
    chunks: Generator[EventPage, None, None] = rechunk_pages_as_124(event_pages, chunk_size, EVENT_PAGE)
    return chunks


def rechunk_datum_pages(
    datum_pages: Iterable[DatumPage], chunk_size: int
) -> Generator[DatumPage, None, None]:
    """Yield datum pages of ``chunk_size`` datum (the last may be shorter), rows in order.

    Output pages are laid out like :func:`merge_datum_pages`'s; the chunk size is
    checked as :func:`rechunk_event_pages` checks it.
    """
    if strict_checks_enabled():
        strict: Generator[DatumPage, None, None] = rechunk_pages(datum_pages, chunk_size, DATUM_PAGE)
        return strict
    chunks: Generator[DatumPage, None, None] = rechunk_pages_as_124(datum_pages, chunk_size, DATUM_PAGE)
    return chunks


def bulk_events_to_event_pages(bulk_events: Mapping[str, Any]) -> list[EventPage]:
    """Turn a bulk_events document into a list of event pages, one per descriptor.

    Events are grouped by their ``descriptor`` (not by the key they are filed under),
    pages come in the order their descriptors first appear, and each page lists its keys
    as ``time, uid, seq_num, descriptor, data, timestamps, filled``. As in event-model
    1.24 each page takes its column keys from the first event of its descriptor (a later
    event with another key raises EventModelKeyError); under ``strict_checks()`` the
    events of one descriptor must also not lack any of them.
    """
    try:
        return bulk.bulk_events_to_event_pages(bulk_events)
    except Exception:
        if strict_checks_enabled():
            raise
        # Not the plain case: 1.24's semantics decide (and raise what 1.24 raised).
        return cast(list[EventPage], lenient.bulk_events_to_event_pages(bulk_events))


def bulk_datum_to_datum_page(bulk_datum: Mapping[str, Any]) -> DatumPage:
    """Turn a bulk_datum document into one datum page.

    The page lists its keys as ``datum_id, resource, datum_kwargs``; ``datum_kwargs``
    becomes one column per key of the datum_kwarg_list entries. As in event-model 1.24,
    ``datum_id`` is the bulk document's own ``datum_ids`` object (not a copy) and entries
    with different keys give columns of different lengths; ``strict_checks()`` refuses
    those and copies ``datum_ids`` into a new list.
    """
    if strict_checks_enabled():
        return bulk.bulk_datum_to_datum_page(bulk_datum)
    return cast(DatumPage, lenient.bulk_datum_to_datum_page(bulk_datum))


def verify_filled(event_page: Mapping[str, Any]) -> None:
    """Check that every external data entry of an event page has been filled.

    Raises :class:`~event_model.errors.UnfilledData` naming the ``filled`` columns that
    still have an entry which is not truthy. As in event-model 1.24, a page without
    ``filled`` raises EventModelKeyError; under ``strict_checks()`` it has nothing to fill.
    """
    if not strict_checks_enabled():
        lenient.verify_filled(event_page)
        return
    if not isinstance(event_page, Mapping):
        raise errors.wrong_type(event_page, "event_page", "an event_page document (a mapping)")
    filled = event_page.get("filled", {})
    if not isinstance(filled, Mapping):
        raise errors.wrong_type(filled, "event_page['filled']", "a mapping of data key to column")
    unfilled = []
    for key, column in filled.items():
        try:
            if not all(column):
                unfilled.append(key)
        except Exception as problem:
            where = python_path("event_page", "filled", key)
            raise errors.unusable(problem, column, where, "a column of booleans") from None
    if unfilled:
        raise UnfilledData(
            f"{unfilled!r} in event_page['filled'] still point at external data; "
            f"fill them first, for example with event_model.Filler"
        )
