"""Checker "pages": the columns of an event or datum page have one entry per row (``page-columns``)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from .findings import FindingLog

__all__ = ["EVENT_PAGE_COLUMNS", "DATUM_PAGE_COLUMNS", "check_page_columns"]

EVENT_PAGE_COLUMNS = (("uid", "time", "seq_num"), ("data", "timestamps", "filled"))
"""An event page's flat columns, and its tables of named columns."""

DATUM_PAGE_COLUMNS = (("datum_id",), ("datum_kwargs",))
"""A datum page's flat column, and its table of named columns."""


def check_page_columns(
    log: FindingLog, doc: Mapping[str, Any], layout: tuple[Iterable[str], Iterable[str]]
) -> None:
    """Report columns of a page whose length differs from the first column's."""
    columns, tables = layout
    lengths: dict[str, int] = {}
    for column in columns:
        value = doc.get(column)
        if isinstance(value, list):
            lengths[f"$.{column}"] = len(value)
    for table in tables:
        value = doc.get(table)
        if isinstance(value, Mapping):
            for key, column_value in value.items():
                if isinstance(column_value, list):
                    lengths[f"$.{table}[{key!r}]"] = len(column_value)
    if len(set(lengths.values())) > 1:
        first_path, first_length = next(iter(lengths.items()))
        for path, length in lengths.items():
            if length != first_length:
                log.report(
                    "page-columns",
                    path,
                    f"this column has {length} rows but {first_path} has {first_length}: "
                    "every column of a page must have one entry per row",
                )
