"""Call a function again after short pauses while it raises a given error."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, TypeVar

Result = TypeVar("Result")


def call_with_retries(
    func: Callable[..., Result],
    args: Sequence[Any],
    kwargs: Mapping[str, Any],
    *,
    pauses: Iterable[float],
    retry_on: type[BaseException],
    make_error: Callable[[], BaseException],
) -> Result:
    """Return ``func(*args, **kwargs)``, trying once more after each pause while it raises ``retry_on``.

    There is one attempt, then one more after each pause (in seconds). When
    every attempt has failed, the error that ``make_error()`` returns is raised
    from the last failure. Errors other than ``retry_on`` propagate at once.
    """
    # Hand-written: the retry libraries on PyPI (tenacity, backoff) would be a new
    # runtime dependency for ten lines, and the Filler's public contract is an
    # explicit list of pauses, which is this loop.
    try:
        return func(*args, **kwargs)
    except retry_on as error:
        last_error: BaseException = error
    for pause in pauses:
        time.sleep(pause)
        try:
            return func(*args, **kwargs)
        except retry_on as error:
            last_error = error
    raise make_error() from last_error
