"""Per-descriptor event schemas: ``event_schema_for`` and ``event_page_schema_for``."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
import jsonschema_rs
import numpy as np
import pytest
from event_model.document_names import DocumentNames
from event_model.errors import EventModelKeyError, EventModelTypeError, EventModelValueError
from event_model.event_schema import (
    event_keys,
    event_page_schema_for,
    event_schema_for,
    stream_keys,
)
from event_model.schema_files import schemas
from event_model.validation import schema_validator_for
from event_model.validation.flatten import flatten as _flatten

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
VECTORS = HERE / "vectors"


def descriptor_with(**data_keys: dict[str, Any]) -> dict[str, Any]:
    """A descriptor of the stream 'primary' with the given data keys."""
    return {
        "uid": "desc-1",
        "time": 1.0,
        "run_start": "start-1",
        "name": "primary",
        "data_keys": {key: {"source": f"SIM:{key}", **spec} for key, spec in data_keys.items()},
    }


def event_with(
    data: dict[str, Any], *, filled: dict[str, Any] | None = None, **fields: Any
) -> dict[str, Any]:
    """An event of 'desc-1' carrying ``data`` (timestamps made to match)."""
    event = {
        "uid": "event-1",
        "time": 2.0,
        "descriptor": "desc-1",
        "seq_num": 1,
        "data": data,
        "timestamps": dict.fromkeys(data, 2.0),
        "filled": {} if filled is None else filled,
    }
    event.update(fields)
    return event


def verdicts(schema: dict[str, Any], document: Any) -> tuple[bool, bool]:
    """The verdict of jsonschema-rs and of jsonschema on ``document``."""
    fast = jsonschema_rs.validator_for(schema).is_valid(document)
    reference = jsonschema.Draft202012Validator(schema).is_valid(document)
    return fast, reference


def assert_verdict(schema: dict[str, Any], document: Any, expected: bool) -> None:
    """Both validators give ``expected``."""
    assert verdicts(schema, document) == (expected, expected)


SCALARS = [
    ("number", 1.5, True),
    ("number", 3, True),
    ("number", "1.5", False),
    ("number", True, False),
    ("number", None, False),
    ("integer", 3, True),
    ("integer", 3.0, True),  # JSON Schema: a whole number is an integer
    ("integer", 3.5, False),
    ("integer", "3", False),
    ("integer", True, True),  # ophyd describes Python booleans as 'integer'
    ("string", "abc", True),
    ("string", 1, False),
    ("boolean", False, True),
    ("boolean", 0, False),
]


@pytest.mark.parametrize(("dtype", "value", "valid"), SCALARS, ids=[f"{d}-{v!r}" for d, v, _ in SCALARS])
def test_scalar_dtypes(dtype: str, value: Any, valid: bool) -> None:
    schema = event_schema_for(descriptor_with(x={"dtype": dtype, "shape": []}))
    assert_verdict(schema, event_with({"x": value}), valid)


def five_by_five(rows: int = 5, columns: int = 5, value: Any = 1.0) -> list[list[Any]]:
    """A rows x columns nested list."""
    return [[value] * columns for _ in range(rows)]


SHAPES = [
    ([5, 5], five_by_five(), True),
    ([5, 5], five_by_five(3, 4), False),
    ([5, 5], five_by_five(5, 4), False),
    ([5, 5], [1.0] * 25, False),
    ([5, 5], five_by_five(value="a"), False),
    ([None, 2], five_by_five(7, 2), True),
    ([None, 2], five_by_five(7, 3), False),
    ([3], [1, 2, 3], True),
    ([], [[1], [2, 3]], True),  # 'array' without a shape: any array
    ([], 1.0, False),
]


@pytest.mark.parametrize(("shape", "value", "valid"), SHAPES)
def test_array_shapes(shape: list[int | None], value: Any, valid: bool) -> None:
    schema = event_schema_for(descriptor_with(x={"dtype": "array", "shape": shape, "dtype_numpy": "<f8"}))
    assert_verdict(schema, event_with({"x": value}), valid)


NUMPY_LEAVES = [
    ("<f8", [1.5, 2], True),
    ("<f8", ["a", 2], False),
    ("<i4", [1, 2], True),
    ("<i4", [1.5, 2], False),
    ("|u1", [1, 2], True),
    ("|b1", [True, False], True),
    ("|b1", [1, 0], False),
    ("<U10", ["a", "b"], True),
    ("<U10", [1, "b"], False),
    ("|O", [{"any": "thing"}, 1], True),
]


@pytest.mark.parametrize(("dtype_numpy", "value", "valid"), NUMPY_LEAVES)
def test_array_items_follow_dtype_numpy(dtype_numpy: str, value: list[Any], valid: bool) -> None:
    schema = event_schema_for(descriptor_with(x={"dtype": "array", "shape": [2], "dtype_numpy": dtype_numpy}))
    assert_verdict(schema, event_with({"x": value}), valid)


def test_structured_dtype_numpy_leaves_items_free() -> None:
    structured = [["a", "<f8"], ["b", "<i4"]]
    schema = event_schema_for(descriptor_with(x={"dtype": "array", "shape": [2], "dtype_numpy": structured}))
    assert_verdict(schema, event_with({"x": [{"a": 1.0, "b": 2}, {"a": 3.0, "b": 4}]}), True)
    assert_verdict(schema, event_with({"x": [{"a": 1.0, "b": 2}]}), False)


def test_scalar_dtype_with_a_shape_is_an_array_of_that_type() -> None:
    schema = event_schema_for(descriptor_with(x={"dtype": "number", "shape": [2]}))
    assert_verdict(schema, event_with({"x": [1.0, 2]}), True)
    assert_verdict(schema, event_with({"x": [1.0, "2"]}), False)
    assert_verdict(schema, event_with({"x": 1.0}), False)


EXTERNAL = {"dtype": "array", "shape": [2, 2], "external": "FILESTORE:", "dtype_numpy": "<u2"}


def test_external_key_holds_a_datum_id_while_not_filled() -> None:
    schema = event_schema_for(descriptor_with(img=EXTERNAL))
    assert_verdict(schema, event_with({"img": "res/0"}, filled={"img": False}), True)
    assert_verdict(schema, event_with({"img": [[1, 2], [3, 4]]}, filled={"img": False}), False)
    assert_verdict(schema, event_with({"img": 7}, filled={"img": False}), False)


@pytest.mark.parametrize("flag", [True, "res/0"])
def test_external_key_holds_the_reading_once_filled(flag: Any) -> None:
    schema = event_schema_for(descriptor_with(img=EXTERNAL))
    assert_verdict(schema, event_with({"img": [[1, 2], [3, 4]]}, filled={"img": flag}), True)
    assert_verdict(schema, event_with({"img": "res/0"}, filled={"img": flag}), False)
    assert_verdict(schema, event_with({"img": [[1, 2, 3], [3, 4, 5]]}, filled={"img": flag}), False)


def test_external_key_without_a_filled_entry_accepts_either() -> None:
    schema = event_schema_for(descriptor_with(img=EXTERNAL))
    assert_verdict(schema, event_with({"img": "res/0"}), True)
    assert_verdict(schema, event_with({"img": [[1, 2], [3, 4]]}), True)
    assert_verdict(schema, event_with({"img": [[1, 2]]}), False)


def test_events_with_external_keys_stay_on_the_fast_path() -> None:
    """The filled condition of an event uses only keywords SchemaValidator trusts jsonschema-rs with."""
    descriptor = descriptor_with(img=EXTERNAL, det={"dtype": "number", "shape": []})
    validator = schema_validator_for(event_schema_for(descriptor), document_name="event")
    assert validator.mode == "fast"
    assert validator.is_valid(event_with({"img": "res/0", "det": 1.0}, filled={"img": False}))
    assert not validator.is_valid(event_with({"img": 7, "det": 1.0}, filled={"img": False}))
    assert not validator.is_valid(event_with({"img": "res/0", "det": 1.0}, filled={"img": True}))


@pytest.mark.parametrize("flag", [False, True, "res/0", None])
@pytest.mark.parametrize("value", ["res/0", [[1, 2], [3, 4]], [[1, 2]], 7])
def test_event_filled_condition_says_what_if_then_else_says(flag: Any, value: Any) -> None:
    """The anyOf form of the filled condition gives the verdicts of the if/then/else it stands for."""
    schema = event_schema_for(descriptor_with(img=EXTERNAL))
    reading = {"type": "array", "minItems": 2, "maxItems": 2}
    reading["items"] = {"type": "array", "minItems": 2, "maxItems": 2, "items": {"type": "integer"}}

    def when_filled_is(test: dict[str, Any]) -> dict[str, Any]:
        return {
            "properties": {"filled": {"properties": {"img": test}, "required": ["img"]}},
            "required": ["filled"],
        }

    def data_img(value_schema: dict[str, Any]) -> dict[str, Any]:
        return {"properties": {"data": {"properties": {"img": value_schema}}}}

    conditional = {
        **schema,
        "allOf": [
            {
                "if": when_filled_is({"const": False}),
                "then": data_img({"type": "string"}),
                "else": {"if": when_filled_is({"not": {"const": False}}), "then": data_img(reading)},
            }
        ],
    }
    event = event_with({"img": value}, filled={} if flag is None else {"img": flag})
    expected = jsonschema.Draft202012Validator(conditional).is_valid(event)
    assert_verdict(schema, event, expected)


def test_numpy_scalars_count_as_their_json_types_for_readings() -> None:
    schema = event_schema_for(
        descriptor_with(n={"dtype": "integer", "shape": []}, ok={"dtype": "boolean", "shape": []})
    )
    event = event_with({"n": np.int64(3), "ok": np.bool_(True)})
    assert schema_validator_for(schema, document_name="event", numpy_scalars=True).is_valid(event)
    assert not schema_validator_for(schema, document_name="event").is_valid(event)  # 1.24.0's types
    wrong = event_with({"n": np.float64(2.5), "ok": np.bool_(True)})
    assert not schema_validator_for(schema, document_name="event", numpy_scalars=True).is_valid(wrong)


def test_stream_keys_are_neither_required_nor_checked() -> None:
    descriptor = descriptor_with(
        det={"dtype": "number", "shape": []},
        frame={"dtype": "array", "shape": [16, 32], "external": "STREAM:"},
    )
    schema = event_schema_for(descriptor)
    assert_verdict(schema, event_with({"det": 1.0}), True)
    assert_verdict(schema, event_with({"det": 1.0, "frame": "anything"}), True)
    assert stream_keys(descriptor) == {"frame"}
    assert event_keys(descriptor) == {"det"}


def test_data_and_timestamps_keys_must_equal_the_descriptors() -> None:
    schema = event_schema_for(
        descriptor_with(a={"dtype": "number", "shape": []}, b={"dtype": "number", "shape": []})
    )
    assert_verdict(schema, event_with({"a": 1, "b": 2}), True)
    assert_verdict(schema, event_with({"a": 1}), False)
    assert_verdict(schema, event_with({"a": 1, "b": 2, "c": 3}), False)
    event = event_with({"a": 1, "b": 2})
    event["timestamps"] = {"a": 1.0}
    assert_verdict(schema, event, False)
    event["timestamps"] = {"a": 1.0, "b": "late"}
    assert_verdict(schema, event, False)


def test_filled_may_only_name_data_keys() -> None:
    schema = event_schema_for(descriptor_with(img=EXTERNAL))
    assert_verdict(schema, event_with({"img": "res/0"}, filled={"img": False, "other": False}), False)


def test_descriptor_uid_is_fixed() -> None:
    schema = event_schema_for(descriptor_with(a={"dtype": "number", "shape": []}))
    assert_verdict(schema, event_with({"a": 1}, descriptor="desc-2"), False)


def test_generic_event_rules_still_apply() -> None:
    schema = event_schema_for(descriptor_with(a={"dtype": "number", "shape": []}))
    assert_verdict(schema, event_with({"a": 1}, seq_num="1"), False)
    assert_verdict(schema, event_with({"a": 1}, surprise=True), False)
    event = event_with({"a": 1})
    del event["uid"]
    assert_verdict(schema, event, False)


def test_event_page_schema_checks_columns() -> None:
    descriptor = descriptor_with(a={"dtype": "number", "shape": []}, img=EXTERNAL)
    schema = event_page_schema_for(descriptor)
    page = {
        "uid": ["u1", "u2"],
        "time": [1.0, 2.0],
        "seq_num": [1, 2],
        "descriptor": "desc-1",
        "data": {"a": [1.0, 2], "img": ["r/0", "r/1"]},
        "timestamps": {"a": [1.0, 2.0], "img": [1.0, 2.0]},
        "filled": {"img": [False, False]},
    }
    assert_verdict(schema, page, True)
    wrong_type = copy.deepcopy(page)
    wrong_type["data"]["a"] = [1.0, "two"]
    assert_verdict(schema, wrong_type, False)
    unfilled_array = copy.deepcopy(page)
    unfilled_array["data"]["img"] = [[[1, 2], [3, 4]], "r/1"]
    assert_verdict(schema, unfilled_array, False)
    filled = copy.deepcopy(page)
    filled["data"]["img"] = [[[1, 2], [3, 4]], [[5, 6], [7, 8]]]
    filled["filled"]["img"] = [True, True]
    assert_verdict(schema, filled, True)
    missing = copy.deepcopy(page)
    del missing["data"]["a"]
    assert_verdict(schema, missing, False)


def test_schemas_are_valid_draft_2020_12_and_leave_the_descriptor_alone() -> None:
    descriptor = descriptor_with(
        a={"dtype": "integer", "shape": []},
        img=EXTERNAL,
        frame={"dtype": "array", "shape": [4], "external": "STREAM:"},
    )
    before = copy.deepcopy(descriptor)
    for schema in (event_schema_for(descriptor), event_page_schema_for(descriptor)):
        jsonschema.Draft202012Validator.check_schema(schema)
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        json.dumps(schema)  # plain JSON, printable
    assert descriptor == before


def corpus_documents() -> list[tuple[str, str, dict[str, Any]]]:
    """Every (file, name, doc) of the real runs."""
    found = []
    for path in sorted(DATA.glob("*.jsonl")):
        for line in path.read_text().splitlines():
            name, doc = json.loads(line)
            found.append((path.name, name, doc))
    return found


def test_every_real_event_satisfies_its_stream_schema() -> None:
    schemas_by_descriptor: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {}
    checked = 0
    for _, name, doc in corpus_documents():
        if name == "descriptor":
            schemas_by_descriptor[doc["uid"]] = (event_schema_for(doc), event_page_schema_for(doc))
        elif name in ("event", "event_page"):
            event_schema, page_schema = schemas_by_descriptor[doc["descriptor"]]
            assert_verdict(event_schema if name == "event" else page_schema, doc, True)
            checked += 1
    assert checked > 30


BAD_DESCRIPTORS = [
    ("not a mapping", ["data_keys"], EventModelTypeError, "not a descriptor"),
    ("no data_keys", {"uid": "d"}, EventModelKeyError, "data_keys"),
    ("data_keys not a mapping", {"data_keys": []}, EventModelTypeError, "descriptor.data_keys"),
    ("data key not a mapping", {"data_keys": {"x": 3}}, EventModelTypeError, "descriptor.data_keys.x"),
    ("no dtype", {"data_keys": {"x": {"shape": []}}}, EventModelKeyError, "descriptor.data_keys.x"),
    ("bad dtype", {"data_keys": {"x": {"dtype": "float", "shape": []}}}, EventModelValueError, "x.dtype"),
    (
        "shape not a list",
        {"data_keys": {"x": {"dtype": "array", "shape": "5"}}},
        EventModelTypeError,
        "x.shape",
    ),
    (
        "bad length",
        {"data_keys": {"x": {"dtype": "array", "shape": [5, -1]}}},
        EventModelValueError,
        "x.shape[1]",
    ),
    (
        "float length",
        {"data_keys": {"x": {"dtype": "array", "shape": [2.5]}}},
        EventModelValueError,
        "x.shape[0]",
    ),
]


@pytest.mark.parametrize(
    ("case", "descriptor", "error", "names"), BAD_DESCRIPTORS, ids=[c[0] for c in BAD_DESCRIPTORS]
)
def test_unusable_descriptors_raise_clear_errors(case: str, descriptor: Any, error: type, names: str) -> None:
    for build in (event_schema_for, event_page_schema_for):
        with pytest.raises(error, match=names.replace("[", r"\[").replace("]", r"\]").replace(".", r"\.")):
            build(descriptor)


@pytest.mark.parametrize("document", [DocumentNames.event, DocumentNames.event_page])
def test_flattened_generic_schema_gives_the_same_verdicts(document: DocumentNames) -> None:
    """The rewrite that speeds up jsonschema-rs changes no verdict on the shared vectors."""
    generic = schemas[document]
    flat = _flatten(copy.deepcopy(generic))
    assert flat is not None
    properties, required, definitions = flat
    rewritten = {
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
        "$defs": definitions,
    }
    vector_file = VECTORS / Path(str(generic["$id"])).name
    cases = json.loads(vector_file.read_text())
    assert len(cases) > 5
    for case in cases:
        expected = jsonschema.Draft202012Validator(generic).is_valid(case["document"])
        assert verdicts(rewritten, case["document"]) == (expected, expected), case["description"]


def test_flatten_leaves_unknown_shapes_alone() -> None:
    assert _flatten({"type": "object", "oneOf": [{"required": ["a"]}]}) is None
    assert _flatten({"type": "object", "properties": {}, "unevaluatedProperties": True}) is None
    assert (
        _flatten({"type": "object", "allOf": [{"$ref": "other.json"}], "unevaluatedProperties": False})
        is None
    )
