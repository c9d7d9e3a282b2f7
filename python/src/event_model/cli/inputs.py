"""Validate every input of ``event-model validate``, in this process or in worker processes.

The report is the same however the work is spread: each file is validated
whole by :func:`~event_model.cli.validate_file.validate_source` (in this process,
in a worker process, or on a Dask worker), except a single large file with
``jobs > 1``, which :mod:`event_model.cli.parallel_file` splits into blocks whose
parsing and schema checks run in worker processes while the run checks stay
here. Results come back in input order.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from .progress import Progress
from .report import SourceResult
from .sources import Input
from .validate_file import file_size, validate_source

__all__ = ["MissingExtra", "ValidationPlan", "available_cores", "validate_inputs"]


class MissingExtra(RuntimeError):
    """An option needs an optional dependency that is not installed (``--dask`` without the dask extra)."""


PARALLEL_FILE_BYTES = 32 * 1024 * 1024
"""A file at least this large is split across the worker processes (when it is the only input)."""


def available_cores() -> int:
    """How many cores this process may use (the default of ``--jobs``)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@dataclass(frozen=True)
class ValidationPlan:
    """How to validate: how many findings to keep per input, worker processes, a Dask scheduler."""

    max_findings: int | None
    jobs: int = 1
    dask: str | None = None


def validate_inputs(inputs: list[Input], plan: ValidationPlan, progress: Progress) -> list[SourceResult]:
    """Validate every input and return one result per input, in order."""
    sources = [item.source for item in inputs if item.unusable is None]
    if plan.dask is not None:
        from ..dask import validate_with_scheduler

        done = iter(
            validate_with_scheduler(
                sources, plan.dask, max_findings=plan.max_findings, on_result=_counting(progress)
            )
        )
    elif plan.jobs > 1 and len(sources) == 1 and (file_size(sources[0]) or 0) >= PARALLEL_FILE_BYTES:
        from .parallel_file import validate_file_in_parallel

        size = file_size(sources[0])
        result = validate_file_in_parallel(sources[0], plan.max_findings, plan.jobs, tick=progress.tick)
        progress.done(size, result.documents)
        done = iter([result])
    elif plan.jobs > 1 and len(sources) > 1:
        done = _in_worker_processes(sources, plan, progress)
    else:
        done = (_here(source, plan, progress) for source in sources)
    return [
        SourceResult.unusable_source(item.source, item.unusable) if item.unusable is not None else next(done)
        for item in inputs
    ]


def _here(source: str, plan: ValidationPlan, progress: Progress) -> SourceResult:
    """Validate one input in this process."""
    result = validate_source(source, max_findings=plan.max_findings, tick=progress.tick)
    progress.done(file_size(source), result.documents)
    return result


def _counting(progress: Progress) -> Callable[[str, SourceResult], None]:
    """The callback that tells the progress display a file is done."""

    def on_result(source: str, result: SourceResult) -> None:
        progress.done(file_size(source), result.documents)

    return on_result


def _validate_one(source: str, max_findings: int | None) -> SourceResult:
    """Validate one file in a worker process (a module-level function, so it pickles)."""
    return validate_source(source, max_findings=max_findings)


def _in_worker_processes(
    sources: list[str], plan: ValidationPlan, progress: Progress
) -> Iterator[SourceResult]:
    """Validate whole files in ``plan.jobs`` worker processes; yield the results in input order."""
    on_result = _counting(progress)
    # A few files per task: fewer round trips for small files, still a fair share for each worker.
    chunk = max(1, min(64, len(sources) // (plan.jobs * 8)))
    with ProcessPoolExecutor(max_workers=plan.jobs) as pool:
        results = pool.map(_validate_one, sources, [plan.max_findings] * len(sources), chunksize=chunk)
        for source, result in zip(sources, results, strict=True):
            on_result(source, result)
            yield result
