"""The ``event-model`` command: validate, schema, --version; exit codes and reports."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path
from typing import Any

import pytest
from event_model.cli import LARGE_INPUT_BYTES, main
from event_model.schema_files import load_schema

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
EXAMPLES = HERE.parent / "examples"


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the command in this process; return (exit status, stdout, stderr)."""
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def json_report(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict[str, Any]]:
    """Run ``validate --json`` and parse its report."""
    status, out, _ = run_cli(capsys, "validate", "--json", *argv)
    return status, json.loads(out)


def write_lines(path: Path, lines: list[str]) -> Path:
    """Write text lines to ``path``."""
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def corpus_lines(name: str) -> list[str]:
    """The lines of one real run."""
    return (DATA / f"{name}.jsonl").read_text().splitlines()


def test_valid_files_exit_0(capsys: pytest.CaptureFixture[str]) -> None:
    files = [str(path) for path in sorted(DATA.glob("*.jsonl"))]
    status, out, err = run_cli(capsys, "validate", *files)
    assert status == 0
    assert out.count("valid") >= len(files)
    assert "error" not in out
    assert err == ""


def test_examples_as_in_the_readme(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run_cli(
        capsys, "validate", str(EXAMPLES / "faulty_run.jsonl"), str(EXAMPLES / "scan_det_motor.jsonl")
    )
    assert status == 1
    for code in (
        "data-keys",
        "unknown-resource",
        "seq-num-gap",
        "unknown-descriptor",
        "data-type",
        "duplicate-uid",
        "num-events",
        "after-stop",
    ):
        assert f"[{code}]" in out
    assert "faulty_run.jsonl:9: error [seq-num-gap]" in out
    assert "scan_det_motor.jsonl: 1 run, 14 documents: valid" in out
    assert "2 inputs, 28 documents: 9 errors" in out


def test_json_report(capsys: pytest.CaptureFixture[str]) -> None:
    status, report = json_report(capsys, str(EXAMPLES / "faulty_run.jsonl"))
    assert status == 1
    assert report["valid"] is False
    assert report["errors"] == 9
    (source,) = report["sources"]
    assert source["documents"] == 14
    assert source["finding_counts"]["data-keys"] == 2
    assert [(f["line"], f["code"]) for f in source["findings"]][:3] == [
        (7, "data-keys"),
        (7, "data-keys"),
        (8, "unknown-resource"),
    ]
    assert set(source["findings"][0]) == {
        "line",
        "index",
        "severity",
        "code",
        "name",
        "path",
        "message",
        "run",
    }
    (run,) = source["runs"]
    assert (run["first_line"], run["last_line"], run["stopped"]) == (1, 14, True)


def test_object_framing_and_several_runs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = []
    for name in ("count_det", "img_external"):
        for line in corpus_lines(name):
            doc_name, doc = json.loads(line)
            lines.append(json.dumps({"name": doc_name, "doc": doc}))
    status, report = json_report(capsys, str(write_lines(tmp_path / "objects.jsonl", lines)))
    assert status == 0
    assert len(report["sources"][0]["runs"]) == 2


def test_malformed_line_is_reported_and_the_rest_still_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = corpus_lines("count_det")
    lines.insert(3, '["event", {"uid": ')  # truncated
    lines.insert(5, "")  # blank lines are skipped silently
    lines.insert(6, '"just a string"')
    stop_name, stop = json.loads(lines[-1])
    stop["num_events"] = {"primary": 9}
    lines[-1] = json.dumps([stop_name, stop])
    status, report = json_report(capsys, str(write_lines(tmp_path / "broken.jsonl", lines)))
    assert status == 1
    found = [(f["line"], f["code"]) for f in report["sources"][0]["findings"]]
    assert found == [(4, "malformed-line"), (7, "malformed-line"), (len(lines), "num-events")]
    messages = [f["message"] for f in report["sources"][0]["findings"]]
    assert messages[0].startswith("not JSON")
    assert "not a document envelope" in messages[1]


def test_line_numbers_survive_blank_lines_and_white_space(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = corpus_lines("count_det")
    lines = ["", *lines[:4], "   ", "  " + lines[4] + "  ", *lines[5:]]
    name, event = json.loads(lines[6])
    event["seq_num"] = 40
    lines[6] = "  " + json.dumps([name, event]) + "\t"
    status, report = json_report(capsys, str(write_lines(tmp_path / "spaced.jsonl", lines)))
    assert status == 1
    found = [(f["line"], f["code"]) for f in report["sources"][0]["findings"]]
    assert found[0] == (7, "seq-num-gap")


def test_extra_text_after_the_json_value(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = corpus_lines("count_det")
    lines[2] = lines[2] + " trailing"
    status, report = json_report(capsys, str(write_lines(tmp_path / "extra.jsonl", lines)))
    assert status == 1
    first = report["sources"][0]["findings"][0]
    assert (first["line"], first["code"]) == (3, "malformed-line")
    assert "extra text" in first["message"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "holds no documents"),
        (b"\n\n", "holds no documents"),
        (b"[\n  1,\n  2\n]\n", "no line holds one"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe", "not UTF-8"),
    ],
    ids=["empty", "blank", "pretty-printed JSON", "binary"],
)
def test_unusable_input_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, reason: str
) -> None:
    path = tmp_path / "input.jsonl"
    path.write_bytes(content)
    status, out, _ = run_cli(capsys, "validate", str(path))
    assert status == 2
    assert reason in out


def test_missing_file_exits_2_but_others_are_still_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, report = json_report(capsys, str(tmp_path / "nope.jsonl"), str(DATA / "fly.jsonl"))
    assert status == 2
    assert report["sources"][0]["unusable"] == "no such file"
    assert report["sources"][1]["documents"] == 4 and report["sources"][1]["unusable"] is None


def test_directory_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run_cli(capsys, "validate", str(tmp_path))
    assert status == 2
    assert "directory" in out


def test_standard_input(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO((DATA / "grid_scan.jsonl").read_text()))
    status, report = json_report(capsys, "-")
    assert status == 0
    assert report["sources"][0]["source"] == "<stdin>"
    assert report["sources"][0]["documents"] == 15


def test_warnings_pass_unless_strict(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_lines(tmp_path / "unfinished.jsonl", corpus_lines("count_det")[:-1])
    status, out, _ = run_cli(capsys, "validate", str(path))
    assert status == 0
    assert "1 warning" in out and "missing-stop" in out
    status, _, _ = run_cli(capsys, "validate", "--strict", str(path))
    assert status == 1


def test_limit_hides_findings_beyond_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run_cli(capsys, "validate", "--limit", "2", str(EXAMPLES / "faulty_run.jsonl"))
    assert status == 1
    assert out.count(": error [") == 2
    assert "7 more findings" in out


def test_progress_goes_to_stderr_only(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _err = run_cli(
        capsys, "validate", "--json", "--progress", "always", str(DATA / "count_det.jsonl")
    )
    assert status == 0
    assert json.loads(out)["valid"] is True  # stdout is the report alone


def test_no_progress_on_a_non_terminal_by_default(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    big = tmp_path / "big.jsonl"
    run = (HERE.parent / "benchmarks" / "data" / "count_large.jsonl").read_text()
    big.write_text(run * 4)  # four copies: large enough for a progress bar, were stderr a terminal
    assert big.stat().st_size >= LARGE_INPUT_BYTES
    status, out, err = run_cli(capsys, "validate", str(big))
    assert status == 1  # the copies repeat uids
    assert "4 runs, 12,012 documents" in out
    assert err == ""


@pytest.mark.parametrize(
    ("name", "schema_path"),
    [
        ("start", "schemas/run_start.json"),
        ("run_start", "schemas/run_start.json"),
        ("descriptor", "schemas/event_descriptor.json"),
        ("event_descriptor", "schemas/event_descriptor.json"),
        ("event_page", "schemas/event_page.json"),
        ("bulk_events", "schemas/bulk_events.json"),
        ("document", "schemas/document.json"),
    ],
)
def test_schema_command(capsys: pytest.CaptureFixture[str], name: str, schema_path: str) -> None:
    status, out, _ = run_cli(capsys, "schema", name)
    assert status == 0
    assert json.loads(out) == load_schema(schema_path)


def test_schema_command_unknown_name(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run_cli(capsys, "schema", "evnet")
    assert status == 2
    assert out == ""
    assert "'evnet' is not a schema name" in err and "event_page" in err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out == f"{version('event-model')}\n"  # bare, as 1.24.0 prints it


def test_no_command_prints_help(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run_cli(capsys)
    assert status == 0
    assert "validate" in out and "schema" in out


def test_python_dash_m_and_a_pipe() -> None:
    """``python -m event_model validate -`` reading a pipe: the real console-script path."""
    completed = subprocess.run(
        [sys.executable, "-m", "event_model", "validate", "-"],
        input=(EXAMPLES / "faulty_run.jsonl").read_bytes(),
        capture_output=True,
        check=False,
        timeout=120,
    )
    assert completed.returncode == 1
    assert b"<stdin>:13: error [num-events]" in completed.stdout
    assert completed.stderr == b""  # no progress bar, no colour codes in a pipe
    assert b"\x1b[" not in completed.stdout


def test_examples_readme_shows_the_real_report(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The report quoted in examples/README.md is what the command prints (update the README if not)."""
    readme = (EXAMPLES / "README.md").read_text()
    quoted = readme.split("```text\n", 1)[1].split("```", 1)[0]
    monkeypatch.chdir(EXAMPLES.parent)
    status, out, _ = run_cli(capsys, "validate", "examples/faulty_run.jsonl", "examples/scan_det_motor.jsonl")
    assert status == 1
    assert out == quoted


def test_hostile_nesting_is_reported_not_fatal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = corpus_lines("count_det")
    lines.insert(2, "[" * 100_000 + "]" * 100_000)
    name, event = json.loads(lines[3])
    deep: list[Any] = []
    innermost = deep
    for _ in range(600):
        innermost.append([])
        innermost = innermost[0]
    event["data"]["det"] = deep  # a number was declared
    lines[3] = json.dumps([name, event])
    status, report = json_report(capsys, str(write_lines(tmp_path / "deep.jsonl", lines)))
    assert status == 1
    found = [(f["line"], f["code"]) for f in report["sources"][0]["findings"]]
    assert found == [(3, "malformed-line"), (4, "data-type")]
    assert "nested too deeply" in report["sources"][0]["findings"][0]["message"]


def test_progress_always_prints_plain_lines_when_stderr_is_not_a_terminal(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, err = run_cli(capsys, "validate", "--progress", "always", str(DATA / "count_det.jsonl"))
    assert status == 0
    assert err.endswith("count_det.jsonl: done, 8 documents, 100%\n")
    assert "\x1b" not in err  # no terminal control codes
    assert "count_det.jsonl: 1 run, 8 documents: valid" in out


def motor_run_declaring_an_integer_setpoint() -> list[list[Any]]:
    """scan_det_motor as ophyd's simulated motor writes it: setpoint declared 'integer', floats read."""
    run = [json.loads(line) for line in (DATA / "scan_det_motor.jsonl").read_text().splitlines()]
    run[1][1]["data_keys"]["motor_setpoint"]["dtype"] = "integer"
    for name, doc in run:
        if name == "event":
            doc["data"]["motor_setpoint"] = doc["data"]["motor_setpoint"] + 0.25
    return run


def test_a_float_from_an_integer_key_is_one_warning_and_exit_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "motor.jsonl"
    path.write_text("".join(json.dumps(pair) + "\n" for pair in motor_run_declaring_an_integer_setpoint()))
    status, out, _ = run_cli(capsys, "validate", str(path))
    assert status == 0
    assert out.count(": warning [float-in-integer-key]") == 1  # once for the stream, not per event
    assert "declare dtype 'number' at the source" in out
    assert run_cli(capsys, "validate", "--strict", str(path))[0] == 1


def test_a_string_in_a_number_column_stays_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run = motor_run_declaring_an_integer_setpoint()
    run[2][1]["data"]["motor_setpoint"] = "one"
    run[3][1]["data"]["det"] = [1.0]  # a wrong shape
    path = tmp_path / "motor.jsonl"
    path.write_text("".join(json.dumps(pair) + "\n" for pair in run))
    status, out, _ = run_cli(capsys, "validate", str(path))
    assert status == 1
    assert (
        "motor.jsonl:3: error [data-type] event $.data.motor_setpoint: expected a number or a boolean" in out
    )
    assert "motor.jsonl:4: error [data-type] event $.data.det: expected a number, got [1.0] (list)" in out


def test_an_unterminated_string_is_worded_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "cut.jsonl"
    path.write_text((DATA / "count_det.jsonl").read_text()[:-40] + "\n")
    status, out, _ = run_cli(capsys, "validate", str(path))
    assert status == 1
    assert "not JSON: Unterminated string starting at column" in out
    assert "at at" not in out


def test_one_wrong_field_is_one_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run = [json.loads(line) for line in (DATA / "count_det.jsonl").read_text().splitlines()]
    run[3][1]["time"] = "now"
    del run[4][1]["seq_num"]
    path = tmp_path / "two.jsonl"
    path.write_text("".join(json.dumps(pair) + "\n" for pair in run))
    status, out, _ = run_cli(capsys, "validate", str(path))
    assert status == 1
    assert "two.jsonl: 1 run, 8 documents: 2 errors" in out
    assert "two.jsonl:4: error [schema] event $.time: expected a number, got 'now' (str)" in out
    assert "Unevaluated" not in out and "seq-num-gap" not in out
