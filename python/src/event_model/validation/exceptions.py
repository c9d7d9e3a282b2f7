"""What validation raises: ``DocumentValidationError`` (an unreadable document too) and invalid schemas."""

from __future__ import annotations

from typing import Any

from jsonschema.exceptions import ValidationError, best_match

from ..describe import format_json_path
from ..errors import EventModelError, EventModelTypeError, EventModelValidationError, EventModelValueError
from .messages import problem_text
from .reference import ReferenceValidator

__all__ = [
    "DocumentValidationError",
    "InvalidSchema",
    "InvalidSchemaType",
    "InvalidSchemaValue",
    "UnreadableDocumentError",
    "most_specific",
]


class InvalidSchema(EventModelError):
    """What :func:`schema_validator_for` was given is not a JSON Schema.

    ``document_name`` names the documents it was meant for.
    """

    def __init__(self, message: str, *, document_name: str) -> None:
        super().__init__(message)
        self.document_name = document_name


class InvalidSchemaType(InvalidSchema, EventModelTypeError):
    """The schema given to :func:`schema_validator_for` is not a mapping."""


class InvalidSchemaValue(InvalidSchema, EventModelValueError):
    """The schema given to :func:`schema_validator_for` breaks the rules of JSON Schema (draft 2020-12)."""


class DocumentValidationError(EventModelValidationError, ValidationError):
    """A document does not conform to the schema of its type.

    Catch it as ``jsonschema.exceptions.ValidationError`` or as
    ``event_model.errors.EventModelValidationError``. Besides jsonschema's
    attributes (``validator``, ``path``, ``instance``, ``schema``, ``json_path``
    such as ``"$.data_keys.det.dtype"``, ...) it carries ``document_name`` (such
    as ``"event"``) and ``problem``, the message without the document and place
    (such as ``"expected an integer, got 'x' (str)"``).
    """

    def __init__(self, message: str, *, document_name: str = "", problem: str = "", **details: Any) -> None:
        ValidationError.__init__(self, message, **details)
        self.document_name = document_name
        self.problem = problem or message

    def __str__(self) -> str:
        return str(self.message)

    def __reduce__(self) -> tuple[Any, ...]:
        details = {
            "validator": self.validator,
            "path": list(self.path),
            "schema_path": list(self.schema_path),
        }
        return (
            _rebuild_error,
            (type(self), self.message, self.document_name, self.problem, details),
        )

    @classmethod
    def from_schema_error(
        cls, error: ValidationError, document_name: str, resolve: Any
    ) -> DocumentValidationError:
        """Wrap one jsonschema error, giving it a message that names document, path and expectation."""
        json_path = format_json_path(error.absolute_path)
        where = f"at {json_path}" if json_path else "at the top level"
        problem = problem_text(error, resolve)
        wrapped = cls(
            f"{document_name} document {where}: {problem}",
            document_name=document_name,
            problem=problem,
            validator=error.validator,
            path=error.absolute_path,
            cause=error.cause,
            context=error.context,
            validator_value=error.validator_value,
            instance=error.instance,
            schema=error.schema,
            schema_path=error.absolute_schema_path,
            type_checker=getattr(error, "_type_checker", ReferenceValidator.TYPE_CHECKER),
        )
        return wrapped


class UnreadableDocumentError(DocumentValidationError, EventModelTypeError):
    """A document holds what no validator can read, such as an object key that is not a string.

    It is also a TypeError, raised by ``is_valid`` and ``iter_errors`` as well as by
    ``validate``, because event-model 1.24.0 raised TypeError from all three there.
    """


def _rebuild_error(
    cls: type[DocumentValidationError],
    message: str,
    document_name: str,
    problem: str,
    details: dict[str, Any],
) -> DocumentValidationError:
    """Recreate a DocumentValidationError from its pickled parts."""
    return cls(message, document_name=document_name, problem=problem, **details)


def most_specific(error: ValidationError) -> ValidationError:
    """Return *error*, or for an anyOf/oneOf error the part error that explains it best.

    That is ``jsonschema.exceptions.best_match`` of the one error: it descends
    into the errors of the alternatives while one of them is more relevant than
    the others (an unexpected key in a ``LimitsRange`` rather than "not valid
    under any of the given schemas"). It is left as it is if best_match fails
    (paths mixing int and str keys, a hostile object in a type check).
    """
    if not error.context:
        return error
    try:
        chosen = best_match([error])
    except Exception:  # incomparable paths or a hostile object in a type check
        chosen = None
    return error if chosen is None else chosen
