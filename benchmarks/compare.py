"""Run the benchmarks under two interpreters and print a ratio table.

Usage: ``python benchmarks/compare.py --ours PYTHON --reference PYTHON [--node-bench FILE]``.
``--ours`` has this project's event_model installed, ``--reference`` has
event-model 1.24.0. Both run ``benchmarks/runner.py`` in the same session, one
after the other, so the ratio compares like with like on this machine.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

HERE = Path(__file__).resolve().parent


def run_runner(python: str, label: str) -> dict[tuple[str, str], dict[str, Any]]:
    """Run every benchmark under one interpreter; results keyed by (file, case)."""
    Console(stderr=True).print(f"[bold]running benchmarks with {label}[/bold] ({python})")
    completed = subprocess.run(
        [python, str(HERE / "runner.py")], check=True, capture_output=True, text=True
    )
    sys.stderr.write(completed.stderr)
    records = [json.loads(line) for line in completed.stdout.splitlines() if line.startswith("{")]
    return {(r["file"], r["case"]): r for r in records}


def run_node(bench: Path) -> list[dict[str, Any]]:
    """Run a node benchmark that prints one JSON object per line."""
    completed = subprocess.run(["node", str(bench)], check=True, capture_output=True, text=True)
    return [json.loads(line) for line in completed.stdout.splitlines() if line.startswith("{")]


def rate(record: dict[str, Any] | None) -> str:
    """Format a throughput cell."""
    if record is None:
        return "n/a"
    if "units_per_s" in record:
        return f"{record['units_per_s']:,.0f}"
    if "error" in record:
        return "error"
    return "n/a"


def ratio(ours: dict[str, Any] | None, reference: dict[str, Any] | None) -> str:
    """Format ours / reference, or n/a."""
    if ours and reference and "units_per_s" in ours and "units_per_s" in reference:
        return f"{ours['units_per_s'] / reference['units_per_s']:,.1f}x"
    return "n/a"


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ours", required=True)
    parser.add_argument("--reference", required=True)
    parser.add_argument("--node-bench", type=Path, action="append", default=[])
    args = parser.parse_args()
    ours = run_runner(args.ours, "this package")
    reference = run_runner(args.reference, "event-model 1.24.0")
    table = Table(title="units/s (documents or rows per second), median of repeats")
    for column in ("benchmark", "ours", "event-model 1.24.0", "ratio"):
        table.add_column(column, justify="left" if column == "benchmark" else "right")
    for key, record in ours.items():
        theirs = reference.get(key)
        table.add_row(record["label"], rate(record), rate(theirs), ratio(record, theirs))
    failures = [r for r in ours.values() if "error" in r]
    for bench in args.node_bench:
        for record in run_node(bench):
            table.add_row(f"node: {record['case']}", f"{record['units_per_s']:,.0f}", "n/a", "n/a")
    Console(width=120).print(table)
    for record in failures:
        print(f"\n{record['file']}::{record['case']} failed:\n{record['error']}", file=sys.stderr)
    if failures:
        sys.exit(1)


if __name__ == "__main__":
    main()
