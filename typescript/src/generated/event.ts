// GENERATED FILE, do not edit: made from schemas/event.json by json-schema-to-typescript 16.0.0; regenerate with `nox -s codegen`.

/**
 * One row of a stream: a reading of every data key of the stream's descriptor, taken together.
 */
export interface Event extends PartialEvent {
  /**
   * Identifier of this event, unique across all documents.
   */
  uid: string;
  /**
   * The uid of the event descriptor of the stream this event belongs to.
   */
  descriptor: string;
  /**
   * Position of this event in its stream, counting from 1.
   */
  seq_num: number;
}

/**
 * The part of an event that a device supplies; the run engine adds uid, descriptor and seq_num.
 */
export interface PartialEvent {
  /**
   * The reading of each data key; for external data, the datum id that points at it until it is filled.
   */
  data: {
    [k: string]: unknown;
  };
  /**
   * When each data key was read, as seconds since the UNIX epoch, keyed like data.
   */
  timestamps: {
    [k: string]: unknown;
  };
  /**
   * When the event was made, as seconds since the UNIX epoch; may differ from the timestamps of its readings.
   */
  time: number;
  /**
   * For each externally stored data key: false while data holds a pointer to it, or, once the data have been loaded in place, true or the pointer that was replaced.
   */
  filled?: {
    [k: string]: boolean | string;
  };
}
