"""Migration of earlier documents: the shared vectors, validity of the result, the command."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from event_model import DocumentNames, schema_validators
from event_model.cli import main
from event_model.migrate import Migrator, file_uri, migrate
from event_model.migrate.operations import Problem
from release_shapes import release_errors

VECTORS = Path(__file__).parent / "vectors"
FILES = sorted((VECTORS / "migrations").glob("*.json"))
CASES = [(path, case) for path in FILES for case in json.loads(path.read_text(encoding="utf-8"))]


def test_vector_files_follow_their_schema() -> None:
    schema = json.loads((VECTORS / "migrations.schema.json").read_text(encoding="utf-8"))
    assert FILES
    for path in FILES:
        cases = json.loads(path.read_text(encoding="utf-8"))
        jsonschema.Draft202012Validator(schema).validate(cases)
        descriptions = [case["description"] for case in cases]
        assert len(descriptions) == len(set(descriptions)), path.name


@pytest.mark.parametrize(("path", "case"), CASES, ids=[f"{p.stem}-{c['description']}" for p, c in CASES])
def test_migration_vector(path: Path, case: dict[str, Any]) -> None:
    issues: list[Any] = []
    output = [list(pair) for pair in migrate([tuple(pair) for pair in case["input"]], issues=issues)]
    assert output == case["output"]
    assert len(issues) == case["issues"]
    if "shapes" in case:
        assert [issue.shape for issue in issues] == case["shapes"]
    if case["issues"] == 0:
        for name, document in output:
            schema_validators[DocumentNames(name)].validate(document)


@pytest.mark.parametrize(
    ("path", "case"),
    [(p, c) for p, c in CASES if "release" in c],
    ids=[f"{p.stem}-{c['description']}" for p, c in CASES if "release" in c],
)
def test_vector_input_is_valid_under_its_release(path: Path, case: dict[str, Any]) -> None:
    for index, (name, document) in enumerate(case["input"]):
        assert release_errors(case["release"], name, document) == [], f"input {index} ({name})"


def test_every_rule_and_known_break_has_a_vector() -> None:
    from event_model.migrate import KNOWN_BREAKS, RULES

    shapes = {shape for _, case in CASES for shape in case.get("shapes", [])}
    migrated_by = {
        rule.name
        for rule in RULES
        if any(
            any(name == rule.document and set(rule.has) <= doc.keys() for name, doc in case["input"])
            and case["issues"] == 0
            for _, case in CASES
        )
    }
    assert {known.name for known in KNOWN_BREAKS} <= shapes
    assert {rule.name for rule in RULES} == migrated_by


def test_current_documents_pass_through_as_the_same_objects() -> None:
    documents = [
        ("start", {"uid": "r", "time": 1.0}),
        ("stop", {"uid": "s", "run_start": "r", "time": 2.0, "exit_status": "success"}),
    ]
    assert all(a is b for (_, a), (_, b) in zip(migrate(documents), documents, strict=True))


def test_invalid_document_of_unknown_shape_is_reported() -> None:
    migrator = Migrator()
    assert migrator.feed("stream_resource", {"uid": "x"}) == [("stream_resource", {"uid": "x"})]
    assert "no rule knows its shape" in migrator.issues[0].message


@pytest.mark.parametrize(
    ("root", "path", "semantics", "uri"),
    [
        ("/data", "a b.h5", "posix", "file://localhost/data/a%20b.h5"),
        ("/data", "/abs/x.h5", "posix", "file://localhost/abs/x.h5"),
        ("C:\\d", "x.h5", "windows", "file://localhost/C:/d/x.h5"),
        ("", "https://host/x.h5", "posix", "https://host/x.h5"),
    ],
)
def test_file_uri(root: str, path: str, semantics: str, uri: str) -> None:
    assert file_uri(root, path, semantics) == uri


def test_relative_path_is_not_guessed() -> None:
    with pytest.raises(Problem, match="relative path"):
        file_uri("", "x.h5", "posix")


def test_command_migrates_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case = next(c for _, c in CASES if c["issues"] == 0 and c["input"] != c["output"])
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text("".join(json.dumps(pair) + "\n" for pair in case["input"]), encoding="utf-8")
    assert main(["migrate", str(source), "-o", str(target)]) == 0
    written = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert written == case["output"]
    assert main(["validate", str(target)]) == 0
    capsys.readouterr()


def test_command_reports_and_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case = next(c for _, c in CASES if c["issues"] > 0)
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(pair) + "\n" for pair in case["input"]), encoding="utf-8")
    assert main(["migrate", str(source), "-o", str(tmp_path / "out.jsonl")]) == 1
    assert "left unchanged" in capsys.readouterr().err
