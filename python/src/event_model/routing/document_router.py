"""Route documents by name to methods: ``DocumentRouter`` and ``SingleRunDocumentRouter``.

A router is called as ``router(name, doc)``. It hands ``doc`` to the method named
``name`` and returns ``(name, output)``, where ``output`` is what the method
returned, or ``doc`` itself when the method returned ``None`` ("unchanged").

The base class's methods all return the constant ``NotImplemented``. A subclass
overrides only the ones it cares about; for the others the document passes through.
Events and event pages stand in for each other (and likewise datum and datum
pages): when ``event`` answers ``NotImplemented``, the event is packed into a
one-row page, handed to ``event_page`` and the page it returns unpacked again;
when ``event_page`` answers ``NotImplemented``, the page is unpacked and each row
handed to ``event`` (a row answering ``NotImplemented`` abandons the page, which
then passes through unchanged) and the rows packed again.

Everything here behaves as event-model 1.24.0 does, errors included (a page
without rows cannot be repacked: ``ValueError``; a name that is no method of the
router: ``AttributeError``), with messages that say what went wrong.
"""

from __future__ import annotations

import inspect
import warnings
import weakref
from collections.abc import Callable
from typing import Any, TypeVar, cast

from .._warning_texts import BULK_DATUM_DEPRECATED, BULK_EVENTS_DEPRECATED
from ..document_names import DocumentNames
from ..documents.datum import Datum
from ..documents.datum_page import DatumPage
from ..documents.event import Event
from ..documents.event_descriptor import EventDescriptor
from ..documents.event_page import EventPage
from ..documents.resource import Resource
from ..documents.run_start import RunStart
from ..documents.run_stop import RunStop
from ..documents.stream_datum import StreamDatum
from ..documents.stream_resource import StreamResource
from ..errors import (
    EventModelAttributeError,
    EventModelTypeError,
    EventModelValueError,
)
from ..pages.convert import (
    bulk_datum_to_datum_page,
    bulk_events_to_event_pages,
)
from .rows_and_pages import FAMILY_OF_PAGE, FAMILY_OF_ROW, RowsAndPages

__all__ = ["DocumentRouter", "EmitCallback"]


_DOCUMENT_NAMES = tuple(member.value for member in DocumentNames)


EmitCallback = Callable[[str, Any], Any]
"""What ``emit`` must be: a callable taking ``(name, doc)``."""


_NO_ROW = object()


def _weak_reference_to(emit: Any) -> Callable[[], EmitCallback | None]:
    """Check that ``emit`` accepts ``(name, doc)`` and return a weak reference to it."""
    if not callable(emit):
        raise EventModelValueError(f"emit={emit!r} is not callable: expected a callable f(name, doc)")
    try:
        signature = inspect.signature(emit)
    except ValueError as error:  # e.g. a built-in without a published signature, as in 1.24
        raise EventModelValueError(
            f"emit={emit!r} publishes no signature, so it cannot be checked to accept (name, doc): "
            "wrap it in a function f(name, doc)"
        ) from error
    try:
        signature.bind(None, None)
    except TypeError as error:
        raise EventModelValueError(
            f"emit={emit!r} has the signature {signature}: expected one that accepts "
            "two positional arguments, name and doc"
        ) from error
    # A router must not keep its consumer alive, hence weak references; a bound
    # method needs WeakMethod, since the method object itself is made afresh on
    # every attribute access.
    if inspect.ismethod(emit):
        return weakref.WeakMethod(emit)
    try:
        return weakref.ref(emit)
    except TypeError as error:
        raise EventModelTypeError(
            f"emit={emit!r} cannot be weakly referenced: pass a function or a bound method"
        ) from error


_Doc = TypeVar("_Doc")


def _unhandled(doc: _Doc) -> _Doc | None:
    """Return the constant NotImplemented, every base method's answer (typed for the method)."""
    return cast("_Doc | None", NotImplemented)


def _validate(name: str, doc: Any) -> None:
    """Validate ``doc`` against the schema of the document type ``name``."""
    from ..validation.validators import schema_validators  # imported late: only needed on request

    try:
        member = getattr(DocumentNames, name)
    except AttributeError:
        raise EventModelAttributeError(
            f"cannot validate a {name!r} document: there is no schema of that name "
            f"(expected one of {list(_DOCUMENT_NAMES)})"
        ) from None
    schema_validators[member].validate(doc)




def _is_base(method: Any, base: Any) -> bool:
    """Whether the bound ``method`` is DocumentRouter's own ``base`` (nothing overrides it)."""
    return getattr(method, "__func__", None) is base


class DocumentRouter:
    """Hand each document to the method named after its document type.

    ``router(name, doc)`` calls ``getattr(router, name)(doc)`` and returns
    ``(name, output)``. A method returns ``None`` to mean "unchanged", a
    document of the same type (the same dict, a copy or a new one), or
    ``NotImplemented`` (the base class's answer) to let the document pass
    through, after the event/event page and datum/datum page fallbacks
    described in this module's docstring.

    ``emit`` is an optional callable ``f(name, doc)``; :meth:`emit` forwards to
    it. The router keeps only a weak reference to it, so that a router does not
    keep its consumer alive; once ``emit`` is garbage-collected, :meth:`emit`
    does nothing.
    """

    def __init__(self, *, emit: EmitCallback | None = None) -> None:
        self._emit_ref: Callable[[], EmitCallback | None] | None = None
        if emit is not None:
            self._emit_ref = _weak_reference_to(emit)

    def emit(self, name: str, doc: Any) -> None:
        """Send ``(name, doc)`` to the ``emit`` callable given at construction, if it still exists."""
        try:
            emit_ref = self._emit_ref
        except AttributeError:
            # Filler and RunRouter (as in 1.24) do not run DocumentRouter.__init__.
            raise EventModelAttributeError(
                f"{type(self).__name__} has no emit callable: it was not made through "
                "DocumentRouter.__init__(emit=...), so emit() is not available"
            ) from None
        if emit_ref is not None:
            emit = emit_ref()
            if emit is not None:
                emit(name, doc)

    def __call__(self, name: str, doc: Any, validate: bool = False) -> tuple[str, Any]:
        """Route one document and return ``(name, output document)``.

        With ``validate=True`` the output document is checked against the
        schema of its type (``jsonschema.exceptions.ValidationError`` if not valid).
        """
        return self._dispatch(name, doc, validate)

    def _dispatch(self, name: str, doc: Any, validate: bool) -> tuple[str, Any]:
        """Call the method ``name``, apply the fallbacks, optionally validate the result."""
        try:
            method = getattr(self, name)
        except AttributeError:
            raise EventModelAttributeError(
                f"{type(self).__name__} has no method {name!r} to route a document to: "
                f"expected a document name, one of {list(_DOCUMENT_NAMES)}"
            ) from None
        except TypeError:
            raise EventModelTypeError(
                f"document name {name!r} is not a string: expected one of {list(_DOCUMENT_NAMES)} "
                "(for a DocumentNames member, pass its .value)"
            ) from None
        output = method(doc)
        if output is NotImplemented:
            if name in FAMILY_OF_ROW:
                output = self._row_through_page(doc, FAMILY_OF_ROW[name])
            elif name in FAMILY_OF_PAGE:
                output = self._page_through_rows(doc, FAMILY_OF_PAGE[name])
            if output is NotImplemented:
                output = doc
        if validate:
            # As 1.24: the method's own answer is validated, even None.
            _validate(name, output)
        return name, doc if output is None else output

    def _row_through_page(self, row: Any, family: RowsAndPages) -> Any:
        """Route one event (datum) through ``event_page`` (``datum_page``) as a one-row page.

        Returns NotImplemented if the page method declines or is not overridden.
        """
        page_method = getattr(self, family.page)
        if _is_base(page_method, getattr(DocumentRouter, family.page)):
            if not family.is_plain_row(row):
                family.pack(row)  # raises for a malformed row, as 1.24 did
            return NotImplemented
        page = family.pack(row)
        page_output = page_method(page)
        if page_output is NotImplemented:
            return NotImplemented
        return self._single_row(family.unpack(page if page_output is None else page_output), family.row)

    def _single_row(self, rows: Any, row_name: str) -> Any:
        """The one row of the page that ``{row_name}_page`` returned for a single row."""
        collected = []
        for row in rows:
            collected.append(row)
            if len(collected) > 1:
                break
        if len(collected) != 1:
            count = "no rows" if not collected else "more than one row"
            raise EventModelValueError(
                f"{row_name}_page() of {type(self).__name__} returned a page with {count} for a single "
                f"{row_name}: expected exactly one row"
            )
        return collected[0]

    def _page_through_rows(self, page: Any, family: RowsAndPages) -> Any:
        """Route each row of an event (datum) page through ``event`` (``datum``) and repack them.

        Returns NotImplemented if the row method declines or is not overridden.
        """
        row_method = getattr(self, family.row)
        if _is_base(row_method, getattr(DocumentRouter, family.row)):
            # 1.24 unpacked the first row and offered it to the row method: that fails
            # for a malformed page, and a page without rows cannot be repacked.
            if not family.is_plain_page(page) and next(iter(family.unpack(page)), _NO_ROW) is _NO_ROW:
                raise self._no_rows(family.page, family.row)
            return NotImplemented
        outputs = []
        for row in family.unpack(page):
            output = row_method(row)
            if output is NotImplemented:
                return NotImplemented
            outputs.append(row if output is None else output)
        if not outputs:
            raise self._no_rows(family.page, family.row)
        return family.pack(*outputs)

    def _no_rows(self, page_name: str, row_name: str) -> EventModelValueError:
        """The error for a page without rows routed row by row (1.24 raised ValueError too)."""
        return EventModelValueError(
            f"{type(self).__name__} received a {page_name} without rows: it routes a {page_name} "
            f"row by row through {row_name}() when {page_name}() is not implemented, and a page "
            f"without rows cannot be packed again (expected at least one {row_name} in the page)"
        )

    # One method per document type. NotImplemented (the constant, not the
    # exception) is how the dispatcher tells an override from the default.

    def start(self, doc: RunStart) -> RunStart | None:
        """Handle a run start document; the default passes it through."""
        return _unhandled(doc)

    def stop(self, doc: RunStop) -> RunStop | None:
        """Handle a run stop document; the default passes it through."""
        return _unhandled(doc)

    def descriptor(self, doc: EventDescriptor) -> EventDescriptor | None:
        """Handle an event descriptor; the default passes it through."""
        return _unhandled(doc)

    def resource(self, doc: Resource) -> Resource | None:
        """Handle a resource document; the default passes it through."""
        return _unhandled(doc)

    def event(self, doc: Event) -> Event | None:
        """Handle an event; the default routes it through ``event_page`` if that is overridden."""
        return _unhandled(doc)

    def datum(self, doc: Datum) -> Datum | None:
        """Handle a datum; the default routes it through ``datum_page`` if that is overridden."""
        return _unhandled(doc)

    def event_page(self, doc: EventPage) -> EventPage | None:
        """Handle an event page; the default routes each row through ``event`` if that is overridden."""
        return _unhandled(doc)

    def datum_page(self, doc: DatumPage) -> DatumPage | None:
        """Handle a datum page; the default routes each row through ``datum`` if that is overridden."""
        return _unhandled(doc)

    def stream_datum(self, doc: StreamDatum) -> StreamDatum | None:
        """Handle a stream datum document; the default passes it through."""
        return _unhandled(doc)

    def stream_resource(self, doc: StreamResource) -> StreamResource | None:
        """Handle a stream resource document; the default passes it through."""
        return _unhandled(doc)

    def bulk_events(self, doc: dict[str, Any]) -> None:
        """Hand a deprecated bulk_events document to ``event_page``, one page per descriptor."""
        warnings.warn(BULK_EVENTS_DEPRECATED, stacklevel=2)
        # The method itself, not the dispatcher: no event fallback, as in 1.24.
        for page in bulk_events_to_event_pages(doc):
            self.event_page(page)

    def bulk_datum(self, doc: dict[str, Any]) -> None:
        """Hand a deprecated bulk_datum document to ``datum_page`` as one page."""
        warnings.warn(BULK_DATUM_DEPRECATED, stacklevel=2)
        self.datum_page(bulk_datum_to_datum_page(doc))
