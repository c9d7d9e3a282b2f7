"""Progress of ``event-model validate`` on stderr, across every input: a rich bar, plain lines, or nothing.

On a terminal a rich progress bar counts bytes and documents over all inputs; on
a stderr that is not a terminal (a log file, a CI job) ``--progress always``
prints a plain line now and then and one at the end. The report on stdout is the
same either way.
"""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import Any

__all__ = ["PROGRESS_LINE_SECONDS", "Progress", "wants_progress"]

PROGRESS_LINE_SECONDS = 5.0
"""How often ``--progress always`` prints a progress line when stderr is not a terminal."""


def wants_progress(mode: str, total_size: int | None, large: int) -> bool:
    """Decide whether to show progress: never on a non-terminal stderr unless asked."""
    if mode == "never":
        return False
    if mode == "always":
        return True
    return (total_size is None or total_size >= large) and sys.stderr.isatty()


class Progress:
    """Progress over a list of inputs: ``tick`` reports on the file in progress, ``done`` closes a file.

    Use it as a context manager. With ``enabled=False`` every method does nothing.
    """

    def __init__(self, sources: list[str], sizes: list[int | None], *, enabled: bool) -> None:
        self.enabled = enabled
        self.single = len(sources) == 1
        self.label = "<stdin>" if sources == ["-"] else sources[0] if self.single else f"{len(sources)} files"
        self.files = len(sources)
        self.total = sum(size or 0 for size in sizes) if all(size is not None for size in sizes) else None
        self.files_done = 0
        self.bytes_done = 0
        self.documents_done = 0
        self.current = (0, 0)  # bytes and documents of the file in progress
        self._bar: Any = None
        self._task: Any = None
        self._plain = enabled and not sys.stderr.isatty()
        self._next_line = time.monotonic()

    def __enter__(self) -> Progress:
        if self.enabled and not self._plain:
            from rich.console import Console
            from rich.progress import BarColumn, TaskProgressColumn, TextColumn, TimeRemainingColumn
            from rich.progress import Progress as RichProgress

            self._bar = RichProgress(
                TextColumn("[progress.description]{task.description}"),
                BarColumn(),
                TaskProgressColumn(),
                TextColumn("{task.fields[documents]:,} documents"),
                TimeRemainingColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self._bar.__enter__()
            self._task = self._bar.add_task(f"validating {self.label}", total=self.total, documents=0)
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._bar is not None:
            self._bar.__exit__(kind, error, trace)
        elif self._plain and kind is None and not self.single:
            self._line(final=True)

    def tick(self, position: int | None, documents: int) -> None:
        """The file in progress has been read up to ``position`` bytes and held ``documents`` documents."""
        if not self.enabled:
            return
        self.current = (position or 0, documents)
        self._show(position)

    def done(self, size: int | None, documents: int) -> None:
        """A file is finished: ``size`` bytes (None if unknown), ``documents`` documents."""
        if not self.enabled:
            return
        self.files_done += 1
        self.bytes_done += size or 0
        self.documents_done += documents
        self.current = (0, 0)
        if self._plain and self.single:
            self._line(final=True, position=size)
        else:
            self._show(None)

    def _show(self, position: int | None) -> None:
        """Update the bar, or print a plain line if the last one is old enough."""
        if self._bar is not None:
            completed = self.bytes_done + self.current[0]
            self._bar.update(self._task, completed=completed, documents=self.documents_done + self.current[1])
            return
        now = time.monotonic()
        if now >= self._next_line:
            self._next_line = now + PROGRESS_LINE_SECONDS
            self._line(final=False, position=position)

    def _line(self, *, final: bool, position: int | None = None) -> None:
        """Print one plain progress line on stderr."""
        documents = self.documents_done + self.current[1]
        state = "done" if final else "validating"
        if self.single:
            share = f", {100 * position // self.total}%" if self.total and position is not None else ""
            text = f"{self.label}: {state}, {documents:,} documents{share}"
        else:
            read = self.bytes_done + self.current[0]
            share = f", {100 * read // self.total}%" if self.total else ""
            text = f"{state}: {self.files_done:,} of {self.files:,} files, {documents:,} documents{share}"
        sys.stderr.write(text + "\n")
        sys.stderr.flush()
