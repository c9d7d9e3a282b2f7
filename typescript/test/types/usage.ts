// Type-level test of the package's declarations: everything here must compile, except
// the lines after each @ts-expect-error, which must not. Run by `npm run test:types`.

import {
  assertValid,
  isEvent,
  isNamedDocument,
  mergeEventPages,
  packDatumPage,
  packEventPage,
  rechunkEventPages,
  unpackEventPage,
  validate,
  type DataKey,
  type Datum,
  type Document,
  type DocumentName,
  type DocumentPair,
  type DocumentsByName,
  type Event,
  type EventDescriptor,
  type EventPage,
  type NamedDocument,
  type PartialEvent,
  type RunStart,
  type RunStop,
  type StreamDatum,
  type ValidationResult,
} from "bluesky-event-model";

const event: Event = {
  uid: "e1",
  descriptor: "d1",
  seq_num: 1,
  time: 1.5,
  data: { det: 1 },
  timestamps: { det: 1.4 },
  filled: {},
};
const stop: RunStop = { uid: "s1", time: 2, run_start: "r1", exit_status: "success" };
const start: RunStart = { uid: "r1", time: 1, plan_name: "count", scan_id: 3 };
const datum: Datum = { datum_id: "res/0", resource: "res", datum_kwargs: { point: 0 } };

// Documents extend their partial forms.
const partial: PartialEvent = event;
// @ts-expect-error a partial event lacks uid, descriptor and seq_num
const notAnEvent: Event = partial;

// @ts-expect-error exit_status is one of "success", "abort", "fail"
const badStop: RunStop = { ...stop, exit_status: "ok" };

// @ts-expect-error seq_num is a number
const badEvent: Event = { ...event, seq_num: "1" };

// @ts-expect-error an Event has no other keys
const extraEvent: Event = { ...event, colour: "red" };

// @ts-expect-error dtype is one of the five JSON type names
const badKey: DataKey = { source: "s", dtype: "float", shape: [] };
const goodKey: DataKey = { source: "s", dtype: "number", shape: [null, 2], units: null, dtype_numpy: [["x", "<f8"]] };

// Narrowing a named document on its name gives the document's type.
function describeNamed(named: NamedDocument): string {
  switch (named.name) {
    case "start":
      return named.doc.uid;
    case "event":
      return named.doc.seq_num.toFixed(0);
    case "descriptor":
      return Object.keys(named.doc.data_keys).join();
    case "stream_datum":
      return String(named.doc.indices.start);
    default:
      return named.name;
  }
}

// The pair framing is a tuple of the name and the matching document.
const pair: DocumentPair = ["stop", stop];
// @ts-expect-error a RunStop does not travel under "event"
const wrongPair: DocumentPair = ["event", stop];
// @ts-expect-error a pair has exactly two elements
const longPair: DocumentPair = ["stop", stop, 3];

function describePair(value: DocumentPair): number | undefined {
  if (value[0] === "event_page") {
    const page: EventPage = value[1];
    return page.seq_num.length;
  }
  return undefined;
}

// The Document union holds the ten document types, and no other values.
const documents: Document[] = [event, stop, start, datum];
// @ts-expect-error a string is not a document
const notADocument: Document = "event";

const name: DocumentName = "bulk_datum";
// @ts-expect-error "events" is not a document name
const badName: DocumentName = "events";
const byName: DocumentsByName["descriptor"] | undefined = undefined as EventDescriptor | undefined;

/** Marks values as used. */
function use(...values: unknown[]): number {
  return values.length;
}

// validate: a discriminated result; errors exist only on the invalid branch.
const result: ValidationResult = validate("event", JSON.parse("{}") as unknown);
if (result.valid) {
  // @ts-expect-error a valid result has no errors
  use(result.errors);
} else {
  const first: string | undefined = result.errors[0]?.path;
  use(first);
}
// @ts-expect-error only document names are accepted
validate("events", {});

// Guards and assertions narrow unknown values.
function useGuards(value: unknown, other: unknown, envelope: unknown): number {
  if (isEvent(value)) {
    const seq: number = value.seq_num;
    return seq;
  }
  if (isNamedDocument(envelope) && envelope.name === "stream_datum") {
    const streamDatum: StreamDatum = envelope.doc;
    return streamDatum.seq_nums.stop;
  }
  assertValid("descriptor", other);
  const keys: DataKey[] = Object.values(other.data_keys);
  return keys.length;
}

// Page helpers keep the document types.
const page: EventPage = packEventPage(event, { ...event, uid: "e2", seq_num: 2 });
const merged: EventPage = mergeEventPages([page, page]);
const chunks: EventPage[] = [...rechunkEventPages([merged], 2)];
const events: Event[] = [...unpackEventPage(page)];
// @ts-expect-error datum cannot be packed into an event page
packEventPage(datum);
const datumPage = packDatumPage(datum);
// @ts-expect-error a datum page is not an event page
const confused: EventPage = datumPage;

export {
  badEvent,
  badKey,
  badName,
  badStop,
  byName,
  chunks,
  confused,
  describeNamed,
  describePair,
  documents,
  events,
  extraEvent,
  goodKey,
  longPair,
  name,
  notADocument,
  notAnEvent,
  pair,
  useGuards,
  wrongPair,
};
