"""Coercions: hooks that adapt a handler class as it is registered with a Filler.

A coercion is a callable ``coercion(handler_class, filler_state) -> handler_class``.
A Filler applies the one chosen by its ``coerce`` argument to every handler it
registers, and uses what the coercion returns in the handler's place. It may
return the handler unchanged (``as_is``), a subclass (``force_numpy``) or any
callable with the same interface (a library may, say, return one that reads
lazily). ``filler_state`` is a thread-local namespace that the Filler updates
while it fills: ``descriptor``, ``key`` (the data key being filled),
``resource`` and ``datum``; they are set to ``None`` when an event has been filled,
and (as in event-model 1.24) absent before the first one, since a resource alone
does not tell the shape or dtype of what it points at.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..errors import EventModelKeyError, EventModelTypeError, EventModelValueError
from ..strictness import strict_checks_enabled

__all__ = ["as_is", "force_numpy", "register_coercion", "register_coersion"]

Coercion = Callable[[Any, Any], Any]
"""A coercion: ``coercion(handler_class, filler_state) -> handler_class``."""


def as_is(handler_class: Any, filler_state: Any) -> Any:
    """Leave the handler class as it is (the default coercion)."""
    return handler_class


def force_numpy(handler_class: Any, filler_state: Any) -> Any:
    """Make the handler's reads return real ``numpy.ndarray`` objects (via ``numpy.asarray``).

    ``handler_class`` must be a class: it is subclassed (the subclass is named
    ``Subclassed<name>``). Anything else raises EventModelTypeError (a TypeError,
    as in event-model 1.24).
    """
    if not isinstance(handler_class, type):
        raise EventModelTypeError(
            f"coerce='force_numpy' adapts handler classes by subclassing them, and {handler_class!r} "
            "is not a class: register a class with __init__(path, **resource_kwargs) and "
            "__call__(**datum_kwargs), or use coerce='as_is'"
        )

    class NumpyHandler(handler_class):  # type: ignore[misc]  # a base chosen at run time
        def __call__(self, *args: Any, **kwargs: Any) -> Any:
            import numpy  # imported when a coerced handler reads: importing event_model need not load numpy

            return numpy.asarray(super().__call__(*args, **kwargs))

    NumpyHandler.__name__ = f"Subclassed{handler_class.__name__}"
    NumpyHandler.__qualname__ = f"Subclassed{handler_class.__qualname__}"
    # 1.24 made this class in the top-level module; its repr names that module.
    NumpyHandler.__module__ = "event_model"
    return NumpyHandler


_coercion_registry: dict[str, Coercion] = {"as_is": as_is, "force_numpy": force_numpy}
"""Each name a Filler accepts as ``coerce``, mapped to its coercion."""


def register_coercion(name: str, func: Coercion, overwrite: bool = False) -> None:
    """Offer ``func`` as a new ``coerce`` option of Filler, under ``name``.

    Registering the very same function again under the same name does nothing;
    a different function under a taken name raises EventModelValueError unless
    ``overwrite=True``. Inside ``strict_checks()``, a name that is not a string
    or a ``func`` that is not callable raises EventModelTypeError (event-model
    1.24 accepted them, and so does this function by default).
    """
    if strict_checks_enabled():
        if not isinstance(name, str):
            raise EventModelTypeError(f"coercion name {name!r} is not a string")
        if not callable(func):
            raise EventModelTypeError(
                f"coercion {func!r} for {name!r} is not callable: expected func(handler_class, filler_state)"
            )
    if name in _coercion_registry and not overwrite:
        registered = _coercion_registry[name]
        if registered is func:
            return
        raise EventModelValueError(
            f"coercion name {name!r} is already taken by {registered!r}, so {func!r} was not "
            "registered; pass overwrite=True to replace it"
        )
    _coercion_registry[name] = func


register_coersion = register_coercion
"""The misspelled name under which register_coercion was first published; kept for old callers."""


def lookup_coercion(name: Any) -> Coercion:
    """Return the coercion registered as ``name`` (EventModelKeyError naming the valid options)."""
    try:
        return _coercion_registry[name]
    except KeyError:
        raise EventModelKeyError(
            f"coerce={name!r} is not a registered coercion: expected one of "
            f"{sorted(_coercion_registry, key=str)} (register more with register_coercion)"
        ) from None
    except TypeError:
        raise EventModelTypeError(
            f"coerce={name!r} cannot name a coercion (it is not hashable): expected one of "
            f"{sorted(_coercion_registry, key=str)}"
        ) from None
