/**
 * Reading documents from JSON lines in either framing, `[name, doc]` or
 * `{"name": ..., "doc": ...}`, from a string or a `ReadableStream`, as the Python
 * command reads them: one document per line, blank lines skipped, a line that holds
 * no document recorded with its number and why, a UTF-8 byte-order mark ignored.
 *
 * @module
 */

import { pyRepr, pySorted, pyTypeName } from "./pyrepr.js";

/** The part of a WHATWG `ReadableStream` this module uses (node and browsers have it). */
export interface ChunkStream {
  getReader(): {
    read(): Promise<{ done: boolean; value?: Uint8Array | string | undefined }>;
    releaseLock(): void;
  };
}

interface Utf8Decoder {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}

/** The WHATWG TextDecoder, global in node and browsers (declared here: the package has no DOM types). */
declare const TextDecoder: new (label: string, options?: { fatal?: boolean }) => Utf8Decoder;

/** A line that holds no document: its number (from 1) and what is wrong with it. */
export interface MalformedLine {
  readonly line: number;
  readonly message: string;
}

/** Receives each document read. */
export type DocumentSink = (name: string, doc: unknown) => void;

/** Name and document of a parsed envelope, or the reason it is not one (Python's words). */
export function parseEnvelope(value: unknown): { name: string; doc: unknown } | string {
  if (Array.isArray(value)) {
    if (value.length === 2 && typeof value[0] === "string") return { name: value[0], doc: value[1] };
    return `a JSON array of ${value.length} item(s) is not a document envelope: expected [name, doc]`;
  }
  if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.length === 2 && typeof record["name"] === "string" && Object.hasOwn(record, "doc")) {
      return { name: record["name"], doc: record["doc"] };
    }
    return (
      `a JSON object with the keys ${pyRepr(pySorted(keys))} is not a document envelope: ` +
      'expected {"name": name, "doc": doc}'
    );
  }
  return (
    `a JSON ${pyTypeName(value)} is not a document envelope: expected [name, doc] or ` +
    '{"name": name, "doc": doc}'
  );
}

/**
 * Hands the documents of JSON-lines text to a sink, chunk by chunk, keeping line numbers.
 *
 * `push(text)` takes any piece of the input (lines may be cut anywhere), `end()` the
 * last line; `lineOf(index)` turns the position of a document among those handed over
 * (from 0) back into its line number.
 */
export class LineReader {
  readonly malformed: MalformedLine[] = [];
  linesRead = 0;
  documents = 0;
  private readonly skippedBefore: number[] = [];
  private rest = "";
  private started = false;

  constructor(private readonly sink: DocumentSink) {}

  /** Read the complete lines of `text` (with what was left of the previous piece). */
  push(text: string): void {
    let chunk = text;
    if (!this.started && chunk.length > 0) {
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    let start = 0;
    if (this.rest !== "") {
      // Finish the line cut at the end of the last piece without copying this whole piece onto it.
      const end = chunk.indexOf("\n");
      if (end < 0) {
        this.rest += chunk;
        return;
      }
      this.line(this.rest + chunk.slice(0, end));
      this.rest = "";
      start = end + 1;
    }
    for (;;) {
      const end = chunk.indexOf("\n", start);
      if (end < 0) break;
      this.line(chunk.slice(start, end));
      start = end + 1;
    }
    this.rest = chunk.slice(start);
  }

  /** Read the last line (one without a newline at the end). */
  end(): void {
    if (this.rest !== "") this.line(this.rest);
    this.rest = "";
  }

  private line(text: string): void {
    this.linesRead += 1;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      if (text.trim() === "") this.skippedBefore.push(this.documents);
      else this.skip(`not JSON: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === "string") {
      this.documents += 1;
      this.sink(value[0], value[1]);
      return;
    }
    const envelope = parseEnvelope(value);
    if (typeof envelope === "string") {
      this.skip(envelope);
      return;
    }
    this.documents += 1;
    this.sink(envelope.name, envelope.doc);
  }

  private skip(message: string): void {
    this.skippedBefore.push(this.documents);
    this.malformed.push({ line: this.linesRead, message });
  }

  /** The line number (from 1) of the document handed over at position `index` (from 0). */
  lineOf(index: number): number {
    let low = 0;
    let high = this.skippedBefore.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.skippedBefore[middle] as number) <= index) low = middle + 1;
      else high = middle;
    }
    return index + 1 + low;
  }
}

/** Options of {@link readJsonLines}. */
export interface ReadOptions {
  /** Called after each piece read, with the bytes (or characters of a string) read so far. */
  readonly onProgress?: (read: number, reader: LineReader) => void | Promise<void>;
  /** Split a string input into pieces of this many characters (default 1 MiB), for progress. */
  readonly pieceSize?: number;
}

/**
 * Read every document of JSON lines, from a string or a stream of bytes (UTF-8) or
 * text, and hand each to `sink(name, doc)`; resolves to the reader, which holds the
 * line count, the malformed lines and the line number of each document.
 */
export async function readJsonLines(
  source: string | ChunkStream,
  sink: DocumentSink,
  options: ReadOptions = {},
): Promise<LineReader> {
  const reader = new LineReader(sink);
  const progress = options.onProgress;
  if (typeof source === "string") {
    const size = options.pieceSize ?? 1 << 20;
    for (let start = 0; start < source.length; start += size) {
      reader.push(source.slice(start, start + size));
      if (progress !== undefined) await progress(Math.min(start + size, source.length), reader);
    }
    reader.end();
    return reader;
  }
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const stream = source.getReader();
  let read = 0;
  try {
    for (;;) {
      const { done, value } = await stream.read();
      if (done || value === undefined) break;
      if (typeof value === "string") {
        read += value.length;
        reader.push(value);
      } else {
        read += value.byteLength;
        reader.push(decoder.decode(value, { stream: true }));
      }
      if (progress !== undefined) await progress(read, reader);
    }
    reader.push(decoder.decode());
  } finally {
    stream.releaseLock();
  }
  reader.end();
  return reader;
}

/** The documents of JSON-lines text, as `[name, doc]` pairs (malformed lines left out). */
export function parseJsonLines(text: string): [string, unknown][] {
  const documents: [string, unknown][] = [];
  const reader = new LineReader((name, doc) => documents.push([name, doc]));
  reader.push(text);
  reader.end();
  return documents;
}
