"""Converting between documents and pages: pack, unpack, merge, re-chunk and check pages.

A page stores several events (or datum) column-wise: one list per field, one entry per
row. Every function here returns new documents and leaves its inputs untouched (the one
exception, as in event-model 1.24, is that merging a single page returns that page).
"""

from __future__ import annotations

from collections.abc import Generator, Iterable, Mapping
from typing import Any

from . import _pages_errors as errors
from ._pages_bulk import bulk_datum_to_datum_page, bulk_events_to_event_pages
from ._pages_join import merge_pages, rechunk_pages
from ._pages_layout import DATUM_PAGE, EVENT_PAGE
from ._pages_pack import pack_datum_page, pack_event_page, unpack_datum_page, unpack_event_page
from .documents.datum_page import DatumPage
from .documents.event_page import EventPage
from .errors import UnfilledData

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


def merge_event_pages(event_pages: Iterable[EventPage]) -> EventPage:
    """Concatenate event pages of one descriptor into a single event page.

    The result lists ``descriptor, seq_num, time, uid, data, timestamps, filled``; column
    keys follow the first page (``timestamps`` follows its ``data``), and a page without
    ``filled`` counts as having none. A single page is returned as it is.
    Raises EventModelValueError for no pages, pages of different descriptors or ragged
    columns, EventModelKeyError for a column some page lacks.
    """
    merged: EventPage = merge_pages(event_pages, EVENT_PAGE, "merge_event_pages")
    return merged


def merge_datum_pages(datum_pages: Iterable[DatumPage]) -> DatumPage:
    """Concatenate datum pages of one resource into a single datum page.

    The result lists ``resource, datum_id, datum_kwargs``; ``datum_kwargs`` keys follow
    the first page. A single page is returned as it is. Raises EventModelValueError for
    no pages, pages of different resources or ragged columns, EventModelKeyError for a
    column some page lacks.
    """
    merged: DatumPage = merge_pages(datum_pages, DATUM_PAGE, "merge_datum_pages")
    return merged


def rechunk_event_pages(
    event_pages: Iterable[EventPage], chunk_size: int
) -> Generator[EventPage, None, None]:
    """Yield event pages of ``chunk_size`` events (the last may be shorter), rows in order.

    Output pages are laid out like :func:`merge_event_pages`'s. Raises
    EventModelValueError at once for a ``chunk_size`` below 1 (EventModelTypeError if it
    is not an integer), and while iterating for a malformed page or an output page that
    would mix descriptors.
    """
    chunks: Generator[EventPage, None, None] = rechunk_pages(event_pages, chunk_size, EVENT_PAGE)
    return chunks


def rechunk_datum_pages(
    datum_pages: Iterable[DatumPage], chunk_size: int
) -> Generator[DatumPage, None, None]:
    """Yield datum pages of ``chunk_size`` datum (the last may be shorter), rows in order.

    Output pages are laid out like :func:`merge_datum_pages`'s. Raises
    EventModelValueError at once for a ``chunk_size`` below 1 (EventModelTypeError if it
    is not an integer), and while iterating for a malformed page or an output page that
    would mix resources.
    """
    chunks: Generator[DatumPage, None, None] = rechunk_pages(datum_pages, chunk_size, DATUM_PAGE)
    return chunks


def verify_filled(event_page: Mapping[str, Any]) -> None:
    """Check that every external data entry of an event page has been filled.

    Raises :class:`~event_model.errors.UnfilledData` naming every ``filled`` column that
    still has an entry which is not truthy. A page without ``filled`` has nothing to fill.
    """
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
        except TypeError:
            raise errors.wrong_type(column, errors.path("event_page", "filled", key), "a list") from None
    if unfilled:
        raise UnfilledData(
            f"{unfilled!r} in event_page['filled'] still point at external data; "
            f"fill them first, for example with event_model.Filler"
        )
