"""The release gate of ``nox -s compat``: no incompatible schema change without the versions saying so.

``python -m event_model.compat.release_gate BASELINE SCHEMAS --package-version X``
diffs the schemas against the release baseline. Backward-compatible changes pass.
A change of any other class (some old document may now be invalid, or the checker
cannot tell) passes only when the schema's ``$id`` major version went up
(``/schemas/v1/`` to ``/schemas/v2/``) and the package's major version went up
from the baseline's. Exit status 0 passes, 1 fails, 2 unusable input.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence

from .diff import DiffReport, diff_schema_sets
from .render import render
from .schema_sets import SchemaSet, load_schema_set

__all__ = ["gate_problems", "main"]

ID_MAJOR = re.compile(r"/schemas/v(\d+)/")


def _id_major(schema_id: object) -> int | None:
    found = ID_MAJOR.search(str(schema_id or ""))
    return int(found.group(1)) if found else None


def _package_major(version: str | None) -> int | None:
    found = re.match(r"v?(\d+)", version or "")
    return int(found.group(1)) if found else None


def gate_problems(
    report: DiffReport, baseline: SchemaSet, schemas: SchemaSet, package_version: str
) -> list[str]:
    """Why the release gate fails (empty: it passes)."""
    problems = []
    package_bumped = (_package_major(package_version) or 0) > (_package_major(baseline.package_version) or 0)
    for document, verdict in report.document_verdicts().items():
        if verdict.backward_compatible:
            continue
        old_major = _id_major(baseline.files.get(document, {}).get("$id"))
        new_major = _id_major(schemas.files.get(document, {}).get("$id"))
        id_bumped = old_major is not None and new_major is not None and new_major > old_major
        if not (id_bumped and package_bumped):
            problems.append(
                f"{document}: {verdict.value} change without a version bump: raise the $id major version "
                f"(v{old_major} -> v{(old_major or 0) + 1}) and the package's major version "
                f"(now {package_version}, baseline {baseline.package_version}), or make the change compatible"
            )
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    """Run the release gate; return the exit status."""
    parser = argparse.ArgumentParser(prog="python -m event_model.compat.release_gate", description=__doc__)
    parser.add_argument("baseline")
    parser.add_argument("schemas")
    parser.add_argument("--package-version", required=True)
    args = parser.parse_args(argv)
    try:
        baseline, schemas = load_schema_set(args.baseline), load_schema_set(args.schemas)
    except (ValueError, OSError) as error:
        print(f"release gate: {error}", file=sys.stderr)
        return 2
    report = diff_schema_sets(baseline, schemas)
    render(report, sys.stdout)
    problems = gate_problems(report, baseline, schemas, args.package_version)
    for problem in problems:
        print(f"release gate: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
