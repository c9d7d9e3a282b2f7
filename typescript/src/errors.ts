/**
 * The errors this package throws; every one derives from {@link EventModelError}.
 *
 * @module
 */

/** One reason a document fails its schema: where (a dotted path) and what is wrong. */
export interface ValidationIssue {
  /** Dot-separated path inside the document, array indices as numbers; "" for the document itself. */
  readonly path: string;
  /** What is wrong there, starting with the offending value, saying what was expected. */
  readonly message: string;
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
  /** Every problem found, the first one being the one in the message. */
  readonly issues: readonly ValidationIssue[];

  constructor(documentName: string, documentType: string, issues: readonly ValidationIssue[]) {
    const first = issues[0] ?? { path: "", message: "the document does not conform to its schema" };
    super(`Invalid ${documentType} document ("${documentName}"): ${first.message}`);
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
