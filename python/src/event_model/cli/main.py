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
import json
import sys
from collections.abc import Sequence
from importlib.metadata import version
from pathlib import Path
from typing import Any

from ..migrate.command import add_migrate_command, run_migrate
from ..schema_files import ENVELOPE_SCHEMA_NAME, SCHEMA_NAMES, load_schema
from .inputs import MissingExtra, ValidationPlan, available_cores, validate_inputs
from .progress import Progress, wants_progress
from .report import render_json, render_text
from .sources import expand_inputs
from .validate_file import file_size

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
    validate.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="JSON-lines file, directory (its *.jsonl files, at any depth), pattern, or - for standard input",
    )
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
    validate.add_argument(
        "--jobs",
        type=_positive,
        default=None,
        metavar="N",
        help="worker processes for parsing and schema checks (default: the cores available); "
        "the report is the same whatever N is",
    )
    validate.add_argument(
        "--dask",
        metavar="SCHEDULER",
        default=None,
        help="validate the files on a Dask cluster: a scheduler address, or 'local' for a LocalCluster "
        "(needs the dask extra: pip install 'event-model[dask]')",
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
    add_migrate_command(commands)  # schema evolution: event_model.migrate
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``event-model`` command with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    parser = build_parser()
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:2] == ["schema", "diff"]:  # `schema diff OLD NEW`: event_model.compat
        from ..compat.command import run_schema_diff

        return run_schema_diff(arguments[2:])
    args = parser.parse_args(arguments)
    if args.command == "migrate":
        return run_migrate(args)
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


def _positive(text: str) -> int:
    """An argparse type: a whole number >= 1."""
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"{number} is not a number of processes: expected 1 or more")
    return number


def _validate(args: argparse.Namespace) -> int:
    """Validate every input; print the report; return the exit status."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:  # keys and uids may hold characters the terminal cannot show
        reconfigure(errors="backslashreplace")
    limit = max(args.limit, 0)
    inputs = expand_inputs(args.files)
    # The text report shows `limit` findings per input: only those are kept (all are counted).
    plan = ValidationPlan(
        max_findings=KEPT_FINDINGS_PER_SOURCE if args.json else min(limit, KEPT_FINDINGS_PER_SOURCE),
        jobs=args.jobs if args.jobs is not None else available_cores(),
        dask=args.dask,
    )
    sources = [item.source for item in inputs if item.unusable is None]
    sizes = [file_size(source) for source in sources]
    total = None if any(size is None for size in sizes) else sum(size or 0 for size in sizes)
    shown = bool(sources) and wants_progress(args.progress, total, LARGE_INPUT_BYTES)
    try:
        with Progress(sources or ["-"], sizes, enabled=shown) as progress:
            results = validate_inputs(inputs, plan, progress)
    except MissingExtra as error:
        print(f"event-model validate: {error}", file=sys.stderr)
        return EXIT_UNUSABLE
    if args.json:
        sys.stdout.write(json.dumps(render_json(results), indent=2) + "\n")
    else:
        render_text(results, limit=limit)
    if any(result.unusable for result in results):
        return EXIT_UNUSABLE
    if any(result.errors or (args.strict and result.warnings) for result in results):
        return EXIT_FINDINGS
    return EXIT_VALID
