"""Benchmarks of schema validation, run on ours and on event-model 1.24.0.

Every case calls ``em.schema_validators[name].validate(doc)`` on documents of the
benchmark run: its events, its descriptor, its start document, its 3 000 events
packed into one event page (packed here in plain Python, not with either
package's pack function), the same page with numpy columns, and invalid
documents (the time it takes to produce the error). ``units`` are documents,
or rows for the pages.
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import Any

import jsonschema
import numpy

Corpus = list[tuple[str, dict[str, Any]]]
Case = tuple[Callable[[], Any], int]


def _first(corpus: Corpus, name: str) -> dict[str, Any]:
    """The first document of the given name in the benchmark run."""
    return next(doc for doc_name, doc in corpus if doc_name == name)


def _events(corpus: Corpus) -> list[dict[str, Any]]:
    """The event documents of the benchmark run, in order."""
    return [doc for name, doc in corpus if name == "event"]


def _page_of(events: list[dict[str, Any]]) -> dict[str, Any]:
    """Pack events of one descriptor into one event page, column by column."""
    keys = list(events[0]["data"])
    return {
        "descriptor": events[0]["descriptor"],
        "uid": [event["uid"] for event in events],
        "seq_num": [event["seq_num"] for event in events],
        "time": [event["time"] for event in events],
        "data": {key: [event["data"][key] for event in events] for key in keys},
        "timestamps": {key: [event["timestamps"][key] for event in events] for key in keys},
        "filled": {},
    }


def _expect_error(validate: Callable[[Any], None], document: Any) -> Callable[[], None]:
    """A function that validates an invalid document and insists on the error."""

    def produce_error() -> None:
        try:
            validate(document)
        except jsonschema.exceptions.ValidationError:
            return
        raise AssertionError("the invalid document was accepted")

    return produce_error


def bench_validate_events(em: ModuleType, corpus: Corpus) -> Case:
    """validate: 3 000 events, one by one"""
    events = _events(corpus)
    validate = em.schema_validators[em.DocumentNames.event].validate

    def run() -> None:
        for event in events:
            validate(event)

    return run, len(events)


def bench_validate_descriptor(em: ModuleType, corpus: Corpus) -> Case:
    """validate: the event descriptor"""
    descriptor = _first(corpus, "descriptor")
    validate = em.schema_validators[em.DocumentNames.descriptor].validate
    return (lambda: validate(descriptor)), 1


def bench_validate_start(em: ModuleType, corpus: Corpus) -> Case:
    """validate: the run start document"""
    start = _first(corpus, "start")
    validate = em.schema_validators[em.DocumentNames.start].validate
    return (lambda: validate(start)), 1


def bench_validate_event_page(em: ModuleType, corpus: Corpus) -> Case:
    """validate: one 3 000-row event page (rows/s)"""
    events = _events(corpus)
    page = _page_of(events)
    validate = em.schema_validators[em.DocumentNames.event_page].validate
    return (lambda: validate(page)), len(events)


def bench_validate_event_page_numpy(em: ModuleType, corpus: Corpus) -> Case:
    """validate: one 3 000-row event page with numpy columns (rows/s)"""
    events = _events(corpus)
    page = _page_of(events)
    page["time"] = numpy.asarray(page["time"])
    page["data"] = {key: numpy.asarray(column) for key, column in page["data"].items()}
    page["timestamps"] = {key: numpy.asarray(column) for key, column in page["timestamps"].items()}
    validate = em.schema_validators[em.DocumentNames.event_page].validate
    return (lambda: validate(page)), len(events)


def bench_validate_invalid_event(em: ModuleType, corpus: Corpus) -> Case:
    """validate: an event with a string seq_num, until the error is raised"""
    event = dict(_events(corpus)[0], seq_num="one")
    validate = em.schema_validators[em.DocumentNames.event].validate
    return _expect_error(validate, event), 1


def bench_validate_invalid_descriptor(em: ModuleType, corpus: Corpus) -> Case:
    """validate: a descriptor with an unknown dtype, until the error is raised"""
    descriptor = _first(corpus, "descriptor")
    key = next(iter(descriptor["data_keys"]))
    data_keys = dict(descriptor["data_keys"])
    data_keys[key] = dict(data_keys[key], dtype="float64")
    invalid = dict(descriptor, data_keys=data_keys)
    validate = em.schema_validators[em.DocumentNames.descriptor].validate
    return _expect_error(validate, invalid), 1
