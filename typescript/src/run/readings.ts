/**
 * Checking the readings of events and event pages against their stream's rules: a
 * quick yes/no for every document, and the errors, in the Python package's words, for
 * the few that fail. Hand-written (no generated code), so it runs under a strict
 * Content-Security-Policy.
 *
 * @module
 */

import { describeValue, jsonPath } from "./pyrepr.js";
import { hasType, type SchemaError, typesText } from "./schema-errors.js";
import type { ReadingRule, StreamPlan } from "./stream-plan.js";

type Parts = (string | number)[];
type Record_ = Record<string, unknown>;

function isObject(value: unknown): value is Record_ {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function leafFits(leaf: readonly string[] | null, value: unknown): boolean {
  if (leaf === null) return true;
  for (const type of leaf) if (hasType(value, type)) return true;
  return false;
}

function levelFits(rule: ReadingRule, value: unknown, depth: number): boolean {
  if (depth === rule.dims.length) return leafFits(rule.leaf, value);
  if (!Array.isArray(value)) return false;
  const length = rule.dims[depth];
  if (length !== null && length !== undefined && value.length !== length) return false;
  for (const item of value) if (!levelFits(rule, item, depth + 1)) return false;
  return true;
}

/** Whether one reading fits its data key's rule. */
export function readingFits(rule: ReadingRule, value: unknown): boolean {
  if (rule.unchecked) return true;
  if (rule.anyArray) return Array.isArray(value);
  if (rule.dims.length === 0) return leafFits(rule.leaf, value);
  return levelFits(rule, value, 0);
}

function push(out: SchemaError[], parts: Parts, keyword: string, problem: string): void {
  out.push({ path: jsonPath(parts), parts: [...parts], keyword, problem });
}

function levelErrors(rule: ReadingRule, value: unknown, depth: number, parts: Parts, out: SchemaError[]): void {
  if (depth === rule.dims.length) {
    if (!leafFits(rule.leaf, value)) push(out, parts, "type", `expected ${typesText(rule.leaf)}, got ${describeValue(value)}`);
    return;
  }
  if (!Array.isArray(value)) {
    push(out, parts, "type", `expected an array, got ${describeValue(value)}`);
    return;
  }
  value.forEach((item, index) => levelErrors(rule, item, depth + 1, [...parts, index], out));
  const length = rule.dims[depth];
  if (length !== null && length !== undefined && value.length < length) {
    push(out, parts, "minItems", `expected at least ${length} items, got ${value.length}`);
  }
  if (length !== null && length !== undefined && value.length > length) {
    push(out, parts, "maxItems", `expected at most ${length} items, got ${value.length}`);
  }
}

/** Why one reading does not fit its rule (empty when it does). */
export function readingErrors(rule: ReadingRule, value: unknown, parts: Parts, out: SchemaError[]): void {
  if (rule.unchecked) return;
  if (rule.anyArray) {
    if (!Array.isArray(value)) push(out, parts, "type", `expected an array, got ${describeValue(value)}`);
    return;
  }
  levelErrors(rule, value, 0, parts, out);
}

/** What a rule accepts, in a few words (for "expected a string or ..."). */
function ruleSummary(rule: ReadingRule): string {
  if (rule.unchecked) return "anything";
  if (rule.anyArray || rule.dims.length > 0) return "an array";
  return rule.leaf === null ? "anything" : typesText(rule.leaf);
}

// -- events ---------------------------------------------------------------------------

function externalValueFits(rule: ReadingRule, value: unknown, filled: unknown): boolean {
  const flag = isObject(filled) && Object.hasOwn(filled, rule.key) ? filled[rule.key] : undefined;
  if (flag === false) return typeof value === "string";
  if (flag === true || typeof flag === "string") return readingFits(rule, value);
  return typeof value === "string" || readingFits(rule, value);
}

/** Whether the keys and readings of an event's data, timestamps and filled fit its stream. */
export function eventFits(plan: StreamPlan, doc: Record_): boolean {
  const data = doc["data"];
  const timestamps = doc["timestamps"];
  if (!isObject(data) || !isObject(timestamps)) return false;
  const filled = doc["filled"];
  let inData = 0;
  let inTimestamps = 0;
  for (const rule of plan.rules) {
    const value = Object.hasOwn(data, rule.key) ? data[rule.key] : undefined;
    const stamp = Object.hasOwn(timestamps, rule.key) ? timestamps[rule.key] : undefined;
    if (rule.kind === "stream") {
      if (value !== undefined) inData += 1;
      if (stamp !== undefined) inTimestamps += 1;
      continue;
    }
    if (value === undefined || typeof stamp !== "number") return false;
    inData += 1;
    inTimestamps += 1;
    if (rule.kind === "external" ? !externalValueFits(rule, value, filled) : !readingFits(rule, value)) return false;
  }
  let count = 0;
  for (const _ in data) count += 1;
  if (count !== inData) return false;
  count = 0;
  for (const _ in timestamps) count += 1;
  if (count !== inTimestamps) return false;
  if (isObject(filled)) for (const key in filled) if (!plan.byKey.has(key)) return false;
  return true;
}

function externalEventErrors(rule: ReadingRule, value: unknown, filled: unknown, parts: Parts, out: SchemaError[]): void {
  const trial: SchemaError[] = [];
  readingErrors(rule, value, parts, trial);
  if (typeof value !== "string" && trial.length > 0) {
    push(out, parts, "anyOf", `expected a string or ${ruleSummary(rule)}, got ${describeValue(value)}`);
  }
  if (!isObject(filled) || !Object.hasOwn(filled, rule.key)) return;
  const flag = filled[rule.key];
  if (flag === false) {
    if (typeof value !== "string") push(out, parts, "type", `expected a string, got ${describeValue(value)}`);
  } else if (flag === true || typeof flag === "string") {
    out.push(...trial);
  }
}

/** Drop an 'anyOf' error where a more specific error names the same place. */
function mostSpecific(errors: SchemaError[]): SchemaError[] {
  const specific = new Set(errors.filter((error) => error.keyword !== "anyOf").map((error) => error.path));
  return errors.filter((error) => error.keyword !== "anyOf" || !specific.has(error.path));
}

function timestampErrors(plan: StreamPlan, timestamps: unknown, page: boolean, out: SchemaError[]): void {
  if (!isObject(timestamps)) return;
  for (const rule of plan.rules) {
    if (rule.kind === "stream" || !Object.hasOwn(timestamps, rule.key)) continue;
    const value = timestamps[rule.key];
    const parts = ["timestamps", rule.key];
    if (!page) {
      if (typeof value !== "number") push(out, parts, "type", `expected a number, got ${describeValue(value)}`);
    } else if (!Array.isArray(value)) {
      push(out, parts, "type", `expected an array, got ${describeValue(value)}`);
    } else {
      value.forEach((item, index) => {
        if (typeof item !== "number") push(out, [...parts, index], "type", `expected a number, got ${describeValue(item)}`);
      });
    }
  }
}

/**
 * Why an event's readings do not fit its stream: type and shape errors of data and
 * timestamps values (the keys themselves are compared separately).
 */
export function eventReadingErrors(plan: StreamPlan, doc: Record_): SchemaError[] {
  const out: SchemaError[] = [];
  const data = doc["data"];
  if (isObject(data)) {
    for (const rule of plan.rules) {
      if (rule.kind === "stream" || !Object.hasOwn(data, rule.key)) continue;
      const parts = ["data", rule.key];
      if (rule.kind === "external") externalEventErrors(rule, data[rule.key], doc["filled"], parts, out);
      else readingErrors(rule, data[rule.key], parts, out);
    }
  }
  timestampErrors(plan, doc["timestamps"], false, out);
  return mostSpecific(out);
}

// -- event pages ----------------------------------------------------------------------

type ColumnState = "datum ids" | "readings" | "either";

function columnState(rule: ReadingRule, filled: unknown): ColumnState {
  const flags = isObject(filled) ? filled[rule.key] : undefined;
  if (!Array.isArray(flags)) return "either";
  if (flags.every((flag) => flag === false)) return "datum ids";
  if (flags.every((flag) => flag !== false)) return "readings";
  return "either";
}

function columnFits(rule: ReadingRule, column: unknown, filled: unknown): boolean {
  if (!Array.isArray(column)) return false;
  if (rule.kind !== "external") {
    for (const value of column) if (!readingFits(rule, value)) return false;
    return true;
  }
  const state = columnState(rule, filled);
  for (const value of column) {
    const isId = typeof value === "string";
    if (state === "datum ids" ? !isId : state === "readings" ? !readingFits(rule, value) : !isId && !readingFits(rule, value)) {
      return false;
    }
  }
  return true;
}

/** Whether the keys and columns of an event page's data, timestamps and filled fit its stream. */
export function pageFits(plan: StreamPlan, doc: Record_): boolean {
  const data = doc["data"];
  const timestamps = doc["timestamps"];
  if (!isObject(data) || !isObject(timestamps)) return false;
  const filled = doc["filled"];
  for (const rule of plan.rules) {
    if (rule.kind === "stream") continue;
    if (!Object.hasOwn(data, rule.key) || !Object.hasOwn(timestamps, rule.key)) return false;
    if (!columnFits(rule, data[rule.key], filled)) return false;
    const stamps = timestamps[rule.key];
    if (!Array.isArray(stamps) || !stamps.every((stamp) => typeof stamp === "number")) return false;
  }
  for (const key in data) if (!plan.byKey.has(key)) return false;
  for (const key in timestamps) if (!plan.byKey.has(key)) return false;
  if (isObject(filled)) for (const key in filled) if (!plan.byKey.has(key)) return false;
  return true;
}

function pageColumnErrors(rule: ReadingRule, column: unknown, filled: unknown, parts: Parts, out: SchemaError[]): void {
  if (!Array.isArray(column)) {
    push(out, parts, "type", `expected an array, got ${describeValue(column)}`);
    return;
  }
  const state = rule.kind === "external" ? columnState(rule, filled) : "readings";
  column.forEach((value, index) => {
    const at = [...parts, index];
    if (rule.kind !== "external") {
      readingErrors(rule, value, at, out);
      return;
    }
    const trial: SchemaError[] = [];
    readingErrors(rule, value, at, trial);
    if (typeof value !== "string" && trial.length > 0) {
      push(out, at, "anyOf", `expected a string or ${ruleSummary(rule)}, got ${describeValue(value)}`);
    }
    if (state === "datum ids" && typeof value !== "string") {
      push(out, at, "type", `expected a string, got ${describeValue(value)}`);
    } else if (state === "readings") {
      out.push(...trial);
    }
  });
}

/** Why an event page's columns do not fit its stream (type and shape errors of their values). */
export function pageReadingErrors(plan: StreamPlan, doc: Record_): SchemaError[] {
  const out: SchemaError[] = [];
  const data = doc["data"];
  if (isObject(data)) {
    for (const rule of plan.rules) {
      if (rule.kind === "stream" || !Object.hasOwn(data, rule.key)) continue;
      pageColumnErrors(rule, data[rule.key], doc["filled"], ["data", rule.key], out);
    }
  }
  timestampErrors(plan, doc["timestamps"], true, out);
  return mostSpecific(out);
}
