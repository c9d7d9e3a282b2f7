/**
 * The JSON report of `event-model validate --json`, made from a run check in the same
 * shape and order as the Python command writes it.
 *
 * @module
 */

import type { LineReader } from "./jsonlines.js";
import { pySorted } from "./pyrepr.js";
import type { RunValidator } from "./run-validator.js";

/** One finding placed in its input. */
export interface ReportFinding {
  line: number;
  index: number | null;
  severity: string;
  code: string;
  name: string;
  path: string;
  message: string;
  run: string | null;
}

/** One run placed in its input. */
export interface ReportRun {
  uid: string | null;
  first_line: number;
  last_line: number;
  stopped: boolean;
  exit_status: string | null;
  counts: Record<string, number>;
}

/** Everything the report says about one input. */
export interface ReportSource {
  source: string;
  unusable: string | null;
  documents: number;
  lines: number;
  errors: number;
  warnings: number;
  finding_counts: Record<string, number>;
  runs: ReportRun[];
  findings: ReportFinding[];
}

/** The whole report: verdict, totals, one entry per input. */
export interface Report {
  event_model_version: string;
  valid: boolean;
  errors: number;
  warnings: number;
  sources: ReportSource[];
}

/** The package version the report names (the Python package of the same release writes the same). */
export const REPORT_VERSION = "1.25.0";

/** The report entry of one input, from its reader (after the end) and its closed validator. */
export function sourceReport(source: string, reader: LineReader, validator: RunValidator): ReportSource {
  const rows: ReportFinding[] = reader.malformed.map((bad) => ({
    line: bad.line,
    index: null,
    severity: "error",
    code: "malformed-line",
    name: "",
    path: "$",
    message: bad.message,
    run: null,
  }));
  for (const finding of validator.findings) {
    rows.push({
      line: reader.lineOf(finding.index),
      index: finding.index,
      severity: finding.severity,
      code: finding.code,
      name: finding.name,
      path: finding.path,
      message: finding.message,
      run: finding.run,
    });
  }
  const ordered = rows.map((row, position) => ({ row, position }));
  ordered.sort((a, b) => a.row.line - b.row.line || a.position - b.position);
  const counts: Record<string, number> = { ...validator.findingCounts };
  if (reader.malformed.length > 0) counts["malformed-line"] = (counts["malformed-line"] ?? 0) + reader.malformed.length;
  const sortedCounts: Record<string, number> = {};
  for (const code of pySorted(Object.keys(counts))) sortedCounts[code] = counts[code] as number;
  let unusable: string | null = null;
  if (reader.documents === 0) {
    const first = reader.malformed[0];
    unusable =
      first === undefined
        ? "holds no documents"
        : `not JSON lines of documents: no line holds one (line ${first.line}: ${first.message})`;
  }
  return {
    source,
    unusable,
    documents: reader.documents,
    lines: reader.linesRead,
    errors: validator.errorCount + reader.malformed.length,
    warnings: validator.warningCount,
    finding_counts: sortedCounts,
    runs: validator.runs.map((run) => ({
      uid: run.uid,
      first_line: reader.lineOf(run.firstIndex),
      last_line: reader.lineOf(run.lastIndex),
      stopped: run.stopped,
      exit_status: run.exitStatus,
      counts: { ...run.counts },
    })),
    findings: ordered.map(({ row }) => row),
  };
}

/** The report of several inputs, as `event-model validate --json FILE...` prints it. */
export function report(sources: readonly ReportSource[]): Report {
  return {
    event_model_version: REPORT_VERSION,
    valid: sources.every((source) => source.unusable === null && source.errors === 0),
    errors: sources.reduce((total, source) => total + source.errors, 0),
    warnings: sources.reduce((total, source) => total + source.warnings, 0),
    sources: [...sources],
  };
}

/** The report as the Python command prints it: JSON indented by two spaces, non-ASCII escaped. */
export function reportText(value: Report): string {
  const text = JSON.stringify(value, null, 2).replace(/[\u007f-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return `${text}\n`;
}
