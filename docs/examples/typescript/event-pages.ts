// Pack events into an event page (columns) and back, and re-split pages.
import { mergeEventPages, packEventPage, rechunkEventPages, unpackEventPage } from "bluesky-event-model";
import type { Event } from "bluesky-event-model";

function check(condition: boolean, what: string): asserts condition {
  if (!condition) throw new Error(`example failed: ${what}`);
}

/** JSON text with object keys sorted, to compare documents whatever the order of their keys. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

const events: Event[] = [1, 2, 3].map((seq_num) => ({
  uid: `e${seq_num}`,
  time: 1700000000.0 + seq_num,
  descriptor: "d1",
  seq_num,
  data: { det: 100 * seq_num },
  timestamps: { det: 1700000000.0 + seq_num },
  filled: {},
}));

const page = packEventPage(...events);
check(page.descriptor === "d1", "a page belongs to one descriptor");
check(JSON.stringify(page.seq_num) === "[1,2,3]", "one entry per event, in order");
check(JSON.stringify(page.data["det"]) === "[100,200,300]", "data become columns");

const rows = [...unpackEventPage(page)];
check(canonical(rows) === canonical(events), "unpacking gives the events back");

const pages = [...rechunkEventPages([page], 2)];
check(pages.length === 2 && pages[1]?.seq_num.length === 1, "pages of at most two rows");
check(canonical(mergeEventPages(pages)) === canonical(page), "merging undoes the split");
