"""Where each kind of page keeps its owner, its per-row fields and its column groups.

Event pages and datum pages share one shape: a single "owner" value (the descriptor or
the resource every row belongs to), a few flat per-row lists, and groups of named
columns. Merging and re-chunking work on that shape, described once per kind here.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageLayout:
    """The field names of one kind of page, in the order merged pages list them."""

    document: str
    """Name of the page document, used in error messages ("event_page")."""
    row_document: str
    """Name of the document one row stands for ("event")."""
    owner: str
    """The single-valued field naming what every row belongs to ("descriptor")."""
    counted_by: str
    """The per-row field whose length is the number of rows ("uid")."""
    row_fields: tuple[str, ...]
    """The flat per-row lists, in the order merged pages list them."""
    column_groups: tuple[str, ...]
    """The groups of named columns, in the order merged pages list them."""
    optional_group: str | None = None
    """A column group that may be absent from a page; absent means no columns."""
    keyed_like: tuple[str, str] | None = None
    """(group, model): when pages are merged, ``group`` takes its keys from ``model``."""


EVENT_PAGE = PageLayout(
    document="event_page",
    row_document="event",
    owner="descriptor",
    counted_by="uid",
    row_fields=("seq_num", "time", "uid"),
    column_groups=("data", "timestamps", "filled"),
    optional_group="filled",
    keyed_like=("timestamps", "data"),
)

DATUM_PAGE = PageLayout(
    document="datum_page",
    row_document="datum",
    owner="resource",
    counted_by="datum_id",
    row_fields=("datum_id",),
    column_groups=("datum_kwargs",),
)
