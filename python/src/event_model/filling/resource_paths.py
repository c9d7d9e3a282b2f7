"""Where a resource's files are: its root (after root_map) joined to its resource_path."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from .._required_fields import require_field
from ..errors import EventModelTypeError, EventModelValueError

__all__ = ["PATH_SEMANTICS", "default_path_semantics", "ResolvedPath", "resolve_resource_path"]

PATH_SEMANTICS: dict[str, Literal["posix", "windows"]] = {"posix": "posix", "nt": "windows"}
"""Maps ``os.name`` to the ``path_semantics`` value a resource document records."""

default_path_semantics: Literal["posix", "windows"] = PATH_SEMANTICS.get(os.name, "posix")
"""The ``path_semantics`` of this machine: "windows" on Windows, else "posix"."""


@dataclass(frozen=True)
class ResolvedPath:
    """The path handed to a handler, and how the resource's root was mapped to get it."""

    path: Any
    original_root: Any
    root: Any

    @property
    def root_was_mapped(self) -> bool:
        """Whether root_map replaced the resource's root."""
        return bool(self.root != self.original_root)


def resolve_resource_path(
    resource: Mapping[str, Any], root_map: Mapping[Any, Any], *, refuse_escaping_paths: bool
) -> ResolvedPath:
    """Join the resource's root, mapped through ``root_map``, to its ``resource_path``.

    The join is ``os.path.join(root, resource_path)``, done as text: nothing is
    normalised and the filesystem is not consulted. A resource whose root is
    absent or empty (after ``root_map``) yields its resource_path exactly as it
    is in the document, as event-model 1.24 did.

    A resource_path can escape its root: ``..`` components climb above it, and
    an absolute resource_path (or, on Windows, one with a drive) replaces the root
    altogether in the join. By default such paths are handed to the handler as
    they are, as event-model always did. With ``refuse_escaping_paths=True`` a
    resource that has a root and a resource_path escaping it raises
    EventModelValueError instead. The check is lexical: symbolic links inside
    the root are not followed.
    """
    resource_path = require_field(resource, "resource_path", "resource")
    original_root = resource.get("root", "")
    try:
        root = root_map.get(original_root, original_root)
    except TypeError:
        raise EventModelTypeError(
            f"resource {resource.get('uid')!r} has root={original_root!r}, which cannot be looked up in "
            "root_map (it is not hashable): expected a string"
        ) from None
    if not root:
        return ResolvedPath(resource_path, original_root, root)
    if refuse_escaping_paths and escapes_its_root(resource_path):
        raise EventModelValueError(
            f"resource_path {resource_path!r} of resource {resource.get('uid')!r} escapes its root "
            f"{root!r}: refused because the Filler was made with refuse_escaping_paths=True "
            "(expected a relative path without '..' climbing above the root)"
        )
    try:
        path = os.path.join(root, resource_path)
    except TypeError:
        raise EventModelTypeError(
            f"resource {resource.get('uid')!r}: cannot join its root {root!r} to its resource_path "
            f"{resource_path!r}: expected both to be strings (or os.PathLike)"
        ) from None
    return ResolvedPath(path, original_root, root)


def escapes_its_root(resource_path: Any) -> bool:
    """Whether joining ``resource_path`` to a root would lead outside that root."""
    try:
        text = os.fspath(resource_path)
    except TypeError:
        return False  # not a path at all: joining it fails with its own error
    if not isinstance(text, str):
        return False
    drive, _ = os.path.splitdrive(text)
    if drive or os.path.isabs(text):
        return True
    normalised = os.path.normpath(text)
    return normalised == os.pardir or normalised.startswith(os.pardir + os.sep)
