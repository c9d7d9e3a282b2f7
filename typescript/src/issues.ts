/**
 * Turning the failures reported by the compiled validators into readable issues.
 *
 * The validators stop at the first failure; when that failure is an `anyOf` with
 * no matching branch, the failures of the branches come just before it and are used
 * to say what was expected.
 *
 * @module
 */

import type { ValidationIssue } from "./errors.js";
import type { CompiledError } from "./generated/validators.js";

const MAX_SHOWN = 80;

/** A short rendering of a value for a message: JSON, cut at 80 characters. */
export function showValue(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 3)}...` : text;
}

/** The dotted path of a JSON pointer: "/data_keys/det/dtype" -> "data_keys.det.dtype". */
export function dottedPath(pointer: string): string {
  if (pointer === "") return "";
  return pointer
    .slice(1)
    .split("/")
    .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
    .join(".");
}

/** Join two dotted paths. */
export function joinPath(prefix: string, path: string): string {
  if (prefix === "") return path;
  return path === "" ? prefix : `${prefix}.${path}`;
}

function valueAt(document: unknown, pointer: string): unknown {
  if (pointer === "") return document;
  let node: unknown = document;
  for (const raw of pointer.slice(1).split("/")) {
    const key = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function quoted(values: readonly unknown[]): string {
  return values.map(showValue).join(", ");
}

/** What one failure says, without where; `subject` names the offending value. */
function problem(failure: CompiledError, subject: string, owner: string, value: unknown): string {
  const { params } = failure;
  switch (failure.keyword) {
    case "type":
      return `${subject} is not of type '${String(params["type"])}'`;
    case "enum":
      return `${subject} is not one of ${quoted(params["allowedValues"] as unknown[])}`;
    case "const":
      return `${subject} is not ${showValue(params["allowedValue"])}`;
    case "pattern":
      return `${subject} does not match the pattern ${showValue(params["pattern"])}`;
    case "required":
      return `${owner} lacks the required property ${showValue(params["missingProperty"])}`;
    case "additionalProperties":
      return `${owner} has the property ${showValue(params["additionalProperty"])}, which is not allowed there`;
    case "unevaluatedProperties":
      return `${owner} has the property ${showValue(params["unevaluatedProperty"])}, which is not allowed there`;
    case "minItems":
    case "maxItems": {
      const count = Array.isArray(value) ? value.length : 0;
      const bound = failure.keyword === "minItems" ? "at least" : "at most";
      return `${subject} has ${count} items: expected ${bound} ${String(params["limit"])}`;
    }
    default:
      return `${subject} fails the '${failure.keyword}' rule of the schema`;
  }
}

/** How to name places: paths are prefixed with `prefix`; the document itself is `rootLabel`. */
interface Naming {
  readonly prefix: string;
  readonly rootLabel: string;
}

const PLAIN: Naming = { prefix: "", rootLabel: "the document" };

function describe(failure: CompiledError, document: unknown, naming: Naming): string {
  const relative = dottedPath(failure.instancePath);
  const path = joinPath(naming.prefix, relative);
  const value = valueAt(document, failure.instancePath);
  const subject = path === "" ? showValue(value) : `${showValue(value)} at ${path}`;
  const owner = relative === "" ? naming.rootLabel : path;
  return problem(failure, subject, owner, value);
}

/** The failure of an `anyOf`, explained by the failures of its branches. */
function describeNoBranchMatched(
  failure: CompiledError,
  branches: readonly CompiledError[],
  document: unknown,
  naming: Naming,
): string {
  const path = joinPath(naming.prefix, dottedPath(failure.instancePath));
  const value = valueAt(document, failure.instancePath);
  const subject = path === "" ? showValue(value) : `${showValue(value)} at ${path}`;
  const relevant = branches.filter((branch) => branch.keyword !== "anyOf");
  const here = relevant.filter((branch) => branch.instancePath === failure.instancePath);
  if (here.length > 0 && here.length === relevant.length && here.every((branch) => branch.keyword === "type")) {
    const types = [...new Set(here.map((branch) => `'${String(branch.params["type"])}'`))];
    return `${subject} is not of type ${types.join(" or ")}`;
  }
  const reasons = [
    ...new Set(
      relevant.map((branch) =>
        branch.instancePath === failure.instancePath
          ? problem(branch, "it", "it", value)
          : describe(branch, document, naming),
      ),
    ),
  ];
  if (reasons.length === 0 || reasons.length > 4) return `${subject} matches none of the allowed forms`;
  return `${subject} matches none of the allowed forms: ${reasons.join("; or ")}`;
}

/**
 * The issues of one failed validation, from the failures a compiled validator reported.
 *
 * `naming` places the document inside something larger (an envelope): its paths get
 * `prefix` and the document itself is called `rootLabel`.
 */
export function issuesFrom(
  failures: readonly CompiledError[] | null | undefined,
  document: unknown,
  naming: Naming = PLAIN,
): ValidationIssue[] {
  const last = failures?.at(-1);
  if (failures === null || failures === undefined || last === undefined) {
    return [{ path: naming.prefix, message: `${naming.rootLabel} does not conform to its schema` }];
  }
  const message =
    last.keyword === "anyOf"
      ? describeNoBranchMatched(last, failures.slice(0, -1), document, naming)
      : describe(last, document, naming);
  return [{ path: joinPath(naming.prefix, dottedPath(last.instancePath)), message }];
}
