"""A document that refers to one not seen raises an error catchable as 1.24 allowed.

event-model 1.24 raised a bare KeyError in these places, and UnresolvableForeignKeyError
(a ValueError) in others; callers may catch either, so the error is both.
"""

from __future__ import annotations

import pytest
from event_model import Filler, RunRouter, SingleRunDocumentRouter
from event_model.errors import UnknownDocumentReference, UnresolvableForeignKeyError

EVENT = {
    "uid": "e1",
    "descriptor": "never-sent",
    "seq_num": 1,
    "time": 0.0,
    "data": {"x": 1},
    "timestamps": {"x": 0.0},
    "filled": {},
}


@pytest.mark.parametrize("caught", [KeyError, UnresolvableForeignKeyError, ValueError])
def test_run_router_unknown_descriptor(caught: type[Exception]) -> None:
    router = RunRouter([lambda name, doc: ([], [])])
    with pytest.raises(caught) as info:
        router("event", dict(EVENT))
    assert isinstance(info.value, UnknownDocumentReference)
    assert info.value.key == "never-sent"
    assert "never-sent" in str(info.value)


@pytest.mark.parametrize("caught", [KeyError, UnresolvableForeignKeyError])
def test_filler_unknown_descriptor(caught: type[Exception]) -> None:
    with Filler({}, inplace=False) as filler, pytest.raises(caught) as info:
        filler("event", dict(EVENT))
    assert info.value.key == "never-sent"  # type: ignore[attr-defined]


@pytest.mark.parametrize("caught", [KeyError, UnresolvableForeignKeyError])
def test_single_run_router_unknown_descriptor(caught: type[Exception]) -> None:
    router = SingleRunDocumentRouter()
    router("start", {"uid": "run", "time": 0.0})
    with pytest.raises(caught) as info:
        router.get_descriptor(EVENT)
    assert "never-sent" in str(info.value)
