"""Converting between documents and pages: pack, unpack, merge, re-chunk and check pages.

The modules are the phases of page conversion: ``convert`` holds the public
functions and chooses between event-model 1.24's semantics (the default:
``lenient``, ``lenient_join``, ``access``) and the checks of ``strict_checks()``;
``layout`` and ``shape`` describe what a page is and whether it is rectangular;
``rows`` and ``pack`` turn rows into columns and back; ``join`` and ``rechunk``
merge pages and cut them anew; ``bulk`` reads the deprecated bulk documents;
``compiled`` loads the optional C loops (``_speedups.c``); ``errors`` words what
went wrong.
"""

from .convert import (
    bulk_datum_to_datum_page,
    bulk_events_to_event_pages,
    merge_datum_pages,
    merge_event_pages,
    pack_datum_page,
    pack_event_page,
    rechunk_datum_pages,
    rechunk_event_pages,
    unpack_datum_page,
    unpack_event_page,
    verify_filled,
)

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
