"""Validate documents against their JSON Schemas: ``schema_validators`` and ``validate_envelope``.

Each validator offers the jsonschema validator interface (``validate``,
``is_valid``, ``iter_errors``) and gives exactly the verdicts of event-model
1.24.0: jsonschema's draft 2020-12 validator whose "array" type also admits
tuples and objects with ``__array__`` (numpy arrays). That pure-Python
*reference* validator is slow, so each validator also holds a jsonschema-rs
validator compiled once from its schema: when that one says "valid" (and it is
built so that its "valid" implies the reference's), the answer is immediate.
When it rejects a document or cannot read a value in it (numpy scalars, NaN,
tuples of odd things, non-string keys, ...), the reference decides and explains.

Set the environment variable ``EVENT_MODEL_VALIDATOR=reference`` (or build
validators with ``build_schema_validators(mode="reference")``) to use the
reference alone, for debugging; without jsonschema-rs that is what happens
anyway.

Errors raised by ``validate`` are :class:`DocumentValidationError`, which is both
a ``jsonschema.exceptions.ValidationError`` and an
:class:`~event_model.errors.EventModelValidationError`; the message names the
document type, the JSON path of the problem and what was expected. Validation
never changes the document, never fetches a remote ``$ref``, and refuses
documents nested more than ``MAX_NESTING_DEPTH`` levels deep where the schema
is recursive, instead of crashing.

The module is a little over 400 lines because ``SchemaValidator`` is one class
whose parts (lazy compiling, the fast verdict, the reference's explanation,
pickling) share its state; the work each part delegates lives in the sibling
modules (``proof``, ``reference``, ``explain``, ``order``, ``exceptions``).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import jsonschema.exceptions
import referencing
import referencing.exceptions
from jsonschema.exceptions import ValidationError

from ..describe import format_json_path, short_repr
from ..document_names import DocumentNames
from ..errors import EventModelValueError
from ..schema_files import ENVELOPE_SCHEMA_NAME, load_schema, schemas
from .exceptions import (
    DocumentValidationError,
    InvalidSchemaType,
    InvalidSchemaValue,
    UnreadableDocumentError,
    most_specific,
)
from .explain import FastErrorExplainer
from .fast import compile_fast_validator
from .guard import (
    NestingGuard,
    NestingTooDeep,
    Sharing,
    compile_nesting_guard,
    inspect_sharing,
    locate_deepest,
    locate_non_string_key,
)
from .integers import IntegerCheck, UnsupportedIntegerLayout, compile_integer_check
from .messages import is_consequence, problem_text
from .order import order_key
from .proof import agrees_on_probes, fast_proof, never_proves
from .reference import ReadingsReferenceValidator, ReferenceValidator, local_registry
from .standins import compile_stand_ins

__all__ = [
    "ENVELOPE_SCHEMA",
    "FAST",
    "MAX_NESTING_DEPTH",
    "REFERENCE",
    "VALIDATOR_ENV_VAR",
    "SchemaValidator",
    "build_schema_validators",
    "schema_uris",
    "schema_validator_for",
    "schema_validators",
]


VALIDATOR_ENV_VAR = "EVENT_MODEL_VALIDATOR"
"""Environment variable choosing the validators: ``fast`` (the default) or ``reference``."""


FAST = "fast"


REFERENCE = "reference"


_MODES = {"": FAST, "auto": FAST, FAST: FAST, REFERENCE: REFERENCE}


MAX_NESTING_DEPTH = 256
"""How deep a document may nest where its schema recurses (event-model 1.24.0 manages ~230)."""


MAX_NESTED_CONTAINERS = 1_000_000
"""How many containers a walk of a document may meet (shared ones counted each time) before it is refused."""


def _resolve_mode(mode: str | None) -> str:
    requested = os.environ.get(VALIDATOR_ENV_VAR, "") if mode is None else mode
    try:
        return _MODES[requested.strip().lower()]
    except KeyError:
        raise EventModelValueError(
            f"{requested!r} is not a validator mode: expected 'fast' or 'reference' "
            f"(argument mode= or environment variable {VALIDATOR_ENV_VAR})"
        ) from None


# Attributes of a SchemaValidator that exist once its schema is compiled (see SchemaValidator._compile).


_COMPILED_ATTRIBUTES = frozenset(
    {"_reference", "_resolver", "_integer_check", "_explainer", "mode", "_proves_valid"}
)


class SchemaValidator:
    """Validate documents of one type: the jsonschema validator interface, 1.24.0's verdicts.

    Build it once and share it (it is thread-safe): compiling the schema is the
    expensive part, done on first use rather than when the validator is made.
    ``mode`` is ``"fast"`` (jsonschema-rs first, the reference when it rejects) or
    ``"reference"`` (the reference alone); None reads the environment variable
    ``EVENT_MODEL_VALIDATOR``. ``numpy_scalars=True`` makes
    the reference count numpy integers and booleans as JSON integers and booleans
    (for schemas of readings from a live stream; 1.24.0's schemas do not).
    """

    def __init__(
        self,
        schema: Mapping[str, Any],
        *,
        document_name: str,
        registry: referencing.Registry[Any],
        mode: str | None = None,
        other_schemas: Mapping[str, Mapping[str, Any]] | None = None,
        numpy_scalars: bool = False,
    ) -> None:
        self.schema = schema
        self.document_name = document_name
        self._registry = registry
        self._other_schemas = other_schemas
        self.requested_mode = _resolve_mode(mode)
        self._numpy_scalars = numpy_scalars
        self._ad_hoc = not other_schemas and not any(True for _ in registry)
        self._guard_lock = threading.Lock()
        # False until first needed: only the slow path uses the guard.
        self._guard: NestingGuard | bool | None = False
        self._compile_lock = threading.Lock()

    def __getattr__(self, name: str) -> Any:
        """Compile the validators on first use of any of them (so that importing event_model stays cheap)."""
        if name not in _COMPILED_ATTRIBUTES:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        self._compile()
        return object.__getattribute__(self, name)

    def _compile(self) -> None:
        """Build the reference validator and, in fast mode, the jsonschema-rs path that proves validity."""
        with self._compile_lock:
            if "_proves_valid" in self.__dict__:
                return  # another thread compiled it while this one waited
            schema, registry, other_schemas = self.schema, self._registry, self._other_schemas
            reference_class = ReadingsReferenceValidator if self._numpy_scalars else ReferenceValidator
            reference = reference_class(schema, registry=registry)
            resolver = registry.resolver(base_uri=str(schema.get("$id", "")))
            fast = None
            proves_valid: Callable[[Any], bool] = never_proves
            integer_check: IntegerCheck | None = None
            if self.requested_mode == FAST:
                fast = compile_fast_validator(schema, MAX_NESTING_DEPTH, other_schemas)
            if fast is not None and not agrees_on_probes(fast.is_valid, reference.is_valid):
                fast = None  # a jsonschema-rs release that accepts what it should not: never trust it
            if fast is not None:
                try:
                    checked_integers = compile_integer_check(schema, registry)
                    stand_ins = compile_stand_ins(schema, registry, reference_class.TYPE_CHECKER.is_type)
                except (UnsupportedIntegerLayout, referencing.exceptions.Unresolvable):
                    fast = None  # the fast verdict could not be made trustworthy: reference only
                else:
                    proves_valid = fast_proof(fast.is_valid, checked_integers, stand_ins)
                    integer_check = checked_integers
            # Confirming jsonschema-rs errors is only done within a single schema resource.
            explainer = None
            if fast is not None and not other_schemas:
                explainer = FastErrorExplainer(schema, reference, fast)
            self._reference = reference
            self._resolver = resolver
            self._integer_check = integer_check
            self._explainer = explainer
            self.mode = REFERENCE if fast is None else FAST
            self._proves_valid = proves_valid  # last: its presence marks the compilation done

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle as the recipe that builds it again (compiled validators do not pickle), as Dask needs."""
        if self._ad_hoc:
            recipe = (dict(self.schema), self.document_name, self.requested_mode, self._numpy_scalars)
            return (_rebuild_ad_hoc, recipe)
        return (_rebuild_packaged, (self.document_name, self.requested_mode, self.schema is ENVELOPE_SCHEMA))

    def __repr__(self) -> str:
        return f"<SchemaValidator {self.document_name!r} mode={self.mode!r}>"

    def is_valid(self, document: Any) -> bool:
        """Return whether *document* conforms to the schema.

        Raises UnreadableDocumentError (a TypeError, as in event-model 1.24.0) for a
        document that holds what no validator can read.
        """
        if self._proves_valid(document):
            return True
        errors = self._slow_errors(document, first_only=True)
        if errors and isinstance(errors[0], UnreadableDocumentError):
            raise errors[0]
        return not errors

    def validate(self, document: Any) -> None:
        """Raise DocumentValidationError, the error event-model 1.24.0 raises, if *document* is invalid."""
        if self._proves_valid(document):
            return
        errors = self._report_order(document, self._slow_errors(document, first_only=False))
        if errors:
            raise self._wrap(most_specific(errors[0]))

    def iter_errors(self, document: Any) -> Iterator[DocumentValidationError]:
        """Yield every error of *document* that is a cause, in the order event-model 1.24.0 reports them."""
        if self._proves_valid(document):
            return
        errors = self._report_order(document, self._slow_errors(document, first_only=False, confirm=False))
        if not errors:
            return
        if isinstance(errors[0], UnreadableDocumentError):
            raise errors[0]
        best = most_specific(errors[0])
        yield self._wrap(best)
        for error in errors:
            if error is not best:
                yield self._wrap(error)

    def _report_order(self, document: Any, errors: list[ValidationError]) -> list[ValidationError]:
        """Return the errors of *document* that are causes, in the order event-model 1.24.0 reports them.

        Errors that only follow from another error of the same document are
        dropped, such as the "unevaluated properties" of an event whose ``time``
        is a string: ``time`` fails the ``PartialEvent`` part, so none of that
        part's keys count as evaluated, and the error at ``time`` is the one to
        report. (If every error were such a consequence, and a failing allOf
        part always reports its own, all would be kept.) The rest are sorted by
        :func:`~event_model.validation.order.order_key`.
        """
        causes = [error for error in errors if not is_consequence(error, self._resolve)] or errors
        if len(causes) < 2:
            return causes
        return sorted(causes, key=lambda error: order_key(error, document, self.schema, self._resolve))

    def _nesting_guard(self) -> NestingGuard | None:
        """Return the nesting guard of the schema (None: it does not recurse), compiled on first use."""
        with self._guard_lock:
            if self._guard is False:
                try:
                    self._guard = compile_nesting_guard(
                        self.schema, self._registry, MAX_NESTING_DEPTH, MAX_NESTED_CONTAINERS
                    )
                except referencing.exceptions.Unresolvable:
                    self._guard = None  # the reference validator reports the broken $ref itself
            assert self._guard is not True
            return self._guard

    def _resolve(self, ref: str) -> Any:
        try:
            return self._resolver.lookup(ref).contents
        except Exception:  # only used to word a message
            return {}

    def _wrap(self, error: ValidationError) -> DocumentValidationError:
        if isinstance(error, DocumentValidationError):
            return error
        return DocumentValidationError.from_schema_error(error, self.document_name, self._resolve)

    def _slow_errors(self, document: Any, *, first_only: bool, confirm: bool = True) -> list[ValidationError]:
        """Return the reference's errors for a document the fast path did not prove valid.

        Hostile documents are refused first: containers shared so often that a
        walk (or an error message's repr) would meet millions of them, and nesting
        deeper than the validators can follow. Then, if jsonschema-rs can point
        at the errors (*confirm*), the reference confirms just those; otherwise
        the reference validates the whole document (stopping at the first error
        if *first_only*).
        """
        sharing = inspect_sharing(document, MAX_NESTED_CONTAINERS)
        if sharing.shared and sharing.expanded > MAX_NESTED_CONTAINERS:
            reason = f"shares containers so often that a walk would meet over {MAX_NESTED_CONTAINERS}"
            return [self._special_error(document, "size", (), reason)]
        guard = self._nesting_guard()
        if guard is not None:
            try:
                guard.check(document)
            except NestingTooDeep as too_deep:
                return [self._special_error(document, "nesting", too_deep.path, too_deep.reason)]
        if confirm and self._explainer is not None and self._may_confirm(document, sharing):
            try:
                confirmed = self._explainer.confirmed_errors(document)
            except Exception:  # the full reference run below reports it properly
                confirmed = []
            if confirmed:
                return confirmed
        try:
            if first_only:
                first = next(iter(self._reference.iter_errors(document)), None)
                return [] if first is None else [first]
            return list(self._reference.iter_errors(document))
        except RecursionError:
            path = locate_deepest(document, MAX_NESTING_DEPTH)
            reason = "nested too deeply for the reference validator to explain"
            return [self._special_error(document, "nesting", path, reason)]
        except Exception as unreadable:  # hostile objects: refuse, never crash
            return [self._unreadable_error(document, unreadable)]

    def _may_confirm(self, document: Any, sharing: Sharing) -> bool:
        """Whether jsonschema-rs's errors can stand for the reference's on this document.

        Not when containers are shared (jsonschema-rs copies the values of its
        errors, which could take forever) nor when a Decimal sits where an integer
        belongs (jsonschema-rs accepts it, so it would not point at that error).
        """
        if sharing.shared:
            return False
        try:
            return self._integer_check is None or self._integer_check(document)
        except Exception:  # a hostile container: let the full reference run judge it
            return False

    def _unreadable_error(self, document: Any, problem: Exception) -> DocumentValidationError:
        """Make the error for a document whose values the reference validator choked on."""
        summary = f"{type(problem).__name__}: {problem}"[:200]
        path = locate_non_string_key(document)
        if path is not None:
            reason = f"an object has a key that is not a string ({summary})"
        else:
            path = ()
            reason = f"holds a value the validator cannot inspect ({summary})"
        error_class = UnreadableDocumentError if isinstance(problem, TypeError) else DocumentValidationError
        return self._special_error(
            document, "unreadable", path, reason, cause=problem, error_class=error_class
        )

    def _special_error(
        self,
        document: Any,
        validator: str,
        path: tuple[str | int, ...],
        reason: str,
        cause: Exception | None = None,
        error_class: type[DocumentValidationError] = DocumentValidationError,
    ) -> DocumentValidationError:
        """Make the error for a document that cannot be validated at all."""
        json_path = format_json_path(path)
        where = f"at {json_path}" if json_path else "at the top level"
        return error_class(
            f"{self.document_name} document {where}: {reason}",
            document_name=self.document_name,
            problem=reason,
            validator=validator,
            validator_value=MAX_NESTING_DEPTH if validator == "nesting" else None,
            path=path,
            instance=document,
            schema=self.schema,
            cause=cause,
        )


ENVELOPE_SCHEMA = load_schema(ENVELOPE_SCHEMA_NAME)
"""The envelope schema, ``document.json``."""


def schema_uris() -> dict[str, Mapping[str, Any]]:
    return {str(schema["$id"]): schema for schema in schemas.values()}


def schema_validator_for(
    schema: Mapping[str, Any], *, document_name: str, mode: str | None = None, numpy_scalars: bool = False
) -> SchemaValidator:
    """Build a validator of documents against an ad-hoc *schema*, one that refers to nothing outside itself.

    Such as the schema of one stream's events built from its descriptor
    (:func:`event_model.event_schema.event_schema_for`). Errors name the document
    as *document_name*; *mode* and *numpy_scalars* are as for SchemaValidator. A
    ``$ref`` to another resource fails: nothing is looked up or fetched.
    Raises :class:`InvalidSchemaType` (a TypeError) when *schema* is not a
    mapping, :class:`InvalidSchemaValue` (a ValueError) when it is not a valid
    JSON Schema.
    """
    if not isinstance(schema, Mapping):
        raise InvalidSchemaType(
            f"{short_repr(schema)} is not a schema for {document_name} documents: "
            f"expected a JSON Schema as a mapping, got {type(schema).__name__}",
            document_name=document_name,
        )
    validator = SchemaValidator(
        schema,
        document_name=document_name,
        registry=referencing.Registry(),
        mode=mode,
        numpy_scalars=numpy_scalars,
    )
    if validator.mode != validator.requested_mode:
        # jsonschema-rs refused it: perhaps not a schema at all. Checking costs ~10 ms, so only here.
        try:
            ReferenceValidator.check_schema(dict(schema))
        except jsonschema.exceptions.SchemaError as error:
            json_path = format_json_path(error.absolute_path)
            where = f"at {json_path}" if json_path else "at the top level"
            raise InvalidSchemaValue(
                f"the schema for {document_name} documents is not a valid JSON Schema {where}: "
                f"{problem_text(error, lambda ref: {})}",
                document_name=document_name,
            ) from None
    return validator


def _rebuild_ad_hoc(
    schema: dict[str, Any], document_name: str, mode: str, numpy_scalars: bool
) -> SchemaValidator:
    """Unpickle a validator made by schema_validator_for."""
    return schema_validator_for(schema, document_name=document_name, mode=mode, numpy_scalars=numpy_scalars)


def _rebuild_packaged(document_name: str, mode: str, envelope: bool) -> SchemaValidator:
    """Unpickle a validator of a packaged schema: the shared one when its mode is the default."""
    from .envelope import build_envelope_validator, envelope_validator  # envelope builds on this module

    if envelope:
        shared = mode == _resolve_mode(None)
        return envelope_validator().envelope if shared else build_envelope_validator(mode)
    name = DocumentNames(document_name)
    if mode == schema_validators[name].requested_mode:
        return schema_validators[name]
    return build_schema_validators(mode)[name]


def build_schema_validators(mode: str | None = None) -> dict[DocumentNames, SchemaValidator]:
    """Build one validator per document type (see SchemaValidator for *mode*)."""
    registry = local_registry({**schema_uris(), "envelope": ENVELOPE_SCHEMA})
    return {
        name: SchemaValidator(schema, document_name=name.value, registry=registry, mode=mode)
        for name, schema in schemas.items()
    }


schema_validators: dict[DocumentNames, SchemaValidator] = build_schema_validators()
"""The validator of each document type."""
