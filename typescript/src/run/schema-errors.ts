/**
 * Every error of a document under its generic schema, with the Python package's paths
 * and words: the slow path of a run check, taken only for documents the precompiled
 * validators have already rejected.
 *
 * An interpreter of the keywords the packaged schemas use (type, properties,
 * patternProperties, additionalProperties, unevaluatedProperties, required, const,
 * enum, pattern, items, prefixItems, minItems, maxItems, anyOf, allOf, local $ref);
 * it compiles nothing, so it runs under a strict Content-Security-Policy.
 * {@link documentErrors} gives every error, as `iter_errors` does; {@link schemaErrors}
 * (the run validator's) one per mistake: only the first error about a value at a path
 * is kept, and the first of each keyword about an object's keys.
 *
 * @module
 */

import type { JsonSchema } from "../generated/schemas.js";
import { bestMatch, type Candidate } from "./best-match.js";
import { comparePyStrings, describeValue, jsonPath, shortRepr } from "./pyrepr.js";

/** One reason a document fails a schema: where (`$.data.det`), which keyword, what is wrong. */
export interface SchemaError {
  readonly path: string;
  readonly parts: readonly (string | number)[];
  readonly keyword: string;
  readonly problem: string;
  /** For a `required` error: every key its rule finds missing (the same for each of its errors). */
  readonly missing?: readonly string[];
}

type Schema = JsonSchema | boolean;
type Parts = (string | number)[];

/** An error as the interpreter finds it, with what `best_match` needs. */
interface FoundError extends SchemaError, Candidate {
  readonly context?: readonly FoundError[];
}

/** Where an error was found: the schema node holding the keyword and the value it judged. */
interface Place {
  readonly schema: Schema;
  readonly value: unknown;
  readonly context?: readonly FoundError[];
}

const TYPE_WORDS: Readonly<Record<string, string>> = {
  integer: "an integer",
  number: "a number",
  string: "a string",
  object: "an object",
  array: "an array",
  boolean: "a boolean",
  null: "null",
};

/** "a number or a boolean" for a type keyword's value. */
export function typesText(types: unknown): string {
  const names = Array.isArray(types) ? types : [types];
  return names.map((name) => TYPE_WORDS[String(name)] ?? shortRepr(name)).join(" or ");
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** JSON Schema's type test, as python-jsonschema applies it (1.0 is an integer, true is not a number). */
export function hasType(value: unknown, type: unknown): boolean {
  switch (type) {
    case "integer":
      return typeof value === "number" && Number.isInteger(value);
    case "number":
      return typeof value === "number";
    case "string":
      return typeof value === "string";
    case "boolean":
      return typeof value === "boolean";
    case "null":
      return value === null;
    case "array":
      return Array.isArray(value);
    case "object":
      return isObject(value);
    default:
      return false;
  }
}

/** JSON Schema equality (booleans differ from numbers; objects and arrays compared deeply). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => jsonEqual(item, b[index]));
  }
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && jsonEqual(a[key], b[key]));
  }
  return false;
}

const PATTERNS = new Map<string, RegExp>();

function matches(pattern: string, text: string): boolean {
  let compiled = PATTERNS.get(pattern);
  if (compiled === undefined) {
    compiled = new RegExp(pattern, "u");
    PATTERNS.set(pattern, compiled);
  }
  return compiled.test(text);
}

function summary(schema: unknown): string {
  if (schema === true || (isObject(schema) && Object.keys(schema).length === 0)) return "anything";
  if (!isObject(schema)) return "nothing";
  const ref = schema["$ref"];
  if (typeof ref === "string") return (ref.split("/").at(-1) ?? ref).replace(/\.json$/, "");
  if ("const" in schema) return shortRepr(schema["const"]);
  if ("enum" in schema) return "one of " + (schema["enum"] as unknown[]).map(shortRepr).join(", ");
  if ("type" in schema) {
    let text = typesText(schema["type"]);
    if ("pattern" in schema) text += ` matching ${shortRepr(schema["pattern"])}`;
    return text;
  }
  return "a value of another form";
}

/** jsonschema's `_matches_type`: the schema has a `type` and the value is of it. */
function matchesType(schema: Schema, value: unknown): boolean {
  if (!isObject(schema) || !("type" in schema)) return false;
  const types = schema["type"];
  return (Array.isArray(types) ? types : [types]).some((type) => hasType(value, type));
}

class Interpreter {
  readonly errors: FoundError[] = [];

  constructor(private readonly root: JsonSchema) {}

  resolve(ref: string): Schema {
    let node: unknown = this.root;
    for (const raw of ref.replace(/^#\/?/, "").split("/")) {
      if (raw === "") continue;
      const key = raw.replaceAll("~1", "/").replaceAll("~0", "~");
      node = isObject(node) ? node[key] : undefined;
    }
    return isObject(node) || typeof node === "boolean" ? (node as Schema) : true;
  }

  report(parts: Parts, keyword: string, problem: string, into: FoundError[], place: Place, missing?: readonly string[]): void {
    const { schema, value, context } = place;
    const found: FoundError = { path: jsonPath(parts), parts: [...parts], keyword, problem, matchesType: matchesType(schema, value) };
    const withMissing = missing === undefined ? found : { ...found, missing };
    into.push(context === undefined ? withMissing : { ...withMissing, context });
  }

  /** Property names a schema declares, through allOf/anyOf and $ref (for unevaluatedProperties). */
  declared(schema: Schema, seen: Set<object>, out: Set<string>): void {
    if (!isObject(schema) || seen.has(schema)) return;
    seen.add(schema);
    const properties = schema["properties"];
    if (isObject(properties)) for (const name of Object.keys(properties)) out.add(name);
    for (const keyword of ["allOf", "anyOf"]) {
      const parts = schema[keyword];
      if (Array.isArray(parts)) for (const part of parts) this.declared(part as Schema, seen, out);
    }
    const ref = schema["$ref"];
    if (typeof ref === "string") this.declared(this.resolve(ref), seen, out);
  }

  patternsOf(schema: JsonSchema): string[] {
    const patterns = schema["patternProperties"];
    return isObject(patterns) ? Object.keys(patterns) : [];
  }

  evaluate(schema: Schema, value: unknown, parts: Parts, into: FoundError[]): void {
    if (schema === true) return;
    if (schema === false) {
      this.report(parts, "false", `no value is allowed here, got ${describeValue(value)}`, into, { schema, value });
      return;
    }
    for (const [keyword, rule] of Object.entries(schema)) {
      this.keyword(schema, keyword, rule, value, parts, into);
    }
  }

  keyword(schema: JsonSchema, keyword: string, rule: unknown, value: unknown, parts: Parts, into: FoundError[]): void {
    const got = `, got ${describeValue(value)}`;
    const place: Place = { schema, value };
    switch (keyword) {
      case "type": {
        const types = Array.isArray(rule) ? rule : [rule];
        if (!types.some((type) => hasType(value, type))) this.report(parts, "type", `expected ${typesText(rule)}${got}`, into, place);
        return;
      }
      case "$ref":
        if (typeof rule === "string") this.evaluate(this.resolve(rule), value, parts, into);
        return;
      case "allOf":
        for (const part of rule as Schema[]) this.evaluate(part, value, parts, into);
        return;
      case "anyOf": {
        const alternatives = rule as Schema[];
        const context: FoundError[] = [];
        for (const part of alternatives) {
          const trial: FoundError[] = [];
          this.evaluate(part, value, parts, trial);
          if (trial.length === 0) return;
          context.push(...trial);
        }
        this.report(parts, "anyOf", `expected ${alternatives.map(summary).join(" or ")}${got}`, into, { ...place, context });
        return;
      }
      case "const":
        if (!jsonEqual(value, rule)) this.report(parts, "const", `expected ${shortRepr(rule)}${got}`, into, place);
        return;
      case "enum":
        if (!(rule as unknown[]).some((option) => jsonEqual(value, option))) {
          this.report(parts, "enum", `expected one of ${(rule as unknown[]).map(shortRepr).join(", ")}${got}`, into, place);
        }
        return;
      case "pattern":
        if (typeof value === "string" && !matches(String(rule), value)) {
          this.report(parts, "pattern", `expected a string matching ${shortRepr(rule)}${got}`, into, place);
        }
        return;
      case "minItems":
      case "maxItems":
        if (Array.isArray(value)) {
          const limit = Number(rule);
          const fails = keyword === "minItems" ? value.length < limit : value.length > limit;
          const bound = keyword === "minItems" ? "at least" : "at most";
          if (fails) this.report(parts, keyword, `expected ${bound} ${limit} items, got ${value.length}`, into, place);
        }
        return;
      case "prefixItems":
        if (Array.isArray(value)) {
          (rule as Schema[]).forEach((part, index) => {
            if (index < value.length) this.evaluate(part, value[index], [...parts, index], into);
          });
        }
        return;
      case "items":
        if (Array.isArray(value)) {
          const prefix = Array.isArray(schema["prefixItems"]) ? schema["prefixItems"].length : 0;
          for (let index = prefix; index < value.length; index += 1) {
            this.evaluate(rule as Schema, value[index], [...parts, index], into);
          }
        }
        return;
      case "required":
        if (isObject(value)) {
          const missing = (rule as string[]).filter((name) => !Object.hasOwn(value, name));
          // One error per missing key, as jsonschema yields them (event-model 1.24's count): the
          // first lists every missing key, so that it alone says what to add; each later one
          // names its own key only.
          missing.forEach((name, index) => {
            const problem =
              index > 0
                ? `missing required key ${shortRepr(name)}`
                : `missing required ${missing.length === 1 ? "key" : "keys"} ${missing.map(shortRepr).join(", ")}`;
            this.report(parts, "required", problem, into, place, missing);
          });
        }
        return;
      case "properties":
        if (isObject(value) && isObject(rule)) {
          for (const [name, part] of Object.entries(rule)) {
            if (Object.hasOwn(value, name)) this.evaluate(part as Schema, value[name], [...parts, name], into);
          }
        }
        return;
      case "patternProperties":
        if (isObject(value) && isObject(rule)) {
          for (const [pattern, part] of Object.entries(rule)) {
            for (const name of Object.keys(value)) {
              if (matches(pattern, name)) this.evaluate(part as Schema, value[name], [...parts, name], into);
            }
          }
        }
        return;
      case "additionalProperties":
        this.additional(schema, rule as Schema, value, parts, into);
        return;
      case "unevaluatedProperties":
        this.unevaluated(schema, rule as Schema, value, parts, into);
        return;
      default:
        return;
    }
  }

  additional(schema: JsonSchema, rule: Schema, value: unknown, parts: Parts, into: FoundError[]): void {
    if (!isObject(value) || rule === true) return;
    const properties = isObject(schema["properties"]) ? Object.keys(schema["properties"]) : [];
    const patterns = this.patternsOf(schema);
    const extra = Object.keys(value).filter(
      (name) => !properties.includes(name) && !patterns.some((pattern) => matches(pattern, name)),
    );
    if (extra.length === 0) return;
    if (rule === false) {
      const problem = keysProblem(extra, properties.sort(comparePyStrings), patterns.sort(comparePyStrings));
      this.report(parts, "additionalProperties", problem, into, { schema, value });
      return;
    }
    for (const name of extra) this.evaluate(rule, value[name], [...parts, name], into);
  }

  unevaluated(schema: JsonSchema, rule: Schema, value: unknown, parts: Parts, into: FoundError[]): void {
    if (!isObject(value) || rule === true) return;
    const declared = new Set<string>();
    this.declared(schema, new Set(), declared);
    const patterns = this.patternsOf(schema);
    const extra = Object.keys(value).filter(
      (name) => !declared.has(name) && !patterns.some((pattern) => matches(pattern, name)),
    );
    if (extra.length === 0) return;
    if (rule === false) {
      this.report(parts, "unevaluatedProperties", keysProblem(extra, [...declared].sort(comparePyStrings), []), into, { schema, value });
      return;
    }
    for (const name of extra) this.evaluate(rule, value[name], [...parts, name], into);
  }
}

function keysProblem(offending: string[], allowed: string[], patterns: string[]): string {
  const noun = offending.length === 1 ? "key" : "keys";
  let text = `unexpected ${noun} ${[...offending].sort(comparePyStrings).map(shortRepr).join(", ")}`;
  const rules: string[] = [];
  if (allowed.length > 0) rules.push("the keys " + allowed.join(", "));
  if (patterns.length > 0) rules.push("keys matching " + patterns.map(shortRepr).join(" or "));
  if (rules.length > 0) text += ` (allowed: ${rules.join("; ")})`;
  return text;
}

const KEY_KEYWORDS = new Set(["required", "additionalProperties", "unevaluatedProperties"]);

/**
 * Keep one error per mistake: the first about a value at a path, the first of each key keyword,
 * except `required`: an error of it is kept when it names a missing key not yet reported at its
 * path (each missing key gives an error, and two rules may require keys of one object).
 */
export function oneErrorPerMistake(errors: readonly SchemaError[]): SchemaError[] {
  const seen = new Set<string>();
  const reportedMissing = new Map<string, Set<string>>();
  return errors.filter((error) => {
    if (error.keyword === "required" && error.missing !== undefined) {
      const known = reportedMissing.get(error.path) ?? new Set<string>();
      reportedMissing.set(error.path, known);
      const adds = error.missing.some((name) => !known.has(name));
      for (const name of error.missing) known.add(name);
      return adds;
    }
    const mistake = `${error.path}\u0000${KEY_KEYWORDS.has(error.keyword) ? error.keyword : "value"}`;
    if (seen.has(mistake)) return false;
    seen.add(mistake);
    return true;
  });
}

/** A plain SchemaError of what the interpreter found. */
function plain(error: FoundError): SchemaError {
  const found = { path: error.path, parts: error.parts, keyword: error.keyword, problem: error.problem };
  return error.missing === undefined ? found : { ...found, missing: error.missing };
}

/**
 * Every error of `doc` under `schema` (empty when valid), as the Python package's
 * `iter_errors` gives them: the first error's best match first (for an `anyOf` error,
 * the error of an alternative that explains it), then every error in schema order.
 * Like `iter_errors`, it repeats what two rules of the schema both say (a non-object
 * event fails `type` in Event and in its PartialEvent part) and gives one `required`
 * error per missing key.
 */
export function documentErrors(schema: JsonSchema, doc: unknown): SchemaError[] {
  const interpreter = new Interpreter(schema);
  try {
    interpreter.evaluate(schema, doc, [], interpreter.errors);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return [{ path: "$", parts: [], keyword: "depth", problem: "the document is nested too deeply to check" }];
  }
  const [first] = interpreter.errors;
  if (first === undefined) return [];
  const best = bestMatch(first);
  const ordered = best === first ? interpreter.errors : [best, ...interpreter.errors];
  return ordered.map(plain);
}

/** Every error of `doc` under `schema` (empty when valid), one per mistake (the run validator's findings). */
export function schemaErrors(schema: JsonSchema, doc: unknown): SchemaError[] {
  return oneErrorPerMistake(documentErrors(schema, doc));
}
