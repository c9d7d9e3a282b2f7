"""The exception hierarchy of event_model.

Every exception derives from :class:`EventModelError`; the ones that stand for a
built-in kind of failure also derive from that built-in, so existing
``except KeyError`` / ``except ValueError`` code keeps working.
"""

from __future__ import annotations

from typing import Any


class EventModelError(Exception):
    """Base class of every error raised by event_model."""


class EventModelKeyError(EventModelError, KeyError):
    """A key that should be present is missing."""


class EventModelValueError(EventModelError, ValueError):
    """A value is of the right type but not acceptable."""


class EventModelRuntimeError(EventModelError, RuntimeError):
    """An operation is not allowed in the current state."""


class EventModelTypeError(EventModelError, TypeError):
    """A value is of the wrong type."""


class EventModelIndexError(EventModelError, IndexError):
    """An index or a sequence is out of range (where event-model 1.24 raised IndexError)."""


class EventModelAttributeError(EventModelError, AttributeError):
    """A value lacks an attribute it needs (where event-model 1.24 raised AttributeError)."""


class EventModelValidationError(EventModelError):
    """A document does not conform to its schema or to its run."""


class UnfilledData(EventModelError):
    """An event still holds a pointer to external data where the data were expected."""


class UndefinedAssetSpecification(EventModelKeyError):
    """No handler is registered for a resource's ``spec``."""


class DataNotAccessible(EventModelError, IOError):
    """External data that a datum points at could not be loaded."""


class UnresolvableForeignKeyError(EventModelValueError):
    """A document refers to another document (its ``key``) that has not been seen."""

    def __init__(self, key: Any, message: str) -> None:
        super().__init__(key, message)
        self.key = key
        self.message = message

    def __str__(self) -> str:
        return str(self.message)


class UnknownDocumentReference(UnresolvableForeignKeyError, EventModelKeyError):
    """A document refers to another (its ``key``) that has not been seen.

    Raised by the routers and fillers. It is an UnresolvableForeignKeyError and
    also a KeyError, because event-model 1.24 raised a bare KeyError in several of
    these places and callers may catch either.
    """


class DuplicateHandler(EventModelRuntimeError):
    """A handler is already registered for this ``spec``."""


class InvalidData(EventModelError):
    """Data inside a document are not acceptable."""


class MismatchedDataKeys(InvalidData):
    """The keys of data, timestamps, filled and the descriptor's data_keys disagree."""
