"""Compose stream resources (files that a data key's readings are appended to) and stream datum.

A stream datum says which rows (``indices``) of a stream resource hold the
readings of which events (``seq_nums``) of a stream. Its uid is
``"<stream resource uid>/<n>"``, ``n`` counting from 0. When a device composes
it, ``seq_nums`` and ``descriptor`` are usually left for the run engine to fill
in: they are then ``{"start": 0, "stop": 0}`` and ``""``.
"""

from __future__ import annotations

import itertools
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from .._required_fields import require_field
from ..document_names import DocumentNames
from ..documents.event_descriptor import EventDescriptor
from ..documents.run_start import RunStart
from ..documents.stream_datum import StreamDatum, StreamRange
from ..documents.stream_resource import StreamResource
from ..validation import schema_validators
from ._checks import check_stream_ranges, refuse_after_stop
from ._uids import new_uid

__all__ = [
    "ComposeStreamDatum",
    "ComposeStreamResource",
    "ComposeStreamResourceBundle",
    "compose_stream_datum",
    "compose_stream_resource",
]


@dataclass
class ComposeStreamDatum:
    """Compose the stream datum of ``stream_resource``, numbered by ``counter``."""

    stream_resource: StreamResource
    counter: Iterator[int]
    poison_pill: list[Any] = field(default_factory=list, kw_only=True)
    """Non-empty once the run's stop document has been composed (shared with ComposeStop)."""

    def __call__(
        self,
        indices: StreamRange,
        seq_nums: StreamRange | None = None,
        descriptor: EventDescriptor | None = None,
        validate: bool = True,
    ) -> StreamDatum:
        """Return a new stream datum for the rows ``indices`` of the stream resource.

        Without ``seq_nums`` and ``descriptor``, the events and their stream are
        left for the run engine to fill in: ``{"start": 0, "stop": 0}`` and ``""``.
        """
        if self.poison_pill:
            refuse_after_stop("a stream datum")
        if not seq_nums:
            seq_nums = {"start": 0, "stop": 0}
        check_stream_ranges(indices, seq_nums)
        resource_uid = require_field(self.stream_resource, "uid", "stream_resource")
        doc: StreamDatum = {
            "stream_resource": resource_uid,
            "uid": f"{resource_uid}/{next(self.counter)}",
            "seq_nums": seq_nums,
            "indices": indices,
            "descriptor": require_field(descriptor, "uid", "descriptor") if descriptor else "",
        }
        if validate:
            schema_validators[DocumentNames.stream_datum].validate(doc)
        return doc


@dataclass
class ComposeStreamResourceBundle:
    """A new stream resource and the composer of its stream datum; unpacks as a 2-tuple."""

    stream_resource_doc: StreamResource
    compose_stream_datum: ComposeStreamDatum

    def __iter__(self) -> Iterator[Any]:
        """Yield stream_resource_doc, compose_stream_datum (tuple unpacking)."""
        return iter((self.stream_resource_doc, self.compose_stream_datum))


@dataclass
class ComposeStreamResource:
    """Compose stream resources, linked to the run ``start`` when it is given."""

    start: RunStart | None = None
    poison_pill: list[Any] = field(default_factory=list, kw_only=True)
    """Non-empty once the run's stop document has been composed (shared with ComposeStop)."""

    def __call__(
        self,
        mimetype: str,
        uri: str,
        data_key: str,
        parameters: dict[str, Any],
        uid: str | None = None,
        validate: bool = True,
    ) -> ComposeStreamResourceBundle:
        """Return a new stream resource holding the readings of ``data_key``, with its datum composer.

        ``mimetype`` names the file format, ``uri`` locates the file and
        ``parameters`` tell the reader where in it to look.
        """
        if self.poison_pill:
            refuse_after_stop("a stream resource")
        doc: StreamResource = {
            "uid": new_uid() if uid is None else uid,
            "data_key": data_key,
            "mimetype": mimetype,
            "uri": uri,
            "parameters": parameters,
        }
        if self.start:
            doc["run_start"] = require_field(self.start, "uid", "start")
        if validate:
            schema_validators[DocumentNames.stream_resource].validate(doc)
        return ComposeStreamResourceBundle(
            doc, ComposeStreamDatum(doc, itertools.count(), poison_pill=self.poison_pill)
        )


def compose_stream_datum(
    *,
    stream_resource: StreamResource,
    counter: Iterator[int],
    seq_nums: StreamRange | None,
    indices: StreamRange,
    descriptor: EventDescriptor | None = None,
    validate: bool = True,
) -> StreamDatum:
    """Compose one stream datum of ``stream_resource``; see :class:`ComposeStreamDatum`.

    Deprecated (as in event-model 1.24): use the composer that
    :class:`ComposeStreamResource` returns. Unlike 1.24.0, which swapped the two,
    ``indices`` and ``seq_nums`` land in the fields of those names.
    """
    warnings.warn(
        "compose_stream_datum() is deprecated and will be removed in a future minor version; "
        "use the compose_stream_datum of the bundle that ComposeStreamResource returns.",
        DeprecationWarning,
        stacklevel=2,
    )
    return ComposeStreamDatum(stream_resource, counter)(
        indices, seq_nums=seq_nums, descriptor=descriptor, validate=validate
    )


def compose_stream_resource(
    *,
    mimetype: str,
    uri: str,
    data_key: str,
    parameters: dict[str, Any],
    start: RunStart | None = None,
    uid: str | None = None,
    validate: bool = True,
) -> ComposeStreamResourceBundle:
    """Compose one stream resource, linked to the run ``start`` if given.

    See :class:`ComposeStreamResource`.
    """
    return ComposeStreamResource(start)(mimetype, uri, data_key, parameters, uid=uid, validate=validate)
