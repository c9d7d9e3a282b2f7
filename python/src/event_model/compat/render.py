"""Print a diff report: text for people, JSON for programs, GitHub Actions annotations for CI."""

from __future__ import annotations

import json
from typing import TextIO

from .diff import DiffReport
from .verdicts import Change, Verdict

__all__ = ["FORMATS", "render"]

FORMATS = ("text", "json", "github")

MEANING = {
    Verdict.full: "compatible both ways",
    Verdict.backward: "backward compatible: new readers read old documents; old readers may reject new ones",
    Verdict.forward: "forward compatible: old readers read new documents; some old documents become invalid",
    Verdict.undecidable: "undecidable: the checker cannot tell; check by hand",
    Verdict.breaking: "breaking: some old documents are now invalid, some new ones invalid for old readers",
}

ANNOTATION_LEVEL = {
    Verdict.breaking: "error",
    Verdict.undecidable: "warning",
    Verdict.forward: "warning",
    Verdict.backward: "notice",
    Verdict.full: "notice",
}


def render(
    report: DiffReport, output: TextIO, *, style: str = "text", schema_folder: str = "schemas"
) -> None:
    """Write ``report`` to ``output`` in ``style`` ('text', 'json' or 'github')."""
    if style == "json":
        output.write(json.dumps(report.to_json(), indent=2) + "\n")
    elif style == "github":
        for change in report.changes:
            output.write(_annotation(change, schema_folder) + "\n")
        output.write(f"schema diff {report.old_label} -> {report.new_label}: {report.verdict.value}\n")
    else:
        _text(report, output)


def _text(report: DiffReport, output: TextIO) -> None:
    output.write(f"schema diff: {report.old_label} -> {report.new_label}\n")
    if not report.changes:
        output.write("no changes\n")
    for change in report.changes:
        where = f"{change.document} {change.path or '/'}"
        output.write(f"  {change.verdict.value:<11} {change.kind:<26} {where}\n")
        output.write(f"  {'':<11} {change.message}\n")
        if change.old is not None or change.new is not None:
            output.write(f"  {'':<11} old: {json.dumps(change.old)}  new: {json.dumps(change.new)}\n")
    for document, verdict in report.document_verdicts().items():
        output.write(f"{document}: {verdict.value}\n")
    output.write(f"verdict: {report.verdict.value} ({MEANING[report.verdict]})\n")


def _annotation(change: Change, schema_folder: str) -> str:
    title = f"{change.verdict.value}: {change.kind}".replace(",", "%2C").replace("::", ": ")
    message = f"{change.path or '/'}: {change.message}".replace("%", "%25").replace("\n", "%0A")
    level = ANNOTATION_LEVEL[change.verdict]
    return f"::{level} file={schema_folder}/{change.document},title={title}::{message}"
