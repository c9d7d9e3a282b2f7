"""Coercions: hooks that adapt a handler class as it is registered with a Filler.

A coercion is a callable ``coercion(handler_class, filler_state) -> handler_class``.
A Filler applies the one chosen by its ``coerce`` argument to every handler it
registers, and uses what the coercion returns in the handler's place. It may
return the handler unchanged (``as_is``), a subclass (``force_numpy``) or any
callable with the same interface (a library may, say, return one that reads
lazily). ``filler_state`` is a thread-local namespace that the Filler updates
while it fills: ``descriptor``, ``key`` (the data key being filled),
``resource`` and ``datum`` (each ``None`` outside filling), since a resource alone
does not tell the shape or dtype of what it points at.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy

from .errors import EventModelKeyError, EventModelTypeError, EventModelValueError

__all__ = ["as_is", "force_numpy", "register_coercion", "register_coersion"]

Coercion = Callable[[Any, Any], Any]
"""A coercion: ``coercion(handler_class, filler_state) -> handler_class``."""


def as_is(handler_class: Any, filler_state: Any) -> Any:
    """Leave the handler class as it is (the default coercion)."""
    return handler_class


def force_numpy(handler_class: Any, filler_state: Any) -> Any:
    """Make the handler's reads return real ``numpy.ndarray`` objects (via ``numpy.asarray``).

    A class is subclassed (the subclass is named ``Subclassed<name>``); any
    other callable-that-returns-a-callable is wrapped in a function.
    """
    if isinstance(handler_class, type):
        return _numpy_subclass(handler_class)
    return _numpy_wrapper(handler_class)


def _numpy_subclass(handler_class: type) -> type:
    """Subclass ``handler_class`` so that calling an instance returns a numpy array."""

    class NumpyHandler(handler_class):  # type: ignore[misc]  # a base chosen at run time
        def __call__(self, *args: Any, **kwargs: Any) -> numpy.ndarray:
            return numpy.asarray(super().__call__(*args, **kwargs))

    NumpyHandler.__name__ = f"Subclassed{handler_class.__name__}"
    NumpyHandler.__qualname__ = f"Subclassed{handler_class.__qualname__}"
    NumpyHandler.__module__ = handler_class.__module__
    return NumpyHandler


def _numpy_wrapper(make_handler: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap a handler factory so that the handlers it makes return numpy arrays."""

    def make_numpy_handler(*args: Any, **kwargs: Any) -> Callable[..., numpy.ndarray]:
        handler = make_handler(*args, **kwargs)

        def read(*read_args: Any, **read_kwargs: Any) -> numpy.ndarray:
            return numpy.asarray(handler(*read_args, **read_kwargs))

        return read

    return make_numpy_handler


_coercion_registry: dict[str, Coercion] = {"as_is": as_is, "force_numpy": force_numpy}
"""Each name a Filler accepts as ``coerce``, mapped to its coercion."""


def register_coercion(name: str, func: Coercion, overwrite: bool = False) -> None:
    """Offer ``func`` as a new ``coerce`` option of Filler, under ``name``.

    Registering the very same function again under the same name does nothing;
    a different function under a taken name raises EventModelValueError unless
    ``overwrite=True``.
    """
    if not isinstance(name, str):
        raise EventModelTypeError(f"coercion name {name!r} is not a string")
    if not callable(func):
        raise EventModelTypeError(
            f"coercion {func!r} for {name!r} is not callable: expected func(handler_class, filler_state)"
        )
    registered = _coercion_registry.get(name)
    if registered is not None and registered is not func and not overwrite:
        raise EventModelValueError(
            f"coercion name {name!r} is already taken by {registered!r}, so {func!r} was not "
            "registered; pass overwrite=True to replace it"
        )
    _coercion_registry[name] = func


register_coersion = register_coercion
"""The misspelled name under which register_coercion was first published; kept for old callers."""


def lookup_coercion(name: str) -> Coercion:
    """Return the coercion registered as ``name`` (EventModelKeyError naming the valid options)."""
    try:
        return _coercion_registry[name]
    except (KeyError, TypeError):
        raise EventModelKeyError(
            f"coerce={name!r} is not a registered coercion: expected one of "
            f"{sorted(_coercion_registry)} (register more with register_coercion)"
        ) from None
