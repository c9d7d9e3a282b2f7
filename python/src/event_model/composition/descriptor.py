"""Compose event descriptors, each opening (or re-describing) a stream of a run.

The checks, their order and the state they leave are event-model 1.24's; inside
``event_model.strict_checks()`` a reused stream name is checked even with
``validate=False`` and no descriptor is composed after the run's stop.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from time import time as _now
from typing import Any

from ..document_names import DocumentNames
from ..documents.event_descriptor import Configuration, DataKey, EventDescriptor, PerObjectHint
from ..documents.run_start import RunStart
from ..strictness import strict_checks_enabled
from ..validation.validators import schema_validators
from ._checks import (
    NEVER_STOPPED,
    check_reused_stream,
    counter_failed,
    field_of,
    refuse_after_stop,
    require_mappings,
    reraise_as_ours,
)
from ._uids import new_uid
from .event import ComposeEvent, ComposeEventPage

__all__ = ["ComposeDescriptor", "ComposeDescriptorBundle", "compose_descriptor"]


@dataclass
class ComposeDescriptorBundle:
    """A new descriptor and the composers of its events; unpacks as a 3-tuple."""

    descriptor_doc: EventDescriptor
    compose_event: ComposeEvent
    compose_event_page: ComposeEventPage

    def __iter__(self) -> Iterator[Any]:
        """Yield descriptor_doc, compose_event, compose_event_page (tuple unpacking)."""
        return iter((self.descriptor_doc, self.compose_event, self.compose_event_page))


@dataclass
class ComposeDescriptor:
    """Compose the descriptors of the run ``start``.

    ``streams`` maps each stream name already described to its set of data keys;
    the first descriptor of a stream records them there and sets
    ``event_counters[name]`` to 1. ``_stop_marker`` (not a dataclass field, so
    that repr and equality are 1.24's) is the run's poison pill, set by compose_run.
    """

    start: RunStart
    streams: dict[str, Iterable[str]]
    event_counters: dict[str, int]

    _stop_marker = NEVER_STOPPED

    def __call__(
        self,
        name: str,
        data_keys: dict[str, DataKey],
        hints: PerObjectHint | None = None,
        configuration: dict[str, Configuration] | None = None,
        object_keys: dict[str, Any] | None = None,
        object_classes: dict[str, Any] | None = None,
        time: float | None = None,
        uid: str | None = None,
        validate: bool = True,
    ) -> ComposeDescriptorBundle:
        """Return a new descriptor of stream ``name`` with its event composers.

        With ``validate=True`` the descriptor is checked against its schema, and a
        stream name composed before must come with the same data keys; as in
        1.24, ``validate=False`` skips both (outside strict mode).
        """
        stop_marker = self._stop_marker
        if stop_marker and strict_checks_enabled():
            refuse_after_stop("a descriptor")
        doc: EventDescriptor = {
            "configuration": {} if configuration is None else configuration,
            "data_keys": data_keys,
            "name": name,
            "object_keys": {} if object_keys is None else object_keys,
            "run_start": field_of(self.start, "uid", "start"),
            "time": _now() if time is None else time,
            "uid": new_uid() if uid is None else uid,
            "object_classes": {} if object_classes is None else object_classes,
            "hints": {} if hints is None else hints,
        }
        streams: Any = self.streams
        if validate:
            if _described(streams, name):
                check_reused_stream(name, streams[name], _key_set(data_keys))
            schema_validators[DocumentNames.descriptor].validate(doc)
        elif strict_checks_enabled():
            require_mappings("descriptor", data_keys=data_keys)
            if _described(streams, name):
                check_reused_stream(name, streams[name], _key_set(data_keys))
        if not _described(streams, name):
            try:
                streams[name] = _key_set(data_keys)
            except TypeError as error:
                reraise_as_ours(
                    error, f"streams is {type(streams).__name__}; expected a dict of stream names."
                )
            counters: Any = self.event_counters
            try:
                counters[name] = 1
            except Exception as error:
                counter_failed(error, counters, name)
        compose_event = ComposeEvent(doc, self.event_counters)
        compose_event_page = ComposeEventPage(doc, self.event_counters)
        if stop_marker is not NEVER_STOPPED:
            compose_event._stop_marker = compose_event_page._stop_marker = stop_marker
        return ComposeDescriptorBundle(
            descriptor_doc=doc, compose_event=compose_event, compose_event_page=compose_event_page
        )


def _described(streams: Any, name: Any) -> bool:
    """Whether the stream ``name`` has been described before (TypeError for an unhashable name)."""
    try:
        return name in streams
    except TypeError as error:
        reraise_as_ours(
            error,
            f"descriptor['name'] is {name!r} ({type(name).__name__}); expected a stream name (a string).",
        )


def _key_set(data_keys: Any) -> set[Any]:
    """The names of the data keys, as 1.24 recorded them (any iterable of names will do)."""
    try:
        return set(data_keys)
    except TypeError as error:
        reraise_as_ours(
            error,
            f"descriptor['data_keys'] is {type(data_keys).__name__}; expected a dict of data keys by name.",
        )


def compose_descriptor(
    *,
    start: RunStart,
    streams: dict[str, Iterable[str]],
    event_counters: dict[str, int],
    name: str,
    data_keys: dict[str, DataKey],
    uid: str | None = None,
    time: float | None = None,
    object_keys: dict[str, Any] | None = None,
    configuration: dict[str, Configuration] | None = None,
    hints: PerObjectHint | None = None,
    object_classes: dict[str, Any] | None = None,
    validate: bool = True,
) -> ComposeDescriptorBundle:
    """Compose one descriptor of the run ``start``; see :class:`ComposeDescriptor`."""
    return ComposeDescriptor(start, streams, event_counters)(
        name,
        data_keys,
        hints=hints,
        configuration=configuration,
        object_keys=object_keys,
        object_classes=object_classes,
        time=time,
        uid=uid,
        validate=validate,
    )
