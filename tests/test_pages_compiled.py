"""The compiled inner loops of page conversion against the Python implementation.

``event_model.pages._speedups`` (C) handles the plain cases and hands everything else to
the Python code. Over random, often malformed, input both must give the same result
(key order and types included) or the same error, leave the input alone, and the C
code must neither leak nor drop references nor leave the garbage collector paused.
"""

from __future__ import annotations

import copy
import gc
import importlib.machinery
import sys
import types
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import numpy
import pytest
from event_model import strict_checks
from event_model.pages import compiled as _pages_compiled
from event_model.pages import (
    merge_datum_pages,
    merge_event_pages,
    pack_datum_page,
    pack_event_page,
    rechunk_datum_pages,
    rechunk_event_pages,
    unpack_datum_page,
    unpack_event_page,
)
from hypothesis import HealthCheck, find, given, settings
from hypothesis import strategies as st

COMPILED = _pages_compiled.speedups


def test_the_compiled_inner_loops_are_built() -> None:
    """The C extension was built and imported (the install had a C compiler, as CI does)."""
    assert COMPILED is not None, "event_model.pages._speedups was not built: is a C compiler installed?"
    assert COMPILED.__file__ is not None
    assert COMPILED.__file__.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES))


@contextmanager
def python_only() -> Iterator[None]:
    """Run the block with the Python implementation alone."""
    _pages_compiled.speedups = None
    try:
        yield
    finally:
        _pages_compiled.speedups = COMPILED


def outcome(function: Callable[..., Any], *args: Any) -> tuple[str, ...]:
    """What calling ``function`` gives: its result's repr (key order and types show) or its error."""
    try:
        result = function(*args)
        if isinstance(result, types.GeneratorType):
            result = list(result)
    except Exception as error:  # every error, to compare them
        return ("error", type(error).__name__, str(error))
    return ("result", repr(result))


def assert_same_either_way(function: Callable[..., Any], *args: Any) -> tuple[str, ...]:
    """``function`` gives the same with and without the compiled loops and leaves ``args`` alone.

    Checked by default (event-model 1.24's semantics) and under ``strict_checks()``;
    returns the default outcome.
    """
    before = repr(args)
    outcomes = []
    for strict in (False, True):
        with strict_checks(strict):
            fast = outcome(function, *args)
            assert repr(args) == before
            with python_only():
                slow = outcome(function, *args)
        assert fast == slow
        outcomes.append(fast)
    return outcomes[0]


# -- random input: mostly well formed, often broken in one of the ways input is ----------

_keys = st.lists(st.sampled_from(["det", "motor", "img", 7]), unique=True, max_size=3)  # 7: not a str
_values = st.one_of(
    st.integers(-3, 3), st.floats(-2, 2), st.booleans(), st.none(), st.sampled_from(["", "a", "üb"])
)


def _event(seq_num: int, keys: list[str], values: list[Any]) -> dict[str, Any]:
    return {
        "uid": f"e{seq_num}",
        "time": 100.0 + seq_num,
        "data": dict(zip(keys, values, strict=True)),
        "timestamps": {key: 50.0 + seq_num for key in keys},
        "seq_num": seq_num,
        "filled": {},
        "descriptor": "d1",
    }


def _break_row(draw: st.DrawFn, row: dict[str, Any], fields: list[str], groups: list[str]) -> Any:
    """``row`` broken (or only changed) in one way a caller might."""
    how = draw(st.integers(0, 9))
    if how == 0:
        return draw(st.sampled_from([None, [1, 2], "row", OrderedDict(row), types.MappingProxyType(row)]))
    if how == 1:
        row.pop(draw(st.sampled_from(fields)), None)
    elif how == 2:
        owner = "descriptor" if "descriptor" in row else "resource"
        row[owner] = draw(st.sampled_from(["d2", None, 1, ["d1"]]))
    elif how in (3, 4, 5):
        group = draw(st.sampled_from(groups))
        columns = row.get(group)
        if not isinstance(columns, dict):
            row[group] = {}
        elif how == 3:
            columns["extra"] = 0
        elif how == 4 and columns:
            del columns[next(iter(columns))]
        else:
            row[group] = dict(reversed(list(columns.items())))
    elif how == 6:
        row[draw(st.sampled_from(groups))] = draw(st.sampled_from([None, (), [], OrderedDict(), "x"]))
    elif how == 7:
        row.pop("filled", None)
    elif how == 8:
        row["filled"] = {"det": draw(st.booleans())}
    return row


@st.composite
def event_lists(draw: st.DrawFn) -> list[Any]:
    """One to five events, some of them broken."""
    keys = draw(_keys)
    count = draw(st.integers(1, 5))
    events: list[Any] = [
        _event(seq_num, keys, [draw(_values) for _ in keys]) for seq_num in range(1, count + 1)
    ]
    for index in draw(st.lists(st.integers(0, count - 1), max_size=2)):
        if isinstance(events[index], dict):
            fields = ["time", "uid", "seq_num", "descriptor", "data", "timestamps", "filled"]
            events[index] = _break_row(draw, events[index], fields, ["data", "timestamps", "filled"])
    return events


@st.composite
def datum_lists(draw: st.DrawFn) -> list[Any]:
    """One to five datum, some of them broken."""
    keys = draw(_keys)
    count = draw(st.integers(1, 5))
    datum: list[Any] = [
        {"resource": "r1", "datum_id": f"r1/{index}", "datum_kwargs": {key: index for key in keys}}
        for index in range(count)
    ]
    for index in draw(st.lists(st.integers(0, count - 1), max_size=2)):
        if isinstance(datum[index], dict):
            fields = ["resource", "datum_id", "datum_kwargs"]
            datum[index] = _break_row(draw, datum[index], fields, ["datum_kwargs"])
    return datum


def _break_page(draw: st.DrawFn, page: dict[str, Any], owner: str) -> Any:
    """``page`` broken (or only changed) in one way a caller might."""
    how = draw(st.integers(0, 9))
    columns = [(page, key) for key, value in page.items() if isinstance(value, list)]
    for group in ("data", "timestamps", "filled", "datum_kwargs"):
        if isinstance(page.get(group), dict):
            columns += [(page[group], key) for key in page[group]]
    if how == 0:
        return draw(st.sampled_from([None, [page], OrderedDict(page)]))
    if how == 1:
        del page[draw(st.sampled_from(sorted(page)))]
    elif how == 2:
        page[owner] = draw(st.sampled_from(["other", None, 7]))
    elif how == 3 and columns:
        holder, key = draw(st.sampled_from(columns))
        holder[key] = [*holder[key], 0]  # one entry too many
    elif how == 4 and columns:
        holder, key = draw(st.sampled_from(columns))
        holder[key] = draw(st.sampled_from([tuple, numpy.array]))(holder[key])
    elif how == 5:
        page.pop("filled", None)
    elif how == 6:
        group = "datum_kwargs" if owner == "resource" else draw(st.sampled_from(["data", "timestamps"]))
        if isinstance(page.get(group), dict):
            page[group] = OrderedDict(page[group]) if draw(st.booleans()) else {**page[group], "extra": []}
    elif how == 7 and isinstance(page.get("timestamps"), dict):
        page["timestamps"] = dict(reversed(list(page["timestamps"].items())))
    return page


@st.composite
def event_page_lists(draw: st.DrawFn) -> list[Any]:
    """One to four event pages of zero to four rows, some of them broken."""
    keys = draw(_keys)
    pages: list[Any] = []
    seq_num = 1
    for _ in range(draw(st.integers(1, 4))):
        rows = draw(st.integers(0, 4))
        page = {
            "descriptor": "d1",
            "seq_num": list(range(seq_num, seq_num + rows)),
            "time": [100.0 + n for n in range(seq_num, seq_num + rows)],
            "uid": [f"e{n}" for n in range(seq_num, seq_num + rows)],
            "data": {key: [draw(_values) for _ in range(rows)] for key in keys},
            "timestamps": {key: [50.0] * rows for key in keys},
            "filled": {},
        }
        seq_num += rows
        pages.append(page)
    for index in draw(st.lists(st.integers(0, len(pages) - 1), max_size=2)):
        if isinstance(pages[index], dict):
            pages[index] = _break_page(draw, pages[index], "descriptor")
    return pages


@st.composite
def datum_page_lists(draw: st.DrawFn) -> list[Any]:
    """One to four datum pages of zero to four rows, some of them broken."""
    keys = draw(_keys)
    pages: list[Any] = []
    for number in range(draw(st.integers(1, 4))):
        rows = draw(st.integers(0, 4))
        page = {
            "resource": "r1",
            "datum_id": [f"r1/{number}/{row}" for row in range(rows)],
            "datum_kwargs": {key: list(range(rows)) for key in keys},
        }
        pages.append(page)
    for index in draw(st.lists(st.integers(0, len(pages) - 1), max_size=2)):
        if isinstance(pages[index], dict):
            pages[index] = _break_page(draw, pages[index], "resource")
    return pages


# -- the same result either way ------------------------------------------------------------


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(event_lists())
def test_pack_event_page_is_the_same_either_way(events: list[Any]) -> None:
    """Packing events gives the same page, or the same error, with or without the C loops."""
    assert_same_either_way(pack_event_page, *events)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(datum_lists())
def test_pack_datum_page_is_the_same_either_way(datum: list[Any]) -> None:
    """Packing datum gives the same page, or the same error, with or without the C loops."""
    assert_same_either_way(pack_datum_page, *datum)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(event_page_lists())
def test_unpack_event_page_is_the_same_either_way(pages: list[Any]) -> None:
    """Unpacking gives the same events, or the same error, with or without the C loops."""
    assert_same_either_way(unpack_event_page, pages[0])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(datum_page_lists())
def test_unpack_datum_page_is_the_same_either_way(pages: list[Any]) -> None:
    """Unpacking gives the same datum, or the same error, with or without the C loops."""
    assert_same_either_way(unpack_datum_page, pages[0])


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(event_page_lists(), st.integers(1, 6))
def test_joining_event_pages_is_the_same_either_way(pages: list[Any], chunk_size: int) -> None:
    """Merging and re-chunking give the same pages, or the same error, either way."""
    assert_same_either_way(merge_event_pages, pages)
    assert_same_either_way(rechunk_event_pages, pages, chunk_size)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(datum_page_lists(), st.integers(1, 6))
def test_joining_datum_pages_is_the_same_either_way(pages: list[Any], chunk_size: int) -> None:
    """Merging and re-chunking datum pages give the same pages, or the same error, either way."""
    assert_same_either_way(merge_datum_pages, pages)
    assert_same_either_way(rechunk_datum_pages, pages, chunk_size)


def _pack_outcome(events: list[Any]) -> str:
    return outcome(pack_event_page, *events)[0]


def _merge_outcome(pages: list[Any]) -> str:
    return outcome(merge_event_pages, pages)[0]


@pytest.mark.parametrize(
    ("strategy", "kind_of"), [(event_lists(), _pack_outcome), (event_page_lists(), _merge_outcome)]
)
@pytest.mark.parametrize("kind", ["result", "error"])
def test_the_random_input_reaches_both_results_and_errors(
    strategy: st.SearchStrategy[list[Any]], kind_of: Callable[[list[Any]], str], kind: str
) -> None:
    """The strategies above give input that packs and joins, and input that is refused."""
    assert kind_of(find(strategy, lambda value: kind_of(value) == kind)) == kind


# -- references and the collector ----------------------------------------------------------


def _events_holding(value: object, count: int) -> list[dict[str, Any]]:
    return [
        {
            "uid": f"e{n}",
            "time": value,
            "data": {"det": value},
            "timestamps": {"det": value},
            "seq_num": n,
            "filled": {},
            "descriptor": "d1",
        }
        for n in range(count)
    ]


def test_no_reference_is_leaked_or_lost() -> None:
    """Every function returns the references it took, whether it succeeds or hands over."""
    value = object()
    events = _events_holding(value, 50)
    broken = copy.deepcopy(events[:3])
    broken[1]["descriptor"] = "d2"  # the compiled packing gives up there, with row 0 taken
    broken = [{**event, "time": value, "data": {"det": value}} for event in broken]
    page = pack_event_page(*events)
    pages = [pack_event_page(*events[start : start + 7]) for start in range(0, 50, 7)]
    ragged = {**page, "uid": page["uid"][:-1]}
    before = sys.getrefcount(value)
    for _ in range(20):
        pack_event_page(*events)
        list(unpack_event_page(page))
        merge_event_pages(pages)
        list(rechunk_event_pages(pages, 10))
        for function, args in (
            (pack_event_page, broken),
            (lambda *pages: list(unpack_event_page(*pages)), [ragged]),
            (merge_event_pages, [[page, ragged]]),
        ):
            assert outcome(function, *args)[0] == "result"  # by default, as event-model 1.24 does
            with strict_checks():
                assert outcome(function, *args)[0] == "error"
    gc.collect()
    assert sys.getrefcount(value) == before


def test_results_own_their_references() -> None:
    """Values put in a result stay alive (and correct) after the input is gone."""
    events = [_event(n, ["det"], [float(n) + 0.5]) for n in range(5)]
    page = pack_event_page(*events)
    unpacked = list(unpack_event_page(copy.deepcopy(page)))
    del events
    gc.collect()
    assert page["data"]["det"] == [0.5, 1.5, 2.5, 3.5, 4.5]
    assert [event["data"]["det"] for event in unpacked] == [0.5, 1.5, 2.5, 3.5, 4.5]


def test_unpacking_leaves_the_collector_as_it_found_it() -> None:
    """The collector, paused while rows are built, is running again after (and stays off if off)."""
    page = pack_event_page(*(_event(n, ["det"], [n]) for n in range(100)))
    assert gc.isenabled()
    assert len(list(unpack_event_page(page))) == 100
    assert gc.isenabled()
    gc.disable()
    try:
        assert len(list(unpack_event_page(page))) == 100
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_compiled_unpacking_copies_numpy_columns_like_iteration() -> None:
    """numpy columns give numpy entries (as iterating them does), 2-d columns their rows."""
    page = pack_event_page(*(_event(n, ["det", "img"], [n, n]) for n in range(3)))
    page["data"]["det"] = numpy.arange(3.0)
    page["data"]["img"] = numpy.arange(12).reshape(3, 2, 2)
    events = list(unpack_event_page(page))
    assert [type(event["data"]["det"]) for event in events] == [numpy.float64] * 3
    assert numpy.array_equal(events[2]["data"]["img"], [[8, 9], [10, 11]])
    assert_same_either_way(lambda: repr(list(unpack_event_page(page))))
