"""Regenerate every generated file from ``schemas/``, or check that none has drifted.

``python codegen/run.py`` writes the Python TypedDicts, the packaged schema copies
and the TypeScript types and validators into the repository.
``python codegen/run.py --check`` writes them into a temporary folder instead and
compares: any difference fails with the list of files and the fix,
"run `nox -s codegen` and commit". Both are run through nox, which pins the
generator versions (``nox -s codegen`` / ``nox -s codegen_check``).
"""

from __future__ import annotations

import argparse
import filecmp
import subprocess
import sys
import tempfile
from pathlib import Path

import python_types
from layout import REPO_ROOT

GENERATED_DIRS = (
    Path("python/src/event_model/documents"),
    Path("python/src/event_model/schemas"),
    Path("typescript/src/generated"),
)
"""Folders whose whole content is generated, relative to the repository root."""

TYPESCRIPT_GENERATOR = REPO_ROOT / "codegen" / "typescript.mjs"


def generate(out_root: Path) -> None:
    """Write every generated file under ``out_root``."""
    python_types.generate(out_root)
    subprocess.run(["node", str(TYPESCRIPT_GENERATOR), "--out", str(out_root)], check=True)


def _files(folder: Path) -> set[Path]:
    if not folder.exists():
        return set()
    return {p.relative_to(folder) for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


def drift(fresh_root: Path, committed_root: Path) -> list[str]:
    """Describe every difference between freshly generated and committed files."""
    problems = []
    for folder in GENERATED_DIRS:
        fresh, committed = _files(fresh_root / folder), _files(committed_root / folder)
        for name in sorted(fresh - committed):
            problems.append(f"missing: {folder / name}")
        for name in sorted(committed - fresh):
            problems.append(f"not generated any more: {folder / name}")
        for name in sorted(fresh & committed):
            if not filecmp.cmp(fresh_root / folder / name, committed_root / folder / name, shallow=False):
                problems.append(f"differs: {folder / name}")
    return problems


def check() -> int:
    """Regenerate into a temporary folder and report drift; return the exit status."""
    with tempfile.TemporaryDirectory() as scratch:
        generate(Path(scratch))
        problems = drift(Path(scratch), REPO_ROOT)
    if problems:
        print("Generated files are out of date with schemas/:", file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        print("run `nox -s codegen` and commit", file=sys.stderr)
        return 1
    print("generated files match schemas/")
    return 0


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args()
    if args.check:
        sys.exit(check())
    generate(REPO_ROOT)


if __name__ == "__main__":
    main()
