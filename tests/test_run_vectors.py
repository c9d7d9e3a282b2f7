"""Run the language-neutral run vectors in tests/vectors/runs against event_model's RunValidator.

Each vector file holds a list of cases ``{description, documents, findings}`` described
by tests/vectors/runs.schema.json: the documents are fed in order, the end of the input
is declared, and the validator must report exactly the listed findings (code, severity,
index, path), in that order. Every case becomes one test, with the id ``<file>-<description>``.
The TypeScript RunValidator runs the same files (typescript/test/run-vectors.test.mjs).
"""

from __future__ import annotations

import copy
import functools
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from event_model.event_schema import event_page_schema_for, event_schema_for
from event_model.run_validator import RunValidator
from event_model.validation import schema_validator_for
from vectorlib import check_vector_file, load_json

VECTOR_DIR = Path(__file__).resolve().parent / "vectors" / "runs"
VECTOR_SCHEMA = Path(__file__).resolve().parent / "vectors" / "runs.schema.json"
READING_VECTORS = Path(__file__).resolve().parent / "vectors" / "event_schemas" / "readings.json"
READING_SCHEMA = Path(__file__).resolve().parent / "vectors" / "event_schemas.schema.json"
CORPUS_DIR = Path(__file__).resolve().parent / "data"


VECTOR_FILES = sorted(VECTOR_DIR.glob("*.json"))
CASES = [(path.name, case) for path in VECTOR_FILES for case in load_json(path)]


@pytest.mark.parametrize("path", VECTOR_FILES, ids=lambda path: path.name)
def test_vector_file_follows_its_schema(path: Path) -> None:
    check_vector_file(path, VECTOR_SCHEMA)


def test_every_finding_code_has_a_vector() -> None:
    codes = set(
        load_json(VECTOR_SCHEMA)["items"]["properties"]["findings"]["items"]["properties"]["code"]["enum"]
    )
    covered = {finding["code"] for _, case in CASES for finding in case["findings"]}
    assert covered == codes


def test_every_corpus_run_is_a_clean_vector() -> None:
    corpus = {case["description"] for name, case in CASES if name == "corpus.json" and not case["findings"]}
    assert corpus == {f"the corpus run {path.name} has no findings" for path in CORPUS_DIR.glob("*.jsonl")}


@pytest.mark.parametrize(
    ("file_name", "case"), CASES, ids=[f"{name}-{case['description']}" for name, case in CASES]
)
def test_run_vector(file_name: str, case: dict[str, Any]) -> None:
    documents = copy.deepcopy(case["documents"])
    validator = RunValidator()
    for name, doc in documents:
        validator(name, doc)
    validator.finish()
    found = [
        {"code": finding.code, "severity": finding.severity, "index": finding.index, "path": finding.path}
        for finding in validator.findings
    ]
    assert found == case["findings"]
    assert documents == case["documents"], "the validator changed a document"


READING_CASES = load_json(READING_VECTORS)


def test_reading_vectors_follow_their_schema() -> None:
    jsonschema.validate(READING_CASES, load_json(READING_SCHEMA))
    descriptions = [case["description"] for case in READING_CASES]
    assert len(set(descriptions)) == len(descriptions)


@functools.cache
def _stream_validators(data_key_json: str) -> tuple[Any, Any]:
    """The event and page validators of the one-key descriptor of a reading case, built once per data key."""
    descriptor = {
        "uid": "d-0000",
        "run_start": "s",
        "time": 0.0,
        "name": "primary",
        "data_keys": {"k": {"source": "SIM:k", **json.loads(data_key_json)}},
    }
    return (
        schema_validator_for(event_schema_for(descriptor), document_name="event"),
        schema_validator_for(event_page_schema_for(descriptor), document_name="event_page"),
    )


@pytest.mark.parametrize("case", READING_CASES, ids=[case["description"] for case in READING_CASES])
def test_reading_vector_is_event_schema_for_verdict(case: dict[str, Any]) -> None:
    """The stored verdicts are still event_schema_for's (the TypeScript interpreter must match them)."""
    event: dict[str, Any] = {
        "uid": "e-0001",
        "time": 1.0,
        "descriptor": "d-0000",
        "seq_num": 1,
        "data": {"k": case["reading"]},
        "timestamps": {"k": 1.0},
    }
    page: dict[str, Any] = {
        "uid": ["e-0001"],
        "time": [1.0],
        "descriptor": "d-0000",
        "seq_num": [1],
        "data": {"k": [case["reading"]]},
        "timestamps": {"k": [1.0]},
    }
    if "filled" in case:
        event["filled"] = {"k": case["filled"]}
        page["filled"] = {"k": [case["filled"]]}
    events, pages = _stream_validators(json.dumps(case["data_key"], sort_keys=True))
    assert events.is_valid(event) is case["valid"]
    assert pages.is_valid(page) is case["page_valid"]
