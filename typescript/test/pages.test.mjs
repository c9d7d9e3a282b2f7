// Page helpers on hand-made documents: results (compared with event-model 1.24.0's
// outputs for the same inputs, key order included) and the errors for bad input.
// The shared language-neutral cases are in pages-vectors.test.mjs.

import assert from "node:assert/strict";
import { describe, test } from "node:test";

import {
  EventModelError,
  PageError,
  mergeDatumPages,
  mergeEventPages,
  packDatumPage,
  packEventPage,
  rechunkDatumPages,
  rechunkEventPages,
  unpackDatumPage,
  unpackEventPage,
} from "bluesky-event-model";

import { snapshot } from "./support.mjs";

function event(index, extra = {}) {
  return {
    uid: `u${index}`,
    time: 100 + index,
    seq_num: index + 1,
    descriptor: "d1",
    data: { a: index, b: `x${index}` },
    timestamps: { a: 50 + index, b: 60 + index },
    ...extra,
  };
}

function datum(index) {
  return { datum_id: `r1/${index}`, resource: "r1", datum_kwargs: { point: index } };
}

/** Deep equality that also compares the order of keys. */
function assertSameJson(actual, expected) {
  assert.deepEqual(actual, expected);
  assert.equal(JSON.stringify(actual), JSON.stringify(expected));
}

function throwsPageError(fn, pattern) {
  assert.throws(fn, (error) => {
    assert.ok(error instanceof PageError, `a PageError, not ${error}`);
    assert.ok(error instanceof EventModelError);
    assert.match(error.message, pattern);
    return true;
  });
}

const PAGE_OF_TWO = {
  time: [100, 101],
  uid: ["u0", "u1"],
  seq_num: [1, 2],
  descriptor: "d1",
  filled: {},
  data: { a: [0, 1], b: ["x0", "x1"] },
  timestamps: { a: [50, 51], b: [60, 61] },
};

describe("packEventPage and unpackEventPage", () => {
  test("pack two events into columns, in event-model's key order", () => {
    const events = [event(0), event(1)];
    const before = snapshot(events);
    assertSameJson(packEventPage(...events), PAGE_OF_TWO);
    assert.deepEqual(events, before);
  });

  test("filled columns are kept when the events have them", () => {
    const page = packEventPage(event(0, { filled: { a: false } }), event(1, { filled: { a: "r/1" } }));
    assert.deepEqual(page.filled, { a: [false, "r/1"] });
  });

  test("unpack gives back events with an (empty) filled, in event-model's key order", () => {
    const events = [...unpackEventPage(PAGE_OF_TWO)];
    assertSameJson(events[1], {
      descriptor: "d1",
      uid: "u1",
      time: 101,
      seq_num: 2,
      data: { a: 1, b: "x1" },
      timestamps: { a: 51, b: 61 },
      filled: {},
    });
    assert.equal(events.length, 2);
  });

  test("a page without filled unpacks with empty filled", () => {
    const { filled: _unused, ...page } = PAGE_OF_TWO;
    assert.deepEqual(
      [...unpackEventPage(page)].map((one) => one.filled),
      [{}, {}],
    );
  });

  test("no events is an error naming the function", () => {
    throwsPageError(() => packEventPage(), /^packEventPage\(\) was given no events/);
  });

  test("events of two descriptors cannot share a page", () => {
    throwsPageError(
      () => packEventPage(event(0), event(1, { descriptor: "d2" })),
      /^"d2" at events\[1\]\.descriptor differs from "d1" at events\[0\]\.descriptor/,
    );
  });

  test("events whose data keys differ are named with the path", () => {
    const odd = event(1);
    delete odd.data.b;
    throwsPageError(
      () => packEventPage(event(0), odd),
      /^"b" is missing from events\[1\]\.data but present in events\[0\]\.data/,
    );
    const extra = event(1);
    extra.timestamps.c = 1;
    throwsPageError(
      () => packEventPage(event(0), extra),
      /^"c" in events\[1\]\.timestamps is not in events\[0\]\.timestamps/,
    );
  });

  test("a missing field and a non-object event are reported", () => {
    const noUid = event(1);
    delete noUid.uid;
    throwsPageError(() => packEventPage(event(0), noUid), /^"uid" is missing from events\[1\]; every event needs it/);
    throwsPageError(
      () => packEventPage([event(0)]),
      /at events\[0\] is not an object of event fields; pass the events as separate arguments/,
    );
  });

  test("a ragged page is reported when unpacking starts", () => {
    const ragged = { ...PAGE_OF_TWO, data: { a: [0], b: ["x0", "x1"] } };
    const events = unpackEventPage(ragged);
    throwsPageError(() => events.next(), /^1 entries in event_page\.data\.a but 2 in event_page\.uid/);
    throwsPageError(
      () => [...unpackEventPage({ ...PAGE_OF_TWO, time: 5 })],
      /^5 \(a number\) at event_page\.time is not an array/,
    );
  });
});

describe("mergeEventPages and rechunkEventPages", () => {
  const first = packEventPage(event(0), event(1), event(2));
  const second = packEventPage(event(3), event(4));

  test("merging concatenates columns in event-model's key order", () => {
    const merged = mergeEventPages([first, second]);
    assert.deepEqual(Object.keys(merged), ["descriptor", "seq_num", "time", "uid", "data", "timestamps", "filled"]);
    assert.deepEqual(merged.uid, ["u0", "u1", "u2", "u3", "u4"]);
    assert.deepEqual(merged.data.b, ["x0", "x1", "x2", "x3", "x4"]);
  });

  test("merging one page returns that page", () => {
    assert.equal(mergeEventPages([first]), first);
  });

  test("merging nothing, or pages of two descriptors, is an error", () => {
    throwsPageError(() => mergeEventPages([]), /^mergeEventPages\(\) was given no event_pages/);
    throwsPageError(
      () => mergeEventPages([first, { ...second, descriptor: "d2" }]),
      /^"d2" at event_pages\[1\]\.descriptor differs/,
    );
    throwsPageError(() => mergeEventPages(5), /^5 \(a number\) at event_pages is not an iterable/);
  });

  test("re-chunking regroups the rows in order, the last page shorter", () => {
    const before = snapshot([first, second]);
    const pages = [...rechunkEventPages([first, second], 2)];
    assert.deepEqual(
      pages.map((page) => page.uid),
      [["u0", "u1"], ["u2", "u3"], ["u4"]],
    );
    assert.deepEqual(pages[1].data, { a: [2, 3], b: ["x2", "x3"] });
    assert.deepEqual([first, second], before);
  });

  test("a page without rows stays, empty, in the page being filled (as in event-model 1.24)", () => {
    const empty = {
      ...first,
      uid: [],
      time: [],
      seq_num: [],
      data: { a: [], b: [] },
      timestamps: { a: [], b: [] },
      filled: {},
    };
    assert.deepEqual(
      [...rechunkEventPages([empty], 3)].map((page) => page.uid),
      [[]],
    );
    assert.deepEqual(
      [...rechunkEventPages([first, empty, second], 5)].map((page) => page.uid.length),
      [5],
    );
  });

  test("a chunk size that is not an integer of at least 1 is rejected at once", () => {
    throwsPageError(() => rechunkEventPages([first], 0), /^0 is not a valid chunkSize/);
    throwsPageError(() => rechunkEventPages([first], 2.5), /^2\.5 is not a valid chunkSize; it must be an integer/);
    throwsPageError(() => rechunkEventPages([first], "2"), /^"2" is not a valid chunkSize/);
  });
});

describe("datum pages", () => {
  const page = { resource: "r1", datum_id: ["r1/0", "r1/1"], datum_kwargs: { point: [0, 1] } };

  test("pack and unpack, in event-model's key order", () => {
    assertSameJson(packDatumPage(datum(0), datum(1)), page);
    assertSameJson(
      [...unpackDatumPage(page)],
      [datum(0), datum(1)].map(({ datum_id, datum_kwargs, resource }) => ({ datum_id, datum_kwargs, resource })),
    );
  });

  test("merge and re-chunk", () => {
    const merged = mergeDatumPages([page, packDatumPage(datum(2))]);
    assertSameJson(merged, { resource: "r1", datum_id: ["r1/0", "r1/1", "r1/2"], datum_kwargs: { point: [0, 1, 2] } });
    assert.deepEqual(
      [...rechunkDatumPages([merged], 2)].map((one) => one.datum_id),
      [["r1/0", "r1/1"], ["r1/2"]],
    );
  });

  test("errors name the datum and the resource", () => {
    throwsPageError(() => packDatumPage(), /^packDatumPage\(\) was given no datum/);
    throwsPageError(
      () => packDatumPage(datum(0), { ...datum(1), resource: "r2" }),
      /^"r2" at datum\[1\]\.resource differs/,
    );
    throwsPageError(
      () => mergeDatumPages([page, { ...page, datum_kwargs: { frame: [1, 2] } }]),
      /^"point" is missing from datum_pages\[1\]\.datum_kwargs/,
    );
    throwsPageError(
      () => [...unpackDatumPage({ resource: "r1", datum_kwargs: {} })],
      /^"datum_id" is missing from datum_page/,
    );
  });
});
