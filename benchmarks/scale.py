"""``event-model validate`` at facility scale, end to end in fresh processes, beside the one-core limit.

Usage: ``python benchmarks/scale.py --ours PYTHON --reference PYTHON``. Generates its
inputs in a temporary folder (a 200 000-event run, 100 000 invalid lines, 1 000
small run files), then times whole commands, start-up included, and reads each
one's peak memory (the largest resident set of the processes it ran). The limit
is read + ``orjson.loads`` + jsonschema-rs ``is_valid`` with the packaged schemas,
nothing else, measured on the same file in the same run.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from rich.console import Console
from rich.table import Table

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from generate_runs import write_archive, write_invalid_lines, write_run  # noqa: E402

LIMIT = """
import importlib.util, os, sys
import orjson, jsonschema_rs
folder = os.path.join(importlib.util.find_spec("event_model").submodule_search_locations[0], "schemas")
loaded = {}
for file in sorted(os.listdir(folder)):
    with open(os.path.join(folder, file), "rb") as stream:
        loaded[file[:-5]] = orjson.loads(stream.read())
registry = jsonschema_rs.Registry([(schema["$id"], schema) for schema in loaded.values()])
names = {"run_start": "start", "run_stop": "stop", "event_descriptor": "descriptor"}
valid = {
    names.get(stem, stem): jsonschema_rs.Draft202012Validator(
        schema, validate_formats=False, offline=True, registry=registry
    ).is_valid
    for stem, schema in loaded.items()
}
with open(sys.argv[1], "rb") as stream:
    for line in stream:
        name, doc = orjson.loads(line)
        valid[name](doc)
"""

MEASURE = """
import resource, subprocess, sys, time
start = time.perf_counter()
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=False)
print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def measure(command: list[str], repeats: int = 3) -> tuple[float, float]:
    """Best wall seconds of ``command`` over ``repeats`` runs, and its peak memory in MB."""
    best, peak = float("inf"), 0.0
    for _ in range(repeats):
        out = subprocess.run(
            [sys.executable, "-c", MEASURE, *command], capture_output=True, text=True, check=True
        )
        seconds, kilobytes = out.stdout.split()
        best, peak = min(best, float(seconds)), max(peak, int(kilobytes) / 1024)
    return best, peak


def import_seconds(python: str) -> float:
    """Median seconds of ``import event_model`` in a fresh interpreter."""
    code = "import time; t = time.perf_counter(); import event_model; print(time.perf_counter() - t)"
    runs = [
        float(subprocess.run([python, "-c", code], capture_output=True, text=True, check=True).stdout)
        for _ in range(7)
    ]
    return statistics.median(runs)


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ours", required=True)
    parser.add_argument("--reference", required=True)
    args = parser.parse_args()
    command = [args.ours, "-m", "event_model", "validate", "--progress", "never"]
    table = Table(title="event-model validate at scale (2-core machine; start-up included)")
    for column in ("benchmark", "rate", "peak memory", "vs limit / serial"):
        table.add_column(column, justify="left" if column == "benchmark" else "right")
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        big = write_run(root / "big.jsonl", 1, 200_000)
        documents = 200_003
        limit_s, limit_mb = measure([args.ours, "-c", LIMIT, str(big)])
        table.add_row(
            "one-core limit: read + orjson.loads + jsonschema-rs is_valid, 200 000-event run",
            f"{documents / limit_s:,.0f} docs/s",
            f"{limit_mb:.0f} MB",
            "1.00x",
        )
        for jobs in (1, 2):
            seconds, mb = measure([*command, "--jobs", str(jobs), str(big)])
            table.add_row(
                f"validate 200 000-event run, every check, --jobs {jobs}",
                f"{documents / seconds:,.0f} docs/s",
                f"{mb:.0f} MB",
                f"{limit_s / seconds:.2f}x",
            )
        invalid = write_invalid_lines(root / "invalid.jsonl", 100_000)
        seconds, mb = measure([*command, "--jobs", "1", str(invalid)], repeats=1)
        table.add_row(
            "validate 100 000 invalid lines (['event', {}])", f"{seconds:.2f} s", f"{mb:.0f} MB", ""
        )
        archive = root / "archive"
        write_archive(archive, 1000, 20)
        serial_s, mb = measure([*command, "--jobs", "1", str(archive)], repeats=2)
        table.add_row(
            "validate 1 000 run files, serial", f"{1000 / serial_s:,.0f} files/s", f"{mb:.0f} MB", "1.00x"
        )
        reports = {}
        for label, extra in (
            ("--jobs 2", ["--jobs", "2"]),
            ("--dask local (LocalCluster, 2 workers)", ["--dask", "local"]),
        ):
            seconds, mb = measure([*command, *extra, str(archive)], repeats=2)
            table.add_row(
                f"validate 1 000 run files, {label}",
                f"{1000 / seconds:,.0f} files/s",
                f"{mb:.0f} MB",
                f"{serial_s / seconds:.2f}x",
            )
            reports[label] = subprocess.run(
                [*command, "--json", *extra, str(archive)], capture_output=True, text=True
            ).stdout
        serial_report = subprocess.run(
            [*command, "--json", "--jobs", "1", str(archive)], capture_output=True, text=True
        ).stdout
        same = (
            all(report == serial_report for report in reports.values()) and json.loads(serial_report)["valid"]
        )
        table.add_row("reports of serial, --jobs 2 and --dask identical", "yes" if same else "NO", "", "")
    ours, theirs = import_seconds(args.ours), import_seconds(args.reference)
    table.add_row(
        "import event_model (ours vs 1.24.0)",
        f"{ours * 1000:.0f} ms vs {theirs * 1000:.0f} ms",
        "",
        f"{theirs / ours:.2f}x",
    )
    Console(width=140).print(table)


if __name__ == "__main__":
    main()
