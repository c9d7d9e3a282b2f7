"""Schema verdict vectors: every case in ``tests/vectors/*.json`` gets its recorded verdict.

Each file is named after the schema that judges its cases (``event.json`` cases are
judged by ``schemas/event.json``). The recorded verdicts are event-model 1.24.0's.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from vectorlib import (
    ENVELOPE_SCHEMA_FILE,
    VECTOR_FILE_SCHEMA,
    VectorCase,
    all_cases,
    load_cases,
    load_json,
    reference_validator,
    schema_files,
    vector_files,
)

MINIMUM_CASES_PER_FILE = 20

CASES = all_cases()
FILES = vector_files()

Verdict = Callable[[VectorCase], bool]


def reference_verdict(case: VectorCase) -> bool:
    """Verdict of plain jsonschema over the hand-written schema files."""
    return bool(reference_validator(case.schema_file).is_valid(case.document))


def fast_validation_verdict(case: VectorCase) -> bool:
    """Verdict of ``event_model.validation`` (the fast validators).

    Envelope cases go to its ``envelope_validator()``; the others to the entry of
    ``schema_validators`` whose schema file is named like the vector file.
    """
    from event_model.schema_files import SCHEMA_NAMES
    from event_model.validation import envelope_validator, schema_validators

    if case.schema_file == ENVELOPE_SCHEMA_FILE:
        return bool(envelope_validator().is_valid(case.document))
    by_file = {Path(path).name: name for name, path in SCHEMA_NAMES.items()}
    return bool(schema_validators[by_file[case.schema_file]].is_valid(case.document))


VERDICTS: dict[str, Verdict] = {
    "reference": reference_verdict,
    "fast": fast_validation_verdict,
}


def _as_tuples(value: Any) -> Any:
    """Copy a JSON value with every list turned into a tuple."""
    if isinstance(value, list):
        return tuple(_as_tuples(item) for item in value)
    if isinstance(value, dict):
        return {key: _as_tuples(item) for key, item in value.items()}
    return value


@pytest.mark.parametrize("implementation", sorted(VERDICTS))
@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_verdict(case: VectorCase, implementation: str) -> None:
    assert VERDICTS[implementation](case) is case.valid


@pytest.mark.parametrize("implementation", sorted(VERDICTS))
@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_verdict_with_tuples_for_arrays(case: VectorCase, implementation: str) -> None:
    as_tuples = VectorCase(case.file, case.description, _as_tuples(case.document), case.valid)
    assert VERDICTS[implementation](as_tuples) is case.valid


def test_vector_file_schema_is_a_valid_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(load_json(VECTOR_FILE_SCHEMA))


@pytest.mark.parametrize("path", FILES, ids=[path.name for path in FILES])
def test_vector_file_matches_vector_schema(path: Path) -> None:
    validator = jsonschema.Draft202012Validator(load_json(VECTOR_FILE_SCHEMA))
    errors = [error.message for error in validator.iter_errors(load_json(path))]
    assert errors == []


@pytest.mark.parametrize("path", FILES, ids=[path.name for path in FILES])
def test_vector_file_descriptions_are_unique_statements(path: Path) -> None:
    descriptions = Counter(case.description for case in load_cases(path))
    assert [d for d, count in descriptions.items() if count > 1] == []
    assert [d for d in descriptions if "should" in d.lower()] == []


@pytest.mark.parametrize("path", FILES, ids=[path.name for path in FILES])
def test_vector_file_has_enough_valid_and_invalid_cases(path: Path) -> None:
    verdicts = Counter(case.valid for case in load_cases(path))
    assert verdicts[True] + verdicts[False] >= MINIMUM_CASES_PER_FILE
    assert verdicts[True] > 0
    assert verdicts[False] > 0


def test_every_schema_has_a_vector_file() -> None:
    assert [p.name for p in schema_files()] == [p.name for p in FILES]
