// Every case of tests/vectors/pages/<function>.json: the TypeScript function gives the
// same output (key order included), or throws the same kind of error with a message
// that mentions what the case lists.

import assert from "node:assert/strict";
import { describe, test } from "node:test";

import {
  PageError,
  UnfilledDataError,
  bulkDatumToDatumPage,
  bulkEventsToEventPages,
  mergeDatumPages,
  mergeEventPages,
  packDatumPage,
  packEventPage,
  rechunkDatumPages,
  rechunkEventPages,
  unpackDatumPage,
  unpackEventPage,
  verifyFilled,
} from "bluesky-event-model";

import { PAGE_VECTOR_DIR, jsonFiles, readJson, snapshot } from "./support.mjs";

/** How each vector file's input is passed to the TypeScript function of the same name. */
const RUNNERS = {
  pack_event_page: (input) => packEventPage(...input),
  unpack_event_page: (input) => [...unpackEventPage(input)],
  merge_event_pages: (input) => mergeEventPages(input),
  rechunk_event_pages: ({ pages, chunk_size }) => [...rechunkEventPages(pages, chunk_size)],
  pack_datum_page: (input) => packDatumPage(...input),
  unpack_datum_page: (input) => [...unpackDatumPage(input)],
  merge_datum_pages: (input) => mergeDatumPages(input),
  rechunk_datum_pages: ({ pages, chunk_size }) => [...rechunkDatumPages(pages, chunk_size)],
  bulk_events_to_event_pages: (input) => bulkEventsToEventPages(input),
  bulk_datum_to_datum_page: (input) => bulkDatumToDatumPage(input),
  verify_filled: (input) => verifyFilled(input) ?? null,
};

/** The error class and code that stand for each error name of the vectors. */
function matchesErrorName(error, name) {
  if (name === "unfilled") return error instanceof UnfilledDataError;
  return error instanceof PageError && error.code === name;
}

const files = jsonFiles(PAGE_VECTOR_DIR);

test("the page vectors exist and each file names a function this package has", () => {
  assert.ok(files.length > 0, "tests/vectors/pages/ holds vector files");
  for (const file of files) assert.ok(file.replace(/\.json$/, "") in RUNNERS, `a runner for ${file}`);
  for (const name of ["pack_event_page", "unpack_event_page", "merge_event_pages", "rechunk_event_pages"]) {
    assert.ok(files.includes(`${name}.json`), `${name}.json is among the vectors`);
  }
});

for (const file of files) {
  const run = RUNNERS[file.replace(/\.json$/, "")];
  const cases = readJson(new URL(file, PAGE_VECTOR_DIR));

  describe(file, () => {
    test(`${file} is a well-formed vector file`, () => {
      assert.ok(Array.isArray(cases) && cases.length > 0);
      const descriptions = new Set();
      for (const item of cases) {
        assert.equal(typeof item.description, "string");
        assert.ok(item.description.length > 0 && !descriptions.has(item.description), item.description);
        descriptions.add(item.description);
        assert.ok("input" in item, `${item.description} has an input`);
        assert.ok("output" in item !== "error" in item, `${item.description} has an output or an error`);
        if ("mentions" in item) assert.ok(item.mentions.every((mention) => typeof mention === "string"));
      }
    });

    for (const item of cases) {
      test(`${file}-${item.description}`, () => {
        assert.ok(run, `no function for ${file}`);
        const input = structuredClone(item.input);
        const before = snapshot(input);
        if ("error" in item) {
          assert.throws(
            () => run(input),
            (error) => {
              assert.ok(matchesErrorName(error, item.error), `expected ${item.error}, got ${error?.name}: ${error}`);
              for (const mention of item.mentions ?? []) {
                assert.ok(error.message.includes(mention), `the message mentions ${mention}: ${error.message}`);
              }
              return true;
            },
          );
        } else {
          const output = run(input);
          assert.deepEqual(output, item.output);
          assert.equal(JSON.stringify(output), JSON.stringify(item.output), "same keys in the same order");
        }
        assert.deepEqual(input, before, "the input is left unchanged");
      });
    }
  });
}
