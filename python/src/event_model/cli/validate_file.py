"""Validate one input of ``event-model validate``: a file (read as bytes) or standard input.

:func:`validate_source` gives the :class:`~event_model.cli.report.SourceResult`
of one input; it is what every way of running the command (one process, worker
processes, a Dask cluster) calls per file, so they all report the same.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable
from typing import Any, BinaryIO, TextIO

from ..run_validator.json_lines import JsonRunValidator
from .jsonlines import LineReader
from .report import SourceResult

__all__ = ["Tick", "validate_source"]

Tick = Callable[[int | None, int], object]
"""Progress callback: ``tick(bytes read so far or None, documents so far)``."""


def validate_source(source: str, *, max_findings: int | None, tick: Tick | None = None) -> SourceResult:
    """Read one input (a path, or '-' for standard input) and validate its runs."""
    label = "<stdin>" if source == "-" else source
    validator = JsonRunValidator(max_findings=max_findings)
    reader = LineReader()
    try:
        if source == "-":
            _feed_stdin(reader, validator, tick)
        else:
            try:
                with open(source, "rb") as binary:
                    _feed_binary(reader, validator, binary, tick)
            except UnicodeDecodeError:
                # Not UTF-8 somewhere: read it again as text, which says where in its own words.
                validator = JsonRunValidator(max_findings=max_findings)
                reader = LineReader()
                with open(source, "rb") as binary:
                    text = io.TextIOWrapper(binary, encoding="utf-8", newline="")
                    _feed_text(reader, validator, text, tick, binary)
    except FileNotFoundError:
        return SourceResult.unusable_source(label, "no such file")
    except IsADirectoryError:
        return SourceResult.unusable_source(label, "is a directory, not a file")
    except PermissionError:
        return SourceResult.unusable_source(label, "permission denied")
    except UnicodeDecodeError as error:
        return SourceResult.unusable_source(
            label, f"not UTF-8 text (byte {error.start} of a chunk near line {reader.lines_read + 1})"
        )
    except OSError as error:
        return SourceResult.unusable_source(label, error.strerror or str(error))
    except Exception as error:  # a bug, never a traceback: say where the check stopped, exit 2
        return SourceResult.unusable_source(label, stopped_by_a_bug(reader.lines_read, error))
    validator.finish()
    return SourceResult.from_validation(label, reader, validator)


def stopped_by_a_bug(line: int, error: BaseException) -> str:
    """The reason given for an input whose check stopped on an unexpected exception."""
    summary = f"{type(error).__name__}: {error}"[:300]
    return (
        f"the check stopped at line {line} ({summary}); this is a bug in event-model, "
        "please report it with the line"
    )


def _feed_stdin(reader: LineReader, validator: JsonRunValidator, tick: Tick | None) -> None:
    """Feed standard input (as text: it may be a pipe, or a text stream replaced by a test)."""
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:  # standard input replaced by a text stream (as in tests)
        _feed_text(reader, validator, sys.stdin, tick, None)
        return
    stream = io.TextIOWrapper(buffer, encoding="utf-8", newline="")
    try:
        _feed_text(reader, validator, stream, tick, None)
    finally:
        stream.detach()  # leave sys.stdin usable: closing the wrapper would close it


def _feed_binary(
    reader: LineReader, validator: JsonRunValidator, binary: BinaryIO, tick: Tick | None
) -> None:
    """Feed a file read in blocks of bytes."""
    if tick is None:
        reader.feed_binary(binary, validator)
        return
    reader.feed_binary(binary, validator, tick=lambda: tick(binary.tell(), validator.documents_seen))


def _feed_text(
    reader: LineReader, validator: JsonRunValidator, text: TextIO, tick: Tick | None, binary: Any
) -> None:
    """Feed the lines of a text stream."""
    if tick is None:
        reader.feed(text, validator)
        return

    def on_tick() -> None:
        tick(binary.tell() if binary is not None else None, validator.documents_seen)

    reader.feed(text, validator, tick=on_tick)


def file_size(source: str) -> int | None:
    """The size of an input in bytes (None for standard input or a file that cannot be read)."""
    if source == "-":
        return None
    try:
        return os.path.getsize(source)
    except OSError:
        return None
