/**
 * The shape of pages: where each kind keeps its owner, per-row fields and column
 * groups; checking that a page is rectangular; turning rows into columns and back.
 *
 * @module
 */

import { absentField, at, keysProblem, mixedOwners, raggedColumn, wrongType } from "./page-errors.js";

/** A document or page, read as an object of fields. */
export type Row = Readonly<Record<string, unknown>>;
/** Named columns: one array per key. */
export type Columns = Record<string, unknown[]>;
/** A page being built. */
export type Page = Record<string, unknown>;

/** Where each kind of page keeps its owner, its per-row fields and its column groups. */
export interface PageLayout {
  /** The page document, for messages ("event_page"). */
  readonly document: string;
  /** The document one row stands for ("event"). */
  readonly row: string;
  /** The single value every row shares ("descriptor"). */
  readonly owner: string;
  /** The per-row field whose length is the number of rows ("uid"). */
  readonly countedBy: string;
  /** The per-row arrays, in the order merged pages list them. */
  readonly rowFields: readonly string[];
  /** The groups of named columns, in the order merged pages list them. */
  readonly groups: readonly string[];
  /** A group a page may leave out, meaning it has no columns. */
  readonly optionalGroup?: string;
  /** [group, model]: when pages are joined, `group` takes its keys from `model`. */
  readonly keyedLike?: readonly [string, string];
}

export const EVENT_PAGE: PageLayout = {
  document: "event_page",
  row: "event",
  owner: "descriptor",
  countedBy: "uid",
  rowFields: ["seq_num", "time", "uid"],
  groups: ["data", "timestamps", "filled"],
  optionalGroup: "filled",
  keyedLike: ["timestamps", "data"],
};

export const DATUM_PAGE: PageLayout = {
  document: "datum_page",
  row: "datum",
  owner: "resource",
  countedBy: "datum_id",
  rowFields: ["datum_id"],
  groups: ["datum_kwargs"],
};

/** The columns of an absent optional group. */
export const NO_COLUMNS: Readonly<Columns> = Object.freeze({});

// ---------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------

/** True for a plain JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Row {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** True when `keys` holds the keys of `model`, in any order. */
export function sameKeys(keys: readonly string[], model: readonly string[]): boolean {
  return keys.length === model.length && model.every((key) => keys.includes(key));
}

/** The columns of `group` in a (checked) page; an absent optional group has none. */
export function columnsOf(page: Row, group: string): Readonly<Columns> {
  return (page[group] ?? NO_COLUMNS) as Readonly<Columns>;
}

/**
 * The number of rows of `page`, after checking that it is a page whose every column
 * holds exactly one entry per row.
 */
export function countRows(page: unknown, layout: PageLayout, where: string): number {
  if (!isRecord(page)) throw wrongType(page, where, `an object (an ${layout.document} document)`);
  for (const field of [layout.owner, layout.countedBy, ...layout.rowFields, ...layout.groups]) {
    if (!(field in page) && field !== layout.optionalGroup) throw absentField(field, where, layout.document);
  }
  const countedWhere = at(where, layout.countedBy);
  const counted = page[layout.countedBy];
  if (!Array.isArray(counted)) throw wrongType(counted, countedWhere, "an array");
  const rows = counted.length;
  const checkColumn = (column: unknown, columnWhere: string): void => {
    if (!Array.isArray(column)) throw wrongType(column, columnWhere, "an array");
    if (column.length !== rows) {
      throw raggedColumn(columnWhere, column.length, countedWhere, rows, layout.document);
    }
  };
  for (const field of layout.rowFields) checkColumn(page[field], at(where, field));
  for (const group of layout.groups) {
    if (!(group in page)) continue;
    const columns = page[group];
    const groupWhere = at(where, group);
    if (!isRecord(columns)) throw wrongType(columns, groupWhere, "an object of column name to column");
    for (const [key, column] of Object.entries(columns)) checkColumn(column, at(groupWhere, key));
  }
  return rows;
}

/** The rows, checked to be objects holding every field of `fields`. */
export function checkRows(
  rows: readonly unknown[],
  fields: readonly string[],
  where: string,
  layout: PageLayout,
): Row[] {
  return rows.map((row, index) => {
    const rowWhere = at(where, index);
    if (!isRecord(row)) {
      const hint = Array.isArray(row) ? `; pass the ${where} as separate arguments, f(...${where})` : "";
      throw wrongType(row, rowWhere, `an object of ${layout.row} fields${hint}`);
    }
    for (const field of fields) if (!(field in row)) throw absentField(field, rowWhere, layout.row);
    return row;
  });
}

/** The one owner (descriptor or resource) of all rows. */
export function singleOwner(rows: readonly Row[], where: string, layout: PageLayout): unknown {
  const first = rows[0]?.[layout.owner];
  const index = rows.findIndex((row) => row[layout.owner] !== first);
  if (index >= 0) {
    throw mixedOwners(
      rows[index]?.[layout.owner],
      at(where, index, layout.owner),
      first,
      at(where, 0, layout.owner),
      layout,
    );
  }
  return rows.at(-1)?.[layout.owner];
}

// ---------------------------------------------------------------------------
// Transpositions
// ---------------------------------------------------------------------------

/** Transpose rows (objects with the same keys) into one column per key, keys in the first row's order. */
export function columnsFromRows(
  rows: readonly unknown[],
  where: string,
  key: string | undefined,
  document: string,
): Columns {
  const rowWhere = (index: number): string => (key === undefined ? at(where, index) : at(where, index, key));
  const firstWhere = rowWhere(0);
  const first = rows[0];
  if (!isRecord(first)) throw wrongType(first, firstWhere, "an object");
  const names = Object.keys(first);
  const columns = new Map<string, unknown[]>(names.map((name) => [name, []]));
  rows.forEach((row, index) => {
    if (!isRecord(row)) throw wrongType(row, rowWhere(index), "an object");
    const keys = Object.keys(row);
    if (!sameKeys(keys, names)) throw keysProblem(keys, rowWhere(index), names, firstWhere, document);
    for (const name of names) columns.get(name)?.push(row[name]);
  });
  // fromEntries defines own properties, so a key such as "__proto__" stays a plain key.
  return Object.fromEntries(columns);
}

/** Row `index` of `columns`, as a new object with the keys in column order. */
export function rowAt(columns: Readonly<Columns>, keys: readonly string[], index: number): Record<string, unknown> {
  return Object.fromEntries(keys.map((key) => [key, columns[key]?.[index]]));
}
