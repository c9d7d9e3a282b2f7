"""What a page is and whether it is rectangular: the layout of each kind of page and its row count.

Event pages and datum pages share one shape: a single "owner" value (the descriptor or
the resource every row belongs to), a few flat per-row lists, and groups of named
columns. Merging and re-chunking work on that shape, described once per kind here
(:class:`PageLayout`), and need every column to hold one entry per row.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sized
from dataclasses import dataclass
from typing import Any

from ..describe import python_path
from ..errors import EventModelError
from . import compiled as _compiled
from . import errors


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


_NO_COLUMNS: Mapping[str, Any] = {}


def column_group(page: Mapping[str, Any], group: str, layout: PageLayout) -> Mapping[str, Any]:
    """The columns of ``group`` in ``page``; an absent optional group has none."""
    if group == layout.optional_group:
        columns: Mapping[str, Any] = page.get(group, _NO_COLUMNS)
        return columns
    columns = page[group]
    return columns


def count_rows(page: Any, layout: PageLayout, where: str) -> int:
    """The number of rows of ``page``, after checking that every column has that many.

    ``where`` names the page in error messages (``event_page`` or ``event_pages[3]``).
    Raises an :class:`~event_model.errors.EventModelError` subclass naming the first
    problem: a missing field, a value of the wrong type or a column of the wrong length.
    """
    try:
        rows = len(page[layout.counted_by])
        page[layout.owner]  # only its presence is checked here
        lengths = set(map(len, map(page.__getitem__, layout.row_fields)))
        for group in layout.column_groups:
            lengths.update(map(len, column_group(page, group, layout).values()))
    except (LookupError, TypeError, AttributeError):
        raise describe_shape_problem(page, layout, where) from None
    if len(lengths) != 1:
        raise describe_shape_problem(page, layout, where)
    return rows


# Columns whose entries are exactly what iterating them gives, by index too.
_PLAIN_COLUMNS = (list, tuple)


def _plain_columns() -> tuple[type, ...]:
    """The column types a plain page may hold: lists, tuples and, once numpy is loaded, its arrays.

    numpy is not imported for this: no column can be a numpy array before something imported numpy.
    """
    numpy = sys.modules.get("numpy")
    return _PLAIN_COLUMNS if numpy is None else (*_PLAIN_COLUMNS, numpy.ndarray)


_LIST_TYPES = frozenset({list, tuple})


def rectangular_rows(page: Any, layout: PageLayout) -> int | None:
    """The number of rows of ``page`` if it is a plain rectangular page, None otherwise.

    Plain: a mapping whose column groups are mappings (the optional one may be absent)
    and whose columns are lists, tuples or numpy arrays, all with one entry per row. The
    quick unpacking paths give event-model 1.24's result for such a page; any other is
    unpacked as 1.24 unpacks it (``pages.lenient``).
    """
    compiled = _compiled.speedups
    if compiled is not None:  # the common case (dicts of lists) in one quick call
        rows: int | None = compiled.plain_rows(
            page, layout.owner, layout.row_fields, layout.column_groups, layout.optional_group
        )
        if rows is not None:
            return rows
    if type(page) is not dict and not isinstance(page, Mapping):
        return None
    try:
        page[layout.owner]
        columns = list(map(page.__getitem__, layout.row_fields))
        for group in layout.column_groups:
            members = column_group(page, group, layout)
            if type(members) is not dict and not isinstance(members, Mapping):
                return None
            columns += members.values()
        if not _LIST_TYPES.issuperset(map(type, columns)):
            plain = _plain_columns()
            if not all(isinstance(column, plain) for column in columns):
                return None
        lengths = set(map(len, columns))
        count = len(page[layout.counted_by])
    except Exception:  # whatever fails is for the careful path to find again
        return None
    return count if lengths == {count} else None


def describe_shape_problem(page: Any, layout: PageLayout, where: str) -> EventModelError:
    """The error naming the first thing that keeps ``page`` from being a rectangular page."""
    document = layout.document
    if not isinstance(page, Mapping):
        return errors.wrong_type(page, where, f"a mapping (expected the {document} document)")
    required = (layout.owner, layout.counted_by, *layout.row_fields, *layout.column_groups)
    for field in required:
        if field not in page and field != layout.optional_group:
            return errors.absent_field(field, where, document)
    counted = page[layout.counted_by]
    counted_where = python_path(where, layout.counted_by)
    if not isinstance(counted, Sized):
        return errors.wrong_type(counted, counted_where, "a list")
    rows = len(counted)
    for field in layout.row_fields:
        problem = _column_problem(page[field], python_path(where, field), counted_where, rows, document)
        if problem is not None:
            return problem
    for group in layout.column_groups:
        if group not in page:
            continue
        columns = page[group]
        group_where = python_path(where, group)
        if not isinstance(columns, Mapping):
            return errors.wrong_type(columns, group_where, "a mapping of column name to column")
        for key, column in columns.items():
            problem = _column_problem(column, python_path(group_where, key), counted_where, rows, document)
            if problem is not None:
                return problem
    return errors.wrong_type(page, where, f"a well-formed {document}")


def _column_problem(
    column: Any, where: str, counted_where: str, rows: int, document: str
) -> EventModelError | None:
    """What is wrong with one column, if anything."""
    if not isinstance(column, Sized):
        return errors.wrong_type(column, where, "a list")
    if len(column) != rows:
        return errors.ragged_column(where, len(column), counted_where, rows, document)
    return None
