/**
 * Turning schema errors into the issues {@link validate} reports.
 *
 * A document the precompiled validator rejects is explained by the schema interpreter
 * of the run validator (run/schema-errors.ts), walked over a copy of the schema whose
 * `properties` are in name order: that gives every error, in the order, at the paths and
 * with the words of the Python package's `iter_errors`.
 *
 * @module
 */

import type { ValidationIssue } from "./errors.js";
import type { JsonSchema } from "./generated/schemas.js";
import { comparePyStrings, jsonPath } from "./run/pyrepr.js";
import type { SchemaError } from "./run/schema-errors.js";

const MAX_SHOWN = 80;

/** A short rendering of a value for a message: JSON, cut at 80 characters. */
export function showValue(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 3)}...` : text;
}

type Path = readonly (string | number)[];

/** One issue at `parts` (inside the document, itself at `prefix` of what was checked). */
export function issueAt(parts: Path, message: string, prefix: Path = []): ValidationIssue {
  const whole = [...prefix, ...parts];
  return { path: whole.join("."), jsonPath: jsonPath(whole), message };
}

/** The issues of the schema errors of a document found at `prefix`. */
export function issuesFrom(errors: readonly SchemaError[], prefix: Path = []): ValidationIssue[] {
  return errors.map((error) => issueAt(error.parts, error.problem, prefix));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

const SCHEMA_LISTS = new Set(["allOf", "anyOf", "oneOf", "prefixItems"]);
const SCHEMA_MAPS = new Set(["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"]);
const SCHEMAS = new Set([
  "items",
  "additionalProperties",
  "unevaluatedProperties",
  "unevaluatedItems",
  "not",
  "if",
  "then",
  "else",
  "contains",
  "propertyNames",
]);

function inNameOrder(schema: unknown): unknown {
  if (!isObject(schema)) return schema;
  const copy: Record<string, unknown> = {};
  for (const [keyword, rule] of Object.entries(schema)) {
    if (SCHEMA_LISTS.has(keyword) && Array.isArray(rule)) {
      copy[keyword] = rule.map(inNameOrder);
    } else if (SCHEMA_MAPS.has(keyword) && isObject(rule)) {
      const names = Object.keys(rule);
      if (keyword === "properties") names.sort(comparePyStrings);
      copy[keyword] = Object.fromEntries(names.map((name) => [name, inNameOrder(rule[name])]));
    } else if (SCHEMAS.has(keyword)) {
      copy[keyword] = inNameOrder(rule);
    } else {
      copy[keyword] = rule;
    }
  }
  return copy;
}

/**
 * A copy of `schema` whose `properties` list their names in sorted order.
 *
 * The Python package reports errors in the order event-model 1.24.0 did, whose schemas
 * listed properties alphabetically; the packaged schemas list them in reading order.
 * The interpreter follows the schema it is given, so it is given this copy.
 */
export function inPropertyNameOrder(schema: JsonSchema): JsonSchema {
  return inNameOrder(schema) as JsonSchema;
}
