"""Run the language-neutral error vectors in tests/vectors/errors against event_model's validators.

Each vector file holds a list of cases ``{description, name, document, errors}`` described
by tests/vectors/errors.schema.json: ``iter_errors`` of the document's validator must give
exactly the listed errors, in that order (``path`` its ``json_path``, ``message`` its
``problem``), and ``validate`` must raise the first. Every case becomes one test, with the
id ``<file>-<description>``. The TypeScript ``validate()`` runs the same files
(typescript/test/error-vectors.test.mjs).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from event_model import DocumentNames, schema_validators
from event_model.validation import DocumentValidationError

VECTOR_DIR = Path(__file__).resolve().parent / "vectors" / "errors"
VECTOR_SCHEMA = Path(__file__).resolve().parent / "vectors" / "errors.schema.json"


def _load(path: Path) -> Any:
    with path.open(encoding="utf-8") as stream:
        return json.load(stream)


VECTOR_FILES = sorted(VECTOR_DIR.glob("*.json"))
CASES = [(path.name, case) for path in VECTOR_FILES for case in _load(path)]


@pytest.mark.parametrize("path", VECTOR_FILES, ids=lambda path: path.name)
def test_vector_file_follows_its_schema(path: Path) -> None:
    cases = _load(path)
    jsonschema.validate(cases, _load(VECTOR_SCHEMA))
    descriptions = [case["description"] for case in cases]
    assert len(set(descriptions)) == len(descriptions), "descriptions must be unique within a file"


def test_every_document_name_has_vectors() -> None:
    assert {case["name"] for _, case in CASES} == {name.value for name in DocumentNames}


def test_some_vectors_have_several_errors() -> None:
    assert sum(len(case["errors"]) > 1 for _, case in CASES) >= 5


@pytest.mark.parametrize(
    ("file", "case"), CASES, ids=[f"{file}-{case['description']}" for file, case in CASES]
)
def test_iter_errors_gives_exactly_the_listed_errors(file: str, case: dict[str, Any]) -> None:
    validator = schema_validators[DocumentNames(case["name"])]
    errors = [
        {"path": error.json_path, "message": error.problem}
        for error in validator.iter_errors(case["document"])
    ]
    assert errors == case["errors"]
    with pytest.raises(DocumentValidationError) as raised:
        validator.validate(case["document"])
    assert (raised.value.json_path, raised.value.problem) == (
        case["errors"][0]["path"],
        case["errors"][0]["message"],
    )
