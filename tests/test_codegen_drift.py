"""The committed generated files are exactly what the schemas generate now."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CODEGEN = ROOT / "codegen"


def _run_check() -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(CODEGEN / "run.py"), "--check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )


def test_generated_files_match_schemas() -> None:
    result = _run_check()
    assert result.returncode == 0, result.stderr
    assert "generated files match schemas/" in result.stdout


def test_every_generated_file_says_so_in_its_first_line() -> None:
    generated = [
        *sorted((ROOT / "python/src/event_model/documents").glob("*.py")),
        *sorted((ROOT / "typescript/src/generated").rglob("*.ts")),
    ]
    assert generated
    for path in generated:
        first_line = path.read_text().splitlines()[0]
        assert "GENERATED FILE" in first_line and "nox -s codegen" in first_line, path


def test_packaged_schemas_are_byte_copies() -> None:
    for schema in sorted((ROOT / "schemas").glob("*.json")):
        packaged = ROOT / "python/src/event_model/schemas" / schema.name
        assert packaged.read_bytes() == schema.read_bytes(), schema.name


def test_every_property_has_a_description() -> None:
    def walk(node: object, where: str) -> None:
        if isinstance(node, dict):
            for name, sub in node.get("properties", {}).items():
                assert isinstance(sub, dict) and sub.get("description"), f"{where}.properties.{name}"
            for key, value in node.items():
                walk(value, f"{where}.{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, f"{where}[{index}]")

    for schema in sorted((ROOT / "schemas").glob("*.json")):
        walk(json.loads(schema.read_text()), schema.name)


def test_editing_a_description_is_caught(tmp_path: Path) -> None:
    """A changed schema description makes the drift check fail with the fix to apply."""
    sys.path.insert(0, str(CODEGEN))
    try:
        import python_types
        import run
    finally:
        sys.path.remove(str(CODEGEN))
    schema = json.loads((ROOT / "schemas/run_stop.json").read_text())
    schema["properties"]["reason"]["description"] = "An edited description."
    schemas_copy = tmp_path / "schemas"
    schemas_copy.mkdir()
    for original in (ROOT / "schemas").glob("*.json"):
        (schemas_copy / original.name).write_bytes(original.read_bytes())
    (schemas_copy / "run_stop.json").write_text(json.dumps(schema, indent=2) + "\n")
    fresh = tmp_path / "fresh"
    original_dir = python_types.SCHEMA_DIR
    python_types.SCHEMA_DIR = schemas_copy
    try:
        python_types.generate(fresh)
    finally:
        python_types.SCHEMA_DIR = original_dir
    problems = [p for p in run.drift(fresh, ROOT) if "python/" in p]
    assert "differs: python/src/event_model/documents/run_stop.py" in problems
    assert "differs: python/src/event_model/schemas/run_stop.json" in problems
