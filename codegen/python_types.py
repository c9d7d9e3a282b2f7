"""Generate the Python side of the pipeline from ``schemas/``.

Writes, under the output root given on the command line:

* ``python/src/event_model/documents/<schema>.py``: TypedDicts made by
  datamodel-code-generator, one module per document the envelope schema
  ``schemas/document.json`` lists (less the deprecated bulk documents);
* ``python/src/event_model/documents/__init__.py``: re-exports plus the
  ``Document`` union, ``DocumentType`` and ``ALL_DOCUMENTS``;
* ``python/src/event_model/schemas/*.json``: byte copies of the schemas, shipped
  as package data.

Run it through ``nox -s codegen`` (which pins the generator version); running it
twice gives identical bytes.
"""

from __future__ import annotations

import argparse
import ast
import importlib.metadata
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from layout import (
    REPO_ROOT,
    SCHEMA_DIR,
    generated_banner,
    python_document_schemas,
)

DOCUMENTS_DIR = Path("python/src/event_model/documents")
PACKAGE_SCHEMA_DIR = Path("python/src/event_model/schemas")

DATAMODEL_CODEGEN_OPTIONS = [
    "--input-file-type", "jsonschema",
    "--output-model-type", "typing.TypedDict",
    "--target-python-version", "3.10",
    "--use-schema-description",
    "--use-field-description",
    "--use-title-as-name",
    "--use-standard-collections",
    "--use-union-operator",
    "--enum-field-as-literal", "all",
    "--use-type-alias",
    "--use-double-quotes",
    "--disable-timestamp",
    # mypy does not understand PEP 728 closed TypedDicts yet, and the documents
    # that forbid extra keys still allow pattern-matched metadata keys.
    "--no-use-closed-typed-dict",
    "--formatters", "builtin",
]


def _generator_version() -> str:
    return importlib.metadata.version("datamodel-code-generator")


def generate_module(schema_file: Path, target: Path) -> None:
    """Run datamodel-code-generator on one schema and write the module with our banner."""
    banner = generated_banner(
        f"schemas/{schema_file.name}",
        f"datamodel-code-generator {_generator_version()}",
        comment="#",
    )
    with tempfile.TemporaryDirectory() as scratch:
        raw = Path(scratch) / "out.py"
        subprocess.run(
            [
                sys.executable, "-m", "datamodel_code_generator",
                "--input", str(schema_file),
                "--output", str(raw),
                "--custom-file-header", banner,
                *DATAMODEL_CODEGEN_OPTIONS,
            ],
            check=True,
        )
        text = raw.read_text()
    target.write_text(text.rstrip("\n") + "\n")


def _public_names(module_source: str) -> list[str]:
    """Names defined at the top level of a generated module, in source order."""
    names: list[str] = []
    for node in ast.parse(module_source).body:
        if isinstance(node, ast.ClassDef):
            names.append(node.name)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
    return names


def package_init(modules: dict[str, str], titles: list[str]) -> str:
    """Source of ``documents/__init__.py`` re-exporting every generated name once.

    ``titles`` are the document types of the ``Document`` union, in its order.
    """
    lines = [
        generated_banner("schemas/*.json", "codegen/python_types.py", comment="#"),
        '"""Typed bluesky documents, one module per document schema."""',
        "",
        "from __future__ import annotations",
        "",
    ]
    exported: list[str] = []
    for module, source in modules.items():
        fresh = [n for n in _public_names(source) if n not in exported]
        exported.extend(fresh)
        if fresh:
            joined = ", ".join(fresh)
            lines.append(f"from .{module} import {joined}")
    lines += [
        "",
        "Document = " + " | ".join(titles),
        '"""Any one of the bluesky documents."""',
        "",
        "DocumentType = " + " | ".join(f"type[{t}]" for t in titles),
        '"""The class of any one of the bluesky documents."""',
        "",
        "ALL_DOCUMENTS: tuple[DocumentType, ...] = (" + ", ".join(titles) + ",)",
        '"""Every document class, in the order of the schemas."""',
        "",
        "__all__ = [",
        *[f'    "{name}",' for name in [*exported, "Document", "DocumentType", "ALL_DOCUMENTS"]],
        "]",
    ]
    return "\n".join(lines) + "\n"


def generate(out_root: Path) -> None:
    """Write every Python artifact under ``out_root``."""
    documents = out_root / DOCUMENTS_DIR
    package_schemas = out_root / PACKAGE_SCHEMA_DIR
    for folder in (documents, package_schemas):
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
    document_schemas = python_document_schemas(SCHEMA_DIR)
    modules: dict[str, str] = {}
    for module, (schema_name, _title) in document_schemas.items():
        target = documents / f"{module}.py"
        generate_module(SCHEMA_DIR / schema_name, target)
        modules[module] = target.read_text()
    titles = [title for _, title in document_schemas.values()]
    (documents / "__init__.py").write_text(package_init(modules, titles))
    for schema_file in sorted(SCHEMA_DIR.glob("*.json")):
        shutil.copyfile(schema_file, package_schemas / schema_file.name)


def main() -> None:
    """Command-line entry: ``python codegen/python_types.py [--out ROOT]``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO_ROOT, help="root to write under")
    generate(parser.parse_args().out)


if __name__ == "__main__":
    main()
