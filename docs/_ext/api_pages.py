"""Write the Python API reference: every name of ``event_model.__all__``, grouped by module.

Each name gets one autodoc directive under its public path (``event_model.<name>``),
on the page of the module that defines it (or, for a private helper module, of the
public module that re-exports it), so a name added to ``__all__`` shows up without
anyone editing the docs. Constants and type aliases, which autodoc
cannot document under a re-exported path, get a ``py:data`` entry carrying the
docstring written after their assignment in the defining module.

No Sphinx here: ``event_model_docs.py`` writes the pages when a build starts and
``tests/test_docs.py`` checks them.
"""

from __future__ import annotations

import ast
import inspect
import sys
import typing
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

GENERATED_MARK = (
    ".. Generated at build time by docs/_ext/api_pages.py from event_model.__all__ -- do not edit.\n"
)

PREFERRED_PAGE_ORDER = (
    "documents", "document_names", "schema_files", "validation", "compose_run",
    "compose_descriptor", "compose_event", "compose_resource", "compose_stream_resource",
    "compose_stop", "pages", "sanitize", "routing", "run_router", "filling",
    "run_validator", "event_schema", "cli", "errors",
)
"""Pages in this order first (a reading order); any other module follows by name."""


class ApiReferenceError(Exception):
    """The package's public names cannot be placed in the reference."""


@dataclass(frozen=True)
class ApiEntry:
    """One public name: where it is defined and how to document it."""

    name: str
    module: str
    kind: str
    """One of ``module``, ``exception``, ``class``, ``function``, ``data``."""
    label: str = ""
    """What the index calls it: the kind, or ``TypedDict`` / ``enum`` for those classes."""

    @property
    def target(self) -> str:
        """The public dotted path under which the name is documented."""
        return f"event_model.{self.name}"


def _is_own(package: ModuleType, value: Any) -> bool:
    """True for a class or function defined in the package (not ``str`` behind an alias)."""
    if not (inspect.isclass(value) or inspect.isfunction(value)):
        return False
    module = str(getattr(value, "__module__", ""))
    return module == package.__name__ or module.startswith(package.__name__ + ".")


def _kind(package: ModuleType, value: Any) -> str:
    if inspect.ismodule(value):
        return "module"
    if (inspect.isclass(value) or inspect.isfunction(value)) and not _is_own(package, value):
        return "data"
    if inspect.isclass(value):
        return "exception" if issubclass(value, BaseException) else "class"
    if inspect.isfunction(value) or inspect.isbuiltin(value):
        return "function"
    return "data"


def _package_modules(package: ModuleType) -> list[ModuleType]:
    prefix = package.__name__ + "."
    found = [module for name, module in sorted(sys.modules.items())
             if module is not None and (name == package.__name__ or name.startswith(prefix))]
    # The package itself last: it only re-exports, except for what nothing else defines.
    return sorted(found, key=lambda module: (module is package, module.__name__))


@dataclass(frozen=True)
class Assignment:
    """A module-level assignment found in a module's source."""

    source: str
    docstring: str


def module_assignments(module: ModuleType) -> dict[str, Assignment]:
    """Top-level assignments of a module's source, with the docstring that follows each."""
    path = getattr(module, "__file__", None)
    if not path or not path.endswith(".py"):
        return {}
    source = Path(path).read_text(encoding="utf-8")
    body = ast.parse(source).body
    found: dict[str, Assignment] = {}
    for index, statement in enumerate(body):
        names: list[str] = []
        value: ast.AST | None = None
        if isinstance(statement, ast.Assign):
            names = [target.id for target in statement.targets if isinstance(target, ast.Name)]
            value = statement.value
        elif isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
            names = [statement.target.id]
            value = statement.value
        elif sys.version_info >= (3, 12) and isinstance(statement, ast.TypeAlias):
            names = [statement.name.id]
            value = statement.value
        if not names:
            continue
        docstring = ""
        following = body[index + 1] if index + 1 < len(body) else None
        if (isinstance(following, ast.Expr) and isinstance(following.value, ast.Constant)
                and isinstance(following.value.value, str)):
            docstring = inspect.cleandoc(following.value.value)
        segment = ast.get_source_segment(source, value) if value is not None else None
        for name in names:
            found[name] = Assignment(segment or "", docstring)
    return found


def defining_module(package: ModuleType, name: str) -> str:
    """The module that defines a public name (for classes, functions and modules, their own)."""
    value = getattr(package, name)
    if inspect.ismodule(value):
        return str(value.__name__)
    if _is_own(package, value):
        return str(value.__module__)
    for module in _package_modules(package):
        if name in module_assignments(module) and getattr(module, name, None) is value:
            return module.__name__
    raise ApiReferenceError(f"cannot tell which module of {package.__name__} defines {name!r}")


def _is_private(module_name: str) -> bool:
    return any(part.startswith("_") for part in module_name.split("."))


def home_module(package: ModuleType, name: str) -> str:
    """The module whose page documents a name: where it is defined, unless that module is private.

    A name defined in a private helper module (``_pages_pack``) is documented with
    the public module that re-exports it (the one whose ``__all__`` lists it).
    """
    defined_in = defining_module(package, name)
    if not _is_private(defined_in):
        return defined_in
    value = getattr(package, name)
    for module in _package_modules(package):
        if (module is not package and not _is_private(module.__name__)
                and name in getattr(module, "__all__", ()) and getattr(module, name, None) is value):
            return module.__name__
    return defined_in


def api_entries(package: ModuleType) -> list[ApiEntry]:
    """One entry per name of the package's ``__all__``, in ``__all__`` order."""
    names = list(package.__all__)
    duplicates = sorted({name for name in names if names.count(name) > 1})
    if duplicates:
        raise ApiReferenceError(f"{package.__name__}.__all__ lists these names twice: {duplicates}")
    entries = []
    for name in names:
        if not hasattr(package, name):
            raise ApiReferenceError(f"{package.__name__}.__all__ lists {name!r}, which it does not define")
        value = getattr(package, name)
        kind = _kind(package, value)
        label = "TypedDict" if typing.is_typeddict(value) else "enum" if _is_enum(value) else kind
        entries.append(ApiEntry(name, home_module(package, name), kind, label))
    return entries


def page_of(package_name: str, module_name: str) -> str:
    """The page (file stem) a module's names go on: its first component below the package."""
    if module_name == package_name:
        return "toplevel"
    return module_name.removeprefix(package_name + ".").split(".")[0]


def _indent(text: str, by: str = "   ") -> list[str]:
    return [by + line if line.strip() else "" for line in text.splitlines()]


def _directive(entry: ApiEntry, package: ModuleType) -> list[str]:
    if entry.kind == "module":
        return [f".. py:data:: {entry.target}", "   :type: module", "",
                f"   The module ``{getattr(package, entry.name).__name__}``, documented on this page.", ""]
    if entry.kind == "exception":
        return [f".. autoexception:: {entry.target}", "   :show-inheritance:", ""]
    if entry.kind == "function":
        return [f".. autofunction:: {entry.target}", ""]
    if entry.kind == "class":
        value = getattr(package, entry.name)
        options = ["   :members:", "   :show-inheritance:"]
        if entry.module.startswith(f"{package.__name__}.documents") or _is_enum(value):
            options.append("   :undoc-members:")
        elif "__call__" in vars(value):
            options.append("   :special-members: __call__")
        return [f".. autoclass:: {entry.target}", *options, ""]
    assignment = module_assignments(sys.modules[defining_module(package, entry.name)]).get(
        entry.name, Assignment("", "")
    )
    lines = [f".. py:data:: {entry.target}", ""]
    docstring = assignment.docstring or "(No description in the source.)"
    if is_plain_text_module(package, entry.module):
        docstring = rst_text(docstring)
    lines += _indent(docstring)
    if assignment.source and _looks_like_alias(getattr(package, entry.name)):
        lines += ["", "   Defined as:", "", "   .. code-block:: python", ""]
        lines += _indent(f"{entry.name} = {assignment.source}", "      ")
    lines.append("")
    return lines


def is_plain_text_module(package: ModuleType, module_name: str) -> bool:
    """True for the generated typed-document modules, whose docstrings are plain text."""
    prefix = f"{package.__name__}.documents"
    return module_name == prefix or module_name.startswith(prefix + ".")


def _is_enum(value: Any) -> bool:
    import enum

    return isinstance(value, type) and issubclass(value, enum.Enum)


def _looks_like_alias(value: Any) -> bool:
    """True for typing constructs (unions, literals, ``type[...]``), whose definition is the doc."""
    import types
    import typing

    if isinstance(value, types.UnionType | types.GenericAlias) or type(value).__module__ == typing.__name__:
        return True
    return inspect.isclass(value) and value.__module__ == "builtins"


_RST_MARKUP = frozenset("\\*`|_[]<>")


def rst_text(value: str) -> str:
    """Plain prose as reST that renders literally: markup characters escaped.

    The typed documents' docstrings are schema descriptions, written as plain text,
    not reST; an apostrophe before ``|u1`` must not open a substitution.
    """
    return "".join("\\" + char if char in _RST_MARKUP else char for char in value)


def _summary(module: ModuleType) -> str:
    doc = inspect.getdoc(module) or ""
    return doc.strip().split("\n\n")[0].replace("\n", " ")


def render_module_page(package: ModuleType, page: str, entries: list[ApiEntry]) -> str:
    """The reST page of one group of modules, one section per defining module."""
    module_name = package.__name__ if page == "toplevel" else f"{package.__name__}.{page}"
    title = f"``{module_name}``"
    lines = [GENERATED_MARK, f".. _api-{page}:", "", title, "=" * len(title), ""]
    head = sys.modules.get(module_name)
    if head is not None and _summary(head):
        lines += [_summary(head), ""]
    by_module: dict[str, list[ApiEntry]] = {}
    for entry in entries:
        by_module.setdefault(entry.module, []).append(entry)
    for module in sorted(by_module, key=lambda name: (name != module_name, name)):
        if module != module_name:
            heading = f"``{module}``"
            lines += [heading, "-" * len(heading), ""]
            summary = _summary(sys.modules[module])
            if summary:
                lines += [summary, ""]
        for entry in by_module[module]:
            lines += _directive(entry, package)
    return "\n".join(lines)


def render_index(package: ModuleType, pages: Mapping[str, list[ApiEntry]]) -> str:
    """The index page: every public name with its kind and page, then the page tree."""
    title = "Python API reference"
    lines = [
        GENERATED_MARK, ".. _api-reference:", "", title, "=" * len(title), "",
        f"Every name that ``import {package.__name__}`` offers",
        f"(the names of ``{package.__name__}.__all__``),",
        "grouped by the module that defines it. Import them from the top level, as in",
        f"``from {package.__name__} import compose_run``: the modules are an implementation detail,",
        f"except ``{package.__name__}.documents``, whose submodules also hold the typed documents.",
        "This reference is generated from the installed package each time the site is built.",
        "",
        ".. list-table::",
        "   :header-rows: 1",
        "   :widths: 40 20 40",
        "",
        "   * - Name",
        "     - Kind",
        "     - Defined in",
    ]
    for page, entries in pages.items():
        for entry in entries:
            lines += [f"   * - :py:obj:`{entry.name} <{entry.target}>`",
                      f"     - {entry.label}",
                      f"     - :ref:`{entry.module} <api-{page}>`"]
    lines += ["", ".. toctree::", "   :hidden:", ""]
    lines += [f"   {page}" for page in pages]
    lines.append("")
    return "\n".join(lines)


def group_entries(package: ModuleType, entries: list[ApiEntry]) -> dict[str, list[ApiEntry]]:
    """Entries grouped by page, pages in reading order."""
    grouped: dict[str, list[ApiEntry]] = {}
    for entry in entries:
        grouped.setdefault(page_of(package.__name__, entry.module), []).append(entry)
    known = [page for page in PREFERRED_PAGE_ORDER if page in grouped]
    rest = sorted(set(grouped) - set(known))
    return {page: grouped[page] for page in known + rest}


def build_pages(package: ModuleType) -> dict[str, str]:
    """Every page of the API reference, keyed by file name (``index.rst``, ``pages.rst``, ...)."""
    grouped = group_entries(package, api_entries(package))
    pages = {"index.rst": render_index(package, grouped)}
    for page, entries in grouped.items():
        pages[f"{page}.rst"] = render_module_page(package, page, entries)
    return pages
