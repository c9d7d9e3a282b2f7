// Every case of tests/vectors/runs/<topic>.json: the TypeScript RunValidator reports exactly
// the listed findings (code, severity, index, path), as the Python one does
// (tests/test_run_vectors.py runs the same files).

import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { FINDING_CODES, RunValidator } from "bluesky-event-model";

import { VECTOR_DIR, jsonFiles, readJson, snapshot } from "./support.mjs";

const RUN_VECTOR_DIR = new URL("runs/", VECTOR_DIR);
const FILES = jsonFiles(RUN_VECTOR_DIR);

function findingsOf(documents) {
  const validator = new RunValidator();
  for (const [name, doc] of documents) validator.feed(name, doc);
  validator.close();
  return validator.findings.map(({ code, severity, index, path }) => ({ code, severity, index, path }));
}

test("the run vectors cover every finding code the package knows", () => {
  const covered = new Set(FILES.flatMap((file) => readJson(new URL(file, RUN_VECTOR_DIR)).flatMap((c) => c.findings.map((f) => f.code))));
  assert.deepEqual([...covered].sort(), [...FINDING_CODES].sort());
});

for (const file of FILES) {
  describe(file, () => {
    for (const testCase of readJson(new URL(file, RUN_VECTOR_DIR))) {
      test(`${file}-${testCase.description}`, () => {
        const before = snapshot(testCase.documents);
        assert.deepEqual(findingsOf(testCase.documents), testCase.findings);
        assert.deepEqual(testCase.documents, before, "the validator changed a document");
      });
    }
  });
}
