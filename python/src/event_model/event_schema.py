"""The schema of one stream's events, built from its descriptor (kept at this import path).

The code lives in :mod:`event_model.validation.event_schema`; this module keeps
``event_model.event_schema``, where it was first published, working.
"""

from .validation.event_schema import (
    MAX_DIMENSIONS,
    MAX_LENGTH,
    StreamSchemas,
    UnusableDataKey,
    UnusableDataKeyKeyError,
    UnusableDataKeyTypeError,
    UnusableDataKeyValueError,
    event_keys,
    event_page_schema_for,
    event_schema_for,
    stream_keys,
    stream_schemas,
)

__all__ = [
    "MAX_DIMENSIONS",
    "MAX_LENGTH",
    "StreamSchemas",
    "UnusableDataKey",
    "UnusableDataKeyKeyError",
    "UnusableDataKeyTypeError",
    "UnusableDataKeyValueError",
    "event_keys",
    "event_page_schema_for",
    "event_schema_for",
    "stream_keys",
    "stream_schemas",
]
