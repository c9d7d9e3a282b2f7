"""The names under which documents travel: ``DocumentNames``."""

from __future__ import annotations

from enum import Enum


class DocumentNames(Enum):
    """The name of each kind of document; each member's value equals its name."""

    stop = "stop"
    start = "start"
    descriptor = "descriptor"
    event = "event"
    datum = "datum"
    resource = "resource"
    event_page = "event_page"
    datum_page = "datum_page"
    stream_resource = "stream_resource"
    stream_datum = "stream_datum"
    bulk_datum = "bulk_datum"  # deprecated: use datum_page
    bulk_events = "bulk_events"  # deprecated: use event_page
