/**
 * The errors this package throws; every one derives from {@link EventModelError}.
 *
 * @module
 */

/**
 * One reason a document fails its schema: where and what is wrong, in the Python
 * package's words (`iter_errors`: `json_path` and `problem`).
 */
export interface ValidationIssue {
  /** Dot-separated path inside the document, array indices as numbers; "" for the document itself. */
  readonly path: string;
  /** The same place as a JSON path, as the Python package writes it: "$.data_keys.det.dtype", "$" for the document. */
  readonly jsonPath: string;
  /** What is wrong there: what was expected and what was found, such as "expected a number, got 'now' (str)". */
  readonly message: string;
}

/** "at data_keys.det.dtype" for an issue's place, "at the top level" for the document itself. */
function placeOf(issue: ValidationIssue): string {
  return issue.jsonPath === "$" ? "at the top level" : `at ${issue.jsonPath.replace(/^\$\.?/, "")}`;
}

/** Base class of every error thrown by this package. */
export class EventModelError extends Error {
  override name = "EventModelError";
}

/** A name that is not one of the document names, such as "start" or "event_page". */
export class UnknownDocumentNameError extends EventModelError {
  override name = "UnknownDocumentNameError";

  /** The name that was given. */
  readonly documentName: unknown;

  constructor(documentName: unknown, knownNames: readonly string[]) {
    super(
      `${JSON.stringify(documentName) ?? String(documentName)} is not a document name: ` +
        `expected one of ${knownNames.join(", ")}`,
    );
    this.documentName = documentName;
  }
}

/** A document does not conform to the schema of its name. */
export class DocumentValidationError extends EventModelError {
  override name = "DocumentValidationError";

  /** The name the document travels under, such as "descriptor". */
  readonly documentName: string;
  /** The type of the document, such as "EventDescriptor". */
  readonly documentType: string;
  /** Path of the first problem inside the document ("" for the document itself). */
  readonly path: string;
  /** Every problem found, in the Python package's order, the first one being the one in the message. */
  readonly issues: readonly ValidationIssue[];

  constructor(documentName: string, documentType: string, issues: readonly ValidationIssue[]) {
    const first = issues[0] ?? { path: "", jsonPath: "$", message: "the document does not conform to its schema" };
    super(`Invalid ${documentType} document ("${documentName}") ${placeOf(first)}: ${first.message}`);
    this.documentName = documentName;
    this.documentType = documentType;
    this.path = first.path;
    this.issues = issues;
  }
}

/** What kind of problem a {@link PageError} reports. */
export type PageErrorCode =
  | "empty"
  | "mixed_descriptors"
  | "mixed_resources"
  | "missing_field"
  | "missing_key"
  | "unexpected_key"
  | "wrong_type"
  | "ragged_columns"
  | "bad_chunk_size";

/** Pages (or the events and datum to pack into one) that cannot be combined or split as asked. */
export class PageError extends EventModelError {
  override name = "PageError";

  /** What kind of problem this is, such as "ragged_columns" or "mixed_descriptors". */
  readonly code: PageErrorCode;

  constructor(code: PageErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

/** An event page still holds pointers to external data where the data were expected. */
export class UnfilledDataError extends EventModelError {
  override name = "UnfilledDataError";

  /** The data keys whose filled column has an entry that is not filled. */
  readonly keys: readonly string[];

  constructor(keys: readonly string[], message: string) {
    super(message);
    this.keys = keys;
  }
}
