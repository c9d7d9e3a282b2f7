/**
 * The JSON Schemas of the documents, as objects (the same files as schemas/ in the repository).
 *
 * @module
 */

import { DOCUMENT_SCHEMA_FILES, type DocumentName } from "./generated/index.js";
import { SCHEMA_FILES, type JsonSchema, type SchemaFile } from "./generated/schemas.js";

export { SCHEMA_FILES };
export type { JsonSchema, SchemaFile };

/** Every document name, such as "start" or "event_page". */
export const DOCUMENT_NAMES = Object.freeze(Object.keys(DOCUMENT_SCHEMA_FILES) as DocumentName[]);

/** The JSON Schema of each document type, keyed by document name. */
export const schemas: Readonly<Record<DocumentName, JsonSchema>> = Object.freeze(
  Object.fromEntries(DOCUMENT_NAMES.map((name) => [name, SCHEMA_FILES[DOCUMENT_SCHEMA_FILES[name]]])) as Record<
    DocumentName,
    JsonSchema
  >,
);

/** The schema of a document together with its name, in either framing ({name, doc} or [name, doc]). */
export const envelopeSchema: JsonSchema = SCHEMA_FILES["document.json"];

/** True for the names of the document types, such as "start" and "event_page". */
export function isDocumentName(name: unknown): name is DocumentName {
  return typeof name === "string" && Object.hasOwn(DOCUMENT_SCHEMA_FILES, name);
}

/** The type a document name stands for, such as "EventDescriptor" for "descriptor". */
export function documentTypeOf(name: DocumentName): string {
  const title = schemas[name]["title"];
  return typeof title === "string" ? title : name;
}
