"""Checker "stop and counts": runs open with a start and close with a stop that counts their events.

Codes: ``no-start`` (documents before any start), ``missing-stop`` (a run ends
without a stop), ``after-stop`` (a document other than a start follows a stop)
and ``num-events`` (the stop's num_events disagrees with what was sent).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..describe import short_repr
from .findings import FindingLog, RunSummary
from .streams import StreamCounter, count_explained

__all__ = ["NO_RUN", "OPEN", "STOPPED", "RunLifecycle"]

NO_RUN, OPEN, STOPPED = 0, 1, 2
"""Where the input is: before any start, inside a run, after a run's stop."""


class RunLifecycle:
    """The state of the input (no run, open, stopped) and the summary of each run."""

    __slots__ = ("current", "log", "reported_no_start", "runs", "state")

    def __init__(self, log: FindingLog) -> None:
        self.log = log
        self.state = NO_RUN
        self.current: RunSummary | None = None
        self.runs: list[RunSummary] = []
        self.reported_no_start = False

    def check_in_run(self) -> None:
        """Report a document that is not inside an open run."""
        if self.state == OPEN:
            return
        log = self.log
        if self.state == STOPPED:
            log.report(
                "after-stop",
                "$",
                f"this {log.name} follows the stop of run {log.run_uid!r}: only a start may follow a stop",
            )
        elif not self.reported_no_start:
            self.reported_no_start = True
            log.report(
                "no-start",
                "$",
                f"this {log.name} arrives before any start document: a run must begin with its start "
                "(this and every document until the next start belong to no run)",
            )

    def check_previous_run_stopped(self) -> None:
        """Before a start: report the run it interrupts, if that one is still open."""
        if self.state == OPEN:
            self.log.report(
                "missing-stop",
                "$",
                f"run {self.log.run_uid!r} has no stop document: "
                "this start begins another run while it is open",
            )

    def begin(self, uid: Any) -> None:
        """Open the run of the start document with this uid."""
        log = self.log
        self.state = OPEN
        self.reported_no_start = False
        log.run_uid = uid if isinstance(uid, str) else None
        self.current = RunSummary(uid=log.run_uid, first_index=log.index, last_index=log.index, counts={})
        self.runs.append(self.current)

    def end(self, doc: Mapping[str, Any], counters: Mapping[Any, StreamCounter]) -> None:
        """Close the run with its stop document, after comparing num_events with the streams' counts."""
        num_events = doc.get("num_events")
        if self.state == OPEN and isinstance(num_events, Mapping):
            self._check_num_events(num_events, counters)
        if self.state == OPEN and self.current is not None:
            self.current.stopped = True
            exit_status = doc.get("exit_status")
            self.current.exit_status = exit_status if isinstance(exit_status, str) else None
        self.state = STOPPED if self.state != NO_RUN else NO_RUN

    def finish(self) -> None:
        """At the end of the input: report a run still open (no stop)."""
        if self.state == OPEN and self.current is not None:
            self.log.name = "start"
            self.log.report(
                "missing-stop",
                "$",
                f"run {self.log.run_uid!r} has no stop document: the input ended while it was open",
                severity="warning",
                index=self.current.first_index,
            )
            self.state = STOPPED

    def count(self, doc_name: str, documents: int = 1) -> None:
        """Count documents of one type in the current run, ending at the current index."""
        run = self.current
        if run is not None:
            counts = run.counts
            counts[doc_name] = counts.get(doc_name, 0) + documents
            run.last_index = self.log.index

    def _check_num_events(self, num_events: Mapping[str, Any], counters: Mapping[Any, StreamCounter]) -> None:
        """Compare the stop's num_events with each stream's count."""
        report = self.log.report
        for name, counter in counters.items():
            expected = counter.expected_num_events()
            if name not in num_events:
                if expected:
                    report(
                        "num-events",
                        "$.num_events",
                        f"stream {name!r} is missing from num_events: expected {expected} "
                        f"({count_explained(counter)})",
                    )
                continue
            claimed = num_events[name]
            if claimed != expected:
                report(
                    "num-events",
                    f"$.num_events[{name!r}]",
                    f"{short_repr(claimed, 60)} is not the number of events in stream {name!r}: "
                    f"expected {expected} ({count_explained(counter)})",
                )
        for name, claimed in num_events.items():
            if name not in counters and claimed != 0:
                report(
                    "num-events",
                    f"$.num_events[{name!r}]",
                    f"{short_repr(claimed, 60)} events claimed for stream {name!r}, "
                    "which has no descriptor in this run: expected 0",
                )
