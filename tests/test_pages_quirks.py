"""Event-model 1.24.0's quirks that the page functions keep by default.

Each test states what 1.24.0 does with an input that is irregular or unusual (identity
of results, laziness, bulk documents, verify_filled without ``filled``, numpy and
tuple columns) and checks that this package does the same by default; where the
package is stricter inside ``strict_checks()``, that is checked too. Like
test_pages_defaults.py, the default checks use only names event-model 1.24.0 has, so
``python -m pytest --noconftest tests/test_pages_quirks.py`` also runs against it.
"""

from __future__ import annotations

import types
from collections.abc import Iterator
from typing import Any

import event_model
import numpy
import pytest

OURS = hasattr(event_model, "strict_checks")  # False when run against event-model 1.24.0

if OURS:  # with the compiled page loops and with the Python implementation (see conftest.py)
    pytestmark = pytest.mark.usefixtures("page_implementation")


def page(rows: int, first: int = 1, **fields: Any) -> dict[str, Any]:
    """An event page of ``rows`` rows with data ``det``; ``fields`` replace its fields."""
    numbers = list(range(first, first + rows))
    made = {
        "descriptor": "d1",
        "seq_num": numbers,
        "time": [100.0 + n for n in numbers],
        "uid": [f"e{n}" for n in numbers],
        "data": {"det": [n * 10 for n in numbers]},
        "timestamps": {"det": [50.0 + n for n in numbers]},
        "filled": {},
    }
    made.update(fields)
    return made


def strict() -> Any:
    """The strict_checks() context of this package (only called when OURS)."""
    return event_model.strict_checks()


def test_bulk_datum_keeps_the_datum_ids_object() -> None:
    """1.24 puts the bulk document's own datum_ids in the page: a tuple stays that tuple."""
    ids = ("r/0", "r/1")
    bulk = {"resource": "r", "datum_ids": ids, "datum_kwarg_list": [{"a": 1}, {"b": 2}]}
    made = event_model.bulk_datum_to_datum_page(bulk)
    assert made["datum_id"] is ids
    assert list(made) == ["datum_id", "resource", "datum_kwargs"]
    assert made["datum_kwargs"] == {"a": [1], "b": [2]}
    if OURS:
        with strict(), pytest.raises(KeyError):
            event_model.bulk_datum_to_datum_page(bulk)


def test_bulk_events_take_their_keys_from_the_first_event() -> None:
    """A later event lacking a key leaves a short column; one with a new key is a KeyError."""
    first = {"descriptor": "d", "uid": "a", "time": 1, "seq_num": 1, "data": {"x": 1}, "timestamps": {"x": 1}}
    lacking = {**first, "uid": "b", "data": {}, "timestamps": {}}
    (made,) = event_model.bulk_events_to_event_pages({"primary": [first, lacking]})
    assert made["data"] == {"x": [1]}
    assert made["uid"] == ["a", "b"]
    extra = {**first, "data": {"x": 2, "y": 3}}
    with pytest.raises(KeyError, match="y"):
        event_model.bulk_events_to_event_pages({"primary": [first, extra]})


def test_verify_filled_needs_filled() -> None:
    """1.24 raises KeyError for a page without ``filled``; strict_checks() finds nothing to fill."""
    without = page(2)
    del without["filled"]
    with pytest.raises(KeyError, match="filled"):
        event_model.verify_filled(without)
    event_model.verify_filled(page(2, filled={"det": [True, 1]}))
    with pytest.raises(event_model.UnfilledData, match="det"):
        event_model.verify_filled(page(2, filled={"det": [True, False]}))
    if OURS:
        with strict():
            event_model.verify_filled(without)


def test_verify_filled_checks_columns_in_order() -> None:
    """An unfilled column before a broken one is reported; a broken one before it raises."""
    with pytest.raises(event_model.UnfilledData):
        event_model.verify_filled(page(1, filled={"a": [False], "b": None}))
    with pytest.raises(TypeError):
        event_model.verify_filled(page(1, filled={"a": None, "b": [False]}))


def test_unpack_pads_a_long_per_row_list() -> None:
    """More seq_nums than uids give extra events whose missing fields are {} (one shared dict)."""
    events = list(event_model.unpack_event_page(page(2, seq_num=[1, 2, 3])))
    assert len(events) == 3
    last = events[2]
    assert last["seq_num"] == 3
    assert last["uid"] == {} and last["time"] == {} and last["data"] == {}
    assert last["uid"] is last["data"] is last["filled"]


def test_unpack_iterates_numpy_and_tuple_columns() -> None:
    """Entries are what iterating a column gives: numpy scalars, rows of a 2-d array."""
    made = page(2, uid=("a", "b"), data={"det": numpy.array([1.5, 2.5]), "img": numpy.zeros((2, 2, 2))})
    made["timestamps"] = {"det": (1, 2), "img": (1, 2)}
    first, second = event_model.unpack_event_page(made)
    assert type(first["data"]["det"]) is numpy.float64
    assert second["data"]["img"].shape == (2, 2)
    assert (first["uid"], second["uid"]) == ("a", "b")


def test_rechunk_and_unpack_read_nothing_until_iterated() -> None:
    """All four generator functions do nothing on the call, whatever they are given."""
    for result in (
        event_model.rechunk_event_pages(5, 0),  # type: ignore[arg-type]
        event_model.rechunk_datum_pages(None, "x"),  # type: ignore[arg-type]
        event_model.unpack_event_page(None),  # type: ignore[arg-type]
        event_model.unpack_datum_page(5),  # type: ignore[arg-type]
    ):
        assert isinstance(result, types.GeneratorType)
        with pytest.raises(TypeError):
            next(result)


def test_rechunk_keeps_slices_of_a_page_cut_alone() -> None:
    """An output page from one input page holds slices: numpy views, tuples; joined ones lists."""
    made = page(4, uid=("e1", "e2", "e3", "e4"), data={"det": numpy.arange(4.0)})
    first, second = event_model.rechunk_event_pages([made], 2)
    assert first["uid"] == ("e1", "e2")
    assert type(second["data"]["det"]) is numpy.ndarray
    (joined,) = event_model.rechunk_event_pages([page(1), made], 5)
    assert joined["uid"] == ["e1", "e1", "e2", "e3", "e4"]
    assert [type(value) for value in joined["data"]["det"]] == [int, *[numpy.float64] * 4]


def test_rechunk_reads_pages_as_it_needs_them() -> None:
    """Output pages come as soon as they are full, before the next input page is read."""
    read: list[int] = []

    def pages() -> Iterator[dict[str, Any]]:
        for index in range(4):
            read.append(index)
            yield page(3, first=index * 3 + 1)

    chunks = event_model.rechunk_event_pages(pages(), 2)
    assert next(chunks)["seq_num"] == [1, 2]
    assert read == [0]
    assert next(chunks)["seq_num"] == [3, 4]
    assert read == [0, 1]
    assert [len(chunk["uid"]) for chunk in chunks] == [2, 2, 2, 2]


def test_merging_empty_pages_keeps_the_first_pages_keys() -> None:
    """An empty first page fixes the keys of a merge, as in 1.24."""
    empty = page(0, data={}, timestamps={})
    merged = event_model.merge_event_pages([empty, page(2)])
    assert merged["data"] == {} and merged["timestamps"] == {}
    assert merged["uid"] == ["e1", "e2"]
