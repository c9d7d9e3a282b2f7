"""The ``event-model migrate IN.jsonl -o OUT.jsonl`` command.

Reads JSON lines (``[name, doc]`` or ``{"name": ..., "doc": ...}``), writes the
migrated documents as ``[name, doc]`` lines, and reports on stderr every
document it left unchanged because migrating it would mean guessing. Exit
status: 0 all migrated or current, 1 some documents reported, 2 unusable input.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

__all__ = ["add_migrate_command", "run_migrate"]


def add_migrate_command(commands: Any) -> None:
    """Register ``migrate`` on the ``event-model`` sub-command parsers."""
    parser = commands.add_parser(
        "migrate",
        help="upgrade documents of earlier event-model releases to the current schemas",
        description=__doc__.split("\n\n", 1)[1] if __doc__ else None,
    )
    parser.add_argument("input", metavar="IN.jsonl", help="JSON-lines file, or - for standard input")
    parser.add_argument(
        "-o", "--output", metavar="OUT.jsonl", default="-", help="where to write (default: stdout)"
    )
    parser.add_argument("--json", action="store_true", help="report the issues as JSON on stderr")


def run_migrate(args: argparse.Namespace) -> int:
    """Migrate ``args.input`` into ``args.output``; return the exit status."""
    from .engine import Migrator

    migrator = Migrator()
    try:
        source: TextIO = sys.stdin if args.input == "-" else open(args.input, encoding="utf-8")  # noqa: SIM115
    except OSError as error:
        print(f"event-model migrate: {args.input}: {error.strerror or error}", file=sys.stderr)
        return 2
    output: TextIO = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")  # noqa: SIM115
    try:
        for number, line in enumerate(source, start=1):
            if not line.strip():
                continue
            try:
                name, document = _pair(json.loads(line))
            except (ValueError, TypeError) as error:
                print(
                    f"event-model migrate: {args.input}:{number}: not a [name, doc] line ({error})",
                    file=sys.stderr,
                )
                return 2
            _write(output, migrator.feed(name, document))
        _write(output, migrator.finish())
    finally:
        if source is not sys.stdin:
            source.close()
        if output is not sys.stdout:
            output.close()
    if args.json:
        print(json.dumps([issue.to_json() for issue in migrator.issues], indent=2), file=sys.stderr)
    else:
        for issue in migrator.issues:
            print(f"document {issue.index + 1} ({issue.name} {issue.uid}): {issue.message}", file=sys.stderr)
        print(
            f"{migrator.migrated} migrated, {len(migrator.issues)} left unchanged with an issue",
            file=sys.stderr,
        )
    return 1 if migrator.issues else 0


def _pair(message: Any) -> tuple[str, Any]:
    if isinstance(message, list) and len(message) == 2 and isinstance(message[0], str):
        return message[0], message[1]
    if isinstance(message, dict) and isinstance(message.get("name"), str) and "doc" in message:
        return message["name"], message["doc"]
    raise ValueError("expected [name, doc] or {'name': ..., 'doc': ...}")


def _write(output: TextIO, pairs: list[tuple[str, Any]]) -> None:
    for name, document in pairs:
        output.write(json.dumps([name, document]) + "\n")
