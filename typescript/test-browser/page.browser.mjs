// The validation page in a real browser: Debian's chromium (headless, driven by playwright-core)
// loads docs/_extra/validator/ from a server on 127.0.0.1 that sends
// `Content-Security-Policy: script-src 'self'` (and no other source), and from a file:// copy.
// A corpus run shows no findings, the faulty example shows exactly the Python command's findings,
// and the downloaded report is byte for byte what `event-model validate --json` prints for the
// same file (run here with $EVENT_MODEL_PYTHON, the Python that has this package).
// Writes docs/images/validation-page.png, the screenshot the TypeScript guide shows.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { after, before, test } from "node:test";
import { pathToFileURL } from "node:url";

import { CSP, PAGE_DIR, REPO_ROOT, checkInPage, launchChromium, serve } from "./support.mjs";

const CORPUS_RUN = join(REPO_ROOT, "tests", "data", "scan_det_motor.jsonl");
const FAULTY_RUN = join(REPO_ROOT, "examples", "faulty_run.jsonl");
const SCREENSHOT = join(REPO_ROOT, "docs", "images", "validation-page.png");

/** What `event-model validate --json FILE` prints, FILE given by its name (the page knows no folder). */
function pythonReport(file) {
  const python = process.env.EVENT_MODEL_PYTHON;
  assert.ok(python, "set EVENT_MODEL_PYTHON to a Python that has this event_model (nox -s browser does)");
  try {
    return execFileSync(python, ["-m", "event_model", "validate", "--json", basename(file)], { cwd: dirname(file), encoding: "utf8" });
  } catch (error) {
    if (error.status === 1) return error.stdout; // findings: exit status 1, the report is still printed
    throw error;
  }
}

let browser;
let server;

before(async () => {
  browser = await launchChromium();
  server = await serve();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh page that records CSP violations, console errors and every request it makes. */
async function openPage(url) {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1200, height: 900 } });
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (event) => window.__violations.push(event.violatedDirective));
  });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  page.on("pageerror", (error) => errors.push(String(error)));
  const response = await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.state === "ready");
  return { context, page, requests, errors, response };
}

async function downloadedReport(page) {
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download")]);
  return readFileSync(await download.path(), "utf8");
}

function tableRows(page, selector) {
  return page.$$eval(`${selector} tbody tr`, (rows) => rows.map((row) => [...row.cells].map((cell) => cell.textContent)));
}

test("a corpus run: valid, no findings, one run, and the Python command's report", async () => {
  const { context, page, requests, errors, response } = await openPage(server.url);
  assert.equal(response.headers()["content-security-policy"], CSP);
  const outcome = await checkInPage(page, CORPUS_RUN);
  assert.equal(outcome.state, "done");
  assert.equal(await page.getAttribute("#verdict", "data-valid"), "true");
  assert.deepEqual(await tableRows(page, "#findings"), []);
  const runs = await tableRows(page, "#runs");
  assert.equal(runs.length, 1);
  assert.match(runs[0][3], /^stop: success$/);
  assert.equal(await downloadedReport(page), pythonReport(CORPUS_RUN));
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  assert.ok(requests.every((url) => url.startsWith(server.url)), `requests beyond the page's own files: ${requests}`);
  await context.close();
});

test("the faulty example: the table lists the Python command's findings, filters work, same report", async () => {
  const { context, page, requests, errors } = await openPage(server.url);
  await checkInPage(page, FAULTY_RUN);
  assert.equal(await page.getAttribute("#verdict", "data-valid"), "false");
  const expected = JSON.parse(pythonReport(FAULTY_RUN)).sources[0].findings;
  assert.ok(expected.length > 0);
  const rows = await tableRows(page, "#findings");
  assert.deepEqual(rows, expected.map((f) => [String(f.line), f.severity, f.code, f.name, f.path, f.message]));
  await page.selectOption("#filter-code", "data-keys");
  const filtered = await tableRows(page, "#findings");
  assert.equal(filtered.length, expected.filter((f) => f.code === "data-keys").length);
  assert.ok(filtered.every((row) => row[2] === "data-keys"));
  await page.selectOption("#filter-code", "");
  await page.selectOption("#filter-severity", "warning");
  assert.equal((await tableRows(page, "#findings")).length, expected.filter((f) => f.severity === "warning").length);
  await page.selectOption("#filter-severity", "");
  assert.equal(await downloadedReport(page), pythonReport(FAULTY_RUN));
  await page.screenshot({ path: SCREENSHOT, fullPage: true });
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  assert.ok(requests.every((url) => url.startsWith(server.url) || url.startsWith("blob:")), `requests: ${requests}`);
  await context.close();
});

test("a file:// copy of the page checks a run too", async () => {
  const { context, page, errors } = await openPage(pathToFileURL(join(PAGE_DIR, "index.html")).href);
  const outcome = await checkInPage(page, FAULTY_RUN);
  assert.equal(outcome.state, "done");
  const rows = await tableRows(page, "#findings");
  assert.equal(rows.length, JSON.parse(pythonReport(FAULTY_RUN)).sources[0].findings.length);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a file that holds no document is reported as unusable, as the command does", async () => {
  const { context, page } = await openPage(server.url);
  await page.setInputFiles("#file", { name: "empty.jsonl", mimeType: "application/x-ndjson", buffer: Buffer.from("\n\n") });
  await page.waitForFunction(() => document.body.dataset.state === "done");
  assert.match(await page.textContent("#verdict"), /unusable input: holds no documents/);
  await context.close();
});
