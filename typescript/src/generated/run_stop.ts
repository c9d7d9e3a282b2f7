// GENERATED FILE, do not edit: made from schemas/run_stop.json by json-schema-to-typescript 16.0.0; regenerate with `nox -s codegen`.

/**
 * Closes a run: the last document of every run, saying how it ended and how many events each stream holds.
 */
export interface RunStop {
  /**
   * Identifier of this stop document, unique across all documents.
   */
  uid: string;
  /**
   * When the run ended, as seconds since the UNIX epoch (UTC).
   */
  time: number;
  /**
   * The uid of the run start document of the run this document closes.
   */
  run_start: string;
  /**
   * How the run ended: 'success' when the plan completed, 'abort' when a person stopped it, 'fail' when an error ended it.
   */
  exit_status: "success" | "abort" | "fail";
  /**
   * In words, why the run ended this way (usually the error message of a failed run).
   */
  reason?: string;
  /**
   * For each stream name, the number of events emitted into it.
   */
  num_events?: {
    [k: string]: number;
  };
  /**
   * Extra metadata under this key must not use '.' or '/' in the names of nested keys.
   */
  data_type?: DataType;
  /**
   * Any further key must match `^([^./]+)$`.
   */
  [k: string]: unknown;
}

/**
 * Any value: extra metadata attached to the stop document.
 */
export type DataType = unknown;
