"""Sphinx extension of the event-model site: generated references and served schemas.

When a build starts it writes the schema reference (``reference/schemas/``, from
``schemas/`` and ``tests/data/``) and the Python API reference (``reference/api/``,
from ``event_model.__all__``) into the source folder; both folders are generated
and ignored by git. It adds the ``{schema-file}`` role, a link to a raw schema as
the site serves it, and when an HTML build ends it copies every schema to the path
its ``$id`` names (``schemas/v1/<file>.json``), so specifications elsewhere can
point at a stable address.
"""

from __future__ import annotations

import ast
import inspect
import shutil
import sys
import textwrap
import typing
from pathlib import Path
from typing import Any

import api_pages
import schema_pages
from docutils import nodes
from docutils.parsers.rst.states import Inliner
from sphinx.application import Sphinx
from sphinx.util.osutil import relative_uri

SCHEMA_REFERENCE_DIR = Path("reference") / "schemas"
API_REFERENCE_DIR = Path("reference") / "api"


def _repository_root(app: Sphinx) -> Path:
    return Path(app.confdir).resolve().parent


def _schema_files(app: Sphinx) -> dict[str, schema_pages.SchemaFile]:
    return schema_pages.load_schemas(_repository_root(app) / "schemas")


def generate_references(app: Sphinx) -> None:
    """Write the schema and API reference pages into the source folder."""
    import event_model

    root = _repository_root(app)
    schema_reference = schema_pages.build_pages(
        root / "schemas", root / "tests" / "data", frozenset(event_model.__all__)
    )
    schema_pages.write_pages(schema_reference, Path(app.srcdir) / SCHEMA_REFERENCE_DIR, ".md")
    api_reference = api_pages.build_pages(event_model)
    schema_pages.write_pages(api_reference, Path(app.srcdir) / API_REFERENCE_DIR, ".rst")


def schema_file_role(
    name: str,
    rawtext: str,
    text: str,
    lineno: int,
    inliner: Inliner,
    options: dict[str, Any] | None = None,
    content: list[str] | None = None,
) -> tuple[list[nodes.Node], list[nodes.system_message]]:
    """``{schema-file}`event.json``` links the raw schema file as the built site serves it."""
    env = inliner.document.settings.env
    file_name = text.strip()
    schemas = _schema_files(env.app)
    stem = file_name.removesuffix(".json")
    if stem not in schemas:
        message = inliner.reporter.error(f"no schema file {file_name!r} in schemas/", line=lineno)
        problem = inliner.problematic(rawtext, rawtext, message)
        return [problem], [message]
    here = env.app.builder.get_target_uri(env.docname)
    uri = relative_uri(here, schemas[stem].served_path)
    link = nodes.reference(rawtext, "", nodes.literal(file_name, file_name), refuri=uri, internal=False)
    return [link], []


def copy_schemas(app: Sphinx, exception: Exception | None) -> None:
    """After an HTML build, serve each schema at the path its ``$id`` names."""
    if exception is not None or app.builder.format != "html":
        return
    root = _repository_root(app)
    for schema_file in _schema_files(app).values():
        destination = Path(app.outdir) / schema_file.served_path
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(root / "schemas" / schema_file.file_name, destination)


def escape_plain_text_docstrings(
    app: Sphinx, what: str, name: str, obj: Any, options: Any, lines: list[str]
) -> None:
    """Render the typed documents' docstrings (schema descriptions, plain text) literally."""
    import event_model

    module = getattr(obj, "__module__", None)
    if not isinstance(module, str) or what == "attribute":
        # Fields of a TypedDict: the class that holds them tells where they come from.
        owner: Any = event_model
        for part in name.split(".")[1:-1]:
            owner = getattr(owner, part, None)
        module = getattr(owner, "__module__", None)
    if isinstance(module, str) and api_pages.is_plain_text_module(event_model, module):
        lines[:] = [api_pages.rst_text(line) for line in lines]


def show_typed_dict_bases(app: Sphinx, name: str, obj: Any, options: Any, bases: list[Any]) -> None:
    """Show the TypedDict a typed document extends (``PartialEvent``), not the runtime ``dict``."""
    if not typing.is_typeddict(obj):
        return
    declared = getattr(obj, "__orig_bases__", None) or _declared_bases(obj)
    if declared:
        bases[:] = list(declared)


def _declared_bases(cls: type) -> list[Any]:
    """The TypedDicts named in a class statement (Python < 3.12 keeps only ``dict`` at run time)."""
    try:
        statement = ast.parse(textwrap.dedent(inspect.getsource(cls))).body[0]
    except (OSError, TypeError, SyntaxError, IndexError):
        return []
    if not isinstance(statement, ast.ClassDef):
        return []
    namespace = vars(sys.modules[cls.__module__])
    found = [namespace.get(base.id) for base in statement.bases if isinstance(base, ast.Name)]
    return found if found and all(typing.is_typeddict(base) for base in found) else []


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the hooks and the role."""
    app.connect("builder-inited", generate_references)
    app.connect("build-finished", copy_schemas)
    app.connect("autodoc-process-docstring", escape_plain_text_docstrings)
    app.connect("autodoc-process-bases", show_typed_dict_bases)
    app.add_role("schema-file", schema_file_role)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
