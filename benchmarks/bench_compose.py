"""Composition: events (with and without schema validation), descriptors and event pages.

Every case builds its run through ``em.compose_run`` so that the same code times
this project and event-model 1.24.0. The corpus gives a realistic descriptor
(three detectors, with configuration and hints) and its events.
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import Any

Corpus = list[tuple[str, dict[str, Any]]]

EVENTS_PER_CALL = 1_000
DESCRIPTORS_PER_CALL = 100
PAGE_ROWS = 1_000


def _first(corpus: Corpus, name: str) -> dict[str, Any]:
    """The first document called ``name``."""
    return next(doc for doc_name, doc in corpus if doc_name == name)


def _descriptor_fields(corpus: Corpus) -> dict[str, Any]:
    """The arguments that recompose the corpus's descriptor."""
    descriptor = _first(corpus, "descriptor")
    fields = ("name", "data_keys", "configuration", "hints", "object_keys")
    return {field: descriptor[field] for field in fields}


def _event_composer(em: ModuleType, corpus: Corpus, validate: bool) -> tuple[Callable[[], None], int]:
    """Compose EVENTS_PER_CALL events of the corpus's stream per call."""
    run = em.compose_run()
    compose_event = run.compose_descriptor(**_descriptor_fields(corpus)).compose_event
    event = _first(corpus, "event")
    data, timestamps = event["data"], event["timestamps"]
    calls = range(EVENTS_PER_CALL)

    def compose() -> None:
        for _ in calls:
            compose_event(data=data, timestamps=timestamps, validate=validate)

    return compose, EVENTS_PER_CALL


def bench_compose_event_validated(em: ModuleType, corpus: Corpus) -> tuple[Callable[[], None], int]:
    """compose_event, validated (3-detector event), events/s"""
    return _event_composer(em, corpus, validate=True)


def bench_compose_event_unvalidated(em: ModuleType, corpus: Corpus) -> tuple[Callable[[], None], int]:
    """compose_event, validate=False (3-detector event), events/s"""
    return _event_composer(em, corpus, validate=False)


def bench_compose_descriptor(em: ModuleType, corpus: Corpus) -> tuple[Callable[[], None], int]:
    """compose_descriptor, validated (3 detectors with configuration), descriptors/s"""
    run = em.compose_run()
    fields = _descriptor_fields(corpus)
    compose_descriptor = run.compose_descriptor
    calls = range(DESCRIPTORS_PER_CALL)

    def compose() -> None:
        for _ in calls:
            compose_descriptor(**fields)

    return compose, DESCRIPTORS_PER_CALL


def bench_compose_event_page(em: ModuleType, corpus: Corpus) -> tuple[Callable[[], None], int]:
    """compose_event_page, validated (1 000 rows, 3 detectors), rows/s"""
    run = em.compose_run()
    compose_event_page = run.compose_descriptor(**_descriptor_fields(corpus)).compose_event_page
    events = [doc for name, doc in corpus if name == "event"][:PAGE_ROWS]
    if len(events) < PAGE_ROWS:
        raise NotImplementedError(f"the corpus has only {len(events)} events")
    keys = list(events[0]["data"])
    data = {key: [event["data"][key] for event in events] for key in keys}
    timestamps = {key: [event["timestamps"][key] for event in events] for key in keys}

    def compose() -> None:
        compose_event_page(data=data, timestamps=timestamps)

    return compose, PAGE_ROWS
