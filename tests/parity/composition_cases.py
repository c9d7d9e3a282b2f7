"""Composition programs for the parity check: a run composed step by step, often oddly.

A program is a list of steps ``{"kind", "of", "kwargs"}``: ``kind`` names a composer
(``run``, ``descriptor``, ``event``, ``event_page``, ``resource``, ``datum``,
``datum_page``, ``stream_resource``, ``stream_datum``, ``stop``) and ``of`` the index of
the step whose bundle offers it. Uids and times are always given, so both packages
compose the same documents. The module-level keyword forms (``compose_event(*,
descriptor, event_counters, ...)``) are drawn as plain calls.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import numpy

if TYPE_CHECKING:
    from cases import CaseMaker

DTYPES = ("number", "integer", "string", "array", "boolean")


def _data_keys(maker: CaseMaker) -> dict[str, Any]:
    rng = maker.rng
    data_keys: dict[str, Any] = {}
    for key in rng.sample(("det", "motor", "img", "x"), rng.randrange(1, 4)):
        data_key: dict[str, Any] = {"source": f"SIM:{key}", "dtype": rng.choice(DTYPES), "shape": []}
        if rng.randrange(4) == 0:
            data_key["external"] = rng.choice(["STREAM:", "FILESTORE:"])
        if rng.randrange(5) == 0:
            data_key["units"] = "mm"
        data_keys[key] = data_key
    if rng.randrange(12) == 0:
        data_keys[rng.choice(list(data_keys))] = maker.odd()
    return data_keys


def _keys_for(maker: CaseMaker, data_keys: dict[str, Any]) -> list[str]:
    """The keys an event of ``data_keys`` carries: right mostly, sometimes not."""
    rng = maker.rng
    keys = [key for key, value in data_keys.items()
            if not (isinstance(value, dict) and value.get("external") == "STREAM:" and rng.randrange(2))]
    pick = rng.randrange(10)
    if pick == 0 and keys:
        keys.pop()
    elif pick == 1:
        keys.append("unexpected")
    return keys


def _validate(maker: CaseMaker) -> dict[str, Any]:
    pick = maker.rng.randrange(4)
    return {} if pick == 0 else {"validate": pick != 1}


def _event_kwargs(maker: CaseMaker, data_keys: dict[str, Any], index: int) -> dict[str, Any]:
    rng = maker.rng
    keys = _keys_for(maker, data_keys)
    kwargs: dict[str, Any] = {
        "data": {key: maker.scalar() for key in keys},
        "timestamps": {key: 5.0 + index for key in (keys if rng.randrange(8) else keys[:-1])},
        "uid": f"event-{index}",
        "time": 100.0 + index,
        **_validate(maker),
    }
    if rng.randrange(3) == 0:
        kwargs["seq_num"] = rng.choice([index + 1, 1, 0, -3, 2.5, "7", None])
    if rng.randrange(4) == 0:
        kwargs["filled"] = {key: rng.choice([True, False, "d/0"]) for key in rng.sample([*keys, "nokey"], 1)}
    if rng.randrange(15) == 0:
        kwargs[rng.choice(["data", "timestamps"])] = maker.odd()
    return kwargs


def _page_kwargs(maker: CaseMaker, data_keys: dict[str, Any], index: int) -> dict[str, Any]:
    rng = maker.rng
    rows = rng.choice([0, 1, 2, 3])
    keys = _keys_for(maker, data_keys)

    def column(length: int) -> Any:
        values = [maker.rng.random() for _ in range(length)]
        return numpy.array(values) if rng.randrange(6) == 0 else values

    ragged = rng.randrange(6) == 0
    kwargs: dict[str, Any] = {
        "data": {key: column(rows + (1 if ragged and key == keys[0] else 0)) for key in keys},
        "timestamps": {key: column(rows) for key in keys},
        "uid": [f"page-{index}-{row}" for row in range(rows)],
        "time": [100.0 + row for row in range(rows)],
        **_validate(maker),
    }
    if rng.randrange(3) == 0:
        kwargs["seq_num"] = list(range(1, rows + 1 + rng.choice([0, 0, 1, -1])))
    if rng.randrange(5) == 0:
        kwargs["filled"] = {key: [False] * rows for key in keys[:1]}
    if rng.randrange(6) == 0:
        del kwargs[rng.choice(["uid", "time"])]
    return kwargs


def _stream_datum_kwargs(maker: CaseMaker, descriptors: list[str]) -> dict[str, Any]:
    rng = maker.rng

    def span() -> dict[str, Any]:
        start = rng.choice([0, 1, 5])
        return {"start": start, "stop": start + rng.choice([0, 1, 3, -8])}

    kwargs: dict[str, Any] = {"indices": span(), **_validate(maker)}
    if rng.randrange(2):
        kwargs["seq_nums"] = rng.choice([span(), {"start": 0, "stop": 0}])
    if descriptors and rng.randrange(2):
        kwargs["descriptor"] = {"uid": rng.choice(descriptors)}
    if rng.randrange(12) == 0:
        kwargs["indices"] = maker.odd()
    return kwargs


def _program(maker: CaseMaker) -> list[dict[str, Any]]:
    """One run composed in a random order of steps, with a stop somewhere (or none)."""
    rng = maker.rng
    counters = rng.choice([None, {}, {"primary": 3}])
    run_kwargs: dict[str, Any] = {"uid": "run-uid", "time": 10.0, **_validate(maker)}
    if rng.randrange(2):
        run_kwargs["metadata"] = rng.choice([{"sample": "Si"}, {"scan_id": 3, "plan_name": "count"},
                                             {"uid": "clash"}, {"time": "late"}, maker.odd()])
    if counters is not None:
        run_kwargs["event_counters"] = counters
    steps: list[dict[str, Any]] = [{"kind": "run", "of": None, "kwargs": run_kwargs}]
    descriptors: list[tuple[int, dict[str, Any]]] = []
    owners: dict[str, list[int]] = {"resource": [], "stream_resource": []}
    for index in range(rng.randrange(2, 12)):
        kind = rng.choice(["descriptor", "event", "event", "event_page", "resource", "datum",
                           "datum_page", "stream_resource", "stream_datum", "stop"])
        if kind == "descriptor" or (kind in ("event", "event_page") and not descriptors):
            data_keys = _data_keys(maker)
            name = rng.choice(["primary", "primary", "baseline", "monitor"])
            kwargs: dict[str, Any] = {"name": name, "data_keys": data_keys,
                                      "uid": f"descriptor-{index}", "time": 20.0 + index, **_validate(maker)}
            if rng.randrange(4) == 0:
                kwargs["configuration"] = {"det": {"data": {}, "timestamps": {}, "data_keys": {}}}
            if rng.randrange(4) == 0:
                kwargs["object_keys"] = {"det": list(data_keys)}
            if rng.randrange(5) == 0:
                kwargs["hints"] = {"det": {"fields": list(data_keys)[:1]}}
            descriptors.append((len(steps), data_keys))
            steps.append({"kind": "descriptor", "of": 0, "kwargs": kwargs})
        elif kind in ("event", "event_page"):
            of, data_keys = rng.choice(descriptors)
            make = _event_kwargs if kind == "event" else _page_kwargs
            steps.append({"kind": kind, "of": of, "kwargs": make(maker, data_keys, index)})
        elif kind == "resource" or (kind in ("datum", "datum_page") and not owners["resource"]):
            kwargs = {"spec": rng.choice(["AD_HDF5", "NPY_SEQ"]), "root": rng.choice(["/", "/data", ""]),
                      "resource_path": rng.choice(["a/b.h5", "/abs/c.h5", "x"]),
                      "resource_kwargs": rng.choice([{}, {"frame_per_point": 1}]),
                      "uid": f"resource-{index}", **_validate(maker)}
            if rng.randrange(3) == 0:
                kwargs["path_semantics"] = rng.choice(["posix", "windows", "other"])
            owners["resource"].append(len(steps))
            steps.append({"kind": "resource", "of": 0, "kwargs": kwargs})
        elif kind in ("datum", "datum_page"):
            of = rng.choice(owners["resource"])
            if kind == "datum":
                kwargs = {"datum_kwargs": rng.choice([{"index": index}, {}, {"a": 1, "b": "x"}]),
                          **_validate(maker)}
            else:
                rows = rng.randrange(4)
                kwargs = {"datum_kwargs": {"index": list(range(rows)),
                                           "frame": list(range(rows + rng.choice([0, 0, 1])))},
                          **_validate(maker)}
            steps.append({"kind": kind, "of": of, "kwargs": kwargs})
        elif kind == "stream_resource" or (kind == "stream_datum" and not owners["stream_resource"]):
            kwargs = {"mimetype": "application/x-hdf5", "uri": "file://localhost/data/a.h5",
                      "data_key": rng.choice(["det", "img"]), "parameters": {"dataset": "/entry"},
                      "uid": f"stream-resource-{index}", **_validate(maker)}
            owners["stream_resource"].append(len(steps))
            steps.append({"kind": "stream_resource", "of": 0, "kwargs": kwargs})
        elif kind == "stream_datum":
            of = rng.choice(owners["stream_resource"])
            uids = [steps[at]["kwargs"]["uid"] for at, _ in descriptors]
            steps.append({"kind": "stream_datum", "of": of, "kwargs": _stream_datum_kwargs(maker, uids)})
        else:
            kwargs = {"uid": f"stop-{index}", "time": 90.0 + index, **_validate(maker)}
            if rng.randrange(3) == 0:
                kwargs["exit_status"] = rng.choice(["success", "abort", "fail", "odd"])
            if rng.randrange(4) == 0:
                kwargs["reason"] = rng.choice(["", "user", 5])
            steps.append({"kind": "stop", "of": 0, "kwargs": kwargs})
    return steps


def _module_level(maker: CaseMaker) -> Iterator[dict[str, Any]]:
    """The module-level keyword forms, with real and odd owners and counters."""
    from cases import call

    rng = maker.rng
    start = {"uid": "run-uid", "time": 1.0}
    data_keys = _data_keys(maker)
    descriptor = rng.choice([
        {"uid": "descriptor-uid", "run_start": "run-uid", "name": "primary", "time": 2.0,
         "data_keys": data_keys, "hints": {}, "object_keys": {}, "configuration": {}},
        None, {}, "descriptor-uid",
    ])
    counters: Any = rng.choice([{}, {"primary": 4}, [1, 2], None])
    yield call("compose_descriptor", [], {"start": start, "streams": rng.choice([{}, {"primary": set()}]),
                                          "event_counters": rng.choice([{}, counters]), "name": "primary",
                                          "data_keys": data_keys, "uid": "descriptor-uid", "time": 2.0,
                                          **_validate(maker)})
    yield call("compose_event", [], {"descriptor": descriptor, "event_counters": counters,
                                     **_event_kwargs(maker, data_keys, 1)})
    yield call("compose_event_page", [], {"descriptor": descriptor, "event_counters": counters,
                                          **_page_kwargs(maker, data_keys, 1)})
    resource = rng.choice([{"uid": "res", "spec": "S", "root": "/", "resource_path": "p",
                            "resource_kwargs": {}, "path_semantics": "posix"}, None, {}])
    yield call("compose_datum", [], {"resource": resource, "counter": rng.choice([iter([3, 4]), None]),
                                     "datum_kwargs": {"index": 1}, **_validate(maker)})
    stream_resource = rng.choice([{"uid": "sres", "data_key": "det", "mimetype": "m", "uri": "u",
                                   "parameters": {}}, None])
    yield call("compose_stream_datum", [], {"stream_resource": stream_resource,
                                            "counter": rng.choice([iter([0, 1]), None]),
                                            "seq_nums": {"start": 0, "stop": 2},
                                            "indices": {"start": 1, "stop": 3}, **_validate(maker)})
    yield call("compose_stop", [], {"start": rng.choice([start, None, {}]), "event_counters": counters,
                                    "poison_pill": rng.choice([[], ["x"]]), "uid": "stop-uid", "time": 3.0,
                                    **_validate(maker)})


def composition_cases(maker: CaseMaker) -> Iterator[dict[str, Any]]:
    """A composition program, and now and then the module-level forms."""
    yield {"op": "compose", "steps": _program(maker)}
    if maker.rng.randrange(3) == 0:
        yield from _module_level(maker)
