"""Re-cutting a stream of pages into pages of a chosen size.

Works on any kind of page described by a :class:`PageLayout`. Output pages list their
fields in the layout's order; a page made of pieces of several input pages is joined
like merged pages are (``pages.join``), a page cut from one input page holds slices
of its columns (tuples stay tuples, arrays arrays). :func:`rechunk_pages` is the
strict version (``strict_checks()``: the chunk size is checked at once, every page as
it is used); :func:`rechunk_pages_as_124` is the default, event-model 1.24's semantics,
on the same quick paths wherever they give 1.24's result.
"""

from __future__ import annotations

import operator
from collections.abc import Generator, Iterable, Iterator
from itertools import repeat
from operator import getitem
from typing import Any

from ..describe import python_path, short_repr
from ..errors import EventModelTypeError, EventModelValueError
from . import access, errors
from . import compiled as _compiled
from . import lenient_join as as_124
from .join import Page, Piece, concatenated, joined_quickly, row_count
from .rows import rows_from_columns
from .shape import PageLayout, count_rows

_NO_COLUMNS: dict[str, Any] = {}


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


def rechunk_pages_as_124(
    pages: Iterable[Any], chunk_size: Any, layout: PageLayout
) -> Generator[Any, None, None]:
    """Yield the pages event-model 1.24 re-chunks ``pages`` into; nothing is checked before.

    As in 1.24 this is a generator function: the chunk size and the pages are only looked
    at once the first page is asked for. Each input page is cut into a chunk of the rows
    the current output page still has room for (an empty page: a chunk of no rows), then
    chunks of ``chunk_size`` rows; the chunks of each output page are merged as 1.24
    merges pages (the first chunk's owner and keys). A chunk_size below 1 or not an integer fails as
    ``range`` fails on it (0: ValueError, 1.5: TypeError) once there is a page, and a
    negative one gives 1.24's odd slices.
    """
    yield from _Rechunker(1, layout).run_as_124(pages, chunk_size)


# Marks a piece already cut into a chunk dict (a page that was not plain).
_CUT = -1


def _quick_size(chunk_size: Any) -> int | None:
    """``chunk_size`` as an int of at least 1, or None where 1.24's arithmetic must be followed."""
    try:
        size = operator.index(chunk_size)
    except Exception:  # anything else is handled step by step, as 1.24 did
        return None
    return size if size >= 1 else None


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
            rows = row_count(page, layout, index)
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

    def run_as_124(self, pages: Iterable[Any], chunk_size: Any) -> Generator[Page, None, None]:
        """Yield the pages event-model 1.24 re-chunks ``pages`` into (see rechunk_pages_as_124)."""
        layout = self.layout
        where = f"{layout.document}s"
        size = _quick_size(chunk_size)
        compiled = _compiled.speedups
        plain_args = (layout.owner, layout.row_fields, layout.column_groups, None)
        pending: list[Piece] = []
        cut = False  # whether a piece of pending is a chunk cut already
        room = chunk_size
        for index, page in enumerate(
            access.iterate(pages, where, f"an iterable of {layout.document} documents")
        ):
            if size is None or not room >= 1:
                rows = None
            elif compiled is not None:
                rows = compiled.plain_rows(page, *plain_args)
            else:
                rows = as_124.plain_page_rows(page, layout)
            if rows is None:  # cut now, as 1.24 does: cutting it may fail
                counted_where = python_path(where, index, layout.counted_by)
                for piece in as_124.chunks(page, chunk_size, room, layout, index):
                    room -= access.length(piece[layout.counted_by], counted_where)
                    pending.append((piece, _CUT, 0, 0, index))
                    cut = True
                    if room == 0:
                        yield self.join_as_124(pending, cut)
                        pending = []
                        cut = False
                        room = chunk_size
                continue
            # A plain page: the same pieces as 1.24 cuts, as in run(), joined as 1.24 joins.
            assert size is not None  # for mypy: plain pages are only looked for with a size
            if rows < room:
                pending.append((page, rows, 0, rows, index))
                room -= rows
                continue
            pending.append((page, rows, 0, room, index))
            yield self.join_as_124(pending, cut)
            cut = False
            start = room
            whole = (rows - start) // size
            if whole:
                yield from _cut(page, range(start, start + whole * size, size), size, layout)
                start += whole * size
            if start < rows:
                pending = [(page, rows, start, rows, index)]
                room = size - (rows - start)
            else:
                pending = []
                room = chunk_size
        if pending:
            yield self.join_as_124(pending, cut)

    def join_as_124(self, pieces: list[Piece], cut: bool) -> Page:
        """One output page from its pieces, as 1.24's merge of their chunks gives it.

        ``cut``: some pieces are chunks already cut from pages that were not plain.
        """
        layout = self.layout
        if not cut:
            if len(pieces) == 1:
                page, _, start, stop, _ = pieces[0]
                return _sliced(page, slice(start, stop), layout)
            first, last = pieces[0], pieces[-1]
            head = slice(first[2], first[3]) if first[2] or first[3] != first[1] else None
            tail = slice(last[2], last[3]) if last[2] or last[3] != last[1] else None
            total = sum(piece[3] - piece[2] for piece in pieces)
            joined = joined_quickly([piece[0] for piece in pieces], total, head, tail, layout)
            if joined is not None:
                return joined
        names = [python_path(f"{layout.document}s", piece[4]) for piece in pieces]
        chunks = [
            piece[0] if piece[1] == _CUT else as_124.chunk(piece[0], piece[2], piece[3], layout, name)
            for piece, name in zip(pieces, names, strict=True)
        ]
        if len(chunks) == 1:
            return chunks[0]
        return as_124.join_chunks(chunks, layout, names)

    def check(self, page: Any, index: int) -> None:
        """Check every column of ``page`` (once, however many pieces it is cut into)."""
        if page is not self.checked:
            count_rows(page, self.layout, python_path(f"{self.layout.document}s", index))
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
        return concatenated(pages, total, head, tail, indexes, self.layout)


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

    None when the loop is not built or hands the page over (see ``pages.compiled``).
    """
    compiled = _compiled.speedups
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
            f"{short_repr(chunk_size)} is not a valid chunk_size; it must be an integer"
        ) from None
    if size < 1:
        raise EventModelValueError(f"{size} is not a valid chunk_size; a page needs room for at least 1 row")
    return size
