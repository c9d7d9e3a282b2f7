// validate, assertValid, the type guards and the envelope checks, on hand-made documents.

import assert from "node:assert/strict";
import { describe, test } from "node:test";

import * as em from "bluesky-event-model";
import {
  DocumentValidationError,
  EventModelError,
  UnknownDocumentNameError,
  assertValid,
  isDocument,
  isDocumentEnvelope,
  isDocumentPair,
  isNamedDocument,
  validate,
  validateEnvelope,
} from "bluesky-event-model";

import { readJsonLines, snapshot } from "./support.mjs";

/** One valid document of each of the ten types, from the composed corpus. */
const SAMPLES = new Map();
for (const [, [name, doc]] of readJsonLines(new URL("../../tests/data/composed_all_types.jsonl", import.meta.url))) {
  if (!SAMPLES.has(name)) SAMPLES.set(name, doc);
}

function sample(name) {
  const doc = SAMPLES.get(name);
  assert.ok(doc, `the composed corpus has a ${name}`);
  return structuredClone(doc);
}

const GUARDS = {
  start: "isRunStart",
  stop: "isRunStop",
  descriptor: "isEventDescriptor",
  event: "isEvent",
  event_page: "isEventPage",
  datum: "isDatum",
  datum_page: "isDatumPage",
  resource: "isResource",
  stream_resource: "isStreamResource",
  stream_datum: "isStreamDatum",
};

function errorsOf(name, doc) {
  const result = validate(name, doc);
  assert.equal(result.valid, false, "the document is invalid");
  return result.errors;
}

describe("validate", () => {
  test("a valid document of each type gives {valid: true}", () => {
    for (const name of Object.keys(GUARDS)) assert.deepEqual(validate(name, sample(name)), { valid: true }, name);
  });

  test("a bad dtype is reported at data_keys.<key>.dtype, naming the value and the choices", () => {
    const descriptor = sample("descriptor");
    const key = Object.keys(descriptor.data_keys)[0];
    descriptor.data_keys[key].dtype = "float";
    const [error] = errorsOf("descriptor", descriptor);
    assert.equal(error.path, `data_keys.${key}.dtype`);
    assert.equal(error.jsonPath, `$.data_keys.${key}.dtype`);
    assert.equal(error.message, `expected one of 'string', 'number', 'array', 'boolean', 'integer', got 'float' (str)`);
  });

  test("array entries are reported with their index as a path segment", () => {
    const page = sample("event_page");
    page.seq_num = [1, "two"];
    const [error] = errorsOf("event_page", page);
    assert.equal(error.path, "seq_num.1");
    assert.equal(error.jsonPath, "$.seq_num[1]");
    assert.equal(error.message, `expected an integer, got 'two' (str)`);
  });

  test("a key holding '/' or '~' keeps it in the path", () => {
    const descriptor = sample("descriptor");
    descriptor.data_keys = { "a/b~c": { source: "s", dtype: "number", shape: "scalar" } };
    const [error] = errorsOf("descriptor", descriptor);
    assert.equal(error.path, "data_keys.a/b~c.shape");
    assert.equal(error.jsonPath, "$.data_keys['a/b~c'].shape");
  });

  test("a missing required property is reported on its parent and named", () => {
    const event = sample("event");
    delete event.uid;
    assert.deepEqual(errorsOf("event", event), [{ path: "", jsonPath: "$", message: `missing required key 'uid'` }]);
  });

  test("an unexpected property is reported, also when only unevaluatedProperties forbids it", () => {
    const event = sample("event");
    event.colour = "red";
    assert.deepEqual(errorsOf("event", event), [
      {
        path: "",
        jsonPath: "$",
        message: "unexpected key 'colour' (allowed: the keys data, descriptor, filled, seq_num, time, timestamps, uid)",
      },
    ]);
    const start = sample("start");
    start["a.b"] = 1;
    assert.match(errorsOf("start", start)[0].message, /^unexpected key 'a\.b' /);
  });

  test("a value matching no branch of an anyOf lists what was expected", () => {
    const descriptor = sample("descriptor");
    const key = Object.keys(descriptor.data_keys)[0];
    descriptor.data_keys[key].units = 5;
    const [error] = errorsOf("descriptor", descriptor);
    assert.equal(error.path, `data_keys.${key}.units`);
    assert.equal(error.message, "expected a string or null, got 5 (int)");
  });

  test("nothing is coerced: numbers in strings are not numbers", () => {
    const event = sample("event");
    event.time = String(event.time);
    assert.equal(errorsOf("event", event)[0].path, "time");
    const page = sample("event_page");
    page.seq_num = page.seq_num.map(String);
    assert.equal(validate("event_page", page).valid, false);
  });

  test("nothing is inserted: a default in the schema is not added to the document", () => {
    const resource = sample("resource");
    delete resource.path_semantics;
    const before = snapshot(resource);
    assert.deepEqual(validate("resource", resource), { valid: true });
    assert.deepEqual(resource, before);
    assert.ok(!("path_semantics" in resource));
  });

  test("invalid documents are left unchanged", () => {
    const event = sample("event");
    event.extra = { nested: [1, 2] };
    event.time = "late";
    const before = snapshot(event);
    validate("event", event);
    assert.throws(() => assertValid("event", event));
    assert.deepEqual(event, before);
  });

  test("a document that contains itself is invalid, not a crash", () => {
    const start = sample("start");
    start.loop = { inner: {} };
    start.loop.inner.back = start.loop;
    const [error] = errorsOf("start", start);
    assert.match(error.message, /nested too deeply/);
  });

  test("an unknown name throws UnknownDocumentNameError listing the names", () => {
    assert.throws(
      () => validate("events", {}),
      (error) => {
        assert.ok(error instanceof UnknownDocumentNameError);
        assert.ok(error instanceof EventModelError);
        assert.equal(error.documentName, "events");
        assert.match(error.message, /^"events" is not a document name: expected one of start, stop, descriptor/);
        return true;
      },
    );
  });

  test("the deprecated bulk documents are validated too", () => {
    assert.deepEqual(validate("bulk_datum", { resource: "r", datum_ids: ["r/0"], datum_kwarg_list: [{}] }), {
      valid: true,
    });
    assert.equal(validate("bulk_datum", { resource: "r", datum_ids: "r/0", datum_kwarg_list: [] }).valid, false);
    assert.deepEqual(validate("bulk_events", {}), { valid: true });
    assert.equal(validate("bulk_events", { d: [{ uid: "u" }] }).valid, false);
  });
});

describe("assertValid", () => {
  test("returns nothing for a valid document", () => {
    assert.equal(assertValid("stop", sample("stop")), undefined);
  });

  test("throws DocumentValidationError naming the type, the name, the path and the expectation", () => {
    const stop = sample("stop");
    stop.exit_status = "ok";
    assert.throws(
      () => assertValid("stop", stop),
      (error) => {
        assert.ok(error instanceof DocumentValidationError);
        assert.ok(error instanceof EventModelError);
        assert.ok(error instanceof Error);
        assert.equal(error.name, "DocumentValidationError");
        assert.equal(error.documentName, "stop");
        assert.equal(error.documentType, "RunStop");
        assert.equal(error.path, "exit_status");
        assert.equal(error.issues.length, 1);
        assert.equal(
          error.message,
          `Invalid RunStop document ("stop") at exit_status: expected one of 'success', 'abort', 'fail', got 'ok' (str)`,
        );
        return true;
      },
    );
  });
});

describe("type guards", () => {
  for (const [name, guard] of Object.entries(GUARDS)) {
    test(`${guard} accepts a ${name} and rejects the other documents`, () => {
      assert.equal(typeof em[guard], "function");
      assert.equal(em[guard](sample(name)), true);
      assert.equal(isDocument(name, sample(name)), true);
      // Some documents also fit another schema (a RunStop carries uid and time and
      // extra keys, so it is a valid RunStart); the guard agrees with validate.
      let rejected = 0;
      for (const other of Object.keys(GUARDS)) {
        const verdict = em[guard](sample(other));
        assert.equal(verdict, validate(name, sample(other)).valid, `${guard}(${other})`);
        if (!verdict) rejected += 1;
      }
      assert.ok(rejected >= 5, `${guard} rejects most other document types`);
      assert.equal(em[guard](null), false);
      assert.equal(em[guard]("text"), false);
      assert.equal(em[guard]([]), false);
    });
  }

  test("isNamedDocument checks the document against its name", () => {
    assert.equal(isNamedDocument({ name: "event", doc: sample("event") }), true);
    assert.equal(isNamedDocument({ name: "start", doc: sample("datum") }), false);
    assert.equal(isNamedDocument({ name: "event", doc: sample("event"), extra: 1 }), false);
    assert.equal(isNamedDocument(["event", sample("event")]), false);
    assert.equal(isNamedDocument({ name: "nonsense", doc: {} }), false);
  });

  test("isDocumentPair and isDocumentEnvelope accept [name, doc] pairs of exactly two", () => {
    assert.equal(isDocumentPair(["stop", sample("stop")]), true);
    assert.equal(isDocumentPair(["stop", sample("stop"), 3]), false);
    assert.equal(isDocumentPair(["stop", sample("start")]), false);
    assert.equal(isDocumentEnvelope(["stop", sample("stop")]), true);
    assert.equal(isDocumentEnvelope({ name: "stop", doc: sample("stop") }), true);
    assert.equal(isDocumentEnvelope("stop"), false);
  });
});

describe("validateEnvelope", () => {
  test("points inside the document, through either framing", () => {
    const event = sample("event");
    event.seq_num = "1";
    assert.deepEqual(validateEnvelope(["event", event]).errors, [
      { path: "1.seq_num", jsonPath: "$[1].seq_num", message: `expected an integer, got '1' (str)` },
    ]);
    const [inObject] = validateEnvelope({ name: "event", doc: event }).errors;
    assert.equal(inObject.path, "doc.seq_num");
    assert.equal(inObject.jsonPath, "$.doc.seq_num");
  });

  test("names an unknown document name and a value that is no envelope", () => {
    assert.equal(validateEnvelope({ name: "evnt", doc: {} }).errors[0].path, "name");
    assert.equal(validateEnvelope(["evnt", {}]).errors[0].jsonPath, "$[0]");
    assert.match(validateEnvelope(["evnt", {}]).errors[0].message, /^"evnt" is not a document name/);
    assert.match(validateEnvelope(42).errors[0].message, /^42 is neither/);
  });
});

describe("regular expressions follow Python's end anchor", () => {
  // The Python package (jsonschema, like event-model 1.24.0) lets a closing `$` match
  // just before one final newline; the TypeScript validators must agree with it.
  const withHint = (nxClass) => ({ ...sample("descriptor"), hints: { NX_class: nxClass } });

  test("one final newline after an NX class name is accepted", () => {
    assert.deepEqual(validate("descriptor", withHint("NXdetector\n")), { valid: true });
  });

  test("two final newlines are refused", () => {
    assert.equal(validate("descriptor", withHint("NXdetector\n\n")).valid, false);
  });

  test("a newline inside the name is refused", () => {
    assert.equal(validate("descriptor", withHint("NXdet\nector")).valid, false);
  });
});

describe("every error, in the Python package's order", () => {
  test("a string time on an event blames time, not the event's keys", () => {
    const event = sample("event");
    event.time = "now";
    assert.deepEqual(errorsOf("event", event), [
      { path: "time", jsonPath: "$.time", message: "expected a number, got 'now' (str)" },
    ]);
  });

  test("several mistakes are all reported, properties in name order before unknown keys", () => {
    const descriptor = sample("descriptor");
    const key = Object.keys(descriptor.data_keys)[0];
    descriptor.uid = 5;
    descriptor.data_keys[key].dtype = "float";
    descriptor["a.b"] = 1;
    assert.deepEqual(
      errorsOf("descriptor", descriptor).map((issue) => issue.jsonPath),
      [`$.data_keys.${key}.dtype`, "$.uid", "$"],
    );
  });
});
