"""A Filler's read-only view of its handler registry, and what a closed Filler holds instead of caches."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, NoReturn

from ..errors import EventModelAttributeError, EventModelRuntimeError, EventModelTypeError

__all__ = [
    "CLOSED",
    "CLOSED_MESSAGE",
    "FillerClosedAttributeError",
    "FillerClosedError",
    "HandlerRegistryView",
]


class HandlerRegistryView(Mapping[str, Any]):
    """A read-only view of a Filler's handler registry (spec -> handler class).

    Assigning or deleting raises EventModelTypeError: use
    ``Filler.register_handler`` / ``Filler.deregister_handler``.
    """

    def __init__(self, handler_registry: Mapping[str, Any]) -> None:
        self._handler_registry = handler_registry

    def __repr__(self) -> str:
        return f"HandlerRegistryView({self._handler_registry!r})"

    def __getitem__(self, spec: str) -> Any:
        return self._handler_registry[spec]

    def __iter__(self) -> Iterator[str]:
        return iter(self._handler_registry)

    def __len__(self) -> int:
        return len(self._handler_registry)

    def __setitem__(self, spec: str, handler: Any) -> None:
        raise EventModelTypeError(
            f"cannot assign handler_registry[{spec!r}]: the registry is read-only; "
            "use Filler.register_handler(spec, handler) instead"
        )

    def __delitem__(self, spec: str) -> None:
        raise EventModelTypeError(
            f"cannot delete handler_registry[{spec!r}]: the registry is read-only; "
            "use Filler.deregister_handler(spec) instead"
        )


class FillerClosedError(EventModelRuntimeError, EventModelTypeError):
    """A closed Filler's caches were used (by a method called directly, not through ``filler(name, doc)``).

    A TypeError too: event-model 1.24 dropped the caches (set them to None), so
    these calls raised TypeError there.
    """


class FillerClosedAttributeError(EventModelRuntimeError, EventModelAttributeError):
    """A closed Filler's cache was asked to do something (``clear``, ...); an AttributeError, as in 1.24."""


CLOSED_MESSAGE = (
    "this Filler has been closed (close() or the end of its with block) and its caches "
    "dropped, so it can no longer be used: make a new Filler (clone() copies the settings)"
)


class _ClosedCache:
    """What a closed Filler holds instead of each cache it dropped: every use raises.

    event-model 1.24 set the dropped caches to None, so using them raised
    TypeError (subscripting, iterating) or AttributeError (``.clear()``); this
    raises the same kinds, with a message that says why.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        return (_ClosedCache, ())

    def _refuse(self, *args: Any) -> NoReturn:
        raise FillerClosedError(CLOSED_MESSAGE)

    __getitem__ = __setitem__ = __delitem__ = __contains__ = __iter__ = __len__ = _refuse

    def __getattr__(self, name: str) -> NoReturn:
        if name.startswith("__"):
            raise AttributeError(name)  # let pickle, copy and friends look for hooks as usual
        raise FillerClosedAttributeError(CLOSED_MESSAGE)


CLOSED: Any = _ClosedCache()
