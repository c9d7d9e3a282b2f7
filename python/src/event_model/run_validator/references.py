"""Checker "references": a reference names a document already seen in this run.

Codes: ``wrong-run`` (a ``run_start`` names another run's start),
``unknown-descriptor``, ``unknown-resource``, ``unknown-stream-resource`` and
``stream-key`` (a stream datum's data key is not a 'STREAM:' key of its
descriptor). An empty stream datum ``descriptor``, as composed outside the
RunEngine, is allowed.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from typing import Any

from ..describe import short_repr
from .findings import FindingLog
from .streams import Stream, StreamTable

__all__ = ["ReferenceCheck"]


class ReferenceCheck:
    """Remember the resources and stream resources of the run; report references to unseen documents."""

    __slots__ = ("log", "resources", "stream_resources", "streams")

    def __init__(self, log: FindingLog, streams: StreamTable) -> None:
        self.log = log
        self.streams = streams
        self.resources: set[Any] = set()
        self.stream_resources: dict[Any, Any] = {}

    def reset(self) -> None:
        """Forget the resources of the previous run."""
        self.resources = set()
        self.stream_resources = {}

    def check_run_start(self, doc: Mapping[str, Any]) -> None:
        """Report a ``run_start`` that is not the uid of the current run's start."""
        if "run_start" not in doc:
            return  # a required one is reported by the schema
        run_start = doc["run_start"]
        run_uid = self.log.run_uid
        if run_uid is not None and run_start != run_uid:
            self.log.report(
                "wrong-run",
                "$.run_start",
                f"{short_repr(run_start, 60)} is not the uid of this run's start document ({run_uid!r})",
            )

    def report_unknown_descriptor(self, descriptor_uid: Any) -> None:
        """Report a reference to a descriptor not seen in this run."""
        if isinstance(descriptor_uid, str):
            self.log.report(
                "unknown-descriptor",
                "$.descriptor",
                f"{descriptor_uid!r} is not the uid of any descriptor seen so far in this run",
            )

    def add_resource(self, uid: Any) -> None:
        """Remember a resource of this run."""
        with contextlib.suppress(TypeError):  # an unhashable uid, which the schema reports
            self.resources.add(uid)

    def check_resource(self, resource: Any) -> None:
        """Report a datum's resource that was not seen in this run."""
        try:
            known = resource in self.resources
        except TypeError:
            return
        if not known and isinstance(resource, str):
            self.log.report(
                "unknown-resource",
                "$.resource",
                f"{resource!r} is not the uid of any resource seen so far in this run",
            )

    def add_stream_resource(self, uid: Any, data_key: Any) -> None:
        """Remember a stream resource of this run and the data key it holds."""
        with contextlib.suppress(TypeError):  # an unhashable uid, which the schema reports
            self.stream_resources[uid] = data_key

    def check_stream_resource(self, stream_resource: Any) -> bool:
        """Report a stream datum's unseen stream resource; tell whether it is known (or not a string)."""
        try:
            known = stream_resource in self.stream_resources
        except TypeError:
            return True  # not a string: the schema reports it
        if not known and isinstance(stream_resource, str):
            self.log.report(
                "unknown-stream-resource",
                "$.stream_resource",
                f"{stream_resource!r} is not the uid of any stream resource seen so far in this run",
            )
        return known

    def stream_datum_stream(self, doc: Mapping[str, Any], known_resource: bool) -> Stream | None:
        """The stream a stream datum's descriptor names, checking its data key; None if there is none.

        None also when the descriptor is empty (composed outside the RunEngine:
        filled in later, if ever) or unseen (reported).
        """
        descriptor_uid = doc.get("descriptor")
        if not descriptor_uid:
            return None
        try:
            stream = self.streams.streams.get(descriptor_uid)
        except TypeError:
            return None
        if stream is None:
            self.report_unknown_descriptor(descriptor_uid)
            return None
        stream_resource = doc.get("stream_resource")
        if known_resource and isinstance(stream_resource, str):
            data_key = self.stream_resources.get(stream_resource)
            if data_key not in stream.stream_keys:
                self.log.report(
                    "stream-key",
                    "$.stream_resource",
                    f"its stream resource holds the data key {data_key!r}, which is not a 'STREAM:' key of "
                    f"descriptor {descriptor_uid!r} (those are {sorted(stream.stream_keys)})",
                )
        return stream
