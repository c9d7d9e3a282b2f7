"""Side-by-side parity check: the same generated cases through this package and event-model 1.24.0.

Usage::

    python tests/parity/run.py --ours PYTHON --reference PYTHON [--cases N] [--seed S]

Draws the cases (``cases.py``), runs them in each interpreter (``worker.py``, both at
once), and compares every outcome by the drop-in rule: where 1.24.0 returned, we return
an equal result (types, key order and values); where it raised, we raise an instance
of the same class; we emit no warning it does not (by category and text, which
downstream suites filter by); we leave the inputs as it does.
Prints how many cases were compared and each difference, and exits 1 if any.
"""

from __future__ import annotations

import argparse
import collections
import pickle
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from canonical import difference  # noqa: E402 -- this folder is put on the path first
from cases import make_cases  # noqa: E402


def compare(reference: dict[str, Any], ours: dict[str, Any]) -> str | None:
    """How one case's outcome under this package departs from 1.24.0's, or None."""
    found = difference(reference["result"], ours["result"])
    if found:
        return found
    new_warnings = sorted(set(ours["warnings"]) - set(reference["warnings"]))
    if new_warnings:
        return f"warnings: we warned {new_warnings} (category, text), 1.24 did not"
    return difference(reference["inputs"], ours["inputs"], "inputs after the call")


def run_both(cases: list[dict[str, Any]], ours: str, reference: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The outcomes of every case in each interpreter, run side by side."""
    with tempfile.TemporaryDirectory(prefix="event-model-parity-") as folder:
        cases_path = Path(folder) / "cases.pickle"
        cases_path.write_bytes(pickle.dumps(cases))
        outputs = {label: Path(folder) / f"{label}.pickle" for label in ("ours", "reference")}
        workers = {
            label: subprocess.Popen([python, str(HERE / "worker.py"), str(cases_path), str(outputs[label])],
                                    cwd=folder)
            for label, python in (("ours", ours), ("reference", reference))
        }
        for label, worker in workers.items():
            if worker.wait() != 0:
                raise SystemExit(f"the {label} worker failed with exit status {worker.returncode}")
        return (pickle.loads(outputs["ours"].read_bytes()), pickle.loads(outputs["reference"].read_bytes()))


def main() -> int:
    """Run the check and report; the exit status is 1 when any case differs."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ours", required=True, help="Python of a virtual environment with this package")
    parser.add_argument("--reference", required=True, help="Python of one with event-model==1.24.0")
    parser.add_argument("--cases", type=int, default=24_000, help="how many cases to draw")
    parser.add_argument("--seed", type=int, default=124, help="the seed of the case generator")
    parser.add_argument("--show", type=int, default=30, help="how many differences to print in full")
    options = parser.parse_args()

    began = time.perf_counter()
    cases = make_cases(options.cases, options.seed)
    print(f"drew {len(cases)} cases (seed {options.seed}) in {time.perf_counter() - began:.1f} s", flush=True)
    ours, reference = run_both(cases, options.ours, options.reference)

    differences = []
    per_kind: collections.Counter[str] = collections.Counter()
    for case in cases:
        kind = case["id"].split("-", 2)[2]
        per_kind[kind] += 1
        found = compare(reference[case["id"]], ours[case["id"]])
        if found:
            differences.append((case, found))
    print(f"compared {len(cases)} cases in {time.perf_counter() - began:.1f} s:", flush=True)
    for kind, count in sorted(per_kind.items()):
        print(f"  {kind:28} {count:6}")
    by_kind = collections.Counter(case["id"].split("-", 2)[2] for case, _ in differences)
    for case, found in differences[: options.show]:
        print(f"DIFFERENT {case['id']}: {found}")
    if differences:
        print(f"{len(differences)} of {len(cases)} cases differ from event-model 1.24.0: {dict(by_kind)}")
        return 1
    print(f"0 differences from event-model 1.24.0 in {len(cases)} cases")
    return 0


if __name__ == "__main__":
    sys.exit(main())
