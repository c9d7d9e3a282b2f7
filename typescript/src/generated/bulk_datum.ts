// GENERATED FILE, do not edit: made from schemas/bulk_datum.json by json-schema-to-typescript 16.0.0; regenerate with `nox -s codegen`.

/**
 * Deprecated: several datum of one resource in one message. Use datum pages instead.
 */
export interface BulkDatum {
  /**
   * The uid of the resource shared by every datum.
   */
  resource: string;
  /**
   * The datum_id of each datum.
   */
  datum_ids: string[];
  /**
   * The datum_kwargs of each datum, in the order of datum_ids.
   */
  datum_kwarg_list: {
    [k: string]: unknown;
  }[];
}
