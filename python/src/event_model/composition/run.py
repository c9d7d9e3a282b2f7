"""Compose a run: its start document, the composers of everything in it, and its stop.

``compose_run`` returns the start document with composers that share the run's
state: the streams described so far, the ``event_counters`` dict (the caller's
own dict when given, never a copy, since the run engine rewinds it) and a marker
that the stop has been composed, after which every composer of the run refuses.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from time import time as _now
from typing import Any, Literal

from .._required_fields import require_field
from ..document_names import DocumentNames
from ..documents.run_start import RunStart
from ..documents.run_stop import RunStop
from ..errors import EventModelRuntimeError, EventModelTypeError
from ..validation import schema_validators
from ._uids import new_uid
from .descriptor import ComposeDescriptor
from .resource import ComposeResource
from .stream_resource import ComposeStreamResource

__all__ = ["ComposeRunBundle", "ComposeStop", "compose_run", "compose_stop"]


@dataclass
class ComposeStop:
    """Compose the stop document of the run ``start``; a run has only one.

    ``num_events`` reports, for each stream of ``event_counters``, the number
    of events composed. ``poison_pill`` is empty until the stop is composed.
    """

    start: RunStart
    event_counters: dict[str, int]
    poison_pill: list[Any]

    def __call__(
        self,
        exit_status: Literal["success", "abort", "fail"] = "success",
        reason: str = "",
        uid: str | None = None,
        time: float | None = None,
        validate: bool = True,
    ) -> RunStop:
        """Return the run's stop document; a second call raises EventModelRuntimeError."""
        run_uid = require_field(self.start, "uid", "start")
        if self.poison_pill:
            raise EventModelRuntimeError(
                f"Already composed a stop document for run {run_uid!r}; a run has exactly one."
            )
        doc: RunStop = {
            "uid": new_uid() if uid is None else uid,
            "time": _now() if time is None else time,
            "run_start": run_uid,
            "exit_status": exit_status,
            "reason": reason,
            "num_events": {name: count - 1 for name, count in self.event_counters.items()},
        }
        if validate:
            schema_validators[DocumentNames.stop].validate(doc)
        # Marked only once the document is made: a refused stop can be composed again.
        self.poison_pill.append(True)
        return doc


def compose_stop(
    *,
    start: RunStart,
    event_counters: dict[str, int],
    poison_pill: list[Any],
    exit_status: Literal["success", "abort", "fail"] = "success",
    reason: str = "",
    uid: str | None = None,
    time: float | None = None,
    validate: bool = True,
) -> RunStop:
    """Compose the stop document of the run ``start``; see :class:`ComposeStop`."""
    return ComposeStop(start, event_counters, poison_pill)(
        exit_status=exit_status, reason=reason, uid=uid, time=time, validate=validate
    )


@dataclass
class ComposeRunBundle:
    """A new start document with the composers of its run.

    Unpacks as the 4-tuple (start_doc, compose_descriptor, compose_resource,
    compose_stop); compose_stream_resource is reached by name only.
    """

    start_doc: RunStart
    compose_descriptor: ComposeDescriptor
    compose_resource: ComposeResource
    compose_stop: ComposeStop
    compose_stream_resource: ComposeStreamResource | None = None

    def __iter__(self) -> Iterator[Any]:
        """Yield start_doc, compose_descriptor, compose_resource, compose_stop (tuple unpacking)."""
        return iter((self.start_doc, self.compose_descriptor, self.compose_resource, self.compose_stop))


def _start_document(uid: str, time: float, metadata: Any) -> RunStart:
    """The start document: uid and time, then the metadata."""
    if not isinstance(metadata, Mapping):
        raise EventModelTypeError(f"metadata is a {type(metadata).__name__}; expected a dict.")
    clashing = [key for key in ("uid", "time") if key in metadata]
    if clashing:
        raise EventModelTypeError(
            f"metadata has the keys {clashing}, which compose_run sets itself; pass them as the "
            "uid= and time= arguments instead."
        )
    not_text = [key for key in metadata if not isinstance(key, str)]
    if not_text:
        raise EventModelTypeError(f"metadata keys {not_text!r} are not strings; document keys must be.")
    doc: dict[str, Any] = {"uid": uid, "time": time}
    doc.update(metadata)
    return doc  # type: ignore[return-value]  # metadata may add any field


def compose_run(
    *,
    uid: str | None = None,
    time: float | None = None,
    metadata: dict[str, Any] | None = None,
    validate: bool = True,
    event_counters: dict[str, int] | None = None,
) -> ComposeRunBundle:
    """Compose a start document and the composers of the documents of its run.

    ``uid`` defaults to a new UUID4 and ``time`` to now; ``metadata`` adds
    fields to the start document. ``event_counters`` (a new dict if not given)
    receives the next seq_num of each stream and is used as is, never copied.
    """
    start = _start_document(
        new_uid() if uid is None else uid,
        _now() if time is None else time,
        {} if metadata is None else metadata,
    )
    if validate:
        schema_validators[DocumentNames.start].validate(start)
    if event_counters is None:
        event_counters = {}
    streams: dict[str, Iterable[str]] = {}
    poison_pill: list[Any] = []
    return ComposeRunBundle(
        start,
        ComposeDescriptor(start, streams, event_counters, poison_pill=poison_pill),
        ComposeResource(start, poison_pill=poison_pill),
        ComposeStop(start, event_counters, poison_pill),
        compose_stream_resource=ComposeStreamResource(start, poison_pill=poison_pill),
    )
