/**
 * Check whole runs, not just single documents: the TypeScript twin of the Python
 * package's `event_model.run_validator.RunValidator`, with its checks, finding codes,
 * paths and messages.
 *
 * Feed documents in order with `feed(name, doc)`, call `close()` at the end of the
 * input, then read `findings` and `summary()`. Every document is checked against the
 * schema of its type (precompiled validators, and for the few that fail an
 * interpreter that explains why), every event and page against its descriptor
 * (keys, types, shapes: see stream-plan.ts), and the run as a whole: one start
 * first, nothing but a start after a stop, references to documents already seen,
 * seq_num 1, 2, 3, ... per stream name, num_events in the stop, unique uids, equal
 * page columns, the same data keys for descriptors sharing a stream name.
 *
 * @module
 */

import type { DocumentName } from "../generated/index.js";
import * as compiled from "../generated/validators.js";
import type { CompiledValidator } from "../generated/validators.js";
import { DOCUMENT_NAMES, isDocumentName } from "../schemas.js";
import { orderedSchema, VALIDATORS } from "../validation.js";
import type { Finding, FindingCode, RunSummary, Severity, ValidationSummary } from "./findings.js";
import { floatRepr, isPyIdentifier, pyRepr, pySorted, pyTypeName, short } from "./pyrepr.js";
import { eventFits, eventReadingErrors, pageFits, pageReadingErrors } from "./readings.js";
import { schemaErrors, type SchemaError } from "./schema-errors.js";
import { planStream, type StreamPlan } from "./stream-plan.js";
import { UidSet } from "./uid-set.js";
import {
  closestMatch,
  declaredAs,
  hashKey,
  keyDifference,
  pageRows,
  pyDiffers,
  pyStr,
  StreamCounter,
  within,
} from "./texts.js";

type Doc = Record<string, unknown>;

const NO_RUN = 0;
const OPEN = 1;
const STOPPED = 2;


const SORTED_NAMES = pySorted(DOCUMENT_NAMES);
const KEYED_PARTS = new Set(["$.data", "$.timestamps", "$.filled"]);

function isObject(value: unknown): value is Doc {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function passes(validator: CompiledValidator, doc: unknown): boolean {
  try {
    return validator(doc);
  } catch (error) {
    if (error instanceof RangeError) return false;
    throw error;
  }
}

/** What the validator keeps per descriptor: the descriptor, its readings' rules, its stream's counter. */
class Stream {
  readonly plan: StreamPlan | null;
  readonly eventKeys: ReadonlySet<string>;
  readonly streamKeys: ReadonlySet<string>;
  /** Scalar keys declared 'integer' whose readings have not yet been found to be fractional. */
  readonly integerKeys: Set<string>;

  constructor(
    readonly descriptor: Doc,
    readonly counter: StreamCounter,
  ) {
    this.plan = planStream(descriptor, true);
    const dataKeys = isObject(descriptor["data_keys"]) ? descriptor["data_keys"] : {};
    const streamKeys = new Set<string>();
    for (const [key, value] of Object.entries(dataKeys)) {
      if (isObject(value) && value["external"] === "STREAM:") streamKeys.add(key);
    }
    this.streamKeys = streamKeys;
    this.eventKeys = new Set(Object.keys(dataKeys).filter((key) => !streamKeys.has(key)));
    this.integerKeys = new Set(this.plan?.integerKeys ?? []);
  }

  eventFits(doc: Doc): boolean {
    return this.plan === null || eventFits(this.plan, doc);
  }

  pageFits(doc: Doc): boolean {
    return this.plan === null || pageFits(this.plan, doc);
  }
}

/** Options of a {@link RunValidator}. */
export interface RunValidatorOptions {
  /** Keep at most this many findings (all are counted); default: all. */
  readonly maxFindings?: number;
}

/**
 * Check a stream of documents, run by run, collecting findings instead of throwing.
 *
 * ```ts
 * const validator = new RunValidator();
 * for (const [name, doc] of documents) validator.feed(name, doc);
 * validator.close();
 * console.log(validator.findings, validator.summary());
 * ```
 */
export class RunValidator {
  /** The findings kept so far, in the order found. */
  readonly findings: Finding[] = [];
  /** Every finding, kept or not, counted by code. */
  readonly findingCounts: Record<string, number> = {};
  /** A summary of each run seen. */
  readonly runs: RunSummary[] = [];
  errorCount = 0;
  warningCount = 0;

  private readonly maxFindings: number;
  private index = -1;
  private name = "";
  private pathPrefix = "";
  private readonly uids = new UidSet();
  private state = NO_RUN;
  private run: RunSummary | null = null;
  private runUid: string | null = null;
  private reportedNoStart = false;
  private streams = new Map<string, Stream>();
  private counters = new Map<string, { name: unknown; counter: StreamCounter }>();
  private resources = new Set<string>();
  private streamResources = new Map<string, unknown>();
  private lostRows = 0;
  private closed = false;

  constructor(options: RunValidatorOptions = {}) {
    this.maxFindings = options.maxFindings ?? Number.POSITIVE_INFINITY;
  }

  /** True when no error has been found (warnings allowed). */
  get valid(): boolean {
    return this.errorCount === 0;
  }

  /** How many documents have been fed. */
  get documentsSeen(): number {
    return this.index + 1;
  }

  /** The totals so far: documents, errors, warnings, findings by code, runs. */
  summary(): ValidationSummary {
    return {
      documents: this.documentsSeen,
      valid: this.valid,
      errors: this.errorCount,
      warnings: this.warningCount,
      findingCounts: { ...this.findingCounts },
      runs: this.runs.map((run) => ({ ...run, counts: { ...run.counts } })),
    };
  }

  /** Check one document (its name and the document, as read from a stream). */
  feed(name: unknown, doc: unknown): void {
    this.index += 1;
    if (!isDocumentName(name)) {
      this.unknownName(name, doc);
      return;
    }
    this.name = name;
    if (isObject(doc)) {
      try {
        this.check(name, doc);
      } catch (error) {
        this.pathPrefix = "";
        const kind = error instanceof Error ? error.name : "Error";
        const text = error instanceof Error ? error.message : String(error);
        this.report("unchecked", "$", `this ${name} could not be checked (${`${kind}: ${text}`.slice(0, 200)})`);
      }
    } else {
      this.report("schema", "$", `${short(doc)} is not ${/^[aeiou]/i.test(name) ? "an" : "a"} ${name} document: expected a JSON object`);
    }
    const run = this.run;
    if (run !== null) {
      run.counts[name] = (run.counts[name] ?? 0) + 1;
      run.lastIndex = this.index;
    }
  }

  /** Declare the end of the input: report a run still open (no stop); returns the findings. */
  close(): readonly Finding[] {
    if (this.closed) return this.findings;
    this.closed = true;
    if (this.state === OPEN && this.run !== null) {
      this.name = "start";
      const message = `run ${pyRepr(this.runUid)} has no stop document: the input ended while it was open`;
      this.report("missing-stop", "$", message, "warning", this.run.firstIndex);
      this.state = STOPPED;
    }
    return this.findings;
  }

  private check(name: DocumentName, doc: Doc): void {
    switch (name) {
      case "start":
        return this.checkStart(doc);
      case "stop":
        return this.checkStop(doc);
      case "descriptor":
        return this.checkDescriptor(doc);
      case "event":
        return this.checkEvent(doc);
      case "event_page":
        return this.checkEventPage(doc);
      case "resource":
        return this.checkResource(doc);
      case "datum":
        return this.checkDatum(doc);
      case "datum_page":
        return this.checkDatumPage(doc);
      case "stream_resource":
        return this.checkStreamResource(doc);
      case "stream_datum":
        return this.checkStreamDatum(doc);
      case "bulk_events":
        return this.checkBulkEvents(doc);
      case "bulk_datum":
        return this.checkBulkDatum(doc);
    }
  }

  // -- reporting --------------------------------------------------------------------

  private report(code: FindingCode, path: string, message: string, severity: Severity = "error", index?: number): void {
    this.findingCounts[code] = (this.findingCounts[code] ?? 0) + 1;
    if (severity === "error") this.errorCount += 1;
    else this.warningCount += 1;
    if (this.findings.length >= this.maxFindings) return;
    this.findings.push({
      code,
      severity,
      index: index ?? this.index,
      name: this.name,
      path: this.pathPrefix === "" ? path : this.pathPrefix + path.slice(1),
      message,
      run: this.runUid,
    });
  }

  private unknownName(name: unknown, doc: unknown): void {
    this.name = typeof name === "string" ? name : short(name);
    const close = typeof name === "string" ? closestMatch(name, SORTED_NAMES) : undefined;
    const hint = close === undefined ? "" : ` (did you mean ${pyRepr(close)}?)`;
    this.report("unknown-name", "$", `${short(name)} is not a document name${hint}: expected one of ${pyRepr(SORTED_NAMES)}`);
    if (isObject(doc) && "seq_num" in doc) this.loseRows(doc["seq_num"]);
  }

  private genericErrors(doc: Doc): SchemaError[] {
    return schemaErrors(orderedSchema(this.name as DocumentName), doc);
  }

  /** Validate against the generic schema of the document's type; report each error, return their paths. */
  private checkSchema(doc: Doc): string[] {
    if (passes(VALIDATORS[this.name as DocumentName], doc)) return [];
    const errors = this.genericErrors(doc);
    if (errors.length === 0) {
      this.report("schema", "$", `the ${this.name} document fails its schema`);
      return ["$"];
    }
    for (const error of errors) this.report("schema", error.path, error.problem);
    return errors.map((error) => error.path);
  }

  private checkUid(uid: unknown, path: string): void {
    const key = hashKey(uid);
    if (key === undefined) return;
    if (!this.uids.add(key)) this.report("duplicate-uid", path, `${pyRepr(uid)} was already used by an earlier document`);
  }

  private checkInRun(): void {
    if (this.state === OPEN) return;
    if (this.state === STOPPED) {
      this.report(
        "after-stop",
        "$",
        `this ${this.name} follows the stop of run ${pyRepr(this.runUid)}: only a start may follow a stop`,
      );
    } else if (!this.reportedNoStart) {
      this.reportedNoStart = true;
      this.report(
        "no-start",
        "$",
        `this ${this.name} arrives before any start document: a run must begin with its start ` +
          "(this and every document until the next start belong to no run)",
      );
    }
  }

  private checkRunStart(doc: Doc): void {
    if (!("run_start" in doc)) return;
    const runStart = doc["run_start"];
    if (this.runUid !== null && runStart !== this.runUid) {
      this.report(
        "wrong-run",
        "$.run_start",
        `${short(runStart)} is not the uid of this run's start document (${pyRepr(this.runUid)})`,
      );
    }
  }

  // -- runs -------------------------------------------------------------------------

  private resetRunTables(): void {
    this.streams = new Map();
    this.counters = new Map();
    this.resources = new Set();
    this.streamResources = new Map();
    this.lostRows = 0;
  }

  private loseRows(seqNum: unknown): void {
    this.lostRows += Array.isArray(seqNum) ? seqNum.length : 1;
  }

  private checkStart(doc: Doc): void {
    if (this.state === OPEN) {
      this.report(
        "missing-stop",
        "$",
        `run ${pyRepr(this.runUid)} has no stop document: this start begins another run while it is open`,
      );
    }
    this.checkSchema(doc);
    const uid = doc["uid"];
    this.checkUid(uid, "$.uid");
    this.resetRunTables();
    this.state = OPEN;
    this.reportedNoStart = false;
    this.runUid = typeof uid === "string" ? uid : null;
    this.run = { uid: this.runUid, firstIndex: this.index, lastIndex: this.index, stopped: false, exitStatus: null, counts: {} };
    this.runs.push(this.run);
  }

  private checkStop(doc: Doc): void {
    this.checkInRun();
    this.checkSchema(doc);
    this.checkUid(doc["uid"], "$.uid");
    this.checkRunStart(doc);
    const numEvents = doc["num_events"];
    if (this.state === OPEN && isObject(numEvents)) this.checkNumEvents(numEvents);
    if (this.state === OPEN && this.run !== null) {
      this.run.stopped = true;
      const exitStatus = doc["exit_status"];
      this.run.exitStatus = typeof exitStatus === "string" ? exitStatus : null;
    }
    this.state = this.state !== NO_RUN ? STOPPED : NO_RUN;
  }

  private checkNumEvents(numEvents: Doc): void {
    for (const { name, counter } of this.counters.values()) {
      const expected = counter.expectedNumEvents();
      if (typeof name !== "string" || !Object.hasOwn(numEvents, name)) {
        if (expected) {
          this.report(
            "num-events",
            "$.num_events",
            `stream ${pyRepr(name)} is missing from num_events: expected ${expected} (${counter.explained()})`,
          );
        }
        continue;
      }
      const claimed = numEvents[name];
      if (pyDiffers(claimed, expected)) {
        this.report(
          "num-events",
          `$.num_events[${pyRepr(name)}]`,
          `${short(claimed)} is not the number of events in stream ${pyRepr(name)}: expected ${expected} ` +
            `(${counter.explained()})`,
        );
      }
    }
    for (const [name, claimed] of Object.entries(numEvents)) {
      if (!this.counters.has(name) && pyDiffers(claimed, 0)) {
        this.report(
          "num-events",
          `$.num_events[${pyRepr(name)}]`,
          `${short(claimed)} events claimed for stream ${pyRepr(name)}, which has no descriptor in this run: expected 0`,
        );
      }
    }
  }

  // -- descriptors and events -------------------------------------------------------

  private checkDescriptor(doc: Doc): void {
    this.checkInRun();
    const schemaPaths = this.checkSchema(doc);
    const uid = doc["uid"];
    this.checkUid(uid, "$.uid");
    this.checkRunStart(doc);
    const dataKeys = doc["data_keys"];
    const keySet = new Set(isObject(dataKeys) ? Object.keys(dataKeys) : []);
    let name = doc["name"];
    let nameKey = hashKey(name);
    if (nameKey === undefined) {
      name = pyRepr(name);
      nameKey = hashKey(name) as string;
    }
    let entry = this.counters.get(nameKey);
    if (entry === undefined) {
      entry = { name, counter: new StreamCounter(pyStr(name), keySet) };
      this.counters.set(nameKey, entry);
    } else if (!sameKeys(entry.counter.dataKeys, keySet)) {
      this.report(
        "stream-name-reuse",
        "$.data_keys",
        `stream ${pyRepr(name)} was described before with the data keys ${pyRepr(pySorted(entry.counter.dataKeys))}; ` +
          `this descriptor has ${pyRepr(pySorted(keySet))}: descriptors sharing a stream name must have the same keys`,
      );
    }
    const uidKey = hashKey(uid);
    if (uidKey === undefined || this.streams.has(uidKey)) return;
    const stream = new Stream(doc, entry.counter);
    this.streams.set(uidKey, stream);
    for (const problem of stream.plan?.problems ?? []) {
      if (schemaPaths.some((path) => within(problem.path, path) || within(path, problem.path))) continue;
      this.report(
        "unusable-data-key",
        problem.path,
        `${problem.problem}; readings of ${pyRepr(problem.key)} are not checked where this leaves them undefined`,
      );
    }
  }

  private streamOf(descriptorUid: unknown): Stream | undefined {
    const key = hashKey(descriptorUid);
    return key === undefined ? undefined : this.streams.get(key);
  }

  private checkEvent(doc: Doc): void {
    if (this.state !== OPEN) this.checkInRun();
    const stream = this.streamOf(doc["descriptor"]);
    if (stream === undefined) {
      this.checkSchema(doc);
      this.reportUnknownDescriptor(doc["descriptor"]);
      this.loseRows(doc["seq_num"]);
    } else {
      if (!passes(compiled.event, doc) || !stream.eventFits(doc)) this.explainEvent(doc, stream, false);
      if (stream.integerKeys.size > 0) this.checkIntegerReadings(doc, stream, false);
      const counter = stream.counter;
      const seqNum = doc["seq_num"];
      if (typeof seqNum === "number" && seqNum === counter.lastSeqNum + 1) counter.lastSeqNum = seqNum;
      else this.checkSeqNum(seqNum, counter, "$.seq_num");
      counter.rows += 1;
    }
    this.checkUid(doc["uid"], "$.uid");
  }

  private checkSeqNum(seqNum: unknown, counter: StreamCounter, path: string): void {
    if (typeof seqNum !== "number" || !Number.isInteger(seqNum)) {
      counter.lastSeqNum += 1;
      return;
    }
    const expected = counter.lastSeqNum + 1;
    const skipped = seqNum - expected;
    if (skipped > 0 && skipped <= this.lostRows) {
      this.lostRows -= skipped;
    } else if (seqNum > expected) {
      this.report(
        "seq-num-gap",
        path,
        `${seqNum} skips ahead in stream ${pyRepr(counter.name)}: expected ${expected} ` +
          "(seq_num counts from 1 per stream name, across the descriptors that share it)",
      );
    } else {
      this.report(
        "seq-num-rewind",
        path,
        `${seqNum} goes back in stream ${pyRepr(counter.name)}: expected ${expected}; the RunEngine does ` +
          "this only after rewinding to a checkpoint",
        "warning",
      );
    }
    counter.lastSeqNum = seqNum;
  }

  private checkIntegerReadings(doc: Doc, stream: Stream, page: boolean): void {
    const data = doc["data"];
    if (!isObject(data)) return;
    for (const key of pySorted(stream.integerKeys)) {
      const value = Object.hasOwn(data, key) ? data[key] : undefined;
      const found = page ? firstFraction(value) : isFraction(value) ? (value as number) : undefined;
      if (found === undefined) continue;
      stream.integerKeys.delete(key);
      const where = !page && isPyIdentifier(key) ? `$.data.${key}` : `$.data[${pyRepr(key)}]`;
      this.report(
        "float-in-integer-key",
        where,
        `${floatRepr(found)} is not a whole number, but the descriptor declares ${pyRepr(key)} with dtype 'integer': ` +
          "most likely the device inferred the dtype from an integer initial value and then read " +
          "floats (ophyd's simulated motors do); declare dtype 'number' at the source " +
          "(later readings of this key in this stream are not reported)",
        "warning",
      );
    }
  }

  private reportUnknownDescriptor(descriptorUid: unknown): void {
    if (typeof descriptorUid === "string") {
      this.report(
        "unknown-descriptor",
        "$.descriptor",
        `${pyRepr(descriptorUid)} is not the uid of any descriptor seen so far in this run`,
      );
    }
  }

  /** Report why an event (page) fails its stream: keys, generic schema, then types and shapes. */
  private explainEvent(doc: Doc, stream: Stream, page: boolean): void {
    const keyProblems = this.reportKeyMismatch(doc, stream);
    const genericErrors = passes(VALIDATORS[this.name as DocumentName], doc) ? [] : this.genericErrors(doc);
    for (const error of genericErrors) this.report("schema", error.path, error.problem);
    const already = new Set<string>();
    for (const error of genericErrors) {
      already.add(`${error.path}\u0000k${error.keyword}`);
      already.add(`${error.path}\u0000p${error.problem}`);
    }
    let reported = genericErrors.length > 0;
    const plan = stream.plan;
    const streamErrors = plan === null ? [] : page ? pageReadingErrors(plan, doc) : eventReadingErrors(plan, doc);
    for (const error of streamErrors) {
      const { path } = error;
      if (already.has(`${path}\u0000k${error.keyword}`) || already.has(`${path}\u0000p${error.problem}`)) continue;
      const keyed = (error.keyword === "required" || error.keyword === "additionalProperties") && KEYED_PARTS.has(path);
      if (keyed && keyProblems) continue;
      this.report("data-type", path, error.problem + declaredAs(stream.descriptor, error.parts));
      already.add(`${path}\u0000p${error.problem}`);
      reported = true;
    }
    if (!reported && !keyProblems) this.report("schema", "$", `the ${this.name} fails the schema of its stream`);
  }

  private reportKeyMismatch(doc: Doc, stream: Stream): boolean {
    const expected = stream.eventKeys;
    let found = false;
    for (const part of ["data", "timestamps"]) {
      const mapping = doc[part];
      if (!isObject(mapping)) continue;
      const keys = new Set(Object.keys(mapping).filter((key) => !stream.streamKeys.has(key)));
      if (!sameKeys(keys, expected)) {
        found = true;
        this.report("data-keys", `$.${part}`, keyDifference(part, keys, expected));
      }
    }
    const filled = doc["filled"];
    if (isObject(filled)) {
      const data = doc["data"];
      const dataKeys = new Set(isObject(data) ? Object.keys(data) : []);
      const extra = Object.keys(filled).filter((key) => !dataKeys.has(key));
      if (extra.length > 0) {
        found = true;
        this.report(
          "data-keys",
          "$.filled",
          `${pyRepr(pySorted(extra))} in filled are not keys of data: filled may only mention data keys`,
        );
      }
    }
    return found;
  }

  private checkEventPage(doc: Doc): void {
    if (this.state !== OPEN) this.checkInRun();
    const stream = this.streamOf(doc["descriptor"]);
    this.checkPageColumns(doc, ["uid", "time", "seq_num"], ["data", "timestamps", "filled"]);
    if (stream === undefined) {
      this.checkSchema(doc);
      this.reportUnknownDescriptor(doc["descriptor"]);
      this.loseRows(doc["seq_num"]);
    } else {
      if (!passes(compiled.event_page, doc) || !stream.pageFits(doc)) this.explainEvent(doc, stream, true);
      if (stream.integerKeys.size > 0) this.checkIntegerReadings(doc, stream, true);
      const seqNums = doc["seq_num"];
      const counter = stream.counter;
      if (Array.isArray(seqNums)) {
        seqNums.forEach((seqNum: unknown, row) => {
          if (seqNum !== counter.lastSeqNum + 1) this.checkSeqNum(seqNum, counter, `$.seq_num[${row}]`);
          else counter.lastSeqNum = seqNum as number;
          counter.rows += 1;
        });
      } else {
        const rows = pageRows(doc);
        counter.lastSeqNum += rows;
        counter.rows += rows;
      }
    }
    const uids = doc["uid"];
    if (Array.isArray(uids)) uids.forEach((uid: unknown, row) => this.checkUid(uid, `$.uid[${row}]`));
  }

  private checkPageColumns(doc: Doc, columns: readonly string[], tables: readonly string[]): void {
    const lengths: [string, number][] = [];
    for (const column of columns) {
      const value = doc[column];
      if (Array.isArray(value)) lengths.push([`$.${column}`, value.length]);
    }
    for (const table of tables) {
      const value = doc[table];
      if (!isObject(value)) continue;
      for (const [key, columnValue] of Object.entries(value)) {
        if (Array.isArray(columnValue)) lengths.push([`$.${table}[${pyRepr(key)}]`, columnValue.length]);
      }
    }
    const [first] = lengths;
    if (first === undefined || lengths.every(([, length]) => length === first[1])) return;
    for (const [path, length] of lengths) {
      if (length !== first[1]) {
        this.report(
          "page-columns",
          path,
          `this column has ${length} rows but ${first[0]} has ${first[1]}: every column of a page must have one entry per row`,
        );
      }
    }
  }

  // -- external data ----------------------------------------------------------------

  private checkResource(doc: Doc): void {
    this.checkInRun();
    this.checkSchema(doc);
    const uid = doc["uid"];
    this.checkUid(uid, "$.uid");
    this.checkRunStart(doc);
    const key = hashKey(uid);
    if (key !== undefined) this.resources.add(key);
  }

  private checkDatum(doc: Doc): void {
    if (this.state !== OPEN) this.checkInRun();
    this.checkSchema(doc);
    this.checkUid(doc["datum_id"], "$.datum_id");
    this.checkResourceReference(doc["resource"]);
  }

  private checkDatumPage(doc: Doc): void {
    if (this.state !== OPEN) this.checkInRun();
    this.checkSchema(doc);
    this.checkPageColumns(doc, ["datum_id"], ["datum_kwargs"]);
    const datumIds = doc["datum_id"];
    if (Array.isArray(datumIds)) datumIds.forEach((id: unknown, row) => this.checkUid(id, `$.datum_id[${row}]`));
    this.checkResourceReference(doc["resource"]);
  }

  private checkResourceReference(resource: unknown): void {
    const key = hashKey(resource);
    if (key === undefined) return;
    if (!this.resources.has(key) && typeof resource === "string") {
      this.report("unknown-resource", "$.resource", `${pyRepr(resource)} is not the uid of any resource seen so far in this run`);
    }
  }

  private checkStreamResource(doc: Doc): void {
    this.checkInRun();
    this.checkSchema(doc);
    const uid = doc["uid"];
    this.checkUid(uid, "$.uid");
    this.checkRunStart(doc);
    const key = hashKey(uid);
    if (key !== undefined) this.streamResources.set(key, doc["data_key"]);
  }

  private checkStreamDatum(doc: Doc): void {
    if (this.state !== OPEN) this.checkInRun();
    this.checkSchema(doc);
    this.checkUid(doc["uid"], "$.uid");
    const streamResource = doc["stream_resource"];
    const resourceKey = hashKey(streamResource);
    const knownResource = resourceKey === undefined || this.streamResources.has(resourceKey);
    if (!knownResource && typeof streamResource === "string") {
      this.report(
        "unknown-stream-resource",
        "$.stream_resource",
        `${pyRepr(streamResource)} is not the uid of any stream resource seen so far in this run`,
      );
    }
    for (const part of ["indices", "seq_nums"]) {
      const bounds = doc[part];
      if (!isObject(bounds)) continue;
      const { start, stop } = bounds;
      if (isInt(start) && isInt(stop) && stop < start) {
        this.report("stream-range", `$.${part}`, `${short(bounds)} ends before it starts: expected stop >= start`);
      }
    }
    const descriptorUid = doc["descriptor"];
    if (!truthy(descriptorUid)) return;
    const descriptorKey = hashKey(descriptorUid);
    if (descriptorKey === undefined) return;
    const stream = this.streams.get(descriptorKey);
    if (stream === undefined) {
      this.reportUnknownDescriptor(descriptorUid);
      return;
    }
    if (knownResource && typeof streamResource === "string") {
      const dataKey = this.streamResources.get(resourceKey as string);
      // As in Python, a data key that cannot be hashed stops this document's check: an 'unchecked' finding.
      if (dataKey !== null && typeof dataKey === "object") throw new TypeError(`unhashable type: '${pyTypeName(dataKey)}'`);
      if (typeof dataKey !== "string" || !stream.streamKeys.has(dataKey)) {
        this.report(
          "stream-key",
          "$.stream_resource",
          `its stream resource holds the data key ${pyRepr(dataKey)}, which is not a 'STREAM:' key of ` +
            `descriptor ${pyRepr(descriptorUid)} (those are ${pyRepr(pySorted(stream.streamKeys))})`,
        );
      }
    }
    const seqNums = doc["seq_nums"];
    if (isObject(seqNums)) {
      const { start, stop } = seqNums;
      if (isInt(stop) && isInt(start) && stop > start) {
        stream.counter.streamDatumHigh = Math.max(stream.counter.streamDatumHigh, stop - 1);
      }
    }
  }

  // -- deprecated documents ---------------------------------------------------------

  private checkBulkEvents(doc: Doc): void {
    this.checkSchema(doc);
    this.report("deprecated", "$", "bulk_events documents are deprecated: send event_page documents", "warning");
    const name = this.name;
    try {
      this.name = "event";
      for (const [descriptorUid, events] of Object.entries(doc)) {
        if (!Array.isArray(events)) continue;
        events.forEach((event: unknown, row) => {
          this.pathPrefix = `$[${pyRepr(descriptorUid)}][${row}]`;
          if (isObject(event)) this.checkEvent(event);
        });
      }
    } finally {
      this.name = name;
      this.pathPrefix = "";
    }
  }

  private checkBulkDatum(doc: Doc): void {
    this.checkInRun();
    this.checkSchema(doc);
    this.report("deprecated", "$", "bulk_datum documents are deprecated: send datum_page documents", "warning");
    const datumIds = doc["datum_ids"];
    if (Array.isArray(datumIds)) datumIds.forEach((id: unknown, row) => this.checkUid(id, `$.datum_ids[${row}]`));
    this.checkResourceReference(doc["resource"]);
  }
}

function sameKeys(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const key of a) if (!b.has(key)) return false;
  return true;
}

function isInt(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value);
}

function truthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (isObject(value)) return Object.keys(value).length > 0;
  return Boolean(value);
}

function isFraction(value: unknown): boolean {
  return typeof value === "number" && Number.isFinite(value) && !Number.isInteger(value);
}

function firstFraction(column: unknown): number | undefined {
  if (!Array.isArray(column)) return undefined;
  for (const value of column) if (isFraction(value)) return value as number;
  return undefined;
}
