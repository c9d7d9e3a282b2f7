"""Compose a run: its start document, the composers of everything in it, and its stop.

``compose_run`` returns the start document with composers that share the run's
state: the streams described so far, the ``event_counters`` dict (the caller's
own dict when given, never a copy, since the run engine rewinds it) and the
poison pill, a list that is non-empty once the stop has been asked for. As in
event-model 1.24, only a second stop is refused by default; inside
``event_model.strict_checks()`` every composer of the run refuses after the stop.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from time import time as _now
from typing import Any, Literal

from ..document_names import DocumentNames
from ..documents.run_start import RunStart
from ..documents.run_stop import RunStop
from ..errors import EventModelRuntimeError, EventModelTypeError
from ..validation.validators import schema_validators
from ._checks import arithmetic_failed, field_of, reraise_as_ours
from ._uids import new_uid
from .descriptor import ComposeDescriptor
from .resource import ComposeResource
from .stream_resource import ComposeStreamResource

__all__ = ["ComposeRunBundle", "ComposeStop", "compose_run", "compose_stop"]


@dataclass
class ComposeStop:
    """Compose the stop document of the run ``start``; a run has only one.

    ``num_events`` reports, for each stream of ``event_counters``, the number
    of events composed. ``poison_pill`` is empty until a stop is asked for.
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
        """Return the run's stop document; a second call raises EventModelRuntimeError.

        As in 1.24, the run counts as stopped from the first call on, even when
        that call fails (an invalid exit_status, say).
        """
        pill: Any = self.poison_pill
        if pill:
            raise EventModelRuntimeError(
                f"Already composed a stop document for run {field_of(self.start, 'uid', 'start')!r}; "
                "a run has exactly one."
            )
        try:
            pill.append(object())
        except AttributeError as error:
            reraise_as_ours(
                error, f"poison_pill is {type(pill).__name__}; expected a list (empty until the stop)."
            )
        counters: Any = self.event_counters
        doc: RunStop = {
            "uid": new_uid() if uid is None else uid,
            "time": _now() if time is None else time,
            "run_start": field_of(self.start, "uid", "start"),
            "exit_status": exit_status,
            "reason": reason,
            "num_events": _event_counts(counters),
        }
        if validate:
            schema_validators[DocumentNames.stop].validate(doc)
        return doc


def _event_counts(counters: Any) -> dict[str, Any]:
    """The number of events of each stream: one less than its next seq_num."""
    try:
        items = counters.items()
    except AttributeError as error:
        reraise_as_ours(
            error, f"event_counters is {type(counters).__name__}; expected a dict of stream names."
        )
    counts = {}
    for name, following in items:
        try:
            counts[name] = following - 1
        except TypeError as error:
            arithmetic_failed(error, f"event_counters[{name!r}]", following)
    return counts


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


def _start_document(uid: Any, time: Any, metadata: Any) -> RunStart:
    """The start document: uid and time, then the metadata, as ``dict(uid=..., time=..., **metadata)``.

    Written out so that each refusal (1.24's TypeErrors: not a mapping, a key that
    is not a string, a second uid or time) says what is wrong.
    """
    try:
        keys = metadata.keys()
    except AttributeError:
        raise EventModelTypeError(f"metadata is {type(metadata).__name__}; expected a dict.") from None
    doc: dict[str, Any] = {"uid": uid, "time": time}
    for key in keys:
        if not isinstance(key, str):
            raise EventModelTypeError(f"metadata key {key!r} is not a string; document keys must be.")
        if key in doc:
            raise EventModelTypeError(
                f"metadata has the key {key!r}, which compose_run sets itself; pass it as the "
                f"{key}= argument instead."
            )
        doc[key] = metadata[key]
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
    compose_descriptor = ComposeDescriptor(start, streams, event_counters)
    compose_resource = ComposeResource(start)
    compose_stream_resource = ComposeStreamResource(start)
    # The run's composers share the pill, which only strict mode reads.
    compose_descriptor._stop_marker = poison_pill
    compose_resource._stop_marker = poison_pill
    compose_stream_resource._stop_marker = poison_pill
    return ComposeRunBundle(
        start,
        compose_descriptor,
        compose_resource,
        ComposeStop(start, event_counters, poison_pill),
        compose_stream_resource=compose_stream_resource,
    )
