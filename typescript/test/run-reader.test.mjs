// The JSON-lines reader and the report: both framings, blank and malformed lines, a
// byte-order mark, lines cut across pieces, a ReadableStream of bytes, line numbers.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

import { RunValidator, parseJsonLines, readJsonLines, report, sourceReport } from "bluesky-event-model";

import { REPO_ROOT } from "./support.mjs";

const TEXT = [
  "\ufeff" + JSON.stringify(["start", { uid: "s1", time: 1 }]),
  "",
  JSON.stringify({ name: "stop", doc: { uid: "p1", time: 2, run_start: "s1", exit_status: "success", num_events: {} } }),
  "not json",
  JSON.stringify([1, 2, 3]),
  JSON.stringify({ name: "stop" }),
  JSON.stringify(["event", { uid: "e1" }]),
].join("\n");

function streamOf(text, pieceSize) {
  const bytes = new TextEncoder().encode(text);
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + pieceSize));
      offset += pieceSize;
    },
  });
}

async function read(source, options) {
  const seen = [];
  const reader = await readJsonLines(source, (name, doc) => seen.push([name, doc]), options);
  return { seen, reader };
}

test("both framings are read, a blank line skipped, a byte-order mark ignored", async () => {
  const { seen, reader } = await read(TEXT);
  assert.deepEqual(seen.map(([name]) => name), ["start", "stop", "event"]);
  assert.equal(reader.linesRead, 7);
  assert.equal(reader.documents, 3);
  assert.deepEqual(reader.malformed.map((bad) => bad.line), [4, 5, 6]);
  assert.match(reader.malformed[0].message, /^not JSON: /);
  assert.equal(reader.malformed[1].message, "a JSON array of 3 item(s) is not a document envelope: expected [name, doc]");
  assert.equal(
    reader.malformed[2].message,
    `a JSON object with the keys ['name'] is not a document envelope: expected {"name": name, "doc": doc}`,
  );
  assert.deepEqual([0, 1, 2].map((index) => reader.lineOf(index)), [1, 3, 7]);
});

test("a stream of bytes cut anywhere (inside a character too) reads as the whole text", async () => {
  const whole = await read(TEXT);
  for (const pieceSize of [1, 3, 7, 64]) {
    const { seen, reader } = await read(streamOf(TEXT + "\n", pieceSize));
    assert.deepEqual(seen, whole.seen, `pieces of ${pieceSize} bytes`);
    assert.equal(reader.linesRead, whole.reader.linesRead);
  }
  const { seen } = await read(streamOf(JSON.stringify(["start", { uid: "é€😀" }]), 1));
  assert.equal(seen[0][1].uid, "é€😀");
});

test("progress is reported for every piece, ending at the whole size", async () => {
  const sizes = [];
  await read(TEXT, { pieceSize: 10, onProgress: (done) => sizes.push(done) });
  assert.equal(sizes.length, Math.ceil(TEXT.length / 10));
  assert.equal(sizes.at(-1), TEXT.length);
});

test("parseJsonLines returns the documents as [name, doc] pairs", () => {
  assert.deepEqual(parseJsonLines(TEXT).map(([name]) => name), ["start", "stop", "event"]);
});

test("the report places findings and runs by line (a run ends at its last document, after-stop ones included)", async () => {
  const validator = new RunValidator();
  const reader = await readJsonLines(TEXT, (name, doc) => validator.feed(name, doc));
  validator.close();
  const result = report([sourceReport("x.jsonl", reader, validator)]);
  assert.equal(result.valid, false);
  const source = result.sources[0];
  assert.deepEqual(source.runs.map((run) => [run.first_line, run.last_line, run.stopped]), [[1, 7, true]]);
  assert.deepEqual(source.findings.map((row) => [row.line, row.code]), [
    [4, "malformed-line"],
    [5, "malformed-line"],
    [6, "malformed-line"],
    [7, "after-stop"],
    [7, "schema"],
    [7, "schema"],
  ]);
  // The event lacks keys that two rules require (PartialEvent's and Event's): one finding each.
  assert.deepEqual(source.findings.filter((row) => row.code === "schema").map((row) => row.message), [
    "missing required keys 'data', 'timestamps', 'time'",
    "missing required keys 'descriptor', 'seq_num'",
  ]);
  assert.equal(source.errors, 6);
  assert.deepEqual(Object.keys(source.finding_counts), ["after-stop", "malformed-line", "schema"]);
});

test("a corpus run has no findings and a summary of its documents", () => {
  const validator = new RunValidator();
  for (const [name, doc] of parseJsonLines(readFileSync(`${REPO_ROOT}tests/data/scan_det_motor.jsonl`, "utf8"))) {
    validator.feed(name, doc);
  }
  validator.close();
  const summary = validator.summary();
  assert.equal(summary.valid, true);
  assert.equal(summary.documents, 14);
  assert.deepEqual(validator.findings, []);
  assert.equal(summary.runs.length, 1);
  assert.equal(summary.runs[0].stopped, true);
});
