"""Schema validators: verdicts, errors and modes of ``event_model.validation``.

The verdicts asserted here are event-model 1.24.0's (checked side by side with it):
arrays may be lists, tuples or numpy arrays, numpy scalars and NaN are numbers,
``numpy.int64`` and ``Decimal`` are not integers.
"""

from __future__ import annotations

import json
import math
import pickle
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import jsonschema
import numpy as np
import pytest
from event_model.document_names import DocumentNames
from event_model.errors import EventModelError, EventModelValidationError, EventModelValueError
from event_model.schema_files import SCHEMA_NAMES, schemas
from event_model.validation import (
    VALIDATOR_ENV_VAR,
    DocumentValidationError,
    build_schema_validators,
    envelope_validator,
    schema_validators,
    validate_envelope,
)

ROOT = Path(__file__).resolve().parents[1]
VECTOR_DIR = ROOT / "tests" / "vectors"
CORPUS_FILES = [
    *sorted((ROOT / "tests" / "data").glob("*.jsonl")),
    ROOT / "benchmarks" / "data" / "count_large.jsonl",
]

REFERENCE = build_schema_validators(mode="reference")


def read_corpus(path: Path) -> list[tuple[str, Any]]:
    """The ``[name, doc]`` lines of one JSON-lines file."""
    with path.open(encoding="utf-8") as stream:
        return [tuple(json.loads(line)) for line in stream if line.strip()]  # type: ignore[misc]


def corpus_documents(limit_per_file: int = 40) -> list[tuple[str, Any]]:
    """Documents of every corpus file (at most *limit_per_file* of each name per file)."""
    chosen = []
    for path in CORPUS_FILES:
        seen: dict[str, int] = {}
        for name, doc in read_corpus(path):
            seen[name] = seen.get(name, 0) + 1
            if seen[name] <= limit_per_file:
                chosen.append((name, doc))
    return chosen


CORPUS = corpus_documents()
COUNT_LARGE = read_corpus(CORPUS_FILES[-1])


def first(name: str) -> dict[str, Any]:
    """A deep copy of the first document of the given name in the benchmark run."""
    doc = next(doc for doc_name, doc in COUNT_LARGE if doc_name == name)
    copied: dict[str, Any] = json.loads(json.dumps(doc))
    return copied


def error_of(name: DocumentNames, doc: Any, *, reference: bool = False) -> DocumentValidationError:
    """The error that validate raises for an invalid document."""
    validators = REFERENCE if reference else schema_validators
    with pytest.raises(DocumentValidationError) as caught:
        validators[name].validate(doc)
    return caught.value


# --- the corpus and the vectors ------------------------------------------------------------------


@pytest.mark.parametrize(("name", "doc"), CORPUS, ids=[f"{n}-{i}" for i, (n, _) in enumerate(CORPUS)])
def test_every_corpus_document_is_valid(name: str, doc: Any) -> None:
    validator = schema_validators[DocumentNames(name)]
    assert validator.is_valid(doc)
    validator.validate(doc)
    assert list(validator.iter_errors(doc)) == []
    assert REFERENCE[DocumentNames(name)].is_valid(doc)


def load_vector_cases() -> list[tuple[str, str, Any, bool]]:
    """``(file, description, document, valid)`` of every verdict case in tests/vectors/.

    The verdict files are named after the schema that judges them (``event.json``
    holds cases for ``schemas/event.json``); other files there describe the vectors.
    """
    schema_files = {path.name for path in (ROOT / "schemas").glob("*.json")}
    cases = []
    for path in sorted(VECTOR_DIR.glob("*.json")):
        if path.name not in schema_files:
            continue
        for case in json.loads(path.read_text(encoding="utf-8")):
            cases.append((path.name, case["description"], case["document"], case["valid"]))
    return cases


VECTOR_CASES = load_vector_cases()
NAME_OF_FILE = {Path(path).name: name for name, path in SCHEMA_NAMES.items()}


def as_tuples(value: Any) -> Any:
    """Copy a JSON value with every list turned into a tuple."""
    if isinstance(value, list):
        return tuple(as_tuples(item) for item in value)
    if isinstance(value, dict):
        return {key: as_tuples(item) for key, item in value.items()}
    return value


def vector_verdict(file: str, document: Any, *, reference: bool) -> bool:
    """Our verdict on one vector case: the document validator, or the envelope one."""
    if file == "document.json":
        envelope = envelope_validator()
        return envelope.envelope.is_valid(document) if reference else envelope.is_valid(document)
    validators = REFERENCE if reference else schema_validators
    return validators[NAME_OF_FILE[file]].is_valid(document)


def test_the_vector_files_are_there() -> None:
    files = {file for file, *_ in VECTOR_CASES}
    assert {Path(path).name for path in SCHEMA_NAMES.values()} <= files
    assert len(VECTOR_CASES) >= 12 * 10


@pytest.mark.parametrize(
    ("file", "description", "document", "valid"),
    VECTOR_CASES,
    ids=[f"{file}-{description}" for file, description, *_ in VECTOR_CASES],
)
def test_vector_verdicts(file: str, description: str, document: Any, valid: bool) -> None:
    assert vector_verdict(file, document, reference=False) is valid
    assert vector_verdict(file, document, reference=True) is valid
    # event-model 1.24.0 accepts a tuple wherever it accepts a list.
    assert vector_verdict(file, as_tuples(document), reference=False) is valid


# --- verdicts on values that are not plain JSON ----------------------------------------------------


def page(**changes: Any) -> dict[str, Any]:
    """A small valid event page with some fields replaced."""
    doc = {
        "uid": ["a", "b"],
        "time": [1.0, 2.0],
        "descriptor": "d",
        "seq_num": [1, 2],
        "data": {"x": [1, 2]},
        "timestamps": {"x": [1.0, 2.0]},
        "filled": {},
    }
    doc.update(changes)
    return doc


def descriptor_with_key(**fields: Any) -> dict[str, Any]:
    """The benchmark descriptor with fields of its first data key replaced."""
    doc = first("descriptor")
    key = next(iter(doc["data_keys"]))
    doc["data_keys"][key].update(fields)
    return doc


NON_JSON_VERDICTS = [
    ("numpy data columns", DocumentNames.event_page, page(data={"x": np.array([1, 2])}), True),
    ("numpy 2-d data column", DocumentNames.event_page, page(data={"x": np.zeros((2, 3))}), True),
    ("numpy time column", DocumentNames.event_page, page(time=np.array([1.0, 2.0])), True),
    ("numpy string uid column", DocumentNames.event_page, page(uid=np.array(["a", "b"])), True),
    (
        "list of numpy floats as time",
        DocumentNames.event_page,
        page(time=[np.float64(1), np.float32(2)]),
        True,
    ),
    ("tuple time column", DocumentNames.event_page, page(time=(1.0, 2.0)), True),
    ("numpy int64 seq_num column", DocumentNames.event_page, page(seq_num=np.array([1, 2])), False),
    ("numpy float seq_num column", DocumentNames.event_page, page(seq_num=np.array([1.0, 2.0])), True),
    ("numpy bool time column", DocumentNames.event_page, page(time=np.array([True, False])), False),
    ("tuple shape", DocumentNames.descriptor, descriptor_with_key(shape=(3, 4)), True),
    ("numpy int64 in shape", DocumentNames.descriptor, descriptor_with_key(shape=[np.int64(3)]), False),
    ("NaN time", DocumentNames.event, dict(first("event"), time=math.nan), True),
    ("infinite time", DocumentNames.event, dict(first("event"), time=-math.inf), True),
    ("numpy float64 time", DocumentNames.event, dict(first("event"), time=np.float64(1.5)), True),
    ("numpy float32 time", DocumentNames.event, dict(first("event"), time=np.float32(1.5)), True),
    ("numpy bool time", DocumentNames.event, dict(first("event"), time=np.bool_(True)), False),
    ("complex time", DocumentNames.event, dict(first("event"), time=1j), True),
    ("Decimal seq_num", DocumentNames.event, dict(first("event"), seq_num=Decimal(3)), False),
    ("Decimal time", DocumentNames.event, dict(first("event"), time=Decimal("1.5")), True),
    ("numpy int64 seq_num", DocumentNames.event, dict(first("event"), seq_num=np.int64(3)), False),
    (
        "numpy float64 integral seq_num",
        DocumentNames.event,
        dict(first("event"), seq_num=np.float64(3)),
        True,
    ),
    ("numpy data values", DocumentNames.event, dict(first("event"), data={"x": np.arange(3)}), True),
    ("str subclass uid", DocumentNames.event, dict(first("event"), uid=type("Name", (str,), {})("x")), True),
    (
        "NX_class with a final newline",
        DocumentNames.descriptor,
        dict(first("descriptor"), hints={"NX_class": "NXa\n"}),
        True,
    ),
    ("bulk_events key with a final newline", DocumentNames.bulk_events, {"a\n": "not an array"}, False),
    (
        "start keys with a final newline",
        DocumentNames.start,
        dict(first("start"), **{"a\n": {"b\n": 1}}),
        True,
    ),
]


@pytest.mark.parametrize(
    ("name", "doc", "valid"),
    [case[1:] for case in NON_JSON_VERDICTS],
    ids=[case[0] for case in NON_JSON_VERDICTS],
)
def test_verdicts_on_values_that_are_not_plain_json(name: DocumentNames, doc: Any, valid: bool) -> None:
    assert schema_validators[name].is_valid(doc) is valid
    assert REFERENCE[name].is_valid(doc) is valid
    errors = list(schema_validators[name].iter_errors(doc))
    assert (errors == []) is valid


# --- errors --------------------------------------------------------------------------------------


def test_the_error_is_a_jsonschema_error_and_an_event_model_error() -> None:
    error = error_of(DocumentNames.event, dict(first("event"), seq_num="one"))
    assert isinstance(error, jsonschema.exceptions.ValidationError)
    assert isinstance(error, EventModelValidationError)
    assert isinstance(error, EventModelError)
    assert error.document_name == "event"
    assert error.json_path == "$.seq_num"
    assert list(error.path) == ["seq_num"]
    assert error.validator == "type"
    assert error.instance == "one"
    assert str(error) == error.message
    assert error.message == "event document at seq_num: expected an integer, got 'one' (str)"
    assert error.problem == "expected an integer, got 'one' (str)"


def test_a_nested_error_names_its_dotted_path_and_the_allowed_values() -> None:
    doc = descriptor_with_key(dtype="float64")
    key = next(iter(doc["data_keys"]))
    error = error_of(DocumentNames.descriptor, doc)
    assert error.json_path == f"$.data_keys.{key}.dtype"
    assert f"at data_keys.{key}.dtype:" in error.message
    assert "expected one of 'string', 'number', 'array', 'boolean', 'integer'" in error.message
    assert "'float64'" in error.message


def test_unexpected_top_level_keys_are_all_listed() -> None:
    doc = dict(first("descriptor"), **{"a.b": 1, "c/d": 2})
    error = error_of(DocumentNames.descriptor, doc)
    assert error.validator == "additionalProperties"
    assert "unexpected keys 'a.b', 'c/d'" in error.message
    assert "keys matching '^([^./]+)$'" in error.message


def test_unevaluated_keys_are_listed_with_the_allowed_keys() -> None:
    error = error_of(DocumentNames.event, dict(first("event"), extra=1, other=2))
    assert error.validator == "unevaluatedProperties"
    assert "unexpected keys 'extra', 'other'" in error.message
    assert "data, descriptor, filled, seq_num, time, timestamps, uid" in error.message


def test_missing_keys_are_listed() -> None:
    doc = {key: value for key, value in first("event").items() if key not in ("uid", "seq_num")}
    error = error_of(DocumentNames.event, doc)
    assert error.validator == "required"
    assert error.message == "event document at the top level: missing required keys 'uid', 'seq_num'"


def test_an_alternative_names_each_accepted_form() -> None:
    doc = descriptor_with_key(units=5)
    error = error_of(DocumentNames.descriptor, doc)
    assert error.validator == "anyOf"
    assert "expected a string or null, got 5 (int)" in error.message


def test_a_long_value_is_shortened_in_the_message() -> None:
    error = error_of(DocumentNames.event, dict(first("event"), seq_num="x" * 10_000_000))
    assert len(error.message) < 300
    assert error.instance == "x" * 10_000_000


# (document, the validator and path of the error event-model 1.24.0 raises, recorded side by side with it)
FIRST_ERROR_CASES = [
    (DocumentNames.event, {"uid": 1, "time": "x", "extra": 1}, "type", ["time"]),
    (DocumentNames.event, dict(first("event"), seq_num="x", time=None, data=[]), "type", ["data"]),
    (
        DocumentNames.descriptor,
        descriptor_with_key(dtype=1, shape="x", units=2),
        "type",
        ["data_keys", "det", "dtype"],
    ),
    (DocumentNames.descriptor, dict(first("descriptor"), uid=None, **{"a.b": {}}), "type", ["uid"]),
    (
        DocumentNames.start,
        dict(first("start"), uid=None, scan_id="1", hints={"dimensions": 1}),
        "type",
        ["hints", "dimensions"],
    ),
    (DocumentNames.event_page, page(time=["x", 2.0, "y"], seq_num=[1, "2"]), "type", ["time", 0]),
    (
        DocumentNames.stop,
        {"uid": "u", "time": 1, "run_start": "r", "exit_status": "maybe", "num_events": {"a": "1"}},
        "enum",
        ["exit_status"],
    ),
]


@pytest.mark.parametrize(("name", "doc", "keyword", "path"), FIRST_ERROR_CASES)
def test_the_error_that_1_24_raises_comes_first(
    name: DocumentNames, doc: Any, keyword: str, path: list[Any]
) -> None:
    error = error_of(name, doc)
    assert (error.validator, list(error.path)) == (keyword, path)
    assert error_of(name, doc, reference=True).message == error.message
    listed = list(schema_validators[name].iter_errors(doc))
    assert listed[0].message == error.message
    reference_errors = list(REFERENCE[name]._reference.iter_errors(doc))
    # Every error but the unevaluated properties that only follow from another error.
    consequences = [
        each
        for each in reference_errors
        if each.validator == "unevaluatedProperties" and "extra" not in each.message
    ]
    assert len(listed) == len(reference_errors) - len(consequences)
    assert all(isinstance(each, DocumentValidationError) for each in listed)


def test_an_error_survives_pickling() -> None:
    error = error_of(DocumentNames.event, dict(first("event"), seq_num="one"))
    copy = pickle.loads(pickle.dumps(error))
    assert isinstance(copy, DocumentValidationError)
    assert (copy.message, copy.document_name, copy.json_path) == (error.message, "event", "$.seq_num")
    assert copy.problem == error.problem


# --- the envelope --------------------------------------------------------------------------------


def test_envelopes_of_every_corpus_document_are_valid() -> None:
    for name, doc in CORPUS[:200]:
        validate_envelope([name, doc])
        validate_envelope((name, doc))
        validate_envelope({"name": name, "doc": doc})


def test_a_bad_document_in_an_envelope_is_explained_by_its_own_schema() -> None:
    message = ["event", dict(first("event"), seq_num="one")]
    with pytest.raises(DocumentValidationError) as caught:
        validate_envelope(message)
    assert caught.value.json_path == "$[1].seq_num"
    assert "event document in an envelope, at [1].seq_num: expected an integer" in caught.value.message
    assert not envelope_validator().is_valid(message)


@pytest.mark.parametrize(
    "message",
    [
        ["event"],
        ["nonsense", {}],
        {"name": "event", "doc": {}, "extra": 1},
        {"name": "start"},
        "start",
        [1, {"uid": "u", "time": 1}],
    ],
)
def test_badly_framed_envelopes_are_invalid(message: Any) -> None:
    with pytest.raises(DocumentValidationError):
        validate_envelope(message)
    assert not envelope_validator().is_valid(message)
    assert list(envelope_validator().iter_errors(message))


# --- modes ---------------------------------------------------------------------------------------


def test_the_default_mode_is_fast() -> None:
    assert {validator.mode for validator in schema_validators.values()} == {"fast"}
    assert {validator.mode for validator in REFERENCE.values()} == {"reference"}
    assert set(schema_validators) == set(DocumentNames) == set(schemas)


def test_the_environment_variable_selects_the_reference(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(VALIDATOR_ENV_VAR, "reference")
    assert {validator.mode for validator in build_schema_validators().values()} == {"reference"}
    monkeypatch.setenv(VALIDATOR_ENV_VAR, "fast")
    assert {validator.mode for validator in build_schema_validators().values()} == {"fast"}


def test_an_unknown_mode_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(EventModelValueError, match="'quick' is not a validator mode"):
        build_schema_validators(mode="quick")
    monkeypatch.setenv(VALIDATOR_ENV_VAR, "turbo")
    with pytest.raises(EventModelValueError, match=VALIDATOR_ENV_VAR):
        build_schema_validators()


def test_without_jsonschema_rs_the_reference_is_used_silently(monkeypatch: pytest.MonkeyPatch) -> None:
    import event_model.validation.fast as fast_module

    monkeypatch.setattr(fast_module, "jsonschema_rs", None)
    validators = build_schema_validators(mode="fast")
    assert {validator.mode for validator in validators.values()} == {"reference"}
    assert validators[DocumentNames.event].is_valid(first("event"))
    assert not validators[DocumentNames.event].is_valid(dict(first("event"), seq_num="x"))


def run_python(code: str, **environment: str) -> subprocess.CompletedProcess[str]:
    """Run *code* in a fresh interpreter (warnings are errors there too)."""
    import os

    env = {**os.environ, **environment}
    return subprocess.run(
        [sys.executable, "-W", "error", "-c", code], capture_output=True, text=True, env=env, check=False
    )


def test_an_import_failure_of_jsonschema_rs_falls_back_to_the_reference() -> None:
    code = (
        "import sys\n"
        "sys.modules['jsonschema_rs'] = None  # makes 'import jsonschema_rs' fail\n"
        "from event_model.validation import schema_validators\n"
        "modes = {v.mode for v in schema_validators.values()}\n"
        "assert modes == {'reference'}, modes\n"
        "print('ok')\n"
    )
    completed = run_python(code)
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.strip() == "ok"
    assert completed.stderr == ""


def test_the_environment_variable_is_read_at_import() -> None:
    code = (
        "from event_model.validation import schema_validators\n"
        "print(sorted({v.mode for v in schema_validators.values()}))\n"
    )
    completed = run_python(code, **{VALIDATOR_ENV_VAR: "reference"})
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.strip() == "['reference']"


class NoFullReferenceRun:
    """Stands in for a validator's reference validator: any whole-document run fails the test."""

    def iter_errors(self, document: Any) -> Any:
        raise AssertionError("the whole document went through the reference validator")


def test_jsonschema_rs_errors_are_confirmed_without_a_full_reference_run(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    validator = build_schema_validators(mode="fast")[DocumentNames.descriptor]
    monkeypatch.setattr(validator, "_reference", NoFullReferenceRun())
    doc = descriptor_with_key(dtype="float64", units=3)
    with pytest.raises(DocumentValidationError) as caught:
        validator.validate(doc)
    # Both errors are confirmed; event-model 1.24.0 reports dtype first (its properties are sorted).
    assert (caught.value.validator, caught.value.json_path.rsplit(".", 1)[-1]) == ("enum", "dtype")
    assert len(list(REFERENCE[DocumentNames.descriptor].iter_errors(doc))) == 2
    assert not validator.is_valid(doc)


# --- what the fast path refuses to be trusted with ------------------------------------------------


def custom_validator(schema: dict[str, Any]) -> Any:
    """A fast-mode SchemaValidator for a schema outside the package."""
    from event_model.validation import SchemaValidator
    from event_model.validation.reference import local_registry

    schema = {"$id": "https://example.invalid/custom.json", **schema}
    return SchemaValidator(
        schema, document_name="custom", registry=local_registry({"custom": schema}), mode="fast"
    )


@pytest.mark.parametrize(
    "schema",
    [
        {"oneOf": [{"type": "number"}, {"type": "integer"}]},
        {"not": {"type": "string"}},
        {"minimum": 3},
        {"properties": {"a": {"pattern": "\\w+"}}},
        {"patternProperties": {"(?i)^a": {}}},
    ],
)
def test_schemas_the_fast_path_cannot_mirror_are_left_to_the_reference(schema: dict[str, Any]) -> None:
    validator = custom_validator(schema)
    assert validator.mode == "reference"
    for document in ({"a": "x"}, {"a": "?"}, 3, 2.5, "s", float("nan")):
        assert validator.is_valid(document) is validator._reference.is_valid(document)


def test_a_final_dollar_matches_before_a_final_newline_as_in_python() -> None:
    from event_model.validation.fast import pattern_for_fast_engine

    assert pattern_for_fast_engine("^NX[A-Za-z_]+$") == "^NX[A-Za-z_]+\\n?\\z"
    assert pattern_for_fast_engine("^[A-Z]+:?") == "^[A-Z]+:?"
    validator = custom_validator({"patternProperties": {"^a$": {"type": "integer"}}})
    assert validator.mode == "fast"
    assert not validator.is_valid({"a\n": "not an integer"})
    assert validator.is_valid({"a\nb": "not matched"})


def test_the_error_is_found_when_jsonschema_rs_loses_an_empty_key() -> None:
    # jsonschema-rs reports the error under datum_kwargs[''] at datum_kwargs; the reference
    # must then judge the whole document, or the explanation would miss the error.
    doc = {"resource": "r", "datum_kwargs": {"frame": [0], "": None}, "datum_id": ["a"]}
    error = error_of(DocumentNames.datum_page, doc)
    assert (error.validator, list(error.path)) == ("type", ["datum_kwargs", ""])
    assert error.message == "datum_page document at datum_kwargs['']: expected an array, got None (NoneType)"
    # With a second error, the one event-model 1.24.0 raises (datum_id comes first) is raised.
    error = error_of(DocumentNames.datum_page, dict(doc, datum_id=[None]))
    assert (error.validator, list(error.path)) == ("type", ["datum_id", 0])


def test_a_jsonschema_rs_that_accepts_too_much_is_not_trusted(monkeypatch: pytest.MonkeyPatch) -> None:
    import event_model.validation.validators as validation_module

    class AcceptsEverything:
        def __init__(self) -> None:
            self.original_pattern: dict[str, str] = {}

        def is_valid(self, document: Any) -> bool:
            return True

        def iter_errors(self, document: Any) -> Any:
            return iter(())

    monkeypatch.setattr(validation_module, "compile_fast_validator", lambda *args: AcceptsEverything())
    validators = build_schema_validators(mode="fast")
    assert {validator.mode for validator in validators.values()} == {"reference"}
    assert not validators[DocumentNames.event].is_valid(dict(first("event"), seq_num="x"))
