"""The ``event-model schema diff`` command and the release gate, on fixture folders."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from event_model.cli import main
from event_model.compat.release_gate import main as gate

ROOT = Path(__file__).resolve().parents[1]


def _folder(tmp_path: Path, name: str, edit: object = None) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    for schema_file in (ROOT / "schemas").glob("*.json"):
        schema = json.loads(schema_file.read_text(encoding="utf-8"))
        if callable(edit):
            edit(schema_file.name, schema)
        (folder / schema_file.name).write_text(json.dumps(schema), encoding="utf-8")
    return folder


def _require_name(file: str, schema: dict) -> None:  # type: ignore[type-arg]
    if file == "event_descriptor.json":
        schema["required"].append("name")


def _bump(file: str, schema: dict) -> None:  # type: ignore[type-arg]
    _require_name(file, schema)
    schema["$id"] = schema["$id"].replace("/v1/", "/v2/")


def test_same_schemas_exit_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "diff", str(ROOT / "schemas"), str(ROOT / "release-baseline")]) == 0
    assert "no changes" in capsys.readouterr().out


def test_required_name_is_forward_only_and_fails_on_forward(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = _folder(tmp_path, "old"), _folder(tmp_path, "new", _require_name)
    assert main(["schema", "diff", str(old), str(new), "--json"]) == 0  # default --fail-on breaking
    report = json.loads(capsys.readouterr().out)
    assert report["verdict"] == "forward"
    assert [(c["path"], c["kind"]) for c in report["changes"]] == [("/name", "required_added")]
    assert main(["schema", "diff", str(old), str(new), "--fail-on", "forward"]) == 4
    assert main(["schema", "diff", str(old), str(new), "--format", "github", "--fail-on", "backward"]) == 4
    assert "::warning file=" in capsys.readouterr().out


def test_unreadable_input_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "diff", str(tmp_path / "missing"), str(ROOT / "schemas")]) == 2
    assert "neither a folder" in capsys.readouterr().err


def test_release_gate_needs_both_version_bumps(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    baseline = _folder(tmp_path, "baseline")
    (baseline / "baseline.json").write_text(json.dumps({"package_version": "1.25.0"}), encoding="utf-8")
    unannounced, announced = _folder(tmp_path, "plain", _require_name), _folder(tmp_path, "bumped", _bump)
    assert gate([str(baseline), str(unannounced), "--package-version", "1.26.0"]) == 1
    assert gate([str(baseline), str(announced), "--package-version", "1.26.0"]) == 1
    assert gate([str(baseline), str(announced), "--package-version", "2.0.0"]) == 0
    assert "without a version bump" in capsys.readouterr().err


def test_verify_option_confirms_the_verdict(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = _folder(tmp_path, "old"), _folder(tmp_path, "new", _require_name)
    assert main(["schema", "diff", str(old), str(new), "--verify", "200"]) == 0
    assert "verified on" in capsys.readouterr().err
