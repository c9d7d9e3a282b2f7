// Every case of tests/vectors/errors/<schema>.json: validate() reports exactly the listed
// errors (JSON path and message), in order, as the Python package's iter_errors does
// (tests/test_error_vectors.py runs the same files); assertValid() throws the first, and
// validateEnvelope() gives the same errors, placed inside the envelope.

import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { DOCUMENT_NAMES, DocumentValidationError, assertValid, validate, validateEnvelope } from "bluesky-event-model";

import { VECTOR_DIR, jsonFiles, readJson, snapshot } from "./support.mjs";

const ERROR_VECTOR_DIR = new URL("errors/", VECTOR_DIR);
const FILES = jsonFiles(ERROR_VECTOR_DIR);
const CASES = FILES.flatMap((file) => readJson(new URL(file, ERROR_VECTOR_DIR)).map((testCase) => [file, testCase]));

function reported(result) {
  assert.equal(result.valid, false, "the document is invalid");
  return result.errors.map(({ jsonPath, message }) => ({ path: jsonPath, message }));
}

test("the error vectors cover every document name", () => {
  assert.deepEqual([...new Set(CASES.map(([, testCase]) => testCase.name))].sort(), [...DOCUMENT_NAMES].sort());
});

test("some error vectors hold several errors", () => {
  assert.ok(CASES.filter(([, testCase]) => testCase.errors.length > 1).length >= 5);
});

function repeatsAnError(testCase) {
  const errors = testCase.errors.map(({ path, message }) => `${path}\u0000${message}`);
  return new Set(errors).size < errors.length;
}

function splitsMissingKeys(testCase) {
  const { errors } = testCase;
  return errors.some(
    (first, index) =>
      first.message.startsWith("missing required keys ") &&
      errors.slice(index + 1).some((later) => later.path === first.path && later.message.startsWith("missing required key '")),
  );
}

test("the error vectors hold the repeats of iter_errors", () => {
  // The same error twice (a non-object event fails Event and PartialEvent) and one required
  // error per missing key: validate() gives them as the Python package does.
  assert.ok(CASES.filter(([, testCase]) => repeatsAnError(testCase)).length >= 3);
  assert.ok(CASES.filter(([, testCase]) => splitsMissingKeys(testCase)).length >= 10);
});

for (const file of FILES) {
  describe(file, () => {
    for (const [, testCase] of CASES.filter(([name]) => name === file)) {
      const { name, document, errors } = testCase;
      test(`${file}-${testCase.description}`, () => {
        const before = snapshot(document);
        assert.deepEqual(reported(validate(name, document)), errors);
        assert.deepEqual(document, before, "validate changed the document");
      });

      test(`${file}-${testCase.description} (assertValid throws the first error)`, () => {
        assert.throws(
          () => assertValid(name, document),
          (error) => {
            assert.ok(error instanceof DocumentValidationError);
            assert.equal(error.issues[0].jsonPath, errors[0].path);
            assert.ok(error.message.endsWith(`: ${errors[0].message}`), error.message);
            return true;
          },
        );
      });

      test(`${file}-${testCase.description} (in an envelope)`, () => {
        const inPair = (path) => path.replace(/^\$/, "$[1]");
        const expected = errors.map(({ path, message }) => ({ path: inPair(path), message }));
        assert.deepEqual(reported(validateEnvelope([name, document])), expected);
      });
    }
  });
}
