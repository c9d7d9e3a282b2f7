"""Validate many run files on a Dask cluster: ``validate_runs(paths, client=...)``.

Needs the optional extra: ``pip install "event-model[dask]"`` (``dask`` and
``dask.distributed``). Each file is one task: a worker validates it whole, exactly
as ``event-model validate FILE`` would in one process, and sends back its
:class:`~event_model.cli.report.SourceResult` (a small picklable summary: the
counts, the runs, and at most ``max_findings`` findings). The results are merged
into one report in the order of ``paths``, so the report is the same as the
serial one. Workers build their validators once, on first use, and reuse them
for every file they get; nothing is compiled per document.

The command-line switch is ``event-model validate --dask SCHEDULER_ADDRESS``
(``--dask local`` starts a ``LocalCluster`` of processes for the run).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from .cli.report import SourceResult, render_json
from .cli.validate_file import validate_source

__all__ = ["report", "validate_runs", "validate_with_scheduler"]


def _distributed() -> Any:
    """Import dask.distributed, or raise MissingExtra saying how to install it."""
    from .cli.inputs import MissingExtra

    try:
        import dask.distributed
    except ImportError:
        raise MissingExtra(
            "--dask needs dask.distributed, which is not installed: pip install 'event-model[dask]'"
        ) from None
    return dask.distributed


def _validate_one(path: str, max_findings: int | None) -> SourceResult:
    """The task run on a worker: validate one file whole."""
    return validate_source(path, max_findings=max_findings)


def validate_runs(
    paths: Iterable[str],
    *,
    client: Any,
    max_findings: int | None = 100_000,
    on_result: Callable[[str, SourceResult], object] | None = None,
) -> list[SourceResult]:
    """Validate every file of ``paths`` on the cluster of ``client``; return the results in order.

    ``client`` is a ``dask.distributed.Client``. ``max_findings`` bounds the
    findings kept per file (all are counted). ``on_result(path, result)`` is
    called as each file's result arrives (in the order of ``paths``).
    Pass the results to :func:`report` for the JSON report of the command.
    """
    sources = [str(path) for path in paths]
    # pure=False: a file's content may change between calls; never reuse an old result.
    futures = client.map(_validate_one, sources, max_findings=max_findings, pure=False)
    results = []
    try:
        for source, future in zip(sources, futures, strict=True):
            result = future.result()
            results.append(result)
            if on_result is not None:
                on_result(source, result)
    finally:
        client.cancel(futures)
    return results


def report(results: Sequence[SourceResult]) -> dict[str, Any]:
    """The JSON report of ``event-model validate --json`` for these results."""
    return render_json(results)


def validate_with_scheduler(
    paths: Sequence[str],
    scheduler: str,
    *,
    max_findings: int | None,
    on_result: Callable[[str, SourceResult], object] | None = None,
) -> list[SourceResult]:
    """Validate ``paths`` on the scheduler at this address, or on a new ``LocalCluster`` for ``'local'``."""
    distributed = _distributed()
    if scheduler == "local":
        from .cli.inputs import available_cores

        with (
            distributed.LocalCluster(
                n_workers=available_cores(), threads_per_worker=1, processes=True, dashboard_address=None
            ) as cluster,
            distributed.Client(cluster) as client,
        ):
            return validate_runs(paths, client=client, max_findings=max_findings, on_result=on_result)
    with distributed.Client(scheduler) as client:
        return validate_runs(paths, client=client, max_findings=max_findings, on_result=on_result)
