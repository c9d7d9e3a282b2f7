"""Generate the parity cases: valid, unusual and malformed inputs for every public call.

Every case is plain data (dicts, lists, tuples, numbers, strings and numpy values) so
that it pickles into both interpreters. A seeded ``random.Random`` draws them, so a
seed always gives the same cases and a difference can be replayed. The families:
page functions, sanitize_doc and NumpyEncoder, composition programs (the bundle
methods and the module-level keyword forms, with ``validate`` on and off, wrong keys,
ragged pages, numpy values and composing after the stop), schema validators,
DocumentRouter variants, SingleRunDocumentRouter, RunRouter and Filler over real runs.
"""

from __future__ import annotations

import copy
import json
import random
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy
from router_variants import VARIANTS

CORPUS = Path(__file__).resolve().parent.parent / "data"
KEYS = ("det", "motor", "img", "x")
DESCRIPTORS = ("d-one", "d-two", "d-three")
RESOURCES = ("r-one", "r-two")


def corpus_runs() -> dict[str, list[list[Any]]]:
    """The real runs of tests/data, as lists of [name, doc]."""
    return {
        path.stem: [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
        for path in sorted(CORPUS.glob("*.jsonl"))
    }


class CaseMaker:
    """Draws cases from one seeded random generator."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.runs = corpus_runs()
        self.counter = 0

    # ---- values ----------------------------------------------------------------------

    def scalar(self) -> Any:
        """A value an event may carry for one data key."""
        pick = self.rng.randrange(10)
        if pick == 0:
            return self.rng.randrange(-5, 100)
        if pick == 1:
            return "text-" + str(self.rng.randrange(9))
        if pick == 2:
            return numpy.float64(self.rng.random())
        if pick == 3:
            return numpy.arange(self.rng.randrange(0, 4), dtype=self.rng.choice(["int64", "float32"]))
        if pick == 4:
            return [self.rng.random() for _ in range(self.rng.randrange(3))]
        if pick == 5:
            return None
        if pick == 6:
            return bool(self.rng.randrange(2))
        if pick == 7:
            return numpy.int32(self.rng.randrange(50))
        return round(self.rng.random() * 10, 3)

    def odd(self) -> Any:
        """A value of a kind no document field should hold."""
        return self.rng.choice([None, 7, "text", [1, 2], (1,), {"k": 1}, {1: "int key"}, 2.5, numpy.arange(2),
                                True])

    def keys(self) -> list[str]:
        return self.rng.sample(KEYS, self.rng.randrange(0, 4))

    # ---- events and pages -----------------------------------------------------------------

    def event(self, descriptor: str, keys: list[str], seq_num: int, filled: bool) -> dict[str, Any]:
        """A well-formed event (its field order drawn at random)."""
        fields: dict[str, Any] = {
            "descriptor": descriptor,
            "uid": f"e-{self.rng.randrange(10**6)}",
            "time": 1000.0 + seq_num,
            "seq_num": seq_num,
            "data": {key: self.scalar() for key in keys},
            "timestamps": {key: 1000.5 + seq_num for key in keys},
        }
        if filled:
            fields["filled"] = {key: self.rng.choice([True, False, "datum-1"]) for key in keys[:1]}
        order = list(fields)
        if self.rng.randrange(3) == 0:
            self.rng.shuffle(order)
        return {field: fields[field] for field in order}

    def spoil(self, document: dict[str, Any], fields: tuple[str, ...]) -> None:
        """Damage one field of a document: delete it, change its type or its keys."""
        field = self.rng.choice(fields)
        pick = self.rng.randrange(5)
        if pick == 0:
            document.pop(field, None)
        elif pick == 1:
            document[field] = self.odd()
        elif pick == 2 and isinstance(document.get(field), dict):
            inner = document[field]
            if inner and self.rng.randrange(2):
                inner.pop(next(iter(inner)))
            else:
                inner["extra"] = self.scalar()
        elif pick == 3 and isinstance(document.get(field), list):
            column = document[field]
            if column and self.rng.randrange(2):
                column.pop()
            else:
                column.append(self.scalar())
        else:
            document[f"unknown_{field}"] = self.scalar()

    def events(self) -> list[Any]:
        """Events to pack: one descriptor or several, keys equal or not, some spoiled."""
        count = self.rng.choice([0, 1, 1, 2, 3, 5])
        keys = self.keys()
        mixed_descriptors = self.rng.randrange(4) == 0
        uneven_keys = self.rng.randrange(4) == 0
        filled = self.rng.randrange(2) == 0
        events: list[Any] = []
        for seq in range(1, count + 1):
            descriptor = self.rng.choice(DESCRIPTORS) if mixed_descriptors else DESCRIPTORS[0]
            event = self.event(descriptor, self.keys() if uneven_keys else keys, seq,
                               filled and self.rng.randrange(3) > 0)
            if self.rng.randrange(8) == 0:
                self.spoil(event, ("data", "timestamps", "uid", "time", "seq_num", "filled", "descriptor"))
            events.append(event)
        if events and self.rng.randrange(20) == 0:
            events[self.rng.randrange(len(events))] = self.odd()
        return events

    def event_page(self, descriptor: str | None = None, rows: int | None = None) -> dict[str, Any]:
        """A well-formed event page, its columns lists, tuples or numpy arrays."""
        rows = self.rng.choice([0, 1, 2, 3, 6]) if rows is None else rows
        keys = self.keys()
        column: Callable[[list[Any]], Any] = list
        pick = self.rng.randrange(8)
        if pick == 0:
            column = tuple
        elif pick == 1:
            column = numpy.array
        page: dict[str, Any] = {
            "descriptor": descriptor or DESCRIPTORS[0],
            "uid": column([f"e-{self.rng.randrange(10**6)}" for _ in range(rows)]),
            "time": column([1000.0 + row for row in range(rows)]),
            "seq_num": column(list(range(1, rows + 1))),
            "data": {key: column([self.rng.random() for _ in range(rows)]) for key in keys},
            "timestamps": {key: column([1000.5 + row for row in range(rows)]) for key in keys},
        }
        if self.rng.randrange(3):
            page["filled"] = {key: column([True] * rows) for key in keys[:1]}
        order = list(page)
        if self.rng.randrange(4) == 0:
            self.rng.shuffle(order)
        return {field: page[field] for field in order}

    def spoiled_event_page(self, descriptor: str | None = None) -> Any:
        page = self.event_page(descriptor)
        for _ in range(self.rng.choice([0, 0, 1, 2])):
            self.spoil(page, ("data", "timestamps", "uid", "time", "seq_num", "filled", "descriptor"))
        if self.rng.randrange(6) == 0:
            for group in ("data", "timestamps"):
                if isinstance(page.get(group), dict) and page[group]:
                    key = next(iter(page[group]))
                    if isinstance(page[group][key], (list, tuple, numpy.ndarray)):
                        page[group][key] = list(page[group][key])[:-1] or [self.scalar()]
        if self.rng.randrange(12) == 0:
            return self.odd()
        return page

    def datum(self, resource: str, index: int) -> dict[str, Any]:
        keys = self.rng.sample(("index", "point_number", "frame"), self.rng.randrange(0, 3))
        fields = {
            "resource": resource,
            "datum_id": f"{resource}/{index}",
            "datum_kwargs": {key: self.rng.choice([index, self.scalar()]) for key in keys},
        }
        order = list(fields)
        if self.rng.randrange(3) == 0:
            self.rng.shuffle(order)
        return {field: fields[field] for field in order}

    def datums(self) -> list[Any]:
        count = self.rng.choice([0, 1, 2, 3, 5])
        mixed = self.rng.randrange(4) == 0
        result: list[Any] = [self.datum(self.rng.choice(RESOURCES) if mixed else RESOURCES[0], index)
                             for index in range(count)]
        for datum in result:
            if self.rng.randrange(8) == 0:
                self.spoil(datum, ("resource", "datum_id", "datum_kwargs"))
        return result

    def datum_page(self, resource: str | None = None) -> Any:
        rows = self.rng.choice([0, 1, 2, 4])
        keys = self.rng.sample(("index", "point_number", "frame"), self.rng.randrange(0, 3))
        column: Callable[[list[Any]], Any] = self.rng.choice([list, list, list, tuple, numpy.array])
        page: dict[str, Any] = {
            "resource": resource or RESOURCES[0],
            "datum_id": column([f"{resource or RESOURCES[0]}/{row}" for row in range(rows)]),
            "datum_kwargs": {key: column(list(range(rows))) for key in keys},
        }
        if self.rng.randrange(5) == 0:
            self.spoil(page, ("resource", "datum_id", "datum_kwargs"))
        if self.rng.randrange(15) == 0:
            return self.odd()
        return page

    # ---- families ---------------------------------------------------------------------------

    def page_cases(self) -> Iterator[dict[str, Any]]:
        """One case of each page function."""
        rng = self.rng
        yield call("pack_event_page", self.events())
        page = self.spoiled_event_page()
        yield call("unpack_event_page", [page])
        yield call("pack_datum_page", self.datums())
        yield call("unpack_datum_page", [self.datum_page()])
        mixed = rng.randrange(4) == 0
        pages = [self.spoiled_event_page(rng.choice(DESCRIPTORS) if mixed else None)
                 for _ in range(rng.choice([0, 1, 2, 3]))]
        yield call("merge_event_pages", [pages])
        datum_pages = [self.datum_page(rng.choice(RESOURCES) if mixed else None)
                       for _ in range(rng.choice([0, 1, 2, 3]))]
        yield call("merge_datum_pages", [datum_pages])
        chunk = rng.choice([-1, 0, 1, 1, 2, 3, 4, 7, 100])
        regular = [self.event_page(rows=rng.choice([0, 1, 3, 5, 10]))
                   for _ in range(rng.choice([0, 1, 2, 4]))]
        same_keys = [self._like(regular[0], page) for page in regular] if regular else []
        yield call("rechunk_event_pages", [rng.choice([same_keys, pages]), chunk])
        yield call("rechunk_datum_pages", [datum_pages, chunk])
        bulk: dict[str, Any] = {stream: self.events() for stream in rng.sample(("primary", "baseline"), 2)}
        yield call("bulk_events_to_event_pages", [bulk])
        rows = rng.randrange(4)
        bulk_datum: dict[str, Any] = {
            "resource": RESOURCES[0],
            "datum_ids": [f"{RESOURCES[0]}/{row}" for row in range(rows)],
            "datum_kwarg_list": [{"index": row} for row in range(rows)],
        }
        if rng.randrange(4) == 0:
            self.spoil(bulk_datum, ("resource", "datum_ids", "datum_kwarg_list"))
        yield call("bulk_datum_to_datum_page", [bulk_datum])
        filled_page = self.event_page()
        if rng.randrange(3) == 0 and "filled" in filled_page:
            for key in filled_page["filled"]:
                filled_page["filled"][key] = [rng.choice([True, False, "d/1", 0]) for _ in filled_page["uid"]]
        yield call("verify_filled", [rng.choice([filled_page, page])])

    def _like(self, first: dict[str, Any], page: dict[str, Any]) -> dict[str, Any]:
        """``page`` with the data keys of ``first``, so that pages can be joined."""
        rows = len(page["uid"])
        result = copy.deepcopy(page)
        result["descriptor"] = first["descriptor"]
        result["data"] = {key: [float(row) for row in range(rows)] for key in first["data"]}
        result["timestamps"] = {key: [1.0 + row for row in range(rows)] for key in first["data"]}
        if "filled" in first:
            result["filled"] = {key: [False] * rows for key in first["filled"]}
        else:
            result.pop("filled", None)
        return result

    def sanitize_cases(self) -> Iterator[dict[str, Any]]:
        """sanitize_doc and NumpyEncoder on documents holding numpy and odd values."""
        rng = self.rng
        _, doc = rng.choice(rng.choice(list(self.runs.values())))
        doc = copy.deepcopy(doc)
        doc["numpy_extra"] = {
            "array": numpy.arange(rng.randrange(5)).reshape(-1, 1),
            "scalar": numpy.float32(rng.random()),
            "bool": numpy.bool_(rng.randrange(2)),
            "nested": [numpy.int16(3), (1, 2), {"deep": numpy.zeros((2, 2))}],
            "text": numpy.str_("numpy text"),
        }
        if rng.randrange(5) == 0:
            doc["odd"] = rng.choice([{1, 2}, complex(1, 2), b"bytes", float("nan"), {3: "int key"}])
        yield call("sanitize_doc", [doc])
        yield {"op": "numpy_json", "value": doc}

    def validation_cases(self) -> Iterator[dict[str, Any]]:
        """A real document, possibly damaged, checked by its schema validator."""
        rng = self.rng
        name, doc = rng.choice(rng.choice(list(self.runs.values())))
        doc = copy.deepcopy(doc)
        for _ in range(rng.choice([0, 1, 1, 2])):
            if not doc:
                break
            field = rng.choice(list(doc))
            pick = rng.randrange(4)
            if pick == 0:
                del doc[field]
            elif pick == 1:
                doc[field] = self.odd()
            elif pick == 2:
                doc["not_a_field"] = self.scalar()
            elif isinstance(doc[field], dict) and doc[field]:
                inner = rng.choice(list(doc[field]))
                doc[field][inner] = self.odd()
        yield {"op": "validate", "name": name, "document": doc}

    def router_cases(self) -> Iterator[dict[str, Any]]:
        """A real run, perhaps paged, perhaps damaged, through routers and a filler."""
        rng = self.rng
        documents = copy.deepcopy(rng.choice(list(self.runs.values())))
        if rng.randrange(2):
            documents = self._paged(documents)
        if rng.randrange(4) == 0 and len(documents) > 2:
            documents.insert(rng.randrange(len(documents)), rng.choice(
                [["nonsense", {}], ["event", {"descriptor": "unknown"}], ["bulk_events", {}],
                 ["datum_page", {"resource": "r", "datum_id": ["r/0"], "datum_kwargs": {}}]]))
        variant = rng.choice(sorted(VARIANTS))
        yield {"op": "route", "variant": variant, "documents": documents, "validate": rng.randrange(3) == 0}
        yield {"op": "single_run", "documents": documents}
        if rng.randrange(3) == 0:
            other = copy.deepcopy(rng.choice(list(self.runs.values())))
            documents = _interleave(documents, other, rng)
        yield {"op": "run_router", "documents": documents,
               "factory": rng.choice(["both", "both", "callbacks-only", "sub-only", "none"])}
        specs = rng.choice([["NPY_SEQ", "AD_HDF5"], ["NPY_SEQ"], []])
        options = {key: value for key, value in (
            ("inplace", rng.choice([True, False, None])),
            ("coerce", rng.choice(["as_is", "force_numpy"])),
            ("include", rng.choice([None, None, ["img"]])),
        ) if value is not None}
        yield {"op": "fill", "documents": documents, "specs": specs, "options": options}

    def _paged(self, documents: list[list[Any]]) -> list[list[Any]]:
        """The run with its events and datum packed into one-row pages (built here by hand)."""
        result = []
        for name, doc in documents:
            if name == "event":
                page = {"descriptor": doc["descriptor"], "uid": [doc["uid"]], "time": [doc["time"]],
                        "seq_num": [doc["seq_num"]],
                        "data": {key: [value] for key, value in doc["data"].items()},
                        "timestamps": {key: [value] for key, value in doc["timestamps"].items()},
                        "filled": {key: [value] for key, value in doc.get("filled", {}).items()}}
                result.append(["event_page", page])
            elif name == "datum":
                page = {"resource": doc["resource"], "datum_id": [doc["datum_id"]],
                        "datum_kwargs": {key: [value] for key, value in doc["datum_kwargs"].items()}}
                result.append(["datum_page", page])
            else:
                result.append([name, doc])
        return result

    def case_stream(self) -> Iterator[dict[str, Any]]:
        """Cases forever, in a fixed mix of families."""
        from composition_cases import composition_cases

        while True:
            yield from self.page_cases()
            yield from composition_cases(self)
            yield from self.validation_cases()
            if self.rng.randrange(4) == 0:
                yield from self.sanitize_cases()
            if self.rng.randrange(8) == 0:
                yield from self.router_cases()


def _interleave(first: list[Any], second: list[Any], rng: random.Random) -> list[Any]:
    """Two runs' documents merged in a random order that keeps each run's own order."""
    merged, left, right = [], list(first), list(second)
    while left or right:
        source = left if left and (not right or rng.randrange(2)) else right
        merged.append(source.pop(0))
    return merged


def call(function: str, args: list[Any], kwargs: dict[str, Any] | None = None) -> dict[str, Any]:
    """A case calling ``event_model.<function>(*args, **kwargs)``."""
    return {"op": "call", "function": function, "args": (args, kwargs or {})}


def make_cases(count: int, seed: int) -> list[dict[str, Any]]:
    """At least ``count`` cases drawn with ``seed``, each with a unique id."""
    maker = CaseMaker(seed)
    cases = []
    for index, case in enumerate(maker.case_stream()):
        if index >= count:
            break
        kind = case.get("function") or case["op"]
        case["id"] = f"{seed}-{index}-{kind}"
        cases.append(case)
    return cases
