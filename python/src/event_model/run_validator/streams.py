"""The streams of a run: per descriptor, its event schemas and keys; per stream name, its seq_num counter.

Checker "keys and types" of a descriptor: a descriptor that reuses a stream name
must have the same data keys (``stream-name-reuse``), and a data key whose shape
cannot describe readings is reported (``unusable-data-key``).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Mapping
from typing import Any

from ..document_names import DocumentNames
from ..errors import EventModelError
from ..validation import SchemaValidator, schema_validator_for, schema_validators
from ..validation.event_schema import StreamSchemas, UnusableDataKey, stream_schemas
from .findings import FindingLog

__all__ = [
    "Stream",
    "StreamCounter",
    "StreamSchemaSet",
    "StreamTable",
    "count_explained",
    "generic_schema",
    "schema_set_for",
    "within",
]


def generic_schema(name: str) -> SchemaValidator:
    """The validator of one document type's generic schema (as ``schema_validators`` holds it)."""
    return schema_validators[DocumentNames(name)]


class StreamCounter:
    """The seq_num bookkeeping of one stream name (shared by its descriptors)."""

    __slots__ = ("data_keys", "last_seq_num", "name", "rows", "stream_datum_high")

    def __init__(self, name: str, data_keys: frozenset[str]) -> None:
        self.name = name
        self.data_keys = data_keys
        self.last_seq_num = 0
        self.rows = 0
        self.stream_datum_high = 0

    def expected_num_events(self) -> int:
        """The num_events a stop should report for this stream (what the RunEngine's counter says)."""
        return max(self.last_seq_num, self.stream_datum_high)


def count_explained(counter: StreamCounter) -> str:
    """Say where the expected num_events of a stream comes from, in words a reader can check."""
    rows, last = counter.rows, counter.last_seq_num
    sent = f"{rows} event{' was' if rows == 1 else 's were'} sent"
    if counter.stream_datum_high > last:
        return f"the stream's stream datums cover seq_num 1 to {counter.stream_datum_high}; {sent}"
    if rows == last:
        return f"{sent}, seq_num 1 to {last}"
    return f"a stop counts up to the stream's last seq_num; {sent}"


class _PicklesWithoutJsonCheck:
    """Pickling for slotted classes holding ``json_is_valid``, a jsonschema-rs verdict that does not pickle.

    The verdict is left out and made again when used.
    """

    __slots__ = ()

    def __getstate__(self) -> dict[str, Any]:
        slots: tuple[str, ...] = getattr(type(self), "__slots__", ())
        return {name: getattr(self, name) for name in slots if name != "json_is_valid"}

    def __setstate__(self, state: dict[str, Any]) -> None:
        for name, value in state.items():
            setattr(self, name, value)
        setattr(self, "json_is_valid", None)  # noqa: B010 -- a slot of the subclass


class StreamSchemaSet(_PicklesWithoutJsonCheck):
    """The compiled schemas of a stream's events and pages, shared by descriptors that declare the same keys.

    Facilities write runs with the same detectors over and over: every run's
    descriptor declares the same data keys, and compiling their schemas costs
    far more than checking a small run. Descriptors whose name and data keys
    are equal (as JSON) share one set, built without the descriptor's uid: a
    stream's events are found by that uid, so the schema need not repeat it.
    """

    __slots__ = (
        "_page_schema",
        "event_schema",
        "integer_keys",
        "json_is_valid",
        "page_schema_source",
        "problems",
    )

    def __init__(self, schemas: StreamSchemas | None) -> None:
        self.problems: list[UnusableDataKey] = [] if schemas is None else schemas.problems
        # Scalar keys declared 'integer' (the schemas accept any number there; see stream_schemas).
        self.integer_keys: frozenset[str] = frozenset() if schemas is None else schemas.integer_keys
        self.event_schema = _stream_validator(None if schemas is None else schemas.event, "event")
        # The page schema is made now (the descriptor may change later) but compiled on first use:
        # compiling takes a few tenths of a millisecond, and most streams carry events or pages, not both.
        self.page_schema_source = None if schemas is None else schemas.page
        self._page_schema: SchemaValidator | None = None
        # The bare jsonschema-rs verdict on events parsed from JSON (see json_lines), made when used.
        self.json_is_valid: Callable[[Any], bool] | None = None

    @property
    def page_schema(self) -> SchemaValidator:
        """The validator of the stream's event pages, compiled on first use."""
        if self._page_schema is None:
            self._page_schema = _stream_validator(self.page_schema_source, "event_page")
        return self._page_schema


_SHARED_SETS = 256
"""How many schema sets of distinct descriptors are kept for reuse."""


@functools.lru_cache(maxsize=_SHARED_SETS)
def _shared_schema_set(key: str) -> StreamSchemaSet:
    """The schema set of the descriptor whose ``[name, data_keys]`` is the JSON text ``key``."""
    name, data_keys = json.loads(key)
    return StreamSchemaSet(_schemas_or_none({"name": name, "data_keys": data_keys}))


def schema_set_for(descriptor: Mapping[str, Any]) -> StreamSchemaSet:
    """The schema set of a descriptor's stream: shared when its name and data keys are plain JSON."""
    try:
        identity = [descriptor.get("name"), descriptor.get("data_keys")]
        key = json.dumps(identity, allow_nan=True)
        shareable = json.loads(key) == identity  # False for tuples, numpy values, odd subclasses ...
    except (TypeError, ValueError, RecursionError):
        shareable = False
    if shareable:
        return _shared_schema_set(key)
    return StreamSchemaSet(_schemas_or_none(descriptor))


class Stream(_PicklesWithoutJsonCheck):
    """What the validator keeps per descriptor: its schema set, keys and counter."""

    __slots__ = (
        "counter",
        "descriptor",
        "event_is_valid",
        "event_keys",
        "event_schema",
        "integer_keys",
        "json_is_valid",
        "problems",
        "schemas",
        "stream_keys",
    )

    def __init__(self, descriptor: Mapping[str, Any], counter: StreamCounter) -> None:
        self.descriptor = descriptor
        self.counter = counter
        data_keys = descriptor.get("data_keys")
        if not isinstance(data_keys, Mapping):
            data_keys = {}
        self.stream_keys = frozenset(
            key
            for key, value in data_keys.items()
            if isinstance(value, Mapping) and value.get("external") == "STREAM:"
        )
        self.event_keys = frozenset(data_keys) - self.stream_keys
        self.schemas = schemas = schema_set_for(descriptor)
        self.problems = schemas.problems
        # Scalar keys declared 'integer' whose readings have not yet been found to be fractional
        # in this stream (each is warned about once per stream).
        self.integer_keys: set[str] = set(schemas.integer_keys)
        self.event_schema = schemas.event_schema
        self.event_is_valid = self.event_schema.is_valid
        self.json_is_valid = schemas.json_is_valid

    @property
    def page_schema(self) -> SchemaValidator:
        """The validator of the stream's event pages, compiled on first use."""
        return self.schemas.page_schema


def _schemas_or_none(descriptor: Mapping[str, Any]) -> StreamSchemas | None:
    """The schemas of the stream ``descriptor`` describes, or None when it has no usable data_keys."""
    try:
        return stream_schemas(descriptor)
    except EventModelError:  # data_keys missing or not a mapping: the descriptor's schema finding says why
        return None


def _stream_validator(schema: dict[str, Any] | None, document_name: str) -> SchemaValidator:
    """The validator of one stream's events or pages (the generic one when the descriptor is unusable)."""
    if schema is None:
        return generic_schema(document_name)
    # numpy_scalars: readings from a live stream are numpy scalars as often as not.
    return schema_validator_for(schema, document_name=document_name, numpy_scalars=True)


def within(path: str, prefix: str) -> bool:
    """Whether the JSON path *path* is *prefix* or lies inside it."""
    return path == prefix or (path.startswith(prefix) and path[len(prefix)] in ".[")


class StreamTable:
    """The descriptors of the current run (by uid) and the counters of its stream names."""

    __slots__ = ("counters", "log", "streams")

    def __init__(self, log: FindingLog) -> None:
        self.log = log
        self.streams: dict[Any, Stream] = {}
        self.counters: dict[Any, StreamCounter] = {}

    def reset(self) -> None:
        """Forget the streams of the previous run (the same dicts, emptied: the fast paths hold them)."""
        self.streams.clear()
        self.counters.clear()

    def stream_of(self, descriptor_uid: Any) -> Stream | None:
        """The stream of the descriptor with this uid, or None (unseen, or not hashable)."""
        try:
            return self.streams.get(descriptor_uid)
        except TypeError:
            return None

    def add_descriptor(self, doc: Mapping[str, Any], schema_paths: list[str]) -> None:
        """Open (or continue) the stream a descriptor describes; report reused names and unusable keys.

        ``schema_paths`` are the paths the descriptor's schema errors were
        reported at: a data key already faulted there is not reported again.
        """
        uid = doc.get("uid")
        data_keys = doc.get("data_keys")
        key_set = frozenset(data_keys) if isinstance(data_keys, Mapping) else frozenset()
        name = doc.get("name")
        try:
            counter = self.counters.get(name)
        except TypeError:  # an unhashable name: the schema reports it
            name, counter = repr(name), None
        if counter is None:
            counter = self.counters[name] = StreamCounter(str(name), key_set)
        elif counter.data_keys != key_set:
            self.log.report(
                "stream-name-reuse",
                "$.data_keys",
                f"stream {name!r} was described before with the data keys {sorted(counter.data_keys)}; "
                f"this descriptor has {sorted(key_set)}: "
                "descriptors sharing a stream name must have the same keys",
            )
        try:
            if uid in self.streams:
                return  # a duplicate uid (reported): keep the first descriptor
        except TypeError:
            return
        stream = self.streams[uid] = Stream(doc, counter)
        for problem in stream.problems:
            # A data key the schema already faulted (a dtype that is an object, ...) is not reported twice.
            if not any(within(problem.path, path) or within(path, problem.path) for path in schema_paths):
                self.log.report(
                    "unusable-data-key",
                    problem.path,
                    f"{problem.problem}; readings of {problem.key!r} are not checked where this leaves them "
                    "undefined",
                )
