"""numpy is loaded only when something needs it: ``import event_model`` and the command stay cheap.

No value can be a numpy array or scalar before numpy is imported, so the checks
for numpy values look in ``sys.modules`` instead of importing numpy. Each test runs
in a fresh interpreter, where numpy is not yet loaded.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS_RUN = REPO / "tests" / "data" / "scan_det_motor.jsonl"


def run_python(code: str) -> str:
    """Run ``code`` in a fresh interpreter and return what it printed."""
    finished = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert finished.returncode == 0, finished.stderr
    return finished.stdout.strip()


def test_importing_the_package_and_validating_a_run_does_not_load_numpy() -> None:
    printed = run_python(
        f"""
        import io, contextlib, sys
        import event_model
        from event_model.cli import main
        with contextlib.redirect_stdout(io.StringIO()):
            status = main(["validate", {str(CORPUS_RUN)!r}])
        event_model.sanitize_doc({{"a": [1, 2.5, "x"]}})
        list(event_model.unpack_event_page(event_model.pack_event_page(
            {{"time": 1, "uid": "u", "seq_num": 1, "descriptor": "d", "data": {{"x": 1}},
              "timestamps": {{"x": 1}}, "filled": {{}}}})))
        print(status, "numpy" in sys.modules)
        """
    )
    assert printed == "0 False"


def test_numpy_values_made_after_the_import_are_still_recognised() -> None:
    printed = run_python(
        """
        import event_model
        from event_model import DocumentNames, schema_validators
        import numpy
        event = {"time": 1.0, "uid": "u", "seq_num": 1, "descriptor": "d",
                 "data": {"x": numpy.arange(3)}, "timestamps": {"x": 1.0}, "filled": {}}
        schema_validators[DocumentNames.event].validate(event)
        page = event_model.pack_event_page(event)
        clean = event_model.sanitize_doc(page)
        validator = event_model.RunValidator()
        validator("start", {"uid": "s", "time": 1.0})
        validator("descriptor", {"uid": "d", "run_start": "s", "time": 1.0, "name": "primary",
                                 "data_keys": {"x": {"source": "x", "dtype": "integer", "shape": []}}})
        validator("event", {"time": 1.0, "uid": "e", "seq_num": 1, "descriptor": "d",
                            "data": {"x": numpy.float64(0.5)}, "timestamps": {"x": 1.0}, "filled": {}})
        print(type(clean["data"]["x"][0]).__name__, clean["seq_num"], [f.code for f in validator.findings])
        """
    )
    assert printed == "list [1] ['float-in-integer-key']"
