"""Real bluesky plans on ophyd's simulated devices, routed, filled and validated by this package.

Run by ``nox -s integration``, which installs bluesky and ophyd from PyPI next to
this package. Each plan's documents go through a RunRouter whose factory makes,
per run, a recorder that validates every (filled) document it receives; the raw
documents are validated as the RunEngine emits them, too.
"""

from __future__ import annotations

import importlib.metadata
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import bluesky.plan_stubs as bps
import bluesky.plans as bp
import event_model
import numpy
import ophyd.sim
import pytest
from bluesky import RunEngine
from bluesky.preprocessors import SupplementalData, monitor_during_wrapper, run_decorator
from event_model.composition.stream_resource import ComposeStreamResource
from event_model.pages import unpack_event_page, verify_filled
from event_model.routing import DocumentRouter
from event_model.run_router import RunRouter

PROJECT_SOURCE = Path(__file__).resolve().parents[2] / "python" / "src" / "event_model"
HANDLERS = {"NPY_SEQ": ophyd.sim.NumpySeqHandler}


def test_the_event_model_under_test_is_this_project() -> None:
    package = Path(event_model.__file__).resolve().parent
    from_source = package == PROJECT_SOURCE.resolve()
    installed_from_project = (
        event_model.__version__ == importlib.metadata.version("event-model")
        and (package / "validation" / "__init__.py").is_file()
        and (package / "schema_files.py").is_file()
    )
    assert from_source or installed_from_project, f"event_model was imported from {package}"
    assert event_model.__version__ == importlib.metadata.version("event-model")


class RecordedRun:
    """Every document one run's callback received, validated on arrival."""

    def __init__(self) -> None:
        self.documents: list[tuple[str, Any]] = []
        self._validator = DocumentRouter()

    def __call__(self, name: str, doc: Any) -> None:
        self._validator(name, doc, validate=True)
        self.documents.append((name, doc))

    def only(self, name: str) -> Any:
        (doc,) = [doc for doc_name, doc in self.documents if doc_name == name]
        return doc

    def descriptors(self) -> dict[str, Any]:
        return {doc["uid"]: doc for name, doc in self.documents if name == "descriptor"}

    def rows_by_stream(self) -> dict[str, list[Any]]:
        """The events of each stream, unpacked from the event pages received."""
        descriptors = self.descriptors()
        rows: dict[str, list[Any]] = {}
        for name, doc in self.documents:
            assert name != "event", "RunRouter hands events to callbacks as event pages"
            if name == "event_page":
                stream = descriptors[doc["descriptor"]]["name"]
                rows.setdefault(stream, []).extend(unpack_event_page(doc))
        return rows


class RunRecorder:
    """A RunRouter factory: one RecordedRun per run, plus one per descriptor from a subfactory."""

    def __init__(self) -> None:
        self.runs: dict[str, RecordedRun] = {}
        self.per_descriptor: dict[str, RecordedRun] = {}

    def __call__(self, name: str, start: Any) -> tuple[list[Any], list[Any]]:
        recorded = self.runs[start["uid"]] = RecordedRun()
        return [recorded], [self.subfactory]

    def subfactory(self, name: str, descriptor: Any) -> list[Any]:
        recorded = self.per_descriptor[descriptor["uid"]] = RecordedRun()
        return [recorded]


@pytest.fixture(scope="module")
def engine() -> RunEngine:
    return RunEngine({})


@pytest.fixture
def hw(tmp_path: Path) -> SimpleNamespace:
    return ophyd.sim.hw(save_path=str(tmp_path))


@pytest.fixture
def recorder(engine: RunEngine) -> Iterator[RunRecorder]:
    recorder = RunRecorder()
    raw_validator = DocumentRouter()
    tokens = [
        engine.subscribe(RunRouter([recorder], HANDLERS)),
        engine.subscribe(lambda name, doc: raw_validator(name, doc, validate=True)),
    ]
    yield recorder
    for token in tokens:
        engine.unsubscribe(token)
    engine.preprocessors.clear()


def check_complete(recorded: RecordedRun) -> dict[str, list[Any]]:
    """Check a run's shape (start first, stop last, event counts) and that all data are filled."""
    names = [name for name, _ in recorded.documents]
    assert names[0] == "start"
    assert names[-1] == "stop"
    assert names.count("start") == names.count("stop") == 1
    stop = recorded.only("stop")
    assert stop["exit_status"] == "success"
    assert stop["run_start"] == recorded.only("start")["uid"]
    rows = recorded.rows_by_stream()
    assert {stream: len(events) for stream, events in rows.items()} == {
        stream: count for stream, count in stop["num_events"].items() if count
    }
    for name, doc in recorded.documents:
        if name == "event_page":
            verify_filled(doc)
    return rows


def check_images(recorded: RecordedRun, rows: list[Any], key: str = "img") -> None:
    """Check that each filled image is an array of the shape its descriptor declares."""
    descriptors = recorded.descriptors()
    for row in rows:
        shape = tuple(descriptors[row["descriptor"]]["data_keys"][key]["shape"])
        image = row["data"][key]
        assert isinstance(image, numpy.ndarray)
        assert image.shape == shape == (10, 10)
        assert row["filled"][key] is not False


def single_run(recorder: RunRecorder, uids: tuple[str, ...]) -> RecordedRun:
    (uid,) = uids
    assert list(recorder.runs) == [uid]
    return recorder.runs[uid]


def test_count_with_an_external_image(engine: RunEngine, hw: SimpleNamespace, recorder: RunRecorder) -> None:
    recorded = single_run(recorder, engine(bp.count([hw.det, hw.img], num=3)))
    rows = check_complete(recorded)
    assert len(rows["primary"]) == 3
    check_images(recorded, rows["primary"])
    names = Counter(name for name, _ in recorded.documents)
    assert names["resource"] == 1
    assert names["datum_page"] == 3


def test_scan_with_an_external_image(engine: RunEngine, hw: SimpleNamespace, recorder: RunRecorder) -> None:
    recorded = single_run(recorder, engine(bp.scan([hw.det, hw.img], hw.motor, -1, 1, 5)))
    rows = check_complete(recorded)
    assert [row["data"]["motor"] for row in rows["primary"]] == pytest.approx([-1, -0.5, 0, 0.5, 1])
    check_images(recorded, rows["primary"])
    (descriptor_uid,) = recorded.descriptors()
    per_descriptor = recorder.per_descriptor[descriptor_uid]
    assert [name for name, _ in per_descriptor.documents][:2] == ["start", "descriptor"]
    assert len(per_descriptor.rows_by_stream()["primary"]) == 5


def test_grid_scan(engine: RunEngine, hw: SimpleNamespace, recorder: RunRecorder) -> None:
    plan = bp.grid_scan([hw.det4], hw.motor1, -1, 1, 3, hw.motor2, -2, 2, 4)
    recorded = single_run(recorder, engine(plan))
    rows = check_complete(recorded)
    positions = {(row["data"]["motor1"], row["data"]["motor2"]) for row in rows["primary"]}
    assert len(rows["primary"]) == len(positions) == 12


def test_fly_with_a_mock_flyer(engine: RunEngine, hw: SimpleNamespace, recorder: RunRecorder) -> None:
    recorded = single_run(recorder, engine(bp.fly([hw.flyer1])))
    rows = check_complete(recorded)
    assert len(rows["flyer1"]) == 20
    assert {"det", "motor"} <= set(rows["flyer1"][0]["data"])


def test_fly_with_a_trivial_flyer(engine: RunEngine, hw: SimpleNamespace, recorder: RunRecorder) -> None:
    recorded = single_run(recorder, engine(bp.fly([hw.trivial_flyer])))
    rows = check_complete(recorded)
    assert sum(len(events) for events in rows.values()) == sum(recorded.only("stop")["num_events"].values())


def test_baseline_stream(engine: RunEngine, hw: SimpleNamespace, recorder: RunRecorder) -> None:
    engine.preprocessors.append(SupplementalData(baseline=[hw.motor1, hw.motor2]))
    recorded = single_run(recorder, engine(bp.count([hw.det, hw.img], num=2)))
    rows = check_complete(recorded)
    assert len(rows["baseline"]) == 2
    assert len(rows["primary"]) == 2
    check_images(recorded, rows["primary"])
    assert {"motor1", "motor2"} <= set(rows["baseline"][0]["data"])


def test_monitor_stream(engine: RunEngine, hw: SimpleNamespace, recorder: RunRecorder) -> None:
    @run_decorator()
    def toggling() -> Any:
        for value in (True, False, True):
            yield from bps.abs_set(hw.bool_sig, value, wait=True)
            yield from bps.trigger_and_read([hw.det])

    recorded = single_run(recorder, engine(monitor_during_wrapper(toggling(), [hw.bool_sig])))
    rows = check_complete(recorded)
    assert len(rows["primary"]) == 3
    monitored = [row["data"]["bool_sig"] for row in rows["bool_sig_monitor"]]
    assert 1 <= len(monitored) <= 3
    assert set(monitored) <= {True, False}


class StreamingCamera:
    """A detector whose frames are written elsewhere and announced by stream_resource / stream_datum."""

    name = "cam"
    parent = None

    def __init__(self) -> None:
        self._resource, self._compose_datum = ComposeStreamResource()(
            mimetype="application/x-hdf5",
            uri="file://localhost/data/cam.h5",
            data_key="cam_image",
            parameters={"dataset": "/entry/data"},
        )
        self._frames = 0
        self._announced = 0

    def trigger(self) -> Any:
        self._frames += 1
        return ophyd.sim.NullStatus()

    def describe(self) -> dict[str, Any]:
        return {
            "cam_image": {"source": "sim:cam", "dtype": "array", "shape": [4, 4], "external": "STREAM:"},
            "cam_count": {"source": "sim:cam", "dtype": "integer", "shape": []},
        }

    def read(self) -> dict[str, Any]:
        return {"cam_count": {"value": self._frames, "timestamp": float(self._frames)}}

    def read_configuration(self) -> dict[str, Any]:
        return {}

    def describe_configuration(self) -> dict[str, Any]:
        return {}

    def collect_asset_docs(self) -> Iterator[tuple[str, Any]]:
        if self._announced == 0:
            yield "stream_resource", self._resource
        if self._frames > self._announced:
            yield (
                "stream_datum",
                self._compose_datum(indices={"start": self._announced, "stop": self._frames}),
            )
            self._announced = self._frames


def test_stream_resource_and_stream_datum(engine: RunEngine, recorder: RunRecorder) -> None:
    recorded = single_run(recorder, engine(bp.count([StreamingCamera()], num=3)))
    rows = check_complete(recorded)
    assert [row["data"] for row in rows["primary"]] == [{"cam_count": n} for n in (1, 2, 3)]
    (resource,) = [doc for name, doc in recorded.documents if name == "stream_resource"]
    stream_datum = [doc for name, doc in recorded.documents if name == "stream_datum"]
    assert resource["run_start"] == recorded.only("start")["uid"]
    assert [doc["stream_resource"] for doc in stream_datum] == [resource["uid"]] * 3
    assert [(doc["seq_nums"]["start"], doc["seq_nums"]["stop"]) for doc in stream_datum] == [
        (1, 2),
        (2, 3),
        (3, 4),
    ]
    (descriptor_uid,) = recorded.descriptors()
    names = [name for name, _ in recorder.per_descriptor[descriptor_uid].documents]
    assert names.count("stream_datum") == 3


def test_consecutive_runs_are_routed_separately(
    engine: RunEngine, hw: SimpleNamespace, recorder: RunRecorder
) -> None:
    uids = engine(bp.count([hw.img], num=1)) + engine(bp.count([hw.img], num=2))
    assert list(recorder.runs) == list(uids)
    counts = [len(check_complete(recorder.runs[uid])["primary"]) for uid in uids]
    assert counts == [1, 2]
