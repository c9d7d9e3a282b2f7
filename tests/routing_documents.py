"""Small, valid runs built by hand for the routing, filling and run-router tests.

Each builder returns fresh dicts, so a test may edit what it gets. The run
"with external data" has one descriptor whose ``img`` key is stored outside the
documents (resource spec ``ARRAY``), one resource, one datum per event and
events whose ``img`` holds the datum_id.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

DATA_DIR = Path(__file__).resolve().parent / "data"

SPEC = "ARRAY"
ROOT = "/beamline/data"
RESOURCE_PATH = "scan_1/frames"
IMAGE_SHAPE = (2, 3)


def read_run(file_name: str) -> list[tuple[str, dict[str, Any]]]:
    """Read one recorded run from tests/data as a list of (name, doc)."""
    lines = (DATA_DIR / file_name).read_text(encoding="utf-8").splitlines()
    return [(name, doc) for name, doc in (json.loads(line) for line in lines if line.strip())]


class ArrayHandler:
    """A handler for spec ARRAY that makes an image from its datum_kwargs, and logs its calls."""

    calls: ClassVar[list[tuple[Any, ...]]] = []

    def __init__(self, path: str, scale: float = 1.0) -> None:
        self.path = path
        self.scale = scale
        ArrayHandler.calls.append(("open", path, scale))

    def __call__(self, index: int) -> list[list[float]]:
        ArrayHandler.calls.append(("read", self.path, index))
        rows, columns = IMAGE_SHAPE
        return [[index * self.scale] * columns for _ in range(rows)]


@dataclass
class Run:
    """The documents of one run with external data, by kind."""

    start: dict[str, Any]
    descriptor: dict[str, Any]
    resource: dict[str, Any]
    datum: list[dict[str, Any]]
    events: list[dict[str, Any]]
    stop: dict[str, Any]
    baseline_descriptor: dict[str, Any] = field(default_factory=dict)

    def setup_documents(self) -> list[tuple[str, dict[str, Any]]]:
        """What must precede the events: start, descriptor, resource and datum."""
        return [
            ("start", self.start),
            ("descriptor", self.descriptor),
            ("resource", self.resource),
            *(("datum", datum) for datum in self.datum),
        ]

    def documents(self) -> list[tuple[str, dict[str, Any]]]:
        """Every document in the order a RunEngine would emit them."""
        return [*self.setup_documents(), *(("event", event) for event in self.events), ("stop", self.stop)]


def external_run(uid: str = "run-1", events: int = 2, *, with_filled: bool = True) -> Run:
    """Build a run of ``events`` events whose ``img`` data live in an external resource."""
    descriptor_uid = f"{uid}-primary"
    resource_uid = f"{uid}-resource"
    start = {"uid": uid, "time": 1000.0, "scan_id": 1, "plan_name": "count"}
    descriptor = {
        "uid": descriptor_uid,
        "run_start": uid,
        "time": 1000.5,
        "name": "primary",
        "data_keys": {
            "x": {"dtype": "number", "shape": [], "source": "SIM:x"},
            "img": {
                "dtype": "array",
                "shape": list(IMAGE_SHAPE),
                "source": "SIM:img",
                "external": "FILESTORE:",
            },
        },
        "configuration": {},
        "hints": {},
        "object_keys": {"x": ["x"], "img": ["img"]},
    }
    resource = {
        "uid": resource_uid,
        "run_start": uid,
        "spec": SPEC,
        "root": ROOT,
        "resource_path": RESOURCE_PATH,
        "resource_kwargs": {"scale": 2.0},
        "path_semantics": "posix",
    }
    datum = [
        {"datum_id": f"{resource_uid}/{index}", "resource": resource_uid, "datum_kwargs": {"index": index}}
        for index in range(events)
    ]
    event_docs = []
    for index in range(events):
        event: dict[str, Any] = {
            "uid": f"{uid}-event-{index}",
            "descriptor": descriptor_uid,
            "time": 1001.0 + index,
            "seq_num": index + 1,
            "data": {"x": float(index), "img": f"{resource_uid}/{index}"},
            "timestamps": {"x": 1001.0 + index, "img": 1001.0 + index},
        }
        if with_filled:
            event["filled"] = {"img": False}
        event_docs.append(event)
    stop = {
        "uid": f"{uid}-stop",
        "run_start": uid,
        "time": 1010.0,
        "exit_status": "success",
        "reason": "",
        "num_events": {"primary": events},
    }
    return Run(start, descriptor, resource, datum, event_docs, stop)


def expected_image(index: int, scale: float = 2.0) -> list[list[float]]:
    """The image ArrayHandler returns for datum ``index``."""
    rows, columns = IMAGE_SHAPE
    return [[index * scale] * columns for _ in range(rows)]
