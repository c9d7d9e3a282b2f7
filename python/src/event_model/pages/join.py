"""Merging pages into one: the quick joins and the strict merge.

Works on any kind of page described by a :class:`PageLayout`. A merged page lists
its fields in the layout's order (owner, row fields, column groups); its column keys
come from the first page, except that a group ``keyed_like`` another takes that
group's keys (event pages: ``timestamps`` follows ``data``).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice, repeat
from operator import itemgetter
from typing import Any

from ..describe import python_path
from ..errors import EventModelError, EventModelValueError
from . import compiled as _compiled
from . import errors
from .shape import PageLayout, column_group, count_rows, describe_shape_problem

Page = dict[str, Any]


_NO_COLUMNS: dict[str, Any] = {}
_DICT_ONLY = {dict}


class _NotJoinable(Exception):
    """Internal signal: the quick path found a problem; the careful one names it."""


Piece = tuple[Any, int, int, int, int]
"""Part of an input page: (page, its row count, first row, stop row, its index in the input)."""


def merge_pages(pages: Iterable[Any], layout: PageLayout, function: str) -> Any:
    """Concatenate the rows of ``pages`` (of one owner) into a single page.

    A single page is returned as it is, not copied. Raises EventModelValueError for no
    pages, pages of different owners or ragged columns, EventModelKeyError for keys
    missing from some page.
    """
    where = f"{layout.document}s"
    try:
        pages = list(pages)
    except TypeError:
        raise errors.wrong_type(pages, where, f"an iterable of {layout.document} documents") from None
    if not pages:
        raise errors.empty_input(function, f"{layout.document}s", layout.owner)
    if len(pages) == 1:
        count_rows(pages[0], layout, python_path(where, 0))
        return pages[0]
    try:
        total = sum(map(len, map(itemgetter(layout.counted_by), pages)))
    except (LookupError, TypeError):
        total = sum(row_count(page, layout, index) for index, page in enumerate(pages))
    return concatenated(pages, total, None, None, range(len(pages)), layout)


def row_count(page: Any, layout: PageLayout, index: int) -> int:
    """The length of the page's counting field (``uid``/``datum_id``); the columns are not checked."""
    try:
        return len(page[layout.counted_by])
    except (LookupError, TypeError):
        raise describe_shape_problem(page, layout, python_path(f"{layout.document}s", index)) from None


def concatenated(
    pages: list[Any],
    total: int,
    head: slice | None,
    tail: slice | None,
    indexes: Sequence[int],
    layout: PageLayout,
) -> Page:
    """One page holding the rows of ``pages`` (at least two), in order.

    ``head`` and ``tail`` (None for all) are the rows taken from the first and the last
    page, whose columns the caller has checked if it cuts them; the pages in between are
    taken whole. ``total`` is the number of rows taken. ``indexes`` are the pages'
    positions in the input, for errors.

    Each column of the result is checked to add up to ``total`` entries: a page with a
    column too long or too short is found (unless another page's error in the same
    column cancels it out), at a fraction of the cost of checking every page's columns.
    """
    compiled = _compiled.speedups
    if compiled is not None:
        joined = compiled.concatenate_pages(
            pages,
            layout.owner,
            layout.row_fields,
            layout.column_groups,
            layout.optional_group,
            layout.keyed_like,
            total,
            *_bounds(head),
            *_bounds(tail),
        )
        if joined is not None:
            owner, fields, groups = joined
            merged: Page = {layout.owner: owner}
            merged.update(zip(layout.row_fields, fields, strict=True))
            merged.update(zip(layout.column_groups, groups, strict=True))
            return merged
    try:
        return _concatenate(pages, total, head, tail, layout, layout.optional_group)
    except (_NotJoinable, LookupError, TypeError, AttributeError) as failure:
        if isinstance(failure, EventModelError):
            raise
        raise _describe_join_problem(pages, indexes, layout) from None


def joined_quickly(
    pages: list[Any], total: int, head: slice | None, tail: slice | None, layout: PageLayout
) -> Page | None:
    """The quick join of ``pages`` where it gives event-model 1.24's merge, None otherwise.

    Used by default (outside ``strict_checks()``): it succeeds only for pages that hold
    every group (``filled`` too, as 1.24's merge needs it) with the first page's owner
    and keys and columns adding up to ``total``, where 1.24's concatenation gives the
    same page. Anything else is left to ``pages.lenient_join``.
    """
    compiled = _compiled.speedups
    if compiled is not None:
        joined = compiled.concatenate_pages(
            pages,
            layout.owner,
            layout.row_fields,
            layout.column_groups,
            None,
            layout.keyed_like,
            total,
            *_bounds(head),
            *_bounds(tail),
        )
        if joined is None:
            return None  # the Python quick path would decline it too
        owner, fields, groups = joined
        merged: Page = {layout.owner: owner}
        merged.update(zip(layout.row_fields, fields, strict=True))
        merged.update(zip(layout.column_groups, groups, strict=True))
        return merged
    # 1.24 reads groups with keys(), which only mappings are sure to have: dicts only here.
    if set(map(type, pages)) != _DICT_ONLY:
        return None
    for group in layout.column_groups:
        if set(map(type, map(dict.get, pages, repeat(group)))) != _DICT_ONLY:
            return None
    try:
        return _concatenate(pages, total, head, tail, layout, None)
    except Exception:  # any failure (an owner's __eq__ included): the careful join decides
        return None


def _bounds(rows: slice | None) -> tuple[int, int]:
    """``(start, stop)`` of a slice of rows for concatenate_pages; ``(0, -1)`` for all rows."""
    if rows is None:
        return 0, -1
    return rows.start, rows.stop


def _concatenate(
    pages: list[Any],
    total: int,
    head: slice | None,
    tail: slice | None,
    layout: PageLayout,
    optional_group: str | None,
) -> Page:
    """The quick path of :func:`concatenated`; raises _NotJoinable (or a lookup error) on a problem.

    A page may lack ``optional_group`` (None: every group is required).
    """
    owners = [page[layout.owner] for page in pages]
    if owners.count(owners[0]) != len(owners):
        raise _NotJoinable
    merged: Page = {layout.owner: owners[0]}
    for field in layout.row_fields:
        merged[field] = _joined(itemgetter(field), pages, total, head, tail)
    members_of: dict[str, list[Any]] = {}
    for group in layout.column_groups:
        try:
            members = [page[group] for page in pages]
        except KeyError:
            if group != optional_group:
                raise
            members = [page.get(group, _NO_COLUMNS) for page in pages]
        members_of[group] = members
        if layout.keyed_like is not None and group == layout.keyed_like[0]:
            keys = list(members_of[layout.keyed_like[1]][0])
        else:
            keys = list(members[0])
            if list(map(len, members)).count(len(keys)) != len(members):
                raise _NotJoinable  # some page has more keys than the first
        merged[group] = {key: _joined(itemgetter(key), members, total, head, tail) for key in keys}
    return merged


def _joined(
    part_of: Callable[[Any], Any],
    sources: list[Any],
    total: int,
    head: slice | None,
    tail: slice | None,
) -> list[Any]:
    """The entries of ``part_of(source)`` for each source, one after the other, in one list.

    ``head`` and ``tail`` cut the first and the last part. Raises _NotJoinable unless that
    makes ``total`` entries.
    """
    first = part_of(sources[0])
    joined = list(first if head is None else first[head])  # lists are copied in bulk
    if len(sources) > 2:  # two (as when re-chunking into smaller pages) need no loop
        _consume(map(joined.extend, map(part_of, islice(sources, 1, len(sources) - 1))))
    last = part_of(sources[-1])
    joined.extend(last if tail is None else last[tail])
    if len(joined) != total:
        raise _NotJoinable
    return joined


def _consume(iterator: Iterator[Any]) -> None:
    """Run ``iterator`` to its end, dropping what it yields (a C-level loop)."""
    deque(iterator, maxlen=0)


def _describe_join_problem(pages: list[Any], indexes: Sequence[int], layout: PageLayout) -> EventModelError:
    """The error naming why ``pages`` (at ``indexes`` of the input) cannot be joined into one."""
    where = f"{layout.document}s"
    for page, index in zip(pages, indexes, strict=True):
        try:
            count_rows(page, layout, python_path(where, index))
        except EventModelError as problem:
            return problem
    first, first_index = pages[0], indexes[0]
    first_where = python_path(where, first_index)
    for page, index in zip(pages, indexes, strict=True):
        page_where = python_path(where, index)
        if not page[layout.owner] == first[layout.owner]:  # noqa: SIM201 -- any __eq__ result
            return errors.mixed_owners(
                page[layout.owner],
                python_path(page_where, layout.owner),
                first[layout.owner],
                python_path(first_where, layout.owner),
                layout.owner,
                layout.document,
            )
        for group in layout.column_groups:
            keys = column_group(page, group, layout).keys()
            if layout.keyed_like is not None and group == layout.keyed_like[0]:
                model_group = layout.keyed_like[1]
                expected = column_group(page, model_group, layout).keys()
                lacking = [key for key in expected if key not in keys]
                if lacking:
                    return errors.missing_key(
                        lacking[0],
                        python_path(page_where, group),
                        python_path(page_where, model_group),
                        layout.document,
                    )
                continue
            first_keys = column_group(first, group, layout).keys()
            if keys != first_keys:
                return errors.mismatched_keys(
                    keys,
                    python_path(page_where, group),
                    first_keys,
                    python_path(first_where, group),
                    layout.document,
                )
    return EventModelValueError(f"{where} cannot be joined into one {layout.document}")
