/**
 * python-jsonschema's `best_match`, as the Python package applies it to the first error
 * of a document: an `anyOf` error is explained by the error of one of its alternatives
 * (the deepest, then the first by path, preferring `anyOf` errors, then errors whose
 * schema's `type` the value has not), descending while one error is strictly the most
 * relevant. The Python package reports that error first, then the `anyOf` error itself.
 *
 * @module
 */

import { comparePyStrings } from "./pyrepr.js";

type Parts = readonly (string | number)[];

/** What `best_match` reads of an error. */
export interface Candidate {
  readonly keyword: string;
  readonly parts: Parts;
  /** Whether the error's schema has a `type` that the value has (jsonschema's `_matches_type`). */
  readonly matchesType: boolean;
  /** The errors of every alternative of a failed `anyOf`, at absolute paths. */
  readonly context?: readonly Candidate[];
}

const WEAK = new Set(["anyOf", "oneOf"]);

function comparePart(a: string | number, b: string | number): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  // Paths that agree up to here name the same value, so both parts are keys or both indices.
  return comparePyStrings(String(a), String(b));
}

function comparePaths(a: Parts, b: Parts): number {
  const shared = Math.min(a.length, b.length);
  for (let index = 0; index < shared; index += 1) {
    const difference = comparePart(a[index] as string | number, b[index] as string | number);
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}

/** jsonschema's `relevance` key of `error` (inside an error at `depth`), compared; the smaller comes first. */
function compareRelevance(a: Candidate, b: Candidate, depth: number): number {
  const pathA = a.parts.slice(depth);
  const pathB = b.parts.slice(depth);
  if (pathA.length !== pathB.length) return pathB.length - pathA.length;
  const byPath = comparePaths(pathA, pathB);
  if (byPath !== 0) return byPath;
  const strongA = WEAK.has(a.keyword) ? 0 : 1;
  const strongB = WEAK.has(b.keyword) ? 0 : 1;
  if (strongA !== strongB) return strongA - strongB;
  return (a.matchesType ? 0 : 1) - (b.matchesType ? 0 : 1);
}

/** The two least of `errors` by relevance, as `heapq.nsmallest(2, ...)` finds them (stable). */
function twoLeast(errors: readonly Candidate[], depth: number): Candidate[] {
  return [...errors].sort((a, b) => compareRelevance(a, b, depth)).slice(0, 2);
}

/** `best_match([error])`: `error`, or the error inside its alternatives that explains it best. */
export function bestMatch<T extends Candidate>(error: T): T {
  let best: Candidate = error;
  while (best.context !== undefined && best.context.length > 0) {
    const [first, second] = twoLeast(best.context, best.parts.length);
    if (first === undefined) break;
    if (second !== undefined && compareRelevance(first, second, best.parts.length) === 0) break;
    best = first;
  }
  return best as T;
}
