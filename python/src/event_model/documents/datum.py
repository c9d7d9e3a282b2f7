# GENERATED FILE, do not edit: made from schemas/datum.json by datamodel-code-generator 0.89.0; regenerate with `nox -s codegen`.

from __future__ import annotations

from typing import Any, TypedDict


class Datum(TypedDict):
    """
    Points at one piece of externally stored data inside a resource; events carry its datum_id in place of the data.
    """

    datum_id: str
    """
    Identifier of this datum, unique across all documents; by convention '<resource uid>/<counter>'.
    """
    resource: str
    """
    The uid of the resource that holds the data.
    """
    datum_kwargs: dict[str, Any]
    """
    Arguments that the resource's handler needs to read this piece, such as a frame index.
    """
