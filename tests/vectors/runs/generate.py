"""Write the run vectors of this folder: the cases below, with the findings Python's RunValidator gives.

Run ``python tests/vectors/runs/generate.py`` after changing a case (or the validator, on
purpose), read the diff of the JSON files, and commit both. ``tests/test_run_vectors.py``
checks that the Python validator still gives exactly the stored findings; the TypeScript
tests check that the TypeScript one does. Only the cases are written here; the expected
findings are the validator's, reviewed in the diff.
"""

from __future__ import annotations

import copy
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from event_model.run_validator import RunValidator

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[1] / "data"

Run = list[list[Any]]


def _uid(tag: str) -> str:
    return f"{tag}-0000-4000-8000-000000000000"


START = {"uid": _uid("start"), "time": 1.0, "scan_id": 1}


def descriptor(
    name: str = "primary", uid: str = "desc", data_keys: dict[str, Any] | None = None
) -> dict[str, Any]:
    if data_keys is None:
        data_keys = {"det": {"source": "SIM:det", "dtype": "number", "shape": []}}
    return {"uid": _uid(uid), "time": 1.1, "run_start": _uid("start"), "name": name, "data_keys": data_keys}


def event(
    seq_num: int, data: dict[str, Any] | None = None, desc: str = "desc", **extra: Any
) -> dict[str, Any]:
    data = {"det": float(seq_num)} if data is None else data
    return {
        "uid": _uid(f"ev{desc}{seq_num}"),
        "time": 2.0 + seq_num,
        "descriptor": _uid(desc),
        "seq_num": seq_num,
        "data": data,
        "timestamps": dict.fromkeys(data, 2.0),
        **extra,
    }


def page(seq_nums: list[int], data: dict[str, list[Any]], desc: str = "desc") -> dict[str, Any]:
    return {
        "uid": [_uid(f"pg{desc}{n}") for n in seq_nums],
        "time": [2.0 + n for n in seq_nums],
        "descriptor": _uid(desc),
        "seq_num": seq_nums,
        "data": data,
        "timestamps": {key: [2.0] * len(column) for key, column in data.items()},
        "filled": {},
    }


def stop(num_events: dict[str, int] | None = None, **extra: Any) -> dict[str, Any]:
    return {
        "uid": _uid("stop"),
        "time": 9.0,
        "run_start": _uid("start"),
        "exit_status": "success",
        "num_events": {"primary": 2} if num_events is None else num_events,
        **extra,
    }


def resource(uid: str = "res") -> dict[str, Any]:
    return {
        "uid": _uid(uid),
        "run_start": _uid("start"),
        "spec": "AD_HDF5",
        "root": "/",
        "resource_path": "data/a.h5",
        "resource_kwargs": {},
        "path_semantics": "posix",
    }


def datum(n: int, res: str = "res") -> dict[str, Any]:
    return {"datum_id": f"{_uid(res)}/{n}", "resource": _uid(res), "datum_kwargs": {"point": n}}


def stream_resource(uid: str = "sres", data_key: Any = "img") -> dict[str, Any]:
    return {
        "uid": _uid(uid),
        "run_start": _uid("start"),
        "data_key": data_key,
        "mimetype": "application/x-hdf5",
        "uri": "file://localhost/data/b.h5",
        "parameters": {},
    }


def stream_datum(
    n: int, sres: str = "sres", desc: str = "sdesc", seq: tuple[int, int] | None = None
) -> dict[str, Any]:
    start, stop_ = seq if seq is not None else (n, n + 1)
    return {
        "uid": _uid(f"sd{n}"),
        "stream_resource": _uid(sres),
        "descriptor": _uid(desc),
        "indices": {"start": n - 1, "stop": n},
        "seq_nums": {"start": start, "stop": stop_},
    }


def clean() -> Run:
    """A small valid run: start, descriptor, two events, stop."""
    return [
        ["start", START],
        ["descriptor", descriptor()],
        ["event", event(1)],
        ["event", event(2)],
        ["stop", stop()],
    ]


def second_run() -> Run:
    """Another small valid run, with uids of its own."""
    start = {**START, "uid": _uid("start2")}
    desc = {**descriptor(uid="desc2"), "run_start": start["uid"]}
    return [
        ["start", start],
        ["descriptor", desc],
        ["event", event(1, desc="desc2")],
        ["stop", {**stop({"primary": 1}), "uid": _uid("stop2"), "run_start": start["uid"]}],
    ]


def edited(change: Callable[[Run], None]) -> Run:
    run = copy.deepcopy(clean())
    change(run)
    return run


def _set(position: int, key: str, value: Any) -> Callable[[Run], None]:
    def change(run: Run) -> None:
        run[position][1][key] = value

    return change


STREAM_KEYS = {
    "img": {"source": "SIM:img", "dtype": "array", "shape": [None, 4, 4], "external": "STREAM:"},
}

SHAPED_KEYS = {
    "det": {"source": "SIM:det", "dtype": "number", "shape": []},
    "spectrum": {"source": "SIM:s", "dtype": "array", "shape": [3], "dtype_numpy": "<f8"},
    "image": {"source": "SIM:i", "dtype": "array", "shape": [2, None], "dtype_numpy": "<i4"},
    "label": {"source": "SIM:l", "dtype": "string", "shape": []},
    "count": {"source": "SIM:c", "dtype": "integer", "shape": []},
    "flag": {"source": "SIM:f", "dtype": "boolean", "shape": []},
}

EXTERNAL_KEYS = {
    "det": {"source": "SIM:det", "dtype": "number", "shape": []},
    "frame": {"source": "SIM:frame", "dtype": "array", "shape": [2], "external": "FILESTORE:"},
}


def shaped(data: dict[str, Any]) -> Run:
    """A run of one event of SHAPED_KEYS, with readings *data* over valid ones."""
    readings = {
        "det": 1.0,
        "spectrum": [1.0, 2.0, 3.0],
        "image": [[1], [2]],
        "label": "a",
        "count": 3,
        "flag": True,
    }
    readings.update(data)
    return [
        ["start", START],
        ["descriptor", descriptor(data_keys=SHAPED_KEYS)],
        ["event", event(1, readings)],
        ["stop", stop({"primary": 1})],
    ]


def external(value: Any, filled: Any) -> Run:
    """A run with a resource, a datum and one event of EXTERNAL_KEYS whose frame is *value*."""
    extra = {} if filled is None else {"filled": {"frame": filled}}
    return [
        ["start", START],
        ["descriptor", descriptor(data_keys=EXTERNAL_KEYS)],
        ["resource", resource()],
        ["datum", datum(1)],
        ["event", event(1, {"det": 1.0, "frame": value}, **extra)],
        ["stop", stop({"primary": 1})],
    ]


def streamed(*datums: dict[str, Any], data_key: Any = "img", num: int = 2) -> Run:
    """A run whose 'images' stream carries only stream datums."""
    return [
        ["start", START],
        ["descriptor", descriptor("images", "sdesc", STREAM_KEYS)],
        ["stream_resource", stream_resource(data_key=data_key)],
        *(["stream_datum", one] for one in datums),
        ["stop", stop({"images": num})],
    ]


CASES: dict[str, list[tuple[str, Run]]] = {
    "order.json": [
        ("a start, a descriptor, events and a stop have no findings", clean()),
        ("two runs one after the other have no findings", clean() + second_run()),
        (
            "documents before any start are one no-start finding",
            [
                ["descriptor", descriptor(uid="early")],
                ["event", event(1, desc="early")],
                *clean(),
            ],
        ),
        ("a run without a stop is a missing-stop warning at its start", clean()[:-1]),
        (
            "a start while a run is open is a missing-stop error",
            [*clean()[:-1], ["start", {**START, "uid": _uid("start2")}]],
        ),
        ("an event after the stop is after-stop", [*clean(), ["event", event(3)]]),
        ("a descriptor naming another run's start is wrong-run", edited(_set(1, "run_start", _uid("other")))),
        ("a misspelled name is unknown-name with a hint", edited(lambda run: run[2].__setitem__(0, "evnt"))),
        (
            "a name that is no document name at all is unknown-name",
            edited(lambda run: run[2].__setitem__(0, "reading")),
        ),
    ],
    "references.json": [
        (
            "an event naming an unseen descriptor is unknown-descriptor",
            edited(_set(2, "descriptor", _uid("nope"))),
        ),
        (
            "a page naming an unseen descriptor is unknown-descriptor",
            [
                *clean()[:2],
                ["event_page", {**page([1, 2], {"det": [1.0, 2.0]}), "descriptor": _uid("nope")}],
                ["stop", stop({"primary": 0})],
            ],
        ),
        (
            "a datum naming an unseen resource is unknown-resource",
            [*clean()[:2], ["resource", resource()], ["datum", datum(1, res="other")], *clean()[2:]],
        ),
        (
            "a datum page naming an unseen resource is unknown-resource",
            [
                *clean()[:2],
                [
                    "datum_page",
                    {"datum_id": ["x/1"], "resource": _uid("other"), "datum_kwargs": {"point": [1]}},
                ],
                *clean()[2:],
            ],
        ),
        (
            "stream datums of a known stream resource have no findings",
            streamed(stream_datum(1), stream_datum(2)),
        ),
        (
            "a stream datum naming an unseen stream resource is unknown-stream-resource",
            streamed(stream_datum(1, sres="other"), num=1),
        ),
        (
            "a stream datum naming an unseen descriptor is unknown-descriptor",
            streamed(stream_datum(1, desc="other"), num=0),
        ),
        (
            "a stream datum whose resource holds another key is stream-key",
            streamed(stream_datum(1), data_key="det", num=1),
        ),
        (
            "a stream datum of a stream resource whose data_key is a list is unchecked",
            streamed(
                stream_datum(1),
                data_key=["img"],
                num=1,
            ),
        ),
        (
            "a stream datum range that ends before it starts is stream-range",
            streamed(
                {**stream_datum(1), "indices": {"start": 3, "stop": 1}},
                num=1,
            ),
        ),
    ],
    "events.json": [
        ("a seq_num that skips ahead is seq-num-gap", edited(_set(3, "seq_num", 3))),
        (
            "a seq_num that goes back is a seq-num-rewind warning",
            [*clean()[:4], ["event", {**event(1), "uid": _uid("again")}], ["stop", stop({"primary": 1})]],
        ),
        (
            "an event without a data key of its descriptor is data-keys",
            edited(lambda run: run[2][1].update(data={}, timestamps={})),
        ),
        (
            "an event with a key its descriptor lacks is data-keys twice",
            edited(
                lambda run: run[2][1].update(
                    data={"det": 1.0, "extra": 2},
                    timestamps={"det": 1.0, "extra": 1.0},
                )
            ),
        ),
        ("filled naming a key not in data is data-keys", edited(_set(2, "filled", {"other": True}))),
        (
            "a string reading of a number key is data-type",
            edited(lambda run: run[2][1]["data"].update(det="high")),
        ),
        (
            "a timestamp that is a string is data-type",
            edited(lambda run: run[2][1]["timestamps"].update(det="now")),
        ),
        ("readings of the declared types and shapes have no findings", shaped({})),
        ("an array one item short is data-type at the array", shaped({"spectrum": [1.0, 2.0]})),
        ("a string inside a float array is data-type at the item", shaped({"spectrum": [1.0, "x", 3.0]})),
        ("a float in an integer array is data-type at the item", shaped({"image": [[1], [2.5]]})),
        ("a variable dimension takes any length", shaped({"image": [[1, 2, 3], []]})),
        (
            "a wrong outer length and a wrong item are two data-type findings",
            shaped({"image": [[1], ["a"], [3]]}),
        ),
        ("a scalar where an array is declared is data-type", shaped({"spectrum": 1.0})),
        ("a number for a boolean key is data-type", shaped({"flag": 1})),
        ("a boolean for a number key is data-type", shaped({"det": True})),
        ("a boolean for an integer key passes", shaped({"count": False})),
        ("a list for a string key is data-type", shaped({"label": ["a"]})),
        ("a fractional reading of an integer key is a float-in-integer-key warning", shaped({"count": 2.5})),
        ("a datum id for an unfilled external key passes", external("datum-1", False)),
        ("a reading for an unfilled external key is data-type", external([1.0, 2.0], False)),
        ("a filled external key holding a datum id is data-type", external("datum-1", True)),
        ("a filled external key of the wrong shape is data-type", external([1.0], True)),
        ("an external key not in filled may hold a datum id or a reading", external([1.0, 2.0], None)),
        ("an external key not in filled holding neither is data-type", external(7, None)),
        (
            "a stop counting other events than were sent is num-events",
            edited(lambda run: run[4][1].update(num_events={"primary": 3})),
        ),
        ("a stop leaving out a stream is num-events", edited(lambda run: run[4][1].update(num_events={}))),
        (
            "a stop counting a stream without descriptor is num-events",
            edited(lambda run: run[4][1].update(num_events={"primary": 2, "baseline": 1})),
        ),
        (
            "a descriptor reusing a stream name with other keys is stream-name-reuse",
            [
                *clean()[:4],
                [
                    "descriptor",
                    descriptor(
                        uid="desc2", data_keys={"other": {"source": "x", "dtype": "number", "shape": []}}
                    ),
                ],
                ["event", event(3, {"other": 1.0}, desc="desc2")],
                ["stop", stop({"primary": 3})],
            ],
        ),
        (
            "descriptors sharing a stream name continue its seq_num",
            [
                *clean()[:4],
                ["descriptor", descriptor(uid="desc2")],
                ["event", event(3, desc="desc2")],
                ["stop", stop({"primary": 3})],
            ],
        ),
        (
            "a negative length in a shape is unusable-data-key",
            edited(lambda run: run[1][1]["data_keys"]["det"].update(shape=[-1])),
        ),
        (
            "a shape that is not a list is one schema finding",
            edited(lambda run: run[1][1]["data_keys"]["det"].update(shape="3")),
        ),
        (
            "an unknown dtype is one schema finding",
            edited(lambda run: run[1][1]["data_keys"]["det"].update(dtype="float")),
        ),
    ],
    "pages.json": [
        (
            "an event page of the declared columns has no findings",
            [*clean()[:2], ["event_page", page([1, 2], {"det": [1.0, 2.0]})], ["stop", stop()]],
        ),
        (
            "a page column of another length is page-columns",
            [
                *clean()[:2],
                ["event_page", {**page([1, 2], {"det": [1.0, 2.0]}), "time": [2.0]}],
                ["stop", stop()],
            ],
        ),
        (
            "a page with a string in a number column is data-type",
            [*clean()[:2], ["event_page", page([1, 2], {"det": [1.0, "x"]})], ["stop", stop()]],
        ),
        (
            "a page whose data column is not an array is data-type",
            [
                *clean()[:2],
                ["event_page", {**page([1], {"det": [1.0]}), "data": {"det": 1.0}}],
                ["stop", stop({"primary": 1})],
            ],
        ),
        (
            "a page skipping a seq_num is seq-num-gap at the row",
            [*clean()[:2], ["event_page", page([1, 3], {"det": [1.0, 2.0]})], ["stop", stop({"primary": 3})]],
        ),
        (
            "a page with an integer key read as floats is one float-in-integer-key warning",
            [
                *clean()[:1],
                ["descriptor", descriptor(data_keys={"n": {"source": "x", "dtype": "integer", "shape": []}})],
                ["event_page", page([1, 2], {"n": [1, 1.5]})],
                ["event_page", page([3], {"n": [2.5]})],
                ["stop", stop({"primary": 3})],
            ],
        ),
        (
            "a datum page of equal columns has no findings",
            [
                *clean()[:2],
                ["resource", resource()],
                [
                    "datum_page",
                    {"datum_id": ["a/1", "a/2"], "resource": _uid("res"), "datum_kwargs": {"point": [1, 2]}},
                ],
                *clean()[2:],
            ],
        ),
        (
            "a datum page column of another length is page-columns",
            [
                *clean()[:2],
                ["resource", resource()],
                [
                    "datum_page",
                    {"datum_id": ["a/1", "a/2"], "resource": _uid("res"), "datum_kwargs": {"point": [1]}},
                ],
                *clean()[2:],
            ],
        ),
    ],
    "documents.json": [
        ("a start without a uid is a schema finding", edited(lambda run: run[0][1].pop("uid"))),
        ("an event whose time is a string is a schema finding", edited(_set(2, "time", "now"))),
        ("an event with an unknown top-level key is a schema finding", edited(_set(2, "colour", "red"))),
        (
            "a document that is not an object is a schema finding",
            edited(lambda run: run[2].__setitem__(1, [1, 2])),
        ),
        ("a stop with an unknown exit status is a schema finding", edited(_set(4, "exit_status", "maybe"))),
        (
            "a stop with only a uid is one schema finding for its three missing keys",
            edited(lambda run: run[4].__setitem__(1, {"uid": run[4][1]["uid"]})),
        ),
        (
            "an event without seq_num and uid is one schema finding",
            edited(lambda run: [run[2][1].pop(key) for key in ("seq_num", "uid")]),
        ),
        (
            "an event without time and uid is two schema findings: each rule names the keys it misses",
            edited(lambda run: [run[2][1].pop(key) for key in ("time", "uid")]),
        ),
        (
            "a start whose hints key has a dot is one schema finding, though two rules refuse it",
            edited(_set(0, "hints", {"a.b": {"fields": ["det"]}})),
        ),
        (
            "two events with one uid are duplicate-uid",
            edited(lambda run: run[3][1].update(uid=run[2][1]["uid"])),
        ),
        (
            "a datum id used twice is duplicate-uid",
            [*clean()[:2], ["resource", resource()], ["datum", datum(1)], ["datum", datum(1)], *clean()[2:]],
        ),
        (
            "a bulk_events document is a deprecated warning and its events are checked",
            [
                *clean()[:2],
                ["bulk_events", {_uid("desc"): [event(1), {**event(2), "seq_num": 4}]}],
                ["stop", stop({"primary": 4})],
            ],
        ),
        (
            "a bulk_datum document is a deprecated warning",
            [
                *clean()[:2],
                ["resource", resource()],
                [
                    "bulk_datum",
                    {"resource": _uid("res"), "datum_ids": ["a/1"], "datum_kwarg_list": [{"point": 1}]},
                ],
                *clean()[2:],
            ],
        ),
    ],
}


def corpus_cases() -> list[tuple[str, Run]]:
    cases = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        run = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        cases.append((f"the corpus run {path.name} has no findings", run))
    return cases


def findings_of(run: Run) -> list[dict[str, Any]]:
    validator = RunValidator()
    for name, doc in copy.deepcopy(run):
        validator(name, doc)
    validator.finish()
    return [
        {"code": f.code, "severity": f.severity, "index": f.index, "path": f.path, "message": f.message}
        for f in validator.findings
    ]


def main() -> int:
    files = {**CASES, "corpus.json": corpus_cases()}
    for file_name, cases in files.items():
        vectors = []
        for description, run in cases:
            findings = findings_of(run)
            vectors.append(
                {
                    "description": description,
                    "documents": run,
                    "findings": [
                        {key: finding[key] for key in ("code", "severity", "index", "path")}
                        for finding in findings
                    ],
                }
            )
            if "-v" in sys.argv:
                print(f"{file_name}: {description}")
                for finding in findings:
                    print(
                        f"    {finding['index']} {finding['severity']} {finding['code']} "
                        f"{finding['path']}: {finding['message']}"
                    )
        text = json.dumps(vectors, indent=1, ensure_ascii=False) + "\n"
        (HERE / file_name).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
