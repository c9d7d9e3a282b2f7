// GENERATED FILE, do not edit: made from schemas/datum.json by json-schema-to-typescript 16.0.0; regenerate with `nox -s codegen`.

/**
 * Points at one piece of externally stored data inside a resource; events carry its datum_id in place of the data.
 */
export interface Datum {
  /**
   * Identifier of this datum, unique across all documents; by convention '<resource uid>/<counter>'.
   */
  datum_id: string;
  /**
   * The uid of the resource that holds the data.
   */
  resource: string;
  /**
   * Arguments that the resource's handler needs to read this piece, such as a frame index.
   */
  datum_kwargs: {
    [k: string]: unknown;
  };
}
