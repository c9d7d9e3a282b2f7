"""``RunValidator``: the checkers of a run composed into one DocumentRouter (see the package docstring)."""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Callable, Mapping
from typing import Any

from ..describe import short_repr, with_article
from ..document_names import DocumentNames
from ..routing import DocumentRouter
from ..validation import UnreadableDocumentError
from .columns import DATUM_PAGE_COLUMNS, EVENT_PAGE_COLUMNS, check_page_columns
from .findings import Finding, FindingLog, RunSummary, Severity
from .lifecycle import OPEN, RunLifecycle
from .readings import ReadingCheck
from .references import ReferenceCheck
from .schema_checks import SchemaCheck, is_valid
from .sequence import SequenceCheck
from .streams import StreamTable
from .uniqueness import UniquenessCheck

__all__ = ["Finding", "RunSummary", "RunValidator", "Severity"]

Handler = Callable[[Mapping[str, Any]], None]


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

    The checks live in one checker per concern (``schema_checks``,
    ``references``, ``sequence``, ``readings``, ``columns``, ``lifecycle``,
    ``uniqueness``, and ``streams`` for descriptors); the ``_on_*`` method of
    each document type, listed in ``_handlers``, says which checkers see it and
    in which order.
    """

    def __init__(
        self, *, max_findings: int | None = None, emit: Callable[[str, Any], Any] | None = None
    ) -> None:
        super().__init__(emit=emit)
        self._log = log = FindingLog(max_findings)
        self._lifecycle = RunLifecycle(log)
        self._streams = StreamTable(log)
        self._schema = self._schema_check(log)
        self._readings = ReadingCheck(log)
        self._references = ReferenceCheck(log, self._streams)
        self._sequence = SequenceCheck(log)
        self._uniqueness = UniquenessCheck(log)
        # The per-event paths read these directly: the same objects for the validator's life.
        self._stream_map = self._streams.streams
        self._seen_uids = self._uniqueness.seen
        self._handlers: dict[Any, tuple[str, Handler]] = {}
        for member, handler in (
            (DocumentNames.start, self._on_start),
            (DocumentNames.stop, self._on_stop),
            (DocumentNames.descriptor, self._on_descriptor),
            (DocumentNames.event, self._on_event),
            (DocumentNames.event_page, self._on_event_page),
            (DocumentNames.resource, self._on_resource),
            (DocumentNames.datum, self._on_datum),
            (DocumentNames.datum_page, self._on_datum_page),
            (DocumentNames.stream_resource, self._on_stream_resource),
            (DocumentNames.stream_datum, self._on_stream_datum),
            (DocumentNames.bulk_events, self._on_bulk_events),
            (DocumentNames.bulk_datum, self._on_bulk_datum),
        ):
            self._handlers[member.value] = self._handlers[member] = (member.value, handler)

    @staticmethod
    def _schema_check(log: FindingLog) -> SchemaCheck:
        """The schema checker this validator uses (a subclass may explain repeated documents once)."""
        return SchemaCheck(log)

    # -- public interface ---------------------------------------------------

    @property
    def findings(self) -> list[Finding]:
        """The findings kept so far, in the order they were found."""
        return self._log.findings

    @property
    def finding_counts(self) -> Counter[str]:
        """How many findings of each code were found, kept or not."""
        return self._log.finding_counts

    @property
    def error_count(self) -> int:
        """How many errors were found, kept or not."""
        return self._log.error_count

    @property
    def warning_count(self) -> int:
        """How many warnings were found, kept or not."""
        return self._log.warning_count

    @property
    def max_findings(self) -> int | None:
        """How many findings are kept (None: all)."""
        return self._log.max_findings

    @max_findings.setter
    def max_findings(self, value: int | None) -> None:
        self._log.max_findings = value

    @property
    def runs(self) -> list[RunSummary]:
        """A summary of each run seen so far."""
        return self._lifecycle.runs

    @property
    def valid(self) -> bool:
        """True when no error has been found (warnings allowed)."""
        return self._log.error_count == 0

    @property
    def documents_seen(self) -> int:
        """How many documents the validator has been given."""
        return self._log.index + 1

    def __call__(self, name: Any, doc: Any, validate: bool = False) -> tuple[Any, Any]:
        """Check one document and return ``(name, doc)`` unchanged.

        ``validate`` is accepted for the DocumentRouter interface and ignored:
        every document is validated, and problems become findings, not exceptions.
        """
        log = self._log
        log.index += 1
        try:
            doc_name, handler = self._handlers[name]
        except (KeyError, TypeError):
            self._report_unknown_name(name, doc)
            return name, doc
        log.name = doc_name
        if type(doc) is dict or isinstance(doc, Mapping):
            try:
                handler(doc)
            except Exception as error:  # a document no check foresaw: a finding, never a crash
                log.path_prefix = ""
                summary = f"{type(error).__name__}: {error}"[:200]
                log.report("unchecked", "$", f"this {doc_name} could not be checked ({summary})")
        else:
            log.report(
                "schema",
                "$",
                f"{short_repr(doc, 60)} is not {with_article(doc_name)} document: expected a JSON object",
            )
        run = self._lifecycle.current  # the count of the run, inline: this is every document's path
        if run is not None:
            counts = run.counts
            counts[doc_name] = counts.get(doc_name, 0) + 1
            run.last_index = log.index
        return name, doc

    def finish(self) -> list[Finding]:
        """Declare the end of the input: report a run still open (no stop), return all findings."""
        self._lifecycle.finish()
        return self._log.findings

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

    # -- per document type: which checkers see it, in order ---------------------

    def _report_unknown_name(self, name: Any, doc: Any) -> None:
        """A document under a name that is no document name (``unknown-name``)."""
        self._log.name = name if isinstance(name, str) else short_repr(getattr(name, "value", name), 60)
        names = sorted(member.value for member in DocumentNames)
        close = difflib.get_close_matches(name, names, n=1) if isinstance(name, str) else []
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        self._log.report(
            "unknown-name",
            "$",
            f"{short_repr(name, 60)} is not a document name{hint}: expected one of {names}",
        )
        if isinstance(doc, Mapping) and "seq_num" in doc:
            self._sequence.lose_rows(doc.get("seq_num"))  # a misnamed event (page): its rows are missed

    def _on_start(self, doc: Mapping[str, Any]) -> None:
        """A start opens a new run (reporting the previous one if it was never stopped)."""
        self._lifecycle.check_previous_run_stopped()
        self._schema.check(doc)
        uid = doc.get("uid")
        self._uniqueness.check(uid, "$.uid")
        self._streams.reset()
        self._references.reset()
        self._sequence.reset()
        self._lifecycle.begin(uid)

    def _on_stop(self, doc: Mapping[str, Any]) -> None:
        """A stop closes the run; its num_events must match what was sent."""
        self._lifecycle.check_in_run()
        self._schema.check(doc)
        self._uniqueness.check(doc.get("uid"), "$.uid")
        self._references.check_run_start(doc)
        self._lifecycle.end(doc, self._streams.counters)

    def _on_descriptor(self, doc: Mapping[str, Any]) -> None:
        """A descriptor opens (or continues) a stream; its events get a compiled schema."""
        self._lifecycle.check_in_run()
        schema_paths = self._schema.check(doc)
        self._uniqueness.check(doc.get("uid"), "$.uid")
        self._references.check_run_start(doc)
        self._streams.add_descriptor(doc, schema_paths)

    def _on_event(self, doc: Mapping[str, Any]) -> None:
        """The per-event path: one schema call, two lookups, an integer comparison."""
        if self._lifecycle.state != OPEN:
            self._lifecycle.check_in_run()
        get = doc.get
        descriptor_uid = get("descriptor")
        try:
            stream = self._stream_map.get(descriptor_uid)
        except TypeError:  # not hashable: the schema reports it
            stream = None
        if stream is None:
            self._schema.check(doc)
            self._references.report_unknown_descriptor(descriptor_uid)
            self._sequence.lose_rows(get("seq_num"))
        else:
            try:
                valid = stream.event_is_valid(doc)
            except UnreadableDocumentError:  # inline, not is_valid(): this is the per-event path
                valid = False
            if not valid:
                self._readings.explain(doc, stream, page=False)
            if stream.integer_keys:
                self._readings.check_integer_readings(doc, stream, page=False)
            counter = stream.counter
            seq_num = get("seq_num")
            if seq_num == counter.last_seq_num + 1:
                counter.last_seq_num = seq_num
            else:
                self._sequence.check(seq_num, counter, "$.seq_num")
            counter.rows += 1
        uid = get("uid")
        try:  # UniquenessCheck.check, inline
            if uid in self._seen_uids:
                self._log.report("duplicate-uid", "$.uid", f"{uid!r} was already used by an earlier document")
            else:
                self._seen_uids.add(uid)
        except TypeError:
            pass  # not hashable: not a string, which the schema reports

    def _on_event_page(self, doc: Mapping[str, Any]) -> None:
        """An event page: columns of equal length, schema of its stream, seq_nums and uids row by row."""
        if self._lifecycle.state != OPEN:
            self._lifecycle.check_in_run()
        descriptor_uid = doc.get("descriptor")
        stream = self._streams.stream_of(descriptor_uid)
        check_page_columns(self._log, doc, EVENT_PAGE_COLUMNS)
        if stream is None:
            self._schema.check(doc)
            self._references.report_unknown_descriptor(descriptor_uid)
            self._sequence.lose_rows(doc.get("seq_num"))
        else:
            if not is_valid(stream.page_schema.is_valid, doc):
                self._readings.explain(doc, stream, page=True)
            if stream.integer_keys:
                self._readings.check_integer_readings(doc, stream, page=True)
            self._sequence.check_page(doc, stream.counter)
        self._uniqueness.check_column(doc.get("uid"), "uid")

    def _on_resource(self, doc: Mapping[str, Any]) -> None:
        """A resource: unique uid, this run's run_start."""
        self._lifecycle.check_in_run()
        self._schema.check(doc)
        uid = doc.get("uid")
        self._uniqueness.check(uid, "$.uid")
        self._references.check_run_start(doc)
        self._references.add_resource(uid)

    def _on_datum(self, doc: Mapping[str, Any]) -> None:
        """A datum: unique datum_id, a resource seen in this run."""
        if self._lifecycle.state != OPEN:
            self._lifecycle.check_in_run()
        self._schema.check(doc)
        self._uniqueness.check(doc.get("datum_id"), "$.datum_id")
        self._references.check_resource(doc.get("resource"))

    def _on_datum_page(self, doc: Mapping[str, Any]) -> None:
        """A datum page: equal columns, unique datum ids, a resource seen in this run."""
        if self._lifecycle.state != OPEN:
            self._lifecycle.check_in_run()
        self._schema.check(doc)
        check_page_columns(self._log, doc, DATUM_PAGE_COLUMNS)
        self._uniqueness.check_column(doc.get("datum_id"), "datum_id")
        self._references.check_resource(doc.get("resource"))

    def _on_stream_resource(self, doc: Mapping[str, Any]) -> None:
        """A stream resource: unique uid, this run's run_start."""
        self._lifecycle.check_in_run()
        self._schema.check(doc)
        uid = doc.get("uid")
        self._uniqueness.check(uid, "$.uid")
        self._references.check_run_start(doc)
        self._references.add_stream_resource(uid, doc.get("data_key"))

    def _on_stream_datum(self, doc: Mapping[str, Any]) -> None:
        """A stream datum: known stream resource and descriptor, sane ranges, rows counted for num_events."""
        if self._lifecycle.state != OPEN:
            self._lifecycle.check_in_run()
        self._schema.check(doc)
        self._uniqueness.check(doc.get("uid"), "$.uid")
        known_resource = self._references.check_stream_resource(doc.get("stream_resource"))
        self._sequence.check_stream_ranges(doc)
        stream = self._references.stream_datum_stream(doc, known_resource)
        if stream is not None:
            self._sequence.count_stream_datum(doc, stream)

    def _on_bulk_events(self, doc: Mapping[str, Any]) -> None:
        """A deprecated bulk_events document: checked as the events it holds, one by one."""
        log = self._log
        self._schema.check(doc)
        log.report(
            "deprecated",
            "$",
            "bulk_events documents are deprecated: send event_page documents",
            severity="warning",
        )
        name = log.name
        try:
            log.name = "event"
            for descriptor_uid, events in doc.items():
                if not isinstance(events, list):
                    continue
                for row, event in enumerate(events):
                    log.path_prefix = f"$[{descriptor_uid!r}][{row}]"
                    if isinstance(event, Mapping):
                        self._on_event(dict(event))
        finally:
            log.name = name
            log.path_prefix = ""

    def _on_bulk_datum(self, doc: Mapping[str, Any]) -> None:
        """A deprecated bulk_datum document: unique datum ids, a known resource."""
        self._lifecycle.check_in_run()
        self._schema.check(doc)
        self._log.report(
            "deprecated",
            "$",
            "bulk_datum documents are deprecated: send datum_page documents",
            severity="warning",
        )
        self._uniqueness.check_column(doc.get("datum_ids"), "datum_ids")
        self._references.check_resource(doc.get("resource"))
