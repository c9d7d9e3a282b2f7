"""``event-model validate --jobs``: one file split over worker processes gives the serial report."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest
from _run_files import generator
from event_model.cli import main
from event_model.cli import parallel_file as _parallel_file
from event_model.cli.report import render_json
from event_model.cli.validate_file import validate_source
from event_model.run_validator import RunValidator

DATA = Path(__file__).resolve().parent / "data"


def tricky_file(path: Path) -> Path:
    """Two runs, blank and malformed lines, carriage returns, a duplicate uid, a gap, a bad reading."""
    runs = generator()
    first = runs.run_lines(1, 300)
    second = runs.run_lines(2, 300)
    first[40] = first[40].replace('"seq_num": 39', '"seq_num": 45')
    first[90] = first[90].replace('"det": ', '"det": "high", "x": ')
    second[10] = first[12]  # a duplicate uid from the other run
    lines = ["\ufeff" + first[0], *first[1:150], "", "  ", "not json", '["event"]', *first[150:]]
    lines += [second[0], second[1] + "\r", *second[2:200], "[1, 2]\r[3]", *second[200:-1]]
    path.write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    return path


@pytest.fixture
def small_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Blocks of a few lines, so a small file spans many blocks and workers."""
    monkeypatch.setattr(_parallel_file, "FIRST_BLOCK_BYTES", 2_000)
    monkeypatch.setattr(_parallel_file, "BLOCK_BYTES", 9_000)


@pytest.mark.parametrize("max_findings", [None, 3])
def test_blocks_in_workers_give_the_serial_result(
    tmp_path: Path, small_blocks: None, max_findings: int | None
) -> None:
    path = str(tricky_file(tmp_path / "tricky.jsonl"))
    serial = render_json([validate_source(path, max_findings=max_findings)])
    parallel = render_json([_parallel_file.validate_file_in_parallel(path, max_findings, 2)])
    assert parallel == serial
    codes = serial["sources"][0]["finding_counts"]
    assert {"malformed-line", "seq-num-gap", "data-type", "duplicate-uid", "missing-stop"} <= set(codes)


def test_a_file_that_is_not_utf8_is_reported_as_serially(tmp_path: Path, small_blocks: None) -> None:
    path = tmp_path / "latin1.jsonl"
    lines = generator().run_lines(3, 200)
    path.write_bytes(("\n".join(lines[:150]) + '\n["start", {"uid": "caf\xe9"}]\n').encode("latin-1"))
    serial = render_json([validate_source(str(path), max_findings=None)])
    assert render_json([_parallel_file.validate_file_in_parallel(str(path), None, 2)]) == serial
    assert "not UTF-8" in serial["sources"][0]["unusable"]


def test_the_command_prints_the_same_report_for_any_jobs(
    tmp_path: Path, small_blocks: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from event_model.cli import inputs as _validate_inputs

    monkeypatch.setattr(_validate_inputs, "PARALLEL_FILE_BYTES", 1)
    path = str(tricky_file(tmp_path / "tricky.jsonl"))
    reports = []
    for jobs in ("1", "2", "3"):
        for options in (["--json"], ["--limit", "4"]):
            status = main(["validate", "--jobs", jobs, *options, path])
            reports.append((status, options[0], capsys.readouterr().out))
    assert {report for report in reports if report[1] == "--json"} == {reports[0]}
    assert {report for report in reports if report[1] == "--limit"} == {reports[1]}
    assert reports[0][0] == 1 and json.loads(reports[0][2])["errors"] > 4


def test_jobs_must_be_a_positive_number(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["validate", "--jobs", "0", str(DATA / "count_det.jsonl")])
    assert "expected 1 or more" in capsys.readouterr().err


def test_a_run_validator_pickles_midway_and_goes_on_alike() -> None:
    lines = [json.loads(line) for line in (DATA / "scan_det_motor.jsonl").read_text().splitlines()]
    validator = RunValidator()
    for name, doc in lines[:5]:
        validator(name, doc)
    copy = pickle.loads(pickle.dumps(validator))
    for name, doc in lines[5:]:
        validator(name, doc)
        copy(name, doc)
    assert [f.to_dict() for f in copy.finish()] == [f.to_dict() for f in validator.finish()]
    assert copy.documents_seen == validator.documents_seen == len(lines)
