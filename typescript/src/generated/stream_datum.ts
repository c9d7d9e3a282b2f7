// GENERATED FILE, do not edit: made from schemas/stream_datum.json by json-schema-to-typescript 16.0.0; regenerate with `nox -s codegen`.

/**
 * Says that a range of rows of a stream resource holds the readings of a range of events of one stream.
 */
export interface StreamDatum {
  /**
   * Identifier of this stream datum, unique across all documents; by convention '<stream resource uid>/<counter>'.
   */
  uid: string;
  /**
   * The uid of the stream resource whose rows are meant.
   */
  stream_resource: string;
  /**
   * The uid of the event descriptor of the stream whose events the rows belong to.
   */
  descriptor: string;
  /**
   * The rows of the stream resource, as a half-open range.
   */
  indices: StreamRange;
  /**
   * The seq_num of the events the rows belong to, as a half-open range.
   */
  seq_nums: StreamRange;
  [k: string]: unknown;
}

/**
 * A half-open range of integers: start is included, stop is not.
 */
export interface StreamRange {
  /**
   * First value of the range.
   */
  start: number;
  /**
   * One past the last value of the range.
   */
  stop: number;
}
