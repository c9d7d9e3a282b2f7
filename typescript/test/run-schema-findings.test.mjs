// The run validator's schema findings for a document that fails its schema: the Python
// RunValidator's, word for word and in its order (properties by name, the best match of
// an anyOf failure before the failure itself, one finding per mistake).

import assert from "node:assert/strict";
import { test } from "node:test";

import { RunValidator } from "bluesky-event-model";

const DESCRIPTOR = {
  uid: "d1",
  time: 1.1,
  run_start: "s1",
  name: "primary",
  data_keys: { det: { source: "SIM:det", dtype: "number", shape: [] } },
};

function schemaFindings(change) {
  const doc = structuredClone(DESCRIPTOR);
  change(doc);
  const validator = new RunValidator();
  validator.feed("descriptor", doc);
  return validator.findings.filter((finding) => finding.code === "schema").map(({ path, message }) => [path, message]);
}

test("schema findings follow property names, not the schema's reading order (data_keys before uid)", () => {
  const findings = schemaFindings((doc) => {
    doc.uid = 5;
    doc.data_keys.det.dtype = "float";
  });
  assert.deepEqual(findings, [
    ["$.data_keys.det.dtype", "expected one of 'string', 'number', 'array', 'boolean', 'integer', got 'float' (str)"],
    ["$.uid", "expected a string, got 5 (int)"],
  ]);
});

test("an anyOf failure is explained by its alternative's error first, then summed up", () => {
  const findings = schemaFindings((doc) => {
    doc.data_keys.det.dtype_numpy = [["a", 5]];
  });
  assert.deepEqual(findings, [
    ["$.data_keys.det.dtype_numpy[0][1]", "expected a string, got 5 (int)"],
    ["$.data_keys.det.dtype_numpy", "expected DtypeNumpy or an array, got [['a', 5]] (list)"],
  ]);
});

test("a value failing two keywords (type and enum) is one finding", () => {
  const findings = schemaFindings((doc) => {
    doc.data_keys.det.dtype = 5;
  });
  assert.deepEqual(findings, [["$.data_keys.det.dtype", "expected a string, got 5 (int)"]]);
});

test("two missing keys are one finding, the first required error, naming both", () => {
  const findings = schemaFindings((doc) => {
    doc.data_keys.det = { dtype: "number" };
  });
  assert.deepEqual(findings, [["$.data_keys.det", "missing required keys 'source', 'shape'"]]);
});

test("a hints key refused by two rules is one finding", () => {
  const findings = schemaFindings((doc) => {
    doc.hints = { "a.b": { fields: ["det"] } };
  });
  assert.deepEqual(findings, [["$.hints", "unexpected key 'a.b' (allowed: keys matching '^([^./]+)$')"]]);
});
