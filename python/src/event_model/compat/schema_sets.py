"""Load a set of schema files to compare: a folder, or the schemas packaged in a release.

A :class:`SchemaSet` is every ``*.json`` file of one version of the document
schemas, keyed by file name, together with the JSON Schema dialect its validator
used. A folder is read as is (dialect from ``$schema``, draft 2020-12 when absent);
a release name such as ``1.23.1`` downloads that release's wheel from the package
index with ``pip download`` (once, into a cache folder) and reads the schemas it
ships, with the dialect that release validated with.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import EventModelValueError

__all__ = ["DIALECT_2020_12", "DIALECT_DRAFT7", "SchemaSet", "load_schema_set", "release_cache_folder"]

DIALECT_2020_12 = "https://json-schema.org/draft/2020-12/schema"
DIALECT_DRAFT7 = "http://json-schema.org/draft-07/schema#"

RELEASE_NAME = re.compile(r"^v?\d+(\.\d+){1,2}([a-z]+\d*)?$")
"""A released version name, as opposed to a folder: ``1.23``, ``1.24.0``, ``v1.19.9``."""


@dataclass
class SchemaSet:
    """One version of the schema files: file name → parsed schema, plus the dialect."""

    label: str
    files: dict[str, dict[str, Any]]
    dialect: str = DIALECT_2020_12
    package_version: str | None = None
    uris: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for name, schema in self.files.items():
            self.uris.setdefault(name, str(schema.get("$id") or f"urn:event-model-schema-set:{name}"))

    def resolve(self, file_name: str, reference: str) -> tuple[str, Any]:
        """Follow ``reference`` written in ``file_name``; return the target file name and subschema."""
        target_part, _, pointer = reference.partition("#")
        target = file_name if not target_part else os.path.basename(target_part)
        if target not in self.files:
            raise EventModelValueError(f"{reference!r} in {file_name} names no file of the set {self.label}")
        node: Any = self.files[target]
        for token in [part for part in pointer.split("/") if part]:
            token = token.replace("~1", "/").replace("~0", "~")
            if isinstance(node, list):
                node = node[int(token)]
            elif isinstance(node, Mapping) and token in node:
                node = node[token]
            else:
                raise EventModelValueError(f"{reference!r} in {file_name} points at nothing")
        return target, node


def load_schema_set(source: str | os.PathLike[str], *, cache: Path | None = None) -> SchemaSet:
    """Load a schema set from a folder of ``*.json`` files, or from a release name such as ``1.23.1``."""
    path = Path(source)
    if path.is_dir():
        return _from_folder(path)
    text = str(source)
    if RELEASE_NAME.match(text):
        return _from_release(text.lstrip("v"), cache or release_cache_folder())
    raise EventModelValueError(
        f"{text!r} is neither a folder of schema files nor a release name such as '1.24.0'"
    )


def _from_folder(folder: Path) -> SchemaSet:
    """Read every ``*.json`` file of ``folder``; a ``baseline.json`` note there gives the package version."""
    files: dict[str, dict[str, Any]] = {}
    package_version = None
    for file in sorted(folder.glob("*.json")):
        loaded = json.loads(file.read_text(encoding="utf-8"))
        if file.name == "baseline.json":
            package_version = loaded.get("package_version")
            continue
        if isinstance(loaded, dict):
            files[file.name] = loaded
    if not files:
        raise EventModelValueError(f"{str(folder)!r} holds no schema file (*.json)")
    dialects = {schema.get("$schema", DIALECT_2020_12) for schema in files.values()}
    dialect = DIALECT_DRAFT7 if any("draft-07" in str(d) for d in dialects) else DIALECT_2020_12
    return SchemaSet(str(folder), files, dialect=dialect, package_version=package_version)


def release_cache_folder() -> Path:
    """Where downloaded release wheels are kept: ``$EVENT_MODEL_RELEASE_CACHE`` or a temp folder."""
    configured = os.environ.get("EVENT_MODEL_RELEASE_CACHE")
    return Path(configured) if configured else Path(tempfile.gettempdir()) / "event-model-release-schemas"


def _from_release(release: str, cache: Path) -> SchemaSet:
    """Read the schemas packaged in the wheel of event-model ``release`` (downloaded once)."""
    folder = cache / release
    wheels = sorted(folder.glob("event_model-*.whl")) if folder.is_dir() else []
    if not wheels:
        folder.mkdir(parents=True, exist_ok=True)
        command = [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--quiet",
            "--disable-pip-version-check",
            "--no-deps",
            "--only-binary=:all:",
            "--dest",
            str(folder),
            f"event-model=={release}",
        ]
        completed = subprocess.run(command, capture_output=True, text=True, check=False)
        wheels = sorted(folder.glob("event_model-*.whl"))
        if completed.returncode != 0 or not wheels:
            raise EventModelValueError(
                f"{release!r}: could not download the event-model release ({completed.stderr.strip()[-300:]})"
            )
    files: dict[str, dict[str, Any]] = {}
    with zipfile.ZipFile(wheels[0]) as wheel:
        for member in wheel.namelist():
            if re.fullmatch(r"event_model/schemas/[^/]+\.json", member):
                files[os.path.basename(member)] = json.loads(wheel.read(member))
        code = wheel.read("event_model/__init__.py").decode("utf-8", "replace")
    dialect = DIALECT_2020_12 if "Draft202012Validator" in code else DIALECT_DRAFT7
    return SchemaSet(f"event-model {release}", files, dialect=dialect, package_version=release)
