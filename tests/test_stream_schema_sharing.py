"""Descriptors that declare the same name and data keys share one compiled schema set.

Archives hold many runs of the same detectors; compiling each run's event schema
again cost more than checking a small run. Sharing must not change any finding.
"""

from __future__ import annotations

import copy
import json
import pickle
from pathlib import Path
from typing import Any

from event_model.run_validator import RunValidator
from event_model.run_validator.json_lines import JsonRunValidator
from event_model.run_validator.streams import Stream, StreamCounter, schema_set_for

DATA = Path(__file__).resolve().parent / "data"


def corpus_run() -> list[list[Any]]:
    """A corpus run as [name, doc] pairs."""
    return [json.loads(line) for line in (DATA / "scan_det_motor.jsonl").read_text().splitlines()]


def with_new_uids(run: list[list[Any]], tag: str) -> list[list[Any]]:
    """The same run with every uid (and every reference to one) given a new prefix."""
    text = json.dumps(run)
    for _name, doc in run:
        uid = doc.get("uid")
        if isinstance(uid, str):
            text = text.replace(uid, f"{tag}{uid[len(tag):]}")
    return json.loads(text)


def descriptor_of(run: list[list[Any]]) -> dict[str, Any]:
    return next(doc for name, doc in run if name == "descriptor")


def test_two_runs_of_the_same_detectors_share_one_schema_set() -> None:
    first, second = corpus_run(), with_new_uids(corpus_run(), "ab")
    assert descriptor_of(first)["uid"] != descriptor_of(second)["uid"]
    assert schema_set_for(descriptor_of(first)) is schema_set_for(descriptor_of(second))


def test_other_data_keys_or_another_name_get_their_own_set() -> None:
    descriptor = descriptor_of(corpus_run())
    renamed = {**descriptor, "name": "baseline"}
    retyped = copy.deepcopy(descriptor)
    next(iter(retyped["data_keys"].values()))["dtype"] = "string"
    shared = schema_set_for(descriptor)
    assert schema_set_for(renamed) is not shared
    assert schema_set_for(retyped) is not shared


def test_a_descriptor_that_is_not_plain_json_is_not_shared() -> None:
    descriptor = descriptor_of(corpus_run())
    with_tuple = copy.deepcopy(descriptor)
    next(iter(with_tuple["data_keys"].values()))["shape"] = ()
    assert schema_set_for(with_tuple) is not schema_set_for(with_tuple)


def test_findings_are_the_same_with_a_shared_set_and_a_faulty_event_is_still_caught() -> None:
    run = with_new_uids(corpus_run(), "cd")
    event = next(doc for name, doc in run if name == "event")
    key = next(iter(event["data"]))
    event["data"][key] = "not a number"
    findings = []
    for kind in (RunValidator, JsonRunValidator):
        for each in (corpus_run(), run):  # the first run compiles the set, the second reuses it
            validator = kind()
            for name, doc in each:
                validator(name, doc)
            findings.append([(f.code, f.index, f.path) for f in validator.finish()])
    assert findings[0] == findings[2] == []
    assert findings[1] == findings[3] == [("data-type", 2, f"$.data.{key}")]


def test_a_validator_pickles_after_a_json_validator_compiled_the_shared_check() -> None:
    run = with_new_uids(corpus_run(), "ef")
    json_validator = JsonRunValidator()
    for name, doc in run:
        json_validator(name, doc)
    stream = Stream(descriptor_of(run), StreamCounter("primary", frozenset()))
    assert stream.schemas.json_is_valid is not None  # compiled by the JSON validator, shared
    validator = RunValidator()
    for name, doc in run[:4]:
        validator(name, doc)
    copied = pickle.loads(pickle.dumps(validator))
    for name, doc in run[4:]:
        validator(name, doc)
        copied(name, doc)
    assert [f.to_dict() for f in copied.finish()] == [f.to_dict() for f in validator.finish()] == []
