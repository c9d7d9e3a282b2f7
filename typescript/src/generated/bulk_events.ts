// GENERATED FILE, do not edit: made from schemas/bulk_events.json by json-schema-to-typescript 16.0.0; regenerate with `nox -s codegen`.

/**
 * Deprecated: events of several streams in one message, keyed by descriptor uid. Use event pages instead.
 */
export interface BulkEvents {
  /**
   * The events of one stream. Applies to each further key matching `^.*$`.
   *
   * Items: One event, in the form of an event document.
   */
  [k: string]: {
    /**
     * Identifier of the event.
     */
    uid: string;
    /**
     * The uid of the event descriptor of the event's stream.
     */
    descriptor: string;
    /**
     * Position of the event in its stream, counting from 1.
     */
    seq_num: number;
    /**
     * When the event was made, as seconds since the UNIX epoch.
     */
    time: number;
    /**
     * The reading of each data key.
     */
    data: {
      [k: string]: unknown;
    };
    /**
     * When each data key was read.
     */
    timestamps: {
      [k: string]: unknown;
    };
    /**
     * Whether each externally stored data key has been loaded.
     */
    filled?: {
      [k: string]: unknown;
    };
  }[];
}
