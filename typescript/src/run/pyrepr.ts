/**
 * Python's renderings of values, so that findings read word for word as the Python
 * package's: `repr`, reprlib's shortened repr, type names and JSON paths.
 *
 * JSON numbers that are whole are shown as Python shows an `int` (JavaScript cannot
 * tell `5` from `5.0` once parsed).
 *
 * @module
 */

/** Python's type name of a parsed JSON value: str, int, float, bool, NoneType, list, dict. */
export function pyTypeName(value: unknown): string {
  if (value === null || value === undefined) return "NoneType";
  if (typeof value === "string") return "str";
  if (typeof value === "boolean") return "bool";
  if (typeof value === "number") return Number.isInteger(value) ? "int" : "float";
  if (Array.isArray(value)) return "list";
  return "dict";
}

const NOT_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/** Python's escape of a character `str.isprintable()` refuses: \xhh, \uhhhh or \Uhhhhhhhh. */
function escapeCode(code: number): string {
  if (code < 0x100) return `\\x${code.toString(16).padStart(2, "0")}`;
  if (code < 0x10000) return `\\u${code.toString(16).padStart(4, "0")}`;
  return `\\U${code.toString(16).padStart(8, "0")}`;
}

/** `repr(x)` of a Python str. */
export function pyStrRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === quote || char === "\\") out += `\\${char}`;
    else if (char === "\n") out += "\\n";
    else if (char === "\r") out += "\\r";
    else if (char === "\t") out += "\\t";
    else if (char !== " " && NOT_PRINTABLE.test(char)) out += escapeCode(code);
    else out += char;
  }
  return out + quote;
}

/** Python's order of two str: by code point (JavaScript's `<` compares UTF-16 units). */
export function comparePyStrings(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  const shared = Math.min(left.length, right.length);
  for (let index = 0; index < shared; index += 1) {
    const difference = (left[index]?.codePointAt(0) ?? 0) - (right[index]?.codePointAt(0) ?? 0);
    if (difference !== 0) return difference;
  }
  return left.length - right.length;
}

/** `repr(x)` of a Python float (shortest round-trip digits, exponent below 1e-4 and from 1e16). */
export function floatRepr(value: number): string {
  if (Number.isNaN(value)) return "nan";
  if (!Number.isFinite(value)) return value > 0 ? "inf" : "-inf";
  if (value === 0) return Object.is(value, -0) ? "-0.0" : "0.0";
  const [mantissa = "0", exponentText = "0"] = value.toExponential().split("e");
  const exponent = Number(exponentText);
  const negative = mantissa.startsWith("-");
  const digits = mantissa.replace("-", "").replace(".", "");
  const sign = negative ? "-" : "";
  if (exponent < -4 || exponent >= 16) {
    const body = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const power = Math.abs(exponent).toString().padStart(2, "0");
    return `${sign}${body}e${exponent < 0 ? "-" : "+"}${power}`;
  }
  if (exponent < 0) return `${sign}0.${"0".repeat(-exponent - 1)}${digits}`;
  const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, "0");
  const fraction = digits.slice(exponent + 1);
  return `${sign}${whole}.${fraction === "" ? "0" : fraction}`;
}

/** `repr(x)` of a Python int: every digit, also past 1e16 (where JavaScript writes an exponent). */
function intRepr(value: number): string {
  return Math.abs(value) < 1e16 ? String(value) : BigInt(value).toString();
}

function numberRepr(value: number): string {
  return Number.isInteger(value) ? intRepr(value) : floatRepr(value);
}

/** `repr(x)` of a parsed JSON value, as Python prints it (dicts in insertion order). */
export function pyRepr(value: unknown): string {
  if (value === null || value === undefined) return "None";
  if (typeof value === "string") return pyStrRepr(value);
  if (typeof value === "boolean") return value ? "True" : "False";
  if (typeof value === "number") return numberRepr(value);
  if (Array.isArray(value)) return `[${value.map(pyRepr).join(", ")}]`;
  const entries = Object.entries(value as Record<string, unknown>);
  return `{${entries.map(([key, item]) => `${pyStrRepr(key)}: ${pyRepr(item)}`).join(", ")}}`;
}

const MAX_LEVEL = 2;
const MAX_STRING = 60;
const MAX_OTHER = 60;
const MAX_LONG = 40;
const MAX_ITEMS = 4;

function cutMiddle(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const head = Math.max(0, Math.floor((limit - 3) / 2));
  const tail = Math.max(0, limit - 3 - head);
  return text.slice(0, head) + "..." + text.slice(text.length - tail);
}

function shortString(text: string): string {
  const chars = Array.from(text);
  const shown = pyStrRepr(chars.slice(0, MAX_STRING).join(""));
  if (shown.length <= MAX_STRING) return shown;
  const head = Math.max(0, Math.floor((MAX_STRING - 3) / 2));
  const tail = Math.max(0, MAX_STRING - 3 - head);
  const kept = pyStrRepr(chars.slice(0, head).join("") + chars.slice(chars.length - tail).join(""));
  return kept.slice(0, head) + "..." + kept.slice(kept.length - tail);
}

function shortAt(value: unknown, level: number): string {
  if (typeof value === "string") return shortString(value);
  if (typeof value === "number") {
    return Number.isInteger(value) ? cutMiddle(intRepr(value), MAX_LONG) : cutMiddle(floatRepr(value), MAX_OTHER);
  }
  if (value === null || value === undefined || typeof value === "boolean") return pyRepr(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    if (level <= 0) return "[...]";
    const pieces = value.slice(0, MAX_ITEMS).map((item) => shortAt(item, level - 1));
    if (value.length > MAX_ITEMS) pieces.push("...");
    return `[${pieces.join(", ")}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 0) return "{}";
  if (level <= 0) return "{...}";
  const pieces = keys
    .sort(comparePyStrings)
    .slice(0, MAX_ITEMS)
    .map((key) => `${shortAt(key, level - 1)}: ${shortAt(record[key], level - 1)}`);
  if (keys.length > MAX_ITEMS) pieces.push("...");
  return `{${pieces.join(", ")}}`;
}

/** reprlib's shortened repr, as the Python package configures it (a few items, two levels). */
export function shortRepr(value: unknown): string {
  return shortAt(value, MAX_LEVEL);
}

/** A short repr cut to `limit` characters (the Python run validator's `_short`). */
export function short(value: unknown, limit = 60): string {
  const text = shortRepr(value);
  return text.length <= limit ? text : text.slice(0, limit - 3) + "...";
}

/** `'x' (str)`: a short rendering of a value followed by its Python type. */
export function describeValue(value: unknown): string {
  return `${shortRepr(value)} (${pyTypeName(value)})`;
}

/** `repr(sorted(keys))` of a list of strings. */
export function sortedListRepr(keys: Iterable<string>): string {
  return pyRepr([...keys].sort(comparePyStrings));
}

/** Sort strings as Python sorts them (by code point). */
export function pySorted(keys: Iterable<string>): string[] {
  return [...keys].sort(comparePyStrings);
}

const JSON_PATH_NAME = /^[a-zA-Z][a-zA-Z0-9_]*$/;

/** A JSON path as jsonschema's `json_path` writes it: `$.data.det[0]`, `$.data['a b']`. */
export function jsonPath(parts: readonly (string | number)[]): string {
  let path = "$";
  for (const part of parts) {
    if (typeof part === "number") path += `[${part}]`;
    else if (JSON_PATH_NAME.test(part)) path += `.${part}`;
    else path += `['${part.replaceAll("\\", "\\\\").replaceAll("'", "\\'")}']`;
  }
  return path;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A path as the Python package's `format_json_path` writes it: `data_keys.det.shape[0]`. */
export function formatJsonPath(parts: readonly (string | number)[]): string {
  let text = "";
  for (const part of parts) {
    if (typeof part === "number") text += `[${part}]`;
    else if (IDENTIFIER.test(part)) text += text === "" ? part : `.${part}`;
    else text += `[${shortRepr(part)}]`;
  }
  return text;
}

/** Python's `str.isidentifier()` (letters, digits and underscores, not starting with a digit). */
export function isPyIdentifier(text: string): boolean {
  return /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(text);
}
