"""Reading documents the way event-model 1.24 read them, with errors that say where.

The functions that reproduce 1.24's page conversion (``pages.lenient`` and ``pages.lenient_join``) do every
lookup, iteration and slice that 1.24 did, in the same order, through these helpers.
Each helper performs one such step; when it fails, it raises our subclass of the
built-in exception 1.24 let escape there (KeyError, TypeError, AttributeError ...),
with a message naming the document, the path inside it and what was expected.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from ..describe import python_path
from . import errors


def field(container: Any, key: str, where: str, document: str) -> Any:
    """``container[key]``: a field of the document at ``where``."""
    try:
        return container[key]
    except Exception as problem:
        if type(problem) is KeyError:
            raise errors.absent_field(key, where, document) from None
        raise errors.unusable(problem, container, where, f"a mapping (the {document} document)") from None


def optional_field(container: Any, key: str, where: str, document: str) -> Any:
    """``container.get(key, {})``: a field that may be absent (``filled``)."""
    try:
        return container.get(key, {})
    except Exception as problem:
        raise errors.unusable(
            problem, container, where, f"a mapping with a get() method (the {document} document)"
        ) from None


def column(columns: Any, key: Any, where: str, keys_from: str, document: str) -> Any:
    """``columns[key]``: the column ``key`` of a group, whose keys were taken from ``keys_from``."""
    try:
        return columns[key]
    except Exception as problem:
        if type(problem) is KeyError:
            raise errors.missing_key(key, where, keys_from, document) from None
        raise errors.unusable(problem, columns, where, "a mapping of column name to column") from None


def keys_of(columns: Any, where: str) -> Any:
    """``columns.keys()``: the column names of a group."""
    try:
        return columns.keys()
    except Exception as problem:
        raise errors.unusable(problem, columns, where, "a mapping of column name to column") from None


def length(value: Any, where: str) -> int:
    """``len(value)``: the number of rows of a column."""
    try:
        return len(value)
    except Exception as problem:
        raise errors.unusable(problem, value, where, "a list (a column has a length)") from None


def iterate(value: Any, where: str, expected: str) -> Iterator[Any]:
    """``iter(value)``: the entries of a column, or the documents of an iterable."""
    try:
        return iter(value)
    except Exception as problem:
        raise errors.unusable(problem, value, where, expected) from None


def sliced(value: Any, span: slice, where: str) -> Any:
    """``value[span]``: the rows ``span`` of a column."""
    try:
        return value[span]
    except Exception as problem:
        raise errors.unusable(problem, value, where, "a list (a column can be sliced)") from None


def chained(parts: Sequence[Any], wheres: Sequence[str]) -> list[Any]:
    """The entries of every part in turn, in one new list (``list(chain(*parts))``)."""
    joined: list[Any] = []
    for part, where in zip(parts, wheres, strict=True):
        try:
            joined.extend(part)
        except Exception as problem:
            raise errors.unusable(problem, part, where, "a list (a column can be iterated)") from None
    return joined


def transposed(rows: Iterable[Any], root: str, key: str | None) -> dict[Any, list[Any]]:
    """Rows (mappings) as ``{name: [value of each row that has it]}``, names in order of appearance.

    This is 1.24's transposition: rows need not share their keys, a column just gets
    fewer entries. Row ``i`` is named ``root[i][key]`` (``root[i]`` without a key).
    """
    columns: dict[Any, list[Any]] = {}
    for index, row in enumerate(iterate(rows, root, "an iterable of mappings")):
        try:
            for name, value in row.items():
                entries = columns.get(name)
                if entries is None:
                    columns[name] = entries = []
                entries.append(value)
        except Exception as problem:
            where = python_path(root, index) if key is None else python_path(root, index, key)
            raise errors.unusable(problem, row, where, "a mapping (its items() become the columns)") from None
    return columns


def rows_of(columns: Any, where: str) -> list[dict[Any, Any]]:
    """Columns as rows, ``{name: entry}`` each, as 1.24 built them: as many as the shortest column.

    No columns give no rows (the caller pads them, as 1.24's zip_longest did).
    """
    expected = "a mapping of column name to column"
    try:
        names = list(columns)
        entries = [columns[name] for name in names]
    except Exception as problem:
        raise errors.unusable(problem, columns, where, expected) from None
    iterators = [
        iterate(entry, python_path(where, name), "a list (a column can be iterated)")
        for name, entry in zip(names, entries, strict=True)
    ]
    try:
        return [dict(zip(names, row, strict=True)) for row in zip(*iterators, strict=False)]
    except Exception as problem:
        raise errors.translated(problem, f"the columns of {where} could not be read: {problem}") from None
