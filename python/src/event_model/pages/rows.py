"""Turning rows of mappings into named columns, and named columns back into rows.

These transpositions are the inner loops of packing and unpacking pages, so they are
written for speed: C-level ``map``/``itemgetter`` passes over the rows, and (for
unpacking) small generated functions that build each row with a dict display.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from itertools import repeat
from operator import itemgetter
from typing import Any

from ..describe import python_path
from ..errors import EventModelError
from . import errors

Row = dict[Any, Any]
Columns = dict[Any, list[Any]]

_MAX_GENERATED_WIDTH = 64
_NO_COLUMNS: Row = {}


class _NotUniform(Exception):
    """Internal signal: the quick path met something it does not handle."""


def columns_from_rows(rows: Sequence[Any], where: str, key: str | None, document: str) -> Columns:
    """Transpose ``rows`` (mappings with the same keys) into ``{key: [value per row]}``.

    Keys come in the order of the first row. ``where`` and ``key`` name the rows in error
    messages: row ``i`` is ``where[i][key]`` (``where[i]`` without a key). Rows that do
    not share their keys, or are not mappings, raise an EventModelError subclass.
    """
    first = rows[0]
    if len(rows) == 1 and type(first) is dict:
        return {name: [value] for name, value in first.items()}
    if not isinstance(first, Mapping):
        raise errors.wrong_type(first, _row_path(where, 0, key), "a mapping")
    try:
        width = len(first)
        if width == 0:
            if any(map(len, rows)) or not all_mappings(rows):
                raise _NotUniform
            return {}
        columns = {name: list(map(itemgetter(name), rows)) for name in first}
        # Every row has the first row's keys (else KeyError above); an equal total
        # size then means that no row has more.
        if sum(map(len, rows)) != width * len(rows):
            raise _NotUniform
    except (_NotUniform, LookupError, TypeError):
        return _columns_from_mappings(rows, where, key, document)
    return columns


def all_mappings(rows: Sequence[Any]) -> bool:
    """Whether every row is a mapping (quick when they are all dicts, as they usually are)."""
    kinds = set(map(type, rows))
    if kinds == _DICT_ONLY:
        return True
    return all(isinstance(row, Mapping) for row in rows)


_DICT_ONLY = {dict}


def _columns_from_mappings(rows: Sequence[Any], where: str, key: str | None, document: str) -> Columns:
    """The careful transposition: any mappings, each row checked, the first problem named."""
    problem = _uniform_keys_problem(rows, where, key, document)
    if problem is not None:
        raise problem
    names = list(rows[0])
    return {name: [row[name] for row in rows] for name in names}


def _row_path(where: str, index: int, key: str | None) -> str:
    """The path of row ``index``: ``where[index][key]``, or ``where[index]`` without a key."""
    return python_path(where, index) if key is None else python_path(where, index, key)


def _uniform_keys_problem(
    rows: Sequence[Any], where: str, key: str | None, document: str
) -> EventModelError | None:
    """The error for the first row that is not a mapping with the first row's keys."""
    first_where = _row_path(where, 0, key)
    first = rows[0]
    if not isinstance(first, Mapping):
        return errors.wrong_type(first, first_where, "a mapping")
    first_keys = first.keys()
    for index, row in enumerate(rows):
        row_where = _row_path(where, index, key)
        if not isinstance(row, Mapping):
            return errors.wrong_type(row, row_where, "a mapping")
        if row.keys() != first_keys:
            return errors.mismatched_keys(row.keys(), row_where, first_keys, first_where, document)
    return None


def rows_from_columns(columns: Mapping[Any, Sequence[Any]], rows: int) -> Iterator[Row]:
    """Lazily turn ``{key: column}`` into ``rows`` mappings, one per row, keys in column order.

    The columns must all have ``rows`` entries (the caller checks). Each row is a new dict.
    """
    keys = tuple(columns)
    if not keys:
        return map(dict.copy, repeat(_NO_COLUMNS, rows))
    build = _ROW_BUILDERS.get(keys)
    if build is None:
        if len(keys) > _MAX_GENERATED_WIDTH or not all(type(key) is str for key in keys):
            return map(dict, map(zip, repeat(keys), zip(*columns.values(), strict=True)))
        build = _row_builder(keys)
        if len(_ROW_BUILDERS) >= _MAX_CACHED_BUILDERS:
            _ROW_BUILDERS.clear()
        _ROW_BUILDERS[keys] = build
    return map(build, *columns.values())


def first_row(columns: Mapping[Any, Sequence[Any]]) -> Row:
    """The first row of ``{key: column}`` as a new dict, keys in column order."""
    return {key: column[0] for key, column in columns.items()}


# Row builders by their keys; only tuples of plain str are cached, so a cached tuple is
# only ever found again for keys equal to plain strings (str or a str subclass).
_ROW_BUILDERS: dict[tuple[Any, ...], Callable[..., Row]] = {}
_MAX_CACHED_BUILDERS = 512


def _row_builder(keys: tuple[str, ...]) -> Callable[..., Row]:
    """A function of one argument per key that returns ``{keys[0]: arg0, keys[1]: arg1, ...}``.

    Hand-written code generation, as ``collections.namedtuple`` and ``dataclasses`` do it:
    building a row with a dict display is about 2.5 times faster than ``dict(zip(keys,
    values))``, and unpacking a page builds one row per event and column group. The keys
    never enter the generated source; they are bound as the names ``k0``, ``k1``, ...
    """
    arguments = ", ".join(f"v{index}" for index in range(len(keys)))
    items = ", ".join(f"k{index}: v{index}" for index in range(len(keys)))
    namespace = {f"k{index}": key for index, key in enumerate(keys)}
    builder: Callable[..., Row] = eval(f"lambda {arguments}: {{{items}}}", namespace)
    return builder
