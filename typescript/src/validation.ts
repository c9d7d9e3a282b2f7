/**
 * Validating documents against their schemas with the precompiled validators.
 *
 * The validators were generated ahead of time (ajv standalone code), so nothing here
 * compiles code at run time: safe under a Content-Security-Policy without
 * 'unsafe-eval'. A document they reject is explained by an interpreter of the schemas
 * (run/schema-errors.ts, which compiles nothing either): every error, in the order, at
 * the JSON paths and in the words of the Python package's `iter_errors`. Validation
 * never changes the document.
 *
 * @module
 */

import { DocumentValidationError, UnknownDocumentNameError, type ValidationIssue } from "./errors.js";
import type {
  Datum,
  DatumPage,
  DocumentEnvelope,
  DocumentName,
  DocumentPair,
  DocumentsByName,
  Event,
  EventDescriptor,
  EventPage,
  NamedDocument,
  Resource,
  RunStart,
  RunStop,
  StreamDatum,
  StreamResource,
} from "./generated/index.js";
import * as compiled from "./generated/validators.js";
import type { CompiledValidator } from "./generated/validators.js";
import type { JsonSchema } from "./generated/schemas.js";
import { inPropertyNameOrder, issueAt, issuesFrom, showValue } from "./issues.js";
import { documentErrors } from "./run/schema-errors.js";
import { DOCUMENT_NAMES, documentTypeOf, isDocumentName, schemas } from "./schemas.js";

export type { ValidationIssue };

/** The verdict of {@link validate}: valid, or invalid with the problems found. */
export type ValidationResult =
  { readonly valid: true } | { readonly valid: false; readonly errors: readonly ValidationIssue[] };

const VALID: ValidationResult = Object.freeze({ valid: true });

/** The precompiled validator of each document type (shared with the run validator; not re-exported). */
export const VALIDATORS: Readonly<Record<DocumentName, CompiledValidator>> = Object.freeze({
  start: compiled.start,
  stop: compiled.stop,
  descriptor: compiled.descriptor,
  event: compiled.event,
  event_page: compiled.event_page,
  datum: compiled.datum,
  datum_page: compiled.datum_page,
  resource: compiled.resource,
  stream_resource: compiled.stream_resource,
  stream_datum: compiled.stream_datum,
  bulk_events: compiled.bulk_events,
  bulk_datum: compiled.bulk_datum,
});

const TOO_DEEP_MESSAGE = "the document is nested too deeply to check (does it contain a reference to itself?)";
const TOO_DEEP: ValidationIssue = issueAt([], TOO_DEEP_MESSAGE);

const ORDERED_SCHEMAS = new Map<DocumentName, JsonSchema>();

/** The schema of `name` with its properties in name order, as the Python package orders errors (made on first use; not re-exported). */
export function orderedSchema(name: DocumentName): JsonSchema {
  let schema = ORDERED_SCHEMAS.get(name);
  if (schema === undefined) {
    schema = inPropertyNameOrder(schemas[name]);
    ORDERED_SCHEMAS.set(name, schema);
  }
  return schema;
}

/**
 * Every issue of a document the compiled validator of `name` rejected, as the
 * Python package reports them; `prefix` places the document inside an envelope.
 */
function explain(name: DocumentName, doc: unknown, prefix: readonly (string | number)[] = []): ValidationIssue[] {
  const errors = documentErrors(orderedSchema(name), doc);
  if (errors.length === 0) return [issueAt([], `the ${name} document fails its schema`, prefix)];
  if (errors.length === 1 && errors[0]?.keyword === "depth") return [issueAt([], TOO_DEEP_MESSAGE, prefix)];
  return issuesFrom(errors, prefix);
}

function validatorFor(name: DocumentName): CompiledValidator {
  if (!isDocumentName(name)) throw new UnknownDocumentNameError(name, DOCUMENT_NAMES);
  return VALIDATORS[name];
}

/** Run a compiled validator; a cyclic or absurdly deep value counts as invalid, not as a crash. */
function passes(validator: CompiledValidator, value: unknown): boolean | "too deep" {
  try {
    return validator(value);
  } catch (error) {
    if (error instanceof RangeError) return "too deep";
    throw error;
  }
}

function invalid(errors: readonly ValidationIssue[]): ValidationResult {
  return Object.freeze({ valid: false, errors: Object.freeze([...errors]) });
}

/**
 * Check a document against the schema of its name.
 *
 * Returns `{valid: true}`, or `{valid: false, errors}` with every error, in the order
 * the Python package's `iter_errors` gives them; each has a dotted `path` (such as
 * "data_keys.det.dtype"), the same place as a `jsonPath` ("$.data_keys.det.dtype") and
 * a `message` in the Python package's words ("expected one of 'string', ..., got
 * 'float' (str)"). Throws {@link UnknownDocumentNameError} when `name` is not a
 * document name.
 */
export function validate(name: DocumentName, doc: unknown): ValidationResult {
  const outcome = passes(validatorFor(name), doc);
  if (outcome === true) return VALID;
  return invalid(outcome === "too deep" ? [TOO_DEEP] : explain(name, doc));
}

/**
 * Throw a {@link DocumentValidationError} unless `doc` conforms to the schema of `name`.
 *
 * The error names the document type, the path inside the document and what was
 * expected there. After the call, TypeScript knows the type of `doc`.
 */
export function assertValid<N extends DocumentName>(name: N, doc: unknown): asserts doc is DocumentsByName[N] {
  const result = validate(name, doc);
  if (!result.valid) throw new DocumentValidationError(name, documentTypeOf(name), result.errors);
}

/** True when `doc` conforms to the schema of `name`; narrows its type. */
export function isDocument<N extends DocumentName>(name: N, doc: unknown): doc is DocumentsByName[N] {
  return passes(validatorFor(name), doc) === true;
}

/** True when `doc` is a valid RunStart document. */
export function isRunStart(doc: unknown): doc is RunStart {
  return passes(VALIDATORS.start, doc) === true;
}

/** True when `doc` is a valid RunStop document. */
export function isRunStop(doc: unknown): doc is RunStop {
  return passes(VALIDATORS.stop, doc) === true;
}

/** True when `doc` is a valid EventDescriptor document. */
export function isEventDescriptor(doc: unknown): doc is EventDescriptor {
  return passes(VALIDATORS.descriptor, doc) === true;
}

/** True when `doc` is a valid Event document. */
export function isEvent(doc: unknown): doc is Event {
  return passes(VALIDATORS.event, doc) === true;
}

/** True when `doc` is a valid EventPage document. */
export function isEventPage(doc: unknown): doc is EventPage {
  return passes(VALIDATORS.event_page, doc) === true;
}

/** True when `doc` is a valid Datum document. */
export function isDatum(doc: unknown): doc is Datum {
  return passes(VALIDATORS.datum, doc) === true;
}

/** True when `doc` is a valid DatumPage document. */
export function isDatumPage(doc: unknown): doc is DatumPage {
  return passes(VALIDATORS.datum_page, doc) === true;
}

/** True when `doc` is a valid Resource document. */
export function isResource(doc: unknown): doc is Resource {
  return passes(VALIDATORS.resource, doc) === true;
}

/** True when `doc` is a valid StreamResource document. */
export function isStreamResource(doc: unknown): doc is StreamResource {
  return passes(VALIDATORS.stream_resource, doc) === true;
}

/** True when `doc` is a valid StreamDatum document. */
export function isStreamDatum(doc: unknown): doc is StreamDatum {
  return passes(VALIDATORS.stream_datum, doc) === true;
}

/** True when `value` is a `{name, doc}` object whose doc is valid for its name. */
export function isNamedDocument(value: unknown): value is NamedDocument {
  return passes(compiled.named_document, value) === true;
}

/** True when `value` is a `[name, doc]` array whose doc is valid for its name. */
export function isDocumentPair(value: unknown): value is DocumentPair {
  return passes(compiled.document_pair, value) === true;
}

/** True when `value` is a valid document with its name, in either framing. */
export function isDocumentEnvelope(value: unknown): value is DocumentEnvelope {
  return passes(compiled.envelope, value) === true;
}

/** Name and document of an envelope in either framing, or undefined when it is neither. */
function unwrap(
  value: unknown,
): { name: unknown; doc: unknown; nameAt: string | number; docAt: string | number } | undefined {
  if (Array.isArray(value)) {
    return value.length === 2 ? { name: value[0], doc: value[1], nameAt: 0, docAt: 1 } : undefined;
  }
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value);
    if (keys.length === 2 && "name" in value && "doc" in value) {
      return { name: value.name, doc: value.doc, nameAt: "name", docAt: "doc" };
    }
  }
  return undefined;
}

/**
 * Check a document together with its name, as `{name, doc}` or `[name, doc]`.
 *
 * The verdict is that of schemas/document.json; the errors point inside the
 * envelope (for instance "doc.data_keys.det.dtype" or "1.uid", as JSON paths
 * "$.doc.data_keys.det.dtype" and "$[1].uid") and are those {@link validate} gives.
 */
export function validateEnvelope(value: unknown): ValidationResult {
  const outcome = passes(compiled.envelope, value);
  if (outcome === true) return VALID;
  if (outcome === "too deep") return invalid([TOO_DEEP]);
  const parts = unwrap(value);
  if (parts === undefined) {
    return invalid([issueAt([], `${showValue(value)} is neither a {"name", "doc"} object nor a [name, doc] array`)]);
  }
  const { name, doc, nameAt, docAt } = parts;
  if (!isDocumentName(name)) {
    const expected = DOCUMENT_NAMES.join(", ");
    return invalid([issueAt([nameAt], `${showValue(name)} is not a document name: expected one of ${expected}`)]);
  }
  const inner = passes(VALIDATORS[name], doc);
  if (inner === true) return invalid([issueAt([], "the envelope does not conform to schemas/document.json")]);
  return invalid(inner === "too deep" ? [issueAt([docAt], TOO_DEEP_MESSAGE)] : explain(name, doc, [docAt]));
}
