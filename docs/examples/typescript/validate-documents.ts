// Check documents against their schemas: validate() returns a verdict, assertValid() throws.
import { assertValid, DocumentValidationError, validate } from "bluesky-event-model";
import type { EventDescriptor } from "bluesky-event-model";

function check(condition: boolean, what: string): asserts condition {
  if (!condition) throw new Error(`example failed: ${what}`);
}

const descriptor: EventDescriptor = {
  uid: "c1a344d0-1d59-464e-ac0d-bb314a3e98cf",
  time: 1700000000.5,
  run_start: "e9043864-6210-4bb9-b897-dec24f4cdc8b",
  name: "primary",
  data_keys: {
    det: { source: "PV:31ID:det:count", dtype: "number", shape: [], units: "counts" },
  },
};
check(validate("descriptor", descriptor).valid, "a complete descriptor is valid");

// Data from outside (a server, a file) is `unknown` until it has been checked.
const received: unknown = JSON.parse(
  '{"uid": "d1", "time": 1700000000.5, "run_start": "s1",' +
    ' "data_keys": {"det": {"source": "PV:31ID:det:count", "dtype": "float", "shape": []}}}',
);

const verdict = validate("descriptor", received);
if (verdict.valid) throw new Error("example failed: 'float' is not a dtype");
// Each issue gives a dotted path and a JSON path into the document and says what was
// expected there, in the words of the Python package.
const [issue] = verdict.errors;
check(issue !== undefined && issue.path === "data_keys.det.dtype", "the issue points at dtype");
check(issue.jsonPath === "$.data_keys.det.dtype", "the JSON path is Python's json_path");
check(
  issue.message === "expected one of 'string', 'number', 'array', 'boolean', 'integer', got 'float' (str)",
  "the message names the choices and the value",
);

// Every mistake is reported, not only the first.
const twoMistakes = validate("descriptor", { ...descriptor, uid: 5, time: "now" });
check(!twoMistakes.valid && twoMistakes.errors.length === 2, "both mistakes are reported");

try {
  assertValid("descriptor", received);
  throw new Error("example failed: assertValid must throw");
} catch (error) {
  check(error instanceof DocumentValidationError, "assertValid throws a DocumentValidationError");
  check(error.documentType === "EventDescriptor", "the error names the document type");
}
