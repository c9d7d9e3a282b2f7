"""Route each run's documents to callbacks made for that run: ``RunRouter``."""

from __future__ import annotations

import warnings
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from .._required_fields import require_field
from .._warning_texts import DOCS_PASSED_IN_1_14_0_WARNING
from ..documents.datum_page import DatumPage
from ..documents.event_descriptor import EventDescriptor
from ..documents.event_page import EventPage
from ..documents.resource import Resource
from ..documents.run_start import RunStart
from ..documents.run_stop import RunStop
from ..documents.stream_datum import StreamDatum
from ..documents.stream_resource import StreamResource
from ..errors import (
    EventModelTypeError,
    EventModelValueError,
    UndefinedAssetSpecification,
    UnknownDocumentReference,
)
from ..filling.filler import Filler
from .document_router import DocumentRouter

__all__ = ["RunRouter"]

Callback = Callable[[str, Any], Any]
"""A callback: ``callback(name, doc)``."""
Subfactory = Callable[[str, Any], Iterable[Callback]]
"""A subfactory: ``subfactory("descriptor", descriptor_doc) -> callbacks``."""
Factory = Callable[[str, Any], tuple[Iterable[Callback], Iterable[Subfactory]]]
"""A factory: ``factory("start", start_doc) -> (callbacks, subfactories)``."""

# How many resources without run_start (an old form) are remembered, to route their datum.
_UNLABELED_RESOURCES_KEPT = 10_000


def _give_first_document(callback: Callback, name: str, doc: Any) -> None:
    """Give a new callback its first document, warning of the likely cause if it raises."""
    try:
        callback(name, doc)
    except Exception as error:
        message = DOCS_PASSED_IN_1_14_0_WARNING.format(callback=callback, name=name, err=error)
        warnings.warn(message, stacklevel=3)
        raise


def _factory_result(factory: Any, result: Any) -> tuple[Any, Any]:
    """Split what a factory returned into (callbacks, subfactories), or say what is wrong with it."""
    try:
        iter(result)
    except TypeError:
        raise EventModelTypeError(
            f"factory {factory!r} returned {result!r}: expected a pair (callbacks, subfactories) "
            "of two lists, which may be empty"
        ) from None
    try:
        callbacks, subfactories = result
    except ValueError:
        if isinstance(result, (tuple, list)):
            raise EventModelValueError(
                f"factory {factory!r} returned {len(result)} items: expected a pair "
                "(callbacks, subfactories) of two lists, which may be empty"
            ) from None
        raise
    return callbacks, subfactories


def _require_iterable(value: Any, what: str, maker: Any, expected: str) -> None:
    """Raise EventModelTypeError naming ``maker`` if ``value`` (its ``what``) cannot be iterated."""
    try:
        iter(value)
    except TypeError:
        raise EventModelTypeError(
            f"{maker!r} returned {value!r} as its {what}: expected {expected}"
        ) from None


class RunRouter(DocumentRouter):
    """Make callbacks per run with factory functions and route each run's documents to them.

    Parameters
    ----------
    factories
        Callables ``factory("start", start_doc) -> (callbacks, subfactories)``.
        Each callback ``callback(name, doc)`` receives the start document and
        every later document of that run, up to and including its stop. Each
        subfactory ``subfactory("descriptor", descriptor_doc) -> callbacks`` is
        called for every descriptor of the run; the callbacks it returns
        receive the start document, that descriptor, the events of that
        descriptor, the run's resources and datum, and the stop.
    handler_registry, root_map
        Passed to the filler made for each run.
    filler_class
        Makes each run's filler, as ``filler_class(handler_registry,
        root_map=root_map, inplace=False)``: Filler by default; a subclass,
        ``functools.partial(Filler, ...)`` (e.g. with
        ``refuse_escaping_paths=True``) or NoFiller also fit.
    fill_or_fail
        If False (default), an event whose resource has a spec without handler
        passes on unfilled; if True, UndefinedAssetSpecification is raised.

    Events reach the callbacks as event pages (filled), datum as datum pages.
    At a run's stop, the router forgets the run: its callbacks, filler,
    descriptors and resources. A second start with a known uid raises
    EventModelValueError; documents that refer to an unknown run, descriptor
    or resource raise UnknownDocumentReference (a KeyError and an
    UnresolvableForeignKeyError). Like event-model 1.24's, a RunRouter takes no
    ``emit`` callable.
    """

    def __init__(
        self,
        factories: Iterable[Factory],
        handler_registry: Mapping[str, Any] | None = None,
        *,
        root_map: Mapping[str, str] | None = None,
        filler_class: Callable[..., Any] = Filler,
        fill_or_fail: bool = False,
    ) -> None:
        # DocumentRouter.__init__ is not run: a RunRouter has no emit callable (as in 1.24).
        self.factories = factories
        self.handler_registry = handler_registry or {}
        self.filler_class = filler_class
        self.fill_or_fail = fill_or_fail
        self.root_map = root_map
        # Keyed by start uid. _start_to_start_doc, _start_to_descriptors and
        # _descriptor_to_start keep the names and meanings of 1.24's, which its
        # tests (and some users) inspect.
        self._start_to_start_doc: dict[Any, Any] = {}
        self._start_to_descriptors: defaultdict[Any, list[Any]] = defaultdict(list)
        self._fillers: dict[Any, Any] = {}
        self._run_callbacks: defaultdict[Any, list[Callback]] = defaultdict(list)
        self._run_subfactories: defaultdict[Any, list[Subfactory]] = defaultdict(list)
        self._run_subfactory_callbacks: defaultdict[Any, list[Callback]] = defaultdict(list)
        self._run_resources: defaultdict[Any, list[Any]] = defaultdict(list)
        # Keyed by descriptor uid.
        self._descriptor_to_start: dict[Any, Any] = {}
        self._descriptor_callbacks: defaultdict[Any, list[Callback]] = defaultdict(list)
        self._descriptor_subfactory_callbacks: defaultdict[Any, list[Callback]] = defaultdict(list)
        # Resource uid and stream resource uid -> start uid.
        self._resource_to_start: dict[Any, Any] = {}
        self._stream_resource_to_start: dict[Any, Any] = {}
        # Resources of an old form carry no run_start: their datum go to every run.
        self._unlabeled_resources: deque[Any] = deque(maxlen=_UNLABELED_RESOURCES_KEPT)

    def __repr__(self) -> str:
        listed = "\n".join(f"    {factory}" for factory in self.factories)
        return f"RunRouter([\n{listed}])"

    def _filler_of(self, start_uid: Any, doc_name: str, doc: Any) -> Any:
        """Return the filler of the run ``start_uid``, or raise UnknownDocumentReference naming ``doc``."""
        try:
            return self._fillers[start_uid]
        except KeyError:
            label = doc.get("uid", doc.get("datum_id")) if isinstance(doc, Mapping) else doc
            raise UnknownDocumentReference(
                start_uid,
                f"{doc_name} document {label!r} refers to run {start_uid!r}, which this RunRouter does "
                "not know (its start was not received, or the run has stopped)",
            ) from None

    def _all_runs_callbacks(self) -> list[Callback]:
        """Every callback of every open run: all the factories' ones, then all the subfactories'."""
        return [
            *(callback for callbacks in self._run_callbacks.values() for callback in callbacks),
            *(callback for callbacks in self._run_subfactory_callbacks.values() for callback in callbacks),
        ]

    def _run_wide_callbacks(self, start_uid: Any) -> list[Callback]:
        """The callbacks of one run: its factories' ones, then its subfactories'."""
        return [*self._run_callbacks[start_uid], *self._run_subfactory_callbacks[start_uid]]

    def start(self, doc: RunStart) -> None:
        """Make the run's filler and callbacks; send the start document to the callbacks."""
        uid = require_field(doc, "uid", "start")
        if uid in self._start_to_start_doc:
            earlier = self._start_to_start_doc[uid]
            how = "the same start document" if earlier == doc else "another start document with the same uid"
            raise EventModelValueError(
                f"start document {uid!r} refused: RunRouter already received {how} "
                f"(first: {earlier!r}, now: {doc!r}); each run needs a unique uid"
            )
        self._start_to_start_doc[uid] = doc
        self._fillers[uid] = self.filler_class(self.handler_registry, root_map=self.root_map, inplace=False)
        for factory in self.factories:
            callbacks, subfactories = _factory_result(factory, factory("start", doc))
            _require_iterable(callbacks, "callbacks", factory, "a list of callbacks f(name, doc)")
            # Iterated once to hand out the start, then once to keep them, as 1.24 did
            # (so a generator's callbacks get the start but are not kept).
            for callback in callbacks:
                _give_first_document(callback, "start", doc)
            self._run_callbacks[uid].extend(callbacks)
            _require_iterable(subfactories, "subfactories", factory, "a list of subfactories")
            self._run_subfactories[uid].extend(subfactories)

    def descriptor(self, doc: EventDescriptor) -> None:
        """Send a descriptor to the run's callbacks, and to new callbacks from the run's subfactories."""
        descriptor_uid = require_field(doc, "uid", "descriptor")
        start_uid = require_field(doc, "run_start", "descriptor")
        # Recorded before anything can fail, as 1.24 did: the run's events still
        # route if a callback fails below.
        self._start_to_descriptors[start_uid].append(descriptor_uid)
        self._descriptor_to_start[descriptor_uid] = start_uid
        self._filler_of(start_uid, "descriptor", doc).descriptor(doc)
        run_callbacks = self._run_callbacks[start_uid]
        self._descriptor_callbacks[descriptor_uid].extend(run_callbacks)
        for callback in run_callbacks:
            callback("descriptor", doc)
        for subfactory in self._run_subfactories[start_uid]:
            callbacks = subfactory("descriptor", doc)
            _require_iterable(callbacks, "callbacks", subfactory, "a list of callbacks f(name, doc)")
            # Iterated three times, as 1.24 did (a generator's callbacks are kept
            # for run-wide documents only).
            self._run_subfactory_callbacks[start_uid].extend(callbacks)
            self._descriptor_subfactory_callbacks[descriptor_uid].extend(callbacks)
            for callback in callbacks:
                _give_first_document(callback, "start", self._start_to_start_doc[start_uid])
                _give_first_document(callback, "descriptor", doc)

    def event_page(self, doc: EventPage) -> None:
        """Fill an event page and send it to the callbacks of its descriptor."""
        descriptor_uid = require_field(doc, "descriptor", "event_page")
        try:
            start_uid = self._descriptor_to_start[descriptor_uid]
        except KeyError:
            raise UnknownDocumentReference(
                descriptor_uid,
                f"event_page refers to descriptor {descriptor_uid!r}, which this RunRouter does not "
                "know (not received, or its run has stopped)",
            ) from None
        filler = self._filler_of(start_uid, "event_page", doc)
        try:
            doc = filler.event_page(doc)
        except UndefinedAssetSpecification:
            if self.fill_or_fail:
                raise
        for callback in self._descriptor_callbacks[descriptor_uid]:
            callback("event_page", doc)
        for callback in self._descriptor_subfactory_callbacks[descriptor_uid]:
            callback("event_page", doc)

    def datum_page(self, doc: DatumPage) -> None:
        """Send a datum page to its resource's run (to every run for a resource naming none)."""
        resource_uid = require_field(doc, "resource", "datum_page")
        try:
            start_uid = self._resource_to_start[resource_uid]
        except KeyError:
            if resource_uid not in self._unlabeled_resources:
                raise UnknownDocumentReference(
                    resource_uid,
                    f"datum_page refers to resource {resource_uid!r}, which this RunRouter does not "
                    "know (not received, or its run has stopped)",
                ) from None
            # A resource without run_start went to every open run; so do its datum
            # (callbacks first, then fillers, as in 1.24).
            for callback in self._all_runs_callbacks():
                callback("datum_page", doc)
            for filler in list(self._fillers.values()):
                filler.datum_page(doc)
            return
        self._filler_of(start_uid, "datum_page", doc).datum_page(doc)
        for callback in self._run_wide_callbacks(start_uid):
            callback("datum_page", doc)

    def stream_datum(self, doc: StreamDatum) -> None:
        """Send a stream datum to its stream resource's run."""
        stream_resource_uid = require_field(doc, "stream_resource", "stream_datum")
        try:
            start_uid = self._stream_resource_to_start[stream_resource_uid]
        except KeyError:
            raise UnknownDocumentReference(
                stream_resource_uid,
                f"stream_datum {doc.get('uid')!r} refers to stream resource {stream_resource_uid!r}, "
                "which this RunRouter does not know (not received, or its run has stopped)",
            ) from None
        self._filler_of(start_uid, "stream_datum", doc).stream_datum(doc)
        for callback in self._run_wide_callbacks(start_uid):
            callback("stream_datum", doc)

    def resource(self, doc: Resource) -> None:
        """Send a resource to its run's filler and callbacks (to every run if it names none)."""
        try:
            start_uid = doc["run_start"]
        except KeyError:
            # An old-style resource: no run_start. Callbacks first, then fillers, as in 1.24.
            self._unlabeled_resources.append(require_field(doc, "uid", "resource"))
            for callback in self._all_runs_callbacks():
                callback("resource", doc)
            for filler in list(self._fillers.values()):
                filler.resource(doc)
            return
        except TypeError:
            require_field(doc, "run_start", "resource")  # raises, naming the document type
            raise
        self._filler_of(start_uid, "resource", doc).resource(doc)
        uid = require_field(doc, "uid", "resource")
        self._resource_to_start[uid] = start_uid
        self._run_resources[start_uid].append(uid)
        for callback in self._run_wide_callbacks(start_uid):
            callback("resource", doc)

    def stream_resource(self, doc: StreamResource) -> None:
        """Send a stream resource to its run's filler and callbacks."""
        start_uid = require_field(doc, "run_start", "stream_resource")
        self._filler_of(start_uid, "stream_resource", doc).stream_resource(doc)
        uid = require_field(doc, "uid", "stream_resource")
        self._stream_resource_to_start[uid] = start_uid
        self._run_resources[start_uid].append(uid)
        for callback in self._run_wide_callbacks(start_uid):
            callback("stream_resource", doc)

    def stop(self, doc: RunStop) -> None:
        """Send the stop document to the run's callbacks, then forget the run (an unknown run: no-op).

        If a callback raises, the run is not forgotten (as in 1.24).
        """
        start_uid = require_field(doc, "run_start", "stop")
        for callback in self._run_callbacks[start_uid]:
            callback("stop", doc)
        for callback in self._run_subfactory_callbacks[start_uid]:
            callback("stop", doc)
        self._forget(start_uid)

    def _forget(self, start_uid: Any) -> None:
        """Drop every reference to a stopped run."""
        self._fillers.pop(start_uid, None)
        self._run_subfactories.pop(start_uid, None)
        self._run_callbacks.pop(start_uid, None)
        self._run_subfactory_callbacks.pop(start_uid, None)
        for descriptor_uid in self._start_to_descriptors.pop(start_uid, ()):
            self._descriptor_to_start.pop(descriptor_uid, None)
            self._descriptor_callbacks.pop(descriptor_uid, None)
            self._descriptor_subfactory_callbacks.pop(descriptor_uid, None)
        # 1.24 kept these for ever; a document referring to them after the stop
        # raised KeyError there, and raises UnknownDocumentReference (a KeyError) here.
        for resource_uid in self._run_resources.pop(start_uid, ()):
            if self._resource_to_start.get(resource_uid) == start_uid:
                del self._resource_to_start[resource_uid]
            if self._stream_resource_to_start.get(resource_uid) == start_uid:
                del self._stream_resource_to_start[resource_uid]
        self._start_to_start_doc.pop(start_uid, None)
