// GENERATED FILE, do not edit: made from schemas/stream_resource.json by json-schema-to-typescript 16.0.0; regenerate with `nox -s codegen`.

/**
 * Names an external store (such as an HDF5 dataset) that holds the readings of one data key for many events, addressed by stream datum.
 */
export interface StreamResource {
  /**
   * Identifier of this stream resource, unique across all documents; stream datum refer to it.
   */
  uid: string;
  /**
   * The uid of the run start document of the run that wrote the store.
   */
  run_start?: string;
  /**
   * The data key of the stream whose readings the store holds.
   */
  data_key: string;
  /**
   * The media type of the store, which tells readers how to open it, such as 'application/x-hdf5'.
   */
  mimetype: string;
  /**
   * Where the store is, as a URI such as 'file://localhost/data/scan.h5'.
   */
  uri: string;
  /**
   * What a reader needs to find the data in the store, such as the dataset path and chunk shape.
   */
  parameters: {
    [k: string]: unknown;
  };
  [k: string]: unknown;
}
