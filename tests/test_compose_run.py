"""compose_run, the run bundle, the stop document and (in strict mode) the refusal of documents after it.

Expected values are those event-model 1.24.0 gives for the same calls; the
stricter checks are asserted inside ``event_model.strict_checks()``.
"""

from __future__ import annotations

import dataclasses
import time
import warnings
from collections.abc import Callable
from typing import Any

import event_model
import jsonschema
import pytest
from event_model.composition.descriptor import ComposeDescriptor
from event_model.composition.resource import ComposeResource, compose_resource
from event_model.composition.run import ComposeRunBundle, ComposeStop, compose_run, compose_stop
from event_model.composition.stream_resource import ComposeStreamResource
from event_model.errors import (
    EventModelError,
    EventModelRuntimeError,
    EventModelTypeError,
    EventModelValidationError,
)

DATA_KEYS = {"det": {"source": "SIM:det", "dtype": "number", "shape": []}}


def test_start_document_defaults() -> None:
    before = time.time()
    start = compose_run().start_doc
    after = time.time()
    assert list(start) == ["uid", "time"]
    assert len(start["uid"]) == 36
    assert before <= start["time"] <= after


def test_start_document_takes_uid_time_and_metadata_after_them() -> None:
    metadata = {"scan_id": 3, "sample": {"name": "Si"}}
    start = compose_run(uid="run-1", time=5.0, metadata=metadata).start_doc
    assert start == {"uid": "run-1", "time": 5.0, "scan_id": 3, "sample": {"name": "Si"}}
    assert list(start) == ["uid", "time", "scan_id", "sample"]
    assert metadata == {"scan_id": 3, "sample": {"name": "Si"}}  # not mutated


@pytest.mark.parametrize("key", ["uid", "time"])
def test_metadata_may_not_set_uid_or_time(key: str) -> None:
    with pytest.raises(EventModelTypeError, match=key) as info:
        compose_run(metadata={key: 1})
    assert isinstance(info.value, TypeError)  # 1.24.0 raised TypeError


def test_invalid_start_is_refused_by_the_schema() -> None:
    with pytest.raises(jsonschema.exceptions.ValidationError) as info:
        compose_run(uid=5)  # type: ignore[arg-type]
    assert isinstance(info.value, EventModelValidationError)


def test_validate_false_skips_the_schema() -> None:
    assert compose_run(uid=5, validate=False).start_doc["uid"] == 5  # type: ignore[arg-type]


def test_bundle_unpacks_as_four_and_names_the_stream_resource_composer() -> None:
    bundle = compose_run()
    start, compose_descriptor, compose_resource_, compose_stop_ = bundle
    assert isinstance(bundle, ComposeRunBundle)
    assert start is bundle.start_doc
    assert (
        isinstance(compose_descriptor, ComposeDescriptor) and compose_descriptor is bundle.compose_descriptor
    )
    assert isinstance(compose_resource_, ComposeResource) and compose_resource_ is bundle.compose_resource
    assert isinstance(compose_stop_, ComposeStop) and compose_stop_ is bundle.compose_stop
    assert isinstance(bundle.compose_stream_resource, ComposeStreamResource)
    assert bundle.compose_stream_resource.start is start


def test_event_counters_is_the_callers_own_dict() -> None:
    counters: dict[str, int] = {}
    bundle = compose_run(event_counters=counters)
    assert bundle.compose_descriptor.event_counters is counters
    assert bundle.compose_stop.event_counters is counters
    descriptor = bundle.compose_descriptor("primary", DATA_KEYS)
    assert descriptor.compose_event.event_counters is counters
    assert counters == {"primary": 1}
    descriptor.compose_event({"det": 1}, {"det": 1.0})
    assert counters == {"primary": 2}
    # The run engine rewinds by editing the dict.
    counters["primary"] = 1
    assert descriptor.compose_event({"det": 1}, {"det": 1.0})["seq_num"] == 1


def test_stop_document_counts_events_per_stream() -> None:
    bundle = compose_run(uid="run-1")
    primary = bundle.compose_descriptor("primary", DATA_KEYS)
    baseline = bundle.compose_descriptor("baseline", DATA_KEYS)
    bundle.compose_descriptor("empty", DATA_KEYS)
    for _ in range(3):
        primary.compose_event({"det": 1}, {"det": 1.0})
    primary.compose_event_page({"det": [1, 2]}, {"det": [1.0, 1.0]})
    baseline.compose_event({"det": 1}, {"det": 1.0})
    stop = bundle.compose_stop(uid="stop-1", time=9.0)
    assert stop == {
        "uid": "stop-1",
        "time": 9.0,
        "run_start": "run-1",
        "exit_status": "success",
        "reason": "",
        "num_events": {"primary": 5, "baseline": 1, "empty": 0},
    }


def test_stop_counts_follow_explicit_seq_nums_like_1_24() -> None:
    bundle = compose_run()
    descriptor = bundle.compose_descriptor("primary", DATA_KEYS)
    descriptor.compose_event({"det": 1}, {"det": 1.0}, seq_num=10)
    assert bundle.compose_stop()["num_events"] == {"primary": 10}


def test_stop_takes_exit_status_and_reason() -> None:
    stop = compose_run().compose_stop(exit_status="abort", reason="user pressed stop")
    assert (stop["exit_status"], stop["reason"]) == ("abort", "user pressed stop")


def test_second_stop_is_refused() -> None:
    bundle = compose_run(uid="run-1")
    bundle.compose_stop()
    with pytest.raises(EventModelError, match="run-1"):
        bundle.compose_stop()


def test_a_stop_refused_by_the_schema_still_counts_as_the_stop_like_1_24() -> None:
    # 1.24.0 swallowed the poison pill before it built and validated the document.
    bundle = compose_run(uid="run-1")
    with pytest.raises(jsonschema.exceptions.ValidationError):
        bundle.compose_stop(exit_status="weird")  # type: ignore[arg-type]
    with pytest.raises(EventModelError, match="Already composed a stop document for run 'run-1'"):
        bundle.compose_stop()


def test_second_stop_is_an_event_model_error_as_in_1_24() -> None:
    bundle = compose_run()
    bundle.compose_stop()
    with pytest.raises(EventModelRuntimeError) as info:
        bundle.compose_stop()
    assert isinstance(info.value, EventModelError)


def test_module_level_compose_stop_uses_the_poison_pill() -> None:
    pill: list[Any] = []
    stop = compose_stop(start={"uid": "s"}, event_counters={"a": 3}, poison_pill=pill, uid="x", time=1.0)
    assert stop["num_events"] == {"a": 2}
    assert len(pill) == 1 and type(pill[0]) is object  # 1.24.0 appended a bare object()
    with pytest.raises(EventModelError):
        compose_stop(start={"uid": "s"}, event_counters={}, poison_pill=pill)
    assert len(pill) == 1


@pytest.mark.parametrize(
    ("counters", "pill", "error", "message"),
    [
        ([1], [], AttributeError, r"event_counters is list"),
        ({"a": "x"}, [], TypeError, r"event_counters\['a'\] is 'x' \(str\)"),
        ({}, None, AttributeError, r"poison_pill is NoneType"),
    ],
    ids=["counters-list", "counter-text", "pill-none"],
)
def test_module_level_compose_stop_with_bad_state_fails_as_in_1_24(
    counters: Any, pill: Any, error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message) as info:
        compose_stop(start={"uid": "s"}, event_counters=counters, poison_pill=pill)  # type: ignore[typeddict-item]
    assert isinstance(info.value, EventModelError)


def test_compose_stop_constructed_positionally() -> None:
    stop = ComposeStop({"uid": "s"}, {"x": 2}, [])(uid="u", time=1.0)  # type: ignore[typeddict-item]
    assert stop["run_start"] == "s" and stop["num_events"] == {"x": 1}


def _after_stop_calls() -> dict[str, Callable[[], Any]]:
    bundle = compose_run()
    descriptor = bundle.compose_descriptor("primary", DATA_KEYS)
    resource = bundle.compose_resource("AD", "/", "a.h5", {})
    stream_resource = bundle.compose_stream_resource("application/x-hdf5", "file://localhost/a.h5", "f", {})
    bundle.compose_stop()
    return {
        "descriptor": lambda: bundle.compose_descriptor("baseline", DATA_KEYS),
        "event": lambda: descriptor.compose_event({"det": 1}, {"det": 1.0}),
        "event_page": lambda: descriptor.compose_event_page({"det": [1]}, {"det": [1.0]}),
        "resource": lambda: bundle.compose_resource("AD", "/", "b.h5", {}),
        "datum": lambda: resource.compose_datum({"i": 0}),
        "datum_page": lambda: resource.compose_datum_page({"i": [0]}),
        "stream_resource": lambda: bundle.compose_stream_resource("m", "u", "g", {}),
        "stream_datum": lambda: stream_resource.compose_stream_datum({"start": 0, "stop": 1}),
    }


@pytest.mark.parametrize("kind", sorted(_after_stop_calls()))
def test_documents_are_composed_after_the_stop_like_1_24(kind: str) -> None:
    # 1.24.0 refused only a second stop; its own test_run_router_streams composes after the stop.
    doc = _after_stop_calls()[kind]()
    if not isinstance(doc, dict):
        doc = next(iter(doc))
    assert isinstance(doc, dict)


@pytest.mark.parametrize("kind", sorted(_after_stop_calls()))
def test_nothing_is_composed_after_the_stop_in_strict_mode(kind: str) -> None:
    call = _after_stop_calls()[kind]
    with event_model.strict_checks(), pytest.raises(EventModelError, match="after its stop") as info:
        call()
    assert isinstance(info.value, RuntimeError)


def test_strict_mode_can_be_turned_off_again_inside() -> None:
    call = _after_stop_calls()["event"]
    with event_model.strict_checks(), event_model.strict_checks(False):
        assert call()["seq_num"] == 1


def test_composers_made_outside_a_run_are_never_stopped() -> None:
    bundle = compose_run()
    bundle.compose_stop()
    with event_model.strict_checks():
        resource = compose_resource(spec="AD", root="/", resource_path="a", resource_kwargs={})
        assert resource.compose_datum({"i": 0})["datum_id"].endswith("/0")
        assert ComposeStreamResource()("m", "u", "k", {}).stream_resource_doc["data_key"] == "k"


def test_metadata_may_be_any_mapping_with_keys_like_1_24() -> None:
    class Keyed:
        """Not a Mapping, but ``**`` accepts it: keys() and item access."""

        def keys(self) -> list[str]:
            return ["scan_id", "plan_name"]

        def __getitem__(self, key: str) -> Any:
            return {"scan_id": 1, "plan_name": "count"}[key]

    start = compose_run(uid="r", time=1.0, metadata=Keyed()).start_doc  # type: ignore[arg-type]
    assert start == {"uid": "r", "time": 1.0, "scan_id": 1, "plan_name": "count"}
    assert list(start) == ["uid", "time", "scan_id", "plan_name"]


@pytest.mark.parametrize("metadata", [[], {1: 2}], ids=["list", "number-key"])
def test_metadata_that_does_not_make_keywords_is_a_type_error(metadata: Any) -> None:
    with pytest.raises(EventModelTypeError, match="metadata") as info:
        compose_run(metadata=metadata)
    assert isinstance(info.value, TypeError)


def test_run_bundle_has_1_24s_fields_repr_and_equality() -> None:
    bundle = compose_run(uid="r", time=1.0)
    assert [f.name for f in dataclasses.fields(bundle)] == [
        "start_doc",
        "compose_descriptor",
        "compose_resource",
        "compose_stop",
        "compose_stream_resource",
    ]
    start = "{'uid': 'r', 'time': 1.0}"
    assert repr(bundle) == (
        f"ComposeRunBundle(start_doc={start}, compose_descriptor=ComposeDescriptor(start={start}, "
        f"streams={{}}, event_counters={{}}), compose_resource=ComposeResource(start={start}), "
        f"compose_stop=ComposeStop(start={start}, event_counters={{}}, poison_pill=[]), "
        f"compose_stream_resource=ComposeStreamResource(start={start}))"
    )
    assert bundle == compose_run(uid="r", time=1.0)
    assert dataclasses.asdict(bundle)["compose_stop"] == {
        "start": {"uid": "r", "time": 1.0},
        "event_counters": {},
        "poison_pill": [],
    }


def test_uid_and_time_default_alike_for_every_document() -> None:
    bundle = compose_run()
    stream = bundle.compose_descriptor("primary", DATA_KEYS)
    docs = [
        bundle.start_doc,
        stream.descriptor_doc,
        stream.compose_event({"det": 1}, {"det": 1.0}),
        bundle.compose_resource("AD", "/", "a", {}).resource_doc,
        bundle.compose_stream_resource("m", "u", "k", {}).stream_resource_doc,
        bundle.compose_stop(),
    ]
    uids = [doc["uid"] for doc in docs]
    assert all(isinstance(uid, str) and len(uid) == 36 for uid in uids) and len(set(uids)) == len(uids)
    times = [doc["time"] for doc in docs if "time" in doc]
    assert len(times) == 4 and all(type(value) is float for value in times)


def test_composing_a_whole_run_warns_nothing() -> None:
    # Downstream suites run with warnings as errors.
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        bundle = compose_run(metadata={"scan_id": 1})
        stream = bundle.compose_descriptor("primary", DATA_KEYS)
        stream.compose_event({"det": 1}, {"det": 1.0})
        stream.compose_event_page({"det": [1, 2]}, {"det": [1.0, 2.0]})
        resource = bundle.compose_resource("AD", "/", "a", {})
        resource.compose_datum({"i": 0})
        resource.compose_datum_page({"i": [1, 2]})
        frames = bundle.compose_stream_resource("m", "u", "f", {})
        frames.compose_stream_datum({"start": 0, "stop": 2})
        bundle.compose_stop()
        stream.compose_event({"det": 1}, {"det": 1.0})  # after the stop, as 1.24 allowed
