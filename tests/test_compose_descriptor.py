"""ComposeDescriptor: the descriptor document, stream registration and stream-name reuse.

Expected values are those event-model 1.24.0 gives for the same calls; the
stricter checks are asserted inside ``event_model.strict_checks()``.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import event_model
import jsonschema
import pytest
from event_model.composition.descriptor import ComposeDescriptor, ComposeDescriptorBundle, compose_descriptor
from event_model.composition.event import ComposeEvent, ComposeEventPage
from event_model.composition.run import compose_run
from event_model.errors import (
    EventModelKeyError,
    EventModelRuntimeError,
    EventModelTypeError,
    EventModelValidationError,
)

DATA_KEYS: dict[str, Any] = {
    "det": {"source": "SIM:det", "dtype": "number", "shape": []},
    "frame": {"source": "SIM:frame", "dtype": "array", "shape": [4], "external": "STREAM:"},
}


def test_descriptor_defaults_and_key_order() -> None:
    bundle = compose_run(uid="run-1")
    descriptor = bundle.compose_descriptor("primary", DATA_KEYS, uid="d-1", time=2.0).descriptor_doc
    assert descriptor == {
        "configuration": {},
        "data_keys": DATA_KEYS,
        "name": "primary",
        "object_keys": {},
        "run_start": "run-1",
        "time": 2.0,
        "uid": "d-1",
        "object_classes": {},
        "hints": {},
    }
    assert list(descriptor) == [
        "configuration",
        "data_keys",
        "name",
        "object_keys",
        "run_start",
        "time",
        "uid",
        "object_classes",
        "hints",
    ]


def test_descriptor_takes_every_optional_field() -> None:
    fields: dict[str, Any] = {
        "hints": {"det": {"fields": ["det"]}},
        "configuration": {"det": {"data": {"x": 1}, "timestamps": {"x": 1.0}, "data_keys": {}}},
        "object_keys": {"det": ["det"]},
        "object_classes": {"det": "ophyd.sim.SynGauss"},
    }
    descriptor = compose_run().compose_descriptor("primary", DATA_KEYS, **fields).descriptor_doc
    assert {key: descriptor[key] for key in fields} == fields  # type: ignore[literal-required]


def test_bundle_unpacks_as_three_sharing_the_run_counters() -> None:
    counters: dict[str, int] = {}
    bundle = compose_run(event_counters=counters).compose_descriptor("primary", DATA_KEYS)
    doc, compose_event, compose_event_page = bundle
    assert isinstance(bundle, ComposeDescriptorBundle)
    assert doc is bundle.descriptor_doc
    assert isinstance(compose_event, ComposeEvent) and compose_event.descriptor is doc
    assert isinstance(compose_event_page, ComposeEventPage) and compose_event_page.descriptor is doc
    assert compose_event.event_counters is counters and compose_event_page.event_counters is counters


def test_first_descriptor_of_a_stream_starts_its_count_at_one() -> None:
    run = compose_run()
    run.compose_descriptor("primary", DATA_KEYS)
    run.compose_descriptor("baseline", DATA_KEYS)
    assert run.compose_descriptor.event_counters == {"primary": 1, "baseline": 1}
    assert run.compose_descriptor.streams == {"primary": {"det", "frame"}, "baseline": {"det", "frame"}}


def test_same_stream_with_the_same_keys_continues_the_count() -> None:
    run = compose_run()
    first = run.compose_descriptor("primary", DATA_KEYS)
    first.compose_event({"det": 1}, {"det": 1.0})
    second = run.compose_descriptor("primary", dict(DATA_KEYS))
    assert second.descriptor_doc["uid"] != first.descriptor_doc["uid"]
    assert second.compose_event({"det": 1}, {"det": 1.0})["seq_num"] == 2


OTHER_KEYS: dict[str, Any] = {
    "det": DATA_KEYS["det"],
    "motor": {"source": "SIM:motor", "dtype": "number", "shape": []},
}


def test_same_stream_with_other_keys_is_refused_when_validating() -> None:
    run = compose_run()
    run.compose_descriptor("primary", DATA_KEYS)
    with pytest.raises(EventModelValidationError, match=r"lacks \['frame'\] and adds \['motor'\]"):
        run.compose_descriptor("primary", OTHER_KEYS)
    assert run.compose_descriptor.streams["primary"] == {"det", "frame"}


def test_same_stream_with_other_keys_is_accepted_without_validation_like_1_24() -> None:
    # 1.24.0 checked the keys of a reused stream only when validating, and left
    # the stream's recorded keys and its count as they were.
    run = compose_run(uid="r")
    run.compose_descriptor("primary", DATA_KEYS).compose_event({"det": 1}, {"det": 1.0})
    doc = run.compose_descriptor("primary", OTHER_KEYS, uid="d2", time=3.0, validate=False).descriptor_doc
    assert doc["data_keys"] is OTHER_KEYS and doc["uid"] == "d2"
    assert run.compose_descriptor.streams == {"primary": {"det", "frame"}}
    assert run.compose_descriptor.event_counters == {"primary": 2}


def test_same_stream_with_other_keys_is_refused_without_validation_in_strict_mode() -> None:
    run = compose_run()
    run.compose_descriptor("primary", DATA_KEYS)
    with event_model.strict_checks(), pytest.raises(EventModelValidationError, match=r"adds \['motor'\]"):
        run.compose_descriptor("primary", OTHER_KEYS, validate=False)
    assert run.compose_descriptor.streams["primary"] == {"det", "frame"}


def test_a_reused_stream_is_checked_before_the_schema_like_1_24() -> None:
    run = compose_run()
    run.compose_descriptor("primary", DATA_KEYS)
    # Invalid for the schema too, but the stream check comes first.
    with pytest.raises(EventModelValidationError, match="every descriptor of a stream"):
        run.compose_descriptor("primary", {"det": {"source": "SIM:det"}})


def test_an_unhashable_name_is_a_type_error_like_1_24() -> None:
    # 1.24.0 looked the name up among the streams before validating: TypeError.
    with pytest.raises(EventModelTypeError, match=r"descriptor\['name'\] is \['x'\]") as info:
        compose_run().compose_descriptor(["x"], DATA_KEYS)  # type: ignore[arg-type]
    assert isinstance(info.value, TypeError)


def test_invalid_descriptor_is_refused_by_the_schema() -> None:
    run = compose_run()
    with pytest.raises(jsonschema.exceptions.ValidationError):
        run.compose_descriptor("primary", {"det": {"source": "SIM:det"}})
    assert "primary" not in run.compose_descriptor.event_counters


def test_validate_false_skips_the_schema() -> None:
    bundle = compose_run().compose_descriptor("primary", {"det": {"source": "SIM:det"}}, validate=False)
    assert bundle.descriptor_doc["data_keys"] == {"det": {"source": "SIM:det"}}


def test_data_keys_given_as_names_are_accepted_without_validation_like_1_24() -> None:
    run = compose_run()
    doc = run.compose_descriptor("primary", ["det"], validate=False).descriptor_doc  # type: ignore[arg-type]
    assert doc["data_keys"] == ["det"]
    assert run.compose_descriptor.streams == {"primary": {"det"}}
    assert run.compose_descriptor.event_counters == {"primary": 1}


def test_data_keys_that_are_not_a_dict_are_refused_in_strict_mode() -> None:
    with event_model.strict_checks(), pytest.raises(EventModelTypeError, match="data_keys"):
        compose_run().compose_descriptor("primary", ["det"], validate=False)  # type: ignore[arg-type]


def test_data_keys_none_without_validation_is_a_type_error_for_a_new_stream() -> None:
    # 1.24.0 recorded set(data_keys) for a new stream: TypeError for None.
    run = compose_run()
    with pytest.raises(EventModelTypeError, match=r"descriptor\['data_keys'\] is NoneType") as info:
        run.compose_descriptor("primary", None, validate=False)  # type: ignore[arg-type]
    assert isinstance(info.value, TypeError)
    run.compose_descriptor("primary", DATA_KEYS)
    # A stream already described records nothing, so 1.24.0 accepted it there.
    assert run.compose_descriptor("primary", None, validate=False).descriptor_doc["data_keys"] is None  # type: ignore[arg-type]


def test_event_counters_that_are_not_a_dict_are_a_type_error() -> None:
    streams: dict[str, Any] = {}
    compose = ComposeDescriptor({"uid": "s"}, streams, [1, 2])  # type: ignore[arg-type,typeddict-item]
    with pytest.raises(EventModelTypeError, match=r"event_counters is \[1, 2\] \(list\)") as info:
        compose("primary", DATA_KEYS)
    assert isinstance(info.value, TypeError)
    assert streams == {"primary": {"det", "frame"}}  # 1.24.0 recorded the stream first


def test_start_without_uid_is_a_key_error() -> None:
    with pytest.raises(EventModelKeyError, match="start document has no 'uid'") as info:
        ComposeDescriptor({}, {}, {})("primary", DATA_KEYS)  # type: ignore[typeddict-item]
    assert isinstance(info.value, KeyError)


def test_no_descriptor_after_the_stop_only_in_strict_mode() -> None:
    run = compose_run()
    run.compose_stop()
    assert run.compose_descriptor("primary", DATA_KEYS, uid="d").descriptor_doc["uid"] == "d"  # as 1.24.0
    with event_model.strict_checks(), pytest.raises(EventModelRuntimeError, match="after its stop"):
        run.compose_descriptor("baseline", DATA_KEYS)
    assert "baseline" not in run.compose_descriptor.streams


def test_composers_have_1_24s_fields_repr_and_equality() -> None:
    run = compose_run(uid="r", time=1.0)
    bundle = run.compose_descriptor("p", {"x": DATA_KEYS["det"]}, uid="d", time=2.0)
    assert [f.name for f in dataclasses.fields(run.compose_descriptor)] == [
        "start",
        "streams",
        "event_counters",
    ]
    assert [f.name for f in dataclasses.fields(bundle.compose_event)] == ["descriptor", "event_counters"]
    assert repr(run.compose_descriptor) == (
        "ComposeDescriptor(start={'uid': 'r', 'time': 1.0}, streams={'p': {'x'}}, event_counters={'p': 1})"
    )
    descriptor = bundle.descriptor_doc
    assert repr(bundle.compose_event) == f"ComposeEvent(descriptor={descriptor!r}, event_counters={{'p': 1}})"
    assert bundle.compose_event == ComposeEvent(descriptor, {"p": 1})
    assert bundle.compose_event_page == ComposeEventPage(descriptor, {"p": 1})
    assert bundle.compose_event != ComposeEventPage(descriptor, {"p": 1})


def test_positional_construction_and_module_level_function() -> None:
    streams: dict[str, Any] = {}
    counters: dict[str, int] = {}
    bundle = ComposeDescriptor({"uid": "s"}, streams, counters)("p", DATA_KEYS, uid="d", time=1.0)  # type: ignore[typeddict-item]
    assert bundle.descriptor_doc["run_start"] == "s"
    assert streams == {"p": {"det", "frame"}} and counters == {"p": 1}
    doc = compose_descriptor(
        start={"uid": "s"},  # type: ignore[typeddict-item]
        streams=streams,
        event_counters=counters,
        name="q",
        data_keys=DATA_KEYS,
        uid="d2",
        time=1.0,
    ).descriptor_doc
    assert (doc["name"], doc["uid"], doc["run_start"]) == ("q", "d2", "s")
    assert counters == {"p": 1, "q": 1}
