"""The documentation stays true: samples run, references cover everything, nothing drifts.

The site itself is built by ``nox -s docs`` (Sphinx is not installed in the test
environment); these tests check what a build cannot: that the Python samples in
the pages execute against the package, that the generated references cover every
public name and every schema field, and that the hand-drawn diagram names only
fields that exist.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

REPO = Path(__file__).resolve().parent.parent
DOCS = REPO / "docs"
SCHEMAS = REPO / "schemas"
CORPUS = REPO / "tests" / "data"
PYTHON_BLOCK = re.compile(
    r"^(?P<indent>[ \t]*)```python[ \t]*\n(?P<body>.*?)^(?P=indent)```[ \t]*$", re.M | re.S
)


def _load_extension_module(name: str) -> ModuleType:
    """Import one of the pure-Python generators from docs/_ext without Sphinx."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, DOCS / "_ext" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


schema_pages = _load_extension_module("schema_pages")
api_pages = _load_extension_module("api_pages")


def _hand_written_pages() -> list[Path]:
    generated = DOCS / "reference"
    return sorted(
        path for path in DOCS.rglob("*.md")
        if generated not in path.parents
        and not any(part.startswith("_") for part in path.relative_to(DOCS).parts)
    )


def _python_samples(page: Path) -> list[tuple[int, str]]:
    """The ```python blocks of a page, dedented, with the line each starts on."""
    text = page.read_text(encoding="utf-8")
    samples = []
    for match in PYTHON_BLOCK.finditer(text):
        indent = match.group("indent")
        body = "".join(line.removeprefix(indent) for line in match.group("body").splitlines(keepends=True))
        samples.append((text.count("\n", 0, match.start()) + 2, body))
    return samples


PAGES_WITH_SAMPLES = [page for page in _hand_written_pages() if _python_samples(page)]


# -- Python samples ------------------------------------------------------------


def test_the_guides_have_python_samples() -> None:
    names = {page.name for page in PAGES_WITH_SAMPLES}
    assert {"where-is-my-data.md", "external-data.md", "python-guide.md", "command-line.md"} <= names


@pytest.mark.parametrize("page", PAGES_WITH_SAMPLES, ids=lambda page: page.name)
def test_python_samples_run(page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every ```python block of a page runs, in order, in one namespace (as a reader would)."""
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, Any] = {"__name__": f"docs_sample_{page.stem.replace('-', '_')}"}
    for line, body in _python_samples(page):
        code = compile(body, f"{page.relative_to(REPO)}:{line}", "exec")
        exec(code, namespace)


# -- Python API reference ------------------------------------------------------


def test_every_public_name_is_documented_once() -> None:
    import event_model

    pages = api_pages.build_pages(event_model)
    text = "\n".join(pages.values())
    for name in event_model.__all__:
        directives = re.findall(rf"^\.\. [a-z:]+:: event_model\.{re.escape(name)}$", text, flags=re.M)
        assert len(directives) == 1, f"event_model.{name} is documented {len(directives)} times"


def test_every_api_page_is_in_the_index() -> None:
    import event_model

    pages = api_pages.build_pages(event_model)
    index = pages["index.rst"]
    for page in pages:
        if page != "index.rst":
            assert re.search(rf"^   {re.escape(page.removesuffix('.rst'))}$", index, flags=re.M), page
    for name in event_model.__all__:
        assert f"<event_model.{name}>`" in index


def test_a_name_missing_from_the_package_is_refused() -> None:
    fake = ModuleType("event_model")
    fake.__all__ = ["nowhere"]  # type: ignore[attr-defined]
    with pytest.raises(api_pages.ApiReferenceError, match="nowhere"):
        api_pages.api_entries(fake)


def test_type_aliases_are_documented_as_data_from_their_module() -> None:
    import event_model

    entries = {entry.name: entry for entry in api_pages.api_entries(event_model)}
    assert entries["Dtype"].kind == "data"
    assert entries["Dtype"].module == "event_model.documents.event_descriptor"
    assert entries["DtypeNumpy"].kind == "data"  # an alias of str, not the class str
    assert entries["DocumentNames"].kind == "class"
    assert entries["EventModelError"].kind == "exception"


def test_plain_text_docstrings_are_escaped_for_rest() -> None:
    assert api_pages.rst_text("such as '<f8' or '|u1'") == "such as '\\<f8' or '\\|u1'"
    assert api_pages.rst_text("seq_num *and* `x`") == "seq\\_num \\*and\\* \\`x\\`"


# -- Schema reference ----------------------------------------------------------


@pytest.fixture(scope="module")
def schema_reference() -> dict[str, str]:
    import event_model

    pages: dict[str, str] = schema_pages.build_pages(SCHEMAS, CORPUS, frozenset(event_model.__all__))
    return pages


def _property_names(node: Any) -> set[str]:
    """Every property name anywhere in a schema node ($defs and nested objects included)."""
    found: set[str] = set()
    if isinstance(node, dict):
        found |= set(node.get("properties", {}))
        for key, value in node.items():
            if key not in ("const", "enum", "default"):
                found |= _property_names(value)
    elif isinstance(node, list):
        for item in node:
            found |= _property_names(item)
    return found


def test_one_reference_page_per_schema(schema_reference: dict[str, str]) -> None:
    files = {path.stem for path in SCHEMAS.glob("*.json")}
    assert set(schema_reference) == {"index.md"} | {f"{stem}.md" for stem in files}
    for stem in files:
        assert re.search(rf"^{re.escape(stem)}$", schema_reference["index.md"], flags=re.M), stem


@pytest.mark.parametrize("schema_path", sorted(SCHEMAS.glob("*.json")), ids=lambda path: path.name)
def test_every_field_and_definition_is_on_its_page(
    schema_path: Path, schema_reference: dict[str, str]
) -> None:
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    page = schema_reference[f"{schema_path.stem}.md"]
    for name in _property_names(schema):
        row = rf"^\* - `(?:[^`]*[.\]])?{re.escape(name)}`$"
        assert re.search(row, page, flags=re.M), f"no table row for the field {name}"
    for definition in schema.get("$defs", {}):
        assert f"(schema-{schema_path.stem}-{definition.lower()})=" in page
    assert f"{{schema-file}}`{schema_path.name}`" in page
    assert schema["$id"] in page


@pytest.mark.parametrize("schema_path", sorted(SCHEMAS.glob("*.json")), ids=lambda path: path.name)
def test_every_page_shows_a_valid_corpus_example(schema_path: Path, schema_reference: dict[str, str]) -> None:
    page = schema_reference[f"{schema_path.stem}.md"]
    example = page.split("## Example", 1)[1]
    body = example.split("```json\n", 1)[1].split("\n```", 1)[0]
    document = json.loads(body)
    assert "tests\\/data\\/" in example  # says which corpus file it came from
    all_schemas = schema_pages.load_schemas(SCHEMAS)
    schema_pages.check_example(all_schemas, schema_path.stem, schema_pages.Example(document, "page"))


def test_an_example_that_breaks_its_schema_is_refused() -> None:
    all_schemas = schema_pages.load_schemas(SCHEMAS)
    with pytest.raises(schema_pages.SchemaReferenceError, match="not valid"):
        schema_pages.check_example(all_schemas, "event", schema_pages.Example({"uid": 1}, "made up"))


def test_an_unknown_schema_keyword_stops_the_build(tmp_path: Path) -> None:
    for path in SCHEMAS.glob("*.json"):
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    datum = json.loads((tmp_path / "datum.json").read_text(encoding="utf-8"))
    datum["properties"]["datum_id"]["if"] = {"minLength": 1}
    (tmp_path / "datum.json").write_text(json.dumps(datum), encoding="utf-8")
    with pytest.raises(schema_pages.SchemaReferenceError, match="'if'"):
        schema_pages.build_pages(tmp_path, CORPUS, frozenset())


def test_the_served_path_follows_the_version_in_the_id() -> None:
    schema = {"$id": "https://example.org/event-model/schemas/v2/event.json"}
    assert schema_pages.SchemaFile("event", schema).served_path == "schemas/v2/event.json"
    assert schema_pages.SchemaFile("event", schema).label("PartialEvent") == "schema-event-partialevent"
    with pytest.raises(schema_pages.SchemaReferenceError):
        _ = schema_pages.SchemaFile("datum", schema).served_path  # the $id names another file


def test_markdown_text_and_code_render_literally() -> None:
    assert schema_pages.text("a|b *c* [d](e)") == "a\\|b \\*c\\* \\[d\\]\\(e\\)"
    assert schema_pages.code("^([^./]+)$") == "`^([^./]+)$`"
    assert schema_pages.code("a`b") == "``a`b``"


def test_pretty_json_keeps_short_containers_on_one_line() -> None:
    text = schema_pages.pretty_json({"data": {"det": 1.0}, "uid": "x" * 100}, width=40)
    assert text.splitlines() == ["{", '  "data": {"det": 1.0},', f'  "uid": "{"x" * 100}"', "}"]
    assert json.loads(text) == {"data": {"det": 1.0}, "uid": "x" * 100}


# -- Diagram, TypeScript guide, build configuration ----------------------------


def test_the_diagram_names_only_real_fields() -> None:
    svg = ElementTree.parse(DOCS / "images" / "run-documents.svg").getroot()
    namespace = {"svg": "http://www.w3.org/2000/svg"}
    boxes = svg.findall(".//svg:g[@class='document']", namespace)
    assert len(boxes) == 8
    for box in boxes:
        stem = box.attrib["data-schema"]
        schema = json.loads((SCHEMAS / f"{stem}.json").read_text(encoding="utf-8"))
        fields = [text.text or "" for text in box.findall("svg:text", namespace)
                  if "field" in text.attrib.get("class", "").split()]
        assert fields, stem
        known = set(schema.get("properties", {}))
        for definition in schema.get("$defs", {}).values():
            if definition.get("title", "").startswith("Partial"):
                known |= set(definition.get("properties", {}))
        assert set(fields) <= known, f"{stem}: {sorted(set(fields) - known)}"


def test_the_overview_shows_the_diagram() -> None:
    assert "images/run-documents.svg" in (DOCS / "overview.md").read_text(encoding="utf-8")


def test_the_typescript_guide_includes_every_example() -> None:
    guide = (DOCS / "typescript-guide.md").read_text(encoding="utf-8")
    included = set(re.findall(r"^```\{literalinclude\} (\S+)$", guide, flags=re.M))
    folder = DOCS / "examples" / "typescript"
    examples = {f"examples/typescript/{path.name}" for path in folder.glob("*.ts")}
    assert included == examples
    assert len(examples) >= 4


def test_the_docs_toolchain_is_pinned_and_offline() -> None:
    lines = [line.strip() for line in (DOCS / "requirements.txt").read_text(encoding="utf-8").splitlines()]
    requirements = [line for line in lines if line and not line.startswith("#")]
    assert requirements
    pinned = re.compile(r"[A-Za-z0-9_.-]+==[0-9][0-9A-Za-z.]*")
    assert all(pinned.fullmatch(line) for line in requirements), requirements
    conf = (DOCS / "conf.py").read_text(encoding="utf-8")
    assert "sphinx.ext.intersphinx" not in conf  # nothing fetched at build time
