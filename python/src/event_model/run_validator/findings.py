"""What a run validation produces: ``Finding``, ``RunSummary``, and the log that collects findings."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = ["Finding", "FindingLog", "RunSummary", "Severity"]

Severity = Literal["error", "warning"]
"""How serious a finding is: an ``error`` makes the run invalid; a ``warning`` is allowed but worth a look."""


@dataclass(frozen=True)
class Finding:
    """One problem found in a stream of documents.

    ``index`` is the position (from 0) of the offending document among those
    given to the validator; ``path`` is a JSON path inside it (``$`` for the
    whole document); ``run`` is the uid of the start of the run it belongs to
    (None before any start).
    """

    severity: Severity
    index: int
    name: str
    path: str
    message: str
    code: str
    run: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the finding as a plain dict (for JSON reports)."""
        return {
            "severity": self.severity,
            "index": self.index,
            "name": self.name,
            "path": self.path,
            "message": self.message,
            "code": self.code,
            "run": self.run,
        }


@dataclass
class RunSummary:
    """What the validator saw of one run: its start uid, where it begins and ends, document counts."""

    uid: str | None
    first_index: int
    last_index: int
    stopped: bool = False
    exit_status: str | None = None
    counts: dict[str, int] = field(default_factory=dict)


class FindingLog:
    """The findings of one validation, and the document they are currently about.

    Every checker reports through :meth:`report`; the validator sets ``index``,
    ``name`` and ``run_uid`` as documents arrive (``path_prefix`` while it checks
    the events inside a bulk_events document). Every finding is counted;
    only the first ``max_findings`` are kept (None: all).
    """

    __slots__ = (
        "error_count",
        "finding_counts",
        "findings",
        "index",
        "max_findings",
        "name",
        "path_prefix",
        "run_uid",
        "warning_count",
    )

    def __init__(self, max_findings: int | None) -> None:
        self.max_findings = max_findings
        self.findings: list[Finding] = []
        self.finding_counts: Counter[str] = Counter()
        self.error_count = 0
        self.warning_count = 0
        self.index = -1
        self.name = ""
        self.path_prefix = ""
        self.run_uid: str | None = None

    def report(
        self, code: str, path: str, message: str, *, severity: Severity = "error", index: int | None = None
    ) -> None:
        """Record one finding about the current document (or the one at ``index``)."""
        self.finding_counts[code] += 1
        if severity == "error":
            self.error_count += 1
        else:
            self.warning_count += 1
        if self.max_findings is not None and len(self.findings) >= self.max_findings:
            return
        if self.path_prefix:
            path = self.path_prefix + path[1:]
        self.findings.append(
            Finding(
                severity=severity,
                index=self.index if index is None else index,
                name=self.name,
                path=path,
                message=message,
                code=code,
                run=self.run_uid,
            )
        )
