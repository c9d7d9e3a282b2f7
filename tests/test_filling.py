"""Filler and NoFiller: filling events and pages, caches, registry, errors, life cycle."""

from __future__ import annotations

import copy
import pickle
from collections.abc import Iterator
from typing import Any

import event_model
import pytest
from event_model import strict_checks
from event_model.errors import (
    DataNotAccessible,
    DuplicateHandler,
    EventModelAttributeError,
    EventModelError,
    EventModelKeyError,
    EventModelRuntimeError,
    EventModelTypeError,
    EventModelValueError,
    MismatchedDataKeys,
    UndefinedAssetSpecification,
    UnresolvableForeignKeyError,
)
from event_model.filling import DEFAULT_RETRY_INTERVALS, Filler, HandlerRegistryView, NoFiller
from event_model.pages import pack_datum_page, pack_event_page
from routing_documents import SPEC, ArrayHandler, Run, expected_image, external_run

REGISTRY = {SPEC: ArrayHandler}


@pytest.fixture(autouse=True)
def _clear_handler_log() -> Iterator[None]:
    ArrayHandler.calls.clear()
    yield
    ArrayHandler.calls.clear()


@pytest.fixture
def run() -> Run:
    return external_run(events=3)


def fed(filler: Filler, run: Run) -> Filler:
    """Give ``filler`` everything that precedes the run's events."""
    for name, doc in run.setup_documents():
        filler(name, doc)
    return filler


class TestFillingEvents:
    def test_an_event_is_filled_in_place(self, run: Run) -> None:
        filler = fed(Filler(REGISTRY, inplace=True, retry_intervals=[]), run)
        event = run.events[1]
        _name, output = filler("event", event)
        assert output is event
        assert event["data"]["img"] == expected_image(1)
        assert event["filled"] == {"img": run.datum[1]["datum_id"]}
        assert event["data"]["x"] == 1.0

    def test_inplace_false_fills_a_copy_and_leaves_the_event_alone(self, run: Run) -> None:
        filler = fed(Filler(REGISTRY, inplace=False), run)
        event = run.events[1]
        original = copy.deepcopy(event)
        _name, output = filler("event", event)
        assert output is not event
        assert event == original
        assert output["data"]["img"] == expected_image(1)

    def test_the_inplace_argument_of_fill_event_overrides_the_fillers(self, run: Run) -> None:
        filler = fed(Filler(REGISTRY, inplace=False), run)
        event = run.events[0]
        assert filler.fill_event(event, inplace=True) is event
        assert event["data"]["img"] == expected_image(0)
        other = fed(Filler(REGISTRY, inplace=True), external_run(events=3))
        fresh = external_run(events=3).events[0]
        assert other.fill_event(fresh, inplace=False) is not fresh
        assert fresh["data"]["img"] == external_run().events[0]["data"]["img"]

    def test_an_event_without_filled_is_read_per_the_descriptor_then_refused(self) -> None:
        # 1.24 took the descriptor's external keys as unfilled, read the first one
        # and then failed (KeyError) to record it in the missing 'filled'.
        run = external_run(with_filled=False)
        filler = fed(Filler(REGISTRY, inplace=True), run)
        event = run.events[0]
        with pytest.raises(EventModelKeyError, match="no 'filled' mapping") as caught:
            filler("event", event)
        assert isinstance(caught.value, KeyError)
        assert event["data"]["img"] == expected_image(0)  # read, in place, before the failure
        assert "filled" not in event

    def test_a_field_already_filled_is_left_alone(self, run: Run) -> None:
        filler = fed(Filler(REGISTRY, inplace=True), run)
        event = run.events[0]
        event["filled"] = {"img": True}
        filler("event", event)
        assert event["data"]["img"] == run.datum[0]["datum_id"]
        assert ArrayHandler.calls == []

    def test_one_handler_instance_per_resource_serves_every_datum(self, run: Run) -> None:
        filler = fed(Filler(REGISTRY, inplace=True), run)
        for event in run.events:
            filler("event", event)
        opened = [call for call in ArrayHandler.calls if call[0] == "open"]
        reads = [call[2] for call in ArrayHandler.calls if call[0] == "read"]
        assert opened == [("open", "/beamline/data/scan_1/frames", 2.0)]
        assert reads == [0, 1, 2]

    def test_get_handler_makes_a_new_instance_each_time(self, run: Run) -> None:
        filler = fed(Filler(REGISTRY, inplace=True), run)
        first = filler.get_handler(run.resource)
        assert isinstance(first, ArrayHandler)
        assert filler.get_handler(run.resource) is not first

    def test_datum_may_arrive_as_a_datum_page(self, run: Run) -> None:
        filler = Filler(REGISTRY, inplace=True)
        filler("start", run.start)
        filler("descriptor", run.descriptor)
        filler("resource", run.resource)
        filler("datum_page", pack_datum_page(*run.datum))
        filler("event", run.events[2])
        assert run.events[2]["data"]["img"] == expected_image(2)

    def test_start_and_stop_pass_through(self, run: Run) -> None:
        filler = Filler(REGISTRY, inplace=True)
        assert filler("start", run.start)[1] is run.start
        assert filler("stop", run.stop)[1] is run.stop


class TestFillingPages:
    def test_a_page_is_filled_in_place(self, run: Run) -> None:
        filler = fed(Filler(REGISTRY, inplace=True), run)
        page = pack_event_page(*run.events)
        _name, output = filler("event_page", page)
        assert output is page
        assert page["data"]["img"] == [expected_image(i) for i in range(3)]
        assert page["filled"] == {"img": [datum["datum_id"] for datum in run.datum]}

    def test_inplace_false_returns_a_new_filled_page(self, run: Run) -> None:
        filler = fed(Filler(REGISTRY, inplace=False), run)
        page = pack_event_page(*run.events)
        original = copy.deepcopy(page)
        _name, output = filler("event_page", page)
        assert output is not page
        assert page == original
        assert output["data"]["img"] == [expected_image(i) for i in range(3)]
        assert output["uid"] == page["uid"]

    def test_fill_event_page_takes_inplace_per_call(self, run: Run) -> None:
        filler = fed(Filler(REGISTRY, inplace=True), run)
        page = pack_event_page(*run.events)
        assert filler.fill_event_page(page, inplace=False) is not page
        assert filler.fill_event_page(page, inplace=True) is page

    def test_an_empty_page_cannot_be_filled(self, run: Run) -> None:
        # 1.24 unpacked the page and packed the (no) rows again: ValueError.
        filler = fed(Filler(REGISTRY, inplace=True), run)
        empty = {
            "uid": [],
            "time": [],
            "seq_num": [],
            "descriptor": run.descriptor["uid"],
            "data": {},
            "timestamps": {},
        }
        with pytest.raises(EventModelValueError, match="without rows") as caught:
            filler("event_page", empty)
        assert isinstance(caught.value, ValueError)
        with pytest.raises(ValueError, match="without rows"):
            NoFiller(REGISTRY).fill_event_page(empty)

    def test_a_page_comes_back_packed_anew_as_in_1_24(self, run: Run) -> None:
        filler = fed(Filler(REGISTRY, inplace=False), run)
        page = pack_event_page(*run.events)
        page = {"extra": 1, **{key: page[key] for key in reversed(list(page))}}
        page.pop("filled")  # nothing marked unfilled: nothing to read
        _name, output = filler("event_page", page)
        assert list(output) == ["time", "uid", "seq_num", "descriptor", "filled", "data", "timestamps"]
        assert output["filled"] == {}
        assert output["data"] == page["data"]
        assert output["data"]["x"] is not page["data"]["x"]

    def test_inplace_a_page_gets_new_data_and_filled(self, run: Run) -> None:
        filler = fed(Filler(REGISTRY, inplace=True), run)
        page = pack_event_page(*run.events)
        page["filled"] = {"img": [True, True, True]}
        data, filled = page["data"], page["filled"]
        _name, output = filler("event_page", page)
        assert output is page
        assert page["data"] == data and page["data"] is not data
        assert page["filled"] == filled and page["filled"] is not filled

    def test_the_quick_path_for_pages_equals_unpacking_and_packing(self, run: Run) -> None:
        filler = fed(Filler(REGISTRY, inplace=False), run)
        page = pack_event_page(*run.events)
        page["filled"] = {"img": [True, "d/1", True]}
        quick = filler.fill_event_page(page)

        class RowByRow(Filler):
            def fill_event(
                self, doc: Any, include: Any = None, exclude: Any = None, inplace: Any = None
            ) -> Any:
                return super().fill_event(doc, include, exclude, inplace)

        slow = fed(RowByRow(REGISTRY, inplace=False), run).fill_event_page(page)
        assert quick == slow
        assert list(quick) == list(slow)

    def test_a_page_with_nothing_to_fill_is_copied_column_by_column(self, run: Run) -> None:
        filler = fed(Filler(REGISTRY, inplace=False), run)
        page = pack_event_page(*run.events)
        page["filled"] = {"img": [True, True, True]}
        original = copy.deepcopy(page)
        _name, output = filler("event_page", page)
        assert output == original
        output["data"]["x"].append(99.0)
        output["uid"].append("extra")
        assert page == original
        assert ArrayHandler.calls == []

    def test_a_page_of_an_unknown_descriptor_is_unresolvable_even_with_nothing_to_fill(
        self, run: Run
    ) -> None:
        filler = Filler(REGISTRY, inplace=False)
        page = pack_event_page(*run.events)
        page["filled"] = {}
        with pytest.raises(UnresolvableForeignKeyError):
            filler("event_page", page)
        with pytest.raises(UnresolvableForeignKeyError):
            NoFiller(REGISTRY)("event_page", page)


class TestIncludeExclude:
    def test_include_and_exclude_together_are_refused(self) -> None:
        with pytest.raises(EventModelValueError, match="at most one"):
            Filler({}, include=[], exclude=[], inplace=True)

    @pytest.mark.parametrize(
        ("option", "fields", "filled"),
        [
            ("exclude", ["img"], False),
            ("exclude", ["x"], True),
            ("include", ["img"], True),
            ("include", ["img", "not-a-key"], True),
            ("include", ["x"], False),
        ],
    )
    def test_include_and_exclude_choose_the_fields(
        self, run: Run, option: str, fields: list[str], filled: bool
    ) -> None:
        with pytest.warns(DeprecationWarning, match=option):
            filler = Filler(REGISTRY, inplace=True, **{option: fields})
        fed(filler, run)
        filler("event", run.events[0])
        assert (run.events[0]["data"]["img"] == expected_image(0)) is filled

    def test_fill_event_takes_include_and_exclude_per_call(self, run: Run) -> None:
        filler = fed(Filler(REGISTRY, inplace=True), run)
        assert filler.fill_event(run.events[0], exclude=["img"])["data"]["img"] == run.datum[0]["datum_id"]
        assert filler.fill_event(run.events[0], include={"img"})["data"]["img"] == expected_image(0)


class TestErrors:
    def test_an_unknown_spec_raises_undefined_asset_specification(self, run: Run) -> None:
        filler = fed(Filler({}, inplace=True), run)
        with pytest.raises(UndefinedAssetSpecification, match=SPEC) as caught:
            filler("event", run.events[0])
        assert isinstance(caught.value, KeyError)
        assert run.events[0]["data"]["img"] == run.datum[0]["datum_id"]

    def test_a_datum_that_was_not_seen_is_unresolvable(self, run: Run) -> None:
        filler = Filler(REGISTRY, inplace=True)
        filler("descriptor", run.descriptor)
        filler("resource", run.resource)
        with pytest.raises(UnresolvableForeignKeyError) as caught:
            filler("event", run.events[0])
        assert caught.value.key == run.datum[0]["datum_id"]

    def test_a_datum_before_its_resource_is_unresolvable_at_fill_time(self, run: Run) -> None:
        filler = Filler(REGISTRY, inplace=True)
        filler("descriptor", run.descriptor)
        filler("datum", run.datum[0])  # accepted: datum are only looked up when an event needs them
        with pytest.raises(UnresolvableForeignKeyError) as caught:
            filler("event", run.events[0])
        assert caught.value.key == run.resource["uid"]
        assert isinstance(caught.value, ValueError)

    def test_an_event_before_its_descriptor_is_unresolvable(self, run: Run) -> None:
        filler = Filler(REGISTRY, inplace=True)
        with pytest.raises(UnresolvableForeignKeyError) as caught:
            filler("event", run.events[0])
        assert caught.value.key == run.descriptor["uid"]

    def test_a_dangling_field_leaves_the_whole_event_untouched(self) -> None:
        run = external_run(events=1)
        run.descriptor["data_keys"]["img2"] = dict(run.descriptor["data_keys"]["img"])
        event = run.events[0]
        event["data"]["img2"] = "never-seen/0"
        event["timestamps"]["img2"] = 0.0
        event["filled"]["img2"] = False
        filler = fed(Filler(REGISTRY, inplace=True), run)
        with pytest.raises(UnresolvableForeignKeyError):
            filler("event", event)
        assert event["data"]["img"] == run.datum[0]["datum_id"]

    def test_filled_naming_a_key_missing_from_data_is_mismatched(self, run: Run) -> None:
        filler = fed(Filler(REGISTRY, inplace=True), run)
        del run.events[0]["data"]["img"]
        with pytest.raises(MismatchedDataKeys, match="img"):
            filler("event", run.events[0])

    def test_an_external_key_missing_from_data_is_mismatched(self) -> None:
        run = external_run(with_filled=False)
        filler = fed(Filler(REGISTRY, inplace=True), run)
        del run.events[0]["data"]["img"]
        with pytest.raises(MismatchedDataKeys, match="img"):
            filler("event", run.events[0])

    def test_an_unhashable_datum_id_is_a_type_error(self, run: Run) -> None:
        filler = fed(Filler(REGISTRY, inplace=True), run)
        run.events[0]["data"]["img"] = [1, 2]
        with pytest.raises(EventModelTypeError, match="datum_id"):
            filler("event", run.events[0])

    def test_a_resource_without_uid_names_the_field(self, run: Run) -> None:
        filler = Filler(REGISTRY, inplace=True)
        del run.resource["uid"]
        with pytest.raises(EventModelKeyError, match="'uid'"):
            filler("resource", run.resource)

    def test_a_registry_without_items_is_an_attribute_error(self) -> None:
        # 1.24 called handler_registry.items(): AttributeError.
        with pytest.raises(EventModelAttributeError, match="handler_registry") as caught:
            Filler([("X", ArrayHandler)], inplace=True)  # type: ignore[arg-type]
        assert isinstance(caught.value, AttributeError)

    def test_an_unhashable_coercion_name_is_a_type_error(self) -> None:
        with pytest.raises(EventModelTypeError, match="coerce"):
            Filler({}, coerce=["as_is"], inplace=True)  # type: ignore[arg-type]

    def test_an_unknown_coercion_is_a_key_error(self) -> None:
        with pytest.raises(EventModelKeyError, match="as_is"):
            Filler({}, coerce="nope", inplace=True)

    def test_errors_from_a_handler_other_than_oserror_propagate(self, run: Run) -> None:
        class Broken:
            def __init__(self, path: str, **kwargs: Any) -> None:
                pass

            def __call__(self, **kwargs: Any) -> Any:
                raise ZeroDivisionError("bug in handler")

        filler = fed(Filler({SPEC: Broken}, inplace=True), run)
        with pytest.raises(ZeroDivisionError):
            filler("event", run.events[0])


class FlakyHandler:
    """Raises OSError on its first ``failures`` reads, then returns 42."""

    failures = 0
    attempts = 0

    def __init__(self, path: str, **kwargs: Any) -> None:
        pass

    def __call__(self, **kwargs: Any) -> int:
        FlakyHandler.attempts += 1
        if FlakyHandler.attempts <= FlakyHandler.failures:
            raise OSError("file not written yet")
        return 42


class TestRetries:
    def flaky_filler(self, run: Run, failures: int, intervals: list[float]) -> Filler:
        FlakyHandler.failures = failures
        FlakyHandler.attempts = 0
        return fed(Filler({SPEC: FlakyHandler}, inplace=True, retry_intervals=intervals), run)

    def test_a_read_is_retried_once_per_interval(self, run: Run) -> None:
        filler = self.flaky_filler(run, failures=2, intervals=[0, 0])
        filler("event", run.events[0])
        assert run.events[0]["data"]["img"] == 42
        assert FlakyHandler.attempts == 3

    def test_data_not_accessible_when_every_attempt_fails(self, run: Run) -> None:
        filler = self.flaky_filler(run, failures=3, intervals=[0, 0])
        with pytest.raises(DataNotAccessible, match="3 attempts") as caught:
            filler("event", run.events[0])
        assert isinstance(caught.value.__cause__, OSError)
        assert isinstance(caught.value, (EventModelError, IOError))
        assert FlakyHandler.attempts == 3

    def test_no_intervals_means_one_attempt(self, run: Run) -> None:
        filler = self.flaky_filler(run, failures=1, intervals=[])
        with pytest.raises(DataNotAccessible):
            filler("event", run.events[0])
        assert FlakyHandler.attempts == 1

    def test_making_the_handler_is_retried_too(self, run: Run) -> None:
        attempts = []

        def opener(path: str, **kwargs: Any) -> Any:
            attempts.append(path)
            raise FileNotFoundError(path)

        filler = fed(Filler({SPEC: opener}, inplace=True, retry_intervals=[0]), run)
        with pytest.raises(DataNotAccessible, match="handler"):
            filler("event", run.events[0])
        assert len(attempts) == 2

    @pytest.mark.parametrize("given", [(1,), [1], (), [], range(3)])
    def test_retry_intervals_become_a_list(self, given: Any) -> None:
        filler = Filler({}, retry_intervals=given, inplace=False)
        assert filler.retry_intervals == list(given)
        assert isinstance(filler.retry_intervals, list)

    def test_none_gives_the_default_intervals(self) -> None:
        assert Filler({}, inplace=False).retry_intervals == list(DEFAULT_RETRY_INTERVALS)
        assert DEFAULT_RETRY_INTERVALS[0] == 0.001
        assert len(DEFAULT_RETRY_INTERVALS) == 11

    def test_retry_intervals_can_be_set_later(self) -> None:
        filler = Filler({}, inplace=False)
        filler.retry_intervals = (0.5,)
        assert filler.retry_intervals == [0.5]
        with pytest.raises(EventModelTypeError, match="retry_intervals"):
            filler.retry_intervals = None  # type: ignore[assignment]  # 1.24: list(None)

    @pytest.mark.parametrize("bad", [["soon"], [-1], [float("nan")], [True]])
    def test_retry_intervals_must_be_non_negative_numbers_under_strict_checks(self, bad: list[Any]) -> None:
        assert Filler({}, retry_intervals=bad, inplace=False).retry_intervals == bad  # as 1.24
        with strict_checks(), pytest.raises(EventModelValueError, match="retry_intervals"):
            Filler({}, retry_intervals=bad, inplace=False)

    def test_a_negative_pause_fails_when_it_is_taken(self, run: Run) -> None:
        filler = self.flaky_filler(run, failures=1, intervals=[-1])
        with pytest.raises(ValueError, match="negative"):  # time.sleep(-1), as in 1.24
            filler("event", run.events[0])
        assert FlakyHandler.attempts == 1

    def test_attempt_with_retries_keeps_1_24s_meaning(self) -> None:
        # intervals are the pauses before each attempt, the first included.
        calls: list[Any] = []

        def once_failing(*args: Any, **kwargs: Any) -> str:
            calls.append((args, kwargs))
            if len(calls) == 1:
                raise OSError("not yet")
            return "read"

        result = event_model._attempt_with_retries(
            func=once_failing, args=(1,), kwargs={"k": 2}, intervals=[0, 0],
            error_to_catch=OSError, error_to_raise=DataNotAccessible,
        )  # fmt: skip
        assert result == "read" and calls == [((1,), {"k": 2})] * 2
        with pytest.raises(DataNotAccessible) as caught:
            event_model._attempt_with_retries(once_failing, (), {}, [], OSError, DataNotAccessible("gone"))
        assert caught.value.__cause__ is None  # no attempt at all


class TestHandlerRegistry:
    def test_the_registry_is_a_read_only_view(self) -> None:
        filler = Filler(REGISTRY, inplace=False)
        view = filler.handler_registry
        assert isinstance(view, HandlerRegistryView)
        assert dict(view) == REGISTRY
        assert len(view) == 1
        assert list(view) == [SPEC]
        with pytest.raises(EventModelTypeError, match="register_handler"):
            view[SPEC] = dict  # type: ignore[index]
        with pytest.raises(EventModelTypeError, match="register_handler"):
            view["OTHER"] = dict  # type: ignore[index]
        with pytest.raises(EventModelTypeError, match="deregister_handler"):
            del view[SPEC]  # type: ignore[attr-defined]
        assert repr(view) == f"HandlerRegistryView({REGISTRY!r})"

    def test_registering_the_same_handler_again_is_harmless(self) -> None:
        filler = Filler(REGISTRY, inplace=False)
        filler.register_handler(SPEC, ArrayHandler)
        assert filler.handler_registry[SPEC] is ArrayHandler

    def test_another_handler_for_a_registered_spec_is_a_duplicate(self) -> None:
        filler = Filler(REGISTRY, inplace=False)
        with pytest.raises(DuplicateHandler, match="overwrite=True") as caught:
            filler.register_handler(SPEC, dict)
        assert isinstance(caught.value, RuntimeError)
        assert filler.handler_registry[SPEC] is ArrayHandler

    def test_overwriting_drops_the_old_handlers_instances(self, run: Run) -> None:
        filler = fed(Filler(REGISTRY, inplace=True), run)
        filler("event", run.events[0])
        assert filler._handler_cache  # one instance made

        class Replacement(ArrayHandler):
            def __call__(self, index: int) -> list[list[float]]:
                return [[-1.0]]

        filler.register_handler(SPEC, Replacement, overwrite=True)
        assert filler.handler_registry[SPEC] is Replacement
        assert not filler._handler_cache
        filler("event", run.events[1])
        assert run.events[1]["data"]["img"] == [[-1.0]]

    def test_deregister_returns_the_handler_and_forgets_it(self, run: Run) -> None:
        filler = fed(Filler(REGISTRY, inplace=True), run)
        filler("event", run.events[0])
        assert filler.deregister_handler(SPEC) is ArrayHandler
        assert dict(filler.handler_registry) == {}
        assert not filler._handler_cache
        assert filler.deregister_handler(SPEC) is None
        with pytest.raises(UndefinedAssetSpecification):
            filler("event", run.events[1])

    def test_the_given_registry_is_not_kept_by_reference(self) -> None:
        registry = dict(REGISTRY)
        filler = Filler(registry, inplace=False)
        registry["LATER"] = dict
        assert "LATER" not in filler.handler_registry


class TestCaches:
    def test_documents_and_handlers_are_cached_and_can_be_cleared(self, run: Run) -> None:
        filler = fed(Filler(REGISTRY, inplace=True), run)
        filler("event", run.events[0])
        assert list(filler._descriptor_cache) == [run.descriptor["uid"]]
        assert list(filler._resource_cache) == [run.resource["uid"]]
        assert list(filler._datum_cache) == [datum["datum_id"] for datum in run.datum]
        assert len(filler._handler_cache) == 1
        filler.clear_document_caches()
        assert not filler._descriptor_cache and not filler._resource_cache and not filler._datum_cache
        assert len(filler._handler_cache) == 1
        filler.clear_handler_cache()
        assert not filler._handler_cache

    def test_caches_given_by_the_caller_are_used(self, run: Run) -> None:
        caches: dict[str, dict[Any, Any]] = {
            name: {}
            for name in (
                "handler_cache",
                "resource_cache",
                "datum_cache",
                "descriptor_cache",
                "stream_resource_cache",
                "stream_datum_cache",
            )
        }
        filler = fed(Filler(REGISTRY, inplace=True, **caches), run)
        filler("event", run.events[0])
        filler("stream_resource", {"uid": "sr", "run_start": run.start["uid"]})
        filler("stream_datum", {"uid": "sr/0", "stream_resource": "sr"})
        assert list(caches["descriptor_cache"]) == [run.descriptor["uid"]]
        assert list(caches["resource_cache"]) == [run.resource["uid"]]
        assert len(caches["datum_cache"]) == 3
        assert list(caches["handler_cache"]) == [(run.resource["uid"], SPEC)]
        assert list(caches["stream_resource_cache"]) == ["sr"]
        assert list(caches["stream_datum_cache"]) == ["sr/0"]

    def test_a_subclass_chooses_its_default_caches(self) -> None:
        class Recording(dict[Any, Any]):
            pass

        class CustomFiller(Filler):
            @staticmethod
            def get_default_datum_cache() -> Recording:
                return Recording()

        assert isinstance(CustomFiller({}, inplace=True)._datum_cache, Recording)

    def test_stream_documents_are_cached_and_passed_through(self) -> None:
        filler = Filler({}, inplace=True)
        resource = {"uid": "sr", "run_start": "run", "data_key": "det", "mimetype": "application/x-hdf5"}
        datum = {"uid": "sr/0", "stream_resource": "sr", "descriptor": "d"}
        assert filler("stream_resource", resource)[1] is resource
        assert filler("stream_datum", datum)[1] is datum
        assert filler._stream_resource_cache == {"sr": resource}
        assert filler._stream_datum_cache == {"sr/0": datum}


class TestLifeCycle:
    def test_a_filler_is_a_context_manager_that_closes(self, run: Run) -> None:
        with Filler(REGISTRY, inplace=True) as filler:
            fed(filler, run)
            filler("event", run.events[0])
            assert not filler.closed
        assert filler.closed
        assert run.events[0]["data"]["img"] == expected_image(0)
        assert repr(filler) == "<Closed Filler>"

    def test_a_closed_filler_refuses_everything(self, run: Run) -> None:
        filler = fed(Filler(REGISTRY, inplace=True), run)
        filler.close()
        for use in (
            lambda: filler("stop", run.stop),
            lambda: filler.get_handler(run.resource),
            lambda: filler.fill_event(run.events[0]),
            lambda: filler.fill_event_page(pack_event_page(*run.events)),
            lambda: filler.clear_handler_cache(),
            lambda: filler.clear_document_caches(),
            lambda: filler.descriptor(run.descriptor),
        ):
            with pytest.raises(EventModelRuntimeError, match="closed"):
                use()

    def test_closing_lets_go_of_caller_caches_without_clearing_them(self, run: Run) -> None:
        datum_cache: dict[str, Any] = {}
        filler = fed(Filler(REGISTRY, inplace=True, datum_cache=datum_cache), run)
        filler.close()
        assert len(datum_cache) == 3
        assert filler._datum_cache is not datum_cache

    def test_leaving_inplace_unset_warns_and_fills_in_place(self) -> None:
        with pytest.warns(UserWarning, match="inplace"):
            filler = Filler(REGISTRY)
        assert filler.inplace is True

    def test_repr(self) -> None:
        assert repr(Filler({}, inplace=True)) == "<Filler>"


class TestCloneAndPickle:
    def settings(self) -> dict[str, Any]:
        return {
            "root_map": {"/beamline/data": "/mnt/copy"},
            "coerce": "force_numpy",
            "inplace": False,
            "retry_intervals": [0.25, 0.5],
            "refuse_escaping_paths": True,
        }

    def test_a_clone_has_the_same_settings_and_its_own_caches(self, run: Run) -> None:
        original = fed(Filler(REGISTRY, **self.settings()), run)
        clone = original.clone()
        assert clone == original
        assert clone is not original
        assert type(clone) is Filler
        assert dict(clone._unpatched_handler_registry) == REGISTRY
        assert clone.root_map == {"/beamline/data": "/mnt/copy"}
        assert clone.retry_intervals == [0.25, 0.5]
        assert clone.refuse_escaping_paths is True
        assert not clone._descriptor_cache
        assert original._descriptor_cache

    def test_clone_overrides(self) -> None:
        original = Filler(REGISTRY, **self.settings())
        clone = original.clone({}, inplace=True, root_map={}, retry_intervals=[], refuse_escaping_paths=False)
        assert clone != original
        assert clone.inplace is True
        assert clone.root_map == {}
        assert clone.retry_intervals == []
        assert clone.refuse_escaping_paths is False
        assert dict(clone.handler_registry) == {}

    def test_equality_compares_settings(self) -> None:
        assert Filler({}, inplace=True) == Filler(REGISTRY, inplace=True)
        assert Filler({}, inplace=True) != Filler({}, inplace=False)
        assert Filler({}, inplace=True) != NoFiller({})
        assert Filler({}, inplace=True) != Filler({}, inplace=True, descriptor_cache=_Other())
        assert Filler({}, inplace=True) != "Filler"

    def test_a_filler_is_not_hashable(self) -> None:
        with pytest.raises(TypeError):
            hash(Filler({}, inplace=True))

    def test_a_filler_pickles_with_its_registry_and_caches(self, run: Run) -> None:
        settings = {**self.settings(), "coerce": "as_is"}
        filler = fed(Filler(REGISTRY, **settings), run)
        restored = pickle.loads(pickle.dumps(filler))
        assert restored == filler
        assert dict(restored.handler_registry) == REGISTRY
        assert list(restored._datum_cache) == list(filler._datum_cache)
        _name, output = restored("event", run.events[2])
        assert output["data"]["img"] == expected_image(2)

    def test_a_pickled_filler_without_the_escaping_option_unpickles(self) -> None:
        state = Filler({}, inplace=True).__getstate__()
        assert "refuse_escaping_paths" not in state  # as event-model 1.24 pickled it
        assert Filler({}, inplace=True, refuse_escaping_paths=True).__getstate__()["refuse_escaping_paths"]
        restored = Filler.__new__(Filler)
        restored.__setstate__(state)
        assert restored.refuse_escaping_paths is False
        assert restored == Filler({}, inplace=True)


class _Other(dict[Any, Any]):
    """A cache of another type than dict."""


class TestNoFiller:
    def test_nothing_is_filled(self, run: Run) -> None:
        filler = fed(NoFiller(REGISTRY), run)
        event = run.events[0]
        _name, output = filler("event", event)
        assert output is event
        assert event["data"]["img"] == run.datum[0]["datum_id"]
        assert ArrayHandler.calls == []
        assert filler.inplace is True

    def test_pages_pass_unchanged(self, run: Run) -> None:
        filler = fed(NoFiller(REGISTRY), run)
        page = pack_event_page(*run.events)
        original = copy.deepcopy(page)
        assert filler("event_page", page)[1] == original

    def test_an_unknown_spec_is_not_its_concern(self, run: Run) -> None:
        filler = fed(NoFiller({}), run)
        assert filler("event", run.events[0])[1] is run.events[0]

    def test_a_missing_datum_is_unresolvable(self, run: Run) -> None:
        filler = NoFiller(REGISTRY)
        filler("descriptor", run.descriptor)
        filler("resource", run.resource)
        with pytest.raises(UnresolvableForeignKeyError) as caught:
            filler("event", run.events[0])
        assert caught.value.key == run.datum[0]["datum_id"]

    def test_a_missing_resource_is_unresolvable(self, run: Run) -> None:
        filler = NoFiller(REGISTRY)
        filler("descriptor", run.descriptor)
        filler("datum", run.datum[0])
        with pytest.raises(UnresolvableForeignKeyError) as caught:
            filler("event_page", pack_event_page(run.events[0]))
        assert caught.value.key == run.resource["uid"]

    def test_mismatched_keys_are_reported(self, run: Run) -> None:
        filler = fed(NoFiller(REGISTRY), run)
        del run.events[0]["data"]["img"]
        with pytest.raises(MismatchedDataKeys):
            filler("event", run.events[0])

    def test_exclude_skips_the_checks_of_a_field(self, run: Run) -> None:
        with pytest.warns(DeprecationWarning):
            filler = NoFiller(REGISTRY, exclude=["img"])
        filler("descriptor", run.descriptor)
        assert filler("event", run.events[0])[1] is run.events[0]
