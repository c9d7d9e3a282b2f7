"""Shared pieces of the schema tests: vector files, corpus files and the reference validator.

The reference validator is plain ``jsonschema`` run over the hand-written files in
``schemas/`` (not the package copies), so the vectors check the schemas themselves.
This module imports nothing from ``event_model``; it is also used by scratch scripts
that run under other interpreters.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import jsonschema.validators
import referencing
from jsonschema.protocols import Validator
from referencing.jsonschema import DRAFT202012

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SCHEMA_DIR = PROJECT_ROOT / "schemas"
VECTOR_DIR = PROJECT_ROOT / "tests" / "vectors"
VECTOR_FILE_SCHEMA = VECTOR_DIR / "vectors.schema.json"
CORPUS_FILES = (
    *sorted((PROJECT_ROOT / "tests" / "data").glob("*.jsonl")),
    PROJECT_ROOT / "benchmarks" / "data" / "count_large.jsonl",
)
ENVELOPE_SCHEMA_FILE = "document.json"


def _is_array(checker: jsonschema.TypeChecker, instance: object) -> bool:
    """Accept lists, tuples and array-likes (numpy) wherever a schema says "array"."""
    plain = jsonschema.Draft202012Validator.TYPE_CHECKER.is_type(instance, "array")
    return plain or isinstance(instance, tuple) or hasattr(instance, "__array__")


ReferenceValidator = jsonschema.validators.extend(
    jsonschema.Draft202012Validator,
    type_checker=jsonschema.Draft202012Validator.TYPE_CHECKER.redefine("array", _is_array),
)
"""Draft 2020-12 validator whose "array" type also admits tuples and array-likes."""


def load_json(path: Path) -> Any:
    """Read one JSON file."""
    with path.open(encoding="utf-8") as stream:
        return json.load(stream)


def check_vector_file(path: Path, vector_schema: Path) -> list[Any]:
    """The cases of a vector file, after checking it against its folder's schema and that
    each description is unique within the file."""
    cases: list[Any] = load_json(path)
    jsonschema.validate(cases, load_json(vector_schema))
    descriptions = [case["description"] for case in cases]
    assert len(set(descriptions)) == len(descriptions), "descriptions must be unique within a file"
    return cases


def schema_files() -> list[Path]:
    """Every hand-written schema file, sorted by name."""
    return sorted(SCHEMA_DIR.glob("*.json"))


@cache
def schema_registry() -> referencing.Registry[Any]:
    """A registry holding every schema under its ``$id``, so that relative refs resolve locally."""
    resources = []
    for path in schema_files():
        contents = load_json(path)
        # Registered without "$schema": on entering a resource that names its dialect,
        # jsonschema swaps in the stock validator class and so drops our array type
        # checker (python-jsonschema/jsonschema#994). The dialect is fixed here instead.
        contents.pop("$schema", None)
        resources.append((contents["$id"], DRAFT202012.create_resource(contents)))
    return referencing.Registry().with_resources(resources).crawl()


@cache
def reference_validator(schema_file: str) -> Validator:
    """The reference validator of ``schemas/<schema_file>``, built once."""
    schema = load_json(SCHEMA_DIR / schema_file)
    validator: Validator = ReferenceValidator(schema, registry=schema_registry())
    return validator


def envelope_verdict(envelope: Any, is_valid_as: Callable[[str, Any], bool | None]) -> bool:
    """Whether a ``{"name", "doc"}`` object or ``[name, doc]`` pair carries a valid document.

    ``is_valid_as(name, doc)`` judges the document; it returns None for a name it does
    not know. This is the verdict that ``document.json`` must give, phrased through a
    validator of each document type.
    """
    if isinstance(envelope, dict) and set(envelope) == {"name", "doc"}:
        name, doc = envelope["name"], envelope["doc"]
    elif isinstance(envelope, (list, tuple)) and len(envelope) == 2:
        name, doc = envelope
    else:
        return False
    if not isinstance(name, str):
        return False
    return bool(is_valid_as(name, doc))


@dataclass(frozen=True)
class VectorCase:
    """One case of a vector file: a document and whether its schema accepts it."""

    file: str
    description: str
    document: Any
    valid: bool

    @property
    def id(self) -> str:
        """The test id, ``<file>-<description>``."""
        return f"{self.file}-{self.description}"

    @property
    def schema_file(self) -> str:
        """The schema the case is judged by: the one named like the vector file."""
        return self.file


def vector_files() -> list[Path]:
    """The verdict vector files: every ``tests/vectors/*.json`` but the schemas of vector files."""
    return sorted(p for p in VECTOR_DIR.glob("*.json") if not p.name.endswith(".schema.json"))


def load_cases(path: Path) -> list[VectorCase]:
    """Read the cases of one vector file."""
    return [
        VectorCase(path.name, case["description"], case["document"], case["valid"])
        for case in load_json(path)
    ]


def all_cases() -> list[VectorCase]:
    """The cases of every vector file, in file order."""
    return [case for path in vector_files() for case in load_cases(path)]


def read_corpus(path: Path) -> Iterator[tuple[int, Any]]:
    """Yield ``(line number, parsed line)`` for each line of a JSON-lines corpus file."""
    with path.open(encoding="utf-8") as stream:
        for number, line in enumerate(stream, start=1):
            if line.strip():
                yield number, json.loads(line)
