// The uid set behind the duplicate-uid check: canonical UUIDs in a table of words, any
// other key in a Set; both must answer exactly as one Set<string> of every key would.

import assert from "node:assert/strict";
import { test } from "node:test";

import { RunValidator } from "bluesky-event-model";

import { UidSet } from "../lib/run/uid-set.js";

const UUID = "0a1b2c3d-4e5f-4607-8899-aabbccddeeff";

function randomHex(random, length) {
  let text = "";
  for (let at = 0; at < length; at += 1) text += "0123456789abcdef"[Math.floor(random() * 16)];
  return text;
}

/** A small seeded generator, so that a failure can be replayed. */
function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), state | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

function uuidOf(random) {
  const hex = randomHex(random, 32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

test("a canonical uuid is new once, then a duplicate", () => {
  const set = new UidSet();
  assert.equal(set.add(UUID), true);
  assert.equal(set.add(UUID), false);
  assert.equal(set.size, 1);
});

test("keys near the uuid form are told apart from it and from each other", () => {
  const set = new UidSet();
  const keys = [
    UUID,
    UUID.toUpperCase(),
    UUID.replace("a", "A"),
    UUID.replaceAll("-", ""),
    `${UUID.slice(0, 8)}_${UUID.slice(9)}`,
    `${UUID} `,
    UUID.slice(0, 35),
    `${UUID.slice(0, 35)}g`,
    `${UUID.slice(0, 35)}\u00e9`,
    "00000000-0000-0000-0000-000000000000",
    "ffffffff-ffff-ffff-ffff-ffffffffffff",
    "",
    "\u0000n1",
  ];
  for (const key of keys) assert.equal(set.add(key), true, key);
  for (const key of keys) assert.equal(set.add(key), false, key);
  assert.equal(set.size, keys.length);
});

test("uuids that differ in one digit anywhere are different keys", () => {
  const set = new UidSet();
  assert.equal(set.add(UUID), true);
  for (let at = 0; at < UUID.length; at += 1) {
    if (UUID[at] === "-") continue;
    const changed = UUID.slice(0, at) + (UUID[at] === "0" ? "1" : "0") + UUID.slice(at + 1);
    assert.equal(set.add(changed), true, changed);
  }
});

test("the set answers as a Set of strings over many keys, across its growth", () => {
  const random = mulberry32(17);
  const set = new UidSet();
  const reference = new Set();
  const seen = [];
  for (let round = 0; round < 20_000; round += 1) {
    const pick = random();
    let key;
    if (pick < 0.2 && seen.length > 0) key = seen[Math.floor(random() * seen.length)];
    else if (pick < 0.3) key = randomHex(random, 6);
    else if (pick < 0.35) key = uuidOf(random).toUpperCase();
    else key = uuidOf(random);
    seen.push(key);
    const isNew = !reference.has(key);
    reference.add(key);
    assert.equal(set.add(key), isNew, key);
  }
  assert.equal(set.size, reference.size);
});

test("the run validator reports a repeated uuid, and not the same uuid in capitals", () => {
  const validator = new RunValidator();
  validator.feed("start", { uid: UUID, time: 1 });
  validator.feed("stop", { uid: UUID.toUpperCase(), time: 2, run_start: UUID, exit_status: "success", num_events: {} });
  validator.feed("start", { uid: UUID, time: 3 });
  validator.close();
  const duplicates = validator.findings.filter((finding) => finding.code === "duplicate-uid");
  assert.deepEqual(
    duplicates.map((finding) => [finding.index, finding.path, finding.message]),
    [[2, "$.uid", `'${UUID}' was already used by an earlier document`]],
  );
});
