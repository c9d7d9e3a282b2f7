"""The errors raised for malformed rows and pages, with messages that say what was wrong.

Each message starts with the offending value (or key), names where it was found as a
Python-style path such as ``events[2]['data']``, and says what was expected.
"""

from __future__ import annotations

from typing import Any

from ..describe import short_repr
from ..errors import (
    EventModelAttributeError,
    EventModelError,
    EventModelIndexError,
    EventModelKeyError,
    EventModelRuntimeError,
    EventModelTypeError,
    EventModelValueError,
)


def empty_input(function: str, rows: str, owner: str) -> EventModelValueError:
    """``function`` was given nothing to work on."""
    return EventModelValueError(
        f"{function}() was given no {rows}; it needs at least one, "
        f"if only to take the {owner} of the result from it"
    )


def mixed_owners(
    value: Any, where: str, first: Any, first_where: str, owner: str, document: str
) -> EventModelValueError:
    """Rows or pages of different descriptors (resources) were to be combined."""
    return EventModelValueError(
        f"{short_repr(value)} at {where} differs from {short_repr(first)} at {first_where}; "
        f"one {document} holds the rows of a single {owner} (group them by {owner} first)"
    )


def ragged_column(
    where: str, length: int, counted_where: str, rows: int, document: str
) -> EventModelValueError:
    """A column of a page does not have one entry per row."""
    return EventModelValueError(
        f"{length} entries in {where} but {rows} in {counted_where}; "
        f"a page needs exactly one entry per row in every column"
    )


def missing_key(key: Any, where: str, first_where: str, document: str) -> EventModelKeyError:
    """A row or page lacks a key that the first one has."""
    return EventModelKeyError(
        f"{short_repr(key)} is missing from {where} but present in {first_where}; "
        f"the rows of one {document} need the same keys"
    )


def unexpected_key(key: Any, where: str, first_where: str, document: str) -> EventModelKeyError:
    """A row or page has a key that the first one lacks (a KeyError, as in event-model 1.24)."""
    return EventModelKeyError(
        f"{short_repr(key)} in {where} is not in {first_where}; the rows of one {document} need the same keys"
    )


def absent_field(key: str, where: str, document: str) -> EventModelKeyError:
    """A required field of a document is absent."""
    return EventModelKeyError(f"{key!r} is missing from {where}; every {document} needs it")


def wrong_type(value: Any, where: str, expected: str) -> EventModelTypeError:
    """A value is not of the kind a page or row needs there."""
    return EventModelTypeError(
        f"{short_repr(value)} (of type {type(value).__name__}) at {where} is not {expected}"
    )


def mismatched_keys(
    keys: Any, where: str, first_keys: Any, first_where: str, document: str
) -> EventModelKeyError:
    """The keys at ``where`` differ from those at ``first_where``: name the first difference."""
    missing = [key for key in first_keys if key not in keys]
    if missing:
        return missing_key(missing[0], where, first_where, document)
    extra = [key for key in keys if key not in first_keys]
    return unexpected_key(extra[0] if extra else keys, where, first_where, document)


# Our subclass of each built-in exception that event-model 1.24's page functions let
# escape; translated() keeps that class and replaces the message by one naming the path.
_OURS_FOR_BUILTIN: dict[type[BaseException], type[EventModelError]] = {
    KeyError: EventModelKeyError,
    TypeError: EventModelTypeError,
    ValueError: EventModelValueError,
    IndexError: EventModelIndexError,
    AttributeError: EventModelAttributeError,
    RuntimeError: EventModelRuntimeError,
}


def translated(problem: BaseException, message: str) -> BaseException:
    """``problem`` as our subclass of its built-in class, with ``message``.

    An EventModelError, or an exception of any other class (the caller's own, say), is
    returned unchanged, so that ``except`` clauses written for it still catch it.
    """
    ours = _OURS_FOR_BUILTIN.get(type(problem))
    if ours is None:
        return problem
    return ours(message)


def unusable(problem: BaseException, value: Any, where: str, expected: str) -> BaseException:
    """Using ``value`` (at ``where``) failed with ``problem``: say that it is not ``expected``."""
    detail = (
        str(problem) if not isinstance(problem, KeyError) else repr(problem.args[0] if problem.args else None)
    )
    return translated(
        problem,
        f"{short_repr(value)} (of type {type(value).__name__}) at {where} is not {expected} "
        f"({type(problem).__name__}: {detail})",
    )


def no_pages(function: str, pages: str, owner: str) -> EventModelIndexError:
    """``function`` was given no pages to merge (an IndexError, as in event-model 1.24)."""
    return EventModelIndexError(
        f"{function}() was given no {pages}; it needs at least one, "
        f"if only to take the {owner} of the result from it"
    )
