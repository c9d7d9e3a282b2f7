"""Real runs rewritten into the shapes of earlier releases migrate to documents the current schemas accept.

Each run of tests/data is rewritten as an earlier release emitted it; every
rewritten document is first checked against that release's own schema
(tests/data/release_schemas/, plain jsonschema), then migrated, then checked
with ``event-model validate``. Shapes no rule can carry forward (the known
breaks) are put into a run the same way and must be reported, by name, and left
unchanged.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from event_model import DocumentNames, schema_validators
from event_model.cli import main
from event_model.migrate import KNOWN_BREAKS, migrate
from release_shapes import REPORTED_SHAPES, Pairs, as_1_19, as_1_20, in_release, release_errors

DATA = Path(__file__).parent / "data"
STREAM_RUN = DATA / "composed_all_types.jsonl"
OTHER_RUNS = sorted(path for path in DATA.glob("*.jsonl") if path != STREAM_RUN)


def _read(path: Path) -> Pairs:
    return [tuple(json.loads(line)) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _write(path: Path, pairs: Pairs) -> None:
    path.write_text("".join(json.dumps([name, doc]) + "\n" for name, doc in pairs), encoding="utf-8")


def _assert_valid_in(release: str, pairs: Pairs) -> None:
    for index, (name, doc) in enumerate(pairs):
        assert release_errors(release, name, doc) == [], f"document {index} ({name}) under {release}"


def _migrate_and_validate(tmp_path: Path, pairs: Pairs, capsys: pytest.CaptureFixture[str]) -> Pairs:
    source, target = tmp_path / "old.jsonl", tmp_path / "new.jsonl"
    _write(source, pairs)
    assert main(["migrate", str(source), "-o", str(target)]) == 0, capsys.readouterr().err
    assert main(["validate", str(target)]) == 0, capsys.readouterr().out
    capsys.readouterr()
    return [tuple(json.loads(line)) for line in target.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize(
    ("release", "rewrite"),
    [("1.19.0", as_1_19), ("1.19.3", as_1_19), ("1.19.7", as_1_19), ("1.20.0", as_1_20)],
    ids=["1.19.0", "1.19.3", "1.19.7", "1.20.0"],
)
def test_stream_run_of_an_earlier_release_migrates(
    release: str, rewrite: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    current = _read(STREAM_RUN)
    old = rewrite(current)
    assert old != current
    schema_release = "1.19.3" if release == "1.19.7" else release  # 1.19.3-1.19.7 share their schemas
    _assert_valid_in(schema_release, old)
    migrated = _migrate_and_validate(tmp_path, old, capsys)
    assert [name for name, _ in migrated] == [name for name, _ in current]
    descriptor = next(doc for name, doc in current if name == "descriptor")
    for (name, new), (_, original) in zip(migrated, current, strict=True):
        if name == "stream_resource":
            assert new == original
        elif name == "stream_datum":
            assert new["indices"] == original["indices"]
            assert new["seq_nums"]["start"] == original["seq_nums"]["start"]
            assert new["descriptor"] == (descriptor["uid"] if rewrite is as_1_19 else original["descriptor"])
        else:
            assert new == original


@pytest.mark.parametrize("path", OTHER_RUNS, ids=[path.stem for path in OTHER_RUNS])
def test_runs_without_stream_documents_pass_through(
    path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run = _read(path)
    assert _migrate_and_validate(tmp_path, run, capsys) == run


def test_every_known_break_has_an_old_run() -> None:
    assert sorted(REPORTED_SHAPES) == sorted(known.name for known in KNOWN_BREAKS)


@pytest.mark.parametrize("shape", sorted(REPORTED_SHAPES))
def test_a_run_with_a_known_break_is_reported_by_name(shape: str) -> None:
    release, edit = REPORTED_SHAPES[shape]
    old = edit(in_release(release, _read(STREAM_RUN)))
    _assert_valid_in(release, old)
    issues: list[Any] = []
    migrated = list(migrate(old, issues=issues))
    assert [issue.shape for issue in issues] == [shape]
    reported = issues[0]
    assert migrated[reported.index] == old[reported.index]
    assert f"event-model {next(k for k in KNOWN_BREAKS if k.name == shape).released_in}" in reported.message
    others = [pair for index, pair in enumerate(migrated) if index != reported.index]
    for name, doc in others:
        schema_validators[DocumentNames(name)].validate(doc)
