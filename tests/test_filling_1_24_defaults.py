"""Filler and NoFiller details that follow event-model 1.24.0 by default.

Each expectation here was read off 1.24.0's behaviour (run side by side with it):
what a closed Filler raises, which caches survive close(), how a resource path
is formed, what NoFiller returns for a page, and what subclasses get to see.
"""

from __future__ import annotations

import copy
from pathlib import PurePosixPath
from typing import Any

import pytest
from event_model.errors import (
    DataNotAccessible,
    EventModelError,
    EventModelRuntimeError,
    UnresolvableForeignKeyError,
)
from event_model.filling import Filler, NoFiller
from event_model.pages import pack_event_page
from routing_documents import SPEC, ArrayHandler, Run, external_run

REGISTRY = {SPEC: ArrayHandler}


def fed(filler: Filler, run: Run) -> Filler:
    for name, doc in run.setup_documents():
        filler(name, doc)
    return filler


@pytest.fixture
def run() -> Run:
    ArrayHandler.calls.clear()
    return external_run(events=3)


class TestClosed:
    def test_routing_a_document_is_a_runtime_error(self, run: Run) -> None:
        filler = fed(Filler(REGISTRY, inplace=True), run)
        filler.close()
        with pytest.raises(EventModelRuntimeError, match="closed"):
            filler("event", run.events[0])
        with pytest.raises(EventModelRuntimeError, match="closed"):
            filler.get_handler(run.resource)

    @pytest.mark.parametrize(
        "use",
        [
            lambda f, run: f.descriptor(run.descriptor),
            lambda f, run: f.resource(run.resource),
            lambda f, run: f.datum(run.datum[0]),
            lambda f, run: f.fill_event(run.events[0]),
            lambda f, run: f.fill_event_page(pack_event_page(*run.events)),
            lambda f, run: f._get_handler_maybe_cached(run.resource),
        ],
        ids=["descriptor", "resource", "datum", "fill_event", "fill_event_page", "cached handler"],
    )
    def test_using_a_dropped_cache_is_a_type_error(self, run: Run, use: Any) -> None:
        # 1.24 set the caches to None: subscripting them raised TypeError.
        filler = fed(Filler(REGISTRY, inplace=True), run)
        filler.close()
        with pytest.raises(TypeError, match="closed") as caught:
            use(filler, run)
        assert isinstance(caught.value, EventModelRuntimeError)

    @pytest.mark.parametrize("method", ["clear_handler_cache", "clear_document_caches"])
    def test_clearing_a_dropped_cache_is_an_attribute_error(self, run: Run, method: str) -> None:
        filler = fed(Filler(REGISTRY, inplace=True), run)
        filler.close()
        with pytest.raises(AttributeError, match="closed"):
            getattr(filler, method)()

    def test_the_stream_caches_survive_close(self) -> None:
        filler = Filler({}, inplace=True)
        filler("stream_resource", {"uid": "sr"})
        filler.close()
        assert filler._stream_resource_cache == {"sr": {"uid": "sr"}}
        assert filler.stream_datum({"uid": "sd"}) == {"uid": "sd"}

    def test_closed_fillers_compare_and_pickle_alike(self) -> None:
        import pickle

        first, second = Filler({}, inplace=False), Filler({}, inplace=False)
        first.close()
        assert first != second
        second.close()
        assert first == second
        assert pickle.loads(pickle.dumps(first)) == first


def test_clear_document_caches_keeps_the_stream_caches() -> None:
    filler = Filler({}, inplace=True)
    filler("stream_resource", {"uid": "sr"})
    filler("stream_datum", {"uid": "sd"})
    filler.clear_document_caches()
    assert list(filler._stream_resource_cache) == ["sr"]
    assert list(filler._stream_datum_cache) == ["sd"]


def test_repr_says_filler_whatever_the_class() -> None:
    assert repr(NoFiller({})) == "<Filler>"


def test_inplace_is_kept_as_given() -> None:
    assert Filler({}, inplace="yes").inplace == "yes"  # type: ignore[arg-type]


class TestResourcePaths:
    def handler_path(self, resource: dict[str, Any], root_map: dict[str, Any] | None = None) -> Any:
        seen: list[Any] = []

        def opener(path: Any, **kwargs: Any) -> Any:
            seen.append(path)
            return lambda **datum_kwargs: None

        Filler({SPEC: opener}, inplace=True, root_map=root_map).get_handler(resource)
        return seen[0]

    def resource(self, **fields: Any) -> dict[str, Any]:
        return {"uid": "r", "spec": SPEC, "resource_kwargs": {}, **fields}

    def test_without_a_root_the_resource_path_is_handed_over_as_it_is(self) -> None:
        path = PurePosixPath("a/b")
        assert self.handler_path(self.resource(root="", resource_path=path)) is path
        assert self.handler_path(self.resource(resource_path=7)) == 7

    def test_a_root_mapped_to_nothing_drops_the_root(self) -> None:
        assert self.handler_path(self.resource(root="/r", resource_path="p"), {"/r": ""}) == "p"

    def test_a_root_mapped_to_a_path_object_is_joined(self) -> None:
        resource = self.resource(root="/r", resource_path="p")
        assert self.handler_path(resource, {"/r": PurePosixPath("/m")}) == "/m/p"

    def test_making_a_handler_that_keeps_raising_oserror(self) -> None:
        def opener(path: Any, **kwargs: Any) -> Any:
            raise OSError("not there")

        filler = Filler({SPEC: opener}, inplace=True, retry_intervals=[0])
        with pytest.raises(DataNotAccessible, match="2 attempts") as caught:
            filler.get_handler(self.resource(root="/r", resource_path="p"))
        assert isinstance(caught.value, EventModelError)  # what 1.24 raised


class TestNoFiller:
    def test_a_page_comes_back_packed_anew(self, run: Run) -> None:
        filler = fed(NoFiller(REGISTRY), run)
        page = {**pack_event_page(*run.events), "extra": 1}
        _name, output = filler("event_page", page)
        assert output is not page
        assert "extra" not in output
        assert output["data"] == page["data"]
        assert ArrayHandler.calls == []

    def test_fill_event_page_takes_no_inplace_keyword(self, run: Run) -> None:
        filler = fed(NoFiller(REGISTRY), run)
        with pytest.raises(TypeError):
            filler.fill_event_page(pack_event_page(*run.events), inplace=True)  # type: ignore[call-arg]

    def test_an_unknown_resource_is_named(self, run: Run) -> None:
        filler = NoFiller(REGISTRY)
        filler("descriptor", run.descriptor)
        filler("datum", run.datum[0])
        with pytest.raises(UnresolvableForeignKeyError) as caught:
            filler("event", run.events[0])
        assert caught.value.key == run.resource["uid"]


class TestSubclasses:
    def test_datum_pages_reach_an_overridden_datum(self, run: Run) -> None:
        seen: list[str] = []

        class Watching(Filler):
            def datum(self, doc: Any) -> Any:
                seen.append(doc["datum_id"])
                return super().datum(doc)

        page = {
            "resource": run.resource["uid"],
            "datum_id": [datum["datum_id"] for datum in run.datum],
            "datum_kwargs": {"index": [0, 1, 2]},
        }
        Watching(REGISTRY, inplace=True)("datum_page", page)
        assert seen == page["datum_id"]

    def test_every_row_of_a_page_reaches_an_overridden_fill_event(self, run: Run) -> None:
        rows: list[str] = []

        class Watching(Filler):
            def fill_event(
                self, doc: Any, include: Any = None, exclude: Any = None, inplace: Any = None
            ) -> Any:
                rows.append(doc["uid"])
                return super().fill_event(doc, include, exclude, inplace)

        page = pack_event_page(*copy.deepcopy(run.events))
        page["filled"] = {"img": [True] * 3}  # nothing to read: still row by row for a subclass
        fed(Watching(REGISTRY, inplace=False), run)("event_page", page)
        assert rows == page["uid"]
