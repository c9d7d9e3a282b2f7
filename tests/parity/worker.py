"""Run a file of parity cases in this interpreter and write their outcomes.

Usage: ``python worker.py CASES.pickle OUTCOMES.pickle``. Started by ``run.py`` once
with this package's interpreter and once with event-model 1.24.0's.
"""

from __future__ import annotations

import pickle
import signal
import sys
from typing import Any

from operations import run_case

SECONDS_PER_CASE = 10


class _Timeout(BaseException):
    """A case ran longer than SECONDS_PER_CASE (where 1.24 may hang)."""


def _alarm(signum: int, frame: Any) -> None:
    raise _Timeout


def main(cases_path: str, outcomes_path: str) -> None:
    """Run every case of ``cases_path`` and pickle the outcomes, keyed by case id."""
    with open(cases_path, "rb") as stream:
        cases = pickle.load(stream)
    signal.signal(signal.SIGALRM, _alarm)
    outcomes = {}
    for case in cases:
        signal.alarm(SECONDS_PER_CASE)
        try:
            outcomes[case["id"]] = run_case(case)
        except _Timeout:
            outcomes[case["id"]] = {"result": ("timeout",), "warnings": [], "inputs": None}
        finally:
            signal.alarm(0)
    with open(outcomes_path, "wb") as stream:
        pickle.dump(outcomes, stream)


if __name__ == "__main__":
    sys.setrecursionlimit(10_000)
    main(sys.argv[1], sys.argv[2])
