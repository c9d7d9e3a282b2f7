"""Differential tests: the fast validators and the reference validators must agree.

Hypothesis mutates documents of the corpus (tests/data/*.jsonl and the benchmark
run): it replaces, deletes and adds values, turns lists into tuples or numpy
arrays, puts in NaN, numpy scalars, Decimals, odd keys and non-JSON objects. For
every mutated document the fast validator (jsonschema-rs first) and the pure
reference validator must give the same verdict and raise the same best-matching
error, and neither may change the document. The default run checks more than
10 000 documents.
"""

from __future__ import annotations

import json
import math
import pickle
from collections import OrderedDict
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from event_model.document_names import DocumentNames
from event_model.validation import (
    DocumentValidationError,
    UnreadableDocumentError,
    build_schema_validators,
    schema_validators,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[1]
CORPUS_FILES = [
    *sorted((ROOT / "tests" / "data").glob("*.jsonl")),
    ROOT / "benchmarks" / "data" / "count_large.jsonl",
]
REFERENCE = build_schema_validators(mode="reference")

DOCUMENTS_PER_EXAMPLE = 10
EXAMPLES = 1100
"""EXAMPLES x DOCUMENTS_PER_EXAMPLE mutated documents in the default run."""


def _read(path: Path) -> list[tuple[str, Any]]:
    with path.open(encoding="utf-8") as stream:
        return [tuple(json.loads(line)) for line in stream if line.strip()]  # type: ignore[misc]


def _small_page(events: list[dict[str, Any]]) -> dict[str, Any]:
    keys = list(events[0]["data"])
    return {
        "descriptor": events[0]["descriptor"],
        "uid": [event["uid"] for event in events],
        "seq_num": [event["seq_num"] for event in events],
        "time": [event["time"] for event in events],
        "data": {key: [event["data"][key] for event in events] for key in keys},
        "timestamps": {key: [event["timestamps"][key] for event in events] for key in keys},
        "filled": {},
    }


def _seed_documents() -> list[tuple[str, str]]:
    """The corpus documents to mutate, as (name, JSON text): each small file whole, a slice of the run."""
    seeds: list[tuple[str, Any]] = []
    for path in CORPUS_FILES[:-1]:
        seeds.extend(_read(path))
    large = _read(CORPUS_FILES[-1])
    seeds.extend(pair for pair in large if pair[0] != "event")
    events = [doc for name, doc in large if name == "event"]
    seeds.extend(("event", event) for event in events[:5])
    seeds.append(("event_page", _small_page(events[:4])))
    return [(name, json.dumps(doc)) for name, doc in seeds]


SEEDS = _seed_documents()


class Odd(str):
    """A str subclass (jsonschema-rs does not take it as a string)."""


class Real(float):
    """A float subclass."""


def _value_pool() -> list[Callable[[], Any]]:
    """Factories of replacement values: JSON values of every type and the odd ones."""
    plain: list[Any] = [
        None,
        True,
        False,
        0,
        1,
        -1,
        3.0,
        2.5,
        1e300,
        2**64,
        -(2**70),
        "",
        "x",
        "a.b",
        "c/d",
        "NXdetector",
        "NXdetector\n",
        "<f8",
        "|u1",
        ">i4x",
        "float",
        "number",
        "integer",
        "array",
        "string",
        "boolean",
        "STREAM:",
        "FILESTORE:",
        "ext",
        "success",
        "abort",
        "posix",
        "linked",
        "event",
        "start",
        [],
        [1, 2],
        [None, 3],
        ["a", "b"],
        [[1, 2]],
        [["f0", "<f8"]],
        [["f0"]],
        {},
        {"a": 1},
        {"a.b": 1},
        {"x": {"y": {"z": 1}}},
        {"low": 1, "high": None},
        {"low": "x"},
        {"start": 0, "stop": 1},
        {"dimensions": [[["x"], "primary"]]},
        {"fields": ["a"]},
    ]
    factories: list[Callable[[], Any]] = [
        lambda value=value: json.loads(json.dumps(value)) for value in plain
    ]
    factories += [
        lambda: math.nan,
        lambda: math.inf,
        lambda: -math.inf,
        lambda: (1, 2),
        lambda: ("a",),
        lambda: (),
        lambda: np.float64(1.5),
        lambda: np.float64(3.0),
        lambda: np.float32(2.0),
        lambda: np.int64(3),
        lambda: np.bool_(True),
        lambda: np.str_("x"),
        lambda: np.array([1.0, 2.0]),
        lambda: np.array([1, 2]),
        lambda: np.array([[1, 2], [3, 4]]),
        lambda: np.array(3.0),
        lambda: np.array(["a", "b"]),
        lambda: np.array([], dtype=float),
        lambda: [np.float64(1.0), 2.0],
        lambda: Decimal(3),
        lambda: Decimal("1.5"),
        lambda: Decimal("NaN"),
        lambda: b"bytes",
        lambda: {1, 2},
        lambda: 1j,
        lambda: Odd("y"),
        lambda: Real(2.0),
        lambda: OrderedDict(a=1),
        lambda: {1: "int key"},
        lambda: {None: 1},
    ]
    return factories


VALUES = _value_pool()
KEYS: list[Any] = ["uid", "time", "data", "seq_num", "extra", "a.b", "c/d", "", "NX_class", "x\n", "name", 7]


def _containers(doc: Any) -> list[Any]:
    """Every dict, list and tuple inside *doc* (itself included), depth first."""
    found = []
    stack = [doc]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            found.append(item)
            stack.extend(item.values())
        elif isinstance(item, list):
            found.append(item)
            stack.extend(item)
    return found


def _mutate(doc: Any, operations: list[tuple[int, int, int, int]]) -> Any:
    """Apply (kind, where, value, key) operations to *doc*, a fresh copy owned by the caller."""
    for kind, where, value_index, key_index in operations:
        containers = _containers(doc)
        target = containers[where % len(containers)]
        value = VALUES[value_index % len(VALUES)]()
        if isinstance(target, dict):
            keys = list(target)
            if kind == 0 and keys:  # replace a value
                target[keys[key_index % len(keys)]] = value
            elif kind == 1 and keys:  # delete a key
                del target[keys[key_index % len(keys)]]
            elif kind == 2:  # add a key
                target[KEYS[key_index % len(KEYS)]] = value
            elif kind == 3 and keys:  # change a list into a tuple or a numpy array
                key = keys[key_index % len(keys)]
                if isinstance(target[key], list):
                    target[key] = tuple(target[key]) if value_index % 2 else _as_array(target[key])
        elif target:
            index = key_index % len(target)
            if kind in (0, 2):
                target[index] = value
            elif kind == 1:
                del target[index]
            elif kind == 3 and isinstance(target[index], float):
                target[index] = np.float64(target[index])
    return doc


def _as_array(items: list[Any]) -> Any:
    try:
        return np.asarray(items)
    except ValueError:  # ragged lists
        return tuple(items)


def _outcome(validate: Callable[[Any], None], doc: Any) -> tuple[Any, ...] | None:
    """None when valid, else the validator keyword, path and message of the raised error."""
    try:
        validate(doc)
    except DocumentValidationError as error:
        return (error.validator, list(error.path), error.message)
    return None


def _verdict(is_valid: Callable[[Any], bool], doc: Any) -> bool | str:
    """The verdict, or the message of the TypeError raised (as by 1.24.0) for an unreadable value."""
    try:
        return is_valid(doc)
    except UnreadableDocumentError as unreadable:
        assert isinstance(unreadable, TypeError)
        return unreadable.message


def _check_one(name: DocumentNames, doc: Any) -> None:
    before = pickle.dumps(doc)
    fast, reference = schema_validators[name], REFERENCE[name]
    verdict = _verdict(fast.is_valid, doc)
    assert verdict == _verdict(reference.is_valid, doc)
    if isinstance(verdict, str):
        with pytest.raises(UnreadableDocumentError):
            fast.validate(doc)
        assert pickle.dumps(doc) == before, "validation changed the document"
        return
    fast_outcome = _outcome(fast.validate, doc)
    assert (fast_outcome is None) == verdict
    assert fast_outcome == _outcome(reference.validate, doc)
    assert pickle.dumps(doc) == before, "validation changed the document"


OPERATION = st.tuples(
    st.integers(0, 3), st.integers(0, 10_000), st.integers(0, 10_000), st.integers(0, 10_000)
)
MUTATED = st.tuples(
    st.integers(0, len(SEEDS) - 1),
    st.lists(OPERATION, min_size=1, max_size=4),
    st.sampled_from([None, *DocumentNames]),
)


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.lists(MUTATED, min_size=DOCUMENTS_PER_EXAMPLE, max_size=DOCUMENTS_PER_EXAMPLE))
def test_fast_and_reference_agree_on_mutated_documents(batch: list[tuple[int, list[Any], Any]]) -> None:
    for seed_index, operations, other_name in batch:
        seed_name, text = SEEDS[seed_index]
        doc = _mutate(json.loads(text), operations)
        # Mostly judged as its own type; sometimes as another type altogether.
        name = DocumentNames(seed_name) if other_name is None or seed_index % 3 else other_name
        _check_one(name, doc)


def test_the_default_run_checks_ten_thousand_documents() -> None:
    assert EXAMPLES * DOCUMENTS_PER_EXAMPLE >= 10_000


def test_the_seed_documents_are_valid() -> None:
    for name, text in SEEDS:
        assert schema_validators[DocumentNames(name)].is_valid(json.loads(text)), name


def test_a_tuple_column_is_judged_as_an_array_when_errors_are_confirmed() -> None:
    """The confirming step runs the reference without the schema's $schema, keeping its type checker."""
    page = json.loads(next(text for name, text in SEEDS if name == "event_page"))
    page["filled"] = {"uid": (1, 2)}  # a tuple is an array; its items are not booleans or strings
    _check_one(DocumentNames.event_page, page)
    with pytest.raises(DocumentValidationError) as caught:
        schema_validators[DocumentNames.event_page].validate(page)
    assert caught.value.validator == "anyOf"
    assert list(caught.value.path) == ["filled", "uid", 0]
