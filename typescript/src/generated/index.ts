// GENERATED FILE, do not edit: made from schemas/*.json by codegen/typescript.mjs; regenerate with `nox -s codegen`.

/** Every type made from the schemas, the Document union and the document names. */

export type { BulkDatum } from "./bulk_datum.js";
export type { BulkEvents } from "./bulk_events.js";
export type { Datum } from "./datum.js";
export type { DatumPage, DataFrameForDatumPage } from "./datum_page.js";
export type {
  DocumentEnvelope,
  NamedRunStart,
  RunStartPair,
  NamedRunStop,
  RunStopPair,
  NamedEventDescriptor,
  EventDescriptorPair,
  NamedEvent,
  EventPair,
  NamedEventPage,
  EventPagePair,
  NamedDatum,
  DatumPair,
  NamedDatumPage,
  DatumPagePair,
  NamedResource,
  ResourcePair,
  NamedStreamResource,
  StreamResourcePair,
  NamedStreamDatum,
  StreamDatumPair,
  NamedBulkEvents,
  BulkEventsPair,
  NamedBulkDatum,
  BulkDatumPair,
  NamedDocument,
  DocumentPair,
} from "./document.js";
export type { Event, PartialEvent } from "./event.js";
export type {
  EventDescriptor,
  DataType,
  Dtype,
  DtypeNumpy,
  DataKey,
  Limits,
  LimitsRange,
  RdsRange,
  Configuration,
  PerObjectHint,
} from "./event_descriptor.js";
export type { EventPage, PartialEventPage } from "./event_page.js";
export type { Resource, PartialResource } from "./resource.js";
export type {
  RunStart,
  Hints,
  Projections,
  ConfigurationProjection,
  LinkedEventProjection,
  CalculatedEventProjection,
  StaticProjection,
  Calculation,
} from "./run_start.js";
export type { RunStop } from "./run_stop.js";
export type { StreamDatum, StreamRange } from "./stream_datum.js";
export type { StreamResource } from "./stream_resource.js";

import type { BulkDatum } from "./bulk_datum.js";
import type { BulkEvents } from "./bulk_events.js";
import type { Datum } from "./datum.js";
import type { DatumPage } from "./datum_page.js";
import type { Event } from "./event.js";
import type { EventDescriptor } from "./event_descriptor.js";
import type { EventPage } from "./event_page.js";
import type { Resource } from "./resource.js";
import type { RunStart } from "./run_start.js";
import type { RunStop } from "./run_stop.js";
import type { StreamDatum } from "./stream_datum.js";
import type { StreamResource } from "./stream_resource.js";

/** Any one of the ten bluesky document types. */
export type Document =
  | Datum
  | DatumPage
  | Event
  | EventDescriptor
  | EventPage
  | Resource
  | RunStart
  | RunStop
  | StreamDatum
  | StreamResource;

/** The schema file of each document name, as the envelope schema pairs them. */
export const DOCUMENT_SCHEMA_FILES = {
  start: "run_start.json",
  stop: "run_stop.json",
  descriptor: "event_descriptor.json",
  event: "event.json",
  event_page: "event_page.json",
  datum: "datum.json",
  datum_page: "datum_page.json",
  resource: "resource.json",
  stream_resource: "stream_resource.json",
  stream_datum: "stream_datum.json",
  bulk_events: "bulk_events.json",
  bulk_datum: "bulk_datum.json",
} as const;

/** A name under which a document travels, such as "start" or "event_page". */
export type DocumentName = keyof typeof DOCUMENT_SCHEMA_FILES;

/** The document type that travels under each name. */
export interface DocumentsByName {
  start: RunStart;
  stop: RunStop;
  descriptor: EventDescriptor;
  event: Event;
  event_page: EventPage;
  datum: Datum;
  datum_page: DatumPage;
  resource: Resource;
  stream_resource: StreamResource;
  stream_datum: StreamDatum;
  bulk_events: BulkEvents;
  bulk_datum: BulkDatum;
}
