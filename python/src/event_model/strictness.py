"""The opt-in switch for checks stricter than event-model 1.24's.

By default every library call behaves as event-model 1.24.0 does: input that 1.24
accepted gives the same result here, however inconsistent it is (events of several
descriptors packed into one page, ragged columns, documents composed after the stop,
...). Inside ``with event_model.strict_checks():`` the same calls refuse such input with
an :class:`~event_model.errors.EventModelError` that names the document, the path and
what was expected. ``RunValidator`` and ``event-model validate`` always report them.

A context variable holds the switch, so it is local to a thread or an asyncio task and
nested blocks restore the outer setting on exit.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_strict: ContextVar[bool] = ContextVar("event_model_strict_checks", default=False)


@contextmanager
def strict_checks(enabled: bool = True) -> Iterator[None]:
    """Turn the stricter checks on (or, with ``enabled=False``, off) inside a ``with`` block.

    Functions that return generators (``unpack_event_page``, ``rechunk_event_pages``,
    ...) read the switch when they are called, not while their result is iterated.
    """
    token = _strict.set(bool(enabled))
    try:
        yield
    finally:
        _strict.reset(token)


def strict_checks_enabled() -> bool:
    """Whether the calling context asked for the stricter checks."""
    return _strict.get()
