/**
 * What a run check reports: findings, and a summary of each run.
 *
 * @module
 */

/** How serious a finding is: an `error` makes the run invalid; a `warning` is allowed but worth a look. */
export type Severity = "error" | "warning";

/** Every finding code, as the Python package's RunValidator (and docs/findings.md) lists them. */
export const FINDING_CODES = Object.freeze([
  "schema",
  "data-type",
  "data-keys",
  "page-columns",
  "unknown-name",
  "no-start",
  "missing-stop",
  "after-stop",
  "wrong-run",
  "unknown-descriptor",
  "unknown-resource",
  "unknown-stream-resource",
  "stream-key",
  "stream-range",
  "seq-num-gap",
  "seq-num-rewind",
  "num-events",
  "duplicate-uid",
  "stream-name-reuse",
  "deprecated",
  "unusable-data-key",
  "float-in-integer-key",
  "unchecked",
] as const);

/** A finding code, such as "seq-num-gap". */
export type FindingCode = (typeof FINDING_CODES)[number];

/**
 * One problem found in a stream of documents.
 *
 * `index` is the position (from 0) of the offending document among those fed; `path`
 * a JSON path inside it (`$` for the whole document); `run` the uid of the start of
 * its run (null before any start).
 */
export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly index: number;
  readonly name: string;
  readonly path: string;
  readonly message: string;
  readonly run: string | null;
}

/** What the validator saw of one run: its start uid, first and last index, document counts. */
export interface RunSummary {
  readonly uid: string | null;
  readonly firstIndex: number;
  lastIndex: number;
  stopped: boolean;
  exitStatus: string | null;
  readonly counts: Record<string, number>;
}

/** The totals of a check: documents, errors, warnings, findings by code, and the runs. */
export interface ValidationSummary {
  readonly documents: number;
  readonly valid: boolean;
  readonly errors: number;
  readonly warnings: number;
  readonly findingCounts: Readonly<Record<string, number>>;
  readonly runs: readonly RunSummary[];
}
