/**
 * The errors thrown for malformed rows and pages, with messages that start with the
 * offending value (or key), name where it was found as a JavaScript-style path such
 * as `events[2].data`, and say what was expected.
 *
 * @module
 */

import { PageError } from "./errors.js";
import { showValue } from "./issues.js";

/** A JavaScript-style path: `at("events", 2, "data")` is `events[2].data`. */
export function at(root: string, ...keys: (string | number)[]): string {
  return keys.reduce<string>((path, key) => {
    if (typeof key === "number") return `${path}[${key}]`;
    return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
  }, root);
}

/** "an array", "null", "a number", ...: what kind of JSON value `value` is. */
function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return `a ${typeof value}`;
}

/** A value that is not of the kind needed there. */
export function wrongType(value: unknown, where: string, expected: string): PageError {
  return new PageError("wrong_type", `${showValue(value)} (${kindOf(value)}) at ${where} is not ${expected}`);
}

/** A required field of a document or page is absent. */
export function absentField(field: string, where: string, document: string): PageError {
  return new PageError("missing_field", `"${field}" is missing from ${where}; every ${document} needs it`);
}

/** A row or page lacks a key that the first one has. */
export function missingKey(key: string, where: string, firstWhere: string, document: string): PageError {
  return new PageError(
    "missing_key",
    `${showValue(key)} is missing from ${where} but present in ${firstWhere}; the rows of one ${document} need the same keys`,
  );
}

/** A row or page has a key that the first one lacks. */
export function unexpectedKey(key: string, where: string, firstWhere: string, document: string): PageError {
  return new PageError(
    "unexpected_key",
    `${showValue(key)} in ${where} is not in ${firstWhere}; the rows of one ${document} need the same keys`,
  );
}

/** Rows or pages of different descriptors (resources) were to be combined. */
export function mixedOwners(
  value: unknown,
  where: string,
  first: unknown,
  firstWhere: string,
  layout: { readonly document: string; readonly owner: string },
): PageError {
  const code = layout.owner === "resource" ? "mixed_resources" : "mixed_descriptors";
  return new PageError(
    code,
    `${showValue(value)} at ${where} differs from ${showValue(first)} at ${firstWhere}; ` +
      `one ${layout.document} holds the rows of a single ${layout.owner} (group them by ${layout.owner} first)`,
  );
}

/** A function was given nothing to work on. */
export function emptyInput(fn: string, what: string, owner: string): PageError {
  return new PageError(
    "empty",
    `${fn}() was given no ${what}; it needs at least one, if only to take the ${owner} from it`,
  );
}

/** A column that does not hold one entry per row. */
export function raggedColumn(
  where: string,
  length: number,
  countedWhere: string,
  rows: number,
  document: string,
): PageError {
  return new PageError(
    "ragged_columns",
    `${length} entries in ${where} but ${rows} in ${countedWhere}; ` +
      `every column of an ${document} needs exactly one entry per row`,
  );
}

/** The error for keys that differ from the model's: the first missing key, else the first extra one. */
export function keysProblem(
  keys: readonly string[],
  where: string,
  model: readonly string[],
  modelWhere: string,
  document: string,
): PageError {
  const missing = model.find((key) => !keys.includes(key));
  if (missing !== undefined) return missingKey(missing, where, modelWhere, document);
  const extra = keys.find((key) => !model.includes(key)) ?? "";
  return unexpectedKey(extra, where, modelWhere, document);
}
