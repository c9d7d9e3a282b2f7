"""Whole-run validation speed: ``event-model validate`` end to end, and its parts.

event-model 1.24.0 has no ``validate`` command and no run validator; for it the
closest comparable work is the baseline loop (read each line, ``json.loads``,
``schema_validators[name].validate``), which checks each document against its
schema but nothing across documents.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import json
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

RUN_FILE = Path(__file__).resolve().parent / "data" / "count_large.jsonl"


def _submodule(em: ModuleType, name: str) -> ModuleType:
    """Import ``<em>.<name>``, or raise NotImplementedError if this implementation lacks it."""
    try:
        return importlib.import_module(f"{em.__name__}.{name}")
    except ModuleNotFoundError as error:
        raise NotImplementedError(f"{em.__name__} {getattr(em, '__version__', '?')} has no {name}") from error


def _document_count() -> int:
    """Lines (documents) in the benchmark run."""
    with RUN_FILE.open(encoding="utf-8") as stream:
        return sum(1 for line in stream if line.strip())


def bench_validate_command(
    em: ModuleType, corpus: list[tuple[str, dict[str, Any]]]
) -> tuple[Callable[[], Any], int]:
    """event-model validate count_large.jsonl, end to end (read, parse, every check, report)"""
    cli = _submodule(em, "cli")
    argv = ["validate", "--progress", "never", str(RUN_FILE)]

    def run() -> None:
        with contextlib.redirect_stdout(io.StringIO()) as report:
            status = cli.main(argv)
        if status != 0:
            raise AssertionError(f"validate found problems in a valid run:\n{report.getvalue()}")

    return run, _document_count()


def bench_run_validator_only(
    em: ModuleType, corpus: list[tuple[str, dict[str, Any]]]
) -> tuple[Callable[[], Any], int]:
    """RunValidator over parsed documents (every check; no reading or parsing)"""
    run_validator = _submodule(em, "run_validator")

    def run() -> None:
        validator = run_validator.RunValidator()
        for name, doc in corpus:
            validator(name, doc)
        if validator.finish():
            raise AssertionError("RunValidator found problems in a valid run")

    return run, len(corpus)


def bench_baseline_parse_and_schema_validate(
    em: ModuleType, corpus: list[tuple[str, dict[str, Any]]]
) -> tuple[Callable[[], Any], int]:
    """baseline: read + json.loads + schema_validators[name].validate per line (no run checks)"""
    validators = em.schema_validators
    names = em.DocumentNames

    def run() -> None:
        with RUN_FILE.open(encoding="utf-8") as stream:
            for line in stream:
                name, doc = json.loads(line)
                validators[names[name]].validate(doc)

    return run, _document_count()
