"""Route documents by name to methods: ``DocumentRouter`` and ``SingleRunDocumentRouter``.

A router is called as ``router(name, doc)``. It hands ``doc`` to the method named
after the document (``start``, ``descriptor``, ``event``, ...) and returns
``(name, output)``, where ``output`` is what the method returned, or ``doc`` itself
when the method returned ``None`` ("unchanged").

The base class's methods all return the constant ``NotImplemented``. A subclass
overrides only the ones it cares about; for the others the document passes through.
Events and event pages stand in for each other (and likewise datum and datum
pages): when a subclass implements only ``event_page`` and an ``event`` arrives,
the event is packed into a one-row page, routed to ``event_page`` and the result
unpacked again; when it implements only ``event`` and a page arrives, the page is
unpacked and each row routed to ``event`` (a row answering ``NotImplemented``
abandons the page, which then passes through unchanged).
"""

from __future__ import annotations

import inspect
import warnings
import weakref
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar, cast

from ._required_fields import require_identifier, require_mapping
from .document_names import DocumentNames
from .documents.datum import Datum
from .documents.datum_page import DatumPage
from .documents.event import Event
from .documents.event_descriptor import EventDescriptor
from .documents.event_page import EventPage
from .documents.resource import Resource
from .documents.run_start import RunStart
from .documents.run_stop import RunStop
from .documents.stream_datum import StreamDatum
from .documents.stream_resource import StreamResource
from .errors import (
    EventModelRuntimeError,
    EventModelTypeError,
    EventModelValueError,
    UnknownDocumentReference,
)
from .pages import (
    bulk_datum_to_datum_page,
    bulk_events_to_event_pages,
    pack_datum_page,
    pack_event_page,
    unpack_datum_page,
    unpack_event_page,
)

__all__ = ["DocumentRouter", "SingleRunDocumentRouter"]

_DOCUMENT_NAMES = frozenset(member.value for member in DocumentNames)

EmitCallback = Callable[[str, Any], Any]
"""What ``emit`` must be: a callable taking ``(name, doc)``."""


def _method_name(name: Any) -> str:
    """Return the router method that handles documents called ``name``."""
    if isinstance(name, DocumentNames):
        return name.value
    if isinstance(name, str) and name in _DOCUMENT_NAMES:
        return name
    raise EventModelValueError(f"{name!r} is not a document name: expected one of {sorted(_DOCUMENT_NAMES)}")


def _weak_reference_to(emit: Any) -> Callable[[], EmitCallback | None]:
    """Check that ``emit`` accepts ``(name, doc)`` and return a weak reference to it."""
    if not callable(emit):
        raise EventModelValueError(f"emit={emit!r} is not callable: expected a callable f(name, doc)")
    try:
        signature = inspect.signature(emit)
    except (TypeError, ValueError):
        signature = None  # some built-ins publish no signature; take them on trust
    if signature is not None:
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


_PAGING: dict[str, tuple[Callable[..., Any], Callable[[Any], Iterable[Any]]]] = {
    "event": (pack_event_page, unpack_event_page),
    "datum": (pack_datum_page, unpack_datum_page),
}
"""For each row type, how to pack rows into a page and unpack a page into rows."""


_Doc = TypeVar("_Doc")


def _unhandled(doc: _Doc) -> _Doc | None:
    """Return the constant NotImplemented, every base method's answer (typed for the method)."""
    return cast("_Doc | None", NotImplemented)


def _validate(method_name: str, doc: Any) -> None:
    """Validate ``doc`` against the schema of its document type."""
    from .validation import schema_validators  # imported late: only needed on request

    schema_validators[DocumentNames[method_name]].validate(doc)


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
        if self._emit_ref is not None:
            emit = self._emit_ref()
            if emit is not None:
                emit(name, doc)

    def __call__(self, name: str, doc: Any, validate: bool = False) -> tuple[str, Any]:
        """Route one document and return ``(name, output document)``.

        With ``validate=True`` the output document is checked against the
        schema of its type (``jsonschema.exceptions.ValidationError`` if not valid).
        """
        return self._dispatch(name, doc, validate)

    def _dispatch(self, name: Any, doc: Any, validate: bool) -> tuple[Any, Any]:
        """Call the method for ``name``, apply the fallbacks, optionally validate the result."""
        try:
            known = name in _DOCUMENT_NAMES  # the common case: a plain document name
        except TypeError:  # unhashable
            known = False
        method_name = name if known else _method_name(name)
        output = getattr(self, method_name)(doc)
        if output is NotImplemented:
            if method_name == "event" or method_name == "datum":
                output = self._route_row_as_page(method_name, doc)
            elif method_name == "event_page" or method_name == "datum_page":
                output = self._route_page_as_rows(method_name, doc)
        if output is None or output is NotImplemented:
            output = doc
        if validate:
            _validate(method_name, output)
        return name, output

    def _overrides(self, method_name: str) -> bool:
        """Whether this router's class overrides the base method ``method_name``."""
        return getattr(type(self), method_name) is not getattr(DocumentRouter, method_name)

    def _route_row_as_page(self, row_name: str, row: Any) -> Any:
        """Route one event (datum) through ``event_page`` (``datum_page``) as a one-row page."""
        page_method_name = f"{row_name}_page"
        if not self._overrides(page_method_name):
            return NotImplemented  # nobody to route to: no need to pack
        pack, unpack = _PAGING[row_name]
        page = pack(row)
        page_output = getattr(self, page_method_name)(page)
        if page_output is NotImplemented:
            return NotImplemented
        rows = list(unpack(page if page_output is None else page_output))
        if len(rows) != 1:
            raise EventModelValueError(
                f"{page_method_name}() of {type(self).__name__} returned a page of {len(rows)} rows "
                f"for a single {row_name}: expected exactly one row"
            )
        return rows[0]

    def _route_page_as_rows(self, page_name: str, page: Any) -> Any:
        """Route each row of an event (datum) page through ``event`` (``datum``) and repack them."""
        row_method_name = page_name.removesuffix("_page")
        if not self._overrides(row_method_name):
            return NotImplemented  # nobody to route to: no need to unpack
        pack, unpack = _PAGING[row_method_name]
        route_row = getattr(self, row_method_name)
        outputs = []
        for row in unpack(page):
            output = route_row(row)
            if output is NotImplemented:
                return NotImplemented
            outputs.append(row if output is None else output)
        if not outputs:
            return NotImplemented  # an empty page passes through as it is
        return pack(*outputs)

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
        """Route a deprecated bulk_events document as event pages (override ``event_page`` instead)."""
        warnings.warn(
            "'bulk_events' documents are deprecated: send 'event_page' documents, "
            "which hold the same data transposed",
            stacklevel=2,
        )
        for page in bulk_events_to_event_pages(doc):
            self._dispatch("event_page", page, False)

    def bulk_datum(self, doc: dict[str, Any]) -> None:
        """Route a deprecated bulk_datum document as a datum page (override ``datum_page`` instead)."""
        warnings.warn(
            "'bulk_datum' documents are deprecated: send 'datum_page' documents, "
            "which hold the same data transposed",
            stacklevel=2,
        )
        self._dispatch("datum_page", bulk_datum_to_datum_page(doc), False)


class SingleRunDocumentRouter(DocumentRouter):
    """A DocumentRouter for the documents of exactly one run.

    It remembers the run's start document and its descriptors, refuses a
    second start document (``EventModelValueError``) and descriptors of another
    run, and offers :meth:`get_start`, :meth:`get_descriptor` and
    :meth:`get_stream_name`.
    """

    def __init__(self, *, emit: EmitCallback | None = None) -> None:
        super().__init__(emit=emit)
        self._start_doc: dict[str, Any] | None = None
        self._descriptors: dict[str, Any] = {}

    def __call__(self, name: str, doc: Any, validate: bool = False) -> tuple[str, Any]:
        """Remember start and descriptor documents, then route the document as DocumentRouter does."""
        method_name = _method_name(name)
        if method_name == "start":
            self._remember_start(doc)
        elif method_name == "descriptor":
            self._remember_descriptor(doc)
        return super().__call__(name, doc, validate=validate)

    def _remember_start(self, doc: Any) -> None:
        """Keep the run's start document; refuse a second one."""
        require_mapping(doc, "start")
        if self._start_doc is not None:
            raise EventModelValueError(
                f"start document {doc.get('uid')!r} refused: this SingleRunDocumentRouter "
                f"already has the start document {self._start_doc.get('uid')!r}; "
                "use one router per run (a RunRouter makes them)"
            )
        self._start_doc = doc

    def _remember_descriptor(self, doc: Any) -> None:
        """Keep a descriptor of this run; refuse one that belongs to another run."""
        run_start = require_identifier(doc, "run_start", "descriptor")
        uid = require_identifier(doc, "uid", "descriptor")
        if self._start_doc is None:
            raise UnknownDocumentReference(
                run_start,
                f"descriptor {uid!r} arrived before any start document: its run_start "
                f"{run_start!r} is unknown to this SingleRunDocumentRouter",
            )
        if run_start != self._start_doc.get("uid"):
            raise EventModelValueError(
                f"descriptor {uid!r} refused: its run_start {run_start!r} is not the uid "
                f"{self._start_doc.get('uid')!r} of the run this SingleRunDocumentRouter serves"
            )
        self._descriptors[uid] = doc

    def get_start(self) -> dict[str, Any]:
        """Return the run's start document (EventModelRuntimeError if none has arrived yet)."""
        if self._start_doc is None:
            raise EventModelRuntimeError("this SingleRunDocumentRouter has not received a start document yet")
        return self._start_doc

    def get_descriptor(self, doc: Any) -> EventDescriptor:
        """Return the descriptor that ``doc`` (an event or event page) refers to.

        Raises EventModelValueError when ``doc`` has no ``descriptor`` field or
        refers to a descriptor this router has not received.
        """
        if not isinstance(doc, Mapping) or "descriptor" not in doc:
            raise EventModelValueError(
                f"{doc!r} refers to no descriptor: expected a document with a 'descriptor' field"
            )
        descriptor_uid = doc["descriptor"]
        try:
            descriptor: EventDescriptor = self._descriptors[descriptor_uid]
        except (KeyError, TypeError):
            raise UnknownDocumentReference(
                descriptor_uid,
                f"descriptor {descriptor_uid!r} is unknown to this SingleRunDocumentRouter",
            ) from None
        return descriptor

    def get_stream_name(self, doc: Any) -> str:
        """Return the name of the stream (the descriptor's ``name``) that ``doc`` belongs to."""
        return str(self.get_descriptor(doc).get("name"))
