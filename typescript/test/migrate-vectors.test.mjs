// Every case of tests/vectors/migrations/: migrate() yields the same documents, in the same
// order, and reports as many documents, naming the same earlier shapes, as the Python
// package's event_model.migrate.

import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { test } from "node:test";

import { KNOWN_BREAKS, fileUri, migrate, validate } from "bluesky-event-model";

import { VECTOR_DIR, readJson } from "./support.mjs";

const DIR = new URL("migrations/", VECTOR_DIR);
const FILES = readdirSync(DIR).filter((name) => name.endsWith(".json")).sort();

test("there are migration vectors", () => {
  assert.ok(FILES.length > 0);
});

for (const file of FILES) {
  for (const testCase of readJson(new URL(file, DIR))) {
    test(`${file.replace(/\.json$/, "")}-${testCase.description}`, () => {
      const issues = [];
      const output = migrate(testCase.input, issues);
      assert.deepEqual(output, testCase.output);
      assert.equal(issues.length, testCase.issues);
      if (testCase.shapes !== undefined) assert.deepEqual(issues.map((issue) => issue.shape), testCase.shapes);
      if (testCase.issues === 0) {
        for (const [name, doc] of output) assert.ok(validate(name, doc).valid, `${name} is valid`);
      }
    });
  }
}

test("a posix path with a space becomes a percent-encoded file URI", () => {
  assert.equal(fileUri("/data", "a b.h5", "posix"), "file://localhost/data/a%20b.h5");
  assert.equal(fileUri("C:\\d", "x.h5", "windows"), "file://localhost/C:/d/x.h5");
  assert.throws(() => fileUri("", "x.h5", "posix"), /relative path/);
});

test("every known break is named by some vector", () => {
  const named = new Set();
  for (const file of FILES) for (const testCase of readJson(new URL(file, DIR))) for (const shape of testCase.shapes ?? []) named.add(shape);
  for (const known of KNOWN_BREAKS) assert.ok(named.has(known.name), known.name);
});
