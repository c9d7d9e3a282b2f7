"""Turn the inputs named on the ``event-model validate`` command line into a list of files.

A file is itself; ``-`` is standard input; a directory is every ``*.jsonl`` file
in it and its subdirectories, in sorted order; a pattern (``archive/*/run_*.jsonl``,
``**`` for any depth) that names no existing path is expanded, in sorted order. A
directory or pattern that gives no file is an unusable input of its own.
"""

from __future__ import annotations

import glob
import os
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Input", "expand_inputs"]

_PATTERN_CHARACTERS = frozenset("*?[")


@dataclass(frozen=True)
class Input:
    """One input to validate (``source``), or one that gave nothing (``unusable`` says why)."""

    source: str
    unusable: str | None = None


def expand_inputs(arguments: list[str]) -> list[Input]:
    """The files named by ``arguments`` (files, ``-``, directories, patterns), in order."""
    inputs: list[Input] = []
    for argument in arguments:
        if argument == "-" or os.path.isfile(argument):
            inputs.append(Input(argument))
        elif os.path.isdir(argument):
            found = _run_files(argument)
            inputs.extend(Input(path) for path in found)
            if not found:
                inputs.append(Input(argument, "is a directory holding no *.jsonl file"))
        elif _PATTERN_CHARACTERS & set(argument):
            matched = sorted(glob.glob(argument, recursive=True))
            files = [
                path for match in matched for path in (_run_files(match) if os.path.isdir(match) else [match])
            ]
            inputs.extend(Input(path) for path in files)
            if not files:
                inputs.append(Input(argument, "no file matches this pattern"))
        else:
            inputs.append(Input(argument))  # missing or unreadable: validating it says which
    return inputs


def _run_files(folder: str) -> list[str]:
    """Every ``*.jsonl`` file under ``folder``, sorted."""
    return sorted(str(path) for path in Path(folder).rglob("*.jsonl") if path.is_file())
