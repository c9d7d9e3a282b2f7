// Shared pieces of the tests: where the repository's shared files are, and readers for them.
// The vectors and corpora are read in place, by path, never copied.

import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The repository root (the folder holding typescript/, schemas/ and tests/). */
export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const PACKAGE_ROOT = fileURLToPath(new URL("../", import.meta.url));
export const VECTOR_DIR = new URL("../../tests/vectors/", import.meta.url);
export const PAGE_VECTOR_DIR = new URL("../../tests/vectors/pages/", import.meta.url);

/** The corpus files: every tests/data/*.jsonl and the benchmark corpus. */
export const CORPUS_FILES = [
  ...readdirSync(new URL("../../tests/data/", import.meta.url))
    .filter((name) => name.endsWith(".jsonl"))
    .sort()
    .map((name) => new URL(`../../tests/data/${name}`, import.meta.url)),
  new URL("../../benchmarks/data/count_large.jsonl", import.meta.url),
];

export function readJson(url) {
  return JSON.parse(readFileSync(url, "utf8"));
}

/** The JSON files of a folder (sorted), leaving out the files that describe the others. */
export function jsonFiles(folder) {
  return readdirSync(folder)
    .filter((name) => name.endsWith(".json") && !name.endsWith(".schema.json"))
    .sort();
}

/** Each non-blank line of a JSON-lines file as [line number, parsed value]. */
export function readJsonLines(url) {
  return readFileSync(url, "utf8")
    .split("\n")
    .map((line, index) => [index + 1, line])
    .filter(([, line]) => line.trim() !== "")
    .map(([number, line]) => [number, JSON.parse(line)]);
}

/** A deep copy, to check afterwards that a function left its input alone. */
export function snapshot(value) {
  return structuredClone(value);
}
