"""Validating envelopes, a document with its name (``document.json``): ``validate_envelope``."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from typing import Any

from ..describe import format_json_path
from ..document_names import DocumentNames
from .exceptions import DocumentValidationError
from .reference import ReferenceValidator, local_registry
from .validators import ENVELOPE_SCHEMA, SchemaValidator, schema_uris, schema_validators

__all__ = ["EnvelopeValidator", "build_envelope_validator", "envelope_validator", "validate_envelope"]


def build_envelope_validator(mode: str | None = None) -> SchemaValidator:
    """Build the validator of ``document.json``: a document with its name, as object or pair."""
    registry = local_registry({**schema_uris(), "envelope": ENVELOPE_SCHEMA})
    return SchemaValidator(
        ENVELOPE_SCHEMA, document_name="envelope", registry=registry, mode=mode, other_schemas=schema_uris()
    )


class EnvelopeValidator:
    """Validate envelopes, ``{"name": ..., "doc": ...}`` or ``[name, doc]``, against ``document.json``.

    The verdict is the envelope schema's. When the framing is right and the name
    is known, a bad document is explained by the validator of its type (the
    envelope schema alone could only say that none of its 24 alternatives fit).
    """

    def __init__(self, envelope: SchemaValidator, documents: Mapping[DocumentNames, SchemaValidator]) -> None:
        self.envelope = envelope
        self.documents = documents

    def _framed(self, message: Any) -> tuple[SchemaValidator, Any, str | int] | None:
        """Return (validator of the named type, document, where the document sits) if well framed."""
        place: str | int
        if isinstance(message, dict) and len(message) == 2 and "name" in message and "doc" in message:
            name, document, place = message["name"], message["doc"], "doc"
        elif isinstance(message, (list, tuple)) and len(message) == 2:
            name, document, place = message[0], message[1], 1
        else:
            return None
        if not isinstance(name, str) or name not in DocumentNames.__members__:
            return None
        return self.documents[DocumentNames[name]], document, place

    def is_valid(self, message: Any) -> bool:
        """Return whether *message* is a valid named document."""
        if self.envelope._proves_valid(message):
            return True
        framed = self._framed(message)
        if framed is not None and not framed[0].is_valid(framed[1]):
            return False
        return self.envelope.is_valid(message)

    def validate(self, message: Any) -> None:
        """Raise DocumentValidationError unless *message* is a valid named document."""
        if self.envelope._proves_valid(message):
            return
        framed = self._framed(message)
        if framed is not None:
            validator, document, place = framed
            try:
                validator.validate(document)
            except DocumentValidationError as error:
                raise _inside_envelope(error, place) from None
        self.envelope.validate(message)

    def iter_errors(self, message: Any) -> Iterator[DocumentValidationError]:
        """Yield every error of *message* under the envelope schema, the best-matching one first."""
        return self.envelope.iter_errors(message)


def _inside_envelope(error: DocumentValidationError, place: str | int) -> DocumentValidationError:
    """Re-address an error of a document to its place inside the envelope."""
    path = (place, *error.path)
    return DocumentValidationError(
        f"{error.document_name} document in an envelope, at {format_json_path(path)}: {error.problem}",
        document_name=error.document_name,
        problem=error.problem,
        validator=error.validator,
        path=path,
        cause=error.cause,
        context=error.context,
        validator_value=error.validator_value,
        instance=error.instance,
        schema=error.schema,
        schema_path=error.schema_path,
        type_checker=getattr(error, "_type_checker", ReferenceValidator.TYPE_CHECKER),
    )


_envelope_lock = threading.Lock()


_envelope_validators: list[EnvelopeValidator] = []


def envelope_validator() -> EnvelopeValidator:
    """Return the validator of the envelope schema ``document.json``, built on first use."""
    with _envelope_lock:
        if not _envelope_validators:
            _envelope_validators.append(EnvelopeValidator(build_envelope_validator(), schema_validators))
        return _envelope_validators[0]


def validate_envelope(message: Any) -> None:
    """Raise DocumentValidationError unless *message* is a valid named document.

    *message* is ``{"name": ..., "doc": ...}`` or a ``[name, doc]`` pair, as in
    JSON-lines files and on the 0MQ and Kafka bridges.
    """
    envelope_validator().validate(message)
