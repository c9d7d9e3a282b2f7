// GENERATED FILE, do not edit: made from schemas/event_descriptor.json by json-schema-to-typescript 16.0.0; regenerate with `nox -s codegen`.

/**
 * Describes one stream of events before its first event: the name, type, shape and units of every data key, the configuration of the devices read, and hints for display.
 */
export interface EventDescriptor {
  /**
   * Identifier of this descriptor, unique across all documents; events of the stream refer to it.
   */
  uid: string;
  /**
   * When the descriptor was created, as seconds since the UNIX epoch (UTC).
   */
  time: number;
  /**
   * The uid of the run start document of the run this stream belongs to.
   */
  run_start: string;
  /**
   * Name of the stream, such as 'primary' or 'baseline'; several descriptors may share a name when their data keys agree.
   */
  name?: string;
  /**
   * For each data key that the events of this stream carry, what it holds.
   */
  data_keys: {
    [k: string]: DataKey;
  };
  /**
   * For each device read in this stream, its configuration readings at the time the descriptor was made.
   */
  configuration?: {
    [k: string]: Configuration;
  };
  /**
   * Presentation hints for the stream.
   */
  hints?: PerObjectHint;
  /**
   * For each device (object) name, the list of data keys it produced.
   */
  object_keys?: {
    [k: string]: unknown;
  };
  /**
   * For each device (object) name, the Python class that implements it.
   */
  object_classes?: {
    [k: string]: string;
  };
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
 * The JSON type of one reading: 'string', 'number', 'array', 'boolean' or 'integer'.
 */
export type Dtype = "string" | "number" | "array" | "boolean" | "integer";

/**
 * A numpy array-protocol type string: byte order ('<', '>' or '|'), kind character and item size, such as '<f8' or '|u1'.
 */
export type DtypeNumpy = string;

/**
 * What one data key of a stream holds: where it comes from and the type, shape and units of each reading.
 */
export interface DataKey {
  /**
   * Where the reading comes from, such as an EPICS PV name prefixed with 'PV:' or 'SIM:' for simulated devices.
   */
  source: string;
  /**
   * The JSON type of each reading.
   */
  dtype: Dtype;
  /**
   * The precise numpy type of each reading (or, for structured arrays, a list of [field name, type string] pairs), so readers can rebuild arrays without guessing.
   */
  dtype_numpy?: DtypeNumpy | [string, DtypeNumpy][];
  /**
   * The length of each dimension of one reading; empty for a scalar; null marks a dimension whose length varies.
   */
  shape: (number | null)[];
  /**
   * Names of the dimensions of one reading, one per entry of shape.
   */
  dims?: string[];
  /**
   * The physical units of the reading, such as 'mm' or 'counts', or null when unitless or unknown.
   */
  units?: string | null;
  /**
   * How many decimal places are meaningful when showing the reading, or null when unknown.
   */
  precision?: number | null;
  /**
   * For enumerated readings, the names of the allowed values.
   */
  choices?: string[];
  /**
   * Set when the reading is stored outside the events: an upper-case tag such as 'FILESTORE:' (resource and datum) or 'STREAM:' (stream resource and stream datum).
   */
  external?: string;
  /**
   * Name of the device (object) that produced this data key.
   */
  object_name?: string;
  /**
   * The ranges within which the reading is expected to lie.
   */
  limits?: Limits;
  [k: string]: unknown;
}

/**
 * The ranges a reading is expected to lie within, as a control system such as EPICS reports them.
 */
export interface Limits {
  /**
   * The range that the device accepts as set point.
   */
  control?: LimitsRange | null;
  /**
   * The range that displays should show.
   */
  display?: LimitsRange | null;
  /**
   * Outside this range the reading raises a warning.
   */
  warning?: LimitsRange | null;
  /**
   * Outside this range the reading raises an alarm.
   */
  alarm?: LimitsRange | null;
  /**
   * How far the reading must move back inside a range before its warning or alarm clears.
   */
  hysteresis?: number | null;
  /**
   * Rate of change that is treated as a real change rather than noise.
   */
  rds?: RdsRange | null;
}

/**
 * A closed range; either end may be null when unbounded.
 */
export interface LimitsRange {
  /**
   * Lower end of the range, or null.
   */
  low: number | null;
  /**
   * Upper end of the range, or null.
   */
  high: number | null;
}

/**
 * Thresholds for a change of a reading to count as significant.
 */
export interface RdsRange {
  /**
   * The time window, in seconds, over which changes are compared.
   */
  time_difference: number;
  /**
   * The smallest change of value, within that window, that counts.
   */
  value_difference: number;
}

/**
 * The configuration readings of one device, laid out like event data.
 */
export interface Configuration {
  /**
   * The configuration value of each configuration key.
   */
  data?: {
    [k: string]: unknown;
  };
  /**
   * When each configuration value was read, as seconds since the UNIX epoch.
   */
  timestamps?: {
    [k: string]: unknown;
  };
  /**
   * What each configuration key holds, as for the data keys of the stream.
   */
  data_keys?: {
    [k: string]: DataKey;
  };
  [k: string]: unknown;
}

/**
 * Presentation hints for one device (object) of the stream.
 */
export interface PerObjectHint {
  /**
   * The data keys of the device most worth showing, most important first.
   */
  fields?: string[];
  /**
   * The NeXus base class that best describes the device, such as 'NXdetector'.
   */
  NX_class?: string;
  [k: string]: unknown;
}
