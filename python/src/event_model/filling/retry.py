"""Call a function again after short pauses while it raises a given error."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, TypeVar

Result = TypeVar("Result")

# Hand-written: the retry libraries on PyPI (tenacity, backoff) would be a new
# runtime dependency for ten lines, and the Filler's public contract is an
# explicit list of pauses, which is this loop.


def call_with_retries(
    func: Callable[..., Result],
    args: Sequence[Any],
    kwargs: Mapping[str, Any],
    *,
    intervals: Iterable[Any],
    retry_on: type[BaseException] | tuple[type[BaseException], ...],
    make_error: Callable[[], BaseException | type[BaseException]],
) -> Result:
    """Return ``func(*args, **kwargs)``, pausing ``interval`` seconds before each attempt.

    There is one attempt per interval (so no attempt at all for none). While an
    attempt raises ``retry_on`` the next one is made; once every attempt has
    failed, what ``make_error()`` returns (an exception or an exception class) is
    raised from the last failure. Errors other than ``retry_on`` propagate at once.
    """
    last_error: BaseException | None = None
    for interval in intervals:
        if interval != 0:  # a pause of 0 is no pause: skip the system call
            time.sleep(interval)
        try:
            return func(*args, **kwargs)
        except retry_on as error:
            last_error = error
    raise make_error() from last_error


def _attempt_with_retries(
    func: Callable[..., Result],
    args: Sequence[Any],
    kwargs: Mapping[str, Any],
    intervals: Iterable[Any],
    error_to_catch: type[BaseException] | tuple[type[BaseException], ...],
    error_to_raise: BaseException | type[BaseException],
) -> Result:
    """Return ``func(*args, **kwargs)``, trying once per entry of ``intervals`` (event-model 1.24's helper).

    ``intervals`` are the pauses (s) before each attempt, the first included.
    When every attempt raised ``error_to_catch``, ``error_to_raise`` (an exception
    or an exception class) is raised from the last of those errors.
    """
    return call_with_retries(
        func, args, kwargs, intervals=intervals, retry_on=error_to_catch, make_error=lambda: error_to_raise
    )
