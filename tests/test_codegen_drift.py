"""The committed generated files are exactly what the schemas generate now."""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CODEGEN = ROOT / "codegen"
SCHEMAS = ROOT / "schemas"
PYTHON_DOCUMENTS = ROOT / "python/src/event_model/documents"
TYPESCRIPT_GENERATED = ROOT / "typescript/src/generated"

sys.path.insert(0, str(CODEGEN))
try:
    import layout
finally:
    sys.path.remove(str(CODEGEN))


def _run_check() -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(CODEGEN / "run.py"), "--check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )


def test_generated_files_match_schemas() -> None:
    result = _run_check()
    assert result.returncode == 0, result.stderr
    assert "generated files match schemas/" in result.stdout


def test_every_generated_file_says_so_in_its_first_line() -> None:
    generated = [
        *sorted((ROOT / "python/src/event_model/documents").glob("*.py")),
        *sorted((ROOT / "typescript/src/generated").rglob("*.ts")),
    ]
    assert generated
    for path in generated:
        first_line = path.read_text().splitlines()[0]
        assert "GENERATED FILE" in first_line and "nox -s codegen" in first_line, path


def test_packaged_schemas_are_byte_copies() -> None:
    for schema in sorted((ROOT / "schemas").glob("*.json")):
        packaged = ROOT / "python/src/event_model/schemas" / schema.name
        assert packaged.read_bytes() == schema.read_bytes(), schema.name


def test_every_property_has_a_description() -> None:
    def walk(node: object, where: str) -> None:
        if isinstance(node, dict):
            for name, sub in node.get("properties", {}).items():
                assert isinstance(sub, dict) and sub.get("description"), f"{where}.properties.{name}"
            for key, value in node.items():
                walk(value, f"{where}.{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, f"{where}[{index}]")

    for schema in sorted((ROOT / "schemas").glob("*.json")):
        walk(json.loads(schema.read_text()), schema.name)


def test_editing_a_description_is_caught(tmp_path: Path) -> None:
    """A changed schema description makes the drift check fail with the fix to apply."""
    sys.path.insert(0, str(CODEGEN))
    try:
        import python_types
        import run
    finally:
        sys.path.remove(str(CODEGEN))
    schema = json.loads((ROOT / "schemas/run_stop.json").read_text())
    schema["properties"]["reason"]["description"] = "An edited description."
    schemas_copy = tmp_path / "schemas"
    schemas_copy.mkdir()
    for original in (ROOT / "schemas").glob("*.json"):
        (schemas_copy / original.name).write_bytes(original.read_bytes())
    (schemas_copy / "run_stop.json").write_text(json.dumps(schema, indent=2) + "\n")
    fresh = tmp_path / "fresh"
    original_dir = python_types.SCHEMA_DIR
    python_types.SCHEMA_DIR = schemas_copy
    try:
        python_types.generate(fresh)
    finally:
        python_types.SCHEMA_DIR = original_dir
    problems = [p for p in run.drift(fresh, ROOT) if "python/" in p]
    assert "differs: python/src/event_model/documents/run_stop.py" in problems
    assert "differs: python/src/event_model/schemas/run_stop.json" in problems


# The list of documents: codegen reads it from the envelope schema, and so must what checks it.


def _envelope_table(schema_dir: Path) -> dict[str, str]:
    """Document name -> schema file, as schemas/document.json's NamedDocument lists them."""
    definitions = json.loads((schema_dir / "document.json").read_text())["$defs"]
    table = {}
    for branch in definitions["NamedDocument"]["anyOf"]:
        named = definitions[branch["$ref"].split("/")[-1]]
        table[named["properties"]["name"]["const"]] = named["properties"]["doc"]["$ref"]
    return table


def _current_documents(schema_dir: Path) -> dict[str, str]:
    """Schema file stem -> title of every document of the envelope that is not deprecated."""
    return {
        file.removesuffix(".json"): json.loads((schema_dir / file).read_text())["title"]
        for name, file in _envelope_table(schema_dir).items()
        if name not in layout.DEPRECATED_DOCUMENT_NAMES
    }


def _python_union(documents_dir: Path) -> list[str]:
    text = (documents_dir / "__init__.py").read_text()
    match = re.search(r"^Document = (.+)$", text, re.MULTILINE)
    assert match, "no Document union in documents/__init__.py"
    return match.group(1).split(" | ")


def _typescript_union(generated_dir: Path) -> list[str]:
    text = (generated_dir / "index.ts").read_text()
    match = re.search(r"^export type Document =\n((?:  \| \w+;?\n)+)", text, re.MULTILINE)
    assert match, "no Document union in generated/index.ts"
    return re.findall(r"\| (\w+)", match.group(1))


def _typescript_schema_files(generated_dir: Path) -> dict[str, str]:
    text = (generated_dir / "index.ts").read_text()
    table = r"^export const DOCUMENT_SCHEMA_FILES = \{\n(.*?)^\} as const;"
    match = re.search(table, text, re.MULTILINE | re.DOTALL)
    assert match, "no DOCUMENT_SCHEMA_FILES in generated/index.ts"
    return dict(re.findall(r'^  (\w+): "([\w.]+)",$', match.group(1), re.MULTILINE))


def _typescript_validators(generated_dir: Path) -> set[str]:
    text = (generated_dir / "validators.js").read_text()
    return set(re.findall(r"^export const (\w+) = ", text, re.MULTILINE))


def _check_generated_documents(schema_dir: Path, out_root: Path) -> None:
    """Every document of the envelope is generated, and nothing generated lacks one."""
    table = _envelope_table(schema_dir)
    current = _current_documents(schema_dir)
    documents_dir = out_root / "python/src/event_model/documents"
    python_modules = {path.stem for path in documents_dir.glob("*.py")} - {"__init__"}
    assert python_modules == set(current)
    assert _python_union(documents_dir) == [current[stem] for stem in sorted(current)]
    generated_dir = out_root / "typescript/src/generated"
    typescript_modules = {path.stem for path in generated_dir.glob("*.ts")} - {"index", "schemas"}
    assert typescript_modules == {file.removesuffix(".json") for file in table.values()} | {"document"}
    assert _typescript_union(generated_dir) == _python_union(documents_dir)
    assert _typescript_schema_files(generated_dir) == table
    envelope_exports = {"envelope", "named_document", "document_pair"}
    assert _typescript_validators(generated_dir) == set(table) | envelope_exports


def test_every_document_of_the_envelope_is_generated_and_nothing_else() -> None:
    _check_generated_documents(SCHEMAS, ROOT)


def test_deprecated_documents_are_the_ones_whose_schemas_say_so() -> None:
    table = _envelope_table(SCHEMAS)
    said_deprecated = {
        name
        for name, file in table.items()
        if json.loads((SCHEMAS / file).read_text())["description"].startswith("Deprecated")
    }
    assert set(layout.DEPRECATED_DOCUMENT_NAMES) == said_deprecated
    typescript_generator = (CODEGEN / "typescript.mjs").read_text()
    names = ", ".join(f'"{name}"' for name in sorted(layout.DEPRECATED_DOCUMENT_NAMES))
    assert f"const DEPRECATED_DOCUMENT_NAMES = new Set([{names}]);" in typescript_generator


def test_the_packages_document_tables_follow_the_envelope() -> None:
    """The package's hand-written tables (not generated) list the envelope's documents."""
    from event_model.document_names import DocumentNames
    from event_model.schema_files import SCHEMA_NAMES

    table = _envelope_table(SCHEMAS)
    assert [member.value for member in DocumentNames] == [member.name for member in DocumentNames]
    assert {member.value for member in DocumentNames} == set(table)
    assert {name.value: path for name, path in SCHEMA_NAMES.items()} == {
        name: f"schemas/{file}" for name, file in table.items()
    }


def _add_document(envelope: dict, name: str, schema_file: str, title: str) -> None:
    """Add one document to an envelope schema, both framings, as its other documents are."""
    definitions = envelope["$defs"]
    named = copy.deepcopy(definitions["NamedRunStop"])
    named["title"] = f"Named{title}"
    named["properties"]["name"]["const"] = name
    named["properties"]["doc"]["$ref"] = schema_file
    pair = copy.deepcopy(definitions["RunStopPair"])
    pair["title"] = f"{title}Pair"
    pair["prefixItems"][0]["const"] = name
    pair["prefixItems"][1]["$ref"] = schema_file
    definitions[f"Named{title}"] = named
    definitions[f"{title}Pair"] = pair
    definitions["NamedDocument"]["anyOf"].append({"$ref": f"#/$defs/Named{title}"})
    definitions["DocumentPair"]["anyOf"].append({"$ref": f"#/$defs/{title}Pair"})


def test_a_document_added_to_the_schemas_only_is_generated(tmp_path: Path) -> None:
    """Adding a document type takes a schema file and its envelope entry, no codegen edit."""
    sys.path.insert(0, str(CODEGEN))
    try:
        import python_types
    finally:
        sys.path.remove(str(CODEGEN))
    schemas_copy = tmp_path / "schemas"
    schemas_copy.mkdir()
    for original in SCHEMAS.glob("*.json"):
        (schemas_copy / original.name).write_bytes(original.read_bytes())
    pause = json.loads((SCHEMAS / "run_stop.json").read_text())
    pause["$id"] = pause["$id"].replace("run_stop.json", "run_pause.json")
    pause["title"] = "RunPause"
    (schemas_copy / "run_pause.json").write_text(json.dumps(pause, indent=2) + "\n")
    envelope = json.loads((SCHEMAS / "document.json").read_text())
    _add_document(envelope, "pause", "run_pause.json", "RunPause")
    (schemas_copy / "document.json").write_text(json.dumps(envelope, indent=2) + "\n")

    fresh = tmp_path / "fresh"
    original_dir = python_types.SCHEMA_DIR
    python_types.SCHEMA_DIR = schemas_copy
    try:
        python_types.generate(fresh)
    finally:
        python_types.SCHEMA_DIR = original_dir
    subprocess.run(
        ["node", str(CODEGEN / "typescript.mjs"), "--out", str(fresh), "--schemas", str(schemas_copy)],
        check=True,
    )

    _check_generated_documents(schemas_copy, fresh)
    assert "RunPause" in _python_union(fresh / "python/src/event_model/documents")
    assert "/** Any one of the eleven bluesky document types. */" in (
        fresh / "typescript/src/generated/index.ts"
    ).read_text()
