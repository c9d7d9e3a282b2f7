/**
 * Whole-run checks: the run validator, its findings, the JSON-lines reader and the report.
 *
 * @module
 */

export { RunValidator, type RunValidatorOptions } from "./run-validator.js";
export { FINDING_CODES, type Finding, type FindingCode, type RunSummary, type Severity, type ValidationSummary } from "./findings.js";
export { LineReader, type ChunkStream, parseEnvelope, parseJsonLines, readJsonLines, type DocumentSink, type MalformedLine, type ReadOptions } from "./jsonlines.js";
export { REPORT_VERSION, report, reportText, sourceReport, type Report, type ReportFinding, type ReportRun, type ReportSource } from "./report.js";
export { planStream, type ReadingRule, type StreamPlan, type UnusableDataKey } from "./stream-plan.js";
export { eventFits, eventReadingErrors, pageFits, pageReadingErrors } from "./readings.js";
