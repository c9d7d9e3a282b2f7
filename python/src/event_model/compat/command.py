"""The ``event-model schema diff OLD NEW`` command: compare two schema sets, exit by the worst class.

OLD and NEW are folders of schema files or released versions of event-model
(``1.23.1``; downloaded once with ``pip download``). The exit status is 0 when no
change reaches the ``--fail-on`` class (default ``breaking``) in the order
full < backward < forward < undecidable < breaking, and otherwise the status of
the worst class: 3 backward, 4 forward, 5 undecidable, 6 breaking; 2 means the
input could not be read. ``--verify N`` also draws N documents per schema file and
direction and reports any that contradict the verdict (status 7).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from ..errors import EventModelError
from .diff import diff_schema_sets
from .render import FORMATS, render
from .schema_sets import load_schema_set
from .verdicts import Verdict
from .verify import verify_report

__all__ = ["EXIT_STATUS", "add_diff_arguments", "handles", "run_schema_diff"]

EXIT_STATUS = {Verdict.backward: 3, Verdict.forward: 4, Verdict.undecidable: 5, Verdict.breaking: 6}
EXIT_UNUSABLE = 2
EXIT_CONTRADICTED = 7


def handles(argv: Sequence[str]) -> bool:
    """Whether ``argv`` (the command's arguments) asks for ``schema diff``."""
    return len(argv) >= 2 and argv[0] == "schema" and argv[1] == "diff"


def add_diff_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the arguments of ``schema diff`` to ``parser``."""
    parser.add_argument("old", metavar="OLD", help="folder of schema files, or a release such as 1.23.1")
    parser.add_argument("new", metavar="NEW", help="folder of schema files, or a release such as 1.24.0")
    style = parser.add_mutually_exclusive_group()
    style.add_argument("--json", dest="style", action="store_const", const="json", help="print JSON")
    style.add_argument("--format", dest="style", choices=FORMATS, help="text (default), json or github")
    parser.add_argument(
        "--fail-on",
        choices=[v.value for v in Verdict if v is not Verdict.full],
        default="breaking",
        help="fail when a change is at least this bad (default: breaking)",
    )
    parser.add_argument(
        "--verify", type=int, default=0, metavar="N", help="also test the verdict on N documents"
    )


def run_schema_diff(argv: Sequence[str]) -> int:
    """Run ``event-model schema diff`` with ``argv`` (the arguments after ``schema diff``)."""
    parser = argparse.ArgumentParser(
        prog="event-model schema diff",
        description="Compare two versions of the document schemas and classify every change.",
        epilog=__doc__.split("\n\n", 1)[1] if __doc__ else None,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_diff_arguments(parser)
    args = parser.parse_args(list(argv))
    try:
        old, new = load_schema_set(args.old), load_schema_set(args.new)
        report = diff_schema_sets(old, new)
    except (EventModelError, OSError, ValueError) as error:
        print(f"event-model schema diff: {error}", file=sys.stderr)
        return EXIT_UNUSABLE
    render(report, sys.stdout, style=args.style or "text", schema_folder=args.new)
    if args.verify > 0:
        verification = verify_report(report, old, new, samples=args.verify)
        contradicted = [
            direction
            for direction, claimed in (
                ("backward", report.verdict.backward_compatible),
                ("forward", report.verdict.forward_compatible),
            )
            if claimed and not verification.holds(direction)
        ]
        print(f"verified on {verification.drawn} drawn documents", file=sys.stderr)
        if contradicted:
            for direction in contradicted:
                for file, document in verification.counterexamples[direction]:
                    print(f"counterexample ({direction}) {file}: {document!r}", file=sys.stderr)
            return EXIT_CONTRADICTED
    worst = report.verdict
    if worst is Verdict.full or worst.rank < Verdict(args.fail_on).rank:
        return 0
    return EXIT_STATUS[worst]
