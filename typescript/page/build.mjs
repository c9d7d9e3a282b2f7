// Build the validation page into docs/_extra/validator/ (the docs site publishes that folder as
// /validator/): one classic script bundled by esbuild from page/main.ts and the built package
// (lib/, so run `npm run build` first), the stylesheet and the HTML copied. No inline script or
// style: the page runs under `Content-Security-Policy: script-src 'self'` and from a file:// copy.
// `node page/build.mjs --check` builds into a temporary folder and fails on any difference.

import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { build } from "esbuild";

const PAGE = fileURLToPath(new URL("./", import.meta.url));
export const OUTPUT = fileURLToPath(new URL("../../docs/_extra/validator/", import.meta.url));
const BANNER = "/* GENERATED FILE, do not edit: built from typescript/page/ by `npm run build:page` (typescript/page/build.mjs). */";

async function buildInto(folder) {
  mkdirSync(folder, { recursive: true });
  const bundle = await build({
    entryPoints: [join(PAGE, "main.ts")],
    bundle: true,
    format: "iife",
    target: "es2022",
    minify: true,
    legalComments: "none",
    write: false,
    banner: { js: BANNER },
    charset: "utf8",
  });
  writeFileSync(join(folder, "validator.js"), bundle.outputFiles[0].text);
  writeFileSync(join(folder, "validator.css"), `${BANNER}\n${readFileSync(join(PAGE, "validator.css"), "utf8")}`);
  const html = readFileSync(join(PAGE, "index.html"), "utf8").replace(
    "<!doctype html>\n",
    "<!doctype html>\n<!-- GENERATED FILE, do not edit: copied from typescript/page/index.html by `npm run build:page`. -->\n",
  );
  writeFileSync(join(folder, "index.html"), html);
}

if (process.argv.includes("--check")) {
  const fresh = mkdtempSync(join(tmpdir(), "validator-page-"));
  try {
    await buildInto(fresh);
    const names = readdirSync(fresh).sort();
    const committed = readdirSync(OUTPUT).sort();
    const drift = names.filter((name) => !committed.includes(name) || readFileSync(join(fresh, name), "utf8") !== readFileSync(join(OUTPUT, name), "utf8"));
    if (drift.length > 0 || committed.length !== names.length) {
      console.error(`docs/_extra/validator/ is out of date (${drift.join(", ") || "file list"}): run \`npm run build:page\` and commit`);
      process.exit(1);
    }
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
} else {
  await buildInto(OUTPUT);
}
