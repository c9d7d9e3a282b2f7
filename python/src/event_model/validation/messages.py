"""Readable messages for schema errors: where (a JSON path), what was expected, what was found.

jsonschema's own messages start with the full ``repr`` of the offending value,
which for a 10 MB string is a 10 MB message and for a deeply nested value a
RecursionError. These messages show a shortened value instead, name the path in
the document, say what the schema expected, and for objects with unexpected
keys list exactly those keys.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from jsonschema.exceptions import SchemaError, ValidationError

from ..describe import describe_value, short_repr

__all__ = ["is_consequence", "problem_text"]

_TYPE_WORDS = {
    "integer": "an integer",
    "number": "a number",
    "string": "a string",
    "object": "an object",
    "array": "an array",
    "boolean": "a boolean",
    "null": "null",
}


def _quoted_list(items: Iterable[Any]) -> str:
    return ", ".join(short_repr(item) for item in items)


def _types_text(types: Any) -> str:
    names = [types] if isinstance(types, str) else list(types)
    return " or ".join(_TYPE_WORDS.get(name, repr(name)) for name in names)


def _schema_summary(schema: Any) -> str:
    """Say in a few words what one alternative of an anyOf/oneOf accepts."""
    if schema is True or schema == {}:
        return "anything"
    if not isinstance(schema, Mapping):
        return "nothing"
    ref = schema.get("$ref")
    if isinstance(ref, str):
        return ref.rsplit("/", 1)[-1].removesuffix(".json")
    if "const" in schema:
        return short_repr(schema["const"])
    if "enum" in schema:
        return "one of " + _quoted_list(schema["enum"])
    if "type" in schema:
        text = _types_text(schema["type"])
        if "pattern" in schema:
            text += f" matching {schema['pattern']!r}"
        return text
    return "a value of another form"


def _offending_keys(instance: Any, allowed: Sequence[str], patterns: Sequence[str]) -> list[Any]:
    if not isinstance(instance, Mapping):
        return []
    found = []
    for key in instance:
        if key in allowed:
            continue
        try:
            if any(re.search(pattern, key) for pattern in patterns):
                continue
        except TypeError:  # a key that is not a string matches no pattern
            pass
        found.append(key)
    return found


def _declared_properties(
    schema: Any,
    resolve: Any,
    seen: set[int] | None = None,
    keywords: tuple[str, ...] = ("allOf", "anyOf", "oneOf"),
) -> list[str]:
    """Collect the property names declared by *schema* and its *keywords* and $ref parts."""
    seen = set() if seen is None else seen
    if not isinstance(schema, Mapping) or id(schema) in seen:
        return []
    seen.add(id(schema))
    properties = schema.get("properties", {})
    names = list(properties) if isinstance(properties, Mapping) else []
    for keyword in keywords:
        parts = schema.get(keyword, ())
        for part in parts if isinstance(parts, list) else ():
            names.extend(_declared_properties(part, resolve, seen, keywords))
    if isinstance(schema.get("$ref"), str):
        names.extend(_declared_properties(resolve(schema["$ref"]), resolve, seen, keywords))
    return names


def is_consequence(error: ValidationError, resolve: Any) -> bool:
    """Whether *error* is an unevaluatedProperties error caused by another error of the same document.

    A key declared by an ``allOf`` part of the schema (directly or through
    ``$ref``) counts as "unevaluated" only when that part fails, and a failing
    ``allOf`` part reports its own error: ``{**event, "time": "now"}`` fails
    ``PartialEvent`` at ``time``, and therefore also lists ``data``, ``time``,
    ... as unexpected. Such an error says nothing of its own when every key it
    reports is declared that way. (``anyOf``/``oneOf`` parts are not counted: one
    of them may fail while the keyword passes, leaving no other error.)
    """
    if error.validator != "unevaluatedProperties" or not isinstance(error.instance, Mapping):
        return False
    schema = error.schema if isinstance(error.schema, Mapping) else {}
    try:
        declared = set(_declared_properties(schema, resolve, keywords=("allOf",)))
    except Exception:  # an unresolvable part: the error keeps its place
        return False
    patterns = schema.get("patternProperties", {})
    return not _offending_keys(
        error.instance, sorted(declared), list(patterns) if isinstance(patterns, Mapping) else []
    )


def _keys_problem(error: ValidationError | SchemaError, resolve: Any) -> str:
    schema = error.schema if isinstance(error.schema, Mapping) else {}
    if error.validator == "unevaluatedProperties":
        allowed = sorted(set(_declared_properties(schema, resolve)))
        patterns: list[str] = []
    else:
        allowed = sorted(schema.get("properties", {}))
        patterns = sorted(schema.get("patternProperties", {}))
    offending = _offending_keys(error.instance, allowed, patterns)
    if not offending:
        return _fallback(error)
    noun = "key" if len(offending) == 1 else "keys"
    text = f"unexpected {noun} {_quoted_list(sorted(offending, key=str))}"
    rules = []
    if allowed:
        rules.append("the keys " + ", ".join(allowed))
    if patterns:
        rules.append("keys matching " + " or ".join(repr(p) for p in patterns))
    if rules:
        text += f" (allowed: {'; '.join(rules)})"
    return text


def _fallback(error: ValidationError | SchemaError) -> str:
    message = str(error.message)
    return message if len(message) <= 300 else message[:297] + "..."


_REQUIRED_MESSAGE = re.compile(r"^(?P<key>'[^'\\]*'|\"[^\"\\]*\") is a required property$")


def _required_key(error: ValidationError | SchemaError) -> str | None:
    """The key a ``required`` error of jsonschema is about (its message names it), or None."""
    match = _REQUIRED_MESSAGE.match(str(error.message))
    return match["key"][1:-1] if match else None


def problem_text(error: ValidationError | SchemaError, resolve: Any) -> str:
    """Say what *error* found wrong: what the schema expected and what the document holds.

    *resolve* maps a ``$ref`` string of the error's schema to the schema it names.
    """
    keyword = error.validator
    value: Any = error.validator_value
    instance: Any = error.instance
    got = f", got {describe_value(instance)}"
    if keyword == "type":
        return f"expected {_types_text(value)}{got}"
    if keyword == "required" and isinstance(instance, Mapping):
        missing = [name for name in value if name not in instance]
        # jsonschema yields one error per missing key (as event-model 1.24 did): the first lists
        # them all, so that it alone says what to add; each later one names its own key only.
        own = _required_key(error)
        if own is not None and own in missing and own != missing[0]:
            return f"missing required key {short_repr(own)}"
        noun = "key" if len(missing) == 1 else "keys"
        return f"missing required {noun} {_quoted_list(missing)}"
    if keyword in ("additionalProperties", "unevaluatedProperties"):
        return _keys_problem(error, resolve)
    if keyword == "const":
        return f"expected {short_repr(value)}{got}"
    if keyword == "enum":
        return f"expected one of {_quoted_list(value)}{got}"
    if keyword == "pattern":
        return f"expected a string matching {value!r}{got}"
    if keyword in ("minItems", "maxItems"):
        bound = "at least" if keyword == "minItems" else "at most"
        try:
            count = f", got {len(instance)}"
        except TypeError:
            count = got
        return f"expected {bound} {value} items{count}"
    if keyword in ("anyOf", "oneOf") and isinstance(value, list):
        return f"expected {' or '.join(_schema_summary(each) for each in value)}{got}"
    if keyword is None and error.schema is False:
        return f"no value is allowed here{got}"
    return _fallback(error)
