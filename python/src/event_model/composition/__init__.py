"""Composition: building the documents of a run, as the RunEngine does.

Each module composes one family of documents; this package only re-exports.
"""

from .descriptor import ComposeDescriptor, ComposeDescriptorBundle, compose_descriptor
from .event import ComposeEvent, ComposeEventPage, compose_event, compose_event_page
from .resource import (
    ComposeDatum,
    ComposeDatumPage,
    ComposeResource,
    ComposeResourceBundle,
    compose_datum,
    compose_datum_page,
    compose_resource,
)
from .run import ComposeRunBundle, ComposeStop, compose_run, compose_stop
from .stream_resource import (
    ComposeStreamDatum,
    ComposeStreamResource,
    ComposeStreamResourceBundle,
    compose_stream_datum,
    compose_stream_resource,
)

__all__ = [
    "compose_run",
    "ComposeRunBundle",
    "ComposeStop",
    "compose_stop",
    "ComposeDescriptor",
    "ComposeDescriptorBundle",
    "compose_descriptor",
    "ComposeEvent",
    "ComposeEventPage",
    "compose_event",
    "compose_event_page",
    "ComposeResource",
    "ComposeResourceBundle",
    "ComposeDatum",
    "ComposeDatumPage",
    "compose_resource",
    "compose_datum",
    "compose_datum_page",
    "ComposeStreamResource",
    "ComposeStreamResourceBundle",
    "ComposeStreamDatum",
    "compose_stream_resource",
    "compose_stream_datum",
]
