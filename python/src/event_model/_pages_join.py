"""Merging pages into one, and re-cutting a stream of pages into pages of a chosen size.

Both work on any kind of page described by a :class:`PageLayout`. A merged page lists
its fields in the layout's order (owner, row fields, column groups); its column keys
come from the first page, except that a group ``keyed_like`` another takes that
group's keys (event pages: ``timestamps`` follows ``data``).
"""

from __future__ import annotations

import operator
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from itertools import islice, repeat
from operator import getitem, itemgetter
from typing import Any

from . import _pages_compiled
from . import _pages_errors as errors
from ._pages_layout import PageLayout
from ._pages_rows import rows_from_columns
from ._pages_shape import column_group, count_rows, describe_shape_problem
from .errors import EventModelError, EventModelTypeError, EventModelValueError

Page = dict[str, Any]


_NO_COLUMNS: dict[str, Any] = {}


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
        count_rows(pages[0], layout, errors.path(where, 0))
        return pages[0]
    try:
        total = sum(map(len, map(itemgetter(layout.counted_by), pages)))
    except (LookupError, TypeError):
        total = sum(_row_count(page, layout, index) for index, page in enumerate(pages))
    return _concatenated(pages, total, None, None, range(len(pages)), layout)


def _row_count(page: Any, layout: PageLayout, index: int) -> int:
    """The length of the page's counting field (``uid``/``datum_id``); the columns are not checked."""
    try:
        return len(page[layout.counted_by])
    except (LookupError, TypeError):
        raise describe_shape_problem(page, layout, errors.path(f"{layout.document}s", index)) from None


def _concatenated(
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
    compiled = _pages_compiled.speedups
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
        return _concatenate(pages, total, head, tail, layout)
    except (_NotJoinable, LookupError, TypeError, AttributeError) as failure:
        if isinstance(failure, EventModelError):
            raise
        raise _describe_join_problem(pages, indexes, layout) from None


def _bounds(rows: slice | None) -> tuple[int, int]:
    """``(start, stop)`` of a slice of rows for concatenate_pages; ``(0, -1)`` for all rows."""
    if rows is None:
        return 0, -1
    return rows.start, rows.stop


def _concatenate(
    pages: list[Any], total: int, head: slice | None, tail: slice | None, layout: PageLayout
) -> Page:
    """The quick path of :func:`_concatenated`; raises _NotJoinable (or a lookup error) on a problem."""
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
            if group != layout.optional_group:
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
            count_rows(page, layout, errors.path(where, index))
        except EventModelError as problem:
            return problem
    first, first_index = pages[0], indexes[0]
    first_where = errors.path(where, first_index)
    for page, index in zip(pages, indexes, strict=True):
        page_where = errors.path(where, index)
        if not page[layout.owner] == first[layout.owner]:  # noqa: SIM201 -- any __eq__ result
            return errors.mixed_owners(
                page[layout.owner],
                errors.path(page_where, layout.owner),
                first[layout.owner],
                errors.path(first_where, layout.owner),
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
                        errors.path(page_where, group),
                        errors.path(page_where, model_group),
                        layout.document,
                    )
                continue
            first_keys = column_group(first, group, layout).keys()
            if keys != first_keys:
                return errors.mismatched_keys(
                    keys,
                    errors.path(page_where, group),
                    first_keys,
                    errors.path(first_where, group),
                    layout.document,
                )
    return EventModelValueError(f"{where} cannot be joined into one {layout.document}")


def rechunk_pages(pages: Iterable[Any], chunk_size: int, layout: PageLayout) -> Generator[Any, None, None]:
    """Yield pages of ``chunk_size`` rows (the last may be shorter) holding the rows of ``pages``.

    Rows keep their order. A page with no rows still counts, as in event-model 1.24: it
    ends up (as a piece with no rows) in the output page being filled when it comes, so
    a trailing empty page gives an empty output page. Pages are checked as they are
    used; an output page may not mix owners.
    """
    size = _valid_chunk_size(chunk_size)
    try:
        stream = iter(pages)
    except TypeError:
        raise errors.wrong_type(
            pages, f"{layout.document}s", f"an iterable of {layout.document} documents"
        ) from None
    return _Rechunker(size, layout).run(stream)


class _Rechunker:
    """Cuts a stream of pages into pieces and joins the pieces into pages of one size."""

    def __init__(self, size: int, layout: PageLayout) -> None:
        self.size = size
        self.layout = layout
        self.checked: Any = None  # the last page checked whole, often sliced many times

    def run(self, pages: Iterator[Any]) -> Generator[Page, None, None]:
        """Yield the re-chunked pages."""
        size, layout = self.size, self.layout
        pending: list[Piece] = []
        room = size
        for index, page in enumerate(pages):
            rows = _row_count(page, layout, index)
            if rows < room:  # the whole page fits, with room to spare
                pending.append((page, rows, 0, rows, index))
                room -= rows
                continue
            # The page will be cut (or fills the output page exactly): check it whole now,
            # as a cut hides the length of its columns from the check of the join.
            self.check(page, index)
            pending.append((page, rows, 0, room, index))
            yield self.join(pending)
            start = room
            whole = (rows - start) // size  # whole output pages cut from this page
            if whole:
                yield from _cut(page, range(start, start + whole * size, size), size, layout)
                start += whole * size
            if start < rows:  # the rest starts the next output page
                pending = [(page, rows, start, rows, index)]
                room = size - (rows - start)
            else:
                pending = []
                room = size
        if pending:
            yield self.join(pending)

    def check(self, page: Any, index: int) -> None:
        """Check every column of ``page`` (once, however many pieces it is cut into)."""
        if page is not self.checked:
            count_rows(page, self.layout, errors.path(f"{self.layout.document}s", index))
            self.checked = page

    def join(self, pieces: list[Piece]) -> Page:
        """One output page from its pieces."""
        if len(pieces) == 1:
            page, _, start, stop, index = pieces[0]
            self.check(page, index)
            return _sliced(page, slice(start, stop), self.layout)
        # Only the first piece can start after its page's first row and only the last
        # can stop before its page's last row: the rest are whole pages.
        first, last = pieces[0], pieces[-1]
        head = slice(first[2], first[3]) if first[2] or first[3] != first[1] else None
        tail = slice(last[2], last[3]) if last[2] or last[3] != last[1] else None
        total = sum(piece[3] - piece[2] for piece in pieces)
        pages = [piece[0] for piece in pieces]
        indexes = [piece[4] for piece in pieces]
        return _concatenated(pages, total, head, tail, indexes, self.layout)


def _sliced(page: Any, span: slice, layout: PageLayout) -> Page:
    """The rows ``span`` of one (already checked) page, as a new page in layout order."""
    if span.stop > span.start:
        pieces = _compiled_cut(page, span.start, 1, span.stop - span.start, layout)
        if pieces is not None:
            return pieces[0]
    piece: Page = {layout.owner: page[layout.owner]}
    for field in layout.row_fields:
        piece[field] = page[field][span]
    for group in layout.column_groups:
        columns = page.get(group, _NO_COLUMNS)  # only the optional group may be absent
        piece[group] = {key: column[span] for key, column in columns.items()}
    return piece


def _compiled_cut(page: Any, first: int, count: int, size: int, layout: PageLayout) -> list[Page] | None:
    """``count`` pages of ``size`` rows from row ``first`` on, cut by the compiled loop.

    None when the loop is not built or hands the page over (see ``_pages_compiled``).
    """
    compiled = _pages_compiled.speedups
    if compiled is None:
        return None
    return compiled.cut_page(
        page, layout.owner, layout.row_fields, layout.column_groups, layout.optional_group, first, count, size
    )


def _cut(page: Any, starts: range, size: int, layout: PageLayout) -> Iterator[Page]:
    """The pages of ``size`` rows from ``starts`` on, cut from one (already checked) page.

    Equal to ``_sliced`` for each start, but each column is cut into all its pieces at
    once and the pages are built by generated dict displays, which is several times
    quicker when a large page is cut into many small ones. If cutting fails (a column
    that cannot be sliced), the pages are cut one by one instead, so that the error
    comes when the page that needs that cut is reached, as it does there.
    """
    cut = _compiled_cut(page, starts.start, len(starts), size, layout)
    if cut is not None:
        return iter(cut)
    spans = [slice(start, start + size) for start in starts]
    count = len(spans)
    try:
        parts: dict[str, list[Any]] = {layout.owner: [page[layout.owner]] * count}
        for field in layout.row_fields:
            parts[field] = list(map(getitem, repeat(page[field]), spans))
        for group in layout.column_groups:
            columns = page.get(group, _NO_COLUMNS)  # only the optional group may be absent
            pieces = {key: list(map(getitem, repeat(column), spans)) for key, column in columns.items()}
            parts[group] = list(rows_from_columns(pieces, count))
        return iter(list(rows_from_columns(parts, count)))
    except Exception:  # replayed below, one cut at a time, so the error comes where it did
        return map(_sliced, repeat(page), spans, repeat(layout))


def _valid_chunk_size(chunk_size: Any) -> int:
    """``chunk_size`` as an int, if it is an integer of at least 1."""
    try:
        size = operator.index(chunk_size)
    except TypeError:
        raise EventModelTypeError(
            f"{errors.short_repr(chunk_size)} is not a valid chunk_size; it must be an integer"
        ) from None
    if size < 1:
        raise EventModelValueError(f"{size} is not a valid chunk_size; a page needs room for at least 1 row")
    return size
