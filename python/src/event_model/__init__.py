"""The bluesky document model: schemas, typed documents, validation and tools.

This module only re-exports; each name lives in a small module of its own.
"""

from typing import Any as _Any

from . import documents
from ._warning_texts import DOCS_PASSED_IN_1_14_0_WARNING  # noqa: F401 -- a public constant of 1.24
from .composition import (
    ComposeDatum,
    ComposeDatumPage,
    ComposeDescriptor,
    ComposeDescriptorBundle,
    ComposeEvent,
    ComposeEventPage,
    ComposeResource,
    ComposeResourceBundle,
    ComposeRunBundle,
    ComposeStop,
    ComposeStreamDatum,
    ComposeStreamResource,
    ComposeStreamResourceBundle,
    compose_datum,
    compose_datum_page,
    compose_descriptor,
    compose_event,
    compose_event_page,
    compose_resource,
    compose_run,
    compose_stop,
    compose_stream_datum,
    compose_stream_resource,
)
from .document_names import DocumentNames
from .documents import *  # noqa: F403 -- the typed documents are part of the top-level API
from .documents import __all__ as _documents_all
from .errors import (
    DataNotAccessible,
    DuplicateHandler,
    EventModelAttributeError,
    EventModelError,
    EventModelIndexError,
    EventModelKeyError,
    EventModelRuntimeError,
    EventModelTypeError,
    EventModelValidationError,
    EventModelValueError,
    InvalidData,
    MismatchedDataKeys,
    UndefinedAssetSpecification,
    UnfilledData,
    UnknownDocumentReference,
    UnresolvableForeignKeyError,
)
from .filling import (
    PATH_SEMANTICS,
    Filler,
    HandlerRegistryView,
    NoFiller,
    as_is,
    default_path_semantics,
    force_numpy,
    register_coercion,
    register_coersion,
)
from .filling.coercion import _coercion_registry  # noqa: F401 -- inspected by 1.24's own tests and users
from .filling.retry import _attempt_with_retries  # noqa: F401 -- 1.24's retry helper, used by its own tests
from .pages import (
    bulk_datum_to_datum_page,
    bulk_events_to_event_pages,
    merge_datum_pages,
    merge_event_pages,
    pack_datum_page,
    pack_event_page,
    rechunk_datum_pages,
    rechunk_event_pages,
    unpack_datum_page,
    unpack_event_page,
    verify_filled,
)
from .routing import DocumentRouter, SingleRunDocumentRouter
from .run_router import RunRouter
from .run_validator import Finding, RunSummary, RunValidator, Severity
from .sanitize import NumpyEncoder, sanitize_doc
from .schema_files import SCHEMA_NAMES, SCHEMA_PATH, schemas
from .strictness import strict_checks, strict_checks_enabled
from .validation import DocumentValidationError, schema_validators, validate_envelope
from .validation.event_schema import event_page_schema_for, event_schema_for

__version__: str  # looked up on first access, by __getattr__ below


def __getattr__(name: str) -> _Any:
    """Look ``__version__`` up when first asked for: importlib.metadata costs a sixth of the import."""
    if name == "__version__":
        from importlib.metadata import version

        installed: str = version("event-model")
        globals()["__version__"] = installed
        return installed
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "__version__",
    # documents and schemas
    "documents",
    "DocumentNames",
    "SCHEMA_NAMES",
    "SCHEMA_PATH",
    "schemas",
    # validation
    "schema_validators",
    "validate_envelope",
    "DocumentValidationError",
    "strict_checks",
    "strict_checks_enabled",
    "event_schema_for",
    "event_page_schema_for",
    "RunValidator",
    "RunSummary",
    "Finding",
    "Severity",
    # composition
    "compose_run",
    "ComposeRunBundle",
    "ComposeDescriptor",
    "ComposeDescriptorBundle",
    "compose_descriptor",
    "ComposeEvent",
    "ComposeEventPage",
    "compose_event",
    "compose_event_page",
    "ComposeResource",
    "ComposeResourceBundle",
    "ComposeDatum",
    "ComposeDatumPage",
    "compose_resource",
    "compose_datum",
    "compose_datum_page",
    "ComposeStreamResource",
    "ComposeStreamResourceBundle",
    "ComposeStreamDatum",
    "compose_stream_resource",
    "compose_stream_datum",
    "ComposeStop",
    "compose_stop",
    # pages
    "pack_event_page",
    "unpack_event_page",
    "pack_datum_page",
    "unpack_datum_page",
    "rechunk_event_pages",
    "rechunk_datum_pages",
    "merge_event_pages",
    "merge_datum_pages",
    "bulk_events_to_event_pages",
    "bulk_datum_to_datum_page",
    "verify_filled",
    "sanitize_doc",
    "NumpyEncoder",
    # routing and filling
    "DocumentRouter",
    "SingleRunDocumentRouter",
    "RunRouter",
    "Filler",
    "NoFiller",
    "HandlerRegistryView",
    "as_is",
    "force_numpy",
    "register_coercion",
    "register_coersion",
    "PATH_SEMANTICS",
    "default_path_semantics",
    # errors
    "EventModelError",
    "EventModelKeyError",
    "EventModelValueError",
    "EventModelRuntimeError",
    "EventModelTypeError",
    "EventModelIndexError",
    "EventModelAttributeError",
    "EventModelValidationError",
    "UnfilledData",
    "UndefinedAssetSpecification",
    "DataNotAccessible",
    "UnresolvableForeignKeyError",
    "UnknownDocumentReference",
    "DuplicateHandler",
    "InvalidData",
    "MismatchedDataKeys",
    *_documents_all,
]
