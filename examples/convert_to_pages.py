"""Convert a run's events into event pages, validate every document, and print a summary.

Usage: ``python examples/convert_to_pages.py RUN.jsonl [OUT.jsonl]``. Reads a run as
JSON lines (``[name, doc]`` per line), packs the events of each descriptor into one
event page, validates every resulting document against its schema and writes the
converted run as JSON lines (to OUT, or to standard output when OUT is omitted).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import event_model


def convert(lines: list[tuple[str, dict[str, Any]]]) -> list[tuple[str, dict[str, Any]]]:
    """Replace each stream's events by one event page placed where its first event was."""
    events_by_descriptor: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for name, doc in lines:
        if name == "event":
            events_by_descriptor[doc["descriptor"]].append(doc)
    converted: list[tuple[str, dict[str, Any]]] = []
    for name, doc in lines:
        if name != "event":
            converted.append((name, doc))
        elif doc is events_by_descriptor[doc["descriptor"]][0]:
            page = event_model.pack_event_page(*events_by_descriptor[doc["descriptor"]])
            converted.append(("event_page", page))
    return converted


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("run", type=Path)
    parser.add_argument("out", type=Path, nargs="?")
    args = parser.parse_args()
    with args.run.open() as stream:
        lines = [tuple(json.loads(line)) for line in stream if line.strip()]
    converted = convert(lines)  # type: ignore[arg-type]
    for name, doc in converted:
        event_model.schema_validators[event_model.DocumentNames(name)].validate(doc)
    text = "".join(json.dumps([name, doc]) + "\n" for name, doc in converted)
    if args.out:
        args.out.write_text(text)
    else:
        sys.stdout.write(text)
    rows = sum(len(doc["seq_num"]) for name, doc in converted if name == "event_page")
    print(
        f"{args.run.name}: {len(lines)} documents -> {len(converted)} documents "
        f"({rows} events packed into event pages), all valid",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
