"""Compose stream resources (files that a data key's readings are appended to) and stream datum.

A stream datum says which rows (``indices``) of a stream resource hold the
readings of which events (``seq_nums``) of a stream. Its uid is
``"<stream resource uid>/<n>"``, ``n`` counting from 0. When a device composes
it, ``seq_nums`` and ``descriptor`` are usually left for the run engine to fill
in: they are then ``{"start": 0, "stop": 0}`` and ``""``. As in event-model 1.24,
the ranges are not checked; inside ``event_model.strict_checks()`` they must be
ranges of the same width and nothing is composed after the run's stop.
"""

from __future__ import annotations

import itertools
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .._warning_texts import COMPOSE_STREAM_DATUM_DEPRECATED
from ..document_names import DocumentNames
from ..documents.event_descriptor import EventDescriptor
from ..documents.run_start import RunStart
from ..documents.stream_datum import StreamDatum, StreamRange
from ..documents.stream_resource import StreamResource
from ..strictness import strict_checks_enabled
from ..validation.validators import schema_validators
from ._checks import NEVER_STOPPED, check_stream_ranges, field_of, next_number, refuse_after_stop
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

    _stop_marker = NEVER_STOPPED
    """The run's poison pill when made by a run's ComposeStreamResource (not a field: see NEVER_STOPPED)."""

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
        strict = strict_checks_enabled()
        if strict and self._stop_marker:
            refuse_after_stop("a stream datum")
        resource_uid = field_of(self.stream_resource, "uid", "stream_resource")
        if not seq_nums:
            seq_nums = {"start": 0, "stop": 0}
        if strict:
            check_stream_ranges(indices, seq_nums)
        doc: StreamDatum = {
            "stream_resource": resource_uid,
            "uid": f"{resource_uid}/{next_number(self.counter, 'stream datum')}",
            "seq_nums": seq_nums,
            "indices": indices,
            "descriptor": field_of(descriptor, "uid", "descriptor") if descriptor else "",
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

    _stop_marker = NEVER_STOPPED
    """The run's poison pill when made by compose_run (not a field: see NEVER_STOPPED)."""

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
        stop_marker = self._stop_marker
        if stop_marker and strict_checks_enabled():
            refuse_after_stop("a stream resource")
        doc: StreamResource = {
            "uid": new_uid() if uid is None else uid,
            "data_key": data_key,
            "mimetype": mimetype,
            "uri": uri,
            "parameters": parameters,
        }
        if self.start:
            doc["run_start"] = field_of(self.start, "uid", "start")
        if validate:
            schema_validators[DocumentNames.stream_resource].validate(doc)
        compose_stream_datum = ComposeStreamDatum(doc, itertools.count())
        if stop_marker is not NEVER_STOPPED:
            compose_stream_datum._stop_marker = stop_marker
        return ComposeStreamResourceBundle(doc, compose_stream_datum)


def compose_stream_datum(
    *,
    stream_resource: StreamResource,
    counter: Iterator[int],
    seq_nums: StreamRange | None,
    indices: StreamRange,
    descriptor: EventDescriptor | None = None,
    validate: bool = True,
) -> StreamDatum:
    """Compose one stream datum of ``stream_resource`` (deprecated); see :class:`ComposeStreamDatum`.

    Deprecated, as in event-model 1.24: use the composer that
    :class:`ComposeStreamResource` returns. event-model 1.24.0 passed the two
    ranges on in the wrong order, so its document has ``seq_nums`` under
    ``"indices"`` and ``indices`` under ``"seq_nums"``; this function gives that
    same document by default, and the ranges under their own names inside
    ``event_model.strict_checks()``.
    """
    warnings.warn(COMPOSE_STREAM_DATUM_DEPRECATED, DeprecationWarning, stacklevel=2)
    compose = ComposeStreamDatum(stream_resource, counter)
    if strict_checks_enabled():
        return compose(indices, seq_nums=seq_nums, descriptor=descriptor, validate=validate)
    # 1.24.0's order: seq_nums where indices go, indices where seq_nums go.
    return compose(seq_nums, seq_nums=indices, descriptor=descriptor, validate=validate)  # type: ignore[arg-type]


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
