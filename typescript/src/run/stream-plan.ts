/**
 * What a descriptor says about the readings of its stream, read once per descriptor:
 * for each data key, where its readings travel and the JSON type and shape of one.
 *
 * The same rules as the Python package's `event_model.event_schema` (see its module
 * docstring): `dtype` gives the type of a scalar, a non-empty `shape` nests arrays of
 * exactly those lengths (`null`: any length), `dtype: 'array'` takes its items' type
 * from the kind of `dtype_numpy`, 'STREAM:' keys are not in events, other external
 * keys hold a datum id until filled. A data key that cannot describe readings is
 * recorded as a problem and only its readings go unchecked.
 *
 * @module
 */

import { formatJsonPath, shortRepr } from "./pyrepr.js";

/** The type of the innermost values of a reading, as JSON Schema type names. */
export type LeafTypes = readonly string[] | null;

/** How one data key's readings are checked. */
export interface ReadingRule {
  readonly key: string;
  /** inline: in the event; external: a datum id until filled; stream: not in events. */
  readonly kind: "inline" | "external" | "stream";
  /** Nothing is checked (the data key cannot describe readings). */
  readonly unchecked: boolean;
  /** An array of unknown shape (`dtype: 'array'` with an empty shape). */
  readonly anyArray: boolean;
  /** Types of the innermost values (null: any value). */
  readonly leaf: LeafTypes;
  /** Length of each dimension (null: any length). */
  readonly dims: readonly (number | null)[];
}

/** A data key that cannot describe readings: where in the descriptor and what is wrong. */
export interface UnusableDataKey {
  readonly key: string;
  readonly path: string;
  readonly problem: string;
}

/** The readings of one stream: rules by key, problems, and the keys events must carry. */
export interface StreamPlan {
  readonly rules: readonly ReadingRule[];
  readonly byKey: ReadonlyMap<string, ReadingRule>;
  readonly eventKeys: ReadonlySet<string>;
  readonly streamKeys: ReadonlySet<string>;
  readonly problems: readonly UnusableDataKey[];
  /** Scalar keys declared 'integer' (read as any number when `integersAsNumbers`). */
  readonly integerKeys: readonly string[];
}

/** The most dimensions a shape may have (numpy's limit). */
export const MAX_DIMENSIONS = 64;
const MAX_LENGTH_TEXT = "9223372036854775807";
const MAX_LENGTH = 2 ** 63 - 1;

const DTYPES = ["array", "boolean", "integer", "number", "string"];
const EXPECTED_DTYPE = `expected one of ${DTYPES.map((name) => `'${name}'`).join(", ")}`;

const SCALAR_LEAVES: Readonly<Record<string, readonly string[]>> = {
  number: ["number"],
  integer: ["integer", "boolean"],
  string: ["string"],
  boolean: ["boolean"],
};

const NUMPY_KIND_LEAVES: Readonly<Record<string, readonly string[]>> = {
  f: ["number"],
  i: ["integer"],
  u: ["integer"],
  b: ["boolean"],
  U: ["string"],
  S: ["string"],
};

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** Whether a data key's readings travel in stream resources ('STREAM:'). */
export function isStreamBacked(dataKey: unknown): boolean {
  return isObject(dataKey) && dataKey["external"] === "STREAM:";
}

class PlanBuilder {
  readonly problems: UnusableDataKey[] = [];
  readonly integerKeys: string[] = [];

  constructor(private readonly integersAsNumbers: boolean) {}

  unusable(key: string, parts: (string | number)[], value: unknown, problem: string, missing = false): void {
    const shown = missing ? "" : `${shortRepr(value)} `;
    this.problems.push({ key, path: "$." + formatJsonPath(parts), problem: `${shown}${problem}` });
  }

  rule(key: string, dataKey: unknown): ReadingRule {
    const base = ["data_keys", key];
    if (!isObject(dataKey)) {
      this.unusable(key, base, dataKey, "is not a mapping: expected a data key description with dtype and shape");
      return { key, kind: "inline", unchecked: true, anyArray: false, leaf: null, dims: [] };
    }
    const external = dataKey["external"];
    const kind = external === "STREAM:" ? "stream" : external !== undefined && external !== null ? "external" : "inline";
    const dtype = dataKey["dtype"];
    if (!("dtype" in dataKey)) this.unusable(key, base, undefined, `has no 'dtype': ${EXPECTED_DTYPE}`, true);
    else if (typeof dtype !== "string") this.unusable(key, [...base, "dtype"], dtype, `is not a dtype name: ${EXPECTED_DTYPE}`);
    else if (!DTYPES.includes(dtype)) this.unusable(key, [...base, "dtype"], dtype, `is not a dtype: ${EXPECTED_DTYPE}`);
    const dims = this.lengths(key, "shape" in dataKey ? dataKey["shape"] : [], [...base, "shape"]);
    if (dims === null) return { key, kind, unchecked: true, anyArray: false, leaf: null, dims: [] };
    let leaf: LeafTypes;
    if (dtype === "array") {
      if (dims.length === 0) return { key, kind, unchecked: false, anyArray: true, leaf: null, dims };
      const numpy = dataKey["dtype_numpy"];
      leaf = typeof numpy === "string" && numpy.length >= 2 ? (NUMPY_KIND_LEAVES[numpy[1] ?? ""] ?? null) : null;
    } else if (dtype === "integer" && this.integersAsNumbers) {
      if (dims.length === 0) this.integerKeys.push(key);
      leaf = ["number", "boolean"];
    } else {
      leaf = typeof dtype === "string" ? (SCALAR_LEAVES[dtype] ?? null) : null;
    }
    return { key, kind, unchecked: false, anyArray: false, leaf, dims };
  }

  lengths(key: string, shape: unknown, parts: (string | number)[]): (number | null)[] | null {
    if (!Array.isArray(shape)) {
      this.unusable(key, parts, shape, "is not a list: expected a list of lengths (integers or null)");
      return null;
    }
    if (shape.length > MAX_DIMENSIONS) {
      this.unusable(key, parts, undefined, `has ${shape.length} dimensions: expected at most ${MAX_DIMENSIONS} (numpy's limit)`, true);
      return null;
    }
    return shape.map((length: unknown, position) => {
      if (length === null) return null;
      if (typeof length === "number" && Number.isInteger(length) && length >= 0 && length <= MAX_LENGTH) return length;
      const message = `is not a length: expected a non-negative integer up to ${MAX_LENGTH_TEXT} or null`;
      this.unusable(key, [...parts, position], length, message);
      return null;
    });
  }
}

/**
 * Read a descriptor's data keys into the rules its events are checked by, or null when
 * `data_keys` is missing or not an object (the descriptor's schema says why).
 *
 * `integersAsNumbers` (what a whole-run check uses) accepts any number for a key
 * declared 'integer' and lists the scalar ones in `integerKeys`, whose fractional
 * readings are a warning, not a malformed event.
 */
export function planStream(descriptor: unknown, integersAsNumbers: boolean): StreamPlan | null {
  if (!isObject(descriptor)) return null;
  const dataKeys = descriptor["data_keys"];
  if (!isObject(dataKeys)) return null;
  const builder = new PlanBuilder(integersAsNumbers);
  const rules = Object.entries(dataKeys).map(([key, dataKey]) => builder.rule(key, dataKey));
  const streamKeys = new Set(Object.keys(dataKeys).filter((key) => isStreamBacked(dataKeys[key])));
  return {
    rules,
    byKey: new Map(rules.map((rule) => [rule.key, rule])),
    eventKeys: new Set(Object.keys(dataKeys).filter((key) => !streamKeys.has(key))),
    streamKeys,
    problems: builder.problems,
    integerKeys: builder.integerKeys,
  };
}
