// The whole-run check of a 200 000-event run, end to end (file read, JSON parse, every check),
// in node and in headless Debian chromium (the validation page, driven by playwright-core).
// Prints one JSON line per case, {"case", "units_per_s"} (documents per second), as
// benchmarks/compare.py reads them; `nox -s bench` runs it. Needs `npm run build` first.
// The run is made from benchmarks/data/count_large.jsonl: its start and descriptor, its first
// event repeated 200 000 times with fresh uids, seq_nums and times, and a stop counting them.

import { createReadStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { Readable } from "node:stream";

import { RunValidator, readJsonLines } from "bluesky-event-model";

import { checkInPage, launchChromium, serve } from "../test-browser/support.mjs";

const EVENTS = 200_000;
const ROUNDS = 3;
const TEMPLATE = new URL("../../benchmarks/data/count_large.jsonl", import.meta.url);

function writeRun(path) {
  const lines = readFileSync(TEMPLATE, "utf8").split("\n").filter((line) => line.trim() !== "");
  const parsed = lines.map((line) => JSON.parse(line));
  const start = parsed.find(([name]) => name === "start");
  const descriptor = parsed.find(([name]) => name === "descriptor");
  const [, event] = parsed.find(([name]) => name === "event");
  const [, stop] = parsed.find(([name]) => name === "stop");
  const out = [JSON.stringify(start), JSON.stringify(descriptor)];
  for (let seq = 1; seq <= EVENTS; seq += 1) {
    const uid = `${seq.toString(16).padStart(8, "0")}-0000-4000-8000-${"0".repeat(12)}`;
    out.push(JSON.stringify(["event", { ...event, uid, seq_num: seq, time: event.time + seq * 0.01 }]));
  }
  out.push(JSON.stringify(["stop", { ...stop, num_events: { [descriptor[1].name]: EVENTS } }]));
  writeFileSync(path, out.join("\n") + "\n");
  return out.length;
}

async function nodeRound(path) {
  const validator = new RunValidator({ maxFindings: 100_000 });
  const started = performance.now();
  await readJsonLines(Readable.toWeb(createReadStream(path, { highWaterMark: 1 << 20 })), (name, doc) => validator.feed(name, doc));
  validator.close();
  const elapsed = performance.now() - started;
  if (validator.findings.length > 0) throw new Error(`the bench run has findings: ${JSON.stringify(validator.findings[0])}`);
  return elapsed;
}

function median(values) {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

async function browserRounds(path) {
  const browser = await launchChromium();
  const server = await serve();
  try {
    const page = await browser.newPage();
    const times = [];
    let updates = 0;
    for (let round = 0; round <= ROUNDS; round += 1) {
      await page.goto(server.url);
      await page.waitForFunction(() => document.body.dataset.state === "ready");
      const outcome = await checkInPage(page, path, 300_000);
      if (outcome.state !== "done" || (await page.getAttribute("#verdict", "data-valid")) !== "true") {
        throw new Error(`the page did not find the bench run valid: ${await page.textContent("#verdict")}`);
      }
      if (round > 0) times.push(outcome.elapsedMs); // round 0 warms the JIT up
      updates = outcome.progressUpdates;
    }
    return { elapsed: median(times), updates };
  } finally {
    await browser.close();
    await server.close();
  }
}

const folder = mkdtempSync(join(tmpdir(), "run-bench-"));
try {
  const path = join(folder, "count_200000.jsonl");
  const documents = writeRun(path);
  const megabytes = (statSync(path).size / 2 ** 20).toFixed(0);
  await nodeRound(path); // warm-up
  const nodeTimes = [];
  for (let round = 0; round < ROUNDS; round += 1) nodeTimes.push(await nodeRound(path));
  const nodeRate = (documents * 1000) / median(nodeTimes);
  console.log(JSON.stringify({ case: `run check, ${EVENTS.toLocaleString("en-US")}-event run, ${megabytes} MB (node, read + parse + all checks)`, units_per_s: Math.round(nodeRate) }));
  const { elapsed, updates } = await browserRounds(path);
  const browserRate = (documents * 1000) / elapsed;
  console.error(`chromium: ${elapsed.toFixed(0)} ms for ${documents} documents, ${updates} progress updates`);
  console.log(JSON.stringify({ case: `run check, ${EVENTS.toLocaleString("en-US")}-event run (headless chromium page, ${updates} progress updates)`, units_per_s: Math.round(browserRate) }));
} finally {
  rmSync(folder, { recursive: true, force: true });
}
