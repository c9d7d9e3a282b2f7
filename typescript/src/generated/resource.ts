// GENERATED FILE, do not edit: made from schemas/resource.json by json-schema-to-typescript 16.0.0; regenerate with `nox -s codegen`.

/**
 * Names an external file or other store that datum documents point into, and the handler (spec) that reads it.
 */
export interface Resource extends PartialResource {
  /**
   * The uid of the run start document of the run that wrote the resource; may be empty for resources shared between runs.
   */
  run_start?: string;
  /**
   * How to split root and resource_path into parts: with '/' (posix) or '\' (windows).
   */
  path_semantics?: "posix" | "windows";
}

/**
 * The part of a resource that a device supplies; the run engine adds run_start.
 */
export interface PartialResource {
  /**
   * Identifier of this resource, unique across all documents; datum refer to it.
   */
  uid: string;
  /**
   * Names the format of the store and so the handler that can read it, such as 'AD_HDF5' or 'NPY_SEQ'.
   */
  spec: string;
  /**
   * The part of the path that may differ between machines (a mount point); readers may remap it.
   */
  root: string;
  /**
   * The path of the store relative to root.
   */
  resource_path: string;
  /**
   * Arguments that the handler needs to open the store, such as frames per point.
   */
  resource_kwargs: {
    [k: string]: unknown;
  };
}
