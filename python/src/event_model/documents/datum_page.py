# GENERATED FILE, do not edit: made from schemas/datum_page.json by datamodel-code-generator 0.89.0; regenerate with `nox -s codegen`.

from __future__ import annotations

from typing import Any, TypeAlias, TypedDict

DataFrameForDatumPage: TypeAlias = list[str]
"""
A column of datum ids.
"""


class DatumPage(TypedDict):
    """
    Several datum of one resource stored column-wise: every field is a list with one entry per datum, in order.
    """

    datum_id: DataFrameForDatumPage
    """
    The datum_id of each datum in the page.
    """
    resource: str
    """
    The uid of the resource shared by every datum in the page.
    """
    datum_kwargs: dict[str, list[Any]]
    """
    For each handler argument, the column of its values, one per datum.
    """
