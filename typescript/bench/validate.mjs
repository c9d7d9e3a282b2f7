// How many events per second `validate("event", doc)` checks, on the events of
// benchmarks/data/count_large.jsonl. Prints one JSON line:
//   {"case": "...", "units_per_s": N}
// Run after `npm run build`: `node bench/validate.mjs` (or `npm run bench`).
// The figure is the median of several timed rounds, after a warm-up round.

import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

import { validate } from "bluesky-event-model";

const CORPUS = new URL("../../benchmarks/data/count_large.jsonl", import.meta.url);
const ROUNDS = 15;
const MIN_ROUND_MS = 100;

function readEvents() {
  const events = [];
  for (const line of readFileSync(CORPUS, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const [name, doc] = JSON.parse(line);
    if (name === "event") events.push(doc);
  }
  return events;
}

/** Validate every event `passes` times; throws if one is found invalid. */
function validateAll(events, passes) {
  for (let pass = 0; pass < passes; pass += 1) {
    for (const event of events) {
      if (!validate("event", event).valid) throw new Error(`invalid event ${event.uid}`);
    }
  }
}

/** Events per second of one round long enough to time reliably. */
function timeRound(events) {
  let passes = 1;
  for (;;) {
    const start = performance.now();
    validateAll(events, passes);
    const elapsed = performance.now() - start;
    if (elapsed >= MIN_ROUND_MS) return (events.length * passes * 1000) / elapsed;
    passes *= 2;
  }
}

const events = readEvents();
timeRound(events); // warm-up: let the JIT compile the validator
const rates = Array.from({ length: ROUNDS }, () => timeRound(events)).sort((a, b) => a - b);
const median = rates[Math.floor(rates.length / 2)];
console.log(JSON.stringify({ case: "validate event (node, precompiled ajv)", units_per_s: Math.round(median) }));
