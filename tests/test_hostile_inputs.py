"""Hostile inputs: crafted descriptors, absurd shapes, deep nesting, BOM, NUL bytes, lone surrogates.

Each public entry point that reads such input must end in a clear error (an
``EventModelError`` or a ``ValidationError`` naming the document, the path and
what was expected) or in a finding, never in Python's generic TypeError,
RecursionError or AttributeError; must leave its input as it was; and the
``event-model validate`` command must print a report and exit 1 or 2, never a
traceback.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from event_model.cli import main
from event_model.document_names import DocumentNames
from event_model.errors import EventModelError
from event_model.event_schema import (
    MAX_DIMENSIONS,
    UnusableDataKey,
    event_page_schema_for,
    event_schema_for,
    stream_schemas,
)
from event_model.run_validator import RunValidator
from event_model.validation import (
    DocumentValidationError,
    InvalidSchemaType,
    schema_validator_for,
    schema_validators,
)
from jsonschema.exceptions import ValidationError

HERE = Path(__file__).resolve().parent
DEEP = 100_000


def count_det() -> list[list[Any]]:
    """The documents of a real run, as [name, doc] pairs."""
    return [json.loads(line) for line in (HERE / "data" / "count_det.jsonl").read_text().splitlines()]


def first(name: str) -> dict[str, Any]:
    """The first document called *name* in count_det."""
    doc: dict[str, Any] = next(doc for doc_name, doc in count_det() if doc_name == name)
    return doc


def nested(depth: int, leaf: Any = 1) -> Any:
    """A list nested *depth* levels deep, built without recursion."""
    value = leaf
    for _ in range(depth):
        value = [value]
    return value


def snapshot(value: Any) -> list[Any]:
    """A flat, recursion-free fingerprint of a JSON-like value (deepcopy and == recurse)."""
    tokens: list[Any] = []
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            tokens.append(("dict", len(item)))
            for key in reversed(list(item)):
                tokens.append(("key", key))
                stack.append(item[key])
        elif isinstance(item, (list, tuple)):
            tokens.append((type(item).__name__, len(item)))
            stack.extend(reversed(item))
        else:
            tokens.append((type(item).__name__, item))
    return tokens


def descriptor_with(data_key: Any) -> dict[str, Any]:
    """count_det's descriptor with its data key 'det' replaced."""
    descriptor = first("descriptor")
    descriptor["data_keys"]["det"] = data_key
    return descriptor


HOSTILE_DATA_KEYS = [
    ("dtype an object", {"dtype": {"a": 1}, "shape": []}, "$.data_keys.det.dtype"),
    ("dtype a list", {"dtype": ["number"], "shape": []}, "$.data_keys.det.dtype"),
    ("dtype a number", {"dtype": 5, "shape": []}, "$.data_keys.det.dtype"),
    ("dtype null", {"dtype": None, "shape": []}, "$.data_keys.det.dtype"),
    ("dtype with a NUL byte", {"dtype": "num\x00ber", "shape": []}, "$.data_keys.det.dtype"),
    ("dtype a lone surrogate", {"dtype": "\ud800", "shape": []}, "$.data_keys.det.dtype"),
    ("no dtype", {"shape": []}, "$.data_keys.det"),
    ("data key a list", ["number"], "$.data_keys.det"),
    ("5000 dimensions", {"dtype": "number", "shape": [1] * 5000}, "$.data_keys.det.shape"),
    ("negative length", {"dtype": "array", "shape": [-1, 3]}, "$.data_keys.det.shape[0]"),
    ("huge length", {"dtype": "array", "shape": [3, 10**30]}, "$.data_keys.det.shape[1]"),
    ("fractional length", {"dtype": "array", "shape": [2.5]}, "$.data_keys.det.shape[0]"),
    ("boolean length", {"dtype": "array", "shape": [True]}, "$.data_keys.det.shape[0]"),
    ("string length", {"dtype": "array", "shape": ["3"]}, "$.data_keys.det.shape[0]"),
    ("shape a string", {"dtype": "array", "shape": "3"}, "$.data_keys.det.shape"),
    ("shape an object", {"dtype": "array", "shape": {"a": 1}}, "$.data_keys.det.shape"),
    ("deeply nested length", {"dtype": "array", "shape": [nested(DEEP)]}, "$.data_keys.det.shape[0]"),
]
IDS = [case[0] for case in HOSTILE_DATA_KEYS]


@pytest.mark.parametrize(("case", "data_key", "path"), HOSTILE_DATA_KEYS, ids=IDS)
@pytest.mark.parametrize("build", [event_schema_for, event_page_schema_for])
def test_event_schemas_refuse_an_unusable_data_key_clearly(
    build: Callable[[Any], Any], case: str, data_key: Any, path: str
) -> None:
    descriptor = descriptor_with(data_key)
    before = snapshot(descriptor)
    with pytest.raises(UnusableDataKey) as caught:
        build(descriptor)
    error = caught.value
    assert isinstance(error, EventModelError)
    assert isinstance(error, (TypeError, ValueError, KeyError))
    assert (error.document_name, error.path, error.key) == ("descriptor", path, "det")
    assert f"descriptor.{path[2:]}" in str(error)
    assert "expected" in str(error)
    assert len(str(error)) < 400
    assert snapshot(descriptor) == before


@pytest.mark.parametrize(("case", "data_key", "path"), HOSTILE_DATA_KEYS, ids=IDS)
def test_stream_schemas_record_the_problem_and_check_the_other_keys(
    case: str, data_key: Any, path: str
) -> None:
    descriptor = descriptor_with(data_key)
    descriptor["data_keys"]["other"] = {"dtype": "number", "shape": [], "source": "x"}
    schemas = stream_schemas(descriptor)
    assert [problem.path for problem in schemas.problems][:1] == [path]
    validator = schema_validator_for(schemas.event, document_name="event")
    event = first("event")
    event["data"]["other"] = "not a number"
    event["timestamps"]["other"] = 1.0
    assert not validator.is_valid(event)
    messages = [error.message for error in validator.iter_errors(event)]
    assert "event document at data.other: expected a number, got 'not a number' (str)" in messages


def test_a_bad_length_keeps_the_other_dimensions_checked() -> None:
    schemas = stream_schemas(descriptor_with({"dtype": "array", "shape": [-1, 10**30], "source": "x"}))
    assert len(schemas.problems) == 2
    validator = schema_validator_for(schemas.event, document_name="event")
    event = first("event")
    assert not validator.is_valid(event)  # a scalar where a 2-d array belongs
    event["data"]["det"] = [[1.0, 2.0], [3.0]]
    assert validator.is_valid(event)


def test_the_limit_of_dimensions_is_numpys() -> None:
    schemas = stream_schemas(
        descriptor_with({"dtype": "number", "shape": [1] * MAX_DIMENSIONS, "source": "x"})
    )
    assert schemas.problems == []
    assert MAX_DIMENSIONS == 64


@pytest.mark.parametrize("schema", [None, 5, "x", [], ["type", "object"], b"{}"])
def test_schema_validator_for_refuses_what_is_not_a_schema(schema: Any) -> None:
    with pytest.raises(InvalidSchemaType, match="expected a JSON Schema as a mapping") as caught:
        schema_validator_for(schema, document_name="event")
    assert isinstance(caught.value, TypeError)
    assert caught.value.document_name == "event"


def test_schema_validator_for_refuses_an_invalid_schema() -> None:
    with pytest.raises(ValueError, match="not a valid JSON Schema at type") as caught:
        schema_validator_for({"type": 5}, document_name="event")
    assert isinstance(caught.value, EventModelError)


# --- the document validators ------------------------------------------------------------------------


def hostile_documents() -> list[tuple[str, DocumentNames, Any]]:
    """(case, document type, document) of documents no producer should send."""
    event = first("event")
    descriptor = first("descriptor")
    return [
        ("deep data value", DocumentNames.event, {**event, "data": {"det": nested(DEEP)}}),
        ("deep data key description", DocumentNames.descriptor, descriptor_with({"dtype": nested(DEEP)})),
        (
            "deep configuration",
            DocumentNames.descriptor,
            {**descriptor, "configuration": {"c": nested(DEEP)}},
        ),
        ("NUL byte in a key", DocumentNames.event, {**event, "data": {"de\x00t": 1.0}, "time": "x"}),
        ("NUL byte in a uid", DocumentNames.event, {**event, "uid": 5, "descriptor": "a\x00b"}),
        ("lone surrogate key", DocumentNames.start, {**first("start"), "\udcff": 1, "time": None}),
        ("lone surrogate value", DocumentNames.event, {**event, "uid": "\ud800", "seq_num": "\udfff"}),
        ("non-string key", DocumentNames.event, {**event, "data": {1: 2}, "time": "x"}),
        ("huge integer", DocumentNames.event, {**event, "seq_num": 10**4000}),
        ("huge shape", DocumentNames.descriptor, descriptor_with({"dtype": "array", "shape": [-1, 10**30]})),
        ("not a mapping", DocumentNames.event, nested(DEEP)),
    ]


HOSTILE_DOCUMENTS = hostile_documents()


@pytest.mark.parametrize(
    ("case", "name", "doc"), HOSTILE_DOCUMENTS, ids=[case[0] for case in HOSTILE_DOCUMENTS]
)
def test_validators_explain_hostile_documents_without_changing_them(
    case: str, name: DocumentNames, doc: Any
) -> None:
    validator = schema_validators[name]
    before = snapshot(doc)
    valid = validator.is_valid(doc)
    errors = list(validator.iter_errors(doc))
    assert valid == (errors == [])
    if not valid:
        with pytest.raises(ValidationError) as caught:
            validator.validate(doc)
        error = caught.value
        assert isinstance(error, DocumentValidationError)
        assert str(error).startswith(f"{name.value} document ")
        assert len(str(error)) < 600
    assert snapshot(doc) == before


def test_1e5_deep_data_is_valid_where_the_schema_does_not_look() -> None:
    # The generic event schema leaves data values free (as event-model 1.24.0 does).
    event = {**first("event"), "data": {"det": nested(DEEP)}}
    assert schema_validators[DocumentNames.event].is_valid(event)
    schema_validators[DocumentNames.event].validate(event)


def test_1e5_deep_nesting_where_the_schema_recurses_is_refused_at_its_path() -> None:
    start = {**first("start"), "hints": {"dimensions": nested(DEEP)}}
    with pytest.raises(DocumentValidationError) as caught:
        schema_validators[DocumentNames.start].validate(start)
    assert caught.value.json_path.startswith("$.hints.dimensions")
    assert str(caught.value).startswith("start document at hints.dimensions")


# --- RunValidator ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("case", "data_key", "path"), HOSTILE_DATA_KEYS, ids=IDS)
def test_the_run_validator_reports_a_crafted_descriptor(case: str, data_key: Any, path: str) -> None:
    run = count_det()
    run[1][1]["data_keys"]["det"] = data_key
    before = snapshot(run)
    validator = RunValidator()
    for name, doc in run:
        validator(name, doc)
    validator.finish()
    assert snapshot(run) == before
    assert not validator.valid
    at_descriptor = [finding for finding in validator.findings if finding.index == 1]
    assert at_descriptor, validator.findings
    assert at_descriptor[0].code in ("schema", "unusable-data-key")
    assert at_descriptor[0].path.startswith("$.data_keys.det")
    assert "unchecked" not in {finding.code for finding in validator.findings}


def test_a_huge_shape_does_not_turn_off_the_data_check() -> None:
    run = count_det()
    run[1][1]["data_keys"]["det"]["shape"] = [-1, 10**30]
    validator = RunValidator()
    for name, doc in run:
        validator(name, doc)
    codes = [finding.code for finding in validator.findings]
    assert codes[:2] == ["unusable-data-key", "unusable-data-key"]
    assert "data-type" in codes  # the events' scalar readings are not 2-d arrays


@pytest.mark.parametrize(
    ("name", "doc"),
    [
        (nested(DEEP), {}),
        ("event", nested(DEEP)),
        ("descriptor", {"uid": nested(DEEP), "data_keys": {}, "run_start": nested(DEEP)}),
        (
            "stop",
            {"uid": "s", "run_start": "r", "time": 1, "exit_status": "success", "num_events": nested(DEEP)},
        ),
        ("event", {"descriptor": {"a": nested(DEEP)}, "seq_num": nested(DEEP)}),
        ("ev\x00ent", {"seq_num": 1}),
        ("\ud800", {"seq_num": [1, 2]}),
    ],
    ids=[
        "deep name",
        "deep document",
        "deep uid",
        "deep num_events",
        "deep descriptor",
        "NUL name",
        "lone surrogate",
    ],
)
def test_the_run_validator_survives_hostile_documents(name: Any, doc: Any) -> None:
    validator = RunValidator()
    run = count_det()
    validator(*run[0])
    before = snapshot(doc)
    assert validator(name, doc) == (name, doc)
    assert snapshot(doc) == before
    assert not validator.valid
    assert all(len(finding.message) < 600 for finding in validator.findings)
    assert "unchecked" not in {finding.code for finding in validator.findings}


# --- the command -----------------------------------------------------------------------------------


def write_run(path: Path, run: list[list[Any]], *, prefix: bytes = b"") -> Path:
    """Write *run* as JSON lines (non-ASCII kept as \\u escapes), after *prefix*."""
    path.write_bytes(prefix + "".join(json.dumps(pair) + "\n" for pair in run).encode("utf-8"))
    return path


def crafted_runs(tmp: Path) -> list[tuple[str, Path, set[int]]]:
    """(case, file, acceptable exit statuses) of files a crafted producer could write."""
    cases: list[tuple[str, Path, set[int]]] = []
    for case, data_key, _ in HOSTILE_DATA_KEYS:
        run = count_det()
        if case == "deeply nested length":  # beyond what json.dumps can write: spliced in as text
            run[1][1]["data_keys"]["det"] = {"dtype": "array", "shape": ["DEEP"]}
            path = write_run(tmp / f"{len(cases)}.jsonl", run)
            path.write_text(path.read_text().replace('"DEEP"', "[" * 900 + "]" * 900))
            cases.append((case, path, {1}))
            continue
        run[1][1]["data_keys"]["det"] = data_key
        cases.append((case, write_run(tmp / f"{len(cases)}.jsonl", run), {1}))
    deep_line = b'["event", ' + b"[" * DEEP + b"]" * DEEP + b"]\n"
    raw = {
        "deep JSON": deep_line,
        "NUL bytes": b'["start", {"uid": "a\\u0000b", "time": 1}]\n\x00\x00\n',
        "lone surrogates": b'["start", {"uid": "\\ud800", "time": "\\udfff", "\\udfff": 2}]\n',
        "invalid UTF-8": b'["start", {"uid": "\xff\xfe", "time": 1}]\n',
        "unterminated string": b'["start", {"uid": "abc\n',
        "only a BOM": b"\xef\xbb\xbf",
    }
    for case, content in raw.items():
        path = tmp / f"{len(cases)}.jsonl"
        path.write_bytes(content)
        cases.append((case, path, {1, 2}))
    return cases


def test_the_command_reports_crafted_files_and_never_crashes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for case, path, statuses in crafted_runs(tmp_path):
        before = path.read_bytes()
        status = main(["validate", str(path)])
        out, err = capsys.readouterr()
        assert status in statuses, (case, status, out, err)
        assert "Traceback" not in out + err, case
        assert path.name in out + err, case
        assert "bug in event-model" not in out + err, (case, out)
        assert path.read_bytes() == before


def test_a_byte_order_mark_does_not_cost_the_first_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_run(tmp_path / "bom.jsonl", count_det(), prefix=b"\xef\xbb\xbf")
    status = main(["validate", "--json", str(path)])
    report = json.loads(capsys.readouterr().out)
    assert status == 0
    assert report["sources"][0]["documents"] == 8


def test_a_crafted_descriptor_in_a_subprocess_gives_a_report_not_a_traceback(tmp_path: Path) -> None:
    run = count_det()
    run[1][1]["data_keys"]["det"]["dtype"] = {"a": 1}
    run[1][1]["data_keys"]["det"]["shape"] = [1] * 5000
    path = write_run(tmp_path / "crafted.jsonl", run)
    completed = subprocess.run(
        [sys.executable, "-m", "event_model", "validate", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 1, completed.stderr
    assert "Traceback" not in completed.stderr
    assert "crafted.jsonl:2: error [schema] descriptor $.data_keys.det.dtype" in completed.stdout
    assert "crafted.jsonl:2: error [unusable-data-key] descriptor $.data_keys.det.shape" in completed.stdout


def test_copies_are_not_needed_to_compare(tmp_path: Path) -> None:
    # The fingerprint used above sees every change a deep copy would.
    doc = first("descriptor")
    twin = copy.deepcopy(doc)
    assert snapshot(doc) == snapshot(twin)
    twin["data_keys"]["det"]["shape"].append(1)
    assert snapshot(doc) != snapshot(twin)
