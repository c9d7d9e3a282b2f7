"""``event-model schema diff`` given a released version name, without the network.

A release name makes the command read the schemas packaged in that release's
wheel, downloaded once with ``pip download`` into ``$EVENT_MODEL_RELEASE_CACHE``.
These tests build that wheel from the release's schema shapes kept in
tests/data/release_schemas/ and stand in for pip, so the whole path (cache
lookup, download command, wheel reading, dialect) runs offline.
"""

from __future__ import annotations

import json
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pytest
from event_model.cli import main
from event_model.compat import schema_sets

ROOT = Path(__file__).resolve().parents[1]
RELEASES = ROOT / "tests" / "data" / "release_schemas"


def _wheel(folder: Path, release: str) -> Path:
    """A wheel of event-model ``release`` holding its schemas and an ``__init__`` naming its validator."""
    folder.mkdir(parents=True, exist_ok=True)
    wheel = folder / f"event_model-{release}-py3-none-any.whl"
    dialect = json.loads((RELEASES / "releases.json").read_text(encoding="utf-8"))[release]
    validator = "Draft7Validator" if dialect == "draft-07" else "Draft202012Validator"
    with zipfile.ZipFile(wheel, "w") as archive:
        for schema in sorted((RELEASES / release).glob("*.json")):
            archive.writestr(f"event_model/schemas/{schema.name}", schema.read_text(encoding="utf-8"))
        archive.writestr("event_model/__init__.py", f"from jsonschema import {validator}\n")
    return wheel


def _folder(folder: Path, release: str) -> Path:
    """The release's schemas as a folder, each naming the release's dialect in ``$schema``."""
    dialect = json.loads((RELEASES / "releases.json").read_text(encoding="utf-8"))[release]
    uri = schema_sets.DIALECT_DRAFT7 if dialect == "draft-07" else schema_sets.DIALECT_2020_12
    folder.mkdir(parents=True)
    for schema in sorted((RELEASES / release).glob("*.json")):
        loaded = json.loads(schema.read_text(encoding="utf-8"))
        (folder / schema.name).write_text(json.dumps({"$schema": uri, **loaded}), encoding="utf-8")
    return folder


def _diff(capsys: pytest.CaptureFixture[str], old: str, new: str) -> tuple[int, dict[str, Any]]:
    status = main(["schema", "diff", "--json", old, new])
    return status, json.loads(capsys.readouterr().out)


def _changes(report: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    return sorted((c["document"], c["path"], c["kind"], c["verdict"]) for c in report["changes"])


def _no_pip(*args: Any, **kwargs: Any) -> Any:
    raise AssertionError("a cached wheel is read without calling pip")


def test_a_cached_release_is_diffed_like_its_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("EVENT_MODEL_RELEASE_CACHE", str(tmp_path))
    monkeypatch.setattr(schema_sets.subprocess, "run", _no_pip)
    _wheel(tmp_path / "1.20.0", "1.20.0")
    status, report = _diff(capsys, "1.20.0", str(ROOT / "schemas"))
    folder = _folder(tmp_path / "folder", "1.20.0")
    folder_status, folder_report = _diff(capsys, str(folder), str(ROOT / "schemas"))
    assert report["old"] == "event-model 1.20.0"
    assert (status, _changes(report)) == (folder_status, _changes(folder_report))
    assert ("stream_resource.json", "/mimetype", "required_added", "forward") in _changes(report)
    assert status != 0


def test_a_v_prefixed_release_name_reads_the_same_wheel(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("EVENT_MODEL_RELEASE_CACHE", str(tmp_path))
    monkeypatch.setattr(schema_sets.subprocess, "run", _no_pip)
    _wheel(tmp_path / "1.23.1", "1.23.1")
    _, plain = _diff(capsys, "1.23.1", str(ROOT / "schemas"))
    _, prefixed = _diff(capsys, "v1.23.1", str(ROOT / "schemas"))
    assert _changes(plain) == _changes(prefixed)
    assert ("event_descriptor.json", "/object_classes", "type_narrowed", "forward") in _changes(plain)


def test_a_missing_release_is_downloaded_once_with_pip(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    calls: list[list[str]] = []

    def pip(command: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        calls.append(command)
        _wheel(Path(command[command.index("--dest") + 1]), "1.19.0")
        return subprocess.CompletedProcess(command, 0, "", "")

    monkeypatch.setenv("EVENT_MODEL_RELEASE_CACHE", str(tmp_path))
    monkeypatch.setattr(schema_sets.subprocess, "run", pip)
    first, report = _diff(capsys, "1.19.0", str(RELEASES / "1.20.0"))
    second, _ = _diff(capsys, "1.19.0", str(RELEASES / "1.20.0"))
    assert len(calls) == 1
    assert calls[0][1:4] == ["-m", "pip", "download"]
    assert "--no-deps" in calls[0] and calls[0][-1] == "event-model==1.19.0"
    assert first == second
    assert ("stream_datum.json", "/descriptor", "required_added", "forward") in _changes(report)


def test_a_release_pip_cannot_fetch_exits_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def pip(command: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        return subprocess.CompletedProcess(command, 1, "", "ERROR: No matching distribution found")

    monkeypatch.setenv("EVENT_MODEL_RELEASE_CACHE", str(tmp_path))
    monkeypatch.setattr(schema_sets.subprocess, "run", pip)
    assert main(["schema", "diff", "9.9.9", str(ROOT / "schemas")]) == 2
    captured = capsys.readouterr()
    assert "could not download" in captured.err + captured.out
    assert "No matching distribution" in captured.err + captured.out
