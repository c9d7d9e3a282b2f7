"""Where a resource's files are: its root (after root_map) joined to its resource_path."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from ._required_fields import require_field
from .errors import EventModelTypeError, EventModelValueError

__all__ = ["PATH_SEMANTICS", "default_path_semantics", "ResolvedPath", "resolve_resource_path"]

PATH_SEMANTICS: dict[str, Literal["posix", "windows"]] = {"posix": "posix", "nt": "windows"}
"""Maps ``os.name`` to the ``path_semantics`` value a resource document records."""

default_path_semantics: Literal["posix", "windows"] = PATH_SEMANTICS.get(os.name, "posix")
"""The ``path_semantics`` of this machine: "windows" on Windows, else "posix"."""


@dataclass(frozen=True)
class ResolvedPath:
    """The path handed to a handler, and how the resource's root was mapped to get it."""

    path: str
    original_root: str
    root: str

    @property
    def root_was_mapped(self) -> bool:
        """Whether root_map replaced the resource's root."""
        return self.root != self.original_root


def resolve_resource_path(
    resource: Mapping[str, Any], root_map: Mapping[str, str], *, refuse_escaping_paths: bool
) -> ResolvedPath:
    """Join the resource's root, mapped through ``root_map``, to its ``resource_path``.

    The join is ``os.path.join(root, resource_path)``, done as text: nothing is
    normalised and the filesystem is not consulted. A resource without a root
    (absent or "") yields its resource_path unchanged.

    A resource_path can escape its root: ``..`` components climb above it, and
    an absolute resource_path (or, on Windows, one with a drive) replaces the root
    altogether in the join. By default such paths are handed to the handler as
    they are, as event-model always did. With ``refuse_escaping_paths=True`` a
    resource that has a root and a resource_path escaping it raises
    EventModelValueError instead. The check is lexical: symbolic links inside
    the root are not followed.
    """
    uid = resource.get("uid")
    resource_path = _as_text(require_field(resource, "resource_path", "resource"), "resource_path", uid)
    root_field = resource.get("root")
    original_root = "" if root_field is None else _as_text(root_field, "root", uid)
    root = os.fspath(root_map.get(original_root, original_root))
    if not root:
        return ResolvedPath(resource_path, original_root, root)
    if refuse_escaping_paths and escapes_its_root(resource_path):
        raise EventModelValueError(
            f"resource_path {resource_path!r} of resource {uid!r} escapes its root "
            f"{root!r}: refused because the Filler was made with refuse_escaping_paths=True "
            "(expected a relative path without '..' climbing above the root)"
        )
    return ResolvedPath(os.path.join(root, resource_path), original_root, root)


def _as_text(value: Any, field: str, uid: Any) -> str:
    """Return a path field as a string (a str or an os.PathLike), else raise EventModelTypeError."""
    if isinstance(value, str):
        return value
    if isinstance(value, os.PathLike):
        text = os.fspath(value)
        if isinstance(text, str):
            return text
    raise EventModelTypeError(f"resource {uid!r} has {field}={value!r}: expected a string")


def escapes_its_root(resource_path: str) -> bool:
    """Whether joining ``resource_path`` to a root would lead outside that root."""
    drive, _ = os.path.splitdrive(resource_path)
    if drive or os.path.isabs(resource_path):
        return True
    normalised = os.path.normpath(resource_path)
    return normalised == os.pardir or normalised.startswith(os.pardir + os.sep)
