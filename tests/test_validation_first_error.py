"""The first error names the real mistake: damaged corpus documents of every type.

A wrong value in a part declared in a ``$defs`` partial (``PartialEvent``,
``PartialResource``, ...) makes ``unevaluatedProperties`` fail too, since the
keys of a failing ``allOf`` part do not count as evaluated. That error is a
consequence: it is not reported, and the error event-model 1.24.0 raises first
(the wrong value) is raised. Each corpus document is damaged one way at a time
(a key deleted, a value of the wrong type, a null, an unknown key added), and
the first error must point at the damage.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from event_model.document_names import DocumentNames
from event_model.validation import DocumentValidationError, build_schema_validators, schema_validators

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = build_schema_validators(mode="reference")
KEY_ERRORS = {"unevaluatedProperties", "additionalProperties"}


def corpus_samples() -> list[tuple[str, dict[str, Any]]]:
    """The first document of each name in each corpus file."""
    samples = []
    for path in sorted((ROOT / "tests" / "data").glob("*.jsonl")):
        seen = set()
        for line in path.read_text(encoding="utf-8").splitlines():
            name, doc = json.loads(line)
            if name not in seen:
                seen.add(name)
                samples.append((name, doc))
    return samples


def places(doc: Any, prefix: tuple[Any, ...] = (), depth: int = 3) -> Iterator[tuple[Any, ...]]:
    """The paths of the values of *doc*, down to *depth* levels of objects."""
    if not isinstance(doc, dict) or depth == 0:
        return
    for key, value in doc.items():
        yield (*prefix, key)
        yield from places(value, (*prefix, key), depth - 1)


def wrong_type(value: Any) -> Any:
    """A value of another JSON type than *value*."""
    if isinstance(value, str):
        return 5
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return "now"
    return "x"


def damaged() -> list[tuple[str, str, tuple[Any, ...], dict[str, Any]]]:
    """``(name, kind, path, document)`` for every single damage of every sample."""
    cases = []
    for name, doc in corpus_samples():
        for path in places(doc):
            for kind in ("delete", "wrong type", "null", "unknown key"):
                copied = copy.deepcopy(doc)
                parent = copied
                for part in path[:-1]:
                    parent = parent[part]
                if kind == "delete":
                    del parent[path[-1]]
                elif kind == "wrong type":
                    parent[path[-1]] = wrong_type(parent[path[-1]])
                elif kind == "null":
                    parent[path[-1]] = None
                elif isinstance(parent[path[-1]], dict):
                    parent[path[-1]]["bogus_key"] = 1
                else:
                    continue
                cases.append((name, kind, path, copied))
        cases.append((name, "unknown key", (), {**doc, "bogus_key": 1}))
    return cases


CASES = [case for case in damaged() if not REFERENCE[DocumentNames[case[0]]].is_valid(case[3])]


def test_the_damage_makes_many_documents_of_every_type_invalid() -> None:
    assert len(CASES) > 500
    assert {name for name, *_ in CASES} >= {
        "start", "descriptor", "event", "event_page", "resource", "datum", "datum_page", "stream_resource",
        "stream_datum", "stop",
    }  # fmt: skip


@pytest.mark.parametrize("reference", [False, True], ids=["fast", "reference"])
def test_the_first_error_points_at_the_damage(reference: bool) -> None:
    validators = REFERENCE if reference else schema_validators
    wrong = []
    for name, kind, path, doc in CASES:
        validator = validators[DocumentNames[name]]
        with pytest.raises(DocumentValidationError) as caught:
            validator.validate(doc)
        error = caught.value
        listed = list(validator.iter_errors(doc))
        assert listed[0].message == error.message
        found = tuple(error.path)
        keyword = error.validator
        if kind == "unknown key":
            ok = "bogus_key" in str(error) and found[: len(path)] == path
        elif kind == "delete":
            ok = found[: len(path) - 1] == path[:-1] and keyword not in KEY_ERRORS
        else:
            ok = keyword not in KEY_ERRORS and found[: len(path)] == path
        if not ok:
            wrong.append((name, kind, path, str(error)))
    assert wrong == []


def test_a_wrong_time_in_an_event_is_the_first_and_only_error() -> None:
    event = next(doc for name, doc in corpus_samples() if name == "event")
    doc = {**event, "time": "now"}
    errors = list(schema_validators[DocumentNames.event].iter_errors(doc))
    assert [error.message for error in errors] == [
        "event document at time: expected a number, got 'now' (str)"
    ]
    assert errors[0].json_path == "$.time"


def test_a_resource_with_a_numeric_uid_blames_the_uid() -> None:
    resource = next(doc for name, doc in corpus_samples() if name == "resource")
    with pytest.raises(
        DocumentValidationError, match=r"^resource document at uid: expected a string, got 5 \(int\)$"
    ) as caught:
        schema_validators[DocumentNames.resource].validate({**resource, "uid": 5})
    assert list(caught.value.path) == ["uid"]


def test_a_real_unknown_key_beside_a_wrong_value_is_still_reported() -> None:
    event = next(doc for name, doc in corpus_samples() if name == "event")
    doc = {**event, "time": "now", "extra": 1}
    messages = [error.message for error in schema_validators[DocumentNames.event].iter_errors(doc)]
    # 1.24.0's order: the allOf part (time) before unevaluatedProperties; only the real unknown key is named.
    assert messages[0] == "event document at time: expected a number, got 'now' (str)"
    assert len(messages) == 2 and "unexpected key 'extra'" in messages[1]
    assert not schema_validators[DocumentNames.event].is_valid(doc)


def test_several_errors_come_in_the_order_of_1_24() -> None:
    # 1.24.0 lists properties alphabetically: time (of the PartialEvent part) before the missing seq_num.
    event = next(doc for name, doc in corpus_samples() if name == "event")
    doc = {key: value for key, value in event.items() if key != "seq_num"}
    doc["time"] = None
    paths = [list(error.path) for error in schema_validators[DocumentNames.event].iter_errors(doc)]
    assert paths == [["time"], []]
