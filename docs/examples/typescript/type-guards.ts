// Narrow messages from the outside world to typed documents with type guards.
import { isDocumentPair, isEvent } from "bluesky-event-model";
import type { EventDescriptor } from "bluesky-event-model";

function check(condition: boolean, what: string): asserts condition {
  if (!condition) throw new Error(`example failed: ${what}`);
}

// Lines as a JSON-lines file or a websocket delivers them: one [name, doc] pair each.
const lines = [
  '["descriptor", {"uid": "d1", "time": 1700000000.5, "run_start": "s1", "name": "primary",' +
    ' "data_keys": {"det": {"source": "PV:31ID:det:count", "dtype": "number", "shape": [], "units": "counts"}}}]',
  '["event", {"uid": "e1", "time": 1700000001.0, "descriptor": "d1", "seq_num": 1,' +
    ' "data": {"det": 1523}, "timestamps": {"det": 1700000001.0}}]',
  '["event", {"uid": "e2", "descriptor": "d1", "seq_num": "two"}]',
];

const descriptors = new Map<string, EventDescriptor>();
const readings: string[] = [];
const rejected: unknown[] = [];

for (const line of lines) {
  const message: unknown = JSON.parse(line);
  if (!isDocumentPair(message)) {
    rejected.push(message);
    continue;
  }
  // From here on TypeScript knows `message` is one of the valid [name, doc] pairs,
  // and checking the name narrows the document to the matching type.
  const [name, doc] = message;
  if (name === "descriptor") {
    descriptors.set(doc.uid, doc);
  } else if (name === "event") {
    const units = descriptors.get(doc.descriptor)?.data_keys["det"]?.units ?? "";
    readings.push(`${String(doc.data["det"])} ${units}`);
  }
}

check(readings.length === 1 && readings[0] === "1523 counts", "one valid event was read, with its units");
check(rejected.length === 1, "the malformed event was rejected");

// Without a name, a guard for one type does the same: here a service answers with one event.
const latest: unknown = JSON.parse(
  '{"uid": "e9", "time": 1700000009.0, "descriptor": "d1", "seq_num": 9, "data": {"det": 1490},' +
    ' "timestamps": {"det": 1700000009.0}}',
);
check(isEvent(latest) && latest.seq_num === 9, "isEvent narrows unknown to Event");
