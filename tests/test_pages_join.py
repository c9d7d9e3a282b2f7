"""Merging and re-chunking pages: behaviour the JSON vectors cannot show.

Identity of a single merged page, numpy and tuple columns, laziness, when errors are
raised, and properties over random pages (hypothesis). Irregular input gives event-model
1.24.0's result by default and the refusals under ``strict_checks()``.
"""

from __future__ import annotations

import copy
import types
from collections.abc import Iterator
from typing import Any

import numpy
import pytest
from event_model import strict_checks
from event_model.errors import (
    EventModelError,
    EventModelIndexError,
    EventModelKeyError,
    EventModelTypeError,
    EventModelValueError,
)
from event_model.pages import (
    merge_datum_pages,
    merge_event_pages,
    pack_event_page,
    rechunk_datum_pages,
    rechunk_event_pages,
    unpack_event_page,
)
from hypothesis import given
from hypothesis import strategies as st

# Every test runs with the compiled inner loops and with the Python implementation.
pytestmark = pytest.mark.usefixtures("page_implementation")

MERGED_ORDER = ["descriptor", "seq_num", "time", "uid", "data", "timestamps", "filled"]


def make_page(
    first: int, rows: int, descriptor: str = "d1", keys: tuple[str, ...] = ("det", "motor")
) -> dict[str, Any]:
    """An event page of ``rows`` events numbered from ``first``."""
    events = [
        {
            "uid": f"e{seq_num}",
            "time": 100.0 + seq_num,
            "data": {key: seq_num * 10 + index for index, key in enumerate(keys)},
            "timestamps": {key: 50.0 + seq_num for key in keys},
            "seq_num": seq_num,
            "filled": {},
            "descriptor": descriptor,
        }
        for seq_num in range(first, first + rows)
    ]
    if not events:
        return {
            "descriptor": descriptor,
            "seq_num": [],
            "time": [],
            "uid": [],
            "data": {key: [] for key in keys},
            "timestamps": {key: [] for key in keys},
            "filled": {},
        }
    return dict(pack_event_page(*events))


def numpy_page(first: int, rows: int) -> dict[str, Any]:
    """A page whose columns are numpy arrays (a 1-d and a 2-d one) and a tuple."""
    page = make_page(first, rows)
    page["data"]["det"] = numpy.arange(first, first + rows, dtype=float)
    page["data"]["motor"] = numpy.arange(rows * 4).reshape(rows, 2, 2)
    page["uid"] = tuple(page["uid"])
    return page


def test_merging_one_page_returns_that_page() -> None:
    """A single page comes back as the very same object, as in event-model 1.24."""
    page = make_page(1, 3)
    assert merge_event_pages([page]) is page


def test_merging_one_datum_page_returns_that_page() -> None:
    """A single datum page comes back as the very same object."""
    page = {"resource": "r", "datum_id": ["r/0"], "datum_kwargs": {"point": [0]}}
    assert merge_datum_pages(iter([page])) is page


def test_merging_leaves_the_pages_alone() -> None:
    """The merged page shares no list with its inputs, and the inputs are unchanged."""
    pages = [make_page(1, 2), make_page(3, 2)]
    before = copy.deepcopy(pages)
    merged = merge_event_pages(pages)
    merged["uid"].append("x")
    merged["data"]["det"].append(0)
    assert pages == before


def test_merging_numpy_columns_gives_lists_of_their_entries() -> None:
    """Columns of several pages are joined into a list, whatever type each page used."""
    merged = merge_event_pages([numpy_page(1, 2), numpy_page(3, 1)])
    assert type(merged["data"]["det"]) is list
    assert [type(value) for value in merged["data"]["det"]] == [numpy.float64] * 3
    assert [entry.tolist() for entry in merged["data"]["motor"]] == [
        [[0, 1], [2, 3]],
        [[4, 5], [6, 7]],
        [[0, 1], [2, 3]],
    ]
    assert merged["uid"] == ["e1", "e2", "e3"]


def test_a_page_cut_alone_keeps_its_column_types() -> None:
    """An output page cut from one input page holds slices: arrays stay arrays, tuples tuples."""
    first, second = rechunk_event_pages([numpy_page(1, 4)], 2)
    assert type(first["data"]["det"]) is numpy.ndarray
    assert first["data"]["det"].tolist() == [1.0, 2.0]
    assert second["data"]["motor"].shape == (2, 2, 2)
    assert first["uid"] == ("e1", "e2")


def test_pieces_of_several_pages_join_into_lists() -> None:
    """An output page made of pieces of several pages holds lists."""
    (joined,) = rechunk_event_pages([numpy_page(1, 1), numpy_page(2, 2)], 3)
    assert type(joined["data"]["det"]) is list
    assert joined["data"]["det"] == [1.0, 2.0, 3.0]
    assert list(joined) == MERGED_ORDER


def test_rechunk_returns_a_generator_that_reads_its_input_lazily() -> None:
    """Output pages come as soon as enough input pages were read."""
    read: list[int] = []

    def pages() -> Iterator[dict[str, Any]]:
        for index in range(5):
            read.append(index)
            yield make_page(index * 2 + 1, 2)

    chunks = rechunk_event_pages(pages(), 3)
    assert isinstance(chunks, types.GeneratorType)
    assert read == []
    first = next(chunks)
    assert first["seq_num"] == [1, 2, 3]
    assert read == [0, 1]


@pytest.mark.parametrize(
    ("chunk_size", "error"),
    [
        (0, EventModelValueError),
        (-3, EventModelValueError),
        (1.5, EventModelTypeError),
        ("2", EventModelTypeError),
        (None, EventModelTypeError),
    ],
)
def test_a_bad_chunk_size_is_refused_at_once(chunk_size: Any, error: type[Exception]) -> None:
    """Under strict_checks() the chunk size is checked when rechunk is called, before any page is read."""
    with strict_checks(), pytest.raises(error, match="chunk_size"):
        rechunk_event_pages(iter([]), chunk_size)


@pytest.mark.parametrize(
    ("chunk_size", "error"), [(0, ValueError), (1.5, TypeError), ("2", TypeError), (None, TypeError)]
)
def test_a_bad_chunk_size_fails_once_there_is_a_page(chunk_size: Any, error: type[Exception]) -> None:
    """By default, as in 1.24, nothing is checked on the call, and without pages nothing fails."""
    chunks = rechunk_event_pages([make_page(1, 2)], chunk_size)
    with pytest.raises(error, match="chunk_size") as raised:
        next(chunks)
    assert isinstance(raised.value, EventModelError)
    assert list(rechunk_event_pages([], chunk_size)) == []


def test_a_negative_chunk_size_cuts_as_in_124() -> None:
    """1.24 cuts the rows [0:-3] of each page and joins them into a single output page."""
    (chunk,) = rechunk_event_pages([make_page(1, 5), make_page(6, 5)], -3)
    assert chunk["seq_num"] == [1, 2]  # [0:-3] of the first page, [0:-5] (nothing) of the second
    assert chunk["data"]["det"] == [10, 20]


def test_strictness_is_read_when_rechunk_is_called() -> None:
    """A generator made by default keeps 1.24's semantics when iterated inside strict_checks()."""
    mixed = [make_page(1, 1), make_page(2, 1, descriptor="d2")]
    lenient = rechunk_event_pages(mixed, 2)
    with strict_checks():
        assert [chunk["descriptor"] for chunk in lenient] == ["d1"]
        strict = rechunk_event_pages(mixed, 2)
    with pytest.raises(EventModelValueError, match="d2"):
        list(strict)


def test_integer_like_chunk_sizes_are_accepted() -> None:
    """numpy integers (anything with __index__) are valid chunk sizes."""
    chunks = list(
        rechunk_datum_pages([{"resource": "r", "datum_id": ["a", "b"], "datum_kwargs": {}}], numpy.int64(1))
    )
    assert [chunk["datum_id"] for chunk in chunks] == [["a"], ["b"]]


def test_a_bad_page_is_refused_when_reached() -> None:
    """Pages before the malformed one are still re-chunked; the error names its position."""
    bad = make_page(5, 2)
    bad["time"] = [1.0]
    with strict_checks():
        chunks = rechunk_event_pages([make_page(1, 2), make_page(3, 2), bad], 2)
    assert next(chunks)["seq_num"] == [1, 2]
    assert next(chunks)["seq_num"] == [3, 4]
    with pytest.raises(EventModelValueError, match=r"event_pages\[2\]\['time'\]"):
        next(chunks)


def test_a_ragged_page_is_cut_as_in_124() -> None:
    """By default every column is sliced alike, whatever its length."""
    bad = make_page(5, 2)
    bad["time"] = [1.0]
    chunks = list(rechunk_event_pages([make_page(1, 3), bad], 2))
    assert [chunk["time"] for chunk in chunks] == [[101.0, 102.0], [103.0, 1.0], []]
    assert [chunk["seq_num"] for chunk in chunks] == [[1, 2], [3, 5], [6]]


def test_a_page_that_fails_to_cut_fails_when_it_is_reached() -> None:
    """As in 1.24, a page that cannot be cut fails before the pages after it are read."""
    read: list[int] = []
    bad = make_page(3, 2)
    bad["time"] = None

    def pages() -> Iterator[dict[str, Any]]:
        for index, page in enumerate([make_page(1, 2), bad, make_page(5, 2)]):
            read.append(index)
            yield page

    chunks = rechunk_event_pages(pages(), 3)
    with pytest.raises(TypeError, match=r"event_pages\[1\]\['time'\]"):
        next(chunks)
    assert read == [0, 1]


def test_pages_without_filled_do_not_rechunk_by_default() -> None:
    """1.24 needs ``filled`` in every page it cuts (KeyError); strict_checks() takes it as empty."""
    page = make_page(1, 3)
    del page["filled"]
    with pytest.raises(KeyError, match="'filled' is missing from event_pages\\[0\\]"):
        list(rechunk_event_pages([page], 2))
    with strict_checks():
        assert [chunk["filled"] for chunk in rechunk_event_pages([page], 2)] == [{}, {}]


def test_a_chunk_of_one_page_keeps_timestamps_in_their_own_order() -> None:
    """As in 1.24, a page cut alone keeps its timestamps' keys; a joined one follows data's."""
    page = make_page(1, 2)
    page["timestamps"] = dict(reversed(list(page["timestamps"].items())))
    (alone,) = rechunk_event_pages([page], 2)
    (joined,) = rechunk_event_pages([make_page(1, 1), page], 3)
    assert list(alone["timestamps"]) == ["motor", "det"]
    assert list(joined["timestamps"]) == ["det", "motor"]


def test_merge_names_the_page_that_lacks_a_key() -> None:
    """A missing column is reported with the page's position and the key."""
    with pytest.raises(EventModelKeyError, match=r"'motor' is missing from event_pages\[1\]\['data'\]"):
        merge_event_pages([make_page(1, 1), make_page(2, 1, keys=("det",))])


def test_merge_refuses_a_column_too_long() -> None:
    """Under strict_checks() a column with more entries than rows is found even in a long merge."""
    pages = [make_page(index, 1) for index in range(1, 30)]
    pages[17] = copy.deepcopy(pages[17])
    pages[17]["data"]["motor"].append(0)
    with (
        strict_checks(),
        pytest.raises(
            EventModelValueError, match=r"2 entries in event_pages\[17\]\['data'\]\['motor'\] but 1"
        ),
    ):
        merge_event_pages(pages)
    assert len(merge_event_pages(pages)["data"]["motor"]) == 30  # by default, concatenated as in 1.24


def test_merge_refuses_no_pages() -> None:
    """Merging nothing is an IndexError by default, as in 1.24; a ValueError under strict_checks()."""
    with pytest.raises(EventModelIndexError, match="merge_event_pages"):
        merge_event_pages(iter([]))
    with strict_checks(), pytest.raises(EventModelValueError, match="merge_event_pages"):
        merge_event_pages(iter([]))


def test_merging_one_of_anything_returns_it() -> None:
    """As in 1.24, a single item is returned without a look at it."""
    assert merge_event_pages([5]) == 5  # type: ignore[list-item]
    assert merge_datum_pages("x") == "x"  # type: ignore[arg-type]


def test_merge_takes_the_first_pages_descriptor_and_keys() -> None:
    """By default pages of several descriptors merge, with the first page's descriptor and keys."""
    first, second = make_page(1, 1), make_page(2, 1, descriptor="d2", keys=("det", "motor", "extra"))
    merged = merge_event_pages([first, second])
    assert merged["descriptor"] == "d1"
    assert list(merged["data"]) == ["det", "motor"]
    with strict_checks(), pytest.raises(EventModelValueError, match="d2"):
        merge_event_pages([first, second])


def test_merge_needs_filled_in_every_page_by_default() -> None:
    """1.24 reads ``filled`` of the first page, and of every page for its keys (else KeyError)."""
    first, second = make_page(1, 1), make_page(2, 1)
    del second["filled"]
    assert merge_event_pages([first, second])["filled"] == {}  # no key to look for in the second
    with pytest.raises(KeyError, match="'filled' is missing from event_pages\\[0\\]"):
        merge_event_pages([second, first])
    first["filled"] = {"det": [True]}
    with pytest.raises(KeyError, match="'filled' is missing from event_pages\\[1\\]"):
        merge_event_pages([first, second])
    with strict_checks(), pytest.raises(EventModelKeyError, match="'det' is missing"):
        merge_event_pages([first, second])  # strict_checks() takes the missing filled as empty


def test_merge_refuses_what_is_not_iterable() -> None:
    """A page passed without a list around it is refused as being of the wrong type."""
    with pytest.raises(EventModelTypeError):
        merge_event_pages(5)  # type: ignore[arg-type]


@st.composite
def _pages(draw: st.DrawFn) -> list[dict[str, Any]]:
    """Consecutive pages of one descriptor, some of them empty."""
    sizes = draw(st.lists(st.integers(0, 9), min_size=1, max_size=8))
    pages, first = [], 1
    for size in sizes:
        pages.append(make_page(first, size))
        first += size
    return pages


@given(_pages(), st.integers(1, 12))
def test_rechunk_keeps_every_row_in_order(pages: list[dict[str, Any]], chunk_size: int) -> None:
    """Output pages hold the input rows in order; all but the last are full."""
    before = copy.deepcopy(pages)
    chunks = list(rechunk_event_pages(pages, chunk_size))
    assert pages == before
    rows = [event for page in pages for event in unpack_event_page(page)]
    assert [event for page in chunks for event in unpack_event_page(page)] == rows
    sizes = [len(chunk["uid"]) for chunk in chunks]
    if rows:
        assert all(size == chunk_size for size in sizes[:-1])
        assert 0 <= sizes[-1] <= chunk_size
    assert all(list(chunk) == MERGED_ORDER for chunk in chunks)


@given(_pages())
def test_merge_holds_every_row_in_order(pages: list[dict[str, Any]]) -> None:
    """Merging gives the rows of all pages, in order, in one page."""
    merged = merge_event_pages(pages)
    rows = [event for page in pages for event in unpack_event_page(page)]
    assert list(unpack_event_page(merged)) == rows


@pytest.mark.parametrize("strict", [True, False], ids=["strict", "default"])
def test_rechunk_cutting_one_page_into_many_gives_separate_pages(strict: bool) -> None:
    """Pieces cut from one big page (non-str keys) are new, unshared dicts."""
    page: dict[str, Any] = {
        "descriptor": "d1",
        "seq_num": [1, 2, 3, 4, 5],
        "time": [1.0, 2.0, 3.0, 4.0, 5.0],
        "uid": ["a", "b", "c", "d", "e"],
        "data": {1: [10, 20, 30, 40, 50], "x": [0, 0, 0, 0, 0]},
        "timestamps": {1: [9, 9, 9, 9, 9], "x": [8, 8, 8, 8, 8]},
    }
    if strict:  # strict_checks() takes the missing ``filled`` as empty; 1.24 needs it
        with strict_checks():
            chunks = list(rechunk_event_pages([page], 2))
    else:
        page["filled"] = {}
        chunks = list(rechunk_event_pages([page], 2))
    assert [chunk["uid"] for chunk in chunks] == [["a", "b"], ["c", "d"], ["e"]]
    assert [chunk["data"] for chunk in chunks] == [
        {1: [10, 20], "x": [0, 0]},
        {1: [30, 40], "x": [0, 0]},
        {1: [50], "x": [0]},
    ]
    assert all(list(chunk) == MERGED_ORDER and chunk["filled"] == {} for chunk in chunks)
    assert len({id(chunk["filled"]) for chunk in chunks}) == len(chunks)
    chunks[0]["data"][1].append(99)
    assert chunks[1]["data"][1] == [30, 40]
    assert page["data"][1] == [10, 20, 30, 40, 50]
