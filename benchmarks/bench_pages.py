"""Benchmarks of page conversion and sanitize_doc, run on ours and on event-model 1.24.0.

Each case packs, unpacks, merges or re-chunks the 3 000 events of the benchmark run,
or sanitizes documents holding numpy values; ``units`` are events (rows), except for
the large-array case where they are documents.
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import Any

import numpy

Corpus = list[tuple[str, dict[str, Any]]]
Case = tuple[Callable[[], Any], int]

SMALL_PAGE = 7
LARGE_PAGE = 100


def _events(corpus: Corpus) -> list[dict[str, Any]]:
    """The event documents of the benchmark run, in order."""
    return [doc for name, doc in corpus if name == "event"]


def _small_pages(em: ModuleType, corpus: Corpus) -> list[dict[str, Any]]:
    """The run's events packed into pages of SMALL_PAGE rows."""
    events = _events(corpus)
    return [
        em.pack_event_page(*events[start : start + SMALL_PAGE]) for start in range(0, len(events), SMALL_PAGE)
    ]


def _datum(corpus: Corpus) -> list[dict[str, Any]]:
    """One datum per event of the run, all of one resource."""
    return [
        {"resource": "r", "datum_id": f"r/{index}", "datum_kwargs": {"point_number": index, "frame": 0}}
        for index, _ in enumerate(_events(corpus))
    ]


def bench_pack_event_page(em: ModuleType, corpus: Corpus) -> Case:
    """pack_event_page: 3 000 events into one page"""
    events = _events(corpus)
    return (lambda: em.pack_event_page(*events)), len(events)


def bench_pack_event_page_single(em: ModuleType, corpus: Corpus) -> Case:
    """pack_event_page: each event into its own page (DocumentRouter's fallback)"""
    events = _events(corpus)
    pack = em.pack_event_page
    return (lambda: [pack(event) for event in events]), len(events)


def bench_unpack_event_page(em: ModuleType, corpus: Corpus) -> Case:
    """unpack_event_page: one 3 000-row page into events"""
    events = _events(corpus)
    page = em.pack_event_page(*events)
    return (lambda: list(em.unpack_event_page(page))), len(events)


def bench_unpack_event_page_single(em: ModuleType, corpus: Corpus) -> Case:
    """unpack_event_page: 3 000 one-row pages into events"""
    pages = [em.pack_event_page(event) for event in _events(corpus)]
    unpack = em.unpack_event_page
    return (lambda: [list(unpack(page)) for page in pages]), len(pages)


def bench_rechunk_event_pages(em: ModuleType, corpus: Corpus) -> Case:
    """rechunk_event_pages: 7-row pages into 100-row pages"""
    pages = _small_pages(em, corpus)
    rows = sum(len(page["uid"]) for page in pages)
    return (lambda: list(em.rechunk_event_pages(pages, LARGE_PAGE))), rows


def bench_rechunk_event_pages_smaller(em: ModuleType, corpus: Corpus) -> Case:
    """rechunk_event_pages: 100-row pages into 7-row pages"""
    large = list(em.rechunk_event_pages(_small_pages(em, corpus), LARGE_PAGE))
    rows = sum(len(page["uid"]) for page in large)
    return (lambda: list(em.rechunk_event_pages(large, SMALL_PAGE))), rows


def bench_merge_event_pages(em: ModuleType, corpus: Corpus) -> Case:
    """merge_event_pages: 7-row pages into one page"""
    pages = _small_pages(em, corpus)
    rows = sum(len(page["uid"]) for page in pages)
    return (lambda: em.merge_event_pages(pages)), rows


def bench_pack_datum_page(em: ModuleType, corpus: Corpus) -> Case:
    """pack_datum_page: 3 000 datum into one page"""
    datum = _datum(corpus)
    return (lambda: em.pack_datum_page(*datum)), len(datum)


def bench_unpack_datum_page(em: ModuleType, corpus: Corpus) -> Case:
    """unpack_datum_page: one 3 000-row page into datum"""
    datum = _datum(corpus)
    page = em.pack_datum_page(*datum)
    return (lambda: list(em.unpack_datum_page(page))), len(datum)


def bench_sanitize_doc_large_array(em: ModuleType, corpus: Corpus) -> Case:
    """sanitize_doc: an event holding a 1 000 x 1 000 float array"""
    event = dict(_events(corpus)[0])
    event["data"] = {"image": numpy.random.default_rng(0).random((1000, 1000))}
    return (lambda: em.sanitize_doc(event)), 1


def bench_sanitize_doc_numpy_scalars(em: ModuleType, corpus: Corpus) -> Case:
    """sanitize_doc: 3 000 events whose readings are numpy scalars"""
    events = []
    for event in _events(corpus):
        numpy_event = dict(event)
        numpy_event["data"] = {key: numpy.float64(value) for key, value in event["data"].items()}
        numpy_event["seq_num"] = numpy.int64(event["seq_num"])
        events.append(numpy_event)
    sanitize = em.sanitize_doc
    return (lambda: [sanitize(event) for event in events]), len(events)
