"""Every document of the recorded runs is valid against our schemas, with and without its envelope."""

from __future__ import annotations

from pathlib import Path

import pytest
from event_model.document_names import DocumentNames
from event_model.schema_files import SCHEMA_NAMES
from vectorlib import CORPUS_FILES, ENVELOPE_SCHEMA_FILE, read_corpus, reference_validator

SCHEMA_FILE_OF = {name.value: Path(path).name for name, path in SCHEMA_NAMES.items()}
"""Schema file name of each document name."""

CORPUS_IDS = [path.name for path in CORPUS_FILES]


def test_every_document_name_has_a_schema_file() -> None:
    assert sorted(SCHEMA_FILE_OF) == sorted(member.value for member in DocumentNames)


@pytest.mark.parametrize("path", CORPUS_FILES, ids=CORPUS_IDS)
def test_corpus_documents_are_valid(path: Path) -> None:
    failures = []
    for number, (name, doc) in read_corpus(path):
        validator = reference_validator(SCHEMA_FILE_OF[name])
        failures += [f"line {number} ({name}): {e.message}" for e in validator.iter_errors(doc)]
    assert failures == []


@pytest.mark.parametrize("path", CORPUS_FILES, ids=CORPUS_IDS)
def test_corpus_lines_are_valid_envelopes(path: Path) -> None:
    validator = reference_validator(ENVELOPE_SCHEMA_FILE)
    invalid_lines = [number for number, line in read_corpus(path) if not validator.is_valid(line)]
    assert invalid_lines == []


@pytest.mark.parametrize("path", CORPUS_FILES, ids=CORPUS_IDS)
def test_corpus_lines_are_valid_as_name_and_doc_objects(path: Path) -> None:
    validator = reference_validator(ENVELOPE_SCHEMA_FILE)
    invalid_lines = [
        number
        for number, (name, doc) in read_corpus(path)
        if not validator.is_valid({"name": name, "doc": doc})
    ]
    assert invalid_lines == []


def test_corpus_covers_every_current_document_type() -> None:
    seen = {line[0] for path in CORPUS_FILES for _, line in read_corpus(path)}
    deprecated = {DocumentNames.bulk_events.value, DocumentNames.bulk_datum.value}
    assert seen == set(SCHEMA_FILE_OF) - deprecated
