"""Checker "sequence numbers": ``seq_num`` runs 1, 2, 3, ... per stream name.

Codes: ``seq-num-gap`` (a seq_num skips ahead), ``seq-num-rewind`` (one goes
back: a warning, the RunEngine does it after rewinding to a checkpoint) and
``stream-range`` (a stream datum's range ends before it starts). Stream datums
also count rows for the stop's ``num_events``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..describe import short_repr
from .findings import FindingLog
from .streams import Stream, StreamCounter

__all__ = ["SequenceCheck", "page_rows"]


class SequenceCheck:
    """Follow each stream's seq_num; remember the rows of events no stream could count."""

    __slots__ = ("log", "lost_rows")

    def __init__(self, log: FindingLog) -> None:
        self.log = log
        # Rows of events and pages already reported (misnamed, or naming no known descriptor) that
        # no stream could count: a seq_num skipping ahead by at most this many is not a new mistake.
        self.lost_rows = 0

    def reset(self) -> None:
        """Forget the lost rows of the previous run."""
        self.lost_rows = 0

    def lose_rows(self, seq_num: Any) -> None:
        """Remember the rows of an event (page) that was reported and could not be counted in its stream."""
        self.lost_rows += len(seq_num) if isinstance(seq_num, list) else 1

    def check(self, seq_num: Any, counter: StreamCounter, path: str) -> None:
        """Report a seq_num that does not follow the previous one of its stream; follow it anyway.

        A seq_num that is missing or not an integer (the schema reports it) is taken
        to be the expected one, so the next event does not seem to skip ahead. A
        seq_num skipping over no more rows than the events already reported as
        uncountable (misnamed, or naming an unknown descriptor) is not reported:
        those are the rows it skips.
        """
        if type(seq_num) is not int:
            counter.last_seq_num += 1  # the schema reports it; count the row where it belongs
            return
        expected = counter.last_seq_num + 1
        skipped = seq_num - expected
        if 0 < skipped <= self.lost_rows:
            self.lost_rows -= skipped  # the rows of documents reported already
        elif seq_num > expected:
            self.log.report(
                "seq-num-gap",
                path,
                f"{seq_num} skips ahead in stream {counter.name!r}: expected {expected} "
                "(seq_num counts from 1 per stream name, across the descriptors that share it)",
            )
        else:
            self.log.report(
                "seq-num-rewind",
                path,
                f"{seq_num} goes back in stream {counter.name!r}: expected {expected}; the RunEngine does "
                "this only after rewinding to a checkpoint",
                severity="warning",
            )
        counter.last_seq_num = seq_num

    def check_page(self, doc: Mapping[str, Any], counter: StreamCounter) -> None:
        """Follow the seq_num column of an event page row by row (or count its rows if it has none)."""
        seq_nums = doc.get("seq_num")
        if isinstance(seq_nums, list):
            for row, seq_num in enumerate(seq_nums):
                if seq_num != counter.last_seq_num + 1:
                    self.check(seq_num, counter, f"$.seq_num[{row}]")
                elif type(seq_num) is int:
                    counter.last_seq_num = seq_num
                counter.rows += 1
        else:  # no seq_num column (the schema reports it): count the rows where they belong
            rows = page_rows(doc)
            counter.last_seq_num += rows
            counter.rows += rows

    def check_stream_ranges(self, doc: Mapping[str, Any]) -> None:
        """Report a stream datum's ``indices`` or ``seq_nums`` range that ends before it starts."""
        for part in ("indices", "seq_nums"):
            bounds = doc.get(part)
            if isinstance(bounds, Mapping):
                start, stop = bounds.get("start"), bounds.get("stop")
                if type(start) is int and type(stop) is int and stop < start:
                    self.log.report(
                        "stream-range",
                        f"$.{part}",
                        f"{short_repr(dict(bounds), 60)} ends before it starts: expected stop >= start",
                    )

    @staticmethod
    def count_stream_datum(doc: Mapping[str, Any], stream: Stream) -> None:
        """Count the rows a stream datum adds to its stream (for the stop's num_events)."""
        seq_nums = doc.get("seq_nums")
        if isinstance(seq_nums, Mapping):
            stop = seq_nums.get("stop")
            start = seq_nums.get("start")
            if type(stop) is int and type(start) is int and stop > start:
                counter = stream.counter
                counter.stream_datum_high = max(counter.stream_datum_high, stop - 1)


def page_rows(doc: Mapping[str, Any]) -> int:
    """How many rows a page without a usable seq_num column holds (the length of its uid or time column)."""
    for column in ("uid", "time"):
        value = doc.get(column)
        if isinstance(value, list):
            return len(value)
    return 0
