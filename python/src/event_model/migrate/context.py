"""What migration remembers of the runs it has read: descriptors, stream resources, rows used."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["RunContext"]


class RunContext:
    """The documents seen so far that later documents' migration depends on."""

    def __init__(self) -> None:
        self.current_run: str | None = None
        self._descriptors: dict[tuple[str | None, str], list[Mapping[str, Any]]] = {}
        self._resource_runs: dict[str, str | None] = {}
        self._rows: dict[str, tuple[int, int]] = {}

    def see(self, name: str, document: Mapping[str, Any]) -> None:
        """Remember what ``document`` tells later documents."""
        if name == "start":
            self.current_run = document.get("uid")
        elif name == "descriptor":
            run = document.get("run_start", self.current_run)
            self._descriptors.setdefault((run, str(document.get("name", "primary"))), []).append(document)
        elif name == "stream_resource" and "uid" in document:
            self._resource_runs[str(document["uid"])] = document.get("run_start") or self.current_run

    def run_of(self, run_start: Any) -> str | None:
        """The run a document belongs to: its own run_start, else the run being read."""
        return run_start if isinstance(run_start, str) and run_start else self.current_run

    def run_of_resource(self, resource: Any) -> str | None:
        """The run of the stream resource with uid ``resource``."""
        return self._resource_runs.get(str(resource), self.current_run)

    def descriptors(self, run: str | None, stream: str) -> list[Mapping[str, Any]]:
        """The descriptors of stream ``stream`` in run ``run``, in order."""
        return self._descriptors.get((run, stream), [])

    def take_rows(self, resource: str, block: int, count: int) -> dict[str, int]:
        """The next ``count`` rows of ``resource`` for block ``block``, which must follow the last one."""
        from .operations import Problem

        if resource in self._rows:
            next_row, last_block = self._rows[resource]
            if block != last_block + 1:
                raise Problem(
                    f"block_idx {block} does not follow block {last_block} of stream resource "
                    f"{resource!r}: the rows it holds are unknown"
                )
        else:
            next_row = 0
        self._rows[resource] = (next_row + count, block)
        return {"start": next_row, "stop": next_row + count}
