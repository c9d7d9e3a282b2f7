"""Read documents from JSON lines in either framing: ``[name, doc]`` or ``{"name": ..., "doc": ...}``.

One document per line. Blank lines are skipped. A line that is not JSON, or
JSON that is not a document envelope, is reported (with its line number and
why) and reading goes on with the next line. A UTF-8 byte-order mark at the
start of the input (as some Windows editors write) is not part of the first line.
"""

from __future__ import annotations

import io
import json
import json.scanner
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, BinaryIO

import orjson

__all__ = ["LineReader", "MalformedLine", "parse_envelope"]

# The scanner that json.JSONDecoder.raw_decode wraps (json.scanner exports it): called
# directly it saves a Python-level call per line, a few percent of the whole command.
# It raises StopIteration where no JSON value starts, JSONDecodeError on bad JSON.
# (typeshed types make_scanner's argument wrongly, hence the Any.)
_make_scanner: Any = json.scanner.make_scanner
_SCAN: Callable[[str, int], tuple[Any, int]] = _make_scanner(json.JSONDecoder())

# orjson parses a line about four times faster than the standard library, which is most
# of the cost of checking a run from a file. It refuses what Python's json writes for
# non-finite floats (NaN, Infinity) and integers beyond 64 bits: such lines, and bad
# ones, go through the standard scanner, which accepts the former and explains the latter.
_FAST_LOADS: Callable[[str | bytes], Any] = orjson.loads

BLOCK_SIZE = 1 << 20
"""How many bytes :meth:`LineReader.feed_binary` reads at a time."""

_UTF8_BOM = "\ufeff".encode()


@dataclass(frozen=True)
class MalformedLine:
    """A line that holds no document: its number (from 1) and what is wrong with it."""

    line: int
    message: str


class _NotAnEnvelope(ValueError):
    """A JSON value that is not ``[name, doc]`` nor ``{"name": name, "doc": doc}``."""


def _without_byte_order_mark(lines: Iterable[str]) -> Iterator[str]:
    """Yield *lines*, the first without a leading UTF-8 byte-order mark."""
    iterator = iter(lines)
    for first in iterator:
        yield first[1:] if first.startswith("\ufeff") else first
        break
    yield from iterator


def parse_envelope(value: Any) -> tuple[str, Any]:
    """Return ``(name, doc)`` from a parsed envelope in either framing, or raise ValueError saying why."""
    if type(value) is list:
        if len(value) == 2 and type(value[0]) is str:
            return value[0], value[1]
        raise _NotAnEnvelope(
            f"a JSON array of {len(value)} item(s) is not a document envelope: expected [name, doc]"
        )
    if type(value) is dict:
        if len(value) == 2 and type(value.get("name")) is str and "doc" in value:
            return value["name"], value["doc"]
        raise _NotAnEnvelope(
            f"a JSON object with the keys {sorted(value)} is not a document envelope: "
            'expected {"name": name, "doc": doc}'
        )
    raise _NotAnEnvelope(
        f"a JSON {type(value).__name__} is not a document envelope: expected [name, doc] or "
        '{"name": name, "doc": doc}'
    )


@dataclass
class LineReader:
    """Feed the documents of JSON lines to a callable and keep track of line numbers.

    ``feed(lines, sink)`` calls ``sink(name, doc)`` for every document, in order.
    Lines that hold no document are collected in ``malformed``; because they
    are skipped, :meth:`line_of` turns the position of a document among those
    fed (from 0) back into its line number.
    """

    malformed: list[MalformedLine] = field(default_factory=list)
    lines_read: int = 0
    documents: int = 0
    _skipped_before: list[int] = field(default_factory=list)

    def feed(
        self,
        lines: Iterable[str],
        sink: Callable[[str, Any], object],
        *,
        every: int = 4096,
        tick: Callable[[], object] | None = None,
    ) -> None:
        """Parse each line and hand its document to ``sink``; call ``tick()`` every ``every`` lines."""
        if self.lines_read == 0:
            lines = _without_byte_order_mark(lines)
        self._feed_lines(lines, sink, every=every, tick=tick)

    def feed_binary(
        self,
        stream: BinaryIO,
        sink: Callable[[str, Any], object],
        *,
        tick: Callable[[], object] | None = None,
        block_size: int = BLOCK_SIZE,
    ) -> None:
        """Parse the UTF-8 JSON lines of a binary ``stream``, as :meth:`feed` does those of its text.

        The same lines, line numbers and messages as ``feed`` over
        ``io.TextIOWrapper(stream, encoding="utf-8", newline="")``, read in large
        blocks and parsed from bytes (no decoding of the common line). A block
        holding a carriage return is split as that text stream would split it.
        Raises UnicodeDecodeError at the first line that is not UTF-8 (the caller
        re-reads the input as text to say where). ``tick()`` is called after each block.
        """
        pending = b""
        first = self.lines_read == 0
        while True:
            block = stream.read(block_size)
            if not block:
                break
            if pending:
                block = pending + block
            cut = block.rfind(b"\n") + 1
            if cut == 0:
                pending = block
                continue
            pending = block[cut:]
            self._feed_block(block[:cut], sink, first=first)
            first = False
            if tick is not None:
                tick()
        if pending:
            self._feed_block(pending, sink, first=first)

    def _feed_block(self, block: bytes, sink: Callable[[str, Any], object], *, first: bool) -> None:
        """Feed the lines of a block of whole lines (the last one may lack its line feed)."""
        if first and block.startswith(_UTF8_BOM):
            block = block[len(_UTF8_BOM) :]
        lines: Iterable[str | bytes]
        if b"\r" in block:  # "\r" and "\r\n" end lines too, as in a text stream with newline=""
            lines = io.StringIO(block.decode("utf-8"), newline="")
        else:
            lines = block.split(b"\n")
            if block.endswith(b"\n"):
                lines.pop()  # the empty piece after the last line feed is not a line
        self._feed_lines(lines, sink, every=0, tick=None)

    def _feed_lines(
        self,
        lines: Iterable[str | bytes],
        sink: Callable[[str, Any], object],
        *,
        every: int,
        tick: Callable[[], object] | None,
    ) -> None:
        """The loop of :meth:`feed` and :meth:`feed_binary`: lines of text, or of UTF-8 bytes."""
        scan = _SCAN
        fast_loads = _FAST_LOADS
        number = self.lines_read
        documents = self.documents
        if not every:
            tick = None
        try:
            for number, raw in enumerate(lines, self.lines_read + 1):
                if tick is not None and number % every == 0:
                    tick()
                # The common case in a few C calls: decode, check the envelope, hand over.
                try:
                    value = fast_loads(raw)
                except orjson.JSONDecodeError:
                    line = raw.decode("utf-8") if isinstance(raw, bytes) else raw
                    try:
                        value, end = scan(line, 0)
                    except (StopIteration, ValueError, RecursionError):
                        value, end = self._decode_slowly(line, number, documents)
                        if end < 0:
                            continue
                    length = len(line)
                    if end != length and (end != length - 1 or line[end] != "\n") and line[end:].strip():
                        self._skip(number, documents, f"extra text after the JSON value at column {end + 1}")
                        continue
                if type(value) is list and len(value) == 2 and type(value[0]) is str:
                    name, doc = value
                else:
                    try:
                        name, doc = parse_envelope(value)
                    except ValueError as error:
                        self._skip(number, documents, str(error))
                        continue
                documents += 1
                sink(name, doc)
        finally:
            self.lines_read = number
            self.documents = documents

    def _decode_slowly(self, line: str, number: int, documents: int) -> tuple[Any, int]:
        """Decode a line the fast path refused: surrounding white space, a blank line, or bad JSON.

        Returns ``(value, end)``; ``end`` is -1 when the line holds no JSON value
        (blank lines are skipped silently, bad ones are recorded).
        """
        stripped = line.strip()
        if not stripped:
            self._skipped_before.append(documents)
            return None, -1
        try:
            return json.loads(stripped), len(line)
        except RecursionError:
            self._skip(number, documents, "the JSON value is nested too deeply")
        except ValueError as error:
            message = getattr(error, "msg", str(error))
            column = getattr(error, "colno", None)
            where = ""
            if column is not None:
                # Some messages end in "at" already: "Unterminated string starting at".
                joint = " " if message.endswith(" at") else " at "
                where = f"{joint}column {column + len(line) - len(line.lstrip())}"
            self._skip(number, documents, f"not JSON: {message}{where}")
        return None, -1

    def _skip(self, number: int, documents: int, message: str) -> None:
        """Record a line that holds no document."""
        self._skipped_before.append(documents)
        self.malformed.append(MalformedLine(number, message))

    def line_of(self, index: int) -> int:
        """Return the line number (from 1) of the document fed at position ``index`` (from 0)."""
        return index + 1 + bisect_right(self._skipped_before, index)
