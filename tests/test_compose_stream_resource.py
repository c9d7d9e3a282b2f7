"""ComposeStreamResource and ComposeStreamDatum: documents, uids, seq_nums and indices.

Expected values are those event-model 1.24.0 gives for the same calls, except
where a test says otherwise.
"""

from __future__ import annotations

import itertools
from typing import Any

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
from event_model.errors import EventModelValueError

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


@pytest.mark.parametrize(
    ("indices", "seq_nums", "message"),
    [
        ({"start": 3, "stop": 1}, None, r"stream_datum\['indices'\] .* expected 0 <= start <= stop"),
        ({"start": -1, "stop": 1}, None, r"stream_datum\['indices'\]"),
        (
            {"start": 0, "stop": 2},
            {"start": 5, "stop": 4},
            r"stream_datum\['seq_nums'\] .* expected 0 <= start",
        ),
        ({"start": 0, "stop": 2}, {"start": 1, "stop": 4}, "covers 3 events but .* covers 2 rows"),
    ],
    ids=["indices-backwards", "indices-negative", "seq_nums-backwards", "widths-differ"],
)
def test_stream_datum_ranges_must_be_consistent(indices: Any, seq_nums: Any, message: str) -> None:
    # 1.24.0 did not check ranges.
    compose = stream_bundle().compose_stream_datum
    with pytest.raises(EventModelValueError, match=message):
        compose(indices, seq_nums=seq_nums, validate=False)
    assert compose({"start": 0, "stop": 1})["uid"] == "sr/0"  # a refused datum is not counted


def test_empty_ranges_are_accepted() -> None:
    datum = stream_bundle().compose_stream_datum({"start": 0, "stop": 0}, {"start": 0, "stop": 0})
    assert datum["indices"] == {"start": 0, "stop": 0}


def test_invalid_stream_datum_is_refused_by_the_schema() -> None:
    with pytest.raises(jsonschema.exceptions.ValidationError):
        stream_bundle().compose_stream_datum({"start": 0, "stop": "x"})  # type: ignore[typeddict-item]


def test_module_level_compose_stream_datum_is_deprecated_and_keeps_fields_apart() -> None:
    # 1.24.0 swapped indices and seq_nums here; they land where their names say.
    with pytest.warns(DeprecationWarning, match="deprecated"):
        datum = compose_stream_datum(
            stream_resource={"uid": "sr"},  # type: ignore[typeddict-item]
            counter=itertools.count(4),
            seq_nums={"start": 1, "stop": 3},
            indices={"start": 0, "stop": 2},
        )
    assert datum["uid"] == "sr/4"
    assert (datum["seq_nums"], datum["indices"]) == ({"start": 1, "stop": 3}, {"start": 0, "stop": 2})


def test_positional_construction() -> None:
    resource: Any = {"uid": "r"}
    datum = ComposeStreamDatum(resource, itertools.count())({"start": 0, "stop": 1})
    assert datum["uid"] == "r/0"
