// Checking one file in the browser: read it as a stream, feed every document to a
// RunValidator, report progress now and then (yielding so that the page repaints),
// and make the report `event-model validate --json` writes.

import { RunValidator, readJsonLines, report, sourceReport, type Report } from "../lib/index.js";

/** Progress of a check: bytes read of the whole, documents checked. */
export interface Progress {
  readonly bytes: number;
  readonly total: number;
  readonly documents: number;
}

/** At most this many findings are kept, as the command keeps (all are counted). */
const KEPT_FINDINGS = 100_000;
/** Give the page a chance to repaint at least this often (milliseconds). */
const YIELD_EVERY_MS = 50;

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Validate the runs of `file`; `onProgress` is called while it works. Resolves to the report and timing. */
export async function checkFile(
  file: File,
  onProgress: (progress: Progress) => void,
): Promise<{ report: Report; milliseconds: number }> {
  const started = performance.now();
  const validator = new RunValidator({ maxFindings: KEPT_FINDINGS });
  let lastYield = started;
  const reader = await readJsonLines(file.stream(), (name, doc) => validator.feed(name, doc), {
    onProgress: async (bytes, lines) => {
      const now = performance.now();
      if (now - lastYield < YIELD_EVERY_MS) return;
      onProgress({ bytes, total: file.size, documents: lines.documents });
      await nextTask();
      lastYield = performance.now();
    },
  });
  validator.close();
  const result = report([sourceReport(file.name, reader, validator)]);
  return { report: result, milliseconds: performance.now() - started };
}
