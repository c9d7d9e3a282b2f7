// GENERATED FILE, do not edit: made from schemas/datum_page.json by json-schema-to-typescript 16.0.0; regenerate with `nox -s codegen`.

/**
 * Several datum of one resource stored column-wise: every field is a list with one entry per datum, in order.
 */
export interface DatumPage {
  /**
   * The datum_id of each datum in the page.
   */
  datum_id: DataFrameForDatumPage;
  /**
   * The uid of the resource shared by every datum in the page.
   */
  resource: string;
  /**
   * For each handler argument, the column of its values, one per datum.
   */
  datum_kwargs: {
    [k: string]: unknown[];
  };
}

/**
 * A column of datum ids.
 */
export type DataFrameForDatumPage = string[];
