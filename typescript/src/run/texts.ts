/**
 * Small pieces of the run check's messages and Python's value semantics they rely on.
 *
 * @module
 */

import { pyRepr, pySorted, short } from "./pyrepr.js";
import type { StreamPlan } from "./stream-plan.js";

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * A key standing for a hashable Python value (uids, names: strings, numbers, booleans,
 * null), with Python's equalities (1 == 1.0 == True); undefined for what Python cannot hash.
 */
export function hashKey(value: unknown): string | undefined {
  if (typeof value === "string") return value; // the common case, without a new string per lookup
  if (typeof value === "number") return `\u0000n${value}`;
  if (typeof value === "boolean") return value ? "\u0000n1" : "\u0000n0";
  if (value === null) return "\u0000z";
  return undefined;
}

/** Python's `a != b` for parsed JSON values (booleans equal 0 and 1). */
export function pyDiffers(a: unknown, b: unknown): boolean {
  const left = typeof a === "boolean" ? Number(a) : a;
  const right = typeof b === "boolean" ? Number(b) : b;
  if (typeof left !== "object" || left === null || typeof right !== "object" || right === null) return left !== right;
  return JSON.stringify(left) !== JSON.stringify(right);
}

/** Python's `str(value)` for a name. */
export function pyStr(value: unknown): string {
  return typeof value === "string" ? value : pyRepr(value);
}

/** Describe how a set of event keys differs from the descriptor's. */
export function keyDifference(part: string, found: ReadonlySet<string>, expected: ReadonlySet<string>): string {
  const pieces: string[] = [];
  const missing = pySorted([...expected].filter((key) => !found.has(key)));
  const extra = pySorted([...found].filter((key) => !expected.has(key)));
  if (missing.length > 0) pieces.push(`missing ${pyRepr(missing)}`);
  if (extra.length > 0) pieces.push(`unexpected ${pyRepr(extra)}`);
  return `${part} keys differ from the descriptor's data keys: ${pieces.join(", ")}`;
}

/** The seq_num bookkeeping of one stream name (shared by its descriptors). */
export class StreamCounter {
  lastSeqNum = 0;
  rows = 0;
  streamDatumHigh = 0;

  constructor(
    readonly name: string,
    readonly dataKeys: ReadonlySet<string>,
  ) {}

  /** The num_events a stop should report for this stream. */
  expectedNumEvents(): number {
    return Math.max(this.lastSeqNum, this.streamDatumHigh);
  }

  /** Say where the expected num_events comes from, in words a reader can check. */
  explained(): string {
    const { rows, lastSeqNum: last } = this;
    const sent = `${rows} event${rows === 1 ? " was" : "s were"} sent`;
    if (this.streamDatumHigh > last) return `the stream's stream datums cover seq_num 1 to ${this.streamDatumHigh}; ${sent}`;
    if (rows === last) return `${sent}, seq_num 1 to ${last}`;
    return `a stop counts up to the stream's last seq_num; ${sent}`;
  }
}

/** Say how the descriptor declares the data key an error is about (or nothing). */
export function declaredAs(descriptor: Record<string, unknown>, parts: readonly (string | number)[]): string {
  const [part, key] = parts;
  if (parts.length < 2 || (part !== "data" && part !== "timestamps") || typeof key !== "string") return "";
  const dataKeys = descriptor["data_keys"];
  const dataKey = isObject(dataKeys) && Object.hasOwn(dataKeys, key) ? dataKeys[key] : undefined;
  if (!isObject(dataKey)) return "";
  if (part === "timestamps") return " (a timestamp is a number of seconds since the epoch)";
  const declared = [`dtype ${short(dataKey["dtype"])}`, `shape ${short(dataKey["shape"])}`];
  if ("dtype_numpy" in dataKey) declared.push(`dtype_numpy ${short(dataKey["dtype_numpy"])}`);
  if ("external" in dataKey) declared.push(`external ${short(dataKey["external"])}: a datum id while filled is false`);
  return ` (the descriptor declares ${pyRepr(key)} with ${declared.join(", ")})`;
}

/** Whether the JSON path `path` is `prefix` or lies inside it. */
export function within(path: string, prefix: string): boolean {
  if (path === prefix) return true;
  const next = path[prefix.length];
  return path.startsWith(prefix) && (next === "." || next === "[");
}

/** How many rows a page without a usable seq_num column holds. */
export function pageRows(doc: Record<string, unknown>): number {
  for (const column of ["uid", "time"]) {
    const value = doc[column];
    if (Array.isArray(value)) return value.length;
  }
  return 0;
}

/** The keys of a plan's stream, for messages. */
export function planKeys(plan: StreamPlan | null): ReadonlySet<string> {
  return plan === null ? new Set() : plan.eventKeys;
}

/** difflib.get_close_matches(word, candidates, n=1): the closest candidate scoring at least 0.6. */
export function closestMatch(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestScore = -1;
  for (const candidate of candidates) {
    const score = similarity(word, candidate);
    if (score >= 0.6 && (score > bestScore || (score === bestScore && best !== undefined && candidate > best))) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/** difflib.SequenceMatcher(None, a, b).ratio(): how alike two words are (for a name hint). */
function similarity(a: string, b: string): number {
  const total = a.length + b.length;
  return total === 0 ? 1 : (2 * matching(a, 0, a.length, b, 0, b.length)) / total;
}

function matching(a: string, aLow: number, aHigh: number, b: string, bLow: number, bHigh: number): number {
  let bestI = aLow;
  let bestJ = bLow;
  let bestSize = 0;
  for (let i = aLow; i < aHigh; i += 1) {
    for (let j = bLow; j < bHigh; j += 1) {
      let size = 0;
      while (i + size < aHigh && j + size < bHigh && a[i + size] === b[j + size]) size += 1;
      if (size > bestSize) {
        bestI = i;
        bestJ = j;
        bestSize = size;
      }
    }
  }
  if (bestSize === 0) return 0;
  return (
    bestSize +
    matching(a, aLow, bestI, b, bLow, bestJ) +
    matching(a, bestI + bestSize, aHigh, b, bestJ + bestSize, bHigh)
  );
}
