"""Diff two schema sets: every change, its verdict, and the verdict of the whole change.

:func:`diff_schema_sets` compares each schema file present in both sets with
:class:`~.compare.SchemaComparison`, and adds what happens at the file level: a
document type added or removed, a changed ``$id`` (the version a document
declares), ``$defs`` added, removed or moved (no effect on documents: references
are followed wherever they point), and changed descriptions or titles.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from .compare import SchemaComparison
from .schema_sets import SchemaSet
from .verdicts import Change, Verdict, combine
from .views import canonical

__all__ = ["DiffReport", "diff_schema_sets"]

ENVELOPE = "document.json"
"""The envelope schema: compared last, so each document's changes are reported under its own file."""


@dataclass
class DiffReport:
    """The changes from ``old`` to ``new``, with the verdict of each document and of the whole."""

    old_label: str
    new_label: str
    changes: list[Change] = field(default_factory=list)

    @property
    def verdict(self) -> Verdict:
        """The verdict of all changes together (``full`` when nothing changed)."""
        return combine(change.verdict for change in self.changes)

    def document_verdicts(self) -> dict[str, Verdict]:
        """The verdict of the changes of each schema file that changed."""
        by_file: dict[str, list[Verdict]] = {}
        for change in self.changes:
            by_file.setdefault(change.document, []).append(change.verdict)
        return {file: combine(verdicts) for file, verdicts in sorted(by_file.items())}

    def to_json(self) -> dict[str, Any]:
        """The report as a JSON object."""
        return {
            "old": self.old_label,
            "new": self.new_label,
            "verdict": self.verdict.value,
            "documents": {file: verdict.value for file, verdict in self.document_verdicts().items()},
            "changes": [change.to_json() for change in self.changes],
        }


def diff_schema_sets(old: SchemaSet, new: SchemaSet) -> DiffReport:
    """Compare every schema file of ``old`` with the same file of ``new``; return the report."""
    report = DiffReport(old.label, new.label)
    comparison = SchemaComparison(old, new)
    files = sorted(set(old.files) | set(new.files), key=lambda name: (name == ENVELOPE, name))
    for file in files:
        if file not in new.files:
            report.changes.append(
                Change(
                    file,
                    "",
                    "document_removed",
                    Verdict.forward,
                    "the document type is gone: old documents of it are no longer valid",
                )
            )
            continue
        if file not in old.files:
            report.changes.append(
                Change(
                    file,
                    "",
                    "document_added",
                    Verdict.backward,
                    "a new document type: old readers reject documents of it",
                )
            )
            continue
        comparison.compare_document(file)
        report.changes.extend(_file_level_changes(file, old.files[file], new.files[file]))
    report.changes[:0] = comparison.changes
    report.changes.sort(key=lambda change: (-change.verdict.rank, change.document, change.path, change.kind))
    return report


def _file_level_changes(file: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> Iterator[Change]:
    if old.get("$id") != new.get("$id"):
        yield Change(
            file,
            "",
            "id_changed",
            Verdict.full,
            "the schema's $id (its declared version) changed",
            old.get("$id"),
            new.get("$id"),
        )
    old_defs, new_defs = _definitions(old), _definitions(new)
    moved_to = {canonical(_strip(schema)): name for name, schema in new_defs.items() if name not in old_defs}
    for name in sorted(set(old_defs) - set(new_defs)):
        target = moved_to.pop(canonical(_strip(old_defs[name])), None)
        if target is not None:
            yield Change(
                file,
                f"#defs/{name}",
                "def_moved",
                Verdict.full,
                f"definition {name!r} renamed or moved to {target!r}; references follow it",
                name,
                target,
            )
        else:
            yield Change(
                file,
                f"#defs/{name}",
                "def_removed",
                Verdict.full,
                f"definition {name!r} removed; its uses are compared where they were",
                name,
                None,
            )
    for name in sorted(set(new_defs) - set(old_defs)):
        if name in moved_to.values():
            continue
        yield Change(
            file, f"#defs/{name}", "def_added", Verdict.full, f"definition {name!r} added", None, name
        )
    count = _annotation_differences(old, new)
    if count:
        yield Change(
            file,
            "",
            "annotations_changed",
            Verdict.full,
            f"{count} description, title or default text(s) changed; no effect on validity",
            None,
            count,
        )


def _definitions(schema: Mapping[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for keyword in ("definitions", "$defs"):
        found.update(schema.get(keyword) or {})
    return found


def _strip(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k: _strip(v) for k, v in value.items() if k not in ("title", "description", "default")}
    if isinstance(value, list):
        return [_strip(item) for item in value]
    if isinstance(value, str):
        return value.replace("#/definitions/", "#/$defs/")
    return value


def _annotation_differences(old: Any, new: Any) -> int:
    if not (isinstance(old, Mapping) and isinstance(new, Mapping)):
        return 0
    count = sum(1 for k in ("title", "description", "default") if old.get(k) != new.get(k))
    return count + sum(
        _annotation_differences(old[k], new[k])
        for k in old.keys() & new.keys()
        if k not in ("enum", "const", "examples")
    )
