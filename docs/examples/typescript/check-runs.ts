// Check whole runs as the Python command does: the same checks, finding codes, paths and messages.
import { RunValidator, parseJsonLines } from "bluesky-event-model";

function check(condition: boolean, what: string): asserts condition {
  if (!condition) throw new Error(`example failed: ${what}`);
}

// JSON lines, as `event-model validate` reads them; the second event skips seq_num 2.
const text = [
  '["start", {"uid": "s1", "time": 1.0}]',
  '["descriptor", {"uid": "d1", "time": 1.1, "run_start": "s1", "name": "primary",' +
    ' "data_keys": {"det": {"source": "SIM:det", "dtype": "number", "shape": []}}}]',
  '["event", {"uid": "e1", "time": 2.0, "descriptor": "d1", "seq_num": 1, "data": {"det": 1.5}, "timestamps": {"det": 2.0}}]',
  '["event", {"uid": "e3", "time": 3.0, "descriptor": "d1", "seq_num": 3, "data": {"det": "high"}, "timestamps": {"det": 3.0}}]',
  '["stop", {"uid": "p1", "time": 4.0, "run_start": "s1", "exit_status": "success", "num_events": {"primary": 3}}]',
].join("\n");

const validator = new RunValidator();
for (const [name, doc] of parseJsonLines(text)) validator.feed(name, doc); // as documents arrive
validator.close(); // the end of the input: a run left open is reported here

check(!validator.valid, "the run has errors");
const found = validator.findings.map((finding) => `${finding.index} ${finding.code} ${finding.path}`);
check(found.join("; ") === "3 data-type $.data.det; 3 seq-num-gap $.seq_num", `findings: ${found.join("; ")}`);
check(validator.findings[0]?.message.startsWith("expected a number, got 'high' (str)") === true, "Python's words");
check(validator.summary().runs[0]?.stopped === true, "the run has a stop");
