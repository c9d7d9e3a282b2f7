"""RunRouter: factories and subfactories per run, per-run fillers, forgetting a run at stop."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import pytest
from event_model.errors import (
    EventModelTypeError,
    EventModelValueError,
    UndefinedAssetSpecification,
    UnresolvableForeignKeyError,
)
from event_model.filling import Filler, NoFiller
from event_model.pages import pack_datum_page, pack_event_page
from event_model.run_router import RunRouter
from routing_documents import SPEC, ArrayHandler, Run, expected_image, external_run, read_run

REGISTRY = {SPEC: ArrayHandler}


@pytest.fixture(autouse=True)
def _clear_handler_log() -> Iterator[None]:
    ArrayHandler.calls.clear()
    yield


class Log:
    """Builds factories whose callbacks record (tag, name, doc)."""

    def __init__(self) -> None:
        self.entries: list[tuple[str, str, Any]] = []
        self.factory_calls: list[str] = []
        self.subfactory_calls: list[str] = []

    def callback(self, tag: str) -> Any:
        def record(name: str, doc: Any) -> None:
            self.entries.append((tag, name, doc))

        return record

    def factory(self, tag: str, *, subfactory: bool = True) -> Any:
        def make(name: str, start: Any) -> tuple[list[Any], list[Any]]:
            assert name == "start"
            self.factory_calls.append(start["uid"])
            subfactories = [self.subfactory(f"{tag}/{start['uid']}")] if subfactory else []
            return [self.callback(f"{tag}/{start['uid']}")], subfactories

        return make

    def subfactory(self, tag: str) -> Any:
        def make(name: str, descriptor: Any) -> list[Any]:
            assert name == "descriptor"
            self.subfactory_calls.append(descriptor["uid"])
            return [self.callback(f"{tag}/{descriptor['name']}")]

        return make

    def names(self, tag: str) -> list[str]:
        return [name for entry_tag, name, _ in self.entries if entry_tag == tag]

    def docs(self, tag: str, name: str) -> list[Any]:
        return [doc for entry_tag, entry_name, doc in self.entries if entry_tag == tag and entry_name == name]


def send(router: RunRouter, documents: list[tuple[str, Any]]) -> None:
    for name, doc in documents:
        router(name, doc)


def test_each_run_gets_callbacks_from_each_factory() -> None:
    log = Log()
    router = RunRouter([log.factory("A"), log.factory("B", subfactory=False)], REGISTRY)
    run = external_run()
    send(router, run.documents())
    assert log.factory_calls == [run.start["uid"], run.start["uid"]]
    expected = [
        "start",
        "descriptor",
        "resource",
        "datum_page",
        "datum_page",
        "event_page",
        "event_page",
        "stop",
    ]
    assert log.names(f"A/{run.start['uid']}") == expected
    assert log.names(f"B/{run.start['uid']}") == expected


def test_subfactory_callbacks_get_start_descriptor_and_what_follows() -> None:
    log = Log()
    router = RunRouter([log.factory("A")], REGISTRY)
    run = external_run()
    send(router, run.documents())
    tag = f"A/{run.start['uid']}/primary"
    assert log.subfactory_calls == [run.descriptor["uid"]]
    assert log.names(tag) == [
        "start",
        "descriptor",
        "resource",
        "datum_page",
        "datum_page",
        "event_page",
        "event_page",
        "stop",
    ]
    assert log.docs(tag, "start") == [run.start]


def test_subfactory_callbacks_only_get_events_of_their_descriptor() -> None:
    log = Log()
    router = RunRouter([log.factory("A")], REGISTRY)
    run = external_run()
    baseline = {**run.descriptor, "uid": "baseline-descriptor", "name": "baseline", "data_keys": {"x": {}}}
    baseline_event = {
        "uid": "baseline-event",
        "descriptor": "baseline-descriptor",
        "time": 1.0,
        "seq_num": 1,
        "data": {"x": 5.0},
        "timestamps": {"x": 1.0},
    }
    send(
        router,
        [*run.setup_documents(), ("descriptor", baseline), ("event", baseline_event), ("stop", run.stop)],
    )
    uid = run.start["uid"]
    assert [page["uid"] for page in log.docs(f"A/{uid}/baseline", "event_page")] == [["baseline-event"]]
    assert log.docs(f"A/{uid}/primary", "event_page") == []
    assert len(log.docs(f"A/{uid}", "event_page")) == 1
    assert len(log.docs(f"A/{uid}/primary", "stop")) == 1


def test_callbacks_receive_filled_event_pages_and_the_input_is_untouched() -> None:
    log = Log()
    router = RunRouter([log.factory("A", subfactory=False)], REGISTRY)
    run = external_run(events=3)
    original = copy.deepcopy(run.events)
    send(router, run.setup_documents())
    _name, output = router("event", run.events[0])
    router("event_page", pack_event_page(*run.events[1:]))
    pages = log.docs(f"A/{run.start['uid']}", "event_page")
    assert [page["data"]["img"] for page in pages] == [
        [expected_image(0)],
        [expected_image(1), expected_image(2)],
    ]
    assert run.events == original
    assert output == {**run.events[0]}


def test_datum_reach_callbacks_as_datum_pages() -> None:
    log = Log()
    router = RunRouter([log.factory("A", subfactory=False)], REGISTRY)
    run = external_run(events=2)
    send(router, [("start", run.start), ("descriptor", run.descriptor), ("resource", run.resource)])
    router("datum", run.datum[0])
    router("datum_page", pack_datum_page(run.datum[1]))
    pages = log.docs(f"A/{run.start['uid']}", "datum_page")
    assert [page["datum_id"] for page in pages] == [[run.datum[0]["datum_id"]], [run.datum[1]["datum_id"]]]


def test_each_run_has_its_own_filler() -> None:
    made: list[Any] = []

    def counting_filler(*args: Any, **kwargs: Any) -> Filler:
        filler = Filler(*args, **kwargs)
        made.append((filler, kwargs))
        return filler

    log = Log()
    router = RunRouter([log.factory("A", subfactory=False)], REGISTRY, filler_class=counting_filler)
    first, second = external_run("run-1"), external_run("run-2")
    send(router, [("start", first.start), ("start", second.start)])
    assert len(made) == 2
    assert made[0][0] is not made[1][0]
    assert all(kwargs == {"root_map": None, "inplace": False} for _, kwargs in made)


def test_interleaved_runs_are_kept_apart() -> None:
    log = Log()
    router = RunRouter([log.factory("A", subfactory=False)], REGISTRY)
    first, second = external_run("run-1", events=2), external_run("run-2", events=2)
    for one, two in zip(first.documents(), second.documents(), strict=True):
        router(*one)
        router(*two)
    for run in (first, second):
        pages = log.docs(f"A/{run.start['uid']}", "event_page")
        assert [page["uid"] for page in pages] == [[event["uid"]] for event in run.events]
        assert log.docs(f"A/{run.start['uid']}", "stop") == [run.stop]


def test_root_map_reaches_the_fillers() -> None:
    router = RunRouter([], REGISTRY, root_map={"/beamline/data": "/mnt/copy"})
    send(router, external_run(events=1).documents())
    assert ArrayHandler.calls[0] == ("open", "/mnt/copy/scan_1/frames", 2.0)


class TestUnknownSpec:
    def test_an_event_with_an_unknown_spec_passes_unfilled_by_default(self) -> None:
        log = Log()
        router = RunRouter([log.factory("A", subfactory=False)], {})
        run = external_run(events=1)
        send(router, run.documents())
        (page,) = log.docs(f"A/{run.start['uid']}", "event_page")
        assert page["data"]["img"] == [run.datum[0]["datum_id"]]

    def test_fill_or_fail_raises(self) -> None:
        router = RunRouter([], {}, fill_or_fail=True)
        run = external_run(events=1)
        send(router, run.setup_documents())
        with pytest.raises(UndefinedAssetSpecification):
            router("event", run.events[0])


class TestStartTwice:
    def test_the_same_start_document_twice_is_refused(self) -> None:
        router = RunRouter([])
        run = external_run()
        router("start", run.start)
        with pytest.raises(EventModelValueError, match="the same start document"):
            router("start", run.start)
        with pytest.raises(ValueError):
            router("start", dict(run.start))

    def test_another_start_with_the_same_uid_is_refused(self) -> None:
        router = RunRouter([])
        run = external_run()
        router("start", run.start)
        with pytest.raises(EventModelValueError, match="same uid"):
            router("start", {**run.start, "time": 5.0})


class TestForgettingAtStop:
    def test_a_stopped_run_is_forgotten(self) -> None:
        log = Log()
        router = RunRouter([log.factory("A")], REGISTRY)
        run = external_run()
        send(router, run.documents())
        assert router._start_to_start_doc == {}
        assert router._descriptor_to_start == {}
        assert dict(router._start_to_descriptors) == {}
        assert router._fillers == {}
        assert router._resource_to_start == {}
        with pytest.raises(UnresolvableForeignKeyError) as caught:
            router("event", run.events[0])
        assert caught.value.key == run.descriptor["uid"]
        with pytest.raises(UnresolvableForeignKeyError):
            router("datum", run.datum[0])

    def test_a_run_may_start_again_after_its_stop(self) -> None:
        log = Log()
        router = RunRouter([log.factory("A", subfactory=False)], REGISTRY)
        run = external_run()
        send(router, run.documents())
        send(router, external_run().documents())
        assert log.factory_calls == [run.start["uid"]] * 2

    def test_a_stop_for_an_unknown_run_is_ignored(self) -> None:
        router = RunRouter([])
        assert router("stop", external_run().stop)[0] == "stop"

    def test_a_failing_stop_callback_leaves_the_run_open(self) -> None:
        # As in 1.24: the run is forgotten only once every callback took the stop.
        stops: list[Any] = []

        def failing_factory(name: str, start: Any) -> tuple[list[Any], list[Any]]:
            def callback(name: str, doc: Any) -> None:
                if name == "stop":
                    stops.append(doc)
                    if len(stops) == 1:
                        raise RuntimeError("stop failed")

            return [callback], []

        router = RunRouter([failing_factory])
        run = external_run()
        send(router, run.setup_documents())
        with pytest.raises(RuntimeError, match="stop failed"):
            router("stop", run.stop)
        assert list(router._start_to_start_doc) == [run.start["uid"]]
        router("event", run.events[0])  # still routed
        router("stop", run.stop)
        assert router._start_to_start_doc == {}
        assert len(stops) == 2


class TestUnknownReferences:
    def test_a_descriptor_of_an_unknown_run(self) -> None:
        with pytest.raises(UnresolvableForeignKeyError) as caught:
            RunRouter([])("descriptor", external_run().descriptor)
        assert caught.value.key == "run-1"

    def test_a_datum_before_its_resource(self) -> None:
        router = RunRouter([])
        run = external_run()
        send(router, [("start", run.start), ("descriptor", run.descriptor)])
        with pytest.raises(UnresolvableForeignKeyError) as caught:
            router("datum", run.datum[0])
        assert caught.value.key == run.resource["uid"]

    def test_a_stream_datum_before_its_stream_resource(self) -> None:
        with pytest.raises(UnresolvableForeignKeyError) as caught:
            RunRouter([])("stream_datum", {"uid": "sr/0", "stream_resource": "sr", "descriptor": "d"})
        assert caught.value.key == "sr"


def test_resources_without_run_start_go_to_every_run() -> None:
    log = Log()
    router = RunRouter([log.factory("A", subfactory=False)], REGISTRY)
    first, second = external_run("run-1"), external_run("run-2")
    send(router, [("start", first.start), ("start", second.start)])
    old_style = {key: value for key, value in first.resource.items() if key != "run_start"}
    router("resource", old_style)
    router("datum", first.datum[0])
    for uid in ("run-1", "run-2"):
        assert log.names(f"A/{uid}") == ["start", "resource", "datum_page"]


def test_stream_resources_and_datum_go_to_their_run() -> None:
    log = Log()
    router = RunRouter([log.factory("A")], {})
    documents = [(name, doc) for name, doc in read_run("composed_all_types.jsonl")]
    send(router, documents)
    (start,) = [doc for name, doc in documents if name == "start"]
    names = log.names(f"A/{start['uid']}")
    assert names.count("stream_resource") == 1
    assert names.count("stream_datum") == 3
    assert names[-1] == "stop"


def test_a_callback_failing_on_start_warns_about_factories_passing_start_themselves() -> None:
    def double_sender(name: str, start: Any) -> tuple[list[Any], list[Any]]:
        received: list[str] = []

        def callback(name: str, doc: Any) -> None:
            if name in received:
                raise RuntimeError(f"{name} received twice")
            received.append(name)

        callback("start", start)  # the pre-1.14 habit: the factory sends the start itself
        return [callback], []

    router = RunRouter([double_sender])
    with pytest.warns(UserWarning, match="Update the factory function"), pytest.raises(RuntimeError):
        router("start", external_run().start)


def test_a_failing_subfactory_callback_leaves_the_descriptor_routable() -> None:
    def raising(name: str, doc: Any) -> None:
        raise RuntimeError("boom")

    def factory(name: str, start: Any) -> tuple[list[Any], list[Any]]:
        return [], [lambda name, descriptor: [raising]]

    router = RunRouter([factory], REGISTRY)
    run = external_run()
    router("start", run.start)
    with pytest.warns(UserWarning, match="factory"), pytest.raises(RuntimeError):
        router("descriptor", run.descriptor)
    assert router._descriptor_to_start[run.descriptor["uid"]] == run.start["uid"]
    assert router._start_to_descriptors[run.start["uid"]] == [run.descriptor["uid"]]
    with pytest.raises(RuntimeError, match="boom"):  # kept, as in 1.24: run-wide documents reach it
        router("resource", run.resource)


def test_no_filler_as_filler_class_checks_without_filling() -> None:
    log = Log()
    router = RunRouter([log.factory("A", subfactory=False)], REGISTRY, filler_class=NoFiller)
    run: Run = external_run(events=1)
    send(router, run.documents())
    (page,) = log.docs(f"A/{run.start['uid']}", "event_page")
    assert page["data"]["img"] == [run.datum[0]["datum_id"]]
    assert ArrayHandler.calls == []


def test_repr_lists_the_factories() -> None:
    log = Log()
    factory = log.factory("A")
    assert repr(RunRouter([])) == "RunRouter([\n])"
    assert repr(RunRouter([factory])) == f"RunRouter([\n    {factory}])"
    assert repr(RunRouter([factory, factory])) == f"RunRouter([\n    {factory}\n    {factory}])"


class TestFactoryResults:
    """What factories and subfactories return, and what 1.24 made of it."""

    @pytest.mark.parametrize("result", [None, 5])
    def test_a_factory_must_return_a_pair(self, result: Any) -> None:
        def factory(name: str, start: Any) -> Any:
            return result

        with pytest.raises(EventModelTypeError, match=r"factory .* returned") as caught:
            RunRouter([factory])("start", external_run().start)
        assert "(callbacks, subfactories)" in str(caught.value)
        assert isinstance(caught.value, TypeError)  # 1.24: cannot unpack non-iterable

    def test_a_factory_returning_three_items_is_a_value_error(self) -> None:
        with pytest.raises(EventModelValueError, match="3 items"):
            RunRouter([lambda name, doc: ([], [], [])])("start", external_run().start)

    def test_a_subfactory_returning_none_is_a_type_error(self) -> None:
        router = RunRouter([lambda name, doc: ([], [lambda name, doc: None])])
        run = external_run()
        router("start", run.start)
        with pytest.raises(EventModelTypeError, match="expected a list of callbacks"):
            router("descriptor", run.descriptor)

    def test_generators_are_iterated_as_1_24_did(self) -> None:
        # 1.24 iterated the callbacks once to hand out the start and once to keep
        # them: a generator's callbacks get the start and nothing more.
        log = Log()
        callbacks = [log.callback("gen")]
        router = RunRouter([lambda name, doc: ((cb for cb in callbacks), [])])
        send(router, external_run().documents())
        assert log.names("gen") == ["start"]
