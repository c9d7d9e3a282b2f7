"""Check whole runs, not just single documents: ``RunValidator`` and its ``Finding``.

A schema says whether one document is well formed; it cannot say whether a run
is. :class:`RunValidator` is a :class:`~event_model.routing.DocumentRouter`: feed
it documents in order, ``validator(name, doc)`` (for instance
``RE.subscribe(validator)``, or every line of a JSON-lines file), and it
collects :class:`Finding` objects instead of raising. It checks:

- every document against the schema of its type, and every event (page)
  against the schema built from its descriptor
  (:func:`event_model.event_schema.event_schema_for`: keys, types, shapes);
- one start first; a start after a stop begins a new run; nothing else after a stop;
- references resolve to documents already seen in the run: descriptor, resource
  and stream resource ``run_start``, event ``descriptor``, datum ``resource``,
  stream datum ``stream_resource`` and ``descriptor`` (an empty descriptor, as
  composed outside the RunEngine, is allowed);
- ``seq_num`` runs 1, 2, 3, ... *per stream name*: the RunEngine keeps one
  counter per stream name, and the descriptors that share a name (a new one is
  made when a device is reconfigured) continue each other's numbering. A
  seq_num that skips ahead is an error; one that goes back is a warning (the
  RunEngine does that when it rewinds to a checkpoint after a pause);
- event ``data``/``timestamps`` keys equal the descriptor's data keys (minus
  'STREAM:' keys), ``filled`` mentions only data keys, and the columns of a
  page have equal lengths;
- the stop's ``num_events`` per stream equals the stream's last seq_num, counting
  the rows that stream datums add (without gaps: the number of events sent);
- uids (and datum ids) are unique across everything validated;
- a descriptor that reuses a stream name has the same data keys.

Finding codes (``Finding.code``):

=====================  =========================================================
``schema``             the document fails the schema of its type
``data-type``          an event's reading has the wrong type or shape
``data-keys``          data/timestamps/filled keys disagree with the descriptor
``page-columns``       the columns of an event or datum page differ in length
``unknown-name``       the name is not a document name
``no-start``           documents arrive before any start
``missing-stop``       a run ends (next start, or end of input) without a stop
``after-stop``         a document other than a start follows a stop
``wrong-run``          a ``run_start`` names another run's start
``unknown-descriptor`` an event, page or stream datum names an unseen descriptor
``unknown-resource``   a datum names an unseen resource
``unknown-stream-resource``  a stream datum names an unseen stream resource
``stream-key``         a stream datum's data key is not a 'STREAM:' key of its descriptor
``stream-range``       a stream datum range ends before it starts
``seq-num-gap``        a seq_num skips ahead
``seq-num-rewind``     a seq_num goes back (warning)
``num-events``         the stop's num_events disagrees with what was sent
``duplicate-uid``      a uid or datum id was seen before
``stream-name-reuse``  a descriptor reuses a stream name with other data keys
``deprecated``         a bulk_events / bulk_datum document (warning)
``unusable-data-key``  a data key's shape cannot describe readings (64 dimensions at most, lengths >= 0)
``float-in-integer-key``  a fractional reading of a key declared 'integer' (warning, once per stream and key)
``unchecked``          a document so odd that a check failed on it
=====================  =========================================================

One mistake is one finding: several schema errors about one value are one
finding, and a seq_num gap over rows already reported (a misnamed event, one
naming an unknown descriptor, one without a usable seq_num) is not reported.
The documentation page "Findings" says how to fix each at the source.
"""

from __future__ import annotations

import contextlib
import difflib
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np

from ..document_names import DocumentNames
from ..errors import EventModelError
from ..routing import DocumentRouter
from ..validation.event_schema import StreamSchemas, UnusableDataKey, stream_schemas
from ..validation.messages import short_repr
from ..validation.validators import (
    DocumentValidationError,
    SchemaValidator,
    UnreadableDocumentError,
    schema_validator_for,
    schema_validators,
)

__all__ = ["Finding", "RunSummary", "RunValidator", "Severity"]

Severity = Literal["error", "warning"]
"""How serious a finding is: an ``error`` makes the run invalid; a ``warning`` is allowed but worth a look."""

_NO_RUN, _OPEN, _STOPPED = 0, 1, 2

_KEYED_PARTS = ("$.data", "$.timestamps", "$.filled")


def _generic_schema(name: str) -> SchemaValidator:
    """The validator of one document type's generic schema (as ``schema_validators`` holds it)."""
    return schema_validators[DocumentNames(name)]


_KEY_KEYWORDS = frozenset({"required", "additionalProperties", "unevaluatedProperties"})


def _schema_errors(validator: SchemaValidator, doc: Any) -> list[DocumentValidationError]:
    """Every reason ``doc`` fails the validator's schema (empty when it is valid), one per mistake.

    Several errors about one value are one mistake: a dtype that is an object
    fails both ``type`` and ``enum``; two missing keys give two ``required``
    errors that each name both. So only the first error about a value at a
    path is kept, and the first of each keyword about an object's keys.
    """
    kept: list[DocumentValidationError] = []
    seen: set[tuple[str, str]] = set()
    try:
        errors = list(validator.iter_errors(doc))
    except UnreadableDocumentError as unreadable:  # a TypeError for library callers, a finding here
        errors = [unreadable]
    for error in errors:
        keyword = str(error.validator)
        mistake = (error.json_path, keyword if keyword in _KEY_KEYWORDS else "value")
        if mistake not in seen:
            seen.add(mistake)
            kept.append(error)
    return kept


def _is_valid(is_valid: Callable[[Any], bool], doc: Any) -> bool:
    """``is_valid(doc)``, with a document no validator can read counted as invalid, not raised."""
    try:
        return is_valid(doc)
    except UnreadableDocumentError:
        return False


@dataclass(frozen=True)
class Finding:
    """One problem found in a stream of documents.

    ``index`` is the position (from 0) of the offending document among those
    given to the validator; ``path`` is a JSON path inside it (``$`` for the
    whole document); ``run`` is the uid of the start of the run it belongs to
    (None before any start).
    """

    severity: Severity
    index: int
    name: str
    path: str
    message: str
    code: str
    run: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the finding as a plain dict (for JSON reports)."""
        return {
            "severity": self.severity,
            "index": self.index,
            "name": self.name,
            "path": self.path,
            "message": self.message,
            "code": self.code,
            "run": self.run,
        }


@dataclass
class RunSummary:
    """What the validator saw of one run: its start uid, where it begins and ends, document counts."""

    uid: str | None
    first_index: int
    last_index: int
    stopped: bool = False
    exit_status: str | None = None
    counts: dict[str, int] = field(default_factory=dict)


class _StreamCounter:
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


class _Stream:
    """What the validator keeps per descriptor: schema validators of its events and pages, keys, counter."""

    __slots__ = (
        "_page_schema",
        "counter",
        "descriptor",
        "event_is_valid",
        "event_keys",
        "event_schema",
        "integer_keys",
        "json_is_valid",
        "page_schema_source",
        "problems",
        "stream_keys",
    )

    def __init__(self, descriptor: Mapping[str, Any], counter: _StreamCounter) -> None:
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
        schemas = _schemas_or_none(descriptor)
        self.problems: list[UnusableDataKey] = [] if schemas is None else schemas.problems
        # Scalar keys declared 'integer' whose readings have not yet been found to be fractional
        # (the schemas accept any number there; see event_schema.stream_schemas).
        self.integer_keys: set[str] = set() if schemas is None else set(schemas.integer_keys)
        self.event_schema = _stream_validator(None if schemas is None else schemas.event, "event")
        self.event_is_valid = self.event_schema.is_valid
        # The page schema is made now (the descriptor may change later) but compiled on first use:
        # compiling takes a few tenths of a millisecond, and most streams carry events or pages, not both.
        self.page_schema_source = None if schemas is None else schemas.page
        self._page_schema: SchemaValidator | None = None
        # The bare jsonschema-rs verdict on events parsed from JSON (see _json_run_validator), made when used.
        self.json_is_valid: Callable[[Any], bool] | None = None

    @property
    def page_schema(self) -> SchemaValidator:
        """The validator of the stream's event pages, compiled on first use."""
        if self._page_schema is None:
            self._page_schema = _stream_validator(self.page_schema_source, "event_page")
        return self._page_schema


def _schemas_or_none(descriptor: Mapping[str, Any]) -> StreamSchemas | None:
    """The schemas of the stream ``descriptor`` describes, or None when it has no usable data_keys."""
    try:
        return stream_schemas(descriptor)
    except EventModelError:  # data_keys missing or not a mapping: the descriptor's schema finding says why
        return None


def _stream_validator(schema: dict[str, Any] | None, document_name: str) -> SchemaValidator:
    """The validator of one stream's events or pages (the generic one when the descriptor is unusable)."""
    if schema is None:
        return _generic_schema(document_name)
    # numpy_scalars: readings from a live stream are numpy scalars as often as not.
    return schema_validator_for(schema, document_name=document_name, numpy_scalars=True)


class RunValidator(DocumentRouter):
    """Check a stream of documents, run by run, and collect findings instead of raising.

    Call it as ``validator(name, doc)`` for every document, in order, then
    :meth:`finish` at the end of the input (that reports a run left without a
    stop). ``validator.findings`` lists what was found, ``validator.valid`` says
    whether none of it is an error, ``validator.runs`` summarises each run.
    Documents are never modified; the call returns ``(name, doc)`` unchanged,
    as a DocumentRouter whose methods change nothing does.

    ``max_findings`` bounds how many findings are kept (None: all);
    ``finding_counts`` counts every finding, kept or not, by code.

    A validator keeps state between calls and takes no lock: when documents
    come from several threads (RunEngine monitors emit from device threads),
    serialise the calls, for instance with a ``threading.Lock`` around them.
    """

    def __init__(
        self, *, max_findings: int | None = None, emit: Callable[[str, Any], Any] | None = None
    ) -> None:
        super().__init__(emit=emit)
        self.max_findings = max_findings
        self.findings: list[Finding] = []
        self.finding_counts: Counter[str] = Counter()
        self.error_count = 0
        self.warning_count = 0
        self.runs: list[RunSummary] = []
        self._index = -1
        self._name = ""
        self._path_prefix = ""
        self._uids: set[Any] = set()
        self._state = _NO_RUN
        self._run: RunSummary | None = None
        self._run_uid: str | None = None
        self._reported_no_start = False
        self._handlers: dict[Any, tuple[str, Callable[[Mapping[str, Any]], None]]] = {}
        for member in DocumentNames:
            entry = (member.value, getattr(self, f"_check_{member.value}"))
            self._handlers[member.value] = entry
            self._handlers[member] = entry
        self._reset_run_tables()

    # -- public interface ---------------------------------------------------

    @property
    def valid(self) -> bool:
        """True when no error has been found (warnings allowed)."""
        return self.error_count == 0

    @property
    def documents_seen(self) -> int:
        """How many documents the validator has been given."""
        return self._index + 1

    def __call__(self, name: Any, doc: Any, validate: bool = False) -> tuple[Any, Any]:
        """Check one document and return ``(name, doc)`` unchanged.

        ``validate`` is accepted for the DocumentRouter interface and ignored:
        every document is validated, and problems become findings, not exceptions.
        """
        self._index += 1
        try:
            doc_name, handler = self._handlers[name]
        except (KeyError, TypeError):
            self._name = name if isinstance(name, str) else _short(getattr(name, "value", name))
            names = sorted(member.value for member in DocumentNames)
            close = difflib.get_close_matches(name, names, n=1) if isinstance(name, str) else []
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            self._report(
                "unknown-name", "$", f"{_short(name)} is not a document name{hint}: expected one of {names}"
            )
            if isinstance(doc, Mapping) and "seq_num" in doc:
                self._lose_rows(doc.get("seq_num"))  # a misnamed event (page): its rows are missed
            return name, doc
        self._name = doc_name
        if type(doc) is dict or isinstance(doc, Mapping):
            try:
                handler(doc)
            except Exception as error:  # a document no check foresaw: a finding, never a crash
                self._path_prefix = ""
                summary = f"{type(error).__name__}: {error}"[:200]
                self._report("unchecked", "$", f"this {doc_name} could not be checked ({summary})")
        else:
            self._report("schema", "$", f"{_short(doc)} is not a {doc_name} document: expected a JSON object")
        run = self._run
        if run is not None:
            counts = run.counts
            counts[doc_name] = counts.get(doc_name, 0) + 1
            run.last_index = self._index
        return name, doc

    def finish(self) -> list[Finding]:
        """Declare the end of the input: report a run still open (no stop), return all findings."""
        if self._state == _OPEN and self._run is not None:
            self._name = "start"
            self._report(
                "missing-stop",
                "$",
                f"run {self._run_uid!r} has no stop document: the input ended while it was open",
                severity="warning",
                index=self._run.first_index,
            )
            self._state = _STOPPED
        return self.findings

    # DocumentRouter methods: a document handed to one of them directly is checked like one
    # given to __call__ (returning None: the document is unchanged).

    def start(self, doc: Any) -> None:
        """Check a run start document (as ``validator('start', doc)`` does)."""
        self("start", doc)

    def stop(self, doc: Any) -> None:
        """Check a run stop document."""
        self("stop", doc)

    def descriptor(self, doc: Any) -> None:
        """Check an event descriptor."""
        self("descriptor", doc)

    def event(self, doc: Any) -> None:
        """Check an event."""
        self("event", doc)

    def event_page(self, doc: Any) -> None:
        """Check an event page."""
        self("event_page", doc)

    def resource(self, doc: Any) -> None:
        """Check a resource document."""
        self("resource", doc)

    def datum(self, doc: Any) -> None:
        """Check a datum."""
        self("datum", doc)

    def datum_page(self, doc: Any) -> None:
        """Check a datum page."""
        self("datum_page", doc)

    def stream_resource(self, doc: Any) -> None:
        """Check a stream resource document."""
        self("stream_resource", doc)

    def stream_datum(self, doc: Any) -> None:
        """Check a stream datum document."""
        self("stream_datum", doc)

    def bulk_events(self, doc: Any) -> None:
        """Check a (deprecated) bulk_events document."""
        self("bulk_events", doc)

    def bulk_datum(self, doc: Any) -> None:
        """Check a (deprecated) bulk_datum document."""
        self("bulk_datum", doc)

    # -- reporting ----------------------------------------------------------

    def _report(
        self, code: str, path: str, message: str, *, severity: Severity = "error", index: int | None = None
    ) -> None:
        """Record one finding about the current document."""
        self.finding_counts[code] += 1
        if severity == "error":
            self.error_count += 1
        else:
            self.warning_count += 1
        if self.max_findings is not None and len(self.findings) >= self.max_findings:
            return
        if self._path_prefix:
            path = self._path_prefix + path[1:]
        self.findings.append(
            Finding(
                severity=severity,
                index=self._index if index is None else index,
                name=self._name,
                path=path,
                message=message,
                code=code,
                run=self._run_uid,
            )
        )

    def _check_schema(self, doc: Mapping[str, Any]) -> list[str]:
        """Validate ``doc`` against the generic schema of its type; report each error, return their paths."""
        validator = _generic_schema(self._name)
        if not _is_valid(validator.is_valid, doc):
            return self._report_schema_errors(validator, doc)
        return []

    def _report_schema_errors(self, validator: SchemaValidator, doc: Any) -> list[str]:
        """Report why ``doc`` fails its generic schema (one finding per error); return the errors' paths."""
        errors = _schema_errors(validator, doc)
        if not errors:  # is_valid and iter_errors disagree: say so rather than stay silent
            self._report("schema", "$", f"the {self._name} document fails its schema")
            return ["$"]
        for error in errors:
            self._report("schema", error.json_path, error.problem)
        return [error.json_path for error in errors]

    def _check_uid(self, uid: Any, path: str) -> None:
        """Report ``uid`` if it was seen before; remember it."""
        seen = self._uids
        try:
            if uid in seen:
                self._report("duplicate-uid", path, f"{uid!r} was already used by an earlier document")
            else:
                seen.add(uid)
        except TypeError:
            pass  # not hashable: not a string, which the schema reports

    def _check_in_run(self) -> None:
        """Report a document that is not inside an open run."""
        if self._state == _OPEN:
            return
        if self._state == _STOPPED:
            self._report(
                "after-stop",
                "$",
                f"this {self._name} follows the stop of run {self._run_uid!r}: "
                "only a start may follow a stop",
            )
        elif not self._reported_no_start:
            self._reported_no_start = True
            self._report(
                "no-start",
                "$",
                f"this {self._name} arrives before any start document: a run must begin with its start "
                "(this and every document until the next start belong to no run)",
            )

    def _check_run_start(self, doc: Mapping[str, Any]) -> None:
        """Report a ``run_start`` that is not the uid of the current run's start."""
        if "run_start" not in doc:
            return  # a required one is reported by the schema
        run_start = doc["run_start"]
        if self._run_uid is not None and run_start != self._run_uid:
            self._report(
                "wrong-run",
                "$.run_start",
                f"{_short(run_start)} is not the uid of this run's start document ({self._run_uid!r})",
            )

    # -- per document type --------------------------------------------------

    def _reset_run_tables(self) -> None:
        """Forget the descriptors, resources and counters of the previous run."""
        self._streams: dict[Any, _Stream] = {}
        self._counters: dict[Any, _StreamCounter] = {}
        self._resources: set[Any] = set()
        self._stream_resources: dict[Any, Any] = {}
        # Rows of events and pages already reported (misnamed, or naming no known descriptor) that
        # no stream could count: a seq_num skipping ahead by at most this many is not a new mistake.
        self._lost_rows = 0

    def _lose_rows(self, seq_num: Any) -> None:
        """Remember the rows of an event (page) that was reported and could not be counted in its stream."""
        self._lost_rows += len(seq_num) if isinstance(seq_num, list) else 1

    def _check_start(self, doc: Mapping[str, Any]) -> None:
        """A start opens a new run (reporting the previous one if it was never stopped)."""
        if self._state == _OPEN:
            self._report(
                "missing-stop",
                "$",
                f"run {self._run_uid!r} has no stop document: this start begins another run while it is open",
            )
        self._check_schema(doc)
        uid = doc.get("uid")
        self._check_uid(uid, "$.uid")
        self._reset_run_tables()
        self._state = _OPEN
        self._reported_no_start = False
        self._run_uid = uid if isinstance(uid, str) else None
        self._run = RunSummary(uid=self._run_uid, first_index=self._index, last_index=self._index, counts={})
        self.runs.append(self._run)

    def _check_stop(self, doc: Mapping[str, Any]) -> None:
        """A stop closes the run; its num_events must match what was sent."""
        self._check_in_run()
        self._check_schema(doc)
        self._check_uid(doc.get("uid"), "$.uid")
        self._check_run_start(doc)
        num_events = doc.get("num_events")
        if self._state == _OPEN and isinstance(num_events, Mapping):
            self._check_num_events(num_events)
        if self._state == _OPEN and self._run is not None:
            self._run.stopped = True
            exit_status = doc.get("exit_status")
            self._run.exit_status = exit_status if isinstance(exit_status, str) else None
        self._state = _STOPPED if self._state != _NO_RUN else _NO_RUN

    def _check_num_events(self, num_events: Mapping[str, Any]) -> None:
        """Compare the stop's num_events with each stream's count."""
        for name, counter in self._counters.items():
            expected = counter.expected_num_events()
            if name not in num_events:
                if expected:
                    self._report(
                        "num-events",
                        "$.num_events",
                        f"stream {name!r} is missing from num_events: expected {expected} "
                        f"({_count_explained(counter)})",
                    )
                continue
            claimed = num_events[name]
            if claimed != expected:
                self._report(
                    "num-events",
                    f"$.num_events[{name!r}]",
                    f"{_short(claimed)} is not the number of events in stream {name!r}: expected {expected} "
                    f"({_count_explained(counter)})",
                )
        for name, claimed in num_events.items():
            if name not in self._counters and claimed != 0:
                self._report(
                    "num-events",
                    f"$.num_events[{name!r}]",
                    f"{_short(claimed)} events claimed for stream {name!r}, "
                    "which has no descriptor in this run: expected 0",
                )

    def _check_descriptor(self, doc: Mapping[str, Any]) -> None:
        """A descriptor opens (or continues) a stream; its events get a compiled schema."""
        self._check_in_run()
        schema_paths = self._check_schema(doc)
        uid = doc.get("uid")
        self._check_uid(uid, "$.uid")
        self._check_run_start(doc)
        data_keys = doc.get("data_keys")
        key_set = frozenset(data_keys) if isinstance(data_keys, Mapping) else frozenset()
        name = doc.get("name")
        try:
            counter = self._counters.get(name)
        except TypeError:  # an unhashable name: the schema reports it
            name, counter = repr(name), None
        if counter is None:
            counter = self._counters[name] = _StreamCounter(str(name), key_set)
        elif counter.data_keys != key_set:
            self._report(
                "stream-name-reuse",
                "$.data_keys",
                f"stream {name!r} was described before with the data keys {sorted(counter.data_keys)}; "
                f"this descriptor has {sorted(key_set)}: "
                "descriptors sharing a stream name must have the same keys",
            )
        try:
            if uid in self._streams:
                return  # a duplicate uid (reported): keep the first descriptor
        except TypeError:
            return
        stream = self._streams[uid] = _Stream(doc, counter)
        for problem in stream.problems:
            # A data key the schema already faulted (a dtype that is an object, ...) is not reported twice.
            if not any(_within(problem.path, path) or _within(path, problem.path) for path in schema_paths):
                self._report(
                    "unusable-data-key",
                    problem.path,
                    f"{problem.problem}; readings of {problem.key!r} are not checked where this leaves them "
                    "undefined",
                )

    def _check_event(self, doc: Mapping[str, Any]) -> None:
        """The per-event fast path: one schema call, two lookups, an integer comparison."""
        if self._state != _OPEN:
            self._check_in_run()
        get = doc.get
        descriptor_uid = get("descriptor")
        try:
            stream = self._streams.get(descriptor_uid)
        except TypeError:
            stream = None
        if stream is None:
            self._check_schema(doc)
            self._report_unknown_descriptor(descriptor_uid)
            self._lose_rows(get("seq_num"))
        else:
            try:
                valid = stream.event_is_valid(doc)
            except UnreadableDocumentError:  # inline, not _is_valid: this is the per-event path
                valid = False
            if not valid:
                self._explain_event(doc, stream, page=False)
            if stream.integer_keys:
                self._check_integer_readings(doc, stream, page=False)
            counter = stream.counter
            seq_num = get("seq_num")
            if seq_num == counter.last_seq_num + 1:
                counter.last_seq_num = seq_num
            else:
                self._check_seq_num(seq_num, counter, "$.seq_num")
            counter.rows += 1
        uid = get("uid")
        seen = self._uids
        try:
            if uid in seen:
                self._report("duplicate-uid", "$.uid", f"{uid!r} was already used by an earlier document")
            else:
                seen.add(uid)
        except TypeError:
            pass  # not hashable: not a string, which the schema reports

    def _check_seq_num(self, seq_num: Any, counter: _StreamCounter, path: str) -> None:
        """Report a seq_num that does not follow the previous one of its stream; follow it anyway.

        A seq_num that is missing or not an integer (the schema reports it) is taken
        to be the expected one, so the next event does not seem to skip ahead. A
        seq_num skipping over no more rows than the events already reported as
        uncountable (misnamed, or naming an unknown descriptor) is not reported:
        those are the rows it skips.
        """
        if type(seq_num) is not int:
            counter.last_seq_num += 1  # the schema reports it; count the row where it belongs
            return
        expected = counter.last_seq_num + 1
        skipped = seq_num - expected
        if 0 < skipped <= self._lost_rows:
            self._lost_rows -= skipped  # the rows of documents reported already
        elif seq_num > expected:
            self._report(
                "seq-num-gap",
                path,
                f"{seq_num} skips ahead in stream {counter.name!r}: expected {expected} "
                "(seq_num counts from 1 per stream name, across the descriptors that share it)",
            )
        else:
            self._report(
                "seq-num-rewind",
                path,
                f"{seq_num} goes back in stream {counter.name!r}: expected {expected}; the RunEngine does "
                "this only after rewinding to a checkpoint",
                severity="warning",
            )
        counter.last_seq_num = seq_num

    def _check_integer_readings(self, doc: Mapping[str, Any], stream: _Stream, *, page: bool) -> None:
        """Warn, once per stream and key, about a fractional reading of a key declared 'integer'.

        Real producers do this: ophyd's simulated motor infers its setpoint's
        dtype from its initial value (0, so 'integer') and then reads 0.5. The
        readings are fine; the descriptor is wrong. It is a data-quality warning
        (readers that trust the dtype would truncate), not an error.
        """
        data = doc.get("data")
        if not isinstance(data, Mapping):
            return
        for key in sorted(stream.integer_keys):
            value = data.get(key)
            found = _first_fraction(value) if page else (value if _is_fraction(value) else None)
            if found is None:
                continue
            stream.integer_keys.discard(key)
            where = (
                f"$.data[{key!r}]" if page else f"$.data.{key}" if key.isidentifier() else f"$.data[{key!r}]"
            )
            self._report(
                "float-in-integer-key",
                where,
                f"{found!r} is not a whole number, but the descriptor declares {key!r} with dtype 'integer': "
                "most likely the device inferred the dtype from an integer initial value and then read "
                "floats (ophyd's simulated motors do); declare dtype 'number' at the source "
                "(later readings of this key in this stream are not reported)",
                severity="warning",
            )

    def _report_unknown_descriptor(self, descriptor_uid: Any) -> None:
        """Report a reference to a descriptor not seen in this run."""
        if isinstance(descriptor_uid, str):
            self._report(
                "unknown-descriptor",
                "$.descriptor",
                f"{descriptor_uid!r} is not the uid of any descriptor seen so far in this run",
            )

    def _explain_event(self, doc: Mapping[str, Any], stream: _Stream, *, page: bool) -> None:
        """Report why an event (page) fails its stream's schema: keys, generic schema, then types."""
        key_problems = self._report_key_mismatch(doc, stream)
        generic_errors = _schema_errors(_generic_schema(self._name), doc)
        for error in generic_errors:
            self._report("schema", error.json_path, error.problem)
        # An error the generic schema reported already, by keyword or in the same words, is not repeated.
        already = {(error.json_path, error.validator) for error in generic_errors}
        already.update((error.json_path, error.problem) for error in generic_errors)
        validator = stream.page_schema if page else stream.event_schema
        reported = bool(generic_errors)
        stream_errors = _with_alternatives_chosen(_schema_errors(validator, doc), self._name)
        for error in _most_specific(stream_errors):
            path = error.json_path
            if (path, error.validator) in already or (path, error.problem) in already:
                continue
            keyed = error.validator in ("required", "additionalProperties") and path in _KEYED_PARTS
            if keyed and key_problems:
                continue  # already reported, in clearer words, as a data-keys finding
            self._report("data-type", path, error.problem + _declared_as(stream, tuple(error.absolute_path)))
            already.add((path, error.problem))
            reported = True
        if not reported and not key_problems:
            self._report("schema", "$", f"the {self._name} fails the schema of its stream")

    def _report_key_mismatch(self, doc: Mapping[str, Any], stream: _Stream) -> bool:
        """Compare data, timestamps and filled keys with the descriptor's; report and tell if they differ."""
        expected = stream.event_keys
        found = False
        for part in ("data", "timestamps"):
            mapping = doc.get(part)
            if not isinstance(mapping, Mapping):
                continue
            keys = frozenset(mapping) - stream.stream_keys
            if keys != expected:
                found = True
                self._report("data-keys", f"$.{part}", _key_difference(part, keys, expected))
        filled = doc.get("filled")
        if isinstance(filled, Mapping):
            data = doc.get("data")
            data_keys = frozenset(data) if isinstance(data, Mapping) else frozenset()
            extra = frozenset(filled) - data_keys
            if extra:
                found = True
                self._report(
                    "data-keys",
                    "$.filled",
                    f"{sorted(extra)} in filled are not keys of data: filled may only mention data keys",
                )
        return found

    def _check_event_page(self, doc: Mapping[str, Any]) -> None:
        """An event page: columns of equal length, schema of its stream, seq_nums and uids row by row."""
        if self._state != _OPEN:
            self._check_in_run()
        descriptor_uid = doc.get("descriptor")
        try:
            stream = self._streams.get(descriptor_uid)
        except TypeError:
            stream = None
        self._check_page_columns(doc, ("uid", "time", "seq_num"), ("data", "timestamps", "filled"))
        if stream is None:
            self._check_schema(doc)
            self._report_unknown_descriptor(descriptor_uid)
            self._lose_rows(doc.get("seq_num"))
        else:
            if not _is_valid(stream.page_schema.is_valid, doc):
                self._explain_event(doc, stream, page=True)
            if stream.integer_keys:
                self._check_integer_readings(doc, stream, page=True)
            seq_nums = doc.get("seq_num")
            if isinstance(seq_nums, list):
                counter = stream.counter
                for row, seq_num in enumerate(seq_nums):
                    if seq_num != counter.last_seq_num + 1:
                        self._check_seq_num(seq_num, counter, f"$.seq_num[{row}]")
                    elif type(seq_num) is int:
                        counter.last_seq_num = seq_num
                    counter.rows += 1
            else:  # no seq_num column (the schema reports it): count the rows where they belong
                rows = _page_rows(doc)
                stream.counter.last_seq_num += rows
                stream.counter.rows += rows
        uids = doc.get("uid")
        if isinstance(uids, list):
            for row, uid in enumerate(uids):
                self._check_uid(uid, f"$.uid[{row}]")

    def _check_page_columns(
        self, doc: Mapping[str, Any], columns: Iterable[str], tables: Iterable[str]
    ) -> None:
        """Report columns of a page whose length differs from the first column's."""
        lengths: dict[str, int] = {}
        for column in columns:
            value = doc.get(column)
            if isinstance(value, list):
                lengths[f"$.{column}"] = len(value)
        for table in tables:
            value = doc.get(table)
            if isinstance(value, Mapping):
                for key, column_value in value.items():
                    if isinstance(column_value, list):
                        lengths[f"$.{table}[{key!r}]"] = len(column_value)
        if len(set(lengths.values())) > 1:
            first_path, first_length = next(iter(lengths.items()))
            for path, length in lengths.items():
                if length != first_length:
                    self._report(
                        "page-columns",
                        path,
                        f"this column has {length} rows but {first_path} has {first_length}: "
                        "every column of a page must have one entry per row",
                    )

    def _check_resource(self, doc: Mapping[str, Any]) -> None:
        """A resource: unique uid, this run's run_start."""
        self._check_in_run()
        self._check_schema(doc)
        uid = doc.get("uid")
        self._check_uid(uid, "$.uid")
        self._check_run_start(doc)
        with contextlib.suppress(TypeError):  # an unhashable uid, which the schema reports
            self._resources.add(uid)

    def _check_datum(self, doc: Mapping[str, Any]) -> None:
        """A datum: unique datum_id, a resource seen in this run."""
        if self._state != _OPEN:
            self._check_in_run()
        self._check_schema(doc)
        self._check_uid(doc.get("datum_id"), "$.datum_id")
        self._check_resource_reference(doc.get("resource"))

    def _check_datum_page(self, doc: Mapping[str, Any]) -> None:
        """A datum page: equal columns, unique datum ids, a resource seen in this run."""
        if self._state != _OPEN:
            self._check_in_run()
        self._check_schema(doc)
        self._check_page_columns(doc, ("datum_id",), ("datum_kwargs",))
        datum_ids = doc.get("datum_id")
        if isinstance(datum_ids, list):
            for row, datum_id in enumerate(datum_ids):
                self._check_uid(datum_id, f"$.datum_id[{row}]")
        self._check_resource_reference(doc.get("resource"))

    def _check_resource_reference(self, resource: Any) -> None:
        """Report a datum's resource that was not seen in this run."""
        try:
            known = resource in self._resources
        except TypeError:
            return
        if not known and isinstance(resource, str):
            self._report(
                "unknown-resource",
                "$.resource",
                f"{resource!r} is not the uid of any resource seen so far in this run",
            )

    def _check_stream_resource(self, doc: Mapping[str, Any]) -> None:
        """A stream resource: unique uid, this run's run_start."""
        self._check_in_run()
        self._check_schema(doc)
        uid = doc.get("uid")
        self._check_uid(uid, "$.uid")
        self._check_run_start(doc)
        with contextlib.suppress(TypeError):  # an unhashable uid, which the schema reports
            self._stream_resources[uid] = doc.get("data_key")

    def _check_stream_datum(self, doc: Mapping[str, Any]) -> None:
        """A stream datum: known stream resource and descriptor, sane ranges, rows counted for num_events."""
        if self._state != _OPEN:
            self._check_in_run()
        self._check_schema(doc)
        self._check_uid(doc.get("uid"), "$.uid")
        stream_resource = doc.get("stream_resource")
        try:
            known_resource = stream_resource in self._stream_resources
        except TypeError:
            known_resource = True  # not a string: the schema reports it
        if not known_resource and isinstance(stream_resource, str):
            self._report(
                "unknown-stream-resource",
                "$.stream_resource",
                f"{stream_resource!r} is not the uid of any stream resource seen so far in this run",
            )
        for part in ("indices", "seq_nums"):
            bounds = doc.get(part)
            if isinstance(bounds, Mapping):
                start, stop = bounds.get("start"), bounds.get("stop")
                if type(start) is int and type(stop) is int and stop < start:
                    self._report(
                        "stream-range",
                        f"$.{part}",
                        f"{_short(dict(bounds))} ends before it starts: expected stop >= start",
                    )
        descriptor_uid = doc.get("descriptor")
        if not descriptor_uid:
            return  # composed outside the RunEngine: the descriptor is filled in later, if ever
        try:
            stream = self._streams.get(descriptor_uid)
        except TypeError:
            return
        if stream is None:
            self._report_unknown_descriptor(descriptor_uid)
            return
        if known_resource and isinstance(stream_resource, str):
            data_key = self._stream_resources.get(stream_resource)
            if data_key not in stream.stream_keys:
                self._report(
                    "stream-key",
                    "$.stream_resource",
                    f"its stream resource holds the data key {data_key!r}, which is not a 'STREAM:' key of "
                    f"descriptor {descriptor_uid!r} (those are {sorted(stream.stream_keys)})",
                )
        seq_nums = doc.get("seq_nums")
        if isinstance(seq_nums, Mapping):
            stop = seq_nums.get("stop")
            start = seq_nums.get("start")
            if type(stop) is int and type(start) is int and stop > start:
                counter = stream.counter
                counter.stream_datum_high = max(counter.stream_datum_high, stop - 1)

    def _check_bulk_events(self, doc: Mapping[str, Any]) -> None:
        """A deprecated bulk_events document: checked as the events it holds, one by one."""
        self._check_schema(doc)
        self._report(
            "deprecated",
            "$",
            "bulk_events documents are deprecated: send event_page documents",
            severity="warning",
        )
        name = self._name
        try:
            self._name = "event"
            for descriptor_uid, events in doc.items():
                if not isinstance(events, list):
                    continue
                for row, event in enumerate(events):
                    self._path_prefix = f"$[{descriptor_uid!r}][{row}]"
                    if isinstance(event, Mapping):
                        self._check_event(dict(event))
        finally:
            self._name = name
            self._path_prefix = ""

    def _check_bulk_datum(self, doc: Mapping[str, Any]) -> None:
        """A deprecated bulk_datum document: unique datum ids, a known resource."""
        self._check_in_run()
        self._check_schema(doc)
        self._report(
            "deprecated",
            "$",
            "bulk_datum documents are deprecated: send datum_page documents",
            severity="warning",
        )
        datum_ids = doc.get("datum_ids")
        if isinstance(datum_ids, list):
            for row, datum_id in enumerate(datum_ids):
                self._check_uid(datum_id, f"$.datum_ids[{row}]")
        self._check_resource_reference(doc.get("resource"))


def _is_fraction(value: Any) -> bool:
    """Whether *value* is a float (Python or numpy) that is not a whole number."""
    if isinstance(value, (float, np.floating)):
        return not float(value).is_integer()
    return False


def _first_fraction(column: Any) -> Any:
    """The first fractional float of a page's column (a list or a numpy array), or None."""
    if isinstance(column, np.ndarray):
        if column.dtype.kind != "f" or column.size == 0:
            return None
        with np.errstate(invalid="ignore"):
            fractional = np.flatnonzero(np.asarray(column != np.floor(column)))
        return column.flat[fractional[0]].item() if fractional.size else None
    if isinstance(column, list):
        return next((value for value in column if _is_fraction(value)), None)
    return None


def _within(path: str, prefix: str) -> bool:
    """Whether the JSON path *path* is *prefix* or lies inside it."""
    return path == prefix or (path.startswith(prefix) and path[len(prefix)] in ".[")


def _page_rows(doc: Mapping[str, Any]) -> int:
    """How many rows a page without a usable seq_num column holds (the length of its uid or time column)."""
    for column in ("uid", "time"):
        value = doc.get(column)
        if isinstance(value, list):
            return len(value)
    return 0


def _count_explained(counter: _StreamCounter) -> str:
    """Say where the expected num_events of a stream comes from, in words a reader can check."""
    rows, last = counter.rows, counter.last_seq_num
    sent = f"{rows} event{' was' if rows == 1 else 's were'} sent"
    if counter.stream_datum_high > last:
        return f"the stream's stream datums cover seq_num 1 to {counter.stream_datum_high}; {sent}"
    if rows == last:
        return f"{sent}, seq_num 1 to {last}"
    return f"a stop counts up to the stream's last seq_num; {sent}"


def _declared_as(stream: _Stream, parts: tuple[str | int, ...]) -> str:
    """Say how the descriptor declares the data key an error is about (or nothing)."""
    if len(parts) < 2 or parts[0] not in ("data", "timestamps"):
        return ""
    data_keys = stream.descriptor.get("data_keys")
    data_key = data_keys.get(parts[1]) if isinstance(data_keys, Mapping) else None
    if not isinstance(data_key, Mapping):
        return ""
    if parts[0] == "timestamps":
        return " (a timestamp is a number of seconds since the epoch)"
    declared = [f"dtype {_short(data_key.get('dtype'))}", f"shape {_short(data_key.get('shape'))}"]
    if "dtype_numpy" in data_key:
        declared.append(f"dtype_numpy {_short(data_key['dtype_numpy'])}")
    if "external" in data_key:
        declared.append(f"external {_short(data_key['external'])}: a datum id while filled is false")
    return f" (the descriptor declares {parts[1]!r} with {', '.join(declared)})"


def _most_specific(errors: list[DocumentValidationError]) -> list[DocumentValidationError]:
    """Drop an 'anyOf' error where a more specific error names the same place."""
    specific_paths = {error.json_path for error in errors if error.validator != "anyOf"}
    return [error for error in errors if error.validator != "anyOf" or error.json_path not in specific_paths]


def _with_alternatives_chosen(
    errors: list[DocumentValidationError], document_name: str
) -> list[DocumentValidationError]:
    """Replace each 'anyOf' over the whole event (an external key's filled condition) by what its flag chose.

    Such a condition has one alternative per value of the key's ``filled`` flag
    (see :func:`event_model.event_schema.event_schema_for`); "no alternative fits"
    says little, the errors of the alternative whose flag matched (it fails only
    outside ``filled``) say what is wrong. If no flag matched, the flag itself is
    wrong, which the generic schema reports: the 'anyOf' is dropped when other
    errors remain.
    """
    chosen_errors: list[DocumentValidationError] = []
    for error in errors:
        if error.validator == "anyOf" and not error.path:
            chosen = _errors_of_matching_alternatives(error, document_name)
            if chosen:
                chosen_errors.extend(chosen)
                continue
            if len(errors) > 1:
                continue
        chosen_errors.append(error)
    return chosen_errors


def _errors_of_matching_alternatives(
    error: DocumentValidationError, document_name: str
) -> list[DocumentValidationError]:
    """The errors of the alternatives of an 'anyOf' that fail only outside the document's ``filled``."""
    by_alternative: dict[Any, list[Any]] = {}
    for child in error.context or ():
        by_alternative.setdefault(child.relative_schema_path[0], []).append(child)
    return [
        DocumentValidationError.from_schema_error(child, document_name, _no_lookup)
        for children in by_alternative.values()
        if all(next(iter(child.absolute_path), None) != "filled" for child in children)
        for child in children
    ]


def _no_lookup(reference: str) -> dict[str, Any]:
    """Resolve no ``$ref`` (the schemas of a stream's events have none where these errors arise)."""
    return {}


def _key_difference(part: str, found: frozenset[str], expected: frozenset[str]) -> str:
    """Describe how a set of event keys differs from the descriptor's."""
    pieces = []
    missing = sorted(expected - found)
    extra = sorted(found - expected)
    if missing:
        pieces.append(f"missing {missing}")
    if extra:
        pieces.append(f"unexpected {extra}")
    return f"{part} keys differ from the descriptor's data keys: {', '.join(pieces)}"


def _short(value: Any, limit: int = 60) -> str:
    """A safe ``repr(value)`` (a few items and levels deep), cut to ``limit`` characters."""
    text = short_repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."
