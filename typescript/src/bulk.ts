/**
 * Converting the deprecated bulk documents (bulk_events, bulk_datum) into pages.
 *
 * @module
 */

import { PageError } from "./errors.js";
import type { BulkDatum, BulkEvents, DatumPage, Event, EventPage } from "./generated/index.js";
import { showValue } from "./issues.js";
import { absentField, at, raggedColumn, wrongType } from "./page-errors.js";
import { columnsFromRows, isRecord, type Columns } from "./page-shape.js";
import { packEventPage } from "./pages.js";

/** The key order of the pages made from bulk events. */
const BULK_PAGE_ORDER = ["time", "uid", "seq_num", "descriptor", "data", "timestamps", "filled"] as const;

/**
 * Turn a bulk_events document into event pages, one per descriptor.
 *
 * Events are grouped by their `descriptor` (not by the key they are filed under);
 * pages come in the order their descriptors first appear and list their keys as
 * `time, uid, seq_num, descriptor, data, timestamps, filled`. Throws a
 * {@link PageError} for malformed input.
 */
export function bulkEventsToEventPages(bulkEvents: BulkEvents): EventPage[] {
  if (!isRecord(bulkEvents)) throw wrongType(bulkEvents, "bulk_events", "an object of stream name to events");
  const groups = new Map<unknown, unknown[]>();
  for (const [name, events] of Object.entries(bulkEvents)) {
    if (!Array.isArray(events)) throw wrongType(events, at("bulk_events", name), "an array of events");
    events.forEach((event: unknown, index) => {
      const where = at("bulk_events", name, index);
      if (!isRecord(event)) throw wrongType(event, where, "an event document (an object)");
      if (!("descriptor" in event)) throw absentField("descriptor", where, "event");
      const group = groups.get(event["descriptor"]);
      if (group === undefined) groups.set(event["descriptor"], [event]);
      else group.push(event);
    });
  }
  return [...groups].map(([descriptor, events]) => {
    let page: EventPage;
    try {
      page = packEventPage(...(events as Event[]));
    } catch (error) {
      if (!(error instanceof PageError)) throw error;
      const context = `in bulk_events, among the events of descriptor ${showValue(descriptor)}`;
      throw new PageError(error.code, `${context}: ${error.message}`);
    }
    return Object.fromEntries(BULK_PAGE_ORDER.map((key) => [key, page[key]])) as unknown as EventPage;
  });
}

/**
 * Turn a bulk_datum document into one datum page.
 *
 * The page lists its keys as `datum_id, resource, datum_kwargs`; `datum_kwargs`
 * becomes one column per key of the `datum_kwarg_list` entries. Throws a
 * {@link PageError} for malformed input.
 */
export function bulkDatumToDatumPage(bulkDatum: BulkDatum): DatumPage {
  if (!isRecord(bulkDatum)) throw wrongType(bulkDatum, "bulk_datum", "a bulk_datum document (an object)");
  for (const field of ["datum_ids", "resource", "datum_kwarg_list"]) {
    if (!(field in bulkDatum)) throw absentField(field, "bulk_datum", "bulk_datum");
  }
  const ids: unknown = bulkDatum["datum_ids"];
  const kwargs: unknown = bulkDatum["datum_kwarg_list"];
  if (!Array.isArray(ids)) throw wrongType(ids, "bulk_datum.datum_ids", "an array");
  if (!Array.isArray(kwargs)) throw wrongType(kwargs, "bulk_datum.datum_kwarg_list", "an array");
  let columns: Columns = {};
  if (kwargs.length > 0) columns = columnsFromRows(kwargs, "bulk_datum.datum_kwarg_list", undefined, "datum_page");
  // Only columns need one entry per datum: a list of empty kwargs has none.
  if (Object.keys(columns).length > 0 && kwargs.length !== ids.length) {
    throw raggedColumn("bulk_datum.datum_kwarg_list", kwargs.length, "bulk_datum.datum_ids", ids.length, "datum_page");
  }
  const page = { datum_id: [...ids], resource: bulkDatum["resource"], datum_kwargs: columns };
  return page as DatumPage;
}
