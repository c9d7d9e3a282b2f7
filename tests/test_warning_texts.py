"""Warnings keep event-model 1.24.0's texts, which downstream suites filter by.

suitcase's test configuration, for one, silences the bulk_events deprecation with
``warnings.filterwarnings("ignore", message="The document type 'bulk_events'*")`` and
turns every other warning into an error; each test here applies such a filter, as a
downstream suite would, and checks that nothing escapes it.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import event_model
import pytest


@contextmanager
def silenced_as_downstream(message: str, category: type[Warning] = UserWarning) -> Iterator[None]:
    """Warnings as errors, except those whose text starts as ``message`` (a regular expression)."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        warnings.filterwarnings("ignore", message=message, category=category)
        yield


def bulk_events() -> None:
    event = {"descriptor": "d", "uid": "u", "time": 1.0, "seq_num": 1,
             "data": {"x": 1}, "timestamps": {"x": 1.0}, "filled": {}}
    event_model.DocumentRouter()("bulk_events", {"primary": [event]})


def bulk_datum() -> None:
    event_model.DocumentRouter()("bulk_datum", {"resource": "r", "datum_ids": ["r/0"],
                                                "datum_kwarg_list": [{"index": 0}]})


def filler_without_inplace() -> None:
    event_model.Filler({})


def filler_with_include() -> None:
    event_model.Filler({}, inplace=False, include=["x"])


def module_level_compose_stream_datum() -> None:
    event_model.compose_stream_datum(
        stream_resource={"uid": "sr", "data_key": "x", "mimetype": "m", "uri": "u", "parameters": {}},
        counter=iter([0]), seq_nums={"start": 0, "stop": 1}, indices={"start": 0, "stop": 1},
    )


CASES: list[tuple[Callable[[], Any], str, type[Warning]]] = [
    (bulk_events, "The document type 'bulk_events'*", UserWarning),
    (bulk_datum, "The document type 'bulk_datum'*", UserWarning),
    (filler_without_inplace, "'inplace' argument not specified", UserWarning),
    (filler_with_include, "In a future release of event-model, the argument `include`", DeprecationWarning),
    (module_level_compose_stream_datum, r"compose_stream_datum\(\) will be removed", DeprecationWarning),
]


@pytest.mark.parametrize(("call", "message", "category"), CASES, ids=[case[0].__name__ for case in CASES])
def test_a_downstream_filter_by_1_24_text_silences_the_warning(
    call: Callable[[], Any], message: str, category: type[Warning]
) -> None:
    with pytest.warns(category, match=message):
        call()
    with silenced_as_downstream(message, category):
        call()


def test_the_1_14_start_document_warning_text_is_importable_and_used() -> None:
    def failing_callback(name: str, doc: Any) -> None:
        raise ValueError("twice")

    router = event_model.RunRouter([lambda name, doc: ([failing_callback], [])])
    with pytest.warns(UserWarning) as caught, pytest.raises(ValueError, match="twice"):
        router("start", {"uid": "run", "time": 1.0})
    expected = event_model.DOCS_PASSED_IN_1_14_0_WARNING.format(
        callback=failing_callback, name="start", err=ValueError("twice")
    )
    assert [str(warning.message) for warning in caught] == [expected]
