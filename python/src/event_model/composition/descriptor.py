"""Compose event descriptors, each opening (or re-describing) a stream of a run."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from time import time as _now
from typing import Any

from .._required_fields import require_field
from ..document_names import DocumentNames
from ..documents.event_descriptor import Configuration, DataKey, EventDescriptor, PerObjectHint
from ..documents.run_start import RunStart
from ..validation import schema_validators
from ._checks import check_reused_stream, mapping_keys, refuse_after_stop
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
    a later descriptor of the same stream must have the same keys. The first
    descriptor of a stream sets ``event_counters[name]`` to 1.
    """

    start: RunStart
    streams: dict[str, Iterable[str]]
    event_counters: dict[str, int]
    poison_pill: list[Any] = field(default_factory=list, kw_only=True)
    """Non-empty once the run's stop document has been composed (shared with ComposeStop)."""

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

        ``validate=False`` skips only the schema check: reusing a stream name with
        other data keys is always refused.
        """
        if self.poison_pill:
            refuse_after_stop("a descriptor")
        doc: EventDescriptor = {
            "configuration": {} if configuration is None else configuration,
            "data_keys": data_keys,
            "name": name,
            "object_keys": {} if object_keys is None else object_keys,
            "run_start": require_field(self.start, "uid", "start"),
            "time": _now() if time is None else time,
            "uid": new_uid() if uid is None else uid,
            "object_classes": {} if object_classes is None else object_classes,
            "hints": {} if hints is None else hints,
        }
        if validate:
            schema_validators[DocumentNames.descriptor].validate(doc)
        keys = mapping_keys("descriptor", "data_keys", data_keys)
        if name in self.streams:
            check_reused_stream(name, self.streams[name], keys)
        else:
            self.streams[name] = keys
            self.event_counters[name] = 1
        return ComposeDescriptorBundle(
            descriptor_doc=doc,
            compose_event=ComposeEvent(doc, self.event_counters, poison_pill=self.poison_pill),
            compose_event_page=ComposeEventPage(doc, self.event_counters, poison_pill=self.poison_pill),
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
