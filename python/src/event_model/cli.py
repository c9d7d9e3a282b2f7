"""The ``event-model`` command: validate runs stored as JSON lines, print schemas.

``event-model validate FILE... | -`` checks whole runs with
:class:`~event_model.run_validator.RunValidator` and prints a report (``--json``
for a machine-readable one). Exit status: 0 valid, 1 findings (errors, or
warnings too with ``--strict``), 2 unusable input (a file that cannot be read,
or that holds no document at all).

``event-model schema NAME`` prints a JSON Schema: NAME is a document name
(``start``, ``event``, ...), a schema file stem (``run_start``,
``event_descriptor``, ...) or ``document`` for the envelope ``[name, doc]``.

``event-model --version`` prints the version.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
from collections.abc import Sequence
from importlib.metadata import version
from pathlib import Path
from typing import Any, TextIO

from ._cli_report import SourceResult, render_json, render_text
from ._jsonlines import LineReader
from .run_validator import RunValidator
from .schema_files import ENVELOPE_SCHEMA_NAME, SCHEMA_NAMES, load_schema

__all__ = ["main", "build_parser"]

EXIT_VALID = 0
EXIT_FINDINGS = 1
EXIT_UNUSABLE = 2

LARGE_INPUT_BYTES = 4 * 1024 * 1024
"""Inputs at least this large get a progress bar (when stderr is a terminal)."""

KEPT_FINDINGS_PER_SOURCE = 100_000
"""At most this many findings are kept per input (all are counted), to bound memory."""


class _PrintVersion(argparse.Action):
    """``--version``: print the installed version (looked up only when asked) and exit."""

    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(
        self, parser: argparse.ArgumentParser, namespace: Any, values: Any, option: Any = None
    ) -> None:
        sys.stdout.write(f"{version('event-model')}\n")  # the bare version, as event-model 1.24.0 prints it
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser of the ``event-model`` command."""
    parser = argparse.ArgumentParser(
        prog="event-model",
        description="Validate bluesky documents and runs; print the document schemas.",
    )
    parser.add_argument("-v", "--version", action=_PrintVersion, help="print the version and exit")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    validate = commands.add_parser(
        "validate",
        help="check whole runs stored as JSON lines",
        description=(
            "Check every document against its schema and every run for integrity (references, "
            "seq_num, data keys, num_events, uniqueness). Input: JSON lines, one [name, doc] or "
            '{"name": ..., "doc": ...} per line, several runs per file allowed; "-" reads standard input. '
            "Exit status: 0 valid, 1 findings, 2 unusable input."
        ),
    )
    validate.add_argument("files", nargs="+", metavar="FILE", help="JSON-lines file, or - for standard input")
    validate.add_argument("--json", action="store_true", help="print a machine-readable JSON report")
    validate.add_argument("--strict", action="store_true", help="exit with 1 on warnings too")
    validate.add_argument(
        "--limit",
        type=int,
        default=50,
        metavar="N",
        help="show at most N findings per file in the text report (default 50; --json lists them all)",
    )
    validate.add_argument(
        "--progress",
        choices=("auto", "always", "never"),
        default="auto",
        help="progress bar on stderr: auto shows it for large inputs when stderr is a terminal",
    )

    schema = commands.add_parser(
        "schema",
        help="print the JSON Schema of a document type",
        description=(
            "Print a JSON Schema. NAME is a document name (start, stop, descriptor, event, ...), "
            "a schema file stem (run_start, event_descriptor, ...) or 'document' for the envelope."
        ),
    )
    schema.add_argument("name", metavar="NAME", help="document name, schema file stem, or 'document'")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``event-model`` command with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "validate":
        return _validate(args)
    if args.command == "schema":
        return _print_schema(args.name)
    parser.print_help()
    return EXIT_VALID


def _schema_paths() -> dict[str, str]:
    """Map every accepted schema NAME to the packaged schema file."""
    paths: dict[str, str] = {}
    for member, path in SCHEMA_NAMES.items():
        paths[member.value] = path
        paths[Path(path).stem] = path
    paths["document"] = ENVELOPE_SCHEMA_NAME
    return paths


def _print_schema(name: str) -> int:
    """Print the schema called ``name``; exit status 2 for an unknown name."""
    paths = _schema_paths()
    path = paths.get(name)
    if path is None:
        print(
            f"event-model schema: {name!r} is not a schema name: expected one of {', '.join(sorted(paths))}",
            file=sys.stderr,
        )
        return EXIT_UNUSABLE
    sys.stdout.write(json.dumps(load_schema(path), indent=2) + "\n")
    return EXIT_VALID


def _validate(args: argparse.Namespace) -> int:
    """Validate every input; print the report; return the exit status."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:  # keys and uids may hold characters the terminal cannot show
        reconfigure(errors="backslashreplace")
    results = [_validate_source(source, args.progress) for source in args.files]
    if args.json:
        sys.stdout.write(json.dumps(render_json(results), indent=2) + "\n")
    else:
        render_text(results, limit=max(args.limit, 0))
    if any(result.unusable for result in results):
        return EXIT_UNUSABLE
    if any(result.errors or (args.strict and result.warnings) for result in results):
        return EXIT_FINDINGS
    return EXIT_VALID


def _validate_source(source: str, progress: str) -> SourceResult:
    """Read one input (a path, or '-' for standard input) and validate its runs."""
    label = "<stdin>" if source == "-" else source
    validator = RunValidator(max_findings=KEPT_FINDINGS_PER_SOURCE)
    reader = LineReader()
    try:
        if source == "-":
            buffer = getattr(sys.stdin, "buffer", None)
            if buffer is None:  # standard input replaced by a text stream (as in tests)
                _feed(reader, validator, sys.stdin, size=None, progress=progress, label=label)
            else:
                stream = io.TextIOWrapper(buffer, encoding="utf-8", newline="")
                try:
                    _feed(reader, validator, stream, size=None, progress=progress, label=label)
                finally:
                    stream.detach()  # leave sys.stdin usable: closing the wrapper would close it
        else:
            size = os.path.getsize(source)
            with open(source, "rb") as binary:
                text = io.TextIOWrapper(binary, encoding="utf-8", newline="")
                _feed(reader, validator, text, size=size, progress=progress, label=label, binary=binary)
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
        summary = f"{type(error).__name__}: {error}"[:300]
        return SourceResult.unusable_source(
            label,
            f"the check stopped at line {reader.lines_read} ({summary}); this is a bug in event-model, "
            "please report it with the line",
        )
    validator.finish()
    return SourceResult.from_validation(label, reader, validator)


def _feed(
    reader: LineReader,
    validator: RunValidator,
    text: TextIO,
    *,
    size: int | None,
    progress: str,
    label: str,
    binary: Any = None,
) -> None:
    """Feed the lines of ``text`` to ``validator``, with a progress bar on stderr when wanted.

    ``--progress always`` on a stderr that is not a terminal (a log file, a CI
    job) prints plain progress lines instead of a bar.
    """
    if not _wants_progress(progress, size):
        reader.feed(text, validator)
        return
    if not sys.stderr.isatty():
        _feed_with_progress_lines(reader, validator, text, size=size, label=label, binary=binary)
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn

    with Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        TaskProgressColumn(),
        TextColumn("{task.fields[documents]:,} documents"),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as bar:
        task = bar.add_task(f"validating {label}", total=size, documents=0)

        def tick() -> None:
            position = binary.tell() if binary is not None else None
            bar.update(task, completed=position, documents=validator.documents_seen)

        reader.feed(text, validator, tick=tick)


PROGRESS_LINE_SECONDS = 5.0
"""How often ``--progress always`` prints a progress line when stderr is not a terminal."""


def _feed_with_progress_lines(
    reader: LineReader, validator: RunValidator, text: TextIO, *, size: int | None, label: str, binary: Any
) -> None:
    """Feed the lines of ``text``, printing a plain progress line on stderr now and then, and at the end."""
    import time

    next_line = time.monotonic()

    def line(final: bool) -> None:
        position = binary.tell() if binary is not None else None
        share = f", {100 * position // size}%" if size and position is not None else ""
        state = "done" if final else "validating"
        sys.stderr.write(f"{label}: {state}, {validator.documents_seen:,} documents{share}\n")
        sys.stderr.flush()

    def tick() -> None:
        nonlocal next_line
        now = time.monotonic()
        if now >= next_line:
            next_line = now + PROGRESS_LINE_SECONDS
            line(final=False)

    reader.feed(text, validator, tick=tick)
    line(final=True)


def _wants_progress(progress: str, size: int | None) -> bool:
    """Decide whether to show a progress bar: never on a non-terminal stderr unless asked."""
    if progress == "never":
        return False
    if progress == "always":
        return True
    large = size is None or size >= LARGE_INPUT_BYTES
    return large and sys.stderr.isatty()
