"""Where the pipeline reads and writes, and the banner every generated file starts with."""

from __future__ import annotations

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
SCHEMA_DIR = REPO_ROOT / "schemas"

# Python module name -> (schema file, document type title), in the order of the
# `Document` union.
PYTHON_DOCUMENT_SCHEMAS: dict[str, tuple[str, str]] = {
    "datum": ("datum.json", "Datum"),
    "datum_page": ("datum_page.json", "DatumPage"),
    "event": ("event.json", "Event"),
    "event_descriptor": ("event_descriptor.json", "EventDescriptor"),
    "event_page": ("event_page.json", "EventPage"),
    "resource": ("resource.json", "Resource"),
    "run_start": ("run_start.json", "RunStart"),
    "run_stop": ("run_stop.json", "RunStop"),
    "stream_datum": ("stream_datum.json", "StreamDatum"),
    "stream_resource": ("stream_resource.json", "StreamResource"),
}


def generated_banner(source: str, generator: str, comment: str) -> str:
    """The first line of a generated file: what made it, from what, and how to remake it."""
    return (
        f"{comment} GENERATED FILE, do not edit: made from {source} by {generator}; "
        "regenerate with `nox -s codegen`."
    )
