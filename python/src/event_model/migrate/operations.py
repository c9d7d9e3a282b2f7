"""The field operations that migration rules name, one function each, in one table.

Each operation gets the old document, the field map and the run context, and
returns the new field's value, :data:`MISSING` (leave the field out), raises
:class:`Problem` (the input is unknown or ambiguous: reported, never guessed) or
:class:`Wait` (the run has not yet shown a document the value needs, such as the
descriptor of a stream datum's stream).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import quote

from .context import RunContext
from .rules import SPEC_MIMETYPES, FieldMap

__all__ = ["MISSING", "OPERATIONS", "Problem", "Wait", "file_uri"]

MISSING = object()
URI_SAFE = "/:@!$&'()*+,;=-._~"
"""Characters kept as they are in a path turned into a URI (RFC 3986 path characters)."""


class Problem(Exception):
    """The document cannot be migrated without guessing; the message says why."""


class Wait(Exception):
    """The value needs a document the run has not shown yet."""

    rule: str | None = None
    """The rule that waits, set by the engine."""


Operation = Callable[[Mapping[str, Any], FieldMap, RunContext], Any]


def _source(document: Mapping[str, Any], name: str) -> Any:
    if name not in document:
        raise Problem(f"has no {name!r}")
    return document[name]


def copy(document: Mapping[str, Any], rule: FieldMap, context: RunContext) -> Any:
    """The old field's value, as is."""
    return _source(document, rule.sources[0])


def copy_if_present(document: Mapping[str, Any], rule: FieldMap, context: RunContext) -> Any:
    """The old field's value, or no field when it is absent."""
    return document.get(rule.sources[0], MISSING)


def keep_unless_empty(document: Mapping[str, Any], rule: FieldMap, context: RunContext) -> Any:
    """The old field's value unless it is absent or an empty object."""
    value = document.get(rule.sources[0], MISSING)
    return MISSING if value == {} else value


def lookup(document: Mapping[str, Any], rule: FieldMap, context: RunContext) -> Any:
    """The old value translated by a fixed table (a handler spec to a media type)."""
    spec = _source(document, rule.sources[0])
    if not isinstance(spec, str) or spec not in SPEC_MIMETYPES:
        raise Problem(
            f"{spec!r} is a spec with no known media type (known: {', '.join(sorted(SPEC_MIMETYPES))})"
        )
    return SPEC_MIMETYPES[spec]


def file_uri(root: Any, resource_path: Any, path_semantics: Any = "posix") -> str:
    """The ``file://localhost`` URI of ``resource_path`` under ``root``, joined as ``path_semantics`` says."""
    if not isinstance(root, str) or not isinstance(resource_path, str):
        raise Problem(f"root {root!r} and resource_path {resource_path!r} are not both strings")
    if "://" in resource_path:
        if root:
            raise Problem(f"resource_path {resource_path!r} is a URI but root {root!r} is not empty")
        return resource_path
    if path_semantics == "windows":
        path = (
            resource_path
            if (resource_path[1:3] in (":\\", ":/") or not root)
            else (root.rstrip("\\/") + "\\" + resource_path.lstrip("\\/"))
        )
        path = path.replace("\\", "/")
        if path[1:2] != ":":
            raise Problem(f"{path!r} is not an absolute Windows path")
        return "file://localhost/" + quote(path, safe=URI_SAFE)
    if path_semantics not in ("posix", None):
        raise Problem(f"path_semantics {path_semantics!r} is neither 'posix' nor 'windows'")
    path = (
        resource_path
        if resource_path.startswith("/") or not root
        else (root.rstrip("/") + "/" + resource_path)
    )
    if not path.startswith("/"):
        raise Problem(f"{path!r} is a relative path: the directory it is relative to is unknown")
    return "file://localhost" + quote(path, safe=URI_SAFE)


def to_file_uri(document: Mapping[str, Any], rule: FieldMap, context: RunContext) -> Any:
    """The URI of the store, from the old root, resource_path and path_semantics."""
    root, path, semantics = rule.sources
    return file_uri(_source(document, root), _source(document, path), document.get(semantics, "posix"))


def external_data_key(document: Mapping[str, Any], rule: FieldMap, context: RunContext) -> Any:
    """The one data key marked ``STREAM:`` in the descriptors of the resource's streams."""
    streams = _source(document, rule.sources[0])
    run = context.run_of(document.get(rule.sources[1]))
    descriptors = [d for name in streams for d in context.descriptors(run, name)]
    if len(descriptors) < len(streams):
        raise Wait(f"the descriptor of stream(s) {streams!r}")
    keys = sorted(
        {
            key
            for d in descriptors
            for key, value in (d.get("data_keys") or {}).items()
            if isinstance(value, Mapping) and str(value.get("external", "")).startswith("STREAM:")
        }
    )
    if len(keys) != 1:
        raise Problem(
            f"streams {streams!r} have {len(keys)} data keys stored as 'STREAM:' ({keys}); "
            "which one this resource holds is ambiguous"
        )
    return keys[0]


def descriptor_of_stream(document: Mapping[str, Any], rule: FieldMap, context: RunContext) -> Any:
    """The uid of the one descriptor of the named stream, in the run of the stream resource."""
    stream = _source(document, rule.sources[0])
    run = context.run_of_resource(_source(document, rule.sources[1]))
    found = context.descriptors(run, stream)
    if not found:
        raise Wait(f"a descriptor of stream {stream!r}")
    if len(found) > 1:
        raise Problem(f"stream {stream!r} has {len(found)} descriptors; which one is meant is ambiguous")
    return found[0]["uid"]


def next_rows(document: Mapping[str, Any], rule: FieldMap, context: RunContext) -> Any:
    """The rows of the resource this block holds: blocks follow each other, counting from row 0."""
    resource, block, count = (_source(document, name) for name in rule.sources)
    if not isinstance(block, int) or not isinstance(count, int) or count < 0:
        raise Problem(f"block_idx {block!r} and event_count {count!r} are not counts")
    return context.take_rows(resource, block, count)


def seq_range(document: Mapping[str, Any], rule: FieldMap, context: RunContext) -> Any:
    """The half-open range of ``count`` values from ``offset``."""
    offset, count = (_source(document, name) for name in rule.sources)
    if not isinstance(offset, int) or not isinstance(count, int):
        raise Problem(f"event_offset {offset!r} and event_count {count!r} are not integers")
    return {"start": offset, "stop": offset + count}


OPERATIONS: dict[str, Operation] = {
    "copy": copy,
    "copy_if_present": copy_if_present,
    "keep_unless_empty": keep_unless_empty,
    "lookup": lookup,
    "file_uri": to_file_uri,
    "external_data_key": external_data_key,
    "descriptor_of_stream": descriptor_of_stream,
    "next_rows": next_rows,
    "range": seq_range,
}
"""Every operation a rule may name."""
