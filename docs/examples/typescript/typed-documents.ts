// Use the generated types in your own code: the compiler checks field names and types.
import type { DataKey, Event, EventDescriptor, RunStart } from "bluesky-event-model";

function check(condition: boolean, what: string): asserts condition {
  if (!condition) throw new Error(`example failed: ${what}`);
}

/** The sample name, whether the start document gives it as text or as an object. */
function sampleName(start: RunStart): string | undefined {
  const sample = start.sample;
  if (typeof sample === "string") return sample;
  const name = sample?.["name"];
  return typeof name === "string" ? name : undefined;
}

/** A reading with its units, as a label for a plot axis. */
function label(descriptor: EventDescriptor, event: Event, key: string): string {
  const dataKey: DataKey | undefined = descriptor.data_keys[key];
  const units = dataKey?.units ?? "no units";
  return `${key} = ${String(event.data[key])} (${units})`;
}

const start: RunStart = { uid: "s1", time: 1700000000.0, sample: { name: "silicon standard" } };
const descriptor: EventDescriptor = {
  uid: "d1",
  time: 1700000000.5,
  run_start: "s1",
  data_keys: { stage_x: { source: "PV:31ID:stage:x", dtype: "number", shape: [], units: "mm" } },
};
const event: Event = {
  uid: "e1",
  time: 1700000001.0,
  descriptor: "d1",
  seq_num: 1,
  data: { stage_x: 0.25 },
  timestamps: { stage_x: 1700000001.0 },
};

check(sampleName(start) === "silicon standard", "the sample name is read from the object form");
check(label(descriptor, event, "stage_x") === "stage_x = 0.25 (mm)", "the label carries the units");
