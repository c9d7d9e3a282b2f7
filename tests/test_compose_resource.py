"""ComposeResource, ComposeDatum, ComposeDatumPage: documents and datum_id counting.

Expected values are those event-model 1.24.0 gives for the same calls; the
stricter checks are asserted inside ``event_model.strict_checks()``.
"""

from __future__ import annotations

import dataclasses
import itertools
from typing import Any

import event_model
import jsonschema
import pytest
from event_model.composition.resource import (
    ComposeDatum,
    ComposeDatumPage,
    ComposeResource,
    ComposeResourceBundle,
    compose_datum,
    compose_datum_page,
    compose_resource,
)
from event_model.composition.run import compose_run
from event_model.errors import (
    EventModelError,
    EventModelKeyError,
    EventModelRuntimeError,
    EventModelTypeError,
    EventModelValueError,
)


def test_resource_fields_and_key_order() -> None:
    bundle = compose_run(uid="run-1").compose_resource("AD_HDF5", "/data", "a/b.h5", {"fpp": 1}, uid="r-1")
    assert bundle.resource_doc == {
        "path_semantics": "posix",
        "uid": "r-1",
        "spec": "AD_HDF5",
        "root": "/data",
        "resource_kwargs": {"fpp": 1},
        "resource_path": "a/b.h5",
        "run_start": "run-1",
    }
    assert list(bundle.resource_doc) == [
        "path_semantics",
        "uid",
        "spec",
        "root",
        "resource_kwargs",
        "resource_path",
        "run_start",
    ]


def test_resource_without_a_run_has_no_run_start() -> None:
    assert "run_start" not in ComposeResource(None)("S", "/", "x", {}).resource_doc
    assert (
        "run_start"
        not in compose_resource(spec="S", root="/", resource_path="x", resource_kwargs={}).resource_doc
    )
    linked = compose_resource(spec="S", root="/", resource_path="x", resource_kwargs={}, start={"uid": "s"})  # type: ignore[typeddict-item]
    assert linked.resource_doc["run_start"] == "s"


def test_resource_takes_windows_path_semantics() -> None:
    doc = compose_run().compose_resource("S", "C:\\data", "x", {}, path_semantics="windows").resource_doc
    assert doc["path_semantics"] == "windows"


def test_invalid_resource_is_refused_by_the_schema() -> None:
    with pytest.raises(jsonschema.exceptions.ValidationError):
        compose_run().compose_resource("S", "/", "x", {}, path_semantics="mac")  # type: ignore[arg-type]


def test_bundle_unpacks_as_three() -> None:
    bundle = compose_run().compose_resource("S", "/", "x", {})
    doc, datum, datum_page = bundle
    assert isinstance(bundle, ComposeResourceBundle)
    assert doc is bundle.resource_doc
    assert isinstance(datum, ComposeDatum) and datum.resource is doc
    assert isinstance(datum_page, ComposeDatumPage) and datum_page.counter is datum.counter


def test_datum_ids_count_from_zero_across_datum_and_pages() -> None:
    bundle = compose_run().compose_resource("S", "/", "x", {}, uid="r")
    first = bundle.compose_datum({"i": 0})
    page = bundle.compose_datum_page({"i": [1, 2], "j": [3, 4]})
    last = bundle.compose_datum(datum_kwargs={"i": 3})
    assert first == {"resource": "r", "datum_kwargs": {"i": 0}, "datum_id": "r/0"}
    assert page == {"resource": "r", "datum_kwargs": {"i": [1, 2], "j": [3, 4]}, "datum_id": ["r/1", "r/2"]}
    assert last["datum_id"] == "r/3"
    assert list(first) == ["resource", "datum_kwargs", "datum_id"]
    assert list(page) == ["resource", "datum_kwargs", "datum_id"]


def test_each_resource_has_its_own_count() -> None:
    run = compose_run()
    one = run.compose_resource("S", "/", "x", {}, uid="one")
    two = run.compose_resource("S", "/", "y", {}, uid="two")
    one.compose_datum({})
    assert two.compose_datum({})["datum_id"] == "two/0"


def test_datum_page_takes_its_length_from_the_first_column_like_1_24() -> None:
    bundle = compose_run().compose_resource("S", "/", "x", {}, uid="r")
    page = bundle.compose_datum_page({"i": [1, 2], "j": [3]})
    assert page["datum_id"] == ["r/0", "r/1"]
    assert bundle.compose_datum_page({"j": [3], "i": [1, 2]})["datum_id"] == ["r/2"]


def test_datum_page_columns_must_be_equally_long_in_strict_mode() -> None:
    bundle = compose_run().compose_resource("S", "/", "x", {}, uid="r")
    with (
        event_model.strict_checks(),
        pytest.raises(EventModelValueError, match=r"1 in \['datum_kwargs'\]\['j'\]; 2 in"),
    ):
        bundle.compose_datum_page({"i": [1, 2], "j": [3]})
    assert bundle.compose_datum({})["datum_id"] == "r/0"  # a refused page takes no number


@pytest.mark.parametrize(
    ("datum_kwargs", "error", "message"),
    [
        ([1, 2], AttributeError, r"datum_page\['datum_kwargs'\] is list"),
        ({"a": 5}, TypeError, "first column of datum_page"),
    ],
    ids=["not-a-dict", "column-without-length"],
)
def test_datum_page_inputs_of_the_wrong_type_fail_as_in_1_24(
    datum_kwargs: Any, error: type[Exception], message: str
) -> None:
    resource: Any = {"uid": "r"}
    with pytest.raises(error, match=message) as info:
        compose_datum_page(resource=resource, counter=itertools.count(), datum_kwargs=datum_kwargs)
    assert isinstance(info.value, EventModelError)


@pytest.mark.parametrize("counter", [[1], None], ids=["list", "none"])
def test_a_counter_that_is_not_an_iterator_is_a_type_error(counter: Any) -> None:
    with pytest.raises(EventModelTypeError, match="expected an iterator") as info:
        compose_datum(resource={"uid": "r"}, counter=counter, datum_kwargs={})  # type: ignore[typeddict-item]
    assert isinstance(info.value, TypeError)


def test_a_resource_without_uid_is_a_key_error() -> None:
    with pytest.raises(EventModelKeyError, match="resource document has no 'uid'"):
        compose_datum(resource={}, counter=itertools.count(), datum_kwargs={})  # type: ignore[typeddict-item]
    with pytest.raises(EventModelKeyError, match="start document has no 'uid'"):
        ComposeResource({"time": 1.0})("S", "/", "x", {})  # type: ignore[typeddict-item]


def test_an_empty_start_links_no_run_like_1_24() -> None:
    assert "run_start" not in ComposeResource({})("S", "/", "x", {}).resource_doc  # type: ignore[typeddict-item]


def test_resource_bundles_have_1_24s_fields_and_repr() -> None:
    bundle = compose_run(uid="s").compose_resource("S", "/", "x", {}, uid="r")
    assert [f.name for f in dataclasses.fields(bundle.compose_datum)] == ["resource", "counter"]
    assert [f.name for f in dataclasses.fields(bundle)] == [
        "resource_doc",
        "compose_datum",
        "compose_datum_page",
    ]
    doc = bundle.resource_doc
    assert repr(bundle.compose_datum) == f"ComposeDatum(resource={doc!r}, counter=count(0))"
    assert repr(bundle.compose_datum_page) == f"ComposeDatumPage(resource={doc!r}, counter=count(0))"


def test_no_datum_after_the_stop_only_in_strict_mode() -> None:
    run = compose_run()
    bundle = run.compose_resource("S", "/", "x", {}, uid="r")
    run.compose_stop()
    assert bundle.compose_datum({})["datum_id"] == "r/0"  # as 1.24.0
    assert run.compose_resource("S", "/", "y", {}, uid="r2").resource_doc["uid"] == "r2"
    with event_model.strict_checks():
        for call in (
            lambda: bundle.compose_datum({}),
            lambda: bundle.compose_datum_page({"i": [1]}),
            lambda: run.compose_resource("S", "/", "z", {}),
        ):
            with pytest.raises(EventModelRuntimeError, match="after its stop"):
                call()


def test_empty_datum_page_is_refused() -> None:
    # 1.24.0 failed with a bare ValueError while unpacking; EventModelValueError is one.
    with pytest.raises(ValueError, match="empty"):
        compose_datum_page(resource={"uid": "r"}, counter=itertools.count(), datum_kwargs={})  # type: ignore[typeddict-item]


def test_invalid_datum_is_refused_by_the_schema() -> None:
    with pytest.raises(jsonschema.exceptions.ValidationError):
        compose_datum(resource={"uid": "r"}, counter=itertools.count(), datum_kwargs=[1])  # type: ignore[arg-type,typeddict-item]


def test_positional_construction_and_module_level_functions() -> None:
    resource: Any = {"uid": "r"}
    assert ComposeDatum(resource, itertools.count(5))({"a": 1})["datum_id"] == "r/5"
    assert ComposeDatumPage(resource, itertools.count(2))({"a": [1, 2]})["datum_id"] == ["r/2", "r/3"]
    counter = itertools.count()
    assert compose_datum(resource=resource, counter=counter, datum_kwargs={})["datum_id"] == "r/0"
    page = compose_datum_page(resource=resource, counter=counter, datum_kwargs={"a": [1]})
    assert page["datum_id"] == ["r/1"]
