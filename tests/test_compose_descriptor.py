"""ComposeDescriptor: the descriptor document, stream registration and stream-name reuse.

Expected values are those event-model 1.24.0 gives for the same calls, except
where a test says otherwise.
"""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest
from event_model.composition.descriptor import ComposeDescriptor, ComposeDescriptorBundle, compose_descriptor
from event_model.composition.event import ComposeEvent, ComposeEventPage
from event_model.composition.run import compose_run
from event_model.errors import EventModelTypeError, EventModelValidationError

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


@pytest.mark.parametrize("validate", [True, False])
def test_same_stream_with_other_keys_is_refused(validate: bool) -> None:
    # 1.24.0 checked this only when validating; validate=False skips only the schema here.
    run = compose_run()
    run.compose_descriptor("primary", DATA_KEYS)
    other = {"det": DATA_KEYS["det"], "motor": {"source": "SIM:motor", "dtype": "number", "shape": []}}
    with pytest.raises(EventModelValidationError, match=r"lacks \['frame'\] and adds \['motor'\]"):
        run.compose_descriptor("primary", other, validate=validate)
    assert run.compose_descriptor.streams["primary"] == {"det", "frame"}


def test_invalid_descriptor_is_refused_by_the_schema() -> None:
    run = compose_run()
    with pytest.raises(jsonschema.exceptions.ValidationError):
        run.compose_descriptor("primary", {"det": {"source": "SIM:det"}})
    assert "primary" not in run.compose_descriptor.event_counters


def test_validate_false_skips_the_schema() -> None:
    bundle = compose_run().compose_descriptor("primary", {"det": {"source": "SIM:det"}}, validate=False)
    assert bundle.descriptor_doc["data_keys"] == {"det": {"source": "SIM:det"}}


def test_data_keys_that_are_not_a_dict_are_refused_even_without_validation() -> None:
    with pytest.raises(EventModelTypeError, match="data_keys"):
        compose_run().compose_descriptor("primary", ["det"], validate=False)  # type: ignore[arg-type]


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
