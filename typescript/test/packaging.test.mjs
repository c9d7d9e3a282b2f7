// The package as published: `npm pack`, install the tarball into an empty folder
// (offline: it has no dependencies), then use it from a plain .mjs file and from a
// .ts file compiled with the package's own TypeScript.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";

import { PACKAGE_ROOT, readJson } from "./support.mjs";

const PACKAGE = readJson(new URL("../package.json", import.meta.url));
const TSC = path.join(PACKAGE_ROOT, "node_modules", "typescript", "bin", "tsc");

/** The environment for child npm runs, without the npm_* settings of the `npm test` that runs us. */
function cleanEnvironment() {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith("npm_")));
}

function run(command, args, cwd) {
  return execFileSync(command, args, {
    cwd,
    encoding: "utf8",
    env: cleanEnvironment(),
    stdio: ["ignore", "pipe", "pipe"],
  });
}

let scratch;
let packed;
let consumer;

before(() => {
  scratch = mkdtempSync(path.join(tmpdir(), "bluesky-event-model-pack-"));
  [packed] = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", scratch], PACKAGE_ROOT));
  consumer = path.join(scratch, "consumer");
  mkdirSync(consumer);
  writeFileSync(
    path.join(consumer, "package.json"),
    JSON.stringify({ name: "consumer", private: true, type: "module" }),
  );
  run("npm", ["install", path.join(scratch, packed.filename), "--offline", "--no-audit", "--no-fund"], consumer);
});

after(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

test("the tarball holds the built library and nothing from src or test", () => {
  const files = packed.files.map((file) => file.path).sort();
  for (const needed of [
    "package.json",
    "lib/index.js",
    "lib/index.d.ts",
    "lib/pages.js",
    "lib/generated/validators.js",
    "lib/generated/validators.d.ts",
  ]) {
    assert.ok(files.includes(needed), `${needed} is packed`);
  }
  assert.deepEqual(
    files.filter((file) => !file.startsWith("lib/") && file !== "package.json" && file !== "README.md"),
    [],
  );
  assert.equal(packed.name, "bluesky-event-model");
  assert.equal(packed.version, PACKAGE.version);
});

test("installing it brings no dependencies along", () => {
  const installed = readdirSync(path.join(consumer, "node_modules")).filter((name) => !name.startsWith("."));
  assert.deepEqual(installed, ["bluesky-event-model"]);
  assert.equal(PACKAGE.dependencies, undefined);
});

test("a plain .mjs file imports it and validates documents", () => {
  const script = path.join(consumer, "use.mjs");
  writeFileSync(
    script,
    [
      'import { validate, isEvent, packEventPage, schemas, DocumentValidationError, assertValid } from "bluesky-event-model";',
      'const event = { uid: "e", descriptor: "d", seq_num: 1, time: 1, data: { x: 1 }, timestamps: { x: 1 } };',
      "let message = '';",
      'try { assertValid("event", { ...event, seq_num: "1" }); } catch (error) { if (error instanceof DocumentValidationError) message = error.message; }',
      "console.log(JSON.stringify({",
      '  valid: validate("event", event).valid,',
      "  guard: isEvent({}),",
      "  page: packEventPage(event).uid,",
      "  title: schemas.event.title,",
      "  message,",
      "}));",
    ].join("\n"),
  );
  assert.deepEqual(JSON.parse(run(process.execPath, [script], consumer)), {
    valid: true,
    guard: false,
    page: ["e"],
    title: "Event",
    message: `Invalid Event document ("event") at seq_num: expected an integer, got '1' (str)`,
  });
});

test("a .ts file compiles against its declarations (strict) and runs", () => {
  writeFileSync(
    path.join(consumer, "use.ts"),
    [
      'import { validate, isRunStart, type RunStart, type NamedDocument } from "bluesky-event-model";',
      'const start: RunStart = { uid: "r", time: 1, plan_name: "count" };',
      'const named: NamedDocument = { name: "start", doc: start };',
      "const doc: unknown = JSON.parse(JSON.stringify(start));",
      'const uid: string = isRunStart(doc) ? doc.uid : "none";',
      "const result = validate(named.name, named.doc);",
      "console.log(JSON.stringify({ uid, valid: result.valid }));",
    ].join("\n"),
  );
  writeFileSync(
    path.join(consumer, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        target: "ES2022",
        module: "NodeNext",
        moduleResolution: "NodeNext",
        lib: ["ES2022", "DOM"],
        types: [],
        outDir: "out",
        skipLibCheck: false,
      },
      files: ["use.ts"],
    }),
  );
  run(process.execPath, [TSC, "-p", "tsconfig.json"], consumer);
  assert.deepEqual(JSON.parse(run(process.execPath, [path.join(consumer, "out", "use.js")], consumer)), {
    uid: "r",
    valid: true,
  });
});
