"""Coercions: as_is, force_numpy, register_coercion and the filler_state they receive."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy
import pytest
from event_model import strict_checks
from event_model.errors import EventModelTypeError, EventModelValueError
from event_model.filling import Filler, as_is, force_numpy, register_coercion, register_coersion
from event_model.filling import coercion as _coercion
from routing_documents import SPEC, ArrayHandler, Run, expected_image, external_run


@pytest.fixture(autouse=True)
def _restore_coercion_registry() -> Iterator[None]:
    saved = dict(_coercion._coercion_registry)
    yield
    _coercion._coercion_registry.clear()
    _coercion._coercion_registry.update(saved)


def filled_image(coerce: str, registry: dict[str, Any] | None = None) -> Any:
    """Fill the first event of a fresh run with ``coerce`` and return its img."""
    run = external_run(events=1)
    filler = Filler(registry or {SPEC: ArrayHandler}, inplace=True, coerce=coerce)
    for name, doc in run.documents():
        filler(name, doc)
    return run.events[0]["data"]["img"]


def test_as_is_returns_the_handler_itself() -> None:
    assert as_is(ArrayHandler, None) is ArrayHandler
    assert Filler({SPEC: ArrayHandler}, inplace=True).handler_registry[SPEC] is ArrayHandler
    assert filled_image("as_is") == expected_image(0)


def test_force_numpy_subclasses_the_handler_to_return_arrays() -> None:
    coerced = force_numpy(ArrayHandler, None)
    assert issubclass(coerced, ArrayHandler)
    assert coerced.__name__ == "SubclassedArrayHandler"
    assert coerced.__qualname__ == "SubclassedArrayHandler"
    image = filled_image("force_numpy")
    assert isinstance(image, numpy.ndarray)
    assert image.shape == (2, 3)
    numpy.testing.assert_array_equal(image, expected_image(0))


def test_force_numpy_refuses_a_handler_factory_that_is_not_a_class() -> None:
    # 1.24 subclassed whatever it was given, which fails (TypeError) for a function.
    def open_resource(path: str, scale: float) -> Any:
        return lambda index: [[index + scale]]

    with pytest.raises(EventModelTypeError, match="not a class"):
        Filler({SPEC: open_resource}, inplace=True, coerce="force_numpy")


def test_force_numpy_names_its_subclass_as_1_24_did() -> None:
    subclass = force_numpy(ArrayHandler, None)
    assert issubclass(subclass, ArrayHandler)
    assert subclass.__name__ == "SubclassedArrayHandler"
    assert subclass.__qualname__ == "SubclassedArrayHandler"
    assert subclass.__module__ == "event_model"


def test_the_registry_shows_the_coerced_handler_and_pickles_the_original() -> None:
    filler = Filler({SPEC: ArrayHandler}, inplace=True, coerce="force_numpy")
    assert filler.handler_registry[SPEC] is not ArrayHandler
    assert filler.__getstate__()["handler_registry"] == {SPEC: ArrayHandler}


def test_a_registered_coercion_sees_the_filler_state_while_filling() -> None:
    seen: list[tuple[Any, ...]] = []

    def spying(handler_class: Any, filler_state: Any) -> Any:
        class Spy(handler_class):  # type: ignore[misc, valid-type]
            def __call__(self, **kwargs: Any) -> Any:
                seen.append(
                    (
                        filler_state.key,
                        filler_state.descriptor["uid"],
                        filler_state.resource["uid"],
                        filler_state.datum["datum_id"],
                    )
                )
                return super().__call__(**kwargs)

        return Spy

    register_coercion("spying", spying)
    run: Run = external_run(events=1)
    filler = Filler({SPEC: ArrayHandler}, inplace=True, coerce="spying")
    for name, doc in run.documents():
        filler(name, doc)
    assert seen == [("img", run.descriptor["uid"], run.resource["uid"], run.datum[0]["datum_id"])]
    state = filler._current_state
    assert (state.key, state.descriptor, state.resource, state.datum) == (None, None, None, None)


def test_registering_the_same_coercion_twice_is_harmless() -> None:
    register_coercion("as_is", as_is)
    register_coersion("as_is", as_is)  # the old misspelling still works
    assert _coercion._coercion_registry["as_is"] is as_is


def test_a_taken_name_needs_overwrite() -> None:
    def other(handler_class: Any, filler_state: Any) -> Any:
        return handler_class

    with pytest.raises(EventModelValueError, match="overwrite=True"):
        register_coercion("as_is", other)
    with pytest.raises(ValueError):
        register_coersion("as_is", other)
    register_coercion("as_is", other, overwrite=True)
    assert _coercion._coercion_registry["as_is"] is other


def test_a_coercion_must_be_callable_and_named_by_a_string_under_strict_checks() -> None:
    with strict_checks():
        with pytest.raises(EventModelTypeError, match="not callable"):
            register_coercion("broken", 42)  # type: ignore[arg-type]
        with pytest.raises(EventModelTypeError, match="not a string"):
            register_coercion(7, as_is)  # type: ignore[arg-type]
    assert "broken" not in _coercion._coercion_registry


def test_any_coercion_is_registered_by_default_as_in_1_24() -> None:
    register_coercion("broken", 42)  # type: ignore[arg-type]
    register_coercion(7, as_is)  # type: ignore[arg-type]
    assert _coercion._coercion_registry["broken"] == 42
    assert Filler({}, coerce="broken", inplace=True) == Filler({}, coerce="broken", inplace=True)
