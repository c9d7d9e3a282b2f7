// Showing a report: the verdict, one row per run, the findings filtered by code and severity.

import type { Report, ReportFinding } from "../lib/index.js";

/** The most rows the findings table shows at once (the download holds them all). */
const MAX_ROWS = 2000;

function cell(row: HTMLTableRowElement, text: string, className?: string): void {
  const td = row.insertCell();
  td.textContent = text;
  if (className !== undefined) td.className = className;
}

function plural(count: number, noun: string): string {
  return `${count.toLocaleString("en-US")} ${noun}${count === 1 ? "" : "s"}`;
}

/** The verdict line: valid, or the error and warning counts. */
export function renderVerdict(element: HTMLElement, report: Report, milliseconds: number): void {
  const source = report.sources[0];
  if (source === undefined) return;
  const seconds = (milliseconds / 1000).toFixed(2);
  const head = `${source.source}: ${plural(source.runs.length, "run")}, ${plural(source.documents, "document")}: `;
  let verdict: string;
  if (source.unusable !== null) verdict = `unusable input: ${source.unusable}`;
  else if (source.errors === 0 && source.warnings === 0) verdict = "valid";
  else if (source.errors === 0) verdict = `${plural(source.warnings, "warning")} (valid)`;
  else verdict = [plural(source.errors, "error"), source.warnings ? plural(source.warnings, "warning") : ""].filter(Boolean).join(", ");
  element.textContent = `${head}${verdict} (checked in ${seconds} s)`;
  element.className = report.valid ? "valid" : "invalid";
  element.dataset["valid"] = String(report.valid);
}

/** One row per run: uid, lines, what it holds, how it ended. */
export function renderRuns(body: HTMLTableSectionElement, report: Report): void {
  body.replaceChildren();
  for (const run of report.sources[0]?.runs ?? []) {
    const row = body.insertRow();
    cell(row, run.uid ?? "(no uid)");
    cell(row, `${run.first_line}–${run.last_line}`);
    cell(row, Object.entries(run.counts).map(([name, count]) => plural(count, name)).join(", "));
    cell(row, run.stopped ? `stop: ${run.exit_status ?? "?"}` : "no stop");
  }
}

/** The codes present in the findings, for the filter. */
export function fillCodeFilter(select: HTMLSelectElement, report: Report): void {
  while (select.options.length > 1) select.remove(1);
  for (const code of Object.keys(report.sources[0]?.finding_counts ?? {})) {
    const option = document.createElement("option");
    option.value = code;
    option.textContent = `${code} (${report.sources[0]?.finding_counts[code] ?? 0})`;
    select.add(option);
  }
}

/** The findings matching the filters, at most MAX_ROWS of them. */
export function renderFindings(
  body: HTMLTableSectionElement,
  shown: HTMLElement,
  report: Report,
  code: string,
  severity: string,
): void {
  const all: readonly ReportFinding[] = report.sources[0]?.findings ?? [];
  const matching = all.filter((finding) => (code === "" || finding.code === code) && (severity === "" || finding.severity === severity));
  body.replaceChildren();
  for (const finding of matching.slice(0, MAX_ROWS)) {
    const row = body.insertRow();
    row.className = finding.severity;
    cell(row, String(finding.line), "line");
    cell(row, finding.severity, "severity");
    cell(row, finding.code, "code");
    cell(row, finding.name, "name");
    cell(row, finding.path, "path");
    cell(row, finding.message, "message");
  }
  const more = matching.length > MAX_ROWS ? ` (the first ${MAX_ROWS} shown; the download has all)` : "";
  shown.textContent = `${plural(matching.length, "finding")} of ${all.length}${more}`;
}
