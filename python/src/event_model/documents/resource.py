# GENERATED FILE, do not edit: made from schemas/resource.json by datamodel-code-generator 0.89.0; regenerate with `nox -s codegen`.

from __future__ import annotations

from typing import Any, Literal, TypedDict

from typing_extensions import NotRequired


class PartialResource(TypedDict):
    """
    The part of a resource that a device supplies; the run engine adds run_start.
    """

    uid: str
    """
    Identifier of this resource, unique across all documents; datum refer to it.
    """
    spec: str
    """
    Names the format of the store and so the handler that can read it, such as 'AD_HDF5' or 'NPY_SEQ'.
    """
    root: str
    """
    The part of the path that may differ between machines (a mount point); readers may remap it.
    """
    resource_path: str
    """
    The path of the store relative to root.
    """
    resource_kwargs: dict[str, Any]
    """
    Arguments that the handler needs to open the store, such as frames per point.
    """


class Resource(PartialResource):
    """
    Names an external file or other store that datum documents point into, and the handler (spec) that reads it.
    """

    run_start: NotRequired[str]
    """
    The uid of the run start document of the run that wrote the resource; may be empty for resources shared between runs.
    """
    path_semantics: NotRequired[Literal["posix", "windows"]]
    """
    How to split root and resource_path into parts: with '/' (posix) or '\\' (windows).
    """
