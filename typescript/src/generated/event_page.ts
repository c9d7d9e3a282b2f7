// GENERATED FILE, do not edit: made from schemas/event_page.json by json-schema-to-typescript 16.0.0; regenerate with `nox -s codegen`.

/**
 * Several events of one stream stored column-wise: every field is a list with one entry per event, in order.
 */
export interface EventPage extends PartialEventPage {
  /**
   * The uid of each event in the page.
   */
  uid: string[];
  /**
   * The uid of the event descriptor shared by every event in the page.
   */
  descriptor: string;
  /**
   * The position of each event in its stream, counting from 1.
   */
  seq_num: number[];
}

/**
 * The part of an event page that a device supplies; the run engine adds uid, descriptor and seq_num.
 */
export interface PartialEventPage {
  /**
   * For each data key, the column of its readings, one per event.
   */
  data: {
    [k: string]: unknown[];
  };
  /**
   * For each data key, the column of times at which it was read, as seconds since the UNIX epoch.
   */
  timestamps: {
    [k: string]: unknown[];
  };
  /**
   * When each event was made, as seconds since the UNIX epoch.
   */
  time: number[];
  /**
   * For each externally stored data key, a column saying per event whether it is loaded (see the event's filled).
   */
  filled?: {
    [k: string]: (boolean | string)[];
  };
}
