// Generate the TypeScript side of the schema pipeline from schemas/.
//
// Run as `node codegen/typescript.mjs --out <root>` (through `nox -s codegen`, after
// `npm ci --prefix codegen` has installed the pinned generators); `--schemas <folder>`
// reads another schema folder than schemas/ (the codegen tests use it). Writes, under
// <root>/typescript/src/generated/ (the whole folder is generated and replaced):
//
//   <schema>.ts     types made by json-schema-to-typescript, one module per schema;
//   index.ts        re-exports of every type, the Document union, DocumentName and the
//                   name -> schema file table read from the envelope schema;
//   schemas.ts      the schemas themselves, as importable objects;
//   validators.js   ajv standalone validators (no eval or new Function at run time),
//                   one export per document name plus the envelope.
//
// Refs are resolved here, in memory, and never fetched: a local `#/$defs/X` and a
// sibling file such as `run_start.json` both become the name of the type they point
// at. Running it twice gives identical bytes; the input schemas are not mutated.

import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

import Ajv2020Module from "ajv/dist/2020.js";
import standaloneCodeModule from "ajv/dist/standalone/index.js";
import { compile } from "json-schema-to-typescript";

const Ajv2020 = Ajv2020Module.default;
const standaloneCode = standaloneCodeModule.default;

const CODEGEN_DIR = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.dirname(CODEGEN_DIR);
const SCHEMA_DIR = path.join(REPO_ROOT, "schemas");
const GENERATED_DIR = path.join("typescript", "src", "generated");
const ENVELOPE_FILE = "document.json";

// The envelope still admits the deprecated bulk documents, but they are not part of
// the `Document` union. Nothing in the schemas marks them deprecated except the prose
// of their descriptions, which codegen should not parse; so they are named here (and
// in codegen/layout.py, for the Python union).
const DEPRECATED_DOCUMENT_NAMES = new Set(["bulk_datum", "bulk_events"]);

/** The count of document types, spelled in the `Document` union's doc comment (digits past twenty). */
const COUNT_WORDS = [
  "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
  "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
];

/** Keywords that only annotate a schema and never constrain a value. */
const ANNOTATIONS = new Set(["title", "description", "default", "examples", "$comment", "deprecated"]);

const require = createRequire(import.meta.url);

function packageVersion(name) {
  return require(`${name}/package.json`).version;
}

/** The first line of every generated file: what made it, from what, how to remake it. */
function banner(source, generator) {
  return `// GENERATED FILE, do not edit: made from ${source} by ${generator}; ` + "regenerate with `nox -s codegen`.";
}

function readSchemas(schemaDir) {
  const files = readdirSync(schemaDir)
    .filter((name) => name.endsWith(".json"))
    .sort();
  return new Map(files.map((file) => [file, JSON.parse(readFileSync(path.join(schemaDir, file), "utf8"))]));
}

function moduleName(schemaFile) {
  return schemaFile.replace(/\.json$/, "");
}

// ---------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------

/** True when a schema lets any value through (it only annotates, or only recurses into itself). */
function acceptsAnyValue(schema, ownRef) {
  if (schema === true) return true;
  if (typeof schema !== "object" || schema === null) return false;
  return Object.entries(schema).every(([keyword, value]) => {
    if (ANNOTATIONS.has(keyword)) return true;
    // Object keywords without "type" leave every non-object value valid; when their
    // subschemas are this very schema again, objects of any shape pass too.
    if (keyword === "patternProperties") {
      return Object.values(value).every((sub) => sub.$ref !== undefined && sub.$ref === ownRef);
    }
    if (keyword === "additionalProperties") return value === false || value === true;
    return false;
  });
}

/**
 * Rewrite one schema file into the input json-schema-to-typescript should see.
 *
 * Every `$ref` becomes a `tsType` naming the referenced type (and, for a sibling
 * file, an import); `prefixItems` becomes a draft-07 tuple; schemas that accept
 * any value become `unknown`; a root `allOf` of one local definition becomes
 * `extends`, so that documents extend their partial forms. Works on a copy.
 */
function typeScriptInput(schemaFile, schemas) {
  const schema = structuredClone(schemas.get(schemaFile));
  const definitions = schema.$defs ?? {};
  const imports = new Map();

  const definitionTitle = (ref) => {
    const name = ref.slice("#/$defs/".length);
    const target = definitions[name];
    if (!target) throw new Error(`${schemaFile}: unresolvable $ref ${ref}`);
    return { name: target.title ?? name, anyValue: acceptsAnyValue(target, ref) };
  };

  const resolveRef = (ref, inIndexSignature) => {
    if (ref.startsWith("#/$defs/")) {
      const { name, anyValue } = definitionTitle(ref);
      // An index signature of `unknown` absorbs the named properties; a named alias
      // of unknown there would make json-schema-to-typescript list every property type.
      return anyValue && inIndexSignature ? "unknown" : name;
    }
    if (/^[a-z_]+\.json$/.test(ref) && schemas.has(ref)) {
      const title = schemas.get(ref).title;
      imports.set(title, `./${moduleName(ref)}.js`);
      return title;
    }
    throw new Error(`${schemaFile}: only local refs are resolved, not ${ref}`);
  };

  const rewrite = (node, ownRef, inIndexSignature = false) => {
    if (Array.isArray(node)) return node.map((item) => rewrite(item, undefined));
    if (typeof node !== "object" || node === null) return node;
    if (acceptsAnyValue(node, ownRef)) {
      const { title, description } = node;
      return { ...(title && { title }), ...(description && { description }), tsType: "unknown" };
    }
    const out = {};
    for (const [keyword, value] of Object.entries(node)) {
      if (keyword === "$ref") {
        out.tsType = resolveRef(value, inIndexSignature);
      } else if (keyword === "prefixItems") {
        out.items = value.map((item) => rewrite(item, undefined));
        out.additionalItems = false;
      } else if (keyword === "properties" || keyword === "$defs") {
        out[keyword] = Object.fromEntries(
          Object.entries(value).map(([key, sub]) => [
            key,
            rewrite(sub, keyword === "$defs" ? `#/$defs/${key}` : undefined),
          ]),
        );
      } else if (keyword === "patternProperties") {
        out.additionalProperties =
          node.additionalProperties === true ? true : extraKeys(value, node.additionalProperties);
      } else if (keyword === "additionalProperties") {
        if (node.patternProperties === undefined) {
          out[keyword] = typeof value === "object" ? rewrite(value, undefined, true) : value;
        }
      } else if (["items", "anyOf", "oneOf", "allOf"].includes(keyword)) {
        out[keyword] = rewrite(value, undefined);
      } else if (!["$schema", "$id", "unevaluatedProperties"].includes(keyword)) {
        out[keyword] = value;
      }
    }
    const openObject =
      node.type === "object" && !["properties", "patternProperties", "additionalProperties"].some((k) => k in node);
    // JSON Schema leaves such an object open; say so, rather than the empty type `{}`.
    if (openObject) out.additionalProperties = true;
    if (out.tsType !== undefined) {
      // A $ref with sibling annotations: keep the description for the JSDoc.
      return Object.fromEntries(Object.entries(out).filter(([key]) => key === "tsType" || ANNOTATIONS.has(key)));
    }
    return out;
  };

  // TypeScript cannot constrain keys by pattern: patternProperties (and any
  // additionalProperties schema beside them) become one index signature whose
  // comment names the patterns. As json-schema-to-typescript does, keys matching no
  // pattern are not typed when additionalProperties is absent.
  const extraKeys = (patterns, additional) => {
    const members = Object.values(patterns).map((sub) => rewrite(sub, undefined, true));
    if (typeof additional === "object") members.push(rewrite(additional, undefined, true));
    const described = Object.keys(patterns)
      .map((pattern) => `\`${pattern.replaceAll("*/", "*\\/")}\``)
      .join(" or ");
    const lead = members.length === 1 && members[0].description ? `${members[0].description} ` : "";
    const rule =
      additional === false
        ? `Any further key must match ${described}.`
        : `Applies to each further key matching ${described}.`;
    const description = `${lead}${rule}`;
    if (members.some((member) => member.tsType === "unknown")) return { description, tsType: "unknown" };
    return members.length === 1 ? { ...members[0], description } : { description, anyOf: members };
  };

  const rewritten = rewrite(schema, undefined);
  if (JSON.stringify(rewritten).includes('"$ref"')) {
    throw new Error(`${schemaFile}: a $ref under a keyword this generator does not rewrite`);
  }
  const rewrittenDefinitions = rewritten.$defs ?? {};
  delete rewritten.$defs;

  // `allOf: [{$ref: "#/$defs/PartialX"}]` at the root: Event extends PartialEvent.
  if (
    Array.isArray(schema.allOf) &&
    schema.allOf.every((sub) => Object.keys(sub).length === 1 && sub.$ref?.startsWith("#/$defs/"))
  ) {
    rewritten.extends = schema.allOf.map((sub) =>
      structuredClone(rewrittenDefinitions[sub.$ref.slice("#/$defs/".length)]),
    );
    delete rewritten.allOf;
  }
  return { root: rewritten, definitions: rewrittenDefinitions, imports };
}

const COMPILE_OPTIONS = {
  bannerComment: "",
  additionalProperties: false,
  declareExternallyReferenced: false,
  unreachableDefinitions: false,
  strictIndexSignatures: false,
  format: true,
  style: { printWidth: 100 },
  $refOptions: { resolve: { external: false } },
};

async function typesModule(schemaFile, schemas, schemaDir) {
  const { root, definitions, imports } = typeScriptInput(schemaFile, schemas);
  const declarations = [await compile(root, root.title, { ...COMPILE_OPTIONS, cwd: schemaDir })];
  for (const [name, definition] of Object.entries(definitions)) {
    declarations.push(await compile(definition, definition.title ?? name, { ...COMPILE_OPTIONS, cwd: schemaDir }));
  }
  const importLines = [...imports]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([title, from]) => `import type { ${title} } from "${from}";`);
  const header = [
    banner(`schemas/${schemaFile}`, `json-schema-to-typescript ${packageVersion("json-schema-to-typescript")}`),
    ...(importLines.length ? ["", ...importLines] : []),
  ];
  return `${header.join("\n")}\n\n${declarations.map((text) => text.trim()).join("\n\n")}\n`;
}

/** Exported type names of a generated module, in source order. */
function exportedNames(source) {
  return [...source.matchAll(/^export (?:interface|type) (\w+)/gm)].map((match) => match[1]);
}

/** Document name -> schema file, read from the envelope's `Named<Type>` definitions. */
function documentSchemaFiles(schemas) {
  const envelope = schemas.get(ENVELOPE_FILE);
  const table = [];
  for (const branch of envelope.$defs.NamedDocument.anyOf) {
    const named = envelope.$defs[branch.$ref.slice("#/$defs/".length)];
    table.push([named.properties.name.const, named.properties.doc.$ref]);
  }
  return table;
}

/**
 * The document types of the `Document` union, in the order of the Python union:
 * the title of each document of the envelope that is not deprecated, ordered by
 * schema file name.
 */
function documentTypes(schemas) {
  return documentSchemaFiles(schemas)
    .filter(([name]) => !DEPRECATED_DOCUMENT_NAMES.has(name))
    .map(([, file]) => file)
    .sort()
    .map((file) => schemas.get(file).title);
}

function indexModule(modules, schemas) {
  const lines = [
    banner("schemas/*.json", "codegen/typescript.mjs"),
    "",
    "/** Every type made from the schemas, the Document union and the document names. */",
    "",
  ];
  const exported = new Set();
  for (const [module, source] of modules) {
    const fresh = exportedNames(source).filter((name) => !exported.has(name));
    fresh.forEach((name) => exported.add(name));
    if (!fresh.length) continue;
    const oneLine = `export type { ${fresh.join(", ")} } from "./${module}.js";`;
    const wrapped = `export type {\n${fresh.map((name) => `  ${name},\n`).join("")}} from "./${module}.js";`;
    lines.push(oneLine.length <= 100 ? oneLine : wrapped);
  }
  const table = documentSchemaFiles(schemas);
  const importsByModule = new Map();
  for (const [, file] of table) importsByModule.set(moduleName(file), schemas.get(file).title);
  lines.push("");
  for (const [module, title] of [...importsByModule].sort()) {
    lines.push(`import type { ${title} } from "./${module}.js";`);
  }
  const types = documentTypes(schemas);
  lines.push(
    "",
    `/** Any one of the ${COUNT_WORDS[types.length] ?? types.length} bluesky document types. */`,
    "export type Document =",
    ...types.map((title, i) => `  | ${title}${i === types.length - 1 ? ";" : ""}`),
    "",
    "/** The schema file of each document name, as the envelope schema pairs them. */",
    "export const DOCUMENT_SCHEMA_FILES = {",
    ...table.map(([name, file]) => `  ${name}: "${file}",`),
    "} as const;",
    "",
    '/** A name under which a document travels, such as "start" or "event_page". */',
    "export type DocumentName = keyof typeof DOCUMENT_SCHEMA_FILES;",
    "",
    "/** The document type that travels under each name. */",
    "export interface DocumentsByName {",
    ...table.map(([name, file]) => `  ${name}: ${schemas.get(file).title};`),
    "}",
  );
  return `${lines.join("\n")}\n`;
}

function schemasModule(schemas) {
  const lines = [
    banner("schemas/*.json", "codegen/typescript.mjs"),
    "",
    "/** A JSON Schema, as parsed JSON. */",
    "export type JsonSchema = { readonly [keyword: string]: unknown };",
    "",
    "/** The name of a file in schemas/. */",
    `export type SchemaFile =\n${[...schemas.keys()].map((file) => `  | "${file}"`).join("\n")};`,
    "",
    "/** Every schema file of schemas/, keyed by file name. */",
    "export const SCHEMA_FILES: Readonly<Record<SchemaFile, JsonSchema>> = {",
  ];
  for (const [file, schema] of schemas) {
    const body = JSON.stringify(schema, null, 2).split("\n").join("\n  ");
    lines.push(`  "${file}": ${body},`);
  }
  lines.push("};");
  return `${lines.join("\n")}\n`;
}

// ---------------------------------------------------------------------------
// Validators
// ---------------------------------------------------------------------------

/**
 * Ajv settings chosen to give the verdicts of a plain draft 2020-12 validator.
 *
 * strictTypes is off because the schemas use object keywords without "type" on
 * purpose (DataType: "any value, and if an object then ..."); matching properties
 * are allowed because named properties of a document also match the pattern of its
 * extra metadata keys. Nothing is inserted, coerced or removed.
 */
const AJV_OPTIONS = {
  strict: true,
  strictTypes: false,
  allowMatchingProperties: true,
  allErrors: false,
  verbose: false,
  messages: false,
  useDefaults: false,
  coerceTypes: false,
  removeAdditional: false,
  code: { source: true, esm: true, lines: true },
};

/**
 * Give a pattern's closing `$` the meaning it has in Python.
 *
 * The reference validator (Python's jsonschema, whose verdicts event-model 1.24.0
 * defines) uses Python regular expressions, where a closing `$` also matches just
 * before a final newline: "NXdetector\n" satisfies "^NX[A-Za-z_]+$" there but not in
 * JavaScript. Ending the JavaScript pattern with `\n?$` instead gives both packages
 * the same verdicts. Only the validators' copy is rewritten, not the published schemas.
 */
function pythonEndAnchor(pattern) {
  const closingDollar = /(?:^|[^\\])(?:\\\\)*\$$/;
  return closingDollar.test(pattern) ? `${pattern.slice(0, -1)}\\n?$` : pattern;
}

/** A copy of a schema whose regular expressions (pattern, patternProperties) follow Python's `$`. */
function withPythonEndAnchors(node) {
  if (Array.isArray(node)) return node.map(withPythonEndAnchors);
  if (node === null || typeof node !== "object") return node;
  const copy = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "pattern" && typeof value === "string") {
      copy[key] = pythonEndAnchor(value);
    } else if (key === "patternProperties" && value !== null && typeof value === "object") {
      copy[key] = Object.fromEntries(
        Object.entries(value).map(([pattern, sub]) => [pythonEndAnchor(pattern), withPythonEndAnchors(sub)]),
      );
    } else {
      copy[key] = withPythonEndAnchors(value);
    }
  }
  return copy;
}

function validatorsModule(schemas) {
  const ajv = new Ajv2020(AJV_OPTIONS);
  for (const schema of schemas.values()) ajv.addSchema(withPythonEndAnchors(schema));
  const envelopeId = schemas.get(ENVELOPE_FILE).$id;
  const exportsByName = {};
  for (const [name, file] of documentSchemaFiles(schemas)) exportsByName[name] = schemas.get(file).$id;
  exportsByName.envelope = envelopeId;
  exportsByName.named_document = `${envelopeId}#/$defs/NamedDocument`;
  exportsByName.document_pair = `${envelopeId}#/$defs/DocumentPair`;
  const code = standaloneCode(ajv, exportsByName);
  // Zero runtime dependencies: the schemas need none of ajv's runtime helpers.
  if (/\brequire\(|^\s*import\b/m.test(code)) {
    throw new Error("ajv standalone code needs a runtime helper; inline it or add the dependency");
  }
  // Give each export a JSDoc type, so that tsc (allowJs) declares it plainly.
  let annotated = 0;
  const body = code
    .replace(/^"use strict";\s*/, "")
    .replace(/^export const (\w+) = (validate\d+);$/gm, (_, name, fn) => {
      annotated += 1;
      return `/** @type {CompiledValidator} */\nexport const ${name} = ${fn};`;
    });
  if (annotated !== Object.keys(exportsByName).length) {
    throw new Error("ajv standalone code changed shape: not every export could be typed");
  }
  const typedefs = [
    "/**",
    " * One failure reported by a compiled validator.",
    " * @typedef {{instancePath: string, schemaPath: string, keyword: string, params: Record<string, unknown>}} CompiledError",
    " */",
    "/**",
    " * A compiled validator: true when the value is valid, otherwise false with `errors` set.",
    " * @typedef {((data: unknown) => boolean) & {errors?: CompiledError[] | null}} CompiledValidator",
    " */",
  ];
  return `${[banner("schemas/*.json", `ajv ${packageVersion("ajv")}`), ...typedefs].join("\n")}\n${body.trimEnd()}\n`;
}

// ---------------------------------------------------------------------------

async function generate(outRoot, schemaDir) {
  const schemas = readSchemas(schemaDir);
  const target = path.join(outRoot, GENERATED_DIR);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  const modules = new Map();
  for (const file of schemas.keys()) {
    const source = await typesModule(file, schemas, schemaDir);
    modules.set(moduleName(file), source);
    writeFileSync(path.join(target, `${moduleName(file)}.ts`), source);
  }
  writeFileSync(path.join(target, "index.ts"), indexModule(modules, schemas));
  writeFileSync(path.join(target, "schemas.ts"), schemasModule(schemas));
  writeFileSync(path.join(target, "validators.js"), validatorsModule(schemas));
}

const { values } = parseArgs({
  options: { out: { type: "string", default: REPO_ROOT }, schemas: { type: "string", default: SCHEMA_DIR } },
});
await generate(path.resolve(values.out), path.resolve(values.schemas));
