"""Packing rows into pages and unpacking pages: behaviour the JSON vectors cannot show.

Generators, numpy and tuple columns, mappings other than dict, aliasing, error
messages, and round trips over random events (hypothesis). Irregular input gives
event-model 1.24.0's result by default and the refusals under ``strict_checks()``.
"""

from __future__ import annotations

import copy
import json
import types
from collections import OrderedDict
from pathlib import Path
from typing import Any

import numpy
import pytest
from event_model import strict_checks
from event_model.errors import (
    EventModelAttributeError,
    EventModelError,
    EventModelKeyError,
    EventModelTypeError,
    EventModelValueError,
)
from event_model.pages import pack_datum_page, pack_event_page, unpack_datum_page, unpack_event_page
from hypothesis import given
from hypothesis import strategies as st

# Every test runs with the compiled inner loops and with the Python implementation.
pytestmark = pytest.mark.usefixtures("page_implementation")

DATA = Path(__file__).resolve().parent / "data"


def make_event(seq_num: int, descriptor: str = "d1", data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A small event with the readings ``data`` (det and motor by default)."""
    readings = {"det": seq_num * 1.5, "motor": seq_num / 10} if data is None else data
    return {
        "uid": f"e{seq_num}",
        "time": 100.0 + seq_num,
        "data": readings,
        "timestamps": {key: 50.0 + seq_num for key in readings},
        "seq_num": seq_num,
        "filled": {},
        "descriptor": descriptor,
    }


def corpus_events(name: str) -> list[dict[str, Any]]:
    """The events of one run copied into tests/data."""
    with (DATA / name).open() as stream:
        documents = [json.loads(line) for line in stream]
    return [doc for kind, doc in documents if kind == "event"]


def test_unpack_event_page_is_a_generator() -> None:
    """unpack_event_page returns a generator, as in event-model 1.24."""
    assert isinstance(unpack_event_page(pack_event_page(make_event(1))), types.GeneratorType)


def test_unpack_datum_page_is_a_generator() -> None:
    """unpack_datum_page returns a generator, as in event-model 1.24."""
    page = pack_datum_page({"datum_id": "r/0", "resource": "r", "datum_kwargs": {}})
    assert isinstance(unpack_datum_page(page), types.GeneratorType)


def test_a_ragged_page_is_refused_when_iterated() -> None:
    """Under strict_checks(), a ragged page is refused on the first next(), not on the call."""
    page = pack_event_page(make_event(1), make_event(2))
    page["seq_num"] = [1]
    with strict_checks():
        events = unpack_event_page(page)
    with pytest.raises(EventModelValueError, match=r"1 entries in event_page\['seq_num'\] but 2"):
        next(events)


def test_a_ragged_page_unpacks_as_in_124() -> None:
    """By default a missing entry of a per-row list is {} (1.24's zip_longest fill value)."""
    page = pack_event_page(make_event(1), make_event(2))
    page["seq_num"] = [1]
    first, second = unpack_event_page(page)
    assert first["seq_num"] == 1
    assert second["seq_num"] == {}
    assert second["uid"] == "e2"


def test_strictness_is_read_when_unpack_is_called() -> None:
    """The generator keeps the mode it was created in, whatever the mode when it is iterated."""
    page = pack_event_page(make_event(1), make_event(2))
    page["data"]["det"] = [1.5]
    lenient = unpack_event_page(page)
    with strict_checks():
        assert [event["data"] for event in lenient] == [{"det": 1.5, "motor": 0.1}, {}]
        strict = unpack_event_page(page)
    with pytest.raises(EventModelValueError, match=r"event_page\['data'\]\['det'\]"):
        list(strict)


def test_a_short_data_column_shortens_the_rows() -> None:
    """Rows of data stop at the shortest column: beyond it an event's data is {} (as in 1.24)."""
    page = pack_event_page(make_event(1), make_event(2), make_event(3))
    page["data"]["motor"] = [0.1, 0.2]
    events = list(unpack_event_page(page))
    assert [event["data"] for event in events] == [{"det": 1.5, "motor": 0.1}, {"det": 3.0, "motor": 0.2}, {}]
    assert events[2]["timestamps"] == {"det": 53.0, "motor": 53.0}


def test_packing_keeps_numpy_values_as_they_are() -> None:
    """Numpy scalars and arrays in events end up unchanged in the page's columns."""
    image = numpy.zeros((2, 2))
    events = [
        make_event(1, data={"det": numpy.float32(1.5), "img": image}),
        make_event(2, data={"det": numpy.float32(2.5), "img": image}),
    ]
    page = pack_event_page(*events)
    assert [type(value) for value in page["data"]["det"]] == [numpy.float32, numpy.float32]
    assert page["data"]["img"][0] is image


def test_unpacking_numpy_columns_yields_numpy_entries() -> None:
    """A numpy column unpacks entry by entry: numpy scalars, or sub-arrays of a 2-d column."""
    page = pack_event_page(make_event(1), make_event(2))
    page["data"]["det"] = numpy.array([1.5, 3.0])
    page["data"]["motor"] = numpy.arange(8).reshape(2, 2, 2)
    page["uid"] = ("e1", "e2")
    events = list(unpack_event_page(page))
    assert [type(event["data"]["det"]) for event in events] == [numpy.float64, numpy.float64]
    assert events[1]["data"]["motor"].tolist() == [[4, 5], [6, 7]]
    assert [event["uid"] for event in events] == ["e1", "e2"]


def test_single_row_numpy_page_unpacks_like_a_longer_one() -> None:
    """The quick path for one-row pages gives what iterating the columns gives."""
    page = pack_event_page(make_event(1))
    page["data"]["det"] = numpy.array([1.5])
    (event,) = unpack_event_page(page)
    assert type(event["data"]["det"]) is numpy.float64
    assert event["data"]["det"] == 1.5


def test_packing_copies_the_columns_not_the_values() -> None:
    """Changing the page's lists leaves the events alone; values are shared, as in 1.24."""
    events = [make_event(1), make_event(2)]
    before = copy.deepcopy(events)
    page = pack_event_page(*events)
    page["data"]["det"].append(99)
    page["uid"][0] = "changed"
    assert events == before


def test_unpacked_events_have_their_own_rows() -> None:
    """Each unpacked event has its own data and timestamps dicts."""
    page = pack_event_page(make_event(1), make_event(2))
    first, second = unpack_event_page(page)
    first["data"]["det"] = 0
    first["timestamps"]["det"] = 0
    assert second["data"]["det"] == 3.0
    assert second["timestamps"]["det"] == 52.0


@pytest.mark.parametrize("filled", [{}, None], ids=["empty filled", "no filled"])
def test_groups_without_columns_share_one_dict_as_in_124(filled: dict[str, Any] | None) -> None:
    """A group without columns gives every event the same empty dict (1.24's zip_longest fill)."""
    page = pack_event_page(make_event(1), make_event(2), make_event(3))
    page["timestamps"] = {}
    if filled is None:
        del page["filled"]
    events = list(unpack_event_page(page))
    assert all(event["filled"] == {} for event in events)
    assert len({id(event["filled"]) for event in events} | {id(event["timestamps"]) for event in events}) == 1
    assert len({id(event["data"]) for event in events}) == 3


def test_one_event_packs_like_many() -> None:
    """The quick path for a single event gives what the general path gives for it."""
    event = make_event(1)
    event["filled"] = {"det": False}
    single = pack_event_page(event)
    pair = pack_event_page(event, event)
    assert json.dumps(single) == json.dumps({key: _first_row_of(value) for key, value in pair.items()})


def _first_row_of(value: Any) -> Any:
    """A page field cut down to its first row (the descriptor stays as it is)."""
    if isinstance(value, list):
        return value[:1]
    if isinstance(value, dict):
        return {key: column[:1] for key, column in value.items()}
    return value


def test_events_may_be_mappings_other_than_dict() -> None:
    """Ordered dicts (and any mapping) pack like dicts."""
    plain = [make_event(1), make_event(2)]
    ordered = [OrderedDict(event, data=OrderedDict(event["data"])) for event in plain]
    assert json.dumps(pack_event_page(*ordered)) == json.dumps(pack_event_page(*plain))


@pytest.mark.parametrize(
    ("events", "error", "message"),
    [
        (
            [make_event(1), make_event(2, descriptor="d2")],
            EventModelValueError,
            r"'d2' at events\[1\]\['descriptor'\] differs from 'd1' at events\[0\]\['descriptor'\]",
        ),
        (
            [make_event(1), make_event(2, data={"det": 1.0})],
            EventModelKeyError,
            r"'motor' is missing from events\[1\]\['data'\]",
        ),
        ([make_event(1), None], EventModelTypeError, r"None \(of type NoneType\) at events\[1\]"),
        ([[make_event(1)]], EventModelTypeError, r"pass the events as separate arguments"),
        ([], EventModelValueError, r"pack_event_page\(\) was given no events"),
    ],
    ids=["mixed descriptors", "missing key", "not a mapping", "a list as one argument", "no events"],
)
def test_pack_errors_name_what_is_wrong(
    events: list[Any], error: type[EventModelError], message: str
) -> None:
    """Under strict_checks() each refusal says which value, at which path, is wrong."""
    with strict_checks(), pytest.raises(error, match=message):
        pack_event_page(*events)


def test_events_of_several_descriptors_pack_as_in_124() -> None:
    """By default the page takes the last event's descriptor (suitcase test fixtures rely on it)."""
    page = pack_event_page(make_event(1), make_event(2, descriptor="d2"), make_event(3))
    assert page["descriptor"] == "d1"
    page = pack_event_page(make_event(1), make_event(2, descriptor="d2"))
    assert page["descriptor"] == "d2"
    assert page["uid"] == ["e1", "e2"]


def test_events_with_different_keys_pack_as_in_124() -> None:
    """Each key gets the entries of the events that have it, keys in order of appearance."""
    page = pack_event_page(make_event(1, data={"b": 1}), make_event(2, data={"a": 2, "b": 3}))
    assert page["data"] == {"b": [1, 3], "a": [2]}
    assert page["timestamps"] == {"b": [51.0, 52.0], "a": [52.0]}


@pytest.mark.parametrize(
    ("events", "error", "message"),
    [
        ([make_event(1), None], TypeError, r"None \(of type NoneType\) at events\[1\]"),
        ([[make_event(1)]], TypeError, r"pass the events as separate arguments"),
        ([], ValueError, r"pack_event_page\(\) was given no events"),
        (
            [{**make_event(1), "data": [1]}],
            AttributeError,
            r"\[1\] \(of type list\) at events\[0\]\['data'\]",
        ),
        ([make_event(1), {"uid": "e2"}], KeyError, r"'time' is missing from events\[1\]"),
    ],
    ids=["not a mapping", "a list as one argument", "no events", "data not a mapping", "missing field"],
)
def test_pack_raises_what_124_raised(events: list[Any], error: type[Exception], message: str) -> None:
    """By default an error is of the built-in class 1.24 raised, an EventModelError, with a path."""
    with pytest.raises(error, match=message) as raised:
        pack_event_page(*events)
    assert isinstance(raised.value, EventModelError)
    assert isinstance(raised.value, EventModelAttributeError) == (error is AttributeError)


def test_pack_datum_page_refuses_mixed_resources_by_path() -> None:
    """Under strict_checks() the message names both resources and where they were found."""
    datum = [
        {"datum_id": "r1/0", "resource": "r1", "datum_kwargs": {}},
        {"datum_id": "r2/0", "resource": "r2", "datum_kwargs": {}},
    ]
    with (
        strict_checks(),
        pytest.raises(EventModelValueError, match=r"'r2' at datum\[1\]\['resource'\] differs"),
    ):
        pack_datum_page(*datum)
    assert pack_datum_page(*datum)["resource"] == "r2"  # by default: the last datum's, as in 1.24


@pytest.mark.parametrize("name", sorted(path.name for path in DATA.glob("*.jsonl")))
def test_corpus_events_survive_a_round_trip(name: str) -> None:
    """Packing each stream's events and unpacking the page gives the events back."""
    by_descriptor: dict[str, list[dict[str, Any]]] = {}
    for event in corpus_events(name):
        by_descriptor.setdefault(event["descriptor"], []).append(event)
    for events in by_descriptor.values():
        unpacked = list(unpack_event_page(pack_event_page(*events)))
        assert unpacked == events


_keys = st.lists(st.text(min_size=1, max_size=4), unique=True, max_size=4)
_values = st.one_of(st.integers(), st.floats(allow_nan=False), st.text(max_size=3), st.booleans(), st.none())


@st.composite
def _events(draw: st.DrawFn) -> list[dict[str, Any]]:
    """Events of one descriptor sharing their data keys, with or without filled."""
    keys = draw(_keys)
    filled_keys = draw(st.sets(st.sampled_from(keys))) if keys else set()
    has_filled = draw(st.booleans())
    events = []
    for seq_num in range(1, draw(st.integers(1, 6)) + 1):
        event = make_event(seq_num, data={key: draw(_values) for key in keys})
        if has_filled:
            event["filled"] = {key: draw(st.booleans()) for key in sorted(filled_keys)}
        else:
            del event["filled"]
        events.append(event)
    return events


@given(_events())
def test_unpack_undoes_pack(events: list[dict[str, Any]]) -> None:
    """unpack(pack(events)) gives the events back, with filled ({} when they had none)."""
    before = copy.deepcopy(events)
    unpacked = list(unpack_event_page(pack_event_page(*events)))
    assert events == before
    assert unpacked == [{"filled": {}, **event} for event in events]
    assert [list(event) for event in unpacked] == [
        ["descriptor", "uid", "time", "seq_num", "data", "timestamps", "filled"]
    ] * len(events)


@given(_events())
def test_pack_undoes_unpack(events: list[dict[str, Any]]) -> None:
    """pack(unpack(page)) gives the page back."""
    page = pack_event_page(*events)
    assert pack_event_page(*unpack_event_page(page)) == page
