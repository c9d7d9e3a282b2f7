"""Types of the optional compiled module built from _pages_speedups.c."""

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
