/**
 * bluesky-event-model: the types of bluesky's documents, validators for them and
 * helpers to pack, unpack, merge and re-chunk event and datum pages.
 *
 * Types and validators are generated from the JSON Schemas shared with the Python
 * package event-model; see src/generated/.
 *
 * @module
 */

export type * from "./generated/index.js";
export { DOCUMENT_SCHEMA_FILES } from "./generated/index.js";
export {
  DOCUMENT_NAMES,
  SCHEMA_FILES,
  documentTypeOf,
  envelopeSchema,
  isDocumentName,
  schemas,
  type JsonSchema,
  type SchemaFile,
} from "./schemas.js";
export {
  assertValid,
  isDatum,
  isDatumPage,
  isDocument,
  isDocumentEnvelope,
  isDocumentPair,
  isEvent,
  isEventDescriptor,
  isEventPage,
  isNamedDocument,
  isResource,
  isRunStart,
  isRunStop,
  isStreamDatum,
  isStreamResource,
  validate,
  validateEnvelope,
  type ValidationResult,
} from "./validation.js";
export {
  DocumentValidationError,
  EventModelError,
  PageError,
  UnfilledDataError,
  UnknownDocumentNameError,
  type PageErrorCode,
  type ValidationIssue,
} from "./errors.js";
export {
  mergeDatumPages,
  mergeEventPages,
  packDatumPage,
  packEventPage,
  rechunkDatumPages,
  rechunkEventPages,
  unpackDatumPage,
  unpackEventPage,
  verifyFilled,
} from "./pages.js";
export { bulkDatumToDatumPage, bulkEventsToEventPages } from "./bulk.js";
export * from "./run/index.js";
export { KNOWN_BREAKS, Migrator, MIGRATION_RULES, SPEC_MIMETYPES, fileUri, migrate, type FieldMap, type KnownBreak, type MigrationIssue, type MigrationRule } from "./migrate.js";
