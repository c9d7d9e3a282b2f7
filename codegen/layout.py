"""Where the pipeline reads and writes, which documents it types, and the banner of generated files."""

from __future__ import annotations

import json
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
SCHEMA_DIR = REPO_ROOT / "schemas"
ENVELOPE_SCHEMA = "document.json"
"""The envelope schema ({name, doc} or [name, doc]): the one list of the documents."""

# The envelope still admits the deprecated bulk documents, but they are not part
# of the `Document` union. Nothing in the schemas marks them deprecated except the
# prose of their descriptions, which codegen should not parse; so they are named here.
DEPRECATED_DOCUMENT_NAMES = frozenset({"bulk_datum", "bulk_events"})


def envelope_documents(schema_dir: Path = SCHEMA_DIR) -> list[tuple[str, str]]:
    """(document name, schema file) of every document the envelope admits, in its order.

    Read from the ``Named<Type>`` definitions that ``NamedDocument`` lists.
    """
    definitions = json.loads((schema_dir / ENVELOPE_SCHEMA).read_text())["$defs"]
    table = []
    for branch in definitions["NamedDocument"]["anyOf"]:
        named = definitions[branch["$ref"].removeprefix("#/$defs/")]
        table.append((named["properties"]["name"]["const"], named["properties"]["doc"]["$ref"]))
    return table


def python_document_schemas(schema_dir: Path = SCHEMA_DIR) -> dict[str, tuple[str, str]]:
    """Python module name -> (schema file, document type title), in the order of the `Document` union.

    One module per document of the envelope that is not deprecated, named after its
    schema file and ordered by that name; the title is the schema's own.
    """
    files = sorted(
        file for name, file in envelope_documents(schema_dir) if name not in DEPRECATED_DOCUMENT_NAMES
    )
    return {
        file.removesuffix(".json"): (file, json.loads((schema_dir / file).read_text())["title"])
        for file in files
    }


def generated_banner(source: str, generator: str, comment: str) -> str:
    """The first line of a generated file: what made it, from what, and how to remake it."""
    return (
        f"{comment} GENERATED FILE, do not edit: made from {source} by {generator}; "
        "regenerate with `nox -s codegen`."
    )
