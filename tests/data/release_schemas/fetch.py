"""Refresh the schema shapes of earlier event-model releases kept here for the migration tests.

``python tests/data/release_schemas/fetch.py`` downloads each release's wheel with
``pip download`` and writes its ``event_model/schemas/*.json`` into ``<version>/``,
keeping the validation keywords only (``title`` and ``description`` are dropped),
keys sorted, so the tests can check old-shape documents against the release that
wrote them without the network. ``releases.json`` records each release's JSON
Schema dialect (draft 7 up to the releases whose code used Draft202012Validator).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
RELEASES = ("1.17.0", "1.19.0", "1.19.3", "1.20.0", "1.21.0", "1.22.1", "1.22.3", "1.23.1")
SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")


def shape_only(schema: Any) -> Any:
    """The schema without its prose: every ``title`` and ``description`` keyword dropped."""
    if isinstance(schema, list):
        return [shape_only(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    kept: dict[str, Any] = {}
    for key, value in schema.items():
        if key in ("title", "description"):
            continue
        if key in SCHEMA_MAPS and isinstance(value, dict):
            kept[key] = {name: shape_only(item) for name, item in value.items()}
        else:
            kept[key] = shape_only(value)
    return kept


def main() -> None:
    dialects: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as folder:
        for release in RELEASES:
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "pip",
                    "download",
                    "--quiet",
                    "--no-deps",
                    "--only-binary=:all:",
                    "--dest",
                    f"{folder}/{release}",
                    f"event-model=={release}",
                ],
                check=True,
            )
            wheel = next(Path(folder, release).glob("event_model-*.whl"))
            target = HERE / release
            target.mkdir(exist_ok=True)
            with zipfile.ZipFile(wheel) as archive:
                for member in sorted(archive.namelist()):
                    if member.startswith("event_model/schemas/") and member.endswith(".json"):
                        schema = shape_only(json.loads(archive.read(member)))
                        text = json.dumps(schema, indent=1, sort_keys=True) + "\n"
                        (target / Path(member).name).write_text(text, encoding="utf-8")
                code = archive.read("event_model/__init__.py").decode("utf-8", "replace")
            dialects[release] = "2020-12" if "Draft202012Validator" in code else "draft-07"
    text = json.dumps(dialects, indent=1, sort_keys=True) + "\n"
    (HERE / "releases.json").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
