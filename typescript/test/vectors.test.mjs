// Every verdict vector of tests/vectors/<schema>.json gives the same verdict here:
// the document schemas through validate(name, doc), document.json through the
// envelope validators.

import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { DOCUMENT_SCHEMA_FILES, isDocumentEnvelope, validate, validateEnvelope } from "bluesky-event-model";

import { VECTOR_DIR, jsonFiles, readJson, snapshot } from "./support.mjs";

const NAME_OF_FILE = Object.fromEntries(Object.entries(DOCUMENT_SCHEMA_FILES).map(([name, file]) => [file, name]));
const files = jsonFiles(VECTOR_DIR);

test("there is a vector file for every schema", () => {
  const expected = [...Object.values(DOCUMENT_SCHEMA_FILES), "document.json"].sort();
  assert.deepEqual(files, expected);
});

for (const file of files) {
  const cases = readJson(new URL(file, VECTOR_DIR));

  describe(file, () => {
    test(`${file} is a well-formed vector file`, () => {
      assert.ok(Array.isArray(cases) && cases.length > 0, "a non-empty array of cases");
      const descriptions = new Set();
      for (const item of cases) {
        assert.deepEqual(Object.keys(item).sort(), ["description", "document", "valid"]);
        assert.equal(typeof item.description, "string");
        assert.ok(item.description.length > 0);
        assert.equal(typeof item.valid, "boolean");
        assert.ok(!descriptions.has(item.description), `duplicate description ${item.description}`);
        descriptions.add(item.description);
      }
    });

    for (const { description, document, valid } of cases) {
      test(`${file}-${description}`, () => {
        const before = snapshot(document);
        const result = file === "document.json" ? validateEnvelope(document) : validate(NAME_OF_FILE[file], document);
        assert.equal(result.valid, valid);
        if (!result.valid) {
          assert.ok(result.errors.length > 0, "an invalid verdict comes with errors");
          for (const error of result.errors) {
            assert.equal(typeof error.path, "string");
            assert.ok(error.message.length > 0);
          }
        }
        if (file === "document.json") assert.equal(isDocumentEnvelope(document), valid);
        assert.deepEqual(document, before, "validation leaves the document unchanged");
      });
    }
  });
}
