"""The JSON Schemas shipped as package data, loaded once at import."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from .document_names import DocumentNames

SCHEMA_PATH = "schemas"
"""Folder of the schema files inside the package."""

SCHEMA_NAMES: dict[DocumentNames, str] = {
    DocumentNames.start: "schemas/run_start.json",
    DocumentNames.stop: "schemas/run_stop.json",
    DocumentNames.event: "schemas/event.json",
    DocumentNames.event_page: "schemas/event_page.json",
    DocumentNames.descriptor: "schemas/event_descriptor.json",
    DocumentNames.datum: "schemas/datum.json",
    DocumentNames.datum_page: "schemas/datum_page.json",
    DocumentNames.resource: "schemas/resource.json",
    DocumentNames.stream_datum: "schemas/stream_datum.json",
    DocumentNames.stream_resource: "schemas/stream_resource.json",
    DocumentNames.bulk_datum: "schemas/bulk_datum.json",
    DocumentNames.bulk_events: "schemas/bulk_events.json",
}
"""Path of each document type's schema, relative to the package."""

ENVELOPE_SCHEMA_NAME = "schemas/document.json"
"""Path of the envelope schema (a document together with its name)."""


def load_schema(relative_path: str) -> dict[str, Any]:
    """Read one schema file from the package data."""
    ref = resources.files("event_model").joinpath(relative_path)
    with ref.open("r", encoding="utf-8") as stream:
        loaded: dict[str, Any] = json.load(stream)
    return loaded


schemas: dict[DocumentNames, dict[str, Any]] = {
    name: load_schema(path) for name, path in SCHEMA_NAMES.items()
}
"""The JSON Schema of each document type."""
