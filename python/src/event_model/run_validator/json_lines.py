"""``JsonRunValidator``: a RunValidator for documents parsed from JSON, with a shortcut for valid events.

Most documents of a big run are valid events that follow their stream. For
documents that come from JSON (dicts, lists, strings, numbers, booleans, None:
never a Decimal or a numpy value), jsonschema-rs's bare verdict on the stream's
event schema is the schema validator's verdict whenever it says "valid" (the
Decimal check and the numpy stand-ins only matter for Python-made documents). So
an event whose stream is known, whose seq_num is the next one and whose uid is
new is checked here in a few lookups; anything else takes RunValidator's full
path, which finds and words every finding as before.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from typing import Any

from ..validation import FAST, MAX_NESTING_DEPTH, SchemaValidator
from ..validation.fast import compile_fast_validator
from .findings import Finding, FindingLog
from .lifecycle import OPEN
from .schema_checks import SchemaCheck, is_valid, schema_errors
from .streams import Stream, generic_schema
from .validator import RunValidator

__all__ = ["JsonRunValidator", "json_event_check"]


EXPLAINED_DOCUMENTS = 1024
"""How many explanations of invalid documents are remembered (the oldest are forgotten all at once)."""

EXPLAINED_REPR_CHARACTERS = 4096
"""Documents whose repr is longer are explained every time (the key would cost more than it saves)."""


def _never(doc: Any) -> bool:
    """No shortcut: the full path decides."""
    return False


def json_event_check(stream: Stream) -> Callable[[Any], bool]:
    """The bare jsonschema-rs ``is_valid`` of a stream's event schema (or one that never proves anything)."""
    check = stream.json_is_valid or stream.schemas.json_is_valid
    if check is None:
        check = _never
        validator = stream.event_schema
        if validator.mode == FAST:
            fast = compile_fast_validator(validator.schema, MAX_NESTING_DEPTH)
            if fast is not None:
                check = fast.is_valid
        stream.schemas.json_is_valid = check
    stream.json_is_valid = check
    return check


class ExplainedOnceSchemaCheck(SchemaCheck):
    """The schema checker for JSON documents: a document seen before is not explained again.

    A file of invalid lines often repeats one mistake; explaining a document
    takes the reference validator a millisecond. A JSON document's ``repr``
    says all of it, so equal reprs have equal errors.
    """

    __slots__ = ("explained",)

    def __init__(self, log: FindingLog) -> None:
        super().__init__(log)
        self.explained: dict[tuple[SchemaValidator, str], list[tuple[str, str]]] = {}

    def check(self, doc: Mapping[str, Any]) -> list[str]:
        """Validate ``doc`` against its generic schema (see SchemaCheck); repeats are not re-checked."""
        validator = generic_schema(self.log.name)
        if validator._proves_valid(doc):
            return []
        return self._report(validator, doc, verdict_known=False)

    def report_errors(self, validator: SchemaValidator, doc: Any) -> list[str]:
        """Report why ``doc`` fails its generic schema, explained once per distinct document."""
        return self._report(validator, doc, verdict_known=True)

    def _report(self, validator: SchemaValidator, doc: Any, *, verdict_known: bool) -> list[str]:
        """Report the errors of ``doc`` (none if it turns out valid), from the memo when it has them."""
        try:
            text = repr(doc)
        except Exception:  # too deep to print: explained from scratch
            text = ""
        key = (validator, text)
        explained = self.explained.get(key) if text and len(text) <= EXPLAINED_REPR_CHARACTERS else None
        if explained is None:
            if not verdict_known and is_valid(validator.is_valid, doc):
                return []
            if not text or len(text) > EXPLAINED_REPR_CHARACTERS:
                return super().report_errors(validator, doc)
            explained = [(error.json_path, error.problem) for error in schema_errors(validator, doc)]
            if len(self.explained) >= EXPLAINED_DOCUMENTS:
                self.explained.clear()
            self.explained[key] = explained
        if not explained:  # is_valid and iter_errors disagree: say so rather than stay silent
            self.log.report("schema", "$", f"the {self.log.name} document fails its schema")
            return ["$"]
        for path, problem in explained:
            self.log.report("schema", path, problem)
        return [path for path, _ in explained]


class JsonRunValidator(RunValidator):
    """A :class:`RunValidator` for documents parsed from JSON: the same findings, a faster valid event."""

    @staticmethod
    def _schema_check(log: FindingLog) -> SchemaCheck:
        """Explain each distinct invalid document once (see ExplainedOnceSchemaCheck)."""
        return ExplainedOnceSchemaCheck(log)

    def __call__(self, name: Any, doc: Any, validate: bool = False) -> tuple[Any, Any]:
        """Check one document and return ``(name, doc)`` unchanged (see RunValidator)."""
        if name == "event" and type(doc) is dict and self._lifecycle.state == OPEN and self._plain_event(doc):
            return name, doc
        return super().__call__(name, doc)

    def finish(self) -> list[Finding]:
        """Declare the end of the input (see RunValidator); its missing-stop finding is kept past the cap.

        That finding names the run's first document, so in a report sorted by
        line it may come before findings that were kept: keeping it makes the
        first ``max_findings`` rows of the report the same as if all were kept.
        """
        cap = self.max_findings
        self.max_findings = None
        try:
            return super().finish()
        finally:
            self.max_findings = cap

    def stream_of(self, descriptor_uid: Any) -> Stream | None:
        """The stream of the descriptor with this uid in the current run, or None."""
        return self._streams.stream_of(descriptor_uid)

    def accept_valid_events(
        self, stream: Stream, seq_num: int, uids: list[str], fractions: Collection[str]
    ) -> bool:
        """Count consecutive events already found valid against ``stream``'s schema, as the full path would.

        They must follow the stream (the first has ``seq_num``, the next one
        expected), have new, distinct uids and hold no fraction in a key declared
        'integer' not yet reported; otherwise nothing changes and False says so.
        """
        counter = stream.counter
        seen = self._uniqueness.seen
        if self._lifecycle.state != OPEN or seq_num != counter.last_seq_num + 1 or not seen.isdisjoint(uids):
            return False
        if (fractions and not stream.integer_keys.isdisjoint(fractions)) or len(set(uids)) != len(uids):
            return False
        count = len(uids)
        seen.update(uids)
        counter.last_seq_num += count
        counter.rows += count
        log = self._log
        log.index += count
        log.name = "event"
        self._lifecycle.count("event", count)
        return True

    def _plain_event(self, doc: dict[str, Any]) -> bool:
        """Check a valid event that follows its stream, as the full path would; False for any other."""
        try:
            stream = self._stream_map.get(doc.get("descriptor"))
        except TypeError:
            return False
        if stream is None:
            return False
        counter = stream.counter
        seq_num = doc.get("seq_num")
        if type(seq_num) is not int or seq_num != counter.last_seq_num + 1:
            return False
        uid = doc.get("uid")
        seen = self._seen_uids
        if type(uid) is not str or uid in seen:
            return False
        check = stream.json_is_valid or json_event_check(stream)
        try:
            if not check(doc):
                return False
        except Exception:  # a value jsonschema-rs cannot read: the full path says what is wrong
            return False
        log = self._log
        log.index += 1
        log.name = "event"
        counter.last_seq_num = seq_num
        counter.rows += 1
        seen.add(uid)
        if stream.integer_keys:
            self._readings.check_integer_readings(doc, stream, page=False)
        run = self._lifecycle.current
        if run is not None:
            counts = run.counts
            counts["event"] = counts.get("event", 0) + 1
            run.last_index = log.index
        return True
