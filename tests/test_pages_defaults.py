"""The page vectors whose expectation is not event-model 1.24.0's, run with 1.24.0's semantics.

The vector files describe what ``strict_checks()`` does (see test_pages_vectors.py); a
case with a ``note`` there is one where event-model 1.24.0 behaves otherwise. By
default this package must behave as 1.24.0 does: ``OUTCOMES_124`` holds, for each such
case, what 1.24.0 returns for its input (key order included) or the built-in exception
class it raises, as recorded by running event-model 1.24.0 on the vector inputs. Our
errors must be instances of that class and also EventModelErrors.

This module uses only names event-model 1.24.0 also has, so it can be run against it
to confirm the table: ``python -m pytest --noconftest tests/test_pages_defaults.py``
in a virtual environment with event-model==1.24.0.
"""

from __future__ import annotations

import copy
import json
import types
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import event_model
import pytest

VECTOR_DIR = Path(__file__).resolve().parent / "vectors" / "pages"
OURS = hasattr(event_model, "strict_checks")  # False when run against event-model 1.24.0
UnfilledData = event_model.UnfilledData

if OURS:  # with the compiled page loops and with the Python implementation (see conftest.py)
    pytestmark = pytest.mark.usefixtures("page_implementation")


@dataclass(frozen=True)
class Returns:
    """The case returns ``value`` (a generator: yields the items of the list ``value``)."""

    value: Any


# Laid out compactly rather than by the formatter; every entry was recorded from 1.24.0.
# fmt: off
OUTCOMES_124: dict[tuple[str, str], Any] = {
    ('bulk_datum_to_datum_page', 'datum_kwargs of differing keys are refused'):
        Returns({'datum_id': ['r1/0', 'r1/1'],
                 'resource': 'r1',
                 'datum_kwargs': {'point': [0], 'frame': [1]}}),
    ('bulk_datum_to_datum_page', 'more datum_kwargs than datum_ids are refused'):
        Returns({'datum_id': ['r1/0'], 'resource': 'r1', 'datum_kwargs': {'point': [0, 1]}}),
    ('bulk_datum_to_datum_page', 'a bulk_datum without resource is refused'):
        KeyError,
    ('bulk_events_to_event_pages',
     'an event lacking a data key of the first event of its descriptor is refused'):
        Returns([{'time': [101.0, 102.0],
                  'uid': ['e1', 'e2'],
                  'seq_num': [1, 2],
                  'descriptor': 'd1',
                  'data': {'det': [1.5, 1.0], 'motor': [0.1]},
                  'timestamps': {'det': [51.0, 52.0], 'motor': [51.0]},
                  'filled': {}}]),
    ('bulk_events_to_event_pages', 'an event without descriptor is refused'):
        KeyError,
    ('merge_datum_pages', 'no pages is an error'):
        IndexError,
    ('merge_datum_pages', 'pages of different resources are refused'):
        Returns({'resource': 'r1',
                 'datum_id': ['r1/0', 'r1/1', 'r1/2', 'r2/9'],
                 'datum_kwargs': {'point': [0, 1, 2, 9]}}),
    ('merge_datum_pages', 'a page lacking a datum_kwargs key of the first page is refused'):
        KeyError,
    ('merge_datum_pages', 'a page with a datum_kwargs key the first page lacks is refused'):
        Returns({'resource': 'r1',
                 'datum_id': ['r1/0', 'r1/1', 'r1/2', 'r1/9'],
                 'datum_kwargs': {'point': [0, 1, 2, 9]}}),
    ('merge_datum_pages', 'a page with a short column is refused'):
        Returns({'resource': 'r1',
                 'datum_id': ['r1/0', 'r1/1', 'r1/2', 'r1/3'],
                 'datum_kwargs': {'point': [0, 1, 2, 3, 4, 5]}}),
    ('merge_event_pages', 'pages without filled merge with an empty filled'):
        KeyError,
    ('merge_event_pages', 'no pages is an error'):
        IndexError,
    ('merge_event_pages', 'pages of different descriptors are refused'):
        Returns({'descriptor': 'd1',
                 'seq_num': [1, 2, 3, 4],
                 'time': [101.0, 102.0, 103.0, 104.0],
                 'uid': ['e1', 'e2', 'e3', 'e4'],
                 'data': {'det': [1.5, 3.0, 4.5, 6.0], 'motor': [0.1, 0.2, 0.30000000000000004, 0.4]},
                 'timestamps': {'det': [51.0, 52.0, 53.0, 54.0], 'motor': [51.0, 52.0, 53.0, 54.0]},
                 'filled': {}}),
    ('merge_event_pages', 'a page lacking a data key of the first page is refused'):
        KeyError,
    ('merge_event_pages', 'a page with a data key the first page lacks is refused'):
        Returns({'descriptor': 'd1',
                 'seq_num': [1, 2, 3, 4],
                 'time': [101.0, 102.0, 103.0, 104.0],
                 'uid': ['e1', 'e2', 'e3', 'e4'],
                 'data': {'det': [1.5, 3.0, 4.5, 1.0], 'motor': [0.1, 0.2, 0.30000000000000004, 1.0]},
                 'timestamps': {'det': [51.0, 52.0, 53.0, 54.0], 'motor': [51.0, 52.0, 53.0, 54.0]},
                 'filled': {}}),
    ('merge_event_pages', 'a page whose timestamps lack a data key is refused'):
        KeyError,
    ('merge_event_pages', 'a page with a short column is refused'):
        Returns({'descriptor': 'd1',
                 'seq_num': [1, 2, 3, 4, 5, 6],
                 'time': [101.0, 102.0, 103.0, 104.0, 105.0],
                 'uid': ['e1', 'e2', 'e3', 'e4', 'e5', 'e6'],
                 'data': {'det': [1.5, 3.0, 4.5, 6.0, 7.5, 9.0],
                          'motor': [0.1, 0.2, 0.30000000000000004, 0.4, 0.5, 0.6000000000000001]},
                 'timestamps': {'det': [51.0, 52.0, 53.0, 54.0, 55.0, 56.0],
                                'motor': [51.0, 52.0, 53.0, 54.0, 55.0, 56.0]},
                 'filled': {}}),
    ('merge_event_pages', 'a single ragged page is refused'):
        Returns({'time': [101.0, 102.0, 103.0],
                 'uid': ['x'],
                 'seq_num': [1, 2, 3],
                 'descriptor': 'd1',
                 'filled': {},
                 'data': {'det': [1.5, 3.0, 4.5], 'motor': [0.1, 0.2, 0.30000000000000004]},
                 'timestamps': {'det': [51.0, 52.0, 53.0], 'motor': [51.0, 52.0, 53.0]}}),
    ('merge_event_pages', "a page whose filled keys differ from the first page's is refused"):
        KeyError,
    ('pack_datum_page', 'no datum is an error'):
        ValueError,
    ('pack_datum_page', 'datum of different resources are refused'):
        Returns({'resource': 'r2', 'datum_id': ['r1/0', 'r2/1'], 'datum_kwargs': {'point': [0, 1]}}),
    ('pack_datum_page', 'a datum lacking a datum_kwargs key of the first is refused'):
        Returns({'resource': 'r1', 'datum_id': ['r1/0', 'r1/1'], 'datum_kwargs': {'a': [1, 1], 'b': [2]}}),
    ('pack_datum_page', 'a datum with a datum_kwargs key the first lacks is refused'):
        Returns({'resource': 'r1', 'datum_id': ['r1/0', 'r1/1'], 'datum_kwargs': {'a': [1, 1], 'c': [2]}}),
    ('pack_datum_page', 'a datum lacking datum_id is refused'):
        KeyError,
    ('pack_event_page', 'no events is an error'):
        ValueError,
    ('pack_event_page', 'events of different descriptors are refused'):
        Returns({'time': [101.0, 102.0, 103.0],
                 'uid': ['e1', 'e2', 'e3'],
                 'seq_num': [1, 2, 3],
                 'descriptor': 'd2',
                 'filled': {},
                 'data': {'det': [1.5, 3.0, 4.5], 'motor': [0.1, 0.2, 0.30000000000000004]},
                 'timestamps': {'det': [51.0, 52.0, 53.0], 'motor': [51.0, 52.0, 53.0]}}),
    ('pack_event_page', 'an event lacking a data key of the first event is refused'):
        Returns({'time': [101.0, 102.0],
                 'uid': ['e1', 'e2'],
                 'seq_num': [1, 2],
                 'descriptor': 'd1',
                 'filled': {},
                 'data': {'det': [1.5, 1.0], 'motor': [0.1]},
                 'timestamps': {'det': [51.0, 52.0], 'motor': [51.0]}}),
    ('pack_event_page', 'an event with a data key the first event lacks is refused'):
        Returns({'time': [101.0, 102.0],
                 'uid': ['e1', 'e2'],
                 'seq_num': [1, 2],
                 'descriptor': 'd1',
                 'filled': {},
                 'data': {'det': [1.5, 1.0], 'motor': [0.1, 2.0], 'extra': [3]},
                 'timestamps': {'det': [51.0, 52.0], 'motor': [51.0, 52.0], 'extra': [52.0]}}),
    ('pack_event_page', 'an event lacking a filled key of the first event is refused'):
        Returns({'time': [101.0, 102.0],
                 'uid': ['e1', 'e2'],
                 'seq_num': [1, 2],
                 'descriptor': 'd1',
                 'filled': {'img': [False]},
                 'data': {'img': ['r/1', 'r/2']},
                 'timestamps': {'img': [51.0, 52.0]}}),
    ('pack_event_page', 'an event lacking uid is refused'):
        KeyError,
    ('pack_event_page', 'an event whose data is not a mapping is refused'):
        AttributeError,
    ('pack_event_page', 'a list passed as the only event is refused'):
        TypeError,
    ('rechunk_datum_pages', 'chunk_size 0 is refused'):
        ValueError,
    ('rechunk_datum_pages', 'rows of different resources in one output page are refused'):
        Returns([{'resource': 'r1', 'datum_id': ['r1/0', 'r2/1'], 'datum_kwargs': {'point': [0, 1]}}]),
    ('rechunk_datum_pages', 'a ragged page is refused'):
        Returns([{'resource': 'r1',
                  'datum_id': ['r1/0', 'r1/1', 'r1/2'],
                  'datum_kwargs': {'point': [0, 1, 1]}},
                 {'resource': 'r1', 'datum_id': ['r1/3'], 'datum_kwargs': {'point': []}}]),
    ('rechunk_event_pages', 'pages without filled rechunk with an empty filled'):
        KeyError,
    ('rechunk_event_pages', 'chunk_size 0 is refused'):
        ValueError,
    ('rechunk_event_pages', 'a negative chunk_size is refused'):
        Returns([{'descriptor': 'd1',
                  'seq_num': [],
                  'time': [],
                  'uid': [],
                  'data': {'det': [], 'motor': []},
                  'timestamps': {'det': [], 'motor': []},
                  'filled': {}}]),
    ('rechunk_event_pages', 'chunk_size 0 is refused even without pages'):
        Returns([]),
    ('rechunk_event_pages', 'a fractional chunk_size is refused'):
        TypeError,
    ('rechunk_event_pages', 'rows of different descriptors in one output page are refused'):
        Returns([{'descriptor': 'd1',
                  'seq_num': [1, 2],
                  'time': [101.0, 102.0],
                  'uid': ['e1', 'e2'],
                  'data': {'det': [1.5, 3.0], 'motor': [0.1, 0.2]},
                  'timestamps': {'det': [51.0, 52.0], 'motor': [51.0, 52.0]},
                  'filled': {}}]),
    ('rechunk_event_pages', 'a ragged page is refused'):
        Returns([{'descriptor': 'd1',
                  'seq_num': [1, 2, 3],
                  'time': [101.0, 102.0, 103.0],
                  'uid': ['e1', 'e2', 'e3'],
                  'data': {'det': [1.5, 3.0, 1.0], 'motor': [0.1, 0.2, 1.0]},
                  'timestamps': {'det': [51.0, 52.0, 53.0], 'motor': [51.0, 52.0, 53.0]},
                  'filled': {}},
                 {'descriptor': 'd1',
                  'seq_num': [4],
                  'time': [104.0],
                  'uid': ['e4'],
                  'data': {'det': [], 'motor': [2.0]},
                  'timestamps': {'det': [54.0], 'motor': [54.0]},
                  'filled': {}}]),
    ('rechunk_event_pages', 'a ragged page that is cut is refused'):
        Returns([{'descriptor': 'd1',
                  'seq_num': [1, 2],
                  'time': [101.0, 102.0],
                  'uid': ['e1', 'e2'],
                  'data': {'det': [1.5, 3.0], 'motor': [0.1, 0.2]},
                  'timestamps': {'det': [51.0, 52.0], 'motor': [51.0, 52.0]},
                  'filled': {}},
                 {'descriptor': 'd1',
                  'seq_num': [3, 4],
                  'time': [103.0, 104.0],
                  'uid': ['e3', 'e4'],
                  'data': {'det': [4.5, 6.0], 'motor': [0.30000000000000004, 0.4]},
                  'timestamps': {'det': [53.0, 54.0], 'motor': [53.0, 54.0]},
                  'filled': {}},
                 {'descriptor': 'd1',
                  'seq_num': [],
                  'time': [105.0],
                  'uid': ['e5'],
                  'data': {'det': [7.5], 'motor': [0.5]},
                  'timestamps': {'det': [55.0], 'motor': [55.0]},
                  'filled': {}}]),
    ('rechunk_event_pages', 'a page without uid is refused'):
        KeyError,
    ('unpack_datum_page', 'a datum_kwargs column shorter than datum_id is refused'):
        Returns([{'datum_id': 'r1/0', 'datum_kwargs': {'point': 0}, 'resource': 'r1'},
                 {'datum_id': 'r1/1', 'datum_kwargs': {'point': 1}, 'resource': 'r1'},
                 {'datum_id': 'r1/2', 'datum_kwargs': {}, 'resource': 'r1'}]),
    ('unpack_datum_page', 'a page without resource is refused'):
        KeyError,
    ('unpack_event_page', 'a data column shorter than uid is refused'):
        Returns([{'descriptor': 'd1',
                  'uid': 'e1',
                  'time': 101.0,
                  'seq_num': 1,
                  'data': {'det': 1.5, 'motor': 0.1},
                  'timestamps': {'det': 51.0, 'motor': 51.0},
                  'filled': {}},
                 {'descriptor': 'd1',
                  'uid': 'e2',
                  'time': 102.0,
                  'seq_num': 2,
                  'data': {'det': 3.0, 'motor': 0.2},
                  'timestamps': {'det': 52.0, 'motor': 52.0},
                  'filled': {}},
                 {'descriptor': 'd1',
                  'uid': 'e3',
                  'time': 103.0,
                  'seq_num': 3,
                  'data': {},
                  'timestamps': {'det': 53.0, 'motor': 53.0},
                  'filled': {}}]),
    ('unpack_event_page', 'a seq_num column longer than uid is refused'):
        Returns([{'descriptor': 'd1',
                  'uid': 'e1',
                  'time': 101.0,
                  'seq_num': 1,
                  'data': {'det': 1.5, 'motor': 0.1},
                  'timestamps': {'det': 51.0, 'motor': 51.0},
                  'filled': {}},
                 {'descriptor': 'd1',
                  'uid': 'e2',
                  'time': 102.0,
                  'seq_num': 2,
                  'data': {'det': 3.0, 'motor': 0.2},
                  'timestamps': {'det': 52.0, 'motor': 52.0},
                  'filled': {}},
                 {'descriptor': 'd1',
                  'uid': {},
                  'time': {},
                  'seq_num': 3,
                  'data': {},
                  'timestamps': {},
                  'filled': {}}]),
    ('unpack_event_page', 'a filled column of the wrong length is refused'):
        Returns([{'descriptor': 'd1',
                  'uid': 'e1',
                  'time': 101.0,
                  'seq_num': 1,
                  'data': {'det': 1.5, 'motor': 0.1},
                  'timestamps': {'det': 51.0, 'motor': 51.0},
                  'filled': {'det': True}},
                 {'descriptor': 'd1',
                  'uid': 'e2',
                  'time': 102.0,
                  'seq_num': 2,
                  'data': {'det': 3.0, 'motor': 0.2},
                  'timestamps': {'det': 52.0, 'motor': 52.0},
                  'filled': {}}]),
    ('unpack_event_page', 'a page without descriptor is refused'):
        KeyError,
    ('unpack_event_page', 'a page whose data is not a mapping is refused'):
        TypeError,
    ('verify_filled', 'a page without filled passes'):
        KeyError,
    ('verify_filled', 'a page with an unfilled entry is refused'):
        UnfilledData,
    ('verify_filled', 'every unfilled key is named'):
        UnfilledData,
}
# fmt: on


CALLS: dict[str, Callable[[Any], Any]] = {
    "pack_event_page": lambda events: event_model.pack_event_page(*events),
    "unpack_event_page": event_model.unpack_event_page,
    "merge_event_pages": event_model.merge_event_pages,
    "rechunk_event_pages": lambda given: event_model.rechunk_event_pages(given["pages"], given["chunk_size"]),
    "pack_datum_page": lambda datum: event_model.pack_datum_page(*datum),
    "unpack_datum_page": event_model.unpack_datum_page,
    "merge_datum_pages": event_model.merge_datum_pages,
    "rechunk_datum_pages": lambda given: event_model.rechunk_datum_pages(given["pages"], given["chunk_size"]),
    "bulk_events_to_event_pages": event_model.bulk_events_to_event_pages,
    "bulk_datum_to_datum_page": event_model.bulk_datum_to_datum_page,
    "verify_filled": event_model.verify_filled,
}


def noted_cases() -> list[tuple[str, str, Any]]:
    """(function, description, input) of every vector case with a note."""
    cases = []
    for path in sorted(VECTOR_DIR.glob("*.json")):
        with path.open(encoding="utf-8") as stream:
            for case in json.load(stream):
                if "note" in case:
                    cases.append((path.stem, case["description"], case["input"]))
    return cases


CASES = noted_cases()


def test_every_noted_case_has_its_124_outcome() -> None:
    """The table covers exactly the vector cases whose expectation is not 1.24's."""
    assert {(function, description) for function, description, _ in CASES} == set(OUTCOMES_124)


@pytest.mark.parametrize(
    ("function", "description", "given"), CASES, ids=[f"{case[0]}-{case[1]}" for case in CASES]
)
def test_noted_case_behaves_as_in_124(function: str, description: str, given: Any) -> None:
    """By default each such input gives 1.24's result, or an error of the class 1.24 raised."""
    expected = OUTCOMES_124[(function, description)]
    before = copy.deepcopy(given)
    if isinstance(expected, Returns):
        result = CALLS[function](given)
        if isinstance(result, types.GeneratorType):
            result = list(result)
        assert json.dumps(result) == json.dumps(expected.value)
    else:
        with pytest.raises(expected) as raised:
            result = CALLS[function](given)
            if isinstance(result, types.GeneratorType):
                list(result)
        if OURS:
            assert isinstance(raised.value, event_model.EventModelError)
    assert json.dumps(given) == json.dumps(before), "the input was changed"
