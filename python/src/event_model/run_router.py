"""Route each run's documents to callbacks made for that run: ``RunRouter``."""

from __future__ import annotations

import warnings
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ._required_fields import require_identifier, require_mapping
from .documents.datum_page import DatumPage
from .documents.event_descriptor import EventDescriptor
from .documents.event_page import EventPage
from .documents.resource import Resource
from .documents.run_start import RunStart
from .documents.run_stop import RunStop
from .documents.stream_datum import StreamDatum
from .documents.stream_resource import StreamResource
from .errors import EventModelValueError, UndefinedAssetSpecification, UnknownDocumentReference
from .filling import Filler
from .routing import DocumentRouter

__all__ = ["RunRouter"]

Callback = Callable[[str, Any], Any]
"""A callback: ``callback(name, doc)``."""
Factory = Callable[[str, Any], tuple[Iterable[Callback], Iterable[Callable[[str, Any], Iterable[Callback]]]]]
"""A factory: ``factory("start", start_doc) -> (callbacks, subfactories)``."""

# How many resources without run_start (an old form) are remembered, to route their datum.
_UNLABELED_RESOURCES_KEPT = 10_000


@dataclass
class _Run:
    """What a RunRouter keeps about one run between its start and its stop."""

    start_doc: Any
    filler: Any
    callbacks: list[Callback] = field(default_factory=list)
    subfactories: list[Callable[[str, Any], Iterable[Callback]]] = field(default_factory=list)
    subfactory_callbacks: list[Callback] = field(default_factory=list)
    callbacks_by_descriptor: dict[str, list[Callback]] = field(default_factory=dict)
    resources: set[str] = field(default_factory=set)
    stream_resources: set[str] = field(default_factory=set)

    def all_callbacks(self) -> list[Callback]:
        """Every callback of the run: the factories', then the subfactories'."""
        return [*self.callbacks, *self.subfactory_callbacks]


def _call_with_start(callback: Callback, name: str, doc: Any) -> None:
    """Give a new callback its first document, warning of the likely cause if it raises."""
    try:
        callback(name, doc)
    except Exception as error:
        warnings.warn(
            f"callback {callback!r} raised {error!r} when RunRouter passed it the {name!r} document. "
            "Since event-model 1.14.0 the RunRouter itself passes the start (and descriptor) document "
            "to the callbacks a factory returns: a factory that also passes it makes the callback "
            "receive it twice. Update the factory function. In a future release this warning will "
            "become an error.",
            stacklevel=3,
        )
        raise


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
    or resource raise UnresolvableForeignKeyError.
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
        super().__init__()
        self.factories = factories
        self.handler_registry = handler_registry or {}
        self.root_map = root_map
        self.filler_class = filler_class
        self.fill_or_fail = fill_or_fail
        self._runs: dict[str, _Run] = {}
        self._descriptor_runs: dict[str, _Run] = {}
        self._resource_runs: dict[str, _Run] = {}
        self._stream_resource_runs: dict[str, _Run] = {}
        # Resources of an old form carry no run_start: their datum go to every run.
        self._unlabeled_resources: deque[str] = deque(maxlen=_UNLABELED_RESOURCES_KEPT)

    def __repr__(self) -> str:
        lines = "".join(f"    {factory!r},\n" for factory in self.factories)
        return f"RunRouter([\n{lines}])"

    def _run_of(self, index: Mapping[str, _Run], uid: Any, what: str, doc_name: str, doc: Any) -> _Run:
        """Return the run that ``uid`` (a ``what``) belongs to, or raise UnresolvableForeignKeyError."""
        try:
            return index[uid]
        except (KeyError, TypeError):
            raise UnknownDocumentReference(
                uid,
                f"{doc_name} document {doc.get('uid', doc.get('datum_id'))!r} refers to {what} {uid!r}, "
                "which this RunRouter does not know (not seen, or its run has stopped)",
            ) from None

    def _fill(self, run: _Run, name: str, doc: Any) -> Any:
        """Pass a document through the run's filler and return what the filler returns."""
        _, output = run.filler(name, doc)
        return output

    def start(self, doc: RunStart) -> None:
        """Make the run's filler and callbacks; send the start document to the callbacks."""
        uid = require_identifier(doc, "uid", "start")
        if uid in self._runs:
            earlier = self._runs[uid].start_doc
            how = "the same start document" if earlier == doc else "another start document with the same uid"
            raise EventModelValueError(
                f"start document {uid!r} refused: RunRouter already received {how} "
                f"(first: {earlier!r}, now: {doc!r}); each run needs a unique uid"
            )
        run = _Run(doc, self.filler_class(self.handler_registry, root_map=self.root_map, inplace=False))
        self._runs[uid] = run
        for factory in self.factories:
            callbacks, subfactories = factory("start", doc)
            callbacks = list(callbacks)
            for callback in callbacks:
                _call_with_start(callback, "start", doc)
            run.callbacks.extend(callbacks)
            run.subfactories.extend(subfactories)

    def descriptor(self, doc: EventDescriptor) -> None:
        """Send a descriptor to the run's callbacks, and to new callbacks from the run's subfactories."""
        descriptor_uid = require_identifier(doc, "uid", "descriptor")
        run = self._run_of(
            self._runs, require_identifier(doc, "run_start", "descriptor"), "run", "descriptor", doc
        )
        # Recorded first, so that the run's events still route if a callback fails below.
        self._descriptor_runs[descriptor_uid] = run
        for_descriptor = run.callbacks_by_descriptor.setdefault(descriptor_uid, [])
        for_descriptor.extend(run.callbacks)
        self._fill(run, "descriptor", doc)
        for callback in run.callbacks:
            callback("descriptor", doc)
        for subfactory in run.subfactories:
            callbacks = list(subfactory("descriptor", doc))
            run.subfactory_callbacks.extend(callbacks)
            for_descriptor.extend(callbacks)
            for callback in callbacks:
                _call_with_start(callback, "start", run.start_doc)
                _call_with_start(callback, "descriptor", doc)

    def event_page(self, doc: EventPage) -> None:
        """Fill an event page and send it to the callbacks of its descriptor."""
        descriptor_uid = require_identifier(doc, "descriptor", "event_page")
        run = self._run_of(self._descriptor_runs, descriptor_uid, "descriptor", "event_page", doc)
        try:
            doc = self._fill(run, "event_page", doc)
        except UndefinedAssetSpecification:
            if self.fill_or_fail:
                raise
        for callback in run.callbacks_by_descriptor[descriptor_uid]:
            callback("event_page", doc)

    def resource(self, doc: Resource) -> None:
        """Send a resource to its run's filler and callbacks (to every run if it names none)."""
        uid = require_identifier(doc, "uid", "resource")
        if "run_start" not in require_mapping(doc, "resource"):
            self._unlabeled_resources.append(uid)
            for run in list(self._runs.values()):
                self._send_to_run(run, "resource", doc)
            return
        run = self._run_of(
            self._runs, require_identifier(doc, "run_start", "resource"), "run", "resource", doc
        )
        self._resource_runs[uid] = run
        run.resources.add(uid)
        self._send_to_run(run, "resource", doc)

    def datum_page(self, doc: DatumPage) -> None:
        """Send a datum page to its resource's run (to every run for a resource naming none)."""
        resource_uid = require_identifier(doc, "resource", "datum_page")
        run = self._resource_runs.get(resource_uid)
        if run is not None:
            self._send_to_run(run, "datum_page", doc)
        elif resource_uid in self._unlabeled_resources:
            for run in list(self._runs.values()):
                self._send_to_run(run, "datum_page", doc)
        else:
            raise UnknownDocumentReference(
                resource_uid,
                f"datum_page refers to resource {resource_uid!r}, which this RunRouter does not know "
                "(not seen, or its run has stopped)",
            )

    def stream_resource(self, doc: StreamResource) -> None:
        """Send a stream resource to its run's filler and callbacks."""
        uid = require_identifier(doc, "uid", "stream_resource")
        run = self._run_of(
            self._runs, require_identifier(doc, "run_start", "stream_resource"), "run", "stream_resource", doc
        )
        self._stream_resource_runs[uid] = run
        run.stream_resources.add(uid)
        self._send_to_run(run, "stream_resource", doc)

    def stream_datum(self, doc: StreamDatum) -> None:
        """Send a stream datum to its stream resource's run."""
        stream_resource_uid = require_identifier(doc, "stream_resource", "stream_datum")
        run = self._run_of(
            self._stream_resource_runs, stream_resource_uid, "stream resource", "stream_datum", doc
        )
        self._send_to_run(run, "stream_datum", doc)

    def _send_to_run(self, run: _Run, name: str, doc: Any) -> None:
        """Give a run-wide document to the run's filler, then to all its callbacks."""
        self._fill(run, name, doc)
        for callback in run.all_callbacks():
            callback(name, doc)

    def stop(self, doc: RunStop) -> None:
        """Send the stop document to the run's callbacks, then forget the run (an unknown run: no-op)."""
        run = self._runs.get(require_identifier(doc, "run_start", "stop"))
        if run is None:
            return
        try:
            for callback in run.all_callbacks():
                callback("stop", doc)
        finally:
            self._forget(run)

    def _forget(self, run: _Run) -> None:
        """Drop every reference to a stopped run."""
        self._runs.pop(run.start_doc["uid"], None)
        for descriptor_uid in run.callbacks_by_descriptor:
            self._descriptor_runs.pop(descriptor_uid, None)
        for resource_uid in run.resources:
            self._resource_runs.pop(resource_uid, None)
        for stream_resource_uid in run.stream_resources:
            self._stream_resource_runs.pop(stream_resource_uid, None)
