// Migration of documents written under earlier event-model schemas to the current ones:
// the same rules, as data, and the same verdicts as the Python package's
// event_model.migrate (both run tests/vectors/migrations/).

import { isDocumentName } from "./schemas.js";
import { validate } from "./validation.js";

type Doc = Record<string, unknown>;
type Pair = [string, unknown];

/** How one field of the current shape is made: an operation applied to old fields. */
export interface FieldMap {
  readonly target: string;
  readonly operation: keyof typeof OPERATIONS;
  readonly sources: readonly string[];
}

/** Upgrade one earlier shape of a document to the current one. */
export interface MigrationRule {
  readonly name: string;
  readonly document: string;
  readonly releasedIn: string;
  readonly has: readonly string[];
  readonly lacks: readonly string[];
  readonly maps: readonly FieldMap[];
  readonly drop: readonly string[];
}

/** A document passed on unchanged because migrating it would mean guessing. */
export interface MigrationIssue {
  readonly index: number;
  readonly name: string;
  readonly uid: string | null;
  readonly message: string;
  /** The rule or known break that names the document's earlier shape, if one does. */
  readonly shape: string | null;
}

/**
 * An earlier shape the current schema rejects that no rule migrates, and why. `places`
 * are paths into the document, `*` standing for any one key or index; a schema error at
 * or below one of them is this break. `lacks` narrows it to a place holding an object
 * without that key.
 */
export interface KnownBreak {
  readonly name: string;
  readonly document: string;
  readonly releasedIn: string;
  readonly places: readonly (readonly string[])[];
  readonly reason: string;
  readonly lacks?: string;
}

/** The media type of each handler spec in use with stream resources. */
export const SPEC_MIMETYPES: Readonly<Record<string, string>> = Object.freeze({
  AD_HDF5_SWMR_STREAM: "application/x-hdf5",
  AD_HDF5_SWMR_SLICE: "application/x-hdf5",
  AD_HDF5_SWMR: "application/x-hdf5",
  AD_HDF5: "application/x-hdf5",
  ADHDF5_SWMR_STREAM: "application/x-hdf5",
  HDF5: "application/x-hdf5",
  hdf5: "application/x-hdf5",
  AD_TIFF: "multipart/related;type=image/tiff",
});

const RESOURCE_MAPS: readonly FieldMap[] = [
  { target: "uid", operation: "copy", sources: ["uid"] },
  { target: "run_start", operation: "copyIfPresent", sources: ["run_start"] },
  { target: "mimetype", operation: "lookup", sources: ["spec"] },
  { target: "uri", operation: "fileUri", sources: ["root", "resource_path", "path_semantics"] },
  { target: "parameters", operation: "copy", sources: ["resource_kwargs"] },
];
const RESOURCE_DROP = ["spec", "root", "resource_path", "resource_kwargs", "path_semantics"];

/** Every rule, in the order they are tried; at most one may match a document. */
export const MIGRATION_RULES: readonly MigrationRule[] = [
  {
    name: "stream_resource_stream_names", document: "stream_resource", releasedIn: "1.19.0-1.19.7",
    has: ["uid", "spec", "root", "resource_path", "resource_kwargs", "stream_names"],
    lacks: ["mimetype", "uri", "parameters", "data_key"],
    maps: [...RESOURCE_MAPS, { target: "data_key", operation: "externalDataKey", sources: ["stream_names", "run_start"] }],
    drop: [...RESOURCE_DROP, "stream_names"],
  },
  {
    name: "stream_resource_spec_root", document: "stream_resource", releasedIn: "1.19.8-1.20.0",
    has: ["uid", "spec", "root", "resource_path", "resource_kwargs", "data_key"],
    lacks: ["mimetype", "uri", "parameters", "stream_names"],
    maps: [...RESOURCE_MAPS, { target: "data_key", operation: "copy", sources: ["data_key"] }],
    drop: RESOURCE_DROP,
  },
  {
    name: "stream_datum_blocks", document: "stream_datum", releasedIn: "1.19.0-1.19.7",
    has: ["uid", "stream_resource", "stream_name", "block_idx", "event_count", "event_offset"],
    lacks: ["descriptor", "indices", "seq_nums"],
    maps: [
      { target: "uid", operation: "copy", sources: ["uid"] },
      { target: "stream_resource", operation: "copy", sources: ["stream_resource"] },
      { target: "descriptor", operation: "descriptorOfStream", sources: ["stream_name", "stream_resource"] },
      { target: "indices", operation: "nextRows", sources: ["stream_resource", "block_idx", "event_count"] },
      { target: "seq_nums", operation: "range", sources: ["event_offset", "event_count"] },
      { target: "datum_kwargs", operation: "keepUnlessEmpty", sources: ["datum_kwargs"] },
    ],
    drop: ["stream_name", "block_idx", "event_count", "event_offset", "datum_kwargs"],
  },
];

const DATA_KEY_PLACES = [["data_keys", "*"], ["configuration", "*", "data_keys", "*"]];
const inDataKeys = (...steps: string[]): string[][] => DATA_KEY_PLACES.map((place) => [...place, ...steps]);

/** Every earlier shape that is reported rather than migrated, most specific first. */
export const KNOWN_BREAKS: readonly KnownBreak[] = [
  {
    name: "rds_without_value_difference", document: "descriptor", releasedIn: "1.22.3",
    places: inDataKeys("limits", "rds"), lacks: "value_difference",
    reason: "event-model 1.22.3 accepted an RDS range with time_difference alone; since 1.23 value_difference is required too, and the value it would need is unknown",
  },
  {
    name: "limits_open", document: "descriptor", releasedIn: "1.17.0-1.22.3", places: inDataKeys("limits"),
    reason: "limits were undeclared before 1.22 and open until 1.23 (ranges with keys besides low and high, hysteresis or rds of any type); the current limits are closed and have no place for what this one holds",
  },
  {
    name: "data_key_field_undeclared", document: "descriptor", releasedIn: "1.17.0-1.21.0",
    places: ["choices", "dtype_numpy", "object_name", "precision", "units"].flatMap((field) => inDataKeys(field)),
    reason: "data keys were open and did not yet declare this field (object_name before 1.19.0, precision and units before 1.19.3, choices and dtype_numpy before 1.22), so it held a value of another type than the one the field has now; what it meant is unknown",
  },
  {
    name: "hints_per_device", document: "descriptor", releasedIn: "1.17.0-1.21.0", places: [["hints"]],
    reason: "hints were a map of device names (up to 1.19.2, of any JSON type) and NX_class was undeclared before 1.22, so a device named 'fields' or 'NX_class', or an NX_class of another form, was accepted; which hint is meant is unknown",
  },
  {
    name: "object_classes_undeclared", document: "descriptor", releasedIn: "1.17.0-1.23.1", places: [["object_classes"]],
    reason: "object_classes was declared in 1.24 as a map of device names to class names; earlier releases accepted any nested value under that key, whose meaning is unknown",
  },
  {
    name: "projection_shape", document: "start", releasedIn: "1.17.0-1.22.3", places: [["projections", "*"]],
    reason: "projections accepted items that are not objects up to 1.19.2, and projections outside the four kinds of 1.23 (such as a linked projection at location 'start', a calculated one without location, or an empty one) up to 1.22.3; which kind is meant is unknown",
  },
];

type Path = (string | number)[];

/** The parts of a JSON path as validate() writes it: `$.data_keys['a.b'].shape[0]`. */
function pathParts(jsonPath: string): Path {
  const parts: Path = [];
  const token = /\.([^.[]+)|\[(\d+)\]|\['((?:[^'\\]|\\.)*)'\]/y;
  token.lastIndex = jsonPath.startsWith("$") ? 1 : 0;
  while (token.lastIndex < jsonPath.length) {
    const match = token.exec(jsonPath);
    if (match === null) break;
    if (match[1] !== undefined) parts.push(match[1]);
    else if (match[2] !== undefined) parts.push(Number(match[2]));
    else parts.push(match[3]!.replace(/\\(.)/g, "$1"));
  }
  return parts;
}

function errorsOf(name: string, doc: unknown): [Path, string][] {
  if (!isDocumentName(name)) return [[[], `'${name}' is not a document name`]];
  const result = validate(name, doc);
  return result.valid ? [] : result.errors.map((issue) => [pathParts(issue.jsonPath), issue.message]);
}

const place = (path: Path): string => path.map(String).join("/") || "the top level";

function valueAt(doc: unknown, path: Path): unknown {
  let value = doc;
  for (const part of path) {
    if (Array.isArray(value) && typeof part === "number" && part < value.length) value = value[part];
    else if (value !== null && typeof value === "object" && !Array.isArray(value) && Object.hasOwn(value, part)) value = (value as Doc)[part];
    else return undefined;
  }
  return value;
}

function breakOf(name: string, doc: unknown, path: Path): KnownBreak | undefined {
  for (const known of KNOWN_BREAKS) {
    if (known.document !== name) continue;
    for (const steps of known.places) {
      if (path.length < steps.length || !steps.every((step, i) => step === "*" || step === path[i])) continue;
      if (known.lacks !== undefined) {
        const value = valueAt(doc, path.slice(0, steps.length));
        if (value === null || typeof value !== "object" || Array.isArray(value) || known.lacks in value) continue;
      }
      return known;
    }
  }
  return undefined;
}

function explain(name: string, doc: unknown, errors: [Path, string][]): [string, string | null] {
  const found = new Map<string, [KnownBreak, Path]>();
  for (const [path, problem] of errors) {
    const known = breakOf(name, doc, path);
    if (known === undefined) return [`is invalid under the current schema and no rule knows its shape: ${place(path)}: ${problem}`, null];
    if (!found.has(known.name)) found.set(known.name, [known, path]);
  }
  const parts = [...found.values()].map(([known, path]) => `${place(path)} has the shape ${known.name} (event-model ${known.releasedIn}): ${known.reason}`);
  return [`is an earlier shape that is not migrated: ${parts.join("; ")}`, [...found.keys()][0]!];
}

class Problem extends Error {}
class Wait extends Error {
  rule: string | null = null;
}
const MISSING = Symbol("missing");

class RunContext {
  currentRun: string | undefined;
  private readonly descriptorsByStream = new Map<string, Doc[]>();
  private readonly resourceRuns = new Map<string, string | undefined>();
  private readonly rows = new Map<string, [number, number]>();

  see(name: string, doc: Doc): void {
    if (name === "start") this.currentRun = doc.uid as string;
    else if (name === "descriptor") {
      const run = "run_start" in doc ? (doc.run_start as string) : this.currentRun;
      const key = JSON.stringify([run ?? null, String(doc.name ?? "primary")]);
      this.descriptorsByStream.set(key, [...(this.descriptorsByStream.get(key) ?? []), doc]);
    } else if (name === "stream_resource" && "uid" in doc) {
      this.resourceRuns.set(String(doc.uid), (doc.run_start as string) || this.currentRun);
    }
  }

  runOf(runStart: unknown): string | undefined {
    return typeof runStart === "string" && runStart ? runStart : this.currentRun;
  }

  runOfResource(resource: unknown): string | undefined {
    return this.resourceRuns.has(String(resource)) ? this.resourceRuns.get(String(resource)) : this.currentRun;
  }

  descriptors(run: string | undefined, stream: string): Doc[] {
    return this.descriptorsByStream.get(JSON.stringify([run ?? null, stream])) ?? [];
  }

  takeRows(resource: string, block: number, count: number): { start: number; stop: number } {
    let next = 0;
    const seen = this.rows.get(resource);
    if (seen !== undefined) {
      const [nextRow, lastBlock] = seen;
      if (block !== lastBlock + 1) {
        throw new Problem(`block_idx ${block} does not follow block ${lastBlock} of stream resource '${resource}': the rows it holds are unknown`);
      }
      next = nextRow;
    }
    this.rows.set(resource, [next + count, block]);
    return { start: next, stop: next + count };
  }
}

function source(doc: Doc, name: string): unknown {
  if (!(name in doc)) throw new Problem(`has no '${name}'`);
  return doc[name];
}

const URI_SAFE = new Set("/:@!$&'()*+,;=-._~".split(""));

function quotePath(path: string): string {
  let out = "";
  for (const c of path) out += /[A-Za-z0-9]/.test(c) || URI_SAFE.has(c) ? c : encodeURIComponent(c);
  return out;
}

/** The `file://localhost` URI of `resourcePath` under `root`, joined as `pathSemantics` says. */
export function fileUri(root: unknown, resourcePath: unknown, pathSemantics: unknown = "posix"): string {
  if (typeof root !== "string" || typeof resourcePath !== "string") throw new Problem("root and resource_path are not both strings");
  if (resourcePath.includes("://")) {
    if (root) throw new Problem(`resource_path '${resourcePath}' is a URI but root '${root}' is not empty`);
    return resourcePath;
  }
  if (pathSemantics === "windows") {
    const absolute = [":\\", ":/"].includes(resourcePath.slice(1, 3));
    let path = absolute || !root ? resourcePath : `${root.replace(/[\\/]+$/, "")}\\${resourcePath.replace(/^[\\/]+/, "")}`;
    path = path.replaceAll("\\", "/");
    if (path.slice(1, 2) !== ":") throw new Problem(`'${path}' is not an absolute Windows path`);
    return `file://localhost/${quotePath(path)}`;
  }
  if (pathSemantics !== "posix" && pathSemantics !== null) throw new Problem(`path_semantics ${JSON.stringify(pathSemantics)} is neither 'posix' nor 'windows'`);
  const path = resourcePath.startsWith("/") || !root ? resourcePath : `${root.replace(/\/+$/, "")}/${resourcePath}`;
  if (!path.startsWith("/")) throw new Problem(`'${path}' is a relative path: the directory it is relative to is unknown`);
  return `file://localhost${quotePath(path)}`;
}

type Operation = (doc: Doc, map: FieldMap, context: RunContext) => unknown;

const OPERATIONS = {
  copy: (doc, map) => source(doc, map.sources[0]!),
  copyIfPresent: (doc, map) => (map.sources[0]! in doc ? doc[map.sources[0]!] : MISSING),
  keepUnlessEmpty: (doc, map) => {
    const value = doc[map.sources[0]!];
    const empty = value === undefined || (typeof value === "object" && value !== null && !Array.isArray(value) && Object.keys(value).length === 0);
    return empty ? MISSING : value;
  },
  lookup: (doc, map) => {
    const spec = source(doc, map.sources[0]!);
    if (typeof spec !== "string" || !Object.hasOwn(SPEC_MIMETYPES, spec)) throw new Problem(`'${String(spec)}' is a spec with no known media type`);
    return SPEC_MIMETYPES[spec];
  },
  fileUri: (doc, map) => fileUri(source(doc, map.sources[0]!), source(doc, map.sources[1]!), map.sources[2]! in doc ? doc[map.sources[2]!] : "posix"),
  externalDataKey: (doc, map, context) => {
    const streams = source(doc, map.sources[0]!) as string[];
    const run = context.runOf(doc[map.sources[1]!]);
    const descriptors = streams.flatMap((name) => context.descriptors(run, name));
    if (descriptors.length < streams.length) throw new Wait(`the descriptor of stream(s) ${JSON.stringify(streams)}`);
    const keys = new Set<string>();
    for (const d of descriptors) {
      for (const [key, value] of Object.entries((d.data_keys ?? {}) as Record<string, Doc>)) {
        if (value && typeof value === "object" && String(value.external ?? "").startsWith("STREAM:")) keys.add(key);
      }
    }
    if (keys.size !== 1) throw new Problem(`streams ${JSON.stringify(streams)} have ${keys.size} data keys stored as 'STREAM:'; which one this resource holds is ambiguous`);
    return [...keys][0];
  },
  descriptorOfStream: (doc, map, context) => {
    const stream = source(doc, map.sources[0]!) as string;
    const found = context.descriptors(context.runOfResource(source(doc, map.sources[1]!)), stream);
    if (found.length === 0) throw new Wait(`a descriptor of stream '${stream}'`);
    if (found.length > 1) throw new Problem(`stream '${stream}' has ${found.length} descriptors; which one is meant is ambiguous`);
    return found[0]!.uid;
  },
  nextRows: (doc, map, context) => {
    const [resource, block, count] = map.sources.map((name) => source(doc, name));
    if (!Number.isInteger(block) || !Number.isInteger(count) || (count as number) < 0) throw new Problem("block_idx and event_count are not counts");
    return context.takeRows(String(resource), block as number, count as number);
  },
  range: (doc, map) => {
    const [offset, count] = map.sources.map((name) => source(doc, name));
    if (!Number.isInteger(offset) || !Number.isInteger(count)) throw new Problem("event_offset and event_count are not integers");
    return { start: offset as number, stop: (offset as number) + (count as number) };
  },
} satisfies Record<string, Operation>;

/** Upgrades documents of earlier event-model releases to the current schemas, in order. */
export class Migrator {
  readonly context = new RunContext();
  readonly issues: MigrationIssue[] = [];
  migrated = 0;
  private readonly held: [number, string, unknown][] = [];
  private count = 0;

  /** Read one document; return the documents ready to be written, in order. */
  feed(name: string, doc: unknown): Pair[] {
    const index = this.count++;
    if (doc !== null && typeof doc === "object" && !Array.isArray(doc)) this.context.see(name, doc as Doc);
    this.held.push([index, name, doc]);
    const ready = this.release(false);
    return name === "stop" ? [...ready, ...this.release(true)] : ready;
  }

  /** Release what is still held at the end of the input, reporting what never resolved. */
  finish(): Pair[] {
    return this.release(true);
  }

  private release(final: boolean): Pair[] {
    const ready: Pair[] = [];
    while (this.held.length > 0) {
      const [index, name, doc] = this.held[0]!;
      try {
        ready.push([name, this.migrateOne(index, name, doc)]);
      } catch (error) {
        if (!(error instanceof Wait)) throw error;
        if (!final) break;
        this.report(index, name, doc, `needs ${error.message} that the run never supplied`, error.rule);
        ready.push([name, doc]);
      }
      this.held.shift();
    }
    return ready;
  }

  private migrateOne(index: number, name: string, doc: unknown): unknown {
    if (doc === null || typeof doc !== "object" || Array.isArray(doc)) {
      this.report(index, name, doc, "is not a JSON object");
      return doc;
    }
    const record = doc as Doc;
    const matching = MIGRATION_RULES.filter((rule) => rule.document === name && rule.has.every((k) => k in record) && !rule.lacks.some((k) => k in record));
    if (matching.length > 1) {
      this.report(index, name, doc, `matches several rules (${matching.map((r) => r.name).join(", ")})`);
      return doc;
    }
    if (matching.length === 0) {
      const errors = errorsOf(name, doc);
      if (errors.length > 0) {
        const [message, shape] = explain(name, doc, errors);
        this.report(index, name, doc, message, shape);
      }
      return doc;
    }
    const rule = matching[0]!;
    let upgraded: Doc;
    try {
      upgraded = {};
      for (const map of rule.maps) {
        const value = (OPERATIONS[map.operation] as Operation)(record, map, this.context);
        if (value !== MISSING) upgraded[map.target] = value;
      }
      for (const [key, value] of Object.entries(record)) {
        if (!rule.drop.includes(key) && !(key in upgraded)) upgraded[key] = value;
      }
    } catch (error) {
      if (error instanceof Wait) error.rule = rule.name;
      if (!(error instanceof Problem)) throw error;
      this.report(index, name, doc, `(${rule.name}) ${error.message}`, rule.name);
      return doc;
    }
    const errors = errorsOf(name, upgraded);
    if (errors.length > 0) {
      const [path, problem] = errors[0]!;
      this.report(index, name, doc, `(${rule.name}) the migrated document is still invalid: ${place(path)}: ${problem}`, rule.name);
      return doc;
    }
    this.migrated += 1;
    return upgraded;
  }

  private report(index: number, name: string, doc: unknown, message: string, shape: string | null = null): void {
    const record = doc !== null && typeof doc === "object" ? (doc as Doc) : {};
    const uid = record.uid ?? record.datum_id;
    this.issues.push({ index, name, uid: typeof uid === "string" ? uid : null, message, shape });
  }
}

/** Upgrade `[name, doc]` pairs of earlier releases to the current schemas; current documents pass through unchanged. */
export function migrate(pairs: Iterable<Pair>, issues?: MigrationIssue[]): Pair[] {
  const migrator = new Migrator();
  const out: Pair[] = [];
  for (const [name, doc] of pairs) out.push(...migrator.feed(name, doc));
  out.push(...migrator.finish());
  issues?.push(...migrator.issues);
  return out;
}
