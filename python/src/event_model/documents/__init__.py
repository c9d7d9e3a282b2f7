# GENERATED FILE, do not edit: made from schemas/*.json by codegen/python_types.py; regenerate with `nox -s codegen`.
"""Typed bluesky documents, one module per document schema."""

from __future__ import annotations

from .datum import Datum
from .datum_page import DataFrameForDatumPage, DatumPage
from .event import PartialEvent, Event
from .event_descriptor import DataType, Dtype, DtypeNumpy, LimitsRange, RdsRange, PerObjectHint, Limits, DataKey, Configuration, EventDescriptor
from .event_page import PartialEventPage, EventPage
from .resource import PartialResource, Resource
from .run_start import Hints, ConfigurationProjection, LinkedEventProjection, StaticProjection, Calculation, CalculatedEventProjection, Projections, RunStart
from .run_stop import RunStop
from .stream_datum import StreamRange, StreamDatum
from .stream_resource import StreamResource

Document = Datum | DatumPage | Event | EventDescriptor | EventPage | Resource | RunStart | RunStop | StreamDatum | StreamResource
"""Any one of the bluesky documents."""

DocumentType = type[Datum] | type[DatumPage] | type[Event] | type[EventDescriptor] | type[EventPage] | type[Resource] | type[RunStart] | type[RunStop] | type[StreamDatum] | type[StreamResource]
"""The class of any one of the bluesky documents."""

ALL_DOCUMENTS: tuple[DocumentType, ...] = (Datum, DatumPage, Event, EventDescriptor, EventPage, Resource, RunStart, RunStop, StreamDatum, StreamResource,)
"""Every document class, in the order of the schemas."""

__all__ = [
    "Datum",
    "DataFrameForDatumPage",
    "DatumPage",
    "PartialEvent",
    "Event",
    "DataType",
    "Dtype",
    "DtypeNumpy",
    "LimitsRange",
    "RdsRange",
    "PerObjectHint",
    "Limits",
    "DataKey",
    "Configuration",
    "EventDescriptor",
    "PartialEventPage",
    "EventPage",
    "PartialResource",
    "Resource",
    "Hints",
    "ConfigurationProjection",
    "LinkedEventProjection",
    "StaticProjection",
    "Calculation",
    "CalculatedEventProjection",
    "Projections",
    "RunStart",
    "RunStop",
    "StreamRange",
    "StreamDatum",
    "StreamResource",
    "Document",
    "DocumentType",
    "ALL_DOCUMENTS",
]
