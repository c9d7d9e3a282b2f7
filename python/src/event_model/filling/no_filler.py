"""``NoFiller``: a Filler that fills nothing but checks that everything could be filled."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, cast

from ..documents.event_page import EventPage
from .events import fields_to_fill, lookup_descriptor, source_of
from .filler import FILLS_AS_FILLER, Filler

__all__ = ["NoFiller"]


class NoFiller(Filler):
    """A Filler that fills nothing but checks that everything could be filled.

    It checks that every unfilled field of an event leads to a datum and a
    resource that have been seen (UnknownDocumentReference otherwise) and that
    ``filled`` and ``data`` agree (MismatchedDataKeys), without making any
    handler or reading any data: useful when data are to be read later, lazily.
    ``inplace`` defaults to True here (nothing is edited anyway). As in 1.24,
    an event page comes back packed anew, and an event as it was given.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("inplace", True)
        super().__init__(*args, **kwargs)

    def fill_event_page(  # 1.24's signature: no inplace keyword (extra positionals ignored)
        self,
        doc: EventPage,
        include: Iterable[str] | None = None,
        exclude: Iterable[str] | None = None,
        *args: Any,
    ) -> EventPage:
        """Check every row of an event page as :meth:`fill_event` does; return the page packed anew."""
        return cast(EventPage, self._filled_page(doc, include, exclude))

    def fill_event(
        self,
        doc: Any,
        include: Iterable[str] | None = None,
        exclude: Iterable[str] | None = None,
        inplace: bool | None = None,
    ) -> Any:
        """Check that each unfilled field of an event leads to a known datum and resource; return it."""
        descriptor = lookup_descriptor(self._descriptor_cache, doc)
        for field in fields_to_fill(doc, descriptor, include, exclude):
            source_of(doc, field, self._datum_cache, self._resource_cache)
        return doc


FILLS_AS_FILLER.add(NoFiller.fill_event)
