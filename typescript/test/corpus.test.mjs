// Every document of the corpora (tests/data/*.jsonl, benchmarks/data/count_large.jsonl)
// is valid for its name, alone and in both envelope framings.

import assert from "node:assert/strict";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { test } from "node:test";

import { isDocumentPair, isNamedDocument, validate, validateEnvelope } from "bluesky-event-model";

import { CORPUS_FILES, readJsonLines } from "./support.mjs";

for (const url of CORPUS_FILES) {
  const file = basename(fileURLToPath(url));
  test(`corpus-${file}: every document is valid`, () => {
    const lines = readJsonLines(url);
    assert.ok(lines.length > 0, `${file} holds documents`);
    for (const [number, pair] of lines) {
      const [name, doc] = pair;
      const result = validate(name, doc);
      assert.deepEqual(result, { valid: true }, `${file}:${number} (${name})`);
      assert.ok(isDocumentPair(pair), `${file}:${number} as [name, doc]`);
      assert.ok(isNamedDocument({ name, doc }), `${file}:${number} as {name, doc}`);
      assert.equal(validateEnvelope(pair).valid, true);
    }
  });
}
