"""The report of ``event-model validate``: per input, its runs and findings, as rich text or JSON."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib.metadata import version
from typing import Any

from ..run_validator import RunSummary, RunValidator
from .jsonlines import LineReader

__all__ = ["ReportRow", "SourceResult", "render_json", "render_text"]


@dataclass(frozen=True)
class ReportRow:
    """One finding placed in its input: line number (from 1) and the finding's fields."""

    line: int
    severity: str
    code: str
    name: str
    path: str
    message: str
    run: str | None = None
    index: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the row as a plain dict."""
        return {
            "line": self.line,
            "index": self.index,
            "severity": self.severity,
            "code": self.code,
            "name": self.name,
            "path": self.path,
            "message": self.message,
            "run": self.run,
        }


@dataclass
class RunRow:
    """One run placed in its input: its start uid, first and last line, document counts."""

    uid: str | None
    first_line: int
    last_line: int
    stopped: bool
    exit_status: str | None
    counts: dict[str, int]

    def to_dict(self) -> dict[str, Any]:
        """Return the run as a plain dict."""
        return {
            "uid": self.uid,
            "first_line": self.first_line,
            "last_line": self.last_line,
            "stopped": self.stopped,
            "exit_status": self.exit_status,
            "counts": dict(self.counts),
        }


@dataclass
class SourceResult:
    """Everything the report says about one input."""

    source: str
    unusable: str | None = None
    documents: int = 0
    lines: int = 0
    errors: int = 0
    warnings: int = 0
    runs: list[RunRow] = field(default_factory=list)
    rows: list[ReportRow] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @classmethod
    def unusable_source(cls, source: str, reason: str) -> SourceResult:
        """An input that could not be used at all."""
        return cls(source=source, unusable=reason)

    @classmethod
    def from_validation(cls, source: str, reader: LineReader, validator: RunValidator) -> SourceResult:
        """Combine the lines the reader rejected and the validator's findings."""
        rows = [
            ReportRow(
                line=bad.line, severity="error", code="malformed-line", name="", path="$", message=bad.message
            )
            for bad in reader.malformed
        ]
        rows.extend(
            ReportRow(
                line=reader.line_of(finding.index),
                severity=finding.severity,
                code=finding.code,
                name=finding.name,
                path=finding.path,
                message=finding.message,
                run=finding.run,
                index=finding.index,
            )
            for finding in validator.findings
        )
        rows.sort(key=lambda row: row.line)
        counts = Counter(validator.finding_counts)
        if reader.malformed:
            counts["malformed-line"] += len(reader.malformed)
        result = cls(
            source=source,
            documents=reader.documents,
            lines=reader.lines_read,
            errors=validator.error_count + len(reader.malformed),
            warnings=validator.warning_count,
            runs=[_run_row(run, reader) for run in validator.runs],
            rows=rows,
            counts=dict(sorted(counts.items())),
        )
        if reader.documents == 0:
            if reader.malformed:
                first = reader.malformed[0]
                result.unusable = (
                    f"not JSON lines of documents: no line holds one (line {first.line}: {first.message})"
                )
            else:
                result.unusable = "holds no documents"
        return result


def _run_row(run: RunSummary, reader: LineReader) -> RunRow:
    """Place a run summary in its input by line numbers."""
    return RunRow(
        uid=run.uid,
        first_line=reader.line_of(run.first_index),
        last_line=reader.line_of(run.last_index),
        stopped=run.stopped,
        exit_status=run.exit_status,
        counts=dict(run.counts),
    )


def render_json(results: Sequence[SourceResult]) -> dict[str, Any]:
    """The machine-readable report: one entry per input plus totals."""
    return {
        "event_model_version": version("event-model"),
        "valid": all(not r.unusable and not r.errors for r in results),
        "errors": sum(r.errors for r in results),
        "warnings": sum(r.warnings for r in results),
        "sources": [
            {
                "source": r.source,
                "unusable": r.unusable,
                "documents": r.documents,
                "lines": r.lines,
                "errors": r.errors,
                "warnings": r.warnings,
                "finding_counts": r.counts,
                "runs": [run.to_dict() for run in r.runs],
                "findings": [row.to_dict() for row in r.rows],
            }
            for r in results
        ],
    }


def render_text(results: Sequence[SourceResult], *, limit: int) -> None:
    """Print the human-readable report on standard output (with colour on a terminal)."""
    from rich.console import Console
    from rich.text import Text

    console = Console(highlight=False)
    for result in results:
        header = Text(result.source, style="bold")
        if result.unusable:
            header.append(f": unusable input: {result.unusable}", style="bold red")
            console.print(header, soft_wrap=True)
            continue
        header.append(f": {_plural(len(result.runs), 'run')}, {_plural(result.documents, 'document')}")
        header.append(": ")
        header.append_text(_verdict(result.errors, result.warnings))
        console.print(header, soft_wrap=True)
        for run in result.runs:
            console.print(Text(f"  {_describe_run(run)}", style="dim"), soft_wrap=True)
        for row in result.rows[:limit]:
            line = Text(f"{result.source}:{row.line}: ")
            line.append(row.severity, style="bold red" if row.severity == "error" else "bold yellow")
            line.append(f" [{row.code}] ")
            if row.name:
                line.append(f"{row.name} ", style="cyan")
            line.append(f"{row.path}: ", style="dim")
            line.append(row.message)
            console.print(line, soft_wrap=True)
        hidden = len(result.rows) - min(limit, len(result.rows))
        kept_total = result.errors + result.warnings
        if hidden or kept_total > len(result.rows):
            more = kept_total - min(limit, len(result.rows))
            console.print(
                Text(f"  ... {_plural(more, 'more finding')} (see --json or --limit)", style="dim"),
                soft_wrap=True,
            )
        if result.rows:
            summary = ", ".join(f"{code} {count}" for code, count in result.counts.items())
            console.print(Text(f"  by code: {summary}", style="dim"), soft_wrap=True)
    if len(results) > 1:
        total = Text(
            f"{_plural(len(results), 'input')}, {_plural(sum(r.documents for r in results), 'document')}: "
        )
        unusable = sum(1 for r in results if r.unusable)
        if unusable:
            total.append(f"{unusable} unusable, ", style="bold red")
        total.append_text(_verdict(sum(r.errors for r in results), sum(r.warnings for r in results)))
        console.print(total, soft_wrap=True)


def _verdict(errors: int, warnings: int) -> Any:
    """'valid' in green, or the error and warning counts in colour."""
    from rich.text import Text

    if not errors and not warnings:
        return Text("valid", style="bold green")
    verdict = Text()
    if errors:
        verdict.append(_plural(errors, "error"), style="bold red")
    if warnings:
        if errors:
            verdict.append(", ")
        verdict.append(_plural(warnings, "warning"), style="bold yellow")
    if not errors:
        verdict.append(" (valid)", style="green")
    return verdict


def _describe_run(run: RunRow) -> str:
    """One line about a run: uid, lines, what it holds, how it ended."""
    held = ", ".join(_plural(count, name) for name, count in run.counts.items())
    ending = f"stop: {run.exit_status}" if run.stopped else "no stop"
    return f"run {run.uid} (lines {run.first_line}-{run.last_line}): {held}; {ending}"


def _plural(count: int, noun: str) -> str:
    """'1 event', '3 events'."""
    return f"{count:,} {noun}{'' if count == 1 else 's'}"
