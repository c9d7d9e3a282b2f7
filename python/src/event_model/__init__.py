"""The bluesky document model: schemas, typed documents, validation and tools.

This module only re-exports; each name lives in a small module of its own.
"""

from importlib.metadata import version as _version

from . import documents
from .document_names import DocumentNames
from .documents import *  # noqa: F403 -- the typed documents are part of the top-level API
from .documents import __all__ as _documents_all
from .errors import (
    DataNotAccessible,
    DuplicateHandler,
    EventModelError,
    EventModelKeyError,
    EventModelRuntimeError,
    EventModelTypeError,
    EventModelValidationError,
    EventModelValueError,
    InvalidData,
    MismatchedDataKeys,
    UndefinedAssetSpecification,
    UnfilledData,
    UnresolvableForeignKeyError,
)
from .schema_files import SCHEMA_NAMES, SCHEMA_PATH, schemas

__version__ = _version("event-model")

__all__ = [
    "__version__",
    "documents",
    "DocumentNames",
    "SCHEMA_NAMES",
    "SCHEMA_PATH",
    "schemas",
    "DataNotAccessible",
    "DuplicateHandler",
    "EventModelError",
    "EventModelKeyError",
    "EventModelRuntimeError",
    "EventModelTypeError",
    "EventModelValidationError",
    "EventModelValueError",
    "InvalidData",
    "MismatchedDataKeys",
    "UndefinedAssetSpecification",
    "UnfilledData",
    "UnresolvableForeignKeyError",
    *_documents_all,
]
