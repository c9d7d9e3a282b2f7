"""Fill events with the external data their datum point at: ``Filler`` and ``NoFiller``.

Large data (images, waveforms) often live in files outside the documents. A
resource document names the files (``spec``, ``root``, ``resource_path``,
``resource_kwargs``), datum documents name pieces of them (``datum_kwargs``),
and an event holds a datum_id where the data belong, with ``filled[key]`` False.
A Filler caches descriptors, resources and datum as they pass, and replaces
each such datum_id by the data a *handler* reads.

A handler is registered per resource ``spec``: ``handler_class(path,
**resource_kwargs)`` makes a handler instance, and ``instance(**datum_kwargs)``
returns the data. ``path`` is the resource's root (mapped through ``root_map``)
joined to its resource_path; see :func:`resolve_resource_path` for how a
resource_path that escapes its root (``..``) is treated and the
``refuse_escaping_paths`` option that refuses it.

By default everything here behaves as event-model 1.24.0's Filler does: which
documents it edits in place, the pages it returns (always packed anew, keys in
the order ``time, uid, seq_num, descriptor, filled, data, timestamps``) and the
built-in class of every error, with clearer messages. Two departures: a Filler
with registered handlers can be unpickled (1.24 raised AttributeError), and
making a handler that keeps raising OSError raises DataNotAccessible (an
EventModelError, as 1.24 raised).

This module is longer than most because ``Filler`` keeps event-model 1.24's
interface, some forty public methods and properties, in one class: spread over
mixins it would be harder to read as the interface it is. The work itself is
done elsewhere, read in one direction: ``events`` (what an event needs filled
and where its data are), ``handlers`` (making a handler, reading a datum),
``registry`` (the registry view and the closed state).
"""

from __future__ import annotations

import copy
import threading
import warnings
from collections.abc import Iterable, Mapping, MutableMapping
from typing import Any, cast

from .._required_fields import require_field, require_identifier
from .._warning_texts import FILLER_OPTION_DEPRECATED, INPLACE_NOT_SPECIFIED
from ..documents.datum import Datum
from ..documents.datum_page import DatumPage
from ..documents.event import Event
from ..documents.event_descriptor import EventDescriptor
from ..documents.event_page import EventPage
from ..documents.resource import Resource
from ..documents.stream_datum import StreamDatum
from ..documents.stream_resource import StreamResource
from ..errors import (
    DuplicateHandler,
    EventModelAttributeError,
    EventModelRuntimeError,
    EventModelTypeError,
    EventModelValueError,
    UndefinedAssetSpecification,
)
from ..pages.convert import unpack_datum_page, unpack_event_page
from ..routing import DocumentRouter
from ..strictness import strict_checks_enabled
from .coercion import (
    lookup_coercion,
)
from .events import (
    fields_to_fill,
    lookup_descriptor,
    pack_filled_rows,
    record_filled,
    repacked_without_filling,
    source_of,
)
from .handlers import make_handler, read_datum
from .registry import (
    CLOSED,
    CLOSED_MESSAGE,
    HandlerRegistryView,
)

__all__ = ["DEFAULT_RETRY_INTERVALS", "FILLS_AS_FILLER", "Filler"]

DEFAULT_RETRY_INTERVALS: tuple[float, ...] = (
    0.001, 0.002, 0.004, 0.008, 0.016, 0.032, 0.064, 0.128, 0.256, 0.512, 1.024,
)  # fmt: skip
"""Pauses (s) between attempts to read data not there yet: 1 ms doubling to ~1 s, ~2 s in all."""

Cache = MutableMapping[Any, Any]


class Filler(DocumentRouter):
    """Pass documents through, replacing datum_ids in events by the external data they point at.

    Parameters
    ----------
    handler_registry
        Maps each resource ``spec`` to a handler class: any callable
        ``handler_class(path, **resource_kwargs)`` that returns a callable
        ``handler(**datum_kwargs) -> data``.
    include, exclude
        Deprecated (DeprecationWarning). The data keys to fill, or not to fill;
        at most one of the two.
    root_map
        Maps a resource ``root`` to the root to use instead, for files that
        have been moved, copied or mounted elsewhere.
    coerce
        Name of the coercion applied to each handler class as it is registered:
        "as_is" (default), "force_numpy", or one added with register_coercion.
    handler_cache, resource_cache, datum_cache, descriptor_cache, stream_resource_cache, stream_datum_cache
        Mutable mappings to use as caches; a new dict each by default.
    inplace
        Whether filling edits the given event (page) or returns a filled copy.
        Leaving it unset warns (UserWarning) and fills in place.
    retry_intervals
        Pauses in seconds between attempts to open or read data that raise
        OSError (files may appear on disk after the documents that name them).
        None gives DEFAULT_RETRY_INTERVALS; [] tries once. When all attempts
        fail, DataNotAccessible is raised from the last OSError.
    refuse_escaping_paths
        If True, a resource whose resource_path escapes its root (``..``
        climbing above it, or an absolute path) raises EventModelValueError
        when its handler is made. False (default) hands such paths to the
        handler joined as they are, as event-model 1.24 did.

    A Filler holds caches of documents and handler instances, which may hold
    much memory; use it as a context manager, or call :meth:`close`, to drop
    them. A closed Filler refuses documents (EventModelRuntimeError).

    ``clone()`` makes a Filler with the same settings and fresh caches; a
    Filler pickles with its settings, registry and caches. Two Fillers compare
    equal when their settings (not their registries or cache contents) are equal.
    Stream resources and stream datum are cached but not filled: their data
    are read by other means. Like event-model 1.24's, a Filler takes no
    ``emit`` callable.
    """

    def __init__(
        self,
        handler_registry: Mapping[str, Any],
        *,
        include: Iterable[str] | None = None,
        exclude: Iterable[str] | None = None,
        root_map: Mapping[str, str] | None = None,
        coerce: str = "as_is",
        handler_cache: Cache | None = None,
        resource_cache: Cache | None = None,
        datum_cache: Cache | None = None,
        descriptor_cache: Cache | None = None,
        stream_resource_cache: Cache | None = None,
        stream_datum_cache: Cache | None = None,
        inplace: bool | None = None,
        retry_intervals: Iterable[float] | None = None,
        refuse_escaping_paths: bool = False,
    ) -> None:
        # DocumentRouter.__init__ is not run: a Filler has no emit callable (as in 1.24).
        if inplace is None:
            warnings.warn(INPLACE_NOT_SPECIFIED, stacklevel=2)
            inplace = True
        self._inplace: Any = inplace  # kept as given (1.24 did not make it a bool)
        if include is not None and exclude is not None:
            raise EventModelValueError(
                f"Filler was given both include={include!r} and exclude={exclude!r}: "
                "expected at most one of them"
            )
        self._coercion_func = lookup_coercion(coerce)
        self._coerce = coerce
        # Handed to coercions as filler_state; a plain namespace, as in 1.24.
        self._current_state = threading.local()
        self._install_registry(handler_registry)
        for option, value in (("include", include), ("exclude", exclude)):
            if value is not None:
                message = FILLER_OPTION_DEPRECATED.format(option=option)
                warnings.warn(message, DeprecationWarning, stacklevel=2)
        self.include = include
        self.exclude = exclude
        self.root_map: Mapping[str, str] = root_map or {}
        self._handler_cache: Cache = (
            self.get_default_handler_cache() if handler_cache is None else handler_cache
        )
        self._resource_cache: Cache = (
            self.get_default_resource_cache() if resource_cache is None else resource_cache
        )
        self._datum_cache: Cache = self.get_default_datum_cache() if datum_cache is None else datum_cache
        self._descriptor_cache: Cache = (
            self.get_default_descriptor_cache() if descriptor_cache is None else descriptor_cache
        )
        self._stream_resource_cache: Cache = (
            self.get_default_stream_resource_cache()
            if stream_resource_cache is None
            else stream_resource_cache
        )
        self._stream_datum_cache: Cache = (
            self.get_default_stream_datum_cache() if stream_datum_cache is None else stream_datum_cache
        )
        self.retry_intervals = list(DEFAULT_RETRY_INTERVALS) if retry_intervals is None else retry_intervals
        self.refuse_escaping_paths = refuse_escaping_paths
        self._closed = False

    def _install_registry(self, handler_registry: Any) -> None:
        """Start an empty registry and register each handler of ``handler_registry``."""
        # The handlers as given, and as adapted by the coercion (which is what is used).
        self._unpatched_handler_registry: dict[str, Any] = {}
        self._handler_registry: dict[str, Any] = {}
        try:
            items = handler_registry.items
        except AttributeError:
            raise EventModelAttributeError(
                f"handler_registry={handler_registry!r} is not a mapping (it has no .items()): "
                "expected a dict of spec -> handler class"
            ) from None
        for spec, handler_class in items():
            self.register_handler(spec, handler_class)
        self.handler_registry: Mapping[str, Any] = HandlerRegistryView(self._handler_registry)

    # --- settings, equality, pickling -------------------------------------

    @property
    def inplace(self) -> bool:
        """Whether filling edits the given event (page) rather than a copy (the value given, as in 1.24)."""
        inplace: bool = self._inplace
        return inplace

    @property
    def retry_intervals(self) -> list[float]:
        """Pauses (s) between attempts to reach data that raise OSError; [] means one attempt."""
        return self._retry_intervals

    @retry_intervals.setter
    def retry_intervals(self, value: Iterable[float]) -> None:
        try:
            intervals = list(value)
        except TypeError:
            raise EventModelTypeError(
                f"retry_intervals={value!r} is not a sequence: expected pauses in seconds, e.g. [0.1, 0.5]"
            ) from None
        if strict_checks_enabled():
            for interval in intervals:
                if isinstance(interval, bool) or not isinstance(interval, (int, float)) or not interval >= 0:
                    raise EventModelValueError(
                        f"retry_intervals={intervals!r} holds {interval!r}: "
                        "expected pauses in seconds, numbers >= 0"
                    )
        self._retry_intervals = intervals

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` has been called."""
        return self._closed

    def __repr__(self) -> str:
        # 1.24 says "Filler" whatever the class.
        return "<Closed Filler>" if self._closed else "<Filler>"

    def __eq__(self, other: object) -> bool:
        if type(self) is not type(other) or not isinstance(other, Filler):
            return False
        return bool(
            self.inplace == other.inplace
            and self._coerce == other._coerce
            and self.include == other.include
            and self.exclude == other.exclude
            and self.root_map == other.root_map
            and all(
                type(mine) is type(theirs)
                for mine, theirs in zip(self._caches(), other._caches(), strict=True)
            )
            and self.retry_intervals == other.retry_intervals
            and self.refuse_escaping_paths == other.refuse_escaping_paths
        )

    __hash__ = None  # type: ignore[assignment]  # equal by settings, and mutable: not hashable

    def _caches(self) -> tuple[Cache, ...]:
        """The six caches, in a fixed order."""
        return (
            self._handler_cache,
            self._resource_cache,
            self._datum_cache,
            self._descriptor_cache,
            self._stream_resource_cache,
            self._stream_datum_cache,
        )

    def __getstate__(self) -> dict[str, Any]:
        # The keys are those event-model 1.24 used, so that pickles cross versions.
        state = {
            "inplace": self._inplace,
            "coercion_func": self._coerce,
            "handler_registry": self._unpatched_handler_registry,
            "include": self.include,
            "exclude": self.exclude,
            "root_map": self.root_map,
            "handler_cache": self._handler_cache,
            "resource_cache": self._resource_cache,
            "datum_cache": self._datum_cache,
            "descriptor_cache": self._descriptor_cache,
            "stream_resource_cache": self._stream_resource_cache,
            "stream_datum_cache": self._stream_datum_cache,
            "retry_intervals": self.retry_intervals,
        }
        if self.refuse_escaping_paths:
            state["refuse_escaping_paths"] = True
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._inplace = state["inplace"]
        self._coerce = state["coercion_func"]
        # 1.24 forgot the coercion here, so unpickling a Filler with handlers failed.
        self._coercion_func = lookup_coercion(self._coerce)
        self._current_state = threading.local()
        self._handler_cache = state["handler_cache"]
        self._install_registry(state["handler_registry"])
        self.include = state["include"]
        self.exclude = state["exclude"]
        self.root_map = state["root_map"]
        self.refuse_escaping_paths = state.get("refuse_escaping_paths", False)
        self._resource_cache = state["resource_cache"]
        self._datum_cache = state["datum_cache"]
        self._descriptor_cache = state["descriptor_cache"]
        self._stream_resource_cache = state["stream_resource_cache"]
        self._stream_datum_cache = state["stream_datum_cache"]
        retry_intervals = state["retry_intervals"]
        self._retry_intervals = [] if retry_intervals is None else retry_intervals
        self._closed = False

    def clone(
        self,
        handler_registry: Mapping[str, Any] | None = None,
        *,
        root_map: Mapping[str, str] | None = None,
        coerce: str | None = None,
        handler_cache: Cache | None = None,
        resource_cache: Cache | None = None,
        datum_cache: Cache | None = None,
        descriptor_cache: Cache | None = None,
        stream_resource_cache: Cache | None = None,
        stream_datum_cache: Cache | None = None,
        inplace: bool | None = None,
        retry_intervals: Iterable[float] | None = None,
        refuse_escaping_paths: bool | None = None,
    ) -> Filler:
        """Make a new Filler with this one's settings, except those given here, and its own caches.

        The clone shares no cache or state with this Filler. As in event-model
        1.24, it is a plain ``Filler`` (whatever the class of this one) and
        does not carry over the deprecated ``include`` / ``exclude``.
        """
        return Filler(
            self._unpatched_handler_registry if handler_registry is None else handler_registry,
            root_map=self.root_map if root_map is None else root_map,
            coerce=self._coerce if coerce is None else coerce,
            handler_cache=handler_cache,
            resource_cache=resource_cache,
            datum_cache=datum_cache,
            descriptor_cache=descriptor_cache,
            stream_resource_cache=stream_resource_cache,
            stream_datum_cache=stream_datum_cache,
            inplace=self.inplace if inplace is None else inplace,
            retry_intervals=self.retry_intervals if retry_intervals is None else retry_intervals,
            refuse_escaping_paths=(
                self.refuse_escaping_paths if refuse_escaping_paths is None else refuse_escaping_paths
            ),
        )

    # Subclasses override these to use other kinds of cache (an LRU, say).

    @staticmethod
    def get_default_handler_cache() -> Cache:
        """Return a new, empty cache of handler instances."""
        return {}

    @staticmethod
    def get_default_resource_cache() -> Cache:
        """Return a new, empty cache of resource documents."""
        return {}

    @staticmethod
    def get_default_datum_cache() -> Cache:
        """Return a new, empty cache of datum documents."""
        return {}

    @staticmethod
    def get_default_descriptor_cache() -> Cache:
        """Return a new, empty cache of descriptor documents."""
        return {}

    @staticmethod
    def get_default_stream_resource_cache() -> Cache:
        """Return a new, empty cache of stream resource documents."""
        return {}

    @staticmethod
    def get_default_stream_datum_cache() -> Cache:
        """Return a new, empty cache of stream datum documents."""
        return {}

    # --- handler registry -------------------------------------------------

    def register_handler(self, spec: str, handler: Any, overwrite: bool = False) -> None:
        """Use ``handler`` for resources of ``spec``.

        Registering the very same handler again does nothing; another handler
        for a registered spec raises DuplicateHandler unless ``overwrite=True``,
        which also drops the cached instances of the old handler.
        """
        if not overwrite and spec in self._handler_registry:
            registered = self._unpatched_handler_registry[spec]
            if registered is handler:
                return
            raise DuplicateHandler(
                f"spec {spec!r} already has the handler {registered!r}, so {handler!r} was not "
                "registered; pass overwrite=True to replace it"
            )
        self.deregister_handler(spec)
        self._unpatched_handler_registry[spec] = handler
        self._handler_registry[spec] = self._coercion_func(handler, self._current_state)

    def deregister_handler(self, spec: str) -> Any:
        """Stop handling ``spec``; return its handler (as coerced), or None if it had none.

        Cached handler instances made for ``spec`` are dropped.
        """
        handler = self._handler_registry.pop(spec, None)
        if handler is not None:
            del self._unpatched_handler_registry[spec]
            for cache_key in list(self._handler_cache):
                _, cached_spec = cache_key  # (resource uid, spec), as _get_handler_maybe_cached makes them
                if cached_spec == spec:
                    del self._handler_cache[cache_key]
        return handler

    # --- life cycle ---------------------------------------------------------

    def __enter__(self) -> Filler:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Drop this Filler's caches of handlers, resources, datum and descriptors; refuse further use.

        The cache objects are not cleared, only let go of: caches passed in by
        the caller keep their contents. (As in 1.24, the stream resource and
        stream datum caches are kept.)
        """
        self._closed = True
        self._handler_cache = CLOSED
        self._resource_cache = CLOSED
        self._datum_cache = CLOSED
        self._descriptor_cache = CLOSED

    def clear_handler_cache(self) -> None:
        """Drop every cached handler instance (which may free much memory)."""
        self._handler_cache.clear()

    def clear_document_caches(self) -> None:
        """Drop the cached descriptors, resources and datum (as in 1.24, not the stream ones)."""
        self._resource_cache.clear()
        self._descriptor_cache.clear()
        self._datum_cache.clear()

    def __call__(self, name: str, doc: Any, validate: bool = False) -> tuple[str, Any]:
        """Route one document (caching or filling it); refused once the Filler is closed."""
        if self._closed:
            raise EventModelRuntimeError(CLOSED_MESSAGE)
        return super().__call__(name, doc, validate)

    # --- documents ------------------------------------------------------------

    def descriptor(self, doc: EventDescriptor) -> EventDescriptor:
        """Cache a descriptor, which its events will be filled against."""
        self._descriptor_cache[require_identifier(doc, "uid", "descriptor")] = doc
        return doc

    def resource(self, doc: Resource) -> Resource:
        """Cache a resource; its handler is made when first needed."""
        self._resource_cache[require_identifier(doc, "uid", "resource")] = doc
        return doc

    def datum(self, doc: Datum) -> Datum:
        """Cache a datum."""
        self._datum_cache[require_identifier(doc, "datum_id", "datum")] = doc
        return doc

    def datum_page(self, doc: DatumPage) -> DatumPage:
        """Cache each datum of a datum page (through :meth:`datum`, so that subclasses see each one)."""
        datum = self.datum
        for row in unpack_datum_page(doc):
            datum(row)
        return doc

    def stream_resource(self, doc: StreamResource) -> StreamResource:
        """Cache a stream resource (not used for filling)."""
        self._stream_resource_cache[require_identifier(doc, "uid", "stream_resource")] = doc
        return doc

    def stream_datum(self, doc: StreamDatum) -> StreamDatum:
        """Cache a stream datum (not used for filling)."""
        self._stream_datum_cache[require_identifier(doc, "uid", "stream_datum")] = doc
        return doc

    def event(self, doc: Event) -> Event:
        """Fill an event (in place or in a copy, as ``inplace`` says)."""
        filled: Event = self.fill_event(doc, include=self.include, exclude=self.exclude)
        return filled

    def event_page(self, doc: EventPage) -> EventPage:
        """Fill an event page (in place or in a copy, as ``inplace`` says)."""
        return self.fill_event_page(doc, include=self.include, exclude=self.exclude)

    # --- filling --------------------------------------------------------------

    def fill_event_page(
        self,
        doc: EventPage,
        include: Iterable[str] | None = None,
        exclude: Iterable[str] | None = None,
        inplace: bool | None = None,
    ) -> EventPage:
        """Fill every row of an event page.

        The rows are filled one by one and packed into a new page. With
        ``inplace`` (default: the Filler's) the given page gets that page's
        ``data`` and ``filled`` and is returned; otherwise the new page is.
        A page without rows raises EventModelValueError (as 1.24 did).
        """
        filled_page = self._filled_page(doc, include, exclude)
        if inplace is None:
            inplace = self._inplace
        if inplace:
            doc["data"] = filled_page["data"]
            doc["filled"] = filled_page["filled"]
            return doc
        return cast(EventPage, filled_page)

    def _filled_page(self, page: Any, include: Any, exclude: Any) -> Any:
        """A new page of the rows of ``page``, each through :meth:`fill_event` (skipped if none needs it)."""
        filled_page = self._repacked_if_nothing_to_fill(page, include, exclude)
        if filled_page is not None:
            return filled_page
        fill_event = self.fill_event
        rows = [
            fill_event(row, include=include, exclude=exclude, inplace=True) for row in unpack_event_page(page)
        ]
        return pack_filled_rows(rows)

    def _repacked_if_nothing_to_fill(self, page: Any, include: Any, exclude: Any) -> Any:
        """The filled page, made without unpacking, for a regular page that has nothing to fill; else None.

        Only when this class fills events as Filler (or NoFiller) does: a
        subclass's own fill_event must see every row.
        """
        if type(self).fill_event not in FILLS_AS_FILLER:
            return None
        repacked = repacked_without_filling(page, include, exclude)
        if repacked is not None:
            # What filling the first row would have done before finding nothing to fill.
            lookup_descriptor(self._descriptor_cache, page)
            if type(self).fill_event is Filler.fill_event:
                state = self._current_state
                state.descriptor = state.key = state.resource = state.datum = None
        return repacked

    def fill_event(
        self,
        doc: Any,
        include: Iterable[str] | None = None,
        exclude: Iterable[str] | None = None,
        inplace: bool | None = None,
    ) -> Any:
        """Replace each unfilled datum_id of an event by the data it points at.

        Each filled field gets ``filled[key] = datum_id``. ``inplace`` (default:
        the Filler's) edits ``doc`` itself; otherwise a deep copy is filled.

        Raises UnknownDocumentReference (an UnresolvableForeignKeyError) for an
        unseen descriptor, datum or resource, MismatchedDataKeys when ``filled``
        names a key missing from ``data``, UndefinedAssetSpecification for a spec
        without handler, and DataNotAccessible when reading keeps raising OSError.
        An event without ``filled`` that has data to fill raises EventModelKeyError
        once the first field is read, as in 1.24.
        """
        if inplace is None:
            inplace = self._inplace
        target = doc if inplace else copy.deepcopy(doc)
        descriptor = lookup_descriptor(self._descriptor_cache, doc)
        state = self._current_state
        state.descriptor = descriptor
        # Every field is resolved before any is read, so that a dangling reference
        # or a malformed field leaves the event untouched. (1.24 went field by
        # field in the arbitrary order of a set, so this is one of its outcomes.)
        sources = []
        for field in fields_to_fill(doc, descriptor, include, exclude):
            state.key = field[0]  # left set if resolving fails, as in 1.24
            datum_id, datum, resource = source_of(doc, field, self._datum_cache, self._resource_cache)
            sources.append((field[0], datum_id, datum, resource))
        for key, datum_id, datum, resource in sources:
            state.key = key
            state.resource = resource
            state.datum = datum
            handler = self._get_handler_maybe_cached(resource)
            target["data"][key] = read_datum(handler, resource, datum, self.retry_intervals)
            record_filled(target, doc, key, datum_id)
        state.descriptor = state.key = state.resource = state.datum = None
        return target

    def _get_handler_maybe_cached(self, resource: Mapping[str, Any]) -> Any:
        """Return the cached handler instance of ``resource``, making and caching it if need be."""
        cache_key = (require_field(resource, "uid", "resource"), require_field(resource, "spec", "resource"))
        try:
            return self._handler_cache[cache_key]
        except KeyError:
            handler = self.get_handler(resource)
            self._handler_cache[cache_key] = handler
            return handler

    def get_handler(self, resource: Resource | Mapping[str, Any]) -> Any:
        """Make a new handler instance for ``resource`` (not cached).

        Raises UndefinedAssetSpecification when no handler is registered for
        its spec, EventModelValueError for an escaping resource_path when
        ``refuse_escaping_paths`` is on, and DataNotAccessible when making the
        handler keeps raising OSError.
        """
        if self._closed:
            raise EventModelRuntimeError(CLOSED_MESSAGE)
        spec = require_field(resource, "spec", "resource")
        try:
            handler_class = self.handler_registry[spec]
        except KeyError:
            raise UndefinedAssetSpecification(
                f"resource {resource.get('uid')!r} has spec {spec!r}, for which no handler is registered "
                f"(registered: {list(self.handler_registry)}); register one with register_handler"
            ) from None
        except TypeError:
            raise EventModelTypeError(
                f"resource {resource.get('uid')!r} has spec={spec!r}: expected a string"
            ) from None
        return make_handler(
            handler_class,
            resource,
            root_map=self.root_map,
            refuse_escaping_paths=self.refuse_escaping_paths,
            retry_intervals=self.retry_intervals,
        )


FILLS_AS_FILLER: set[Any] = {Filler.fill_event}
"""The fill_event methods that fill as Filler does (NoFiller's adds itself): only a class using one of
them may fill a page without unpacking it, as a subclass's own fill_event must see every row."""
