// The validation page: choose or drop a file, watch the progress, read the report.

import { reportText, type Report } from "../lib/index.js";
import { checkFile, type Progress } from "./check-file.js";
import { fillCodeFilter, renderFindings, renderRuns, renderVerdict } from "./render.js";

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`the page has no #${id}`);
  return element as T;
}

const input = byId<HTMLInputElement>("file");
const drop = byId<HTMLLabelElement>("drop");
const progressBox = byId<HTMLDivElement>("progress-box");
const progress = byId<HTMLProgressElement>("progress");
const progressText = byId<HTMLSpanElement>("progress-text");
const result = byId<HTMLElement>("result");
const codeFilter = byId<HTMLSelectElement>("filter-code");
const severityFilter = byId<HTMLSelectElement>("filter-severity");
const findingsBody = byId<HTMLTableElement>("findings").tBodies[0] as HTMLTableSectionElement;
const runsBody = byId<HTMLTableElement>("runs").tBodies[0] as HTMLTableSectionElement;
const shown = byId<HTMLSpanElement>("shown");
const download = byId<HTMLButtonElement>("download");

let current: Report | undefined;
let currentName = "report";

function showProgress({ bytes, total, documents }: Progress): void {
  progress.value = total > 0 ? bytes / total : 0;
  const percent = total > 0 ? Math.floor((100 * bytes) / total) : 0;
  progressText.textContent = `${percent}% · ${documents.toLocaleString("en-US")} documents`;
  document.body.dataset["progressUpdates"] = String(Number(document.body.dataset["progressUpdates"] ?? "0") + 1);
}

function refilter(): void {
  if (current !== undefined) renderFindings(findingsBody, shown, current, codeFilter.value, severityFilter.value);
}

async function check(file: File): Promise<void> {
  document.body.dataset["state"] = "checking";
  result.hidden = true;
  progressBox.hidden = false;
  showProgress({ bytes: 0, total: file.size, documents: 0 });
  const { report, milliseconds } = await checkFile(file, showProgress);
  showProgress({ bytes: file.size, total: file.size, documents: report.sources[0]?.documents ?? 0 });
  current = report;
  currentName = file.name.replace(/\.[^.]*$/, "");
  renderVerdict(byId("verdict"), report, milliseconds);
  renderRuns(runsBody, report);
  fillCodeFilter(codeFilter, report);
  codeFilter.value = "";
  severityFilter.value = "";
  refilter();
  result.hidden = false;
  document.body.dataset["elapsedMs"] = milliseconds.toFixed(1);
  document.body.dataset["state"] = "done";
}

function start(file: File | undefined): void {
  if (file === undefined) return;
  check(file).catch((error: unknown) => {
    document.body.dataset["state"] = "failed";
    progressText.textContent = `the check stopped: ${error instanceof Error ? error.message : String(error)}`;
  });
}

input.addEventListener("change", () => start(input.files?.[0]));
drop.addEventListener("dragover", (event) => {
  event.preventDefault();
  drop.classList.add("over");
});
drop.addEventListener("dragleave", () => drop.classList.remove("over"));
drop.addEventListener("drop", (event) => {
  event.preventDefault();
  drop.classList.remove("over");
  start(event.dataTransfer?.files[0]);
});
codeFilter.addEventListener("change", refilter);
severityFilter.addEventListener("change", refilter);
download.addEventListener("click", () => {
  if (current === undefined) return;
  const url = URL.createObjectURL(new Blob([reportText(current)], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = `${currentName}.report.json`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
});
document.body.dataset["state"] = "ready";
