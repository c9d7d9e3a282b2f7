"""Run the language-neutral error vectors in tests/vectors/errors against event_model's validators.

Each vector file holds a list of cases ``{description, name, document, errors}`` described
by tests/vectors/errors.schema.json: ``iter_errors`` of the document's validator must give
exactly the listed errors, in that order (``path`` its ``json_path``, ``message`` its
``problem``), and ``validate`` must raise the first. Every case becomes one test, with the
id ``<file>-<description>``. The TypeScript ``validate()`` runs the same files
(typescript/test/error-vectors.test.mjs).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from event_model import DocumentNames, schema_validators
from event_model.validation import DocumentValidationError
from vectorlib import check_vector_file, load_json

VECTOR_DIR = Path(__file__).resolve().parent / "vectors" / "errors"
VECTOR_SCHEMA = Path(__file__).resolve().parent / "vectors" / "errors.schema.json"


VECTOR_FILES = sorted(VECTOR_DIR.glob("*.json"))
CASES = [(path.name, case) for path in VECTOR_FILES for case in load_json(path)]


@pytest.mark.parametrize("path", VECTOR_FILES, ids=lambda path: path.name)
def test_vector_file_follows_its_schema(path: Path) -> None:
    check_vector_file(path, VECTOR_SCHEMA)


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


def _repeats_an_error(case: dict[str, Any]) -> bool:
    errors = [(error["path"], error["message"]) for error in case["errors"]]
    return len(set(errors)) < len(errors)


def _splits_missing_keys(case: dict[str, Any]) -> bool:
    """Whether a "missing required keys" error is followed by one naming a single key at its path."""
    errors = case["errors"]
    return any(
        first["message"].startswith("missing required keys ")
        and any(
            later["path"] == first["path"] and later["message"].startswith("missing required key '")
            for later in errors[index + 1 :]
        )
        for index, first in enumerate(errors)
    )


def test_vectors_hold_the_repeats_of_iter_errors() -> None:
    """The same error twice (a non-object event), and one required error per missing key, are held to."""
    assert sum(_repeats_an_error(case) for _, case in CASES) >= 3
    assert sum(_splits_missing_keys(case) for _, case in CASES) >= 10
