"""Write generated runs as JSON lines: one big run, many small runs, a file of invalid lines.

Made at bench time (and by the tests), never committed. Every run is valid: a
start, one descriptor with scalar keys, ``events`` events with consecutive
seq_nums, and a stop whose ``num_events`` matches. Uids are derived from a seed,
so the same arguments always write the same bytes.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

KEYS = ("det", "det1", "det2", "motor")


def _uid(seed: int, kind: str, number: int) -> str:
    """A uid-shaped string, unique per (seed, kind, number)."""
    kind_code = {"start": 1, "desc": 2, "event": 3, "stop": 4}[kind]
    return f"{seed:08x}-{kind_code:04x}-4000-8000-{number:012x}"


def run_lines(seed: int, events: int, keys: tuple[str, ...] = KEYS) -> list[str]:
    """The JSON lines of one valid run with ``events`` events of ``keys`` (floats)."""
    start_uid = _uid(seed, "start", 0)
    descriptor_uid = _uid(seed, "desc", 0)
    t0 = 1_700_000_000.0 + seed
    start: dict[str, Any] = {
        "uid": start_uid,
        "time": t0,
        "scan_id": seed,
        "plan_name": "count",
        "detectors": list(keys[:-1]),
        "num_points": events,
        "versions": {"bluesky": "1.15.1"},
    }
    descriptor = {
        "uid": descriptor_uid,
        "run_start": start_uid,
        "time": t0 + 0.1,
        "name": "primary",
        "data_keys": {
            key: {"source": f"SIM:{key}", "dtype": "number", "shape": [], "precision": 3, "object_name": key}
            for key in keys
        },
        "object_keys": {key: [key] for key in keys},
        "configuration": {},
        "hints": {},
    }
    lines = [json.dumps(["start", start]), json.dumps(["descriptor", descriptor])]
    dumps = json.dumps
    for number in range(1, events + 1):
        t = t0 + 0.2 + number * 0.01
        event = {
            "descriptor": descriptor_uid,
            "time": t,
            "seq_num": number,
            "uid": _uid(seed, "event", number),
            "data": {key: number * 0.5 + index for index, key in enumerate(keys)},
            "timestamps": {key: t for key in keys},
            "filled": {},
        }
        lines.append(dumps(["event", event]))
    stop = {
        "uid": _uid(seed, "stop", 0),
        "run_start": start_uid,
        "time": t0 + 1e4,
        "exit_status": "success",
        "reason": "",
        "num_events": {"primary": events},
    }
    lines.append(dumps(["stop", stop]))
    return lines


def write_run(path: Path, seed: int, events: int) -> Path:
    """Write one run to ``path`` (one document a line); return the path."""
    with path.open("w", encoding="utf-8") as stream:
        for line in run_lines(seed, events):
            stream.write(line + "\n")
    return path


def write_archive(folder: Path, runs: int, events: int, *, faulty_every: int = 0) -> list[Path]:
    """Write ``runs`` run files into ``folder``; every ``faulty_every``-th has two errors."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for seed in range(runs):
        lines = run_lines(seed, events)
        if faulty_every and seed % faulty_every == 0 and len(lines) > 4:
            lines[3] = lines[3].replace('"seq_num": 2', '"seq_num": 7')
            lines[2] = lines[2].replace('"data": {"det": ', '"data": {"det": "high", "was": ')
        path = folder / f"run_{seed:05d}.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def write_invalid_lines(path: Path, lines: int) -> Path:
    """Write ``lines`` lines of ``["event", {}]`` (each an invalid event outside any run)."""
    path.write_text('["event", {}]\n' * lines, encoding="utf-8")
    return path


def main() -> None:
    """Command-line entry point: ``generate_runs.py big|archive|invalid OUT [--events N] [--runs N]``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kind", choices=("big", "archive", "invalid"))
    parser.add_argument("out", type=Path)
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=1000)
    args = parser.parse_args()
    if args.kind == "big":
        write_run(args.out, 1, args.events)
    elif args.kind == "archive":
        write_archive(args.out, args.runs, args.events)
    else:
        write_invalid_lines(args.out, args.events)


if __name__ == "__main__":
    main()
