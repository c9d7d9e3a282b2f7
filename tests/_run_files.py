"""Generated run files for the tests of ``event-model validate`` at scale (the bench's generator)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

_GENERATOR = Path(__file__).resolve().parent.parent / "benchmarks" / "generate_runs.py"


def generator() -> ModuleType:
    """The module benchmarks/generate_runs.py (one generator for the bench and the tests)."""
    spec = importlib.util.spec_from_file_location("generate_runs", _GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
