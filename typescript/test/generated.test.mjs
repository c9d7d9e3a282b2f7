// The generated files say what made them, the shipped schemas are the repository's,
// and validation never compiles code at run time.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { test } from "node:test";

import { DOCUMENT_SCHEMA_FILES, SCHEMA_FILES, envelopeSchema, schemas } from "bluesky-event-model";

import { PACKAGE_ROOT, readJson } from "./support.mjs";

const GENERATED = new URL("../src/generated/", import.meta.url);
const SCHEMA_DIR = new URL("../../schemas/", import.meta.url);
const BANNER_LINE =
  /^\/\/ GENERATED FILE, do not edit: made from schemas\/(\*|[a-z_]+)\.json by ((json-schema-to-typescript|ajv) \d+\.\d+\.\d+|codegen\/typescript\.mjs); regenerate with `nox -s codegen`\.$/;

test("every generated file starts with the banner and ends with one newline", () => {
  const files = readdirSync(GENERATED);
  assert.ok(files.length >= 16);
  for (const file of files) {
    const text = readFileSync(new URL(file, GENERATED), "utf8");
    const first = text.split("\n", 1)[0];
    assert.match(first, BANNER_LINE, file);
    assert.ok(text.endsWith("\n") && !text.endsWith("\n\n"), `${file} ends with exactly one newline`);
    const module = file.replace(/\.(ts|js)$/, "");
    if (`${module}.json` in SCHEMA_FILES) assert.ok(first.includes(`schemas/${module}.json`), file);
  }
});

test("the schemas shipped in the package equal the files in schemas/", () => {
  const onDisk = readdirSync(SCHEMA_DIR)
    .filter((name) => name.endsWith(".json"))
    .sort();
  assert.deepEqual(Object.keys(SCHEMA_FILES).sort(), onDisk);
  for (const file of onDisk) assert.deepEqual(SCHEMA_FILES[file], readJson(new URL(file, SCHEMA_DIR)), file);
  for (const [name, file] of Object.entries(DOCUMENT_SCHEMA_FILES)) assert.equal(schemas[name], SCHEMA_FILES[file]);
  assert.equal(envelopeSchema.title, "DocumentEnvelope");
  assert.equal(schemas.descriptor.title, "EventDescriptor");
});

test("the compiled validators hold no eval, new Function or imports", () => {
  const code = readFileSync(new URL("validators.js", GENERATED), "utf8");
  assert.doesNotMatch(code, /\beval\s*\(/);
  assert.doesNotMatch(code, /new\s+Function\b/);
  assert.doesNotMatch(code, /^\s*import\b|\brequire\(/m);
});

test("validation works with code generation from strings disallowed (as under a strict CSP)", () => {
  const script = [
    'import { validate, isEvent } from "bluesky-event-model";',
    'const ok = validate("stop", {uid: "u", time: 1, run_start: "r", exit_status: "success"});',
    'const bad = validate("stop", {uid: "u", time: 1, run_start: "r", exit_status: "maybe"});',
    "let evalBlocked = false;",
    'try { new Function("return 1"); } catch { evalBlocked = true; }',
    "console.log(JSON.stringify([ok.valid, bad.valid, isEvent({}), evalBlocked]));",
  ].join("\n");
  const output = execFileSync(
    process.execPath,
    ["--disallow-code-generation-from-strings", "--input-type=module", "-e", script],
    {
      cwd: PACKAGE_ROOT,
      encoding: "utf8",
    },
  );
  assert.deepEqual(JSON.parse(output), [true, false, false, true]);
});
