"""The reference validator: pure-Python jsonschema, whose verdict is the one that counts.

It is the draft 2020-12 validator of the ``jsonschema`` package with one change,
the one event-model 1.24.0 makes: wherever a schema says ``"type": "array"``, a
tuple or any object with ``__array__`` (a numpy array, for instance) is accepted
as well as a list. Every ``$ref`` resolves inside a local registry of the
package's schemas; a reference to anything else fails instead of being fetched.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import Any

import jsonschema
import jsonschema.validators
import referencing
from jsonschema.protocols import Validator
from referencing.jsonschema import DRAFT202012

__all__ = ["ReadingsReferenceValidator", "ReferenceValidator", "local_registry"]


def _is_array(checker: jsonschema.TypeChecker, instance: object) -> bool:
    """Return whether *instance* counts as a JSON array: list, tuple or array-like."""
    return isinstance(instance, (list, tuple)) or hasattr(instance, "__array__")


_ARRAY_AWARE_TYPES = jsonschema.Draft202012Validator.TYPE_CHECKER.redefine("array", _is_array)

_extend: Any = jsonschema.validators.extend  # untyped in the jsonschema stubs
ReferenceValidator: type[Validator] = _extend(
    jsonschema.Draft202012Validator, type_checker=_ARRAY_AWARE_TYPES
)
"""Draft 2020-12 validator whose "array" type also admits tuples and array-likes."""


def _is_integer_or_numpy_integer(checker: jsonschema.TypeChecker, instance: object) -> bool:
    """Return whether *instance* is a JSON integer, counting numpy integers and integral numpy floats."""
    if _ARRAY_AWARE_TYPES.is_type(instance, "integer"):
        return True
    np = sys.modules.get("numpy")  # a numpy scalar exists only once numpy is loaded
    if np is None:
        return False
    if isinstance(instance, np.integer):
        return True
    return isinstance(instance, np.floating) and bool(np.isfinite(instance)) and float(instance).is_integer()


def _is_boolean_or_numpy_bool(checker: jsonschema.TypeChecker, instance: object) -> bool:
    """Return whether *instance* is a JSON boolean, counting ``numpy.bool_``."""
    if isinstance(instance, bool):
        return True
    np = sys.modules.get("numpy")  # a numpy scalar exists only once numpy is loaded
    return np is not None and isinstance(instance, np.bool_)


_READING_TYPES = _ARRAY_AWARE_TYPES.redefine_many(
    {"integer": _is_integer_or_numpy_integer, "boolean": _is_boolean_or_numpy_bool}
)

ReadingsReferenceValidator: type[Validator] = _extend(
    jsonschema.Draft202012Validator, type_checker=_READING_TYPES
)
"""ReferenceValidator that also counts numpy integers and booleans as JSON integers and booleans.

For schemas of readings as a live stream carries them (ophyd gives numpy
scalars): ``numpy.int64(3)`` is an integer, ``numpy.bool_(True)`` a boolean.
numpy floats are numbers for the stock checker already (they are registered as
``numbers.Real``), and numpy strings are ``str``.
"""


def local_registry(schemas: Mapping[str, Mapping[str, Any]]) -> referencing.Registry[Any]:
    """Return a registry holding each schema under its ``$id``, and nothing retrievable.

    Each schema is registered without its ``"$schema"`` key: a resource naming its
    dialect makes jsonschema switch, on entering it through a ``$ref``, to the stock
    validator class, which would drop the array-aware type checker. The dialect is
    fixed to draft 2020-12 here instead. The given mappings are not modified.
    """
    resources = []
    for schema in schemas.values():
        contents = {key: value for key, value in schema.items() if key != "$schema"}
        resources.append((contents["$id"], DRAFT202012.create_resource(contents)))
    # A Registry without a ``retrieve`` function refuses unknown URIs: nothing is fetched.
    registry: referencing.Registry[Any] = referencing.Registry()
    return registry.with_resources(resources).crawl()
