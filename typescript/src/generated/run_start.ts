// GENERATED FILE, do not edit: made from schemas/run_start.json by json-schema-to-typescript 16.0.0; regenerate with `nox -s codegen`.

/**
 * Opens a run: the first document of every run, recording what was intended, on what sample, by whom and when. Every later document of the run points back to its uid.
 */
export interface RunStart {
  /**
   * Identifier of this run, unique across all runs ever recorded; the other documents of the run refer to it.
   */
  uid: string;
  /**
   * When the run began, as seconds since the UNIX epoch (UTC).
   */
  time: number;
  /**
   * A short, human-friendly number for the run, usually counting up at a facility; unlike uid it need not be unique.
   */
  scan_id?: number;
  /**
   * The account or person that started the run.
   */
  owner?: string;
  /**
   * The group, proposal team or facility unit that the run belongs to, for access control.
   */
  group?: string;
  /**
   * The scientific project that the run is part of.
   */
  project?: string;
  /**
   * What was measured: a free-text sample name, or an object of sample metadata (name, composition, ...).
   */
  sample?:
    | {
        [k: string]: unknown;
      }
    | string;
  /**
   * The experiment session (a proposal, beamtime or visit identifier) under which the data were taken, used to grant access.
   */
  data_session?: string;
  /**
   * Names of the groups that may read the data of this run.
   */
  data_groups?: string[];
  /**
   * Extra metadata under this key must not use '.' or '/' in the names of nested keys.
   */
  data_type?: DataType;
  /**
   * Suggestions for viewers about how to present the run, such as which fields are its independent axes.
   */
  hints?: Hints;
  /**
   * Maps from the fields of this run onto the layout of an external standard or file format (for example a NeXus application definition).
   */
  projections?: Projections[];
  /**
   * Any further key must match `^([^./]+)$`.
   */
  [k: string]: unknown;
}

/**
 * Any value; where the value is an object, none of its keys, at any depth, may contain '.' or '/'.
 */
export type DataType = unknown;

/**
 * Presentation hints for the whole run. Keys other than dimensions are allowed but must not contain '.'.
 */
export interface Hints {
  /**
   * The independent axes of the run: each entry pairs a list of field names with the name of the stream they are read from, e.g. [["motor"], "primary"].
   */
  dimensions?: (string[] | string)[][];
  /**
   * Any further key must match `^([^.]+)$`.
   */
  [k: string]: unknown;
}

/**
 * One projection: how to lay the fields of this run out in a named external format.
 */
export interface Projections {
  /**
   * Name of the projection, for people choosing among several.
   */
  name?: string;
  /**
   * Version of the projection, so readers can tell layouts apart as they evolve.
   */
  version: string;
  /**
   * Settings that the program applying the projection needs.
   */
  configuration: {
    [k: string]: unknown;
  };
  /**
   * For each destination path in the target format, where its value comes from.
   */
  projection: {
    [k: string]:
      | ConfigurationProjection
      | LinkedEventProjection
      | CalculatedEventProjection
      | StaticProjection;
  };
}

/**
 * Takes a value from a device's configuration as recorded in one stream's descriptor.
 */
export interface ConfigurationProjection {
  /**
   * Always 'linked': the value is read from the run, not computed.
   */
  type: "linked";
  /**
   * Always 'configuration': the value lives in a descriptor's configuration.
   */
  location: "configuration";
  /**
   * Name of the stream whose descriptor holds the configuration.
   */
  stream: string;
  /**
   * Which of the stream's descriptors to read, counting from 0, when the stream has several.
   */
  config_index: number;
  /**
   * The device whose configuration holds the field.
   */
  config_device: string;
  /**
   * The configuration field to read.
   */
  field: string;
}

/**
 * Takes the values of one field of a stream's events.
 */
export interface LinkedEventProjection {
  /**
   * Always 'linked': the values are read from the run, not computed.
   */
  type: "linked";
  /**
   * Always 'event': the values come from event data.
   */
  location: "event";
  /**
   * Name of the stream whose events hold the field.
   */
  stream: string;
  /**
   * The data key to read from each event.
   */
  field: string;
}

/**
 * Computes values from one field of a stream's events with a named function.
 */
export interface CalculatedEventProjection {
  /**
   * Always 'calculated': the values are the output of a function.
   */
  type: "calculated";
  /**
   * Always 'event': the function's input comes from event data.
   */
  location: "event";
  /**
   * Name of the stream whose events are the input.
   */
  stream: string;
  /**
   * The data key passed to the function.
   */
  field: string;
  /**
   * The function to apply and its extra arguments.
   */
  calculation: Calculation;
}

/**
 * A fixed value written as is.
 */
export interface StaticProjection {
  /**
   * Always 'static': the value is given here.
   */
  type: "static";
  /**
   * The value to write.
   */
  value: unknown;
}

/**
 * A function, named by import path, with arguments to call it with.
 */
export interface Calculation {
  /**
   * Import path of the function, as 'package.module:function' or 'package.module.function'.
   */
  callable: string;
  /**
   * Positional arguments passed after the input values.
   */
  args?: unknown[];
  /**
   * Keyword arguments passed to the function.
   */
  kwargs?: {
    [k: string]: unknown;
  };
  [k: string]: unknown;
}
