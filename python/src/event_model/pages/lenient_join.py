"""Merging pages and cutting them into chunks with event-model 1.24's semantics.

By default (outside ``strict_checks()``) merging and re-chunking give 1.24's result
for whatever 1.24 accepted: a merged page takes its owner and its column keys from the
first page (``timestamps`` from the first page's ``data``), ignores keys only later
pages have, concatenates columns whatever their lengths, and needs ``filled`` in every
event page; a chunk is the same slice of every column. Where 1.24 failed, these fail
at the same step with our subclass of its built-in exception (see ``pages.access``).
The quick paths in ``pages.join`` and ``pages.rechunk`` are used where they give the
same result; these functions handle the rest.
"""

from __future__ import annotations

from collections.abc import Generator, Iterable, Sequence
from operator import itemgetter
from typing import Any

from ..describe import python_path, short_repr
from . import access, errors
from . import compiled as _compiled
from .join import joined_quickly
from .shape import PageLayout

Page = dict[str, Any]

_SEQUENCES = frozenset({list, tuple})
_DICT_ONLY = {dict}


def merge_pages(pages: Iterable[Any], layout: PageLayout, function: str) -> Any:
    """The page 1.24 merges ``pages`` into; a single page is returned itself, whatever it is."""
    where = f"{layout.document}s"
    listed = list(access.iterate(pages, where, f"an iterable of {layout.document} documents"))
    if len(listed) == 1:
        return listed[0]
    if not listed:
        raise errors.no_pages(function, where, layout.owner)
    try:
        total = sum(map(len, map(itemgetter(layout.counted_by), listed)))
    except Exception:  # the careful join below fails where 1.24 did
        total = -1
    if total >= 0:
        merged = joined_quickly(listed, total, None, None, layout)
        if merged is not None:
            return merged
    return join_chunks(listed, layout, [python_path(where, index) for index in range(len(listed))])


def join_chunks(pages: Sequence[Any], layout: PageLayout, names: Sequence[str]) -> Page:
    """Two or more pages concatenated as 1.24 concatenates them; ``names[i]`` names page ``i``."""
    document = layout.document
    first, first_name = pages[0], names[0]
    merged: Page = {layout.owner: access.field(first, layout.owner, first_name, document)}
    for name in layout.row_fields:
        parts = [access.field(page, name, where, document) for page, where in zip(pages, names, strict=True)]
        merged[name] = access.chained(parts, [python_path(where, name) for where in names])
    for group in layout.column_groups:
        model = group
        if layout.keyed_like is not None and group == layout.keyed_like[0]:
            model = layout.keyed_like[1]
        model_where = python_path(first_name, model)
        keys = access.keys_of(access.field(first, model, first_name, document), model_where)
        columns: dict[Any, list[Any]] = {}
        for key in keys:
            parts, wheres = [], []
            for page, where in zip(pages, names, strict=True):
                group_where = python_path(where, group)
                members = access.field(page, group, where, document)
                parts.append(access.column(members, key, group_where, model_where, document))
                wheres.append(python_path(group_where, key))
            columns[key] = access.chained(parts, wheres)
        merged[group] = columns
    return merged


def plain_page_rows(page: Any, layout: PageLayout) -> int | None:
    """The number of rows of ``page`` if re-chunking it cannot fail, None otherwise.

    That is a dict holding every field of the layout (``filled`` too: 1.24 needs it),
    column groups that are dicts, and columns that are lists or tuples with one entry per
    row. Such a page can be cut into pieces at any time with the same result, so the
    re-chunker may postpone cutting it; any other page is cut when it is reached.
    """
    compiled = _compiled.speedups
    if compiled is not None:
        rows: int | None = compiled.plain_rows(
            page, layout.owner, layout.row_fields, layout.column_groups, None
        )
        return rows
    if type(page) is not dict:
        return None
    try:
        page[layout.owner]
        columns = list(map(page.__getitem__, layout.row_fields))
        groups = list(map(page.__getitem__, layout.column_groups))
    except KeyError:
        return None
    if set(map(type, groups)) != _DICT_ONLY:
        return None
    for members in groups:
        columns += members.values()
    if not _SEQUENCES.issuperset(map(type, columns)):
        return None
    lengths = set(map(len, columns))
    return lengths.pop() if len(lengths) == 1 else None


def chunk(page: Any, start: Any, stop: Any, layout: PageLayout, where: str) -> Page:
    """Rows ``start:stop`` of ``page``, every column sliced alike (1.24's chunk of a page)."""
    document = layout.document
    span = slice(start, stop)
    piece: Page = {layout.owner: access.field(page, layout.owner, where, document)}
    for name in layout.row_fields:
        piece[name] = access.sliced(access.field(page, name, where, document), span, python_path(where, name))
    for group in layout.column_groups:
        group_where = python_path(where, group)
        members = access.field(page, group, where, document)
        piece[group] = {
            key: access.sliced(
                access.column(members, key, group_where, group_where, document),
                span,
                python_path(group_where, key),
            )
            for key in access.keys_of(members, group_where)
        }
    return piece


def chunks(
    page: Any, chunk_size: Any, remainder: Any, layout: PageLayout, index: int
) -> Generator[Page, None, None]:
    """The chunks 1.24 cuts ``page`` into: ``remainder`` rows, then ``chunk_size`` rows each.

    As in 1.24, the bounds are worked out when the first chunk is asked for; a chunk_size
    that ``range`` refuses (0, a float, None ...) fails there, once a page is reached.
    """
    where = python_path(f"{layout.document}s", index)
    counted = access.field(page, layout.counted_by, where, layout.document)
    rows = access.length(counted, python_path(where, layout.counted_by))
    try:
        starts = range(remainder, rows, chunk_size)
    except Exception as problem:
        raise errors.translated(
            problem,
            f"{short_repr(chunk_size)} is not a valid chunk_size; "
            f"it must be a positive integer ({type(problem).__name__}: {problem})",
        ) from None
    bounds = [(0, remainder), *((start, start + chunk_size) for start in starts)]
    for start, stop in bounds:
        yield chunk(page, start, stop, layout, where)
