"""Time every ``bench_*`` function of the benchmark files in this interpreter.

Usage: ``python benchmarks/runner.py [FILE ...] [--json OUT]``. With no file, every
``benchmarks/bench_*.py`` is run. Each benchmark function receives the imported
``event_model`` module (whichever is installed here: ours or event-model 1.24.0)
and the documents of ``benchmarks/data/count_large.jsonl`` and returns
``(fn, units)``; this script reports ``units`` processed per second, the median
of several repeats. Results go to standard output as one JSON object per line.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "data" / "count_large.jsonl"

Corpus = list[tuple[str, dict[str, Any]]]

REPEATS = 5
TARGET_SECONDS_PER_REPEAT = 0.2


def load_corpus() -> Corpus:
    """Read the benchmark run as (name, doc) pairs."""
    with CORPUS.open() as stream:
        return [tuple(json.loads(line)) for line in stream if line.strip()]  # type: ignore[misc]


def load_module(path: Path) -> ModuleType:
    """Import one benchmark file by path."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def bench_functions(module: ModuleType) -> Iterator[tuple[str, Callable[..., Any]]]:
    """The benchmark functions of a module, in source order."""
    for name, value in vars(module).items():
        if name.startswith("bench_") and callable(value):
            yield name, value


def measure(fn: Callable[[], Any]) -> float:
    """Median seconds per call of ``fn`` over several repeats."""
    fn()  # warm-up: first-use compilation and caches are not what we measure
    start = time.perf_counter()
    fn()
    once = max(time.perf_counter() - start, 1e-7)
    loops = max(1, int(TARGET_SECONDS_PER_REPEAT / once))
    per_call = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        for _ in range(loops):
            fn()
        per_call.append((time.perf_counter() - start) / loops)
    return statistics.median(per_call)


def run_file(path: Path, em: ModuleType, corpus: Corpus) -> Iterator[dict[str, Any]]:
    """Run every benchmark of one file and yield one result record per case."""
    module = load_module(path)
    for name, function in bench_functions(module):
        label = (function.__doc__ or name).strip().splitlines()[0]
        record: dict[str, Any] = {"file": path.name, "case": name, "label": label}
        try:
            fn, units = function(em, corpus)
            seconds = measure(fn)
            record["units_per_s"] = units / seconds
        except NotImplementedError as exc:
            record["skipped"] = str(exc) or "not available"
        except Exception:  # a broken case is reported, the others still run
            record["error"] = traceback.format_exc(limit=3)
        yield record


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--json", type=Path, help="also write the records to this file")
    args = parser.parse_args()
    files = args.files or sorted(HERE.glob("bench_*.py"))
    import event_model as em

    corpus = load_corpus()
    records = []
    for path in files:
        for record in run_file(path, em, corpus):
            records.append(record)
            print(json.dumps(record), flush=True)
    if args.json:
        args.json.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    print(f"# event_model {getattr(em, '__version__', '?')} from {em.__file__}", file=sys.stderr)


if __name__ == "__main__":
    main()
