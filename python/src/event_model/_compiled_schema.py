"""A JSON Schema compiled once: a fast yes/no from jsonschema-rs, explanations from jsonschema.

The run validator builds one of these per descriptor (the schema of that stream's
events). Valid documents, the common case, cost one call into jsonschema-rs;
only an invalid document is validated a second time, by the pure-Python
``jsonschema`` package, whose errors carry the JSON path and a readable message.
If jsonschema-rs is missing, ``jsonschema`` does both jobs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import jsonschema

try:
    import jsonschema_rs
except ImportError:  # pragma: no cover - jsonschema-rs is a declared dependency
    jsonschema_rs = None  # type: ignore[assignment]

__all__ = ["CompiledSchema", "SchemaError", "as_plain_json", "json_path_of"]


@dataclass(frozen=True)
class SchemaError:
    """One reason a document fails a schema: where (JSON path), why, and the schema keyword."""

    path: str
    message: str
    keyword: str
    parts: tuple[str | int, ...] = ()


def _refuse_retrieval(uri: str) -> Any:
    """Refuse to fetch a schema from the network (every reference must resolve locally)."""
    raise OSError(f"{uri!r} is not a schema shipped with event_model; schemas are never fetched")


class CompiledSchema:
    """One JSON Schema, compiled once, checked many times."""

    def __init__(self, schema: Mapping[str, Any]) -> None:
        self.schema = schema
        self._explainer: Any = None
        # The compiled check itself: the fastest, but it rejects or raises on values that are not plain JSON.
        self.fast_is_valid: Callable[[Any], bool]
        self._fast_iter_errors: Callable[[Any], Any] | None = None
        if jsonschema_rs is not None:
            compiled = jsonschema_rs.validator_for(dict(schema), retriever=_refuse_retrieval)
            self.fast_is_valid = compiled.is_valid
            self._fast_iter_errors = compiled.iter_errors
        else:  # pragma: no cover - exercised only without jsonschema-rs
            self.fast_is_valid = self._python_validator().is_valid

    def is_valid(self, instance: Any) -> bool:
        """Tell whether ``instance`` satisfies the schema.

        jsonschema-rs rejects (or refuses) values that are not plain JSON types:
        numpy arrays and scalars, subclasses of float or str, non-dict mappings.
        So a rejection is checked again on a plain copy (``instance`` itself is
        never modified); valid documents, the common case, take one call.
        """
        try:
            if self.fast_is_valid(instance):
                return True
        except (ValueError, TypeError):
            pass
        except RecursionError:
            return False
        try:
            return bool(self.fast_is_valid(as_plain_json(instance)))
        except (ValueError, TypeError, RecursionError):
            return False

    def errors(self, instance: Any) -> list[SchemaError]:
        """List every reason ``instance`` fails the schema (empty when it is valid)."""
        try:
            plain = as_plain_json(instance)
            return [
                SchemaError(error.json_path, error.message, str(error.validator), tuple(error.absolute_path))
                for error in self._python_validator().iter_errors(plain)
            ]
        except RecursionError:  # too deep for the pure-Python explainer: jsonschema-rs words it
            return self._fast_errors(instance)

    def _fast_errors(self, instance: Any) -> list[SchemaError]:
        """The reasons jsonschema-rs gives, for documents the pure-Python explainer cannot follow."""
        if self._fast_iter_errors is not None:
            try:
                return [
                    SchemaError(
                        json_path_of(error.instance_path),
                        str(error.message),
                        type(error.kind).__name__.lower(),
                        tuple(error.instance_path),
                    )
                    for error in self._fast_iter_errors(instance)
                ]
            except (ValueError, TypeError, RecursionError):
                pass
        reason = "the document fails the schema, but is nested too deeply to say where"
        return [SchemaError("$", reason, "depth")]

    def _python_validator(self) -> Any:
        """The pure-Python validator, built on first need."""
        if self._explainer is None:
            validator_class = jsonschema.validators.validator_for(
                self.schema, default=jsonschema.Draft202012Validator
            )
            self._explainer = validator_class(self.schema)
        return self._explainer


def json_path_of(parts: Iterable[Any]) -> str:
    """Write a path inside a document as ``$.data.det[3]`` (as jsonschema's ``json_path`` does)."""
    return "$" + "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in parts)


def as_plain_json(value: Any) -> Any:
    """Return a copy of ``value`` made of plain JSON types (dict, list, str, int, float, bool, None).

    Numpy arrays and scalars become lists and Python scalars (through their
    ``tolist``), tuples become lists, other mappings become dicts. Anything else
    is returned as it is, for the schema to judge.
    """
    kind = type(value)
    if kind is str or kind is float or kind is int or kind is bool or value is None:
        return value
    if isinstance(value, Mapping):
        return {key: as_plain_json(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [as_plain_json(item) for item in value]
    to_list = getattr(value, "tolist", None)
    if callable(to_list):  # numpy arrays and scalars
        return as_plain_json(to_list())
    for plain_type in (bool, int, float, str):  # subclasses such as numpy.float64 or enum members
        if isinstance(value, plain_type):
            return plain_type(value)
    return value
