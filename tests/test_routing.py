"""DocumentRouter and SingleRunDocumentRouter: dispatch, fallbacks, emit, validation."""

from __future__ import annotations

import copy
import gc
from typing import Any

import jsonschema
import pytest
from event_model import strict_checks
from event_model.document_names import DocumentNames
from event_model.errors import (
    EventModelAttributeError,
    EventModelError,
    EventModelTypeError,
    EventModelValueError,
    UnresolvableForeignKeyError,
)
from event_model.filling import Filler
from event_model.pages import pack_datum_page, pack_event_page
from event_model.routing import DocumentRouter, SingleRunDocumentRouter
from event_model.run_router import RunRouter
from routing_documents import external_run

RUN = external_run(events=3)
EVENT_PAGE = pack_event_page(*RUN.events)
DATUM_PAGE = pack_datum_page(*RUN.datum)


def route(router: DocumentRouter, name: str, doc: Any) -> Any:
    """Route a deep copy of ``doc`` and return the output document."""
    returned_name, output = router(name, copy.deepcopy(doc))
    assert returned_name == name
    return output


class Recorder(DocumentRouter):
    """Records what each overridden method received."""

    def __init__(self) -> None:
        super().__init__()
        self.received: list[tuple[str, Any]] = []


class EventOnly(Recorder):
    """Negates x in each event; knows nothing of pages."""

    def event(self, doc: Any) -> Any:
        self.received.append(("event", doc))
        return {**doc, "data": {**doc["data"], "x": -doc["data"]["x"]}}


class EventPageOnly(Recorder):
    """Negates x in each event page; knows nothing of single events."""

    def event_page(self, doc: Any) -> Any:
        self.received.append(("event_page", doc))
        return {**doc, "data": {**doc["data"], "x": [-x for x in doc["data"]["x"]]}}


class DatumOnly(Recorder):
    def datum(self, doc: Any) -> Any:
        self.received.append(("datum", doc))
        return {**doc, "datum_kwargs": {"index": doc["datum_kwargs"]["index"] + 100}}


class DatumPageOnly(Recorder):
    def datum_page(self, doc: Any) -> Any:
        self.received.append(("datum_page", doc))
        return {**doc, "datum_kwargs": {"index": [i + 100 for i in doc["datum_kwargs"]["index"]]}}


SAMPLES = {
    "start": RUN.start,
    "descriptor": RUN.descriptor,
    "resource": RUN.resource,
    "datum": RUN.datum[0],
    "datum_page": DATUM_PAGE,
    "event": RUN.events[0],
    "event_page": EVENT_PAGE,
    "stream_resource": {
        "uid": "sr",
        "run_start": RUN.start["uid"],
        "data_key": "det",
        "mimetype": "x",
        "uri": "u",
    },
    "stream_datum": {"uid": "sr/0", "stream_resource": "sr", "descriptor": RUN.descriptor["uid"]},
    "stop": RUN.stop,
}
"""One document of each (non-deprecated) kind."""


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_base_router_passes_every_document_through_as_the_same_object(name: str) -> None:
    doc = SAMPLES[name]
    returned_name, output = DocumentRouter()(name, doc)
    assert returned_name == name
    assert output is doc


def test_every_document_name_has_a_sample() -> None:
    assert sorted(SAMPLES) == sorted(m.value for m in DocumentNames if not m.value.startswith("bulk"))


def test_a_document_names_enum_member_is_not_a_name() -> None:
    # event-model 1.24 looked the method up with getattr, which needs a string: TypeError.
    with pytest.raises(EventModelTypeError, match=r"pass its \.value"):
        DocumentRouter()(DocumentNames.start, RUN.start)


@pytest.mark.parametrize("name", [None, 3])
def test_a_name_that_is_not_a_string_is_a_type_error(name: Any) -> None:
    with pytest.raises(TypeError, match="not a string"):
        DocumentRouter()(name, {})


@pytest.mark.parametrize("name", ["bogus", ""])
def test_a_name_that_is_no_method_is_an_attribute_error(name: Any) -> None:
    with pytest.raises(EventModelAttributeError, match="has no method") as caught:
        DocumentRouter()(name, {})
    assert isinstance(caught.value, AttributeError)  # the built-in 1.24 raised


def test_any_method_named_is_called_as_in_1_24() -> None:
    # 1.24 dispatched to whatever attribute the name gives; so does this router.
    class Custom(DocumentRouter):
        def custom(self, doc: Any) -> Any:
            return {"custom": doc}

    assert Custom()("custom", 1) == ("custom", {"custom": 1})
    with pytest.raises(TypeError):
        DocumentRouter()("emit", {})  # emit(name, doc) given one argument


def test_a_method_returning_none_means_unchanged() -> None:
    class Quiet(DocumentRouter):
        def start(self, doc: Any) -> None:
            doc["seen"] = True

    doc = copy.deepcopy(RUN.start)
    _name, output = Quiet()("start", doc)
    assert output is doc
    assert output["seen"] is True


def test_a_method_may_return_a_different_document() -> None:
    class Renamer(DocumentRouter):
        def descriptor(self, doc: Any) -> Any:
            return {**doc, "name": "renamed"}

    output = route(Renamer(), "descriptor", RUN.descriptor)
    assert output["name"] == "renamed"


def test_an_event_goes_to_event_when_it_is_overridden() -> None:
    router = EventOnly()
    output = route(router, "event", RUN.events[1])
    assert output["data"]["x"] == -1.0
    assert [name for name, _ in router.received] == ["event"]


def test_an_event_page_is_routed_row_by_row_through_event() -> None:
    router = EventOnly()
    output = route(router, "event_page", EVENT_PAGE)
    assert output["data"]["x"] == [-0.0, -1.0, -2.0]
    assert output["uid"] == EVENT_PAGE["uid"]
    assert [doc["uid"] for _, doc in router.received] == EVENT_PAGE["uid"]


def test_an_event_is_routed_through_event_page_as_a_one_row_page() -> None:
    router = EventPageOnly()
    output = route(router, "event", RUN.events[2])
    assert output["data"]["x"] == -2.0
    assert output["uid"] == RUN.events[2]["uid"]
    ((name, page),) = router.received
    assert name == "event_page"
    assert page["uid"] == [RUN.events[2]["uid"]]


def test_an_event_page_goes_to_event_page_when_it_is_overridden() -> None:
    output = route(EventPageOnly(), "event_page", EVENT_PAGE)
    assert output["data"]["x"] == [-0.0, -1.0, -2.0]


def test_a_datum_page_is_routed_row_by_row_through_datum() -> None:
    router = DatumOnly()
    output = route(router, "datum_page", DATUM_PAGE)
    assert output["datum_kwargs"] == {"index": [100, 101, 102]}
    assert len(router.received) == 3


def test_a_datum_is_routed_through_datum_page() -> None:
    router = DatumPageOnly()
    output = route(router, "datum", RUN.datum[1])
    assert output == {**RUN.datum[1], "datum_kwargs": {"index": 101}}
    assert [name for name, _ in router.received] == ["datum_page"]


def test_an_event_page_returning_none_gives_back_the_event_unpacked() -> None:
    class PageNone(DocumentRouter):
        def event_page(self, doc: Any) -> None:
            return None

    event = RUN.events[0]
    output = route(PageNone(), "event", event)
    assert output == {**event, "filled": event["filled"]}


def test_a_row_answering_not_implemented_abandons_the_page() -> None:
    class Choosy(DocumentRouter):
        def event(self, doc: Any) -> Any:
            if doc["seq_num"] == 2:
                return NotImplemented
            return {**doc, "data": {**doc["data"], "x": 99}}

    page = copy.deepcopy(EVENT_PAGE)
    _name, output = Choosy()("event_page", page)
    assert output is page
    assert output["data"]["x"] == [0.0, 1.0, 2.0]


def test_event_returning_none_for_each_row_repacks_the_page_unchanged() -> None:
    class Watcher(DocumentRouter):
        def event(self, doc: Any) -> None:
            return None

    assert route(Watcher(), "event_page", EVENT_PAGE) == EVENT_PAGE


EMPTY_PAGE = {
    "uid": [],
    "time": [],
    "seq_num": [],
    "descriptor": "d",
    "data": {},
    "timestamps": {},
    "filled": {},
}


@pytest.mark.parametrize("router", [EventOnly(), DocumentRouter()], ids=["event-only", "base"])
def test_an_empty_event_page_cannot_go_row_by_row(router: DocumentRouter) -> None:
    # 1.24 packed the (no) rows again, which raised ValueError; a router with
    # event_page of its own takes the page as it is.
    with pytest.raises(EventModelValueError, match="without rows") as caught:
        router("event_page", copy.deepcopy(EMPTY_PAGE))
    assert isinstance(caught.value, ValueError)


def test_an_empty_datum_page_cannot_go_row_by_row() -> None:
    empty = {"resource": "r", "datum_id": [], "datum_kwargs": {}}
    with pytest.raises(ValueError, match="without rows"):
        DatumOnly()("datum_page", empty)
    with pytest.raises(ValueError, match="without rows"):
        DocumentRouter()("datum_page", empty)


@pytest.mark.parametrize(
    ("name", "doc", "error"),
    [
        ("event", {"uid": "no-time"}, KeyError),
        ("event", [1, 2], TypeError),
        ("event_page", {"descriptor": "d"}, KeyError),
        ("datum", {"datum_id": "no-resource"}, KeyError),
        ("datum_page", {}, KeyError),
    ],
)
def test_a_malformed_row_or_page_is_refused_even_by_the_base_router(name: str, doc: Any, error: type) -> None:
    # 1.24 packed each event (unpacked each page) before offering it to the
    # counterpart method, so malformed ones raised even when nobody handled them.
    with pytest.raises(error):
        DocumentRouter()(name, doc)


def test_well_formed_rows_and_pages_pass_the_base_router_as_the_same_object() -> None:
    for name, doc in [("event", RUN.events[0]), ("event_page", EVENT_PAGE), ("datum", RUN.datum[0])]:
        assert DocumentRouter()(name, doc)[1] is doc


def test_an_empty_event_page_passes_a_router_with_its_own_event_page() -> None:
    class PageWatcher(DocumentRouter):
        def event_page(self, doc: Any) -> None:
            return None

    page = copy.deepcopy(EMPTY_PAGE)
    assert PageWatcher()("event_page", page)[1] is page


def test_a_page_method_returning_several_rows_for_one_event_is_an_error() -> None:
    class Doubler(DocumentRouter):
        def event_page(self, doc: Any) -> Any:
            return pack_event_page(*RUN.events[:2])

    with pytest.raises(EventModelValueError, match="more than one row") as caught:
        Doubler()("event", RUN.events[0])
    assert isinstance(caught.value, ValueError)  # 1.24: "too many values to unpack"


def test_the_input_document_is_not_mutated_by_the_fallbacks() -> None:
    page = copy.deepcopy(EVENT_PAGE)
    EventOnly()("event_page", page)
    assert page == EVENT_PAGE
    event = copy.deepcopy(RUN.events[0])
    EventPageOnly()("event", event)
    assert event == RUN.events[0]


def test_validate_true_checks_the_output_document() -> None:
    class Breaker(DocumentRouter):
        def start(self, doc: Any) -> Any:
            return {"no_uid": True}

    assert DocumentRouter()("start", RUN.start, validate=True)[1] is RUN.start
    with pytest.raises(jsonschema.exceptions.ValidationError):
        Breaker()("start", RUN.start, validate=True)
    assert Breaker()("start", RUN.start)[1] == {"no_uid": True}


def test_validate_true_checks_what_the_method_returned_even_none() -> None:
    # 1.24 validated the method's own answer, so None (meaning "unchanged") fails validation.
    class Quiet(DocumentRouter):
        def start(self, doc: Any) -> None:
            return None

    with pytest.raises(jsonschema.exceptions.ValidationError):
        Quiet()("start", RUN.start, validate=True)
    assert Quiet()("start", RUN.start)[1] is RUN.start


def test_validate_true_checks_a_repacked_page() -> None:
    class BadEvent(DocumentRouter):
        def event(self, doc: Any) -> Any:
            return {**doc, "seq_num": "first"}

    with pytest.raises(jsonschema.exceptions.ValidationError):
        BadEvent()("event_page", EVENT_PAGE, validate=True)


def test_bulk_events_are_handed_to_event_page_with_a_warning() -> None:
    router = EventPageOnly()
    bulk = {RUN.descriptor["uid"]: copy.deepcopy(RUN.events)}
    with pytest.warns(UserWarning, match="bulk_events"):
        _name, output = router("bulk_events", bulk)
    assert output is bulk
    ((_name, page),) = router.received
    assert page["uid"] == [event["uid"] for event in RUN.events]


def test_bulk_events_do_not_fall_back_to_event() -> None:
    # 1.24 called event_page() itself, not the dispatcher: an event-only router sees nothing.
    router = EventOnly()
    with pytest.warns(UserWarning, match="bulk_events"):
        router("bulk_events", {RUN.descriptor["uid"]: copy.deepcopy(RUN.events)})
    assert router.received == []


def test_bulk_datum_is_routed_as_a_datum_page_with_a_warning() -> None:
    router = DatumPageOnly()
    bulk = {
        "resource": RUN.resource["uid"],
        "datum_ids": [datum["datum_id"] for datum in RUN.datum],
        "datum_kwarg_list": [datum["datum_kwargs"] for datum in RUN.datum],
    }
    with pytest.warns(UserWarning, match="bulk_datum"):
        router("bulk_datum", bulk)
    ((_name, page),) = router.received
    assert page["datum_id"] == bulk["datum_ids"]
    assert page["datum_kwargs"] == {"index": [0, 1, 2]}


class TestEmit:
    def test_emit_forwards_to_the_callable(self) -> None:
        received = []

        def collect(name: str, doc: Any) -> None:
            received.append((name, doc))

        router = DocumentRouter(emit=collect)
        router.emit("start", RUN.start)
        assert received == [("start", RUN.start)]

    def test_emit_without_callable_does_nothing(self) -> None:
        DocumentRouter().emit("start", RUN.start)  # must not raise

    def test_emit_holds_only_a_weak_reference_to_a_function(self) -> None:
        received = []

        def collect(name: str, doc: Any) -> None:
            received.append(name)

        router = DocumentRouter(emit=collect)
        del collect
        gc.collect()
        router.emit("start", RUN.start)
        assert received == []

    def test_emit_holds_only_a_weak_reference_to_a_bound_method(self) -> None:
        received = []

        class Sink:
            def take(self, name: str, doc: Any) -> None:
                received.append(name)

        sink = Sink()
        router = DocumentRouter(emit=sink.take)
        router.emit("start", RUN.start)
        del sink
        gc.collect()
        router.emit("stop", RUN.stop)
        assert received == ["start"]

    @pytest.mark.parametrize(
        "emit",
        [1, "print", lambda: None, lambda name: None, lambda name, doc, extra: None],
        ids=["int", "str", "no-args", "one-arg", "three-args"],
    )
    def test_emit_must_be_a_callable_of_name_and_doc(self, emit: Any) -> None:
        with pytest.raises(EventModelValueError, match="emit"):
            DocumentRouter(emit=emit)
        with pytest.raises(ValueError):  # the built-in kind, as event-model 1.24 raised
            DocumentRouter(emit=emit)

    def test_a_callable_that_cannot_be_weakly_referenced_is_refused(self) -> None:
        class Slotted:
            __slots__ = ()

            def __call__(self, name: str, doc: Any) -> None:
                pass

        with pytest.raises(EventModelTypeError, match="weakly referenced"):
            DocumentRouter(emit=Slotted())

    def test_a_callable_without_signature_is_a_value_error(self) -> None:
        with pytest.raises(EventModelValueError, match="signature"):
            DocumentRouter(emit=dict)

    @pytest.mark.parametrize("make", [lambda: Filler({}, inplace=False), lambda: RunRouter([])])
    def test_filler_and_run_router_have_no_emit(self, make: Any) -> None:
        # As in 1.24, they do not run DocumentRouter.__init__: emit() is an AttributeError.
        with pytest.raises(EventModelAttributeError, match="no emit callable") as caught:
            make().emit("start", RUN.start)
        assert isinstance(caught.value, AttributeError)

    def test_emit_with_optional_extra_arguments_is_accepted(self) -> None:
        def flexible(name: str, doc: Any, *rest: Any, **options: Any) -> None:
            pass

        router = DocumentRouter(emit=flexible)
        router.emit("start", RUN.start)


class TestSingleRunDocumentRouter:
    def fed(self) -> SingleRunDocumentRouter:
        router = SingleRunDocumentRouter()
        router("start", RUN.start)
        router("descriptor", RUN.descriptor)
        return router

    def test_get_start_returns_the_start_document(self) -> None:
        assert self.fed().get_start() is RUN.start

    def test_get_start_before_any_start_is_an_error(self) -> None:
        with pytest.raises(EventModelError, match="start document"):
            SingleRunDocumentRouter().get_start()

    def test_a_second_start_is_refused(self) -> None:
        router = self.fed()
        with pytest.raises(EventModelValueError, match="already has the start document"):
            router("start", {**RUN.start, "uid": "another-run"})
        assert router.get_start() is RUN.start

    def test_get_descriptor_and_stream_name(self) -> None:
        router = self.fed()
        assert router.get_descriptor(RUN.events[0]) is RUN.descriptor
        assert router.get_descriptor(EVENT_PAGE) is RUN.descriptor
        assert router.get_stream_name(RUN.events[0]) == "primary"

    def test_a_descriptor_of_another_run_is_refused(self) -> None:
        router = self.fed()
        other = {**RUN.descriptor, "uid": "other-descriptor", "run_start": "other-run"}
        with pytest.raises(EventModelValueError, match="other-run"):
            router("descriptor", other)
        with pytest.raises(UnresolvableForeignKeyError):
            router.get_descriptor({"descriptor": "other-descriptor"})

    def test_a_descriptor_before_the_start_is_refused(self) -> None:
        with pytest.raises(UnresolvableForeignKeyError) as caught:
            SingleRunDocumentRouter()("descriptor", RUN.descriptor)
        assert caught.value.key == RUN.start["uid"]
        assert isinstance(caught.value, AssertionError)  # 1.24 asserted there was a start

    def test_a_start_that_is_not_a_dict_is_kept_but_descriptors_are_refused(self) -> None:
        router = SingleRunDocumentRouter()
        assert router("start", [1, 2]) == ("start", [1, 2])  # 1.24 did not look at it
        with pytest.raises(AssertionError, match="not a dict"):
            router("descriptor", RUN.descriptor)

    def test_a_start_that_is_not_a_mapping_is_refused_under_strict_checks(self) -> None:
        with strict_checks(), pytest.raises(EventModelTypeError, match="not a start document"):
            SingleRunDocumentRouter()("start", [1, 2])

    def test_a_second_start_without_uid_is_a_key_error(self) -> None:
        router = SingleRunDocumentRouter()
        router("start", {"time": 0})
        with pytest.raises(KeyError, match="uid"):
            router("start", RUN.start)

    def test_get_descriptor_of_a_document_without_descriptor_is_an_error(self) -> None:
        with pytest.raises(EventModelValueError, match="refers to no descriptor"):
            self.fed().get_descriptor(RUN.start)

    def test_get_descriptor_of_an_unknown_descriptor_names_it(self) -> None:
        with pytest.raises(UnresolvableForeignKeyError) as caught:
            self.fed().get_descriptor({"descriptor": "nope"})
        assert caught.value.key == "nope"

    def test_documents_are_still_dispatched_to_overridden_methods(self) -> None:
        class Counter(SingleRunDocumentRouter):
            def __init__(self) -> None:
                super().__init__()
                self.names: list[str] = []

            def event(self, doc: Any) -> None:
                self.names.append(self.get_stream_name(doc))

        router = Counter()
        for name, doc in RUN.documents():
            router(name, doc)
        assert router.names == ["primary"] * 3

    def test_a_descriptor_missing_run_start_names_the_field(self) -> None:
        router = SingleRunDocumentRouter()
        router("start", RUN.start)
        broken = {key: value for key, value in RUN.descriptor.items() if key != "run_start"}
        with pytest.raises(KeyError, match="run_start"):
            router("descriptor", broken)
