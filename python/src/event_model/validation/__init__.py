"""Validate documents against their JSON Schemas: ``schema_validators`` and ``validate_envelope``.

``validators`` holds the public validators (see its docstring for how the fast
jsonschema-rs verdict and the jsonschema reference combine); the other modules
each do one job for it: ``fast`` compiles the jsonschema-rs side, ``reference``
the jsonschema side and its local registry, ``standins``, ``integers`` and
``guard`` make Python-made documents readable to both, ``schema_graph`` walks a
schema, ``explain``, ``order`` and ``messages`` turn failures into the errors
users read. ``event_schema`` builds the schema of one stream's events from its
descriptor.
"""

from .envelope import EnvelopeValidator, build_envelope_validator, envelope_validator, validate_envelope
from .exceptions import (
    DocumentValidationError,
    InvalidSchema,
    InvalidSchemaType,
    InvalidSchemaValue,
    UnreadableDocumentError,
)
from .validators import (
    FAST,
    MAX_NESTING_DEPTH,
    REFERENCE,
    VALIDATOR_ENV_VAR,
    SchemaValidator,
    build_schema_validators,
    schema_validator_for,
    schema_validators,
)

__all__ = [
    "FAST",
    "REFERENCE",
    "MAX_NESTING_DEPTH",
    "VALIDATOR_ENV_VAR",
    "DocumentValidationError",
    "EnvelopeValidator",
    "InvalidSchema",
    "InvalidSchemaType",
    "InvalidSchemaValue",
    "SchemaValidator",
    "UnreadableDocumentError",
    "build_envelope_validator",
    "build_schema_validators",
    "envelope_validator",
    "schema_validator_for",
    "schema_validators",
    "validate_envelope",
]
