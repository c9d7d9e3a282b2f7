"""One large file over several processes: blocks parsed and schema-checked in workers, run checks here.

The run checks are order-dependent (seq_num, references, uniqueness), so they
stay in this process, in one :class:`~event_model.run_validator.json_lines.JsonRunValidator`;
the workers send only small facts. The file is cut into blocks of whole lines.
This process reads the first block itself (it usually holds the start and the
descriptors) and hands each worker the descriptors known so far with its block.
A worker parses its block and returns, in order, either a document (anything but
a valid event of a known descriptor) or a *group*: consecutive events of one
descriptor, each valid against that descriptor's schema, with consecutive
seq_nums, given as the descriptor's identity, the first seq_num, the uids and the
keys declared 'integer' that held a fraction. Here a group is applied in a few
set operations when it fits the validator's state exactly (same descriptor, next
seq_num, new uids, no fraction to warn about); otherwise its block is read again
and its events are checked one by one. Either way the findings are those of the
serial check, so the report is the same whatever the number of workers.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from ..run_validator.json_lines import JsonRunValidator, json_event_check
from ..run_validator.readings import is_fraction
from ..run_validator.streams import Stream, StreamCounter
from .jsonlines import LineReader
from .report import SourceResult
from .validate_file import stopped_by_a_bug, validate_source

__all__ = ["validate_file_in_parallel"]

FIRST_BLOCK_BYTES = 256 * 1024
BLOCK_BYTES = 4 * 1024 * 1024

Identity = tuple[int, int]
"""Where a descriptor is: (block number, position of the document in its block)."""


@dataclass
class EventGroup:
    """Consecutive valid events of one descriptor with consecutive seq_nums, from position ``first``."""

    first: int
    descriptor: str
    identity: Identity
    seq_num: int
    uids: list[str] = field(default_factory=list)
    fractions: frozenset[str] = frozenset()


@dataclass
class BlockFacts:
    """What a worker found in one block: documents and event groups in order, and its lines."""

    items: list[Any]
    lines: int
    documents: int
    malformed: list[tuple[int, str]]
    skipped_before: list[int]


def _block_bounds(path: str) -> list[tuple[int, int]]:
    """Cut the file into blocks of whole lines: (offset, length) each, the first one small."""
    bounds = []
    with open(path, "rb") as stream:
        offset = 0
        size = FIRST_BLOCK_BYTES
        while True:
            stream.seek(offset + size)
            rest = stream.readline()
            end = stream.tell() if rest else offset + size
            stream.seek(0, 2)
            end = min(end, stream.tell())
            if end <= offset:
                break
            bounds.append((offset, end - offset))
            offset = end
            size = BLOCK_BYTES
    return bounds


def _read_block(path: str, offset: int, length: int) -> bytes:
    """The bytes of one block."""
    with open(path, "rb") as stream:
        stream.seek(offset)
        return stream.read(length)


class _BlockWorker:
    """The sink a worker's LineReader feeds: group valid events, keep every other document whole."""

    def __init__(self, number: int, known: dict[str, tuple[Identity, dict[str, Any]]]) -> None:
        self.number = number
        self.items: list[Any] = []
        self.position = -1
        self.group: EventGroup | None = None
        self.streams: dict[str, tuple[Identity, Stream, Callable[[Any], bool]]] = {}
        for uid, (identity, descriptor) in known.items():
            self._learn(uid, identity, descriptor)

    def _learn(self, uid: Any, identity: Identity, descriptor: dict[str, Any]) -> None:
        """Build the event check of a descriptor (as the validator's stream would)."""
        if not isinstance(uid, str):
            return
        try:
            stream = Stream(descriptor, StreamCounter("", frozenset()))
        except Exception:  # a descriptor the validator reports: its events go whole
            self.streams.pop(uid, None)
            return
        self.streams[uid] = (identity, stream, json_event_check(stream))

    def __call__(self, name: str, doc: Any) -> None:
        self.position += 1
        if name == "event" and type(doc) is dict and self._grouped(doc):
            return
        self.group = None
        self.items.append((self.position, name, doc))
        if name == "descriptor" and type(doc) is dict:
            self._learn(doc.get("uid"), (self.number, self.position), doc)
        elif name == "start":
            self.streams.clear()  # a new run: the next descriptors are its own

    def _grouped(self, doc: dict[str, Any]) -> bool:
        """Add a valid event of a known descriptor to the current group (or a new one)."""
        descriptor = doc.get("descriptor")
        uid = doc.get("uid")
        seq_num = doc.get("seq_num")
        if type(descriptor) is not str or type(uid) is not str or type(seq_num) is not int:
            return False
        known = self.streams.get(descriptor)
        if known is None:
            return False
        identity, stream, check = known
        try:
            if not check(doc):
                return False
        except Exception:
            return False
        fractions: frozenset[str] = frozenset()
        if stream.integer_keys:
            data = doc.get("data")
            if isinstance(data, dict):
                fractions = frozenset(key for key in stream.integer_keys if is_fraction(data.get(key)))
        group = self.group
        if (
            group is None
            or group.descriptor != descriptor
            or group.identity != identity
            or group.seq_num + len(group.uids) != seq_num
        ):
            group = self.group = EventGroup(self.position, descriptor, identity, seq_num)
            self.items.append(group)
        group.uids.append(uid)
        if fractions:
            group.fractions |= fractions
        return True


def check_block(
    path: str, number: int, offset: int, length: int, known: dict[str, tuple[Identity, dict[str, Any]]]
) -> BlockFacts:
    """Parse and schema-check one block in a worker process; return its facts."""
    reader = LineReader()
    worker = _BlockWorker(number, known)
    reader._feed_block(_read_block(path, offset, length), worker, first=number == 0)
    return BlockFacts(
        worker.items,
        reader.lines_read,
        reader.documents,
        [(bad.line, bad.message) for bad in reader.malformed],
        reader._skipped_before,
    )


class _Merger:
    """This process's side: one reader and one validator for the whole file, fed block by block."""

    def __init__(self, path: str, max_findings: int | None) -> None:
        self.path = path
        self.reader = LineReader()
        self.validator = JsonRunValidator(max_findings=max_findings)
        self.origins: dict[str, tuple[Stream, Identity]] = {}

    def known_descriptors(self) -> dict[str, tuple[Identity, dict[str, Any]]]:
        """The descriptors of the validator's current streams whose place is known, for the workers."""
        validator = self.validator
        return {
            uid: (identity, dict(stream.descriptor))
            for uid, (stream, identity) in self.origins.items()
            if validator.stream_of(uid) is stream
        }

    def merge(self, number: int, bounds: tuple[int, int], facts: BlockFacts) -> None:
        """Apply one block's facts, in order."""
        reader = self.reader
        base_lines, base_documents = reader.lines_read, reader.documents
        for line, message in facts.malformed:
            reader._skip(line + base_lines, 0, message)
            reader._skipped_before.pop()
        reader._skipped_before.extend(position + base_documents for position in facts.skipped_before)
        block: list[Any] | None = None
        for item in facts.items:
            if isinstance(item, EventGroup):
                if not self._apply(item):
                    if block is None:
                        block = self._documents_of(number, bounds)
                    for position in range(item.first, item.first + len(item.uids)):
                        self.validator("event", block[position])
            else:
                position, name, doc = item
                self._document(number, position, name, doc)
        reader.lines_read += facts.lines
        reader.documents += facts.documents

    def _document(self, number: int, position: int, name: str, doc: Any) -> None:
        """Check one whole document; remember where a new stream's descriptor is."""
        validator = self.validator
        validator(name, doc)
        if name == "descriptor" and type(doc) is dict:
            uid = doc.get("uid")
            stream = validator.stream_of(uid)
            if isinstance(uid, str) and stream is not None and stream.descriptor is doc:
                self.origins[uid] = (stream, (number, position))

    def _apply(self, group: EventGroup) -> bool:
        """Apply a group of valid events as the full path would; False (nothing changed) if it cannot."""
        validator = self.validator
        origin = self.origins.get(group.descriptor)
        stream = validator.stream_of(group.descriptor)
        if stream is None or origin is None or origin[0] is not stream or origin[1] != group.identity:
            return False
        return validator.accept_valid_events(stream, group.seq_num, group.uids, group.fractions)

    def _documents_of(self, number: int, bounds: tuple[int, int]) -> list[Any]:
        """Read a block again: its documents in order (for events checked one by one)."""
        documents: list[Any] = []
        LineReader()._feed_block(
            _read_block(self.path, *bounds), lambda name, doc: documents.append(doc), first=number == 0
        )
        return documents

    def result(self) -> SourceResult:
        """Finish the validation and return the file's result."""
        self.validator.finish()
        return SourceResult.from_validation(self.path, self.reader, self.validator)


def _context() -> Any:
    """Fork when this process has no other thread (fast, nothing to import again); forkserver otherwise."""
    if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context(
        "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    )


def validate_file_in_parallel(
    path: str, max_findings: int | None, jobs: int, *, tick: Callable[[int | None, int], object] | None = None
) -> SourceResult:
    """Validate one file with ``jobs`` worker processes; the same result as :func:`validate_source`."""
    try:
        bounds = _block_bounds(path)
        merger = _Merger(path, max_findings)
        if not bounds:
            return validate_source(path, max_findings=max_findings)
        merger.merge(0, bounds[0], check_block(path, 0, *bounds[0], {}))
        if len(bounds) > 1:
            with ProcessPoolExecutor(max_workers=jobs, mp_context=_context()) as pool:
                for number, facts in _in_order(pool, path, bounds, merger, jobs):
                    merger.merge(number, bounds[number], facts)
                    if tick is not None:
                        tick(bounds[number][0] + bounds[number][1], merger.validator.documents_seen)
    except (UnicodeDecodeError, OSError):
        # Not UTF-8, or unreadable: the serial check says so in its own words.
        return validate_source(path, max_findings=max_findings)
    except Exception as error:  # a bug, never a traceback
        return SourceResult.unusable_source(path, stopped_by_a_bug(merger.reader.lines_read, error))
    return merger.result()


def _in_order(
    pool: ProcessPoolExecutor, path: str, bounds: list[tuple[int, int]], merger: _Merger, jobs: int
) -> Iterator[tuple[int, BlockFacts]]:
    """Submit the blocks after the first, a few ahead of the merge; yield their facts in order."""
    known = merger.known_descriptors()
    pending: list[tuple[int, Future[BlockFacts]]] = []
    next_block = 1
    while next_block < len(bounds) or pending:
        while next_block < len(bounds) and len(pending) < 2 * jobs:
            pending.append(
                (next_block, pool.submit(check_block, path, next_block, *bounds[next_block], known))
            )
            next_block += 1
        number, future = pending.pop(0)
        yield number, future.result()
        known = merger.known_descriptors()
