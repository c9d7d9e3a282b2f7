"""The optional compiled inner loops of page conversion, built from ``_speedups.c``.

``speedups`` is that module, or None where it was not built (no C compiler at install
time): page conversion then runs its Python implementation, which gives the same
results. Each compiled function handles the plain case and returns None for anything
else, so that the Python code can find and name the problem. Tests set ``speedups`` to
None to run the Python implementation as well.
"""

from __future__ import annotations

try:
    from . import _speedups as speedups  # typed by _speedups.pyi
except ImportError:  # pragma: no cover - depends on how the package was built
    speedups = None  # type: ignore[assignment]  # the callers test for None

__all__ = ["speedups", "SAME", "COLUMN", "GROUP"]

# build_rows' part kinds: one value for every row, a column, a group of columns.
SAME, COLUMN, GROUP = 0, 1, 2
