/**
 * Converting between documents and pages: pack, unpack, merge, re-chunk, and
 * checking that a page's external data have been filled.
 *
 * A page stores several events (or datum) column-wise: one array per field, one
 * entry per row. The results match event-model's Python functions of the same names
 * for well-formed input; malformed input throws a {@link PageError} that names the
 * offending value, where it is (such as `events[2].data`) and what was expected.
 * Inputs are never modified; as in Python, merging a single page returns that page.
 *
 * @module
 */

import { PageError, UnfilledDataError } from "./errors.js";
import type { Datum, DatumPage, Event, EventPage } from "./generated/index.js";
import { showValue } from "./issues.js";
import { at, emptyInput, keysProblem, missingKey, mixedOwners, wrongType } from "./page-errors.js";
import {
  DATUM_PAGE,
  EVENT_PAGE,
  NO_COLUMNS,
  checkRows,
  columnsFromRows,
  columnsOf,
  countRows,
  isRecord,
  rowAt,
  sameKeys,
  singleOwner,
  type Page,
  type PageLayout,
  type Row,
} from "./page-shape.js";

// ---------------------------------------------------------------------------
// Pack and unpack
// ---------------------------------------------------------------------------

const EVENT_FIELDS = ["time", "uid", "seq_num", "descriptor", "data", "timestamps"];
const DATUM_FIELDS = ["resource", "datum_id", "datum_kwargs"];

/**
 * Pack one or more events of the same descriptor into an event page.
 *
 * Each field becomes an array with one entry per event, in the order given; `data`,
 * `timestamps` and `filled` become one column per key (an event without `filled` has
 * none). Throws a {@link PageError} for no events, events of different descriptors,
 * events whose keys differ or a missing field.
 */
export function packEventPage(...events: readonly Event[]): EventPage {
  if (events.length === 0) throw emptyInput("packEventPage", "events", "descriptor");
  const rows = checkRows(events, EVENT_FIELDS, "events", EVENT_PAGE);
  const fills = rows.map((row) => ("filled" in row ? row["filled"] : NO_COLUMNS));
  const anyFilled = fills.some((fill) => !isRecord(fill) || Object.keys(fill).length > 0);
  const page = {
    time: rows.map((row) => row["time"]),
    uid: rows.map((row) => row["uid"]),
    seq_num: rows.map((row) => row["seq_num"]),
    descriptor: singleOwner(rows, "events", EVENT_PAGE),
    filled: anyFilled ? columnsFromRows(fills, "events", "filled", "event_page") : {},
    data: columnsFromRows(
      rows.map((row) => row["data"]),
      "events",
      "data",
      "event_page",
    ),
    timestamps: columnsFromRows(
      rows.map((row) => row["timestamps"]),
      "events",
      "timestamps",
      "event_page",
    ),
  };
  return page as EventPage;
}

/**
 * Yield the events of an event page, one per row, in order.
 *
 * Each event has `descriptor, uid, time, seq_num, data, timestamps, filled` (`filled`
 * is empty when the page has none). Throws a {@link PageError}, when iterated, if
 * the page's columns do not all hold one entry per row.
 */
export function* unpackEventPage(eventPage: EventPage): Generator<Event, void, undefined> {
  const rows = countRows(eventPage, EVENT_PAGE, "event_page");
  const page = eventPage as unknown as Row;
  const uid = page["uid"] as unknown[];
  const time = page["time"] as unknown[];
  const seqNum = page["seq_num"] as unknown[];
  const data = columnsOf(page, "data");
  const timestamps = columnsOf(page, "timestamps");
  const filled = columnsOf(page, "filled");
  const dataKeys = Object.keys(data);
  const timestampKeys = Object.keys(timestamps);
  const filledKeys = Object.keys(filled);
  for (let index = 0; index < rows; index += 1) {
    const event = {
      descriptor: page["descriptor"],
      uid: uid[index],
      time: time[index],
      seq_num: seqNum[index],
      data: rowAt(data, dataKeys, index),
      timestamps: rowAt(timestamps, timestampKeys, index),
      filled: rowAt(filled, filledKeys, index),
    };
    yield event as Event;
  }
}

/**
 * Pack one or more datum of the same resource into a datum page.
 *
 * `datum_id` lists each datum's id in order and `datum_kwargs` becomes one column per
 * key. Throws a {@link PageError} for no datum, datum of different resources, datum
 * whose `datum_kwargs` keys differ or a missing field.
 */
export function packDatumPage(...datum: readonly Datum[]): DatumPage {
  if (datum.length === 0) throw emptyInput("packDatumPage", "datum", "resource");
  const rows = checkRows(datum, DATUM_FIELDS, "datum", DATUM_PAGE);
  const page = {
    resource: singleOwner(rows, "datum", DATUM_PAGE),
    datum_id: rows.map((row) => row["datum_id"]),
    datum_kwargs: columnsFromRows(
      rows.map((row) => row["datum_kwargs"]),
      "datum",
      "datum_kwargs",
      "datum_page",
    ),
  };
  return page as DatumPage;
}

/**
 * Yield the datum of a datum page, one per row, in order.
 *
 * Each datum has `datum_id, datum_kwargs, resource`. Throws a {@link PageError},
 * when iterated, if the page's columns do not all hold one entry per row.
 */
export function* unpackDatumPage(datumPage: DatumPage): Generator<Datum, void, undefined> {
  const rows = countRows(datumPage, DATUM_PAGE, "datum_page");
  const page = datumPage as unknown as Row;
  const ids = page["datum_id"] as unknown[];
  const kwargs = columnsOf(page, "datum_kwargs");
  const keys = Object.keys(kwargs);
  for (let index = 0; index < rows; index += 1) {
    const one = { datum_id: ids[index], datum_kwargs: rowAt(kwargs, keys, index), resource: page["resource"] };
    yield one as Datum;
  }
}

// ---------------------------------------------------------------------------
// Merge and re-chunk
// ---------------------------------------------------------------------------

/** A run of rows of one (checked) page: rows `start` up to, not including, `stop`. */
interface Piece {
  readonly page: Row;
  readonly index: number;
  readonly start: number;
  readonly stop: number;
}

function pagesWhere(layout: PageLayout): string {
  return `${layout.document}s`;
}

/** Check that the pieces can be joined: one owner, and the same column keys throughout. */
function checkJoinable(pieces: readonly Piece[], layout: PageLayout): void {
  const where = pagesWhere(layout);
  const first = pieces[0];
  if (first === undefined) return;
  const firstWhere = at(where, first.index);
  for (const { page, index } of pieces) {
    const pageWhere = at(where, index);
    if (page[layout.owner] !== first.page[layout.owner]) {
      throw mixedOwners(
        page[layout.owner],
        at(pageWhere, layout.owner),
        first.page[layout.owner],
        at(firstWhere, layout.owner),
        layout,
      );
    }
    for (const group of layout.groups) {
      const keys = Object.keys(columnsOf(page, group));
      if (layout.keyedLike?.[0] === group) {
        const model = layout.keyedLike[1];
        const lacking = Object.keys(columnsOf(page, model)).find((key) => !keys.includes(key));
        if (lacking !== undefined)
          throw missingKey(lacking, at(pageWhere, group), at(pageWhere, model), layout.document);
        continue;
      }
      const firstKeys = Object.keys(columnsOf(first.page, group));
      if (!sameKeys(keys, firstKeys)) {
        throw keysProblem(keys, at(pageWhere, group), firstKeys, at(firstWhere, group), layout.document);
      }
    }
  }
}

/** The rows of one piece as a new page, each group keeping its own keys. */
function sliced({ page, start, stop }: Piece, layout: PageLayout): Page {
  const piece: Page = { [layout.owner]: page[layout.owner] };
  for (const field of layout.rowFields) piece[field] = (page[field] as unknown[]).slice(start, stop);
  for (const group of layout.groups) {
    const columns = Object.entries(columnsOf(page, group));
    piece[group] = Object.fromEntries(columns.map(([key, column]) => [key, column.slice(start, stop)]));
  }
  return piece;
}

/**
 * One page holding, in order, the rows of every piece; laid out owner, row fields, groups.
 *
 * Column keys come from the first piece's page (a keyed-like group takes its model's keys).
 */
function join(pieces: readonly Piece[], layout: PageLayout): Page {
  checkJoinable(pieces, layout);
  const first = pieces[0] as Piece;
  const joined = (column: (page: Row) => unknown): unknown[] =>
    pieces.flatMap(({ page, start, stop }) => (column(page) as unknown[]).slice(start, stop));
  const merged: Page = { [layout.owner]: first.page[layout.owner] };
  for (const field of layout.rowFields) merged[field] = joined((page) => page[field]);
  for (const group of layout.groups) {
    const keyGroup = layout.keyedLike?.[0] === group ? layout.keyedLike[1] : group;
    const keys = Object.keys(columnsOf(first.page, keyGroup));
    merged[group] = Object.fromEntries(keys.map((key) => [key, joined((page) => columnsOf(page, group)[key])]));
  }
  return merged;
}

function toArray(pages: unknown, layout: PageLayout): unknown[] {
  if (!isIterable(pages)) throw wrongType(pages, pagesWhere(layout), `an iterable of ${layout.document} documents`);
  return Array.from(pages);
}

function isIterable(value: unknown): value is Iterable<unknown> {
  return value !== null && value !== undefined && typeof (value as Iterable<unknown>)[Symbol.iterator] === "function";
}

function mergePages(pages: unknown, layout: PageLayout, fn: string): Page {
  const all = toArray(pages, layout);
  if (all.length === 0) throw emptyInput(fn, pagesWhere(layout), layout.owner);
  const pieces = all.map((page, index) => {
    const rows = countRows(page, layout, at(pagesWhere(layout), index));
    return { page: page as Row, index, start: 0, stop: rows };
  });
  if (all.length === 1) return all[0] as Page;
  return join(pieces, layout);
}

function validChunkSize(chunkSize: unknown): number {
  if (typeof chunkSize !== "number" || !Number.isInteger(chunkSize)) {
    throw new PageError("wrong_type", `${showValue(chunkSize)} is not a valid chunkSize; it must be an integer`);
  }
  if (chunkSize < 1)
    throw new PageError(
      "bad_chunk_size",
      `${chunkSize} is not a valid chunkSize; a page needs room for at least 1 row`,
    );
  return chunkSize;
}

function rechunkPages(pages: unknown, chunkSize: unknown, layout: PageLayout): Generator<Page, void, undefined> {
  const size = validChunkSize(chunkSize);
  if (!isIterable(pages)) throw wrongType(pages, pagesWhere(layout), `an iterable of ${layout.document} documents`);
  return rechunked(pages, size, layout);
}

function* rechunked(pages: Iterable<unknown>, size: number, layout: PageLayout): Generator<Page, void, undefined> {
  let pending: Piece[] = [];
  let room = size;
  let index = 0;
  for (const page of pages) {
    const rows = countRows(page, layout, at(pagesWhere(layout), index));
    let start = 0;
    // The first piece fills what is left of the current output page, whole output
    // pages follow; a page with no rows still makes one (empty) piece.
    do {
      const taken = Math.min(room, rows - start);
      pending.push({ page: page as Row, index, start, stop: start + taken });
      room -= taken;
      start += taken;
      if (room === 0) {
        yield pending.length === 1 ? sliced(pending[0] as Piece, layout) : join(pending, layout);
        pending = [];
        room = size;
      }
    } while (start < rows);
    index += 1;
  }
  if (pending.length > 0) yield pending.length === 1 ? sliced(pending[0] as Piece, layout) : join(pending, layout);
}

/**
 * Concatenate event pages of one descriptor into a single event page.
 *
 * Column keys follow the first page (`timestamps` follows its `data`); a page without
 * `filled` has none. A single page is returned as it is. Throws a {@link PageError}
 * for no pages, pages of different descriptors, ragged columns or differing keys.
 */
export function mergeEventPages(eventPages: Iterable<EventPage>): EventPage {
  return mergePages(eventPages, EVENT_PAGE, "mergeEventPages") as unknown as EventPage;
}

/**
 * Concatenate datum pages of one resource into a single datum page.
 *
 * `datum_kwargs` keys follow the first page. A single page is returned as it is.
 * Throws a {@link PageError} for no pages, pages of different resources, ragged
 * columns or differing keys.
 */
export function mergeDatumPages(datumPages: Iterable<DatumPage>): DatumPage {
  return mergePages(datumPages, DATUM_PAGE, "mergeDatumPages") as unknown as DatumPage;
}

/**
 * Yield event pages of `chunkSize` events (the last may be shorter), rows in order.
 *
 * Throws a {@link PageError} at once for a `chunkSize` that is not an integer of at
 * least 1, and while iterating for a malformed page or for an output page that would
 * mix descriptors.
 */
export function rechunkEventPages(
  eventPages: Iterable<EventPage>,
  chunkSize: number,
): Generator<EventPage, void, undefined> {
  return rechunkPages(eventPages, chunkSize, EVENT_PAGE) as unknown as Generator<EventPage, void, undefined>;
}

/**
 * Yield datum pages of `chunkSize` datum (the last may be shorter), rows in order.
 *
 * Throws a {@link PageError} at once for a `chunkSize` that is not an integer of at
 * least 1, and while iterating for a malformed page or for an output page that would
 * mix resources.
 */
export function rechunkDatumPages(
  datumPages: Iterable<DatumPage>,
  chunkSize: number,
): Generator<DatumPage, void, undefined> {
  return rechunkPages(datumPages, chunkSize, DATUM_PAGE) as unknown as Generator<DatumPage, void, undefined>;
}

/** Python's truth value of a filled entry: false, null, 0, "" and empty arrays or objects are false. */
function isTruthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (isRecord(value)) return Object.keys(value).length > 0;
  return Boolean(value);
}

/**
 * Check that every external data entry of an event page has been filled.
 *
 * Throws an {@link UnfilledDataError} naming every `filled` column that still holds
 * an entry that is not filled (false). A page without `filled` has nothing to fill.
 */
export function verifyFilled(eventPage: EventPage): void {
  if (!isRecord(eventPage)) throw wrongType(eventPage, "event_page", "an object (an event_page document)");
  const filled = "filled" in eventPage ? (eventPage as Row)["filled"] : NO_COLUMNS;
  if (!isRecord(filled)) throw wrongType(filled, "event_page.filled", "an object of data key to column");
  const unfilled = Object.entries(filled)
    .filter(([key, column]) => {
      if (!Array.isArray(column)) throw wrongType(column, at("event_page.filled", key), "an array");
      return !column.every(isTruthy);
    })
    .map(([key]) => key);
  if (unfilled.length > 0) {
    throw new UnfilledDataError(
      unfilled,
      `${unfilled.map((key) => showValue(key)).join(", ")} in event_page.filled still point at external data; ` +
        "fill them first",
    );
  }
}
