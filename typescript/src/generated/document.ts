// GENERATED FILE, do not edit: made from schemas/document.json by json-schema-to-typescript 16.0.0; regenerate with `nox -s codegen`.

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

/**
 * One message carrying one document together with its name, in either framing in use: an object with 'name' and 'doc', or a [name, doc] array.
 */
export type DocumentEnvelope = NamedDocument | DocumentPair;

/**
 * A RunStart document with its name, as an object.
 */
export interface NamedRunStart {
  /**
   * The document name.
   */
  name: "start";
  /**
   * The document.
   */
  doc: RunStart;
}

/**
 * A RunStart document with its name, as a two-element array.
 *
 * @minItems 2
 * @maxItems 2
 */
export type RunStartPair = ["start", RunStart];

/**
 * A RunStop document with its name, as an object.
 */
export interface NamedRunStop {
  /**
   * The document name.
   */
  name: "stop";
  /**
   * The document.
   */
  doc: RunStop;
}

/**
 * A RunStop document with its name, as a two-element array.
 *
 * @minItems 2
 * @maxItems 2
 */
export type RunStopPair = ["stop", RunStop];

/**
 * An EventDescriptor document with its name, as an object.
 */
export interface NamedEventDescriptor {
  /**
   * The document name.
   */
  name: "descriptor";
  /**
   * The document.
   */
  doc: EventDescriptor;
}

/**
 * An EventDescriptor document with its name, as a two-element array.
 *
 * @minItems 2
 * @maxItems 2
 */
export type EventDescriptorPair = ["descriptor", EventDescriptor];

/**
 * An Event document with its name, as an object.
 */
export interface NamedEvent {
  /**
   * The document name.
   */
  name: "event";
  /**
   * The document.
   */
  doc: Event;
}

/**
 * An Event document with its name, as a two-element array.
 *
 * @minItems 2
 * @maxItems 2
 */
export type EventPair = ["event", Event];

/**
 * An EventPage document with its name, as an object.
 */
export interface NamedEventPage {
  /**
   * The document name.
   */
  name: "event_page";
  /**
   * The document.
   */
  doc: EventPage;
}

/**
 * An EventPage document with its name, as a two-element array.
 *
 * @minItems 2
 * @maxItems 2
 */
export type EventPagePair = ["event_page", EventPage];

/**
 * A Datum document with its name, as an object.
 */
export interface NamedDatum {
  /**
   * The document name.
   */
  name: "datum";
  /**
   * The document.
   */
  doc: Datum;
}

/**
 * A Datum document with its name, as a two-element array.
 *
 * @minItems 2
 * @maxItems 2
 */
export type DatumPair = ["datum", Datum];

/**
 * A DatumPage document with its name, as an object.
 */
export interface NamedDatumPage {
  /**
   * The document name.
   */
  name: "datum_page";
  /**
   * The document.
   */
  doc: DatumPage;
}

/**
 * A DatumPage document with its name, as a two-element array.
 *
 * @minItems 2
 * @maxItems 2
 */
export type DatumPagePair = ["datum_page", DatumPage];

/**
 * A Resource document with its name, as an object.
 */
export interface NamedResource {
  /**
   * The document name.
   */
  name: "resource";
  /**
   * The document.
   */
  doc: Resource;
}

/**
 * A Resource document with its name, as a two-element array.
 *
 * @minItems 2
 * @maxItems 2
 */
export type ResourcePair = ["resource", Resource];

/**
 * A StreamResource document with its name, as an object.
 */
export interface NamedStreamResource {
  /**
   * The document name.
   */
  name: "stream_resource";
  /**
   * The document.
   */
  doc: StreamResource;
}

/**
 * A StreamResource document with its name, as a two-element array.
 *
 * @minItems 2
 * @maxItems 2
 */
export type StreamResourcePair = ["stream_resource", StreamResource];

/**
 * A StreamDatum document with its name, as an object.
 */
export interface NamedStreamDatum {
  /**
   * The document name.
   */
  name: "stream_datum";
  /**
   * The document.
   */
  doc: StreamDatum;
}

/**
 * A StreamDatum document with its name, as a two-element array.
 *
 * @minItems 2
 * @maxItems 2
 */
export type StreamDatumPair = ["stream_datum", StreamDatum];

/**
 * A BulkEvents document with its name, as an object.
 */
export interface NamedBulkEvents {
  /**
   * The document name.
   */
  name: "bulk_events";
  /**
   * The document.
   */
  doc: BulkEvents;
}

/**
 * A BulkEvents document with its name, as a two-element array.
 *
 * @minItems 2
 * @maxItems 2
 */
export type BulkEventsPair = ["bulk_events", BulkEvents];

/**
 * A BulkDatum document with its name, as an object.
 */
export interface NamedBulkDatum {
  /**
   * The document name.
   */
  name: "bulk_datum";
  /**
   * The document.
   */
  doc: BulkDatum;
}

/**
 * A BulkDatum document with its name, as a two-element array.
 *
 * @minItems 2
 * @maxItems 2
 */
export type BulkDatumPair = ["bulk_datum", BulkDatum];

/**
 * Any document with its name, as an object {"name": ..., "doc": ...}; the name tells which document schema the doc follows.
 */
export type NamedDocument =
  | NamedRunStart
  | NamedRunStop
  | NamedEventDescriptor
  | NamedEvent
  | NamedEventPage
  | NamedDatum
  | NamedDatumPage
  | NamedResource
  | NamedStreamResource
  | NamedStreamDatum
  | NamedBulkEvents
  | NamedBulkDatum;

/**
 * Any document with its name, as a two-element array [name, doc], the framing of JSON-lines files and of the 0MQ and Kafka bridges.
 */
export type DocumentPair =
  | RunStartPair
  | RunStopPair
  | EventDescriptorPair
  | EventPair
  | EventPagePair
  | DatumPair
  | DatumPagePair
  | ResourcePair
  | StreamResourcePair
  | StreamDatumPair
  | BulkEventsPair
  | BulkDatumPair;
