// Every case of tests/vectors/event_schemas/readings.json: the descriptor interpreter
// (planStream + eventFits/pageFits, with the generic schemas) gives the verdicts of the
// Python package's event_schema_for and event_page_schema_for. The cases are written by
// tests/vectors/event_schemas/generate.py, from Python.

import assert from "node:assert/strict";
import { test } from "node:test";

import { eventFits, eventReadingErrors, isEvent, isEventPage, pageFits, pageReadingErrors, planStream } from "bluesky-event-model";

import { VECTOR_DIR, readJson } from "./support.mjs";

const CASES = readJson(new URL("event_schemas/readings.json", VECTOR_DIR));

function documents({ data_key: dataKey, reading, filled }) {
  const descriptor = { uid: "d-0000", run_start: "s", time: 0.0, name: "primary", data_keys: { k: { source: "SIM:k", ...dataKey } } };
  const event = { uid: "e-0001", time: 1.0, descriptor: "d-0000", seq_num: 1, data: { k: reading }, timestamps: { k: 1.0 } };
  const page = { uid: ["e-0001"], time: [1.0], descriptor: "d-0000", seq_num: [1], data: { k: [reading] }, timestamps: { k: [1.0] } };
  if (filled !== undefined) {
    event.filled = { k: filled };
    page.filled = { k: [filled] };
  }
  return { descriptor, event, page };
}

test("the vectors hold valid and invalid readings of every kind", () => {
  assert.ok(CASES.length > 500);
  assert.ok(CASES.some((c) => c.valid) && CASES.some((c) => !c.valid));
  for (const flag of [false, true, "datum-1"]) assert.ok(CASES.some((c) => c.filled === flag), `filled ${flag}`);
});

for (const testCase of CASES) {
  test(`readings.json-${testCase.description}`, () => {
    const { descriptor, event, page } = documents(testCase);
    const plan = planStream(descriptor, false);
    assert.notEqual(plan, null);
    assert.equal(isEvent(event) && eventFits(plan, event), testCase.valid, "event verdict");
    assert.equal(isEventPage(page) && pageFits(plan, page), testCase.page_valid, "page verdict");
    // A reading the quick check refuses is explained; one it accepts has nothing to explain.
    if (isEvent(event)) assert.equal(eventReadingErrors(plan, event).length > 0, !testCase.valid, "event explanation");
    if (isEventPage(page)) assert.equal(pageReadingErrors(plan, page).length > 0, !testCase.page_valid, "page explanation");
  });
}
