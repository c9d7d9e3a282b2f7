"""ComposeEvent and ComposeEventPage: seq_num counting, key checks, page shapes.

Expected values are those event-model 1.24.0 gives for the same calls; the
stricter checks are asserted inside ``event_model.strict_checks()``.
"""

from __future__ import annotations

import copy
import pickle
from typing import Any

import event_model
import jsonschema
import numpy as np
import pytest
from event_model.composition.descriptor import ComposeDescriptorBundle
from event_model.composition.event import ComposeEvent, ComposeEventPage, compose_event, compose_event_page
from event_model.composition.run import compose_run
from event_model.errors import (
    EventModelAttributeError,
    EventModelError,
    EventModelKeyError,
    EventModelRuntimeError,
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


KEY_MISMATCHES = pytest.mark.parametrize(
    ("data", "timestamps", "error", "message"),
    [
        (
            {"det": 1, "motor": 2},
            {"det": 1, "motor": 2},
            EventModelValidationError,
            r"event\['data'\] lacks \['img'\]",
        ),
        # 1.24.0 raised KeyError for a key the descriptor lacks; ours is also a validation error.
        ({**DATA, "zzz": 1}, {**TIMESTAMPS, "zzz": 1}, KeyError, r"event\['data'\] has the key 'zzz'"),
        (DATA, {"det": 1, "motor": 1}, EventModelValidationError, r"event\['timestamps'\] lacks \['img'\]"),
        (DATA, {**TIMESTAMPS, "zzz": 1}, KeyError, r"event\['timestamps'\] has the key 'zzz'"),
    ],
    ids=["missing", "unexpected", "timestamps", "timestamps-unexpected"],
)


@KEY_MISMATCHES
def test_event_keys_must_be_the_descriptor_keys_when_validating(
    data: dict[str, Any], timestamps: dict[str, Any], error: type[Exception], message: str
) -> None:
    stream = new_stream()
    with pytest.raises(error, match=message) as info:
        stream.compose_event(data, timestamps)
    assert isinstance(info.value, EventModelValidationError)
    assert stream.compose_event.event_counters["primary"] == 1  # a refused event is not counted


@KEY_MISMATCHES
def test_event_keys_are_not_checked_without_validation_like_1_24(
    data: dict[str, Any], timestamps: dict[str, Any], error: type[Exception], message: str
) -> None:
    stream = new_stream()
    event = stream.compose_event(data, timestamps, uid="e", time=1.0, validate=False)
    assert (event["data"], event["timestamps"], event["seq_num"]) == (data, timestamps, 1)
    assert stream.compose_event.event_counters["primary"] == 2


@KEY_MISMATCHES
def test_event_keys_are_checked_without_validation_in_strict_mode(
    data: dict[str, Any], timestamps: dict[str, Any], error: type[Exception], message: str
) -> None:
    stream = new_stream()
    with event_model.strict_checks(), pytest.raises(error, match=message):
        stream.compose_event(data, timestamps, validate=False)
    assert stream.compose_event.event_counters["primary"] == 1


def test_data_keys_are_checked_before_timestamps_like_1_24() -> None:
    # data lacks a key and timestamps has an unknown one: 1.24.0 reported data first.
    with pytest.raises(EventModelValidationError, match=r"event\['data'\] lacks") as info:
        new_stream().compose_event({"det": 1, "motor": 2}, {**TIMESTAMPS, "zzz": 1})
    assert not isinstance(info.value, KeyError)


def test_filled_keys_must_be_data_keys() -> None:
    with pytest.raises(EventModelValidationError, match=r"event\['filled'\] has keys \['nope'\]"):
        new_stream().compose_event(DATA, TIMESTAMPS, filled={"nope": False})


def test_filled_keys_are_not_checked_without_validation_like_1_24() -> None:
    event = new_stream().compose_event(DATA, TIMESTAMPS, filled={"nope": False}, validate=False)
    assert event["filled"] == {"nope": False}
    with event_model.strict_checks(), pytest.raises(EventModelValidationError, match="filled"):
        new_stream().compose_event(DATA, TIMESTAMPS, filled={"nope": False}, validate=False)


def test_data_that_is_not_a_dict_is_accepted_without_validation_like_1_24() -> None:
    event = new_stream().compose_event([1, 2], TIMESTAMPS, validate=False)  # type: ignore[arg-type]
    assert event["data"] == [1, 2]


def test_data_that_is_not_a_dict_is_refused_without_validation_in_strict_mode() -> None:
    with (
        event_model.strict_checks(),
        pytest.raises(EventModelTypeError, match=r"event\['data'\] is \[1, 2\]"),
    ):
        new_stream().compose_event([1, 2], TIMESTAMPS, validate=False)  # type: ignore[arg-type]


def test_malformed_data_key_entries_fail_as_in_1_24() -> None:
    # A descriptor composed without validation may hold anything; 1.24.0 failed
    # with TypeError while it looked for "external" in such an entry.
    descriptor: Any = {"uid": "d", "name": "p", "data_keys": {"det": None}}
    with pytest.raises(EventModelTypeError, match=r"descriptor\['data_keys'\]\['det'\] is None") as info:
        ComposeEvent(descriptor, {"p": 1})({"det": 1}, {"det": 1.0})
    assert isinstance(info.value, TypeError)
    # A string entry without "external" in it passed 1.24.0's test.
    descriptor = {"uid": "d", "name": "p", "data_keys": {"det": "notadict"}}
    assert ComposeEvent(descriptor, {"p": 1})({"det": 1}, {"det": 1.0})["seq_num"] == 1


def test_data_keys_that_are_not_a_dict_fail_as_in_1_24() -> None:
    descriptor: Any = {"uid": "d", "name": "p", "data_keys": ["det"]}
    with pytest.raises(EventModelAttributeError, match=r"descriptor\['data_keys'\] is \['det'\]") as info:
        ComposeEvent(descriptor, {"p": 1})({"det": 1}, {"det": 1.0})
    assert isinstance(info.value, AttributeError)


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


@pytest.mark.parametrize("seq_num", [None, 3])
def test_event_counters_that_are_not_a_dict_are_a_type_error(seq_num: int | None) -> None:
    descriptor: Any = {"uid": "d", "name": "p", "data_keys": DATA_KEYS}
    with pytest.raises(EventModelTypeError, match=r"event_counters is \[1, 2\] \(list\)") as info:
        compose_event(
            descriptor=descriptor,
            event_counters=[1, 2],
            data=DATA,
            timestamps=TIMESTAMPS,
            seq_num=seq_num,  # type: ignore[arg-type]
        )
    assert isinstance(info.value, TypeError)


@pytest.mark.parametrize("descriptor", [None, "d", 5])
def test_a_descriptor_that_is_not_a_dict_is_a_type_error(descriptor: Any) -> None:
    with pytest.raises(EventModelTypeError, match="expected a descriptor document") as info:
        compose_event(
            descriptor=descriptor, event_counters={}, data=DATA, timestamps=TIMESTAMPS, seq_num=None
        )
    assert isinstance(info.value, TypeError)


@pytest.mark.parametrize("missing", ["name", "uid", "data_keys"])
def test_a_descriptor_without_a_needed_field_is_a_key_error(missing: str) -> None:
    descriptor: Any = {"uid": "d", "name": "p", "data_keys": DATA_KEYS}
    del descriptor[missing]
    with pytest.raises(EventModelKeyError, match=f"descriptor document has no '{missing}' field"):
        ComposeEvent(descriptor, {"p": 1})(DATA, TIMESTAMPS)


def test_a_seq_num_that_cannot_be_counted_on_is_a_type_error_without_validation() -> None:
    # 1.24.0 failed on seq_num + 1 after building the event.
    stream = new_stream()
    with pytest.raises(EventModelTypeError, match=r"event\['seq_num'\] is '3' \(str\)") as info:
        stream.compose_event(DATA, TIMESTAMPS, seq_num="3", validate=False)  # type: ignore[arg-type]
    assert isinstance(info.value, TypeError)
    assert stream.compose_event.event_counters == {"primary": 1}


def test_the_descriptor_and_counters_are_read_at_each_call_like_1_24() -> None:
    stream = compose_run().compose_descriptor("primary", dict(DATA_KEYS))
    counters = stream.compose_event.event_counters
    stream.descriptor_doc["name"] = "renamed"
    counters["renamed"] = 7
    assert stream.compose_event(DATA, TIMESTAMPS)["seq_num"] == 7
    assert counters == {"primary": 1, "renamed": 8}
    stream.descriptor_doc["data_keys"]["extra"] = {"source": "x", "dtype": "number", "shape": []}
    with pytest.raises(EventModelValidationError, match=r"lacks \['extra'\]"):
        stream.compose_event(DATA, TIMESTAMPS)


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


def test_ragged_data_or_timestamps_columns_are_refused() -> None:
    # 1.24.0 raised EventModelError for each.
    with pytest.raises(EventModelValueError, match=r"event_page\['data'\] has columns of different lengths"):
        new_stream().compose_event_page({**PAGE_DATA, "det": [1.0]}, PAGE_TIMESTAMPS)
    with pytest.raises(EventModelError, match=r"event_page\['timestamps'\] has columns of different lengths"):
        new_stream().compose_event_page(PAGE_DATA, {**PAGE_TIMESTAMPS, "img": [1.0]})


def test_timestamps_as_long_as_data_or_an_assertion_error_like_1_24() -> None:
    longer = {key: [*column, 9.0] for key, column in PAGE_TIMESTAMPS.items()}
    with pytest.raises(AssertionError, match="expected one timestamp column per data column") as info:
        new_stream().compose_event_page(PAGE_DATA, longer)
    assert isinstance(info.value, EventModelValueError)


@pytest.mark.parametrize(
    ("extra", "uids", "times", "seq_num", "next_seq_num"),
    [
        ({"seq_num": [1, 2, 3]}, 3, 3, [1, 2, 3], 4),
        ({"uid": ["a"]}, 1, 2, [1, 2], 3),
        ({"time": [1.0, 2.0, 3.0]}, 2, 3, [1, 2], 3),
        ({"filled": {"img": [False]}}, 2, 2, [1, 2], 3),
    ],
    ids=["seq_num", "uid", "time", "filled"],
)
def test_other_columns_of_other_lengths_are_accepted_like_1_24(
    extra: dict[str, Any], uids: int, times: int, seq_num: list[int], next_seq_num: int
) -> None:
    # 1.24.0 checked only data and timestamps; uid and time default to one per seq_num,
    # and the count moves on by len(seq_num).
    stream = new_stream()
    page = stream.compose_event_page(PAGE_DATA, PAGE_TIMESTAMPS, **extra)
    for field, value in extra.items():
        assert page[field] == value  # type: ignore[literal-required]
    assert (len(page["uid"]), len(page["time"]), page["seq_num"]) == (uids, times, seq_num)
    assert stream.compose_event_page.event_counters["primary"] == next_seq_num


def test_more_seq_nums_than_rows_give_one_uid_and_time_per_seq_num_like_1_24() -> None:
    page = new_stream().compose_event_page(PAGE_DATA, PAGE_TIMESTAMPS, seq_num=[5, 6, 7])
    assert len(page["uid"]) == 3 and len(set(page["uid"])) == 3
    assert len(page["time"]) == 3 and page["time"][0] == page["time"][2]


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"seq_num": [1, 2, 3]}, r"2 in \['data'\]\['det'\].*; 3 in \['seq_num'\]"),
        ({"uid": ["a"]}, r"1 in \['uid'\]; 2 in"),
        ({"time": [1.0]}, r"1 in \['time'\]; 2 in"),
        ({"filled": {"img": [False]}}, r"1 in \['filled'\]\['img'\]; 2 in"),
    ],
    ids=["seq_num", "uid", "time", "filled"],
)
def test_page_columns_must_be_equally_long_in_strict_mode(extra: dict[str, Any], message: str) -> None:
    stream = new_stream()
    with event_model.strict_checks(), pytest.raises(EventModelValueError, match=message):
        stream.compose_event_page(PAGE_DATA, PAGE_TIMESTAMPS, **extra)
    assert stream.compose_event_page.event_counters["primary"] == 1


def test_page_keys_must_be_the_descriptor_keys_when_validating() -> None:
    with pytest.raises(EventModelValidationError, match=r"event_page\['data'\] lacks \['img', 'motor'\]"):
        new_stream().compose_event_page({"det": [1]}, {"det": [1]})


def test_page_keys_are_not_checked_without_validation_like_1_24() -> None:
    stream = new_stream()
    page = stream.compose_event_page({"det": [1]}, {"det": [1]}, validate=False)
    assert page["seq_num"] == [1]
    with (
        event_model.strict_checks(),
        pytest.raises(EventModelValidationError, match=r"lacks \['img', 'motor'\]"),
    ):
        stream.compose_event_page({"det": [1]}, {"det": [1]}, validate=False)


def test_page_filled_keys_must_be_data_keys() -> None:
    with pytest.raises(EventModelValidationError, match=r"event_page\['filled'\] has keys \['x'\]"):
        new_stream().compose_event_page(PAGE_DATA, PAGE_TIMESTAMPS, filled={"x": [True, True]})


@pytest.mark.parametrize(
    ("data", "timestamps", "error"),
    [
        ([1, 2], PAGE_TIMESTAMPS, AttributeError),
        (PAGE_DATA, None, AttributeError),
        ({"det": 5}, {"det": 5}, TypeError),
    ],
    ids=["data-list", "timestamps-none", "column-without-length"],
)
def test_page_inputs_of_the_wrong_type_fail_as_in_1_24(
    data: Any, timestamps: Any, error: type[Exception]
) -> None:
    with pytest.raises(error) as info:
        new_stream().compose_event_page(data, timestamps, validate=False)
    assert isinstance(info.value, EventModelError)


def test_page_without_any_column_needs_seq_num() -> None:
    # 1.24.0 let StopIteration out of next(); ours is that and an EventModelValueError.
    descriptor: Any = {"uid": "d", "name": "p", "data_keys": {}}
    with pytest.raises(EventModelValueError, match="number of rows is unknown") as info:
        ComposeEventPage(descriptor, {"p": 1})({}, {})
    assert isinstance(info.value, StopIteration)
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
@pytest.mark.parametrize("used", [False, True], ids=["fresh", "used"])
def test_composers_survive_pickling(composer: str, used: bool) -> None:
    stream = new_stream()
    if used:  # the composer then holds what it worked out from the descriptor
        stream.compose_event(DATA, TIMESTAMPS)
        stream.compose_event_page(PAGE_DATA, PAGE_TIMESTAMPS)
    restored = pickle.loads(pickle.dumps(getattr(stream, composer)))
    assert restored == getattr(stream, composer)
    restored.event_counters["primary"] = 1
    if composer == "compose_event":
        assert restored(DATA, TIMESTAMPS)["seq_num"] == 1
        with pytest.raises(EventModelValidationError):
            restored({"det": 1}, {"det": 1})
    else:
        assert restored(PAGE_DATA, PAGE_TIMESTAMPS)["seq_num"] == [1, 2]
        with pytest.raises(EventModelValidationError):
            restored({"det": [1]}, {"det": [1]})


def test_no_events_after_the_stop_only_in_strict_mode() -> None:
    run = compose_run()
    stream = run.compose_descriptor("primary", DATA_KEYS)
    run.compose_stop()
    # 1.24.0 composed them (its own test_run_router_streams does).
    assert stream.compose_event(DATA, TIMESTAMPS)["seq_num"] == 1
    assert stream.compose_event_page(PAGE_DATA, PAGE_TIMESTAMPS)["seq_num"] == [2, 3]
    with event_model.strict_checks():
        with pytest.raises(EventModelRuntimeError, match="after its stop"):
            stream.compose_event(DATA, TIMESTAMPS)
        with pytest.raises(EventModelRuntimeError, match="after its stop"):
            stream.compose_event_page(PAGE_DATA, PAGE_TIMESTAMPS)
    assert stream.compose_event.event_counters == {"primary": 4}
