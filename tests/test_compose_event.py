"""ComposeEvent and ComposeEventPage: seq_num counting, key checks, page shapes.

Expected values are those event-model 1.24.0 gives for the same calls, except
where a test says otherwise.
"""

from __future__ import annotations

import copy
import pickle
from typing import Any

import jsonschema
import numpy as np
import pytest
from event_model.composition.descriptor import ComposeDescriptorBundle
from event_model.composition.event import ComposeEvent, ComposeEventPage, compose_event, compose_event_page
from event_model.composition.run import compose_run
from event_model.errors import (
    EventModelError,
    EventModelKeyError,
    EventModelTypeError,
    EventModelValidationError,
    EventModelValueError,
)

DATA_KEYS: dict[str, Any] = {
    "det": {"source": "SIM:det", "dtype": "number", "shape": []},
    "motor": {"source": "SIM:motor", "dtype": "number", "shape": []},
    "img": {"source": "SIM:img", "dtype": "array", "shape": [2, 2], "external": "FILESTORE:"},
    "frame": {"source": "SIM:frame", "dtype": "array", "shape": [4], "external": "STREAM:"},
}
DATA = {"det": 1.0, "motor": 2.0, "img": "res/0"}
TIMESTAMPS = {"det": 1.0, "motor": 1.0, "img": 1.0}
PAGE_DATA = {"det": [1.0, 2.0], "motor": [3.0, 4.0], "img": ["res/0", "res/1"]}
PAGE_TIMESTAMPS = {"det": [1.0, 2.0], "motor": [1.0, 2.0], "img": [1.0, 2.0]}


def new_stream() -> ComposeDescriptorBundle:
    return compose_run(uid="run-1").compose_descriptor("primary", DATA_KEYS, uid="d-1")


# --- events ------------------------------------------------------------------


def test_event_fields_and_key_order() -> None:
    event = new_stream().compose_event(DATA, TIMESTAMPS, uid="e-1", time=3.0)
    assert event == {
        "uid": "e-1",
        "time": 3.0,
        "data": DATA,
        "timestamps": TIMESTAMPS,
        "seq_num": 1,
        "filled": {},
        "descriptor": "d-1",
    }
    assert list(event) == ["uid", "time", "data", "timestamps", "seq_num", "filled", "descriptor"]


def test_event_holds_the_callers_dicts_without_changing_them() -> None:
    data, timestamps = dict(DATA), dict(TIMESTAMPS)
    event = new_stream().compose_event(data, timestamps)
    assert event["data"] is data and event["timestamps"] is timestamps
    assert data == DATA and timestamps == TIMESTAMPS


def test_seq_num_counts_from_one_per_stream() -> None:
    run = compose_run()
    primary = run.compose_descriptor("primary", DATA_KEYS)
    baseline = run.compose_descriptor("baseline", DATA_KEYS)
    seq_nums = [primary.compose_event(DATA, TIMESTAMPS)["seq_num"] for _ in range(3)]
    assert seq_nums == [1, 2, 3]
    assert baseline.compose_event(DATA, TIMESTAMPS)["seq_num"] == 1
    assert run.compose_descriptor.event_counters == {"primary": 4, "baseline": 2}


def test_explicit_seq_num_sets_the_next_one() -> None:
    stream = new_stream()
    assert stream.compose_event(DATA, TIMESTAMPS, seq_num=10)["seq_num"] == 10
    assert stream.compose_event(DATA, TIMESTAMPS)["seq_num"] == 11
    assert stream.compose_event(DATA, TIMESTAMPS, seq_num=2)["seq_num"] == 2
    assert stream.compose_event(DATA, TIMESTAMPS)["seq_num"] == 3


def test_filled_is_kept() -> None:
    event = new_stream().compose_event(DATA, TIMESTAMPS, filled={"img": False})
    assert event["filled"] == {"img": False}


@pytest.mark.parametrize("with_stream_key", [False, True])
def test_stream_backed_keys_may_be_left_out_or_given(with_stream_key: bool) -> None:
    extra = {"frame": 0} if with_stream_key else {}
    event = new_stream().compose_event({**DATA, **extra}, {**TIMESTAMPS, **extra})
    assert ("frame" in event["data"]) is with_stream_key


@pytest.mark.parametrize("validate", [True, False])
@pytest.mark.parametrize(
    ("data", "timestamps", "message"),
    [
        ({"det": 1, "motor": 2}, {"det": 1, "motor": 2}, r"event\['data'\] lacks \['img'\]"),
        ({**DATA, "zzz": 1}, {**TIMESTAMPS, "zzz": 1}, r"has unexpected \['zzz'\]"),
        (DATA, {"det": 1, "motor": 1}, r"event\['timestamps'\] lacks \['img'\]"),
    ],
    ids=["missing", "unexpected", "timestamps"],
)
def test_event_keys_must_be_the_descriptor_keys(
    data: dict[str, Any], timestamps: dict[str, Any], message: str, validate: bool
) -> None:
    # 1.24.0 checked keys only when validating (and raised KeyError for unknown keys).
    stream = new_stream()
    with pytest.raises(EventModelValidationError, match=message):
        stream.compose_event(data, timestamps, validate=validate)
    assert stream.compose_event.event_counters["primary"] == 1  # a refused event is not counted


def test_filled_keys_must_be_data_keys() -> None:
    with pytest.raises(EventModelValidationError, match=r"event\['filled'\] has keys \['nope'\]"):
        new_stream().compose_event(DATA, TIMESTAMPS, filled={"nope": False})


def test_data_that_is_not_a_dict_is_refused_without_validation() -> None:
    with pytest.raises(EventModelTypeError, match=r"event\['data'\] is a list"):
        new_stream().compose_event([1, 2], TIMESTAMPS, validate=False)  # type: ignore[arg-type]


def test_invalid_event_is_refused_by_the_schema() -> None:
    with pytest.raises(jsonschema.exceptions.ValidationError) as info:
        new_stream().compose_event(DATA, TIMESTAMPS, time="noon")  # type: ignore[arg-type]
    assert isinstance(info.value, EventModelValidationError)


def test_validate_false_skips_the_schema() -> None:
    event = new_stream().compose_event(DATA, TIMESTAMPS, time="noon", validate=False)  # type: ignore[arg-type]
    assert event["time"] == "noon"


def test_stream_without_a_counter_is_refused() -> None:
    descriptor: Any = {"uid": "d", "name": "p", "data_keys": DATA_KEYS}
    with pytest.raises(EventModelKeyError, match="event_counters has no entry for stream 'p'") as info:
        ComposeEvent(descriptor, {})(DATA, TIMESTAMPS)
    assert isinstance(info.value, KeyError)


def test_module_level_compose_event() -> None:
    descriptor: Any = {"uid": "d", "name": "p", "data_keys": DATA_KEYS}
    counters = {"p": 4}
    event = compose_event(
        descriptor=descriptor, event_counters=counters, data=DATA, timestamps=TIMESTAMPS, seq_num=None
    )
    assert (event["seq_num"], event["descriptor"], counters) == (4, "d", {"p": 5})
    event = compose_event(
        descriptor=descriptor, event_counters={}, data=DATA, timestamps=TIMESTAMPS, seq_num=7
    )
    assert event["seq_num"] == 7


# --- event pages ---------------------------------------------------------------


def test_page_fields_and_key_order() -> None:
    page = new_stream().compose_event_page(PAGE_DATA, PAGE_TIMESTAMPS, uid=["a", "b"], time=[1.0, 2.0])
    assert page == {
        "uid": ["a", "b"],
        "time": [1.0, 2.0],
        "data": PAGE_DATA,
        "timestamps": PAGE_TIMESTAMPS,
        "seq_num": [1, 2],
        "filled": {},
        "descriptor": "d-1",
    }
    assert list(page) == ["uid", "time", "data", "timestamps", "seq_num", "filled", "descriptor"]


def test_page_defaults_one_uid_per_row_and_one_time_for_all() -> None:
    page = new_stream().compose_event_page(PAGE_DATA, PAGE_TIMESTAMPS)
    assert len(set(page["uid"])) == 2
    assert page["time"][0] == page["time"][1]


def test_page_seq_nums_continue_the_stream_count() -> None:
    stream = new_stream()
    stream.compose_event(DATA, TIMESTAMPS)
    assert stream.compose_event_page(PAGE_DATA, PAGE_TIMESTAMPS)["seq_num"] == [2, 3]
    assert stream.compose_event(DATA, TIMESTAMPS)["seq_num"] == 4


def test_explicit_page_seq_nums_advance_the_count_by_the_rows() -> None:
    # As in 1.24.0: the count moves by the number of rows, whatever the numbers given.
    stream = new_stream()
    assert stream.compose_event_page(PAGE_DATA, PAGE_TIMESTAMPS, seq_num=[7, 8])["seq_num"] == [7, 8]
    assert stream.compose_event(DATA, TIMESTAMPS)["seq_num"] == 3


def test_page_keeps_filled_columns() -> None:
    page = new_stream().compose_event_page(PAGE_DATA, PAGE_TIMESTAMPS, filled={"img": [False, False]})
    assert page["filled"] == {"img": [False, False]}


@pytest.mark.parametrize(
    ("data", "timestamps", "extra", "message"),
    [
        ({**PAGE_DATA, "det": [1.0]}, PAGE_TIMESTAMPS, {}, r"1 in \['data'\]\['det'\]; 2 in"),
        (PAGE_DATA, {**PAGE_TIMESTAMPS, "img": [1.0]}, {}, r"1 in \['timestamps'\]\['img'\]"),
        (PAGE_DATA, PAGE_TIMESTAMPS, {"seq_num": [1, 2, 3]}, r"3 in \['seq_num'\]"),
        (PAGE_DATA, PAGE_TIMESTAMPS, {"uid": ["a"]}, r"1 in \['uid'\]"),
        (PAGE_DATA, PAGE_TIMESTAMPS, {"filled": {"img": [False]}}, r"1 in \['filled'\]\['img'\]"),
    ],
    ids=["data", "timestamps", "seq_num", "uid", "filled"],
)
def test_page_columns_must_be_equally_long(
    data: dict[str, Any], timestamps: dict[str, Any], extra: dict[str, Any], message: str
) -> None:
    # 1.24.0 raised EventModelError (or AssertionError for timestamps vs data).
    with pytest.raises(EventModelValueError, match=message) as info:
        new_stream().compose_event_page(data, timestamps, **extra)
    assert isinstance(info.value, EventModelError)


@pytest.mark.parametrize("validate", [True, False])
def test_page_keys_must_be_the_descriptor_keys(validate: bool) -> None:
    with pytest.raises(EventModelValidationError, match=r"event_page\['data'\] lacks \['img', 'motor'\]"):
        new_stream().compose_event_page({"det": [1]}, {"det": [1]}, validate=validate)


def test_page_filled_keys_must_be_data_keys() -> None:
    with pytest.raises(EventModelValidationError, match=r"event_page\['filled'\] has keys \['x'\]"):
        new_stream().compose_event_page(PAGE_DATA, PAGE_TIMESTAMPS, filled={"x": [True, True]})


def test_page_without_any_column_needs_seq_num() -> None:
    descriptor: Any = {"uid": "d", "name": "p", "data_keys": {}}
    with pytest.raises(EventModelValueError, match="number of rows is unknown"):
        ComposeEventPage(descriptor, {"p": 1})({}, {})
    empty = ComposeEventPage(descriptor, {"p": 1})({}, {}, seq_num=[])
    assert (empty["uid"], empty["seq_num"], empty["time"]) == ([], [], [])


def test_page_accepts_numpy_columns() -> None:
    data = {key: np.asarray(value) for key, value in PAGE_DATA.items()}
    page = new_stream().compose_event_page(data, PAGE_TIMESTAMPS)
    assert page["seq_num"] == [1, 2]


def test_page_does_not_change_its_inputs() -> None:
    data, timestamps = copy.deepcopy(PAGE_DATA), copy.deepcopy(PAGE_TIMESTAMPS)
    new_stream().compose_event_page(data, timestamps)
    assert (data, timestamps) == (PAGE_DATA, PAGE_TIMESTAMPS)


def test_module_level_compose_event_page() -> None:
    descriptor: Any = {"uid": "d", "name": "p", "data_keys": DATA_KEYS}
    counters = {"p": 3}
    page = compose_event_page(
        descriptor=descriptor,
        event_counters=counters,
        data=PAGE_DATA,
        timestamps=PAGE_TIMESTAMPS,
        seq_num=None,
    )
    assert (page["seq_num"], counters) == ([3, 4], {"p": 5})


@pytest.mark.parametrize("composer", ["compose_event", "compose_event_page"])
def test_composers_survive_pickling(composer: str) -> None:
    stream = new_stream()
    restored = pickle.loads(pickle.dumps(getattr(stream, composer)))
    if composer == "compose_event":
        assert restored(DATA, TIMESTAMPS)["seq_num"] == 1
    else:
        assert restored(PAGE_DATA, PAGE_TIMESTAMPS)["seq_num"] == [1, 2]
    with pytest.raises(EventModelValidationError):
        restored({"det": [1]} if composer == "compose_event_page" else {"det": 1}, {})
