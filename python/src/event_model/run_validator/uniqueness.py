"""Checker "uniqueness": uids (and datum ids) are unique across everything validated (``duplicate-uid``)."""

from __future__ import annotations

from typing import Any

from .findings import FindingLog

__all__ = ["UniquenessCheck"]


class UniquenessCheck:
    """Remember every uid and datum id; report one seen before."""

    __slots__ = ("log", "seen")

    def __init__(self, log: FindingLog) -> None:
        self.log = log
        self.seen: set[Any] = set()

    def check(self, uid: Any, path: str) -> None:
        """Report ``uid`` if it was seen before; remember it."""
        seen = self.seen
        try:
            if uid in seen:
                self.log.report("duplicate-uid", path, f"{uid!r} was already used by an earlier document")
            else:
                seen.add(uid)
        except TypeError:
            pass  # not hashable: not a string, which the schema reports

    def check_column(self, uids: Any, column: str) -> None:
        """Check every uid of a page's column (a list; anything else the schema reports)."""
        if isinstance(uids, list):
            for row, uid in enumerate(uids):
                self.check(uid, f"$.{column}[{row}]")
