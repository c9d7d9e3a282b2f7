// The code samples of the TypeScript guide (docs/examples/typescript/*.ts) compile under
// strict settings against the built package, through its own name as a consumer imports
// it, and run without throwing (each sample checks its own results).
// Proposed for typescript/test/ by the docs helper; needs `npm run build` first (lib/).

import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const PACKAGE_ROOT = fileURLToPath(new URL("../", import.meta.url));
const EXAMPLES = fileURLToPath(new URL("../../docs/examples/typescript/", import.meta.url));
const TSC = join(PACKAGE_ROOT, "node_modules", "typescript", "bin", "tsc");

const examples = readdirSync(EXAMPLES).filter((name) => name.endsWith(".ts")).sort();

test("the TypeScript guide has examples", () => {
  if (examples.length < 4) throw new Error(`expected at least 4 examples, found ${examples.length}`);
});

test("the TypeScript guide's examples compile and run", () => {
  // Inside the package folder, so that "bluesky-event-model" resolves to this package (self-reference).
  const work = mkdtempSync(join(PACKAGE_ROOT, ".docs-examples-"));
  try {
    for (const name of examples) cpSync(join(EXAMPLES, name), join(work, name));
    writeFileSync(
      join(work, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          target: "ES2022", lib: ["ES2022"], module: "NodeNext", moduleResolution: "NodeNext", types: [],
          strict: true, noUncheckedIndexedAccess: true, exactOptionalPropertyTypes: true,
          noUnusedLocals: true, noUnusedParameters: true, verbatimModuleSyntax: true, isolatedModules: true,
          skipLibCheck: false, rootDir: ".", outDir: "out",
        },
        include: ["*.ts"],
      }),
    );
    execFileSync(process.execPath, [TSC, "-p", join(work, "tsconfig.json")], { stdio: "pipe" });
    for (const name of examples) {
      execFileSync(process.execPath, [join(work, "out", name.replace(/\.ts$/, ".js"))], { stdio: "pipe" });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
