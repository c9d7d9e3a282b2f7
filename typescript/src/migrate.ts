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
}

/** The media type of each handler spec in use with stream resources. */
export const SPEC_MIMETYPES: Readonly<Record<string, string>> = Object.freeze({
  AD_HDF5_SWMR_STREAM: "application/x-hdf5",
  AD_HDF5_SWMR_SLICE: "application/x-hdf5",
  AD_HDF5_SWMR: "application/x-hdf5",
  AD_HDF5: "application/x-hdf5",
  ADHDF5_SWMR_STREAM: "application/x-hdf5",
  HDF5: "application/x-hdf5",
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

class Problem extends Error {}
class Wait extends Error {}
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

function isValid(name: string, doc: unknown): boolean {
  return isDocumentName(name) && validate(name, doc).valid;
}

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
        this.report(index, name, doc, `needs ${error.message} that the run never supplied`);
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
      if (!isValid(name, doc)) this.report(index, name, doc, "is invalid under the current schema and no rule knows its shape");
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
      if (!(error instanceof Problem)) throw error;
      this.report(index, name, doc, `(${rule.name}) ${error.message}`);
      return doc;
    }
    if (!isValid(name, upgraded)) {
      this.report(index, name, doc, `(${rule.name}) the migrated document is still invalid`);
      return doc;
    }
    this.migrated += 1;
    return upgraded;
  }

  private report(index: number, name: string, doc: unknown, message: string): void {
    const record = doc !== null && typeof doc === "object" ? (doc as Doc) : {};
    const uid = record.uid ?? record.datum_id;
    this.issues.push({ index, name, uid: typeof uid === "string" ? uid : null, message });
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
