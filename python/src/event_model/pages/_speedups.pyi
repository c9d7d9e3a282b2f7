"""Types of the optional compiled module built from _speedups.c."""

from collections.abc import Sequence
from typing import Any

def collect_columns(
    rows: Sequence[Any],
    owner: str,
    fields: tuple[str, ...],
    groups: tuple[str, ...],
    optional_group: str | None,
    /,
) -> tuple[Any, list[list[Any]], list[dict[Any, list[Any]]]] | None:
    """Transpose rows (dicts) into (owner value, [column per field], [columns per group])."""

def build_rows(parts: tuple[tuple[str, int, Any], ...], count: int, /) -> list[dict[Any, Any]] | None:
    """Build ``count`` new dicts, one per row, with the keys of ``parts`` in order."""

def concatenate_pages(
    pages: Sequence[Any],
    owner: str,
    fields: tuple[str, ...],
    groups: tuple[str, ...],
    optional_group: str | None,
    keyed_like: tuple[str, str] | None,
    total: int,
    head_start: int,
    head_stop: int,
    tail_start: int,
    tail_stop: int,
    /,
) -> tuple[Any, list[list[Any]], list[dict[Any, list[Any]]]] | None:
    """Join the rows of two or more pages (dicts) into (owner, [field columns], [group dicts])."""

def cut_page(
    page: Any,
    owner: str,
    fields: tuple[str, ...],
    groups: tuple[str, ...],
    optional_group: str | None,
    first: int,
    count: int,
    size: int,
    /,
) -> list[dict[str, Any]] | None:
    """Cut ``count`` pages of rows ``[first + i * size, first + (i + 1) * size)`` from one page."""

def plain_rows(
    page: Any,
    owner: str,
    fields: tuple[str, ...],
    groups: tuple[str, ...],
    optional_group: str | None,
    /,
) -> int | None:
    """The number of rows of a plain page (a dict of list or tuple columns of one length), or None."""
