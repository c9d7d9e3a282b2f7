"""ComposeStreamResource and ComposeStreamDatum: documents, uids, seq_nums and indices.

Expected values are those event-model 1.24.0 gives for the same calls; the
stricter checks are asserted inside ``event_model.strict_checks()``.
"""

from __future__ import annotations

import dataclasses
import itertools
from typing import Any

import event_model
import jsonschema
import pytest
from event_model.composition.run import compose_run
from event_model.composition.stream_resource import (
    ComposeStreamDatum,
    ComposeStreamResource,
    ComposeStreamResourceBundle,
    compose_stream_datum,
    compose_stream_resource,
)
from event_model.documents.stream_datum import StreamRange
from event_model.errors import EventModelKeyError, EventModelRuntimeError, EventModelValueError

PARAMETERS = {"dataset": "/entry/data", "chunk_shape": (1, 16, 32)}


def stream_bundle(**kwargs: Any) -> ComposeStreamResourceBundle:
    run = compose_run(uid="run-1")
    return run.compose_stream_resource(  # type: ignore[misc]
        "application/x-hdf5", "file://localhost/a.h5", "frame", PARAMETERS, uid="sr", **kwargs
    )


def test_stream_resource_fields_and_key_order() -> None:
    doc = stream_bundle().stream_resource_doc
    assert doc == {
        "uid": "sr",
        "data_key": "frame",
        "mimetype": "application/x-hdf5",
        "uri": "file://localhost/a.h5",
        "parameters": PARAMETERS,
        "run_start": "run-1",
    }
    assert list(doc) == ["uid", "data_key", "mimetype", "uri", "parameters", "run_start"]


def test_stream_resource_without_a_run_as_devices_make_them() -> None:
    bundle = ComposeStreamResource()(
        mimetype="m", uri="u", data_key="k", parameters={}, uid=None, validate=True
    )
    assert "run_start" not in bundle.stream_resource_doc
    assert len(bundle.stream_resource_doc["uid"]) == 36
    linked = compose_stream_resource(mimetype="m", uri="u", data_key="k", parameters={}, start={"uid": "s"})  # type: ignore[typeddict-item]
    assert linked.stream_resource_doc["run_start"] == "s"


def test_bundle_unpacks_as_two() -> None:
    bundle = stream_bundle()
    doc, compose = bundle
    assert doc is bundle.stream_resource_doc
    assert isinstance(compose, ComposeStreamDatum) and compose.stream_resource is doc


def test_stream_datum_defaults_leave_seq_nums_and_descriptor_to_the_run_engine() -> None:
    datum = stream_bundle().compose_stream_datum(indices=StreamRange(start=0, stop=2))
    assert datum == {
        "stream_resource": "sr",
        "uid": "sr/0",
        "seq_nums": {"start": 0, "stop": 0},
        "indices": {"start": 0, "stop": 2},
        "descriptor": "",
    }
    assert list(datum) == ["stream_resource", "uid", "seq_nums", "indices", "descriptor"]
    # bluesky compares with a StreamRange, then fills seq_nums in place.
    assert not datum["seq_nums"] != StreamRange(start=0, stop=0)  # noqa: SIM202 -- the comparison bluesky makes


def test_stream_datum_uids_count_from_zero() -> None:
    compose = stream_bundle().compose_stream_datum
    uids = [compose({"start": i, "stop": i + 1})["uid"] for i in range(3)]
    assert uids == ["sr/0", "sr/1", "sr/2"]


def test_stream_datum_takes_seq_nums_and_descriptor() -> None:
    datum = stream_bundle().compose_stream_datum(
        {"start": 2, "stop": 5},
        seq_nums={"start": 1, "stop": 4},
        descriptor={"uid": "d-1"},  # type: ignore[typeddict-item]
    )
    assert (datum["seq_nums"], datum["descriptor"]) == ({"start": 1, "stop": 4}, "d-1")


def test_empty_seq_nums_mean_unassigned() -> None:
    datum = stream_bundle().compose_stream_datum({"start": 0, "stop": 2}, seq_nums={})  # type: ignore[typeddict-item]
    assert datum["seq_nums"] == {"start": 0, "stop": 0}


RANGE_PROBLEMS = pytest.mark.parametrize(
    ("indices", "seq_nums", "message"),
    [
        ({"start": 3, "stop": 1}, None, r"stream_datum\['indices'\] .* expected 0 <= start <= stop"),
        ({"start": 5, "stop": -3}, None, r"stream_datum\['indices'\] .* expected 0 <= start <= stop"),
        ({"start": -1, "stop": 1}, None, r"stream_datum\['indices'\]"),
        (
            {"start": 0, "stop": 2},
            {"start": 5, "stop": 4},
            r"stream_datum\['seq_nums'\] .* expected 0 <= start",
        ),
        ({"start": 0, "stop": 2}, {"start": 1, "stop": 4}, "covers 3 events but .* covers 2 rows"),
        ({"start": 0, "stop": 3}, {"start": 1, "stop": 2}, "covers 1 events but .* covers 3 rows"),
    ],
    ids=[
        "indices-backwards",
        "indices-5-to-minus-3",
        "indices-negative",
        "seq_nums-backwards",
        "seq_nums-wider",
        "seq_nums-narrower",
    ],
)


@RANGE_PROBLEMS
@pytest.mark.parametrize("validate", [True, False])
def test_stream_datum_ranges_are_not_checked_like_1_24(
    indices: Any, seq_nums: Any, message: str, validate: bool
) -> None:
    datum = stream_bundle().compose_stream_datum(indices, seq_nums=seq_nums, validate=validate)
    assert datum["indices"] == indices
    assert datum["seq_nums"] == (seq_nums or {"start": 0, "stop": 0})


@RANGE_PROBLEMS
def test_stream_datum_ranges_must_be_consistent_in_strict_mode(
    indices: Any, seq_nums: Any, message: str
) -> None:
    compose = stream_bundle().compose_stream_datum
    with event_model.strict_checks(), pytest.raises(EventModelValueError, match=message):
        compose(indices, seq_nums=seq_nums, validate=False)
    assert compose({"start": 0, "stop": 1})["uid"] == "sr/0"  # a refused datum is not counted


def test_empty_ranges_are_accepted() -> None:
    datum = stream_bundle().compose_stream_datum({"start": 0, "stop": 0}, {"start": 0, "stop": 0})
    assert datum["indices"] == {"start": 0, "stop": 0}


def test_invalid_stream_datum_is_refused_by_the_schema() -> None:
    with pytest.raises(jsonschema.exceptions.ValidationError):
        stream_bundle().compose_stream_datum({"start": 0, "stop": "x"})  # type: ignore[typeddict-item]


def test_module_level_compose_stream_datum_is_deprecated_and_swaps_the_ranges_like_1_24() -> None:
    # 1.24.0 passed seq_nums where indices go and indices where seq_nums go.
    with pytest.warns(DeprecationWarning, match=r"compose_stream_datum\(\) will be removed"):
        datum = compose_stream_datum(
            stream_resource={"uid": "sr"},  # type: ignore[typeddict-item]
            counter=itertools.count(4),
            seq_nums={"start": 1, "stop": 3},
            indices={"start": 0, "stop": 2},
        )
    assert datum == {
        "stream_resource": "sr",
        "uid": "sr/4",
        "seq_nums": {"start": 0, "stop": 2},
        "indices": {"start": 1, "stop": 3},
        "descriptor": "",
    }


def test_module_level_compose_stream_datum_with_empty_indices_like_1_24() -> None:
    # The (swapped) indices stand in for seq_nums, so an empty one means unassigned.
    with pytest.warns(DeprecationWarning):
        datum = compose_stream_datum(
            stream_resource={"uid": "sr"},  # type: ignore[typeddict-item]
            counter=itertools.count(),
            seq_nums={"start": 1, "stop": 3},
            indices={},  # type: ignore[typeddict-item]
        )
    assert (datum["seq_nums"], datum["indices"]) == ({"start": 0, "stop": 0}, {"start": 1, "stop": 3})


def test_module_level_compose_stream_datum_keeps_fields_apart_in_strict_mode() -> None:
    removal = r"compose_stream_datum\(\) will be removed"
    with event_model.strict_checks(), pytest.warns(DeprecationWarning, match=removal):
        datum = compose_stream_datum(
            stream_resource={"uid": "sr"},  # type: ignore[typeddict-item]
            counter=itertools.count(4),
            seq_nums={"start": 1, "stop": 3},
            indices={"start": 0, "stop": 2},
        )
    assert datum["uid"] == "sr/4"
    assert (datum["seq_nums"], datum["indices"]) == ({"start": 1, "stop": 3}, {"start": 0, "stop": 2})


def test_a_descriptor_without_uid_is_a_key_error_after_the_number_is_taken() -> None:
    # 1.24.0 numbered the datum before it read the descriptor's uid.
    compose = stream_bundle().compose_stream_datum
    with pytest.raises(EventModelKeyError, match="descriptor document has no 'uid'"):
        compose({"start": 0, "stop": 1}, descriptor={"name": "primary"})  # type: ignore[typeddict-item]
    assert compose({"start": 0, "stop": 1})["uid"] == "sr/1"


def test_an_empty_descriptor_counts_as_none_like_1_24() -> None:
    datum = stream_bundle().compose_stream_datum({"start": 0, "stop": 1}, descriptor={})  # type: ignore[typeddict-item]
    assert datum["descriptor"] == ""


def test_stream_bundles_have_1_24s_fields_and_repr() -> None:
    bundle = stream_bundle()
    assert [f.name for f in dataclasses.fields(bundle)] == ["stream_resource_doc", "compose_stream_datum"]
    assert [f.name for f in dataclasses.fields(bundle.compose_stream_datum)] == ["stream_resource", "counter"]
    doc = bundle.stream_resource_doc
    assert (
        repr(bundle.compose_stream_datum) == f"ComposeStreamDatum(stream_resource={doc!r}, counter=count(0))"
    )
    assert repr(ComposeStreamResource()) == "ComposeStreamResource(start=None)"


def test_no_stream_datum_after_the_stop_only_in_strict_mode() -> None:
    run = compose_run(uid="run-1")
    bundle = run.compose_stream_resource("m", "u", "frame", {}, uid="sr")
    run.compose_stop()
    assert bundle.compose_stream_datum({"start": 0, "stop": 1})["uid"] == "sr/0"  # as 1.24.0
    with event_model.strict_checks():
        with pytest.raises(EventModelRuntimeError, match="after its stop"):
            bundle.compose_stream_datum({"start": 1, "stop": 2})
        with pytest.raises(EventModelRuntimeError, match="after its stop"):
            run.compose_stream_resource("m", "u", "frame", {})


def test_positional_construction() -> None:
    resource: Any = {"uid": "r"}
    datum = ComposeStreamDatum(resource, itertools.count())({"start": 0, "stop": 1})
    assert datum["uid"] == "r/0"
