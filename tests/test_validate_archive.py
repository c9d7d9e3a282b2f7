"""``event-model validate DIR``, patterns, --jobs over many files, a Dask cluster: one report, the same."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from _run_files import generator
from event_model.cli import main


def report_of(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    """Run the command; return its exit status and standard output."""
    status = main(list(argv))
    return status, capsys.readouterr().out


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A few hundred small run files in nested folders, every 50th with two errors."""
    root = tmp_path_factory.mktemp("archive")
    generator().write_archive(root / "2024", 150, 6, faulty_every=50)
    generator().write_archive(root / "2025" / "june", 150, 6, faulty_every=50)
    return root


def test_a_directory_is_its_run_files_with_a_line_per_run_and_a_total(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out = report_of(capsys, "validate", "--jobs", "1", str(archive))
    assert status == 1
    assert out.count(": 1 run, 9 documents") == 300
    assert out.splitlines()[-1].startswith("300 inputs, 2,700 documents: 18 errors, 6 warnings")


def test_a_pattern_and_a_directory_agree(archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, by_folder = report_of(capsys, "validate", "--json", "--jobs", "1", str(archive / "2024"))
    pattern = str(archive / "2024" / "run_*.jsonl")
    _, by_pattern = report_of(capsys, "validate", "--json", "--jobs", "1", pattern)
    assert by_folder == by_pattern and len(json.loads(by_folder)["sources"]) == 150


def test_nothing_matching_is_unusable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out = report_of(capsys, "validate", str(tmp_path / "*.jsonl"), str(tmp_path))
    assert status == 2
    assert "no file matches this pattern" in out and "directory holding no *.jsonl file" in out


def test_jobs_over_many_files_and_dask_give_the_serial_report(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from dask.distributed import Client, LocalCluster
    from event_model.dask import report, validate_runs

    _, serial = report_of(capsys, "validate", "--json", "--jobs", "1", str(archive))
    _, pooled = report_of(capsys, "validate", "--json", "--jobs", "2", str(archive))
    assert pooled == serial
    paths = sorted(str(path) for path in archive.rglob("*.jsonl"))
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        results = validate_runs(paths, client=client)
    assert json.dumps(report(results), indent=2) + "\n" == serial
    assert json.loads(serial)["errors"] == 18


def test_progress_lines_count_files(archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["validate", "--progress", "always", "--jobs", "2", str(archive / "2024")])
    err = capsys.readouterr().err
    assert status == 1
    assert err.endswith("done: 150 of 150 files, 1,350 documents, 100%\n")
