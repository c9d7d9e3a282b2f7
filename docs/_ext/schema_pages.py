"""Write the schema reference: one MyST Markdown page per file in ``schemas/``.

Everything on these pages is read at build time from the schema files and from the
corpus of real runs in ``tests/data``, so nothing can drift from the schemas. The
module needs no Sphinx: ``event_model_docs.py`` calls :func:`write_schema_pages`
when a build starts, and ``tests/test_docs.py`` calls the same functions directly.

A schema keyword that this renderer does not know stops the build (rather than
being left off the page), so that a new kind of constraint is documented the day
it is used.
"""

from __future__ import annotations

import json
import string
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jsonschema
import referencing

RENDERED_KEYWORDS = frozenset(
    {
        "$schema", "$id", "$defs", "$ref", "title", "description", "type", "properties",
        "required", "additionalProperties", "patternProperties", "unevaluatedProperties",
        "allOf", "anyOf", "oneOf", "items", "prefixItems", "minItems", "maxItems", "enum",
        "const", "pattern", "default", "minimum", "maximum", "exclusiveMinimum",
        "exclusiveMaximum", "minLength", "maxLength", "format",
    }
)
"""The schema keywords this renderer turns into words; any other one is an error."""

LIFE_OF_A_RUN = (
    "run_start", "event_descriptor", "event", "event_page", "resource", "datum",
    "datum_page", "stream_resource", "stream_datum", "run_stop", "document",
    "bulk_events", "bulk_datum",
)
"""Preferred order of the pages; schemas missing here follow, by file name."""

ENVELOPE_STEM = "document"
"""The schema of a document together with its name, rather than of a document."""

GENERATED_MARK = "% Generated at build time by docs/_ext/schema_pages.py from schemas/ -- do not edit.\n"


class SchemaReferenceError(Exception):
    """The schemas or the corpus cannot be turned into reference pages."""


# -- Loading -------------------------------------------------------------------


@dataclass(frozen=True)
class SchemaFile:
    """One schema file of ``schemas/``, by its stem (``event_descriptor``)."""

    stem: str
    schema: dict[str, Any]

    @property
    def file_name(self) -> str:
        """The name of the file in ``schemas/``."""
        return f"{self.stem}.json"

    @property
    def title(self) -> str:
        """The schema's title, which is also the type name in Python and TypeScript."""
        return str(self.schema.get("title", self.stem))

    @property
    def served_path(self) -> str:
        """Where the built site serves the raw schema, taken from the versioned ``$id``.

        ``https://.../schemas/v1/event.json`` is served as ``schemas/v1/event.json``;
        bumping the version in ``$id`` moves the file with it.
        """
        parts = urlsplit(self.schema["$id"]).path.split("/")
        if len(parts) < 3 or parts[-3] != "schemas" or not parts[-2].startswith("v"):
            raise SchemaReferenceError(
                f"{self.file_name}: $id {self.schema['$id']!r} does not end in schemas/v<N>/<file>.json"
            )
        if parts[-1] != self.file_name:
            raise SchemaReferenceError(f"{self.file_name}: $id {self.schema['$id']!r} names another file")
        return "/".join(parts[-3:])

    def label(self, definition: str | None = None) -> str:
        """The Sphinx label of the page, or of one of its ``$defs``."""
        base = f"schema-{self.stem}"
        return base if definition is None else f"{base}-{definition.lower()}"


def load_schemas(schema_dir: Path) -> dict[str, SchemaFile]:
    """Read every ``*.json`` file of ``schema_dir``, keyed by stem, in page order."""
    found = {path.stem: SchemaFile(path.stem, json.loads(path.read_text(encoding="utf-8")))
             for path in schema_dir.glob("*.json")}
    if not found:
        raise SchemaReferenceError(f"no schema files in {schema_dir}")
    return {stem: found[stem] for stem in page_order(found)}


def page_order(stems: Iterator[str] | Mapping[str, Any]) -> list[str]:
    """The stems in the order of a run's life, unknown ones last by name."""
    names = set(stems)
    known = [stem for stem in LIFE_OF_A_RUN if stem in names]
    return known + sorted(names - set(known))


# -- Markdown pieces -----------------------------------------------------------

_PUNCTUATION = frozenset(string.punctuation)


def text(value: str) -> str:
    """Plain text as Markdown that renders literally: every ASCII punctuation mark escaped."""
    return "".join("\\" + char if char in _PUNCTUATION else char for char in " ".join(value.split()))


def code(value: str) -> str:
    """An inline code span holding ``value`` exactly, whatever backticks it contains."""
    longest = run = 0
    for char in value:
        run = run + 1 if char == "`" else 0
        longest = max(longest, run)
    fence = "`" * (longest + 1)
    padded = f" {value} " if value.startswith("`") or value.endswith("`") else value
    return f"{fence}{padded}{fence}"


def literal(value: Any) -> str:
    """A JSON value as inline code."""
    return code(json.dumps(value, ensure_ascii=False))


def pretty_json(value: Any, width: int = 88) -> str:
    """JSON with one member per line, except containers short enough to fit on one line.

    Hand-written because ``json.dumps`` offers only all-on-one-line or one scalar per
    line, and a whole dependency for this middle ground is not worth it.
    """
    return _pretty(value, indent=0, used=0, width=width)


def _pretty(value: Any, indent: int, used: int, width: int) -> str:
    flat = json.dumps(value, ensure_ascii=False)
    if not isinstance(value, dict | list) or not value or used + len(flat) <= width:
        return flat
    inner = indent + 2
    pad = " " * inner
    if isinstance(value, dict):
        lines = []
        for key, member in value.items():
            head = f"{json.dumps(key, ensure_ascii=False)}: "
            lines.append(pad + head + _pretty(member, inner, inner + len(head), width))
        return "{\n" + ",\n".join(lines) + "\n" + " " * indent + "}"
    lines = [pad + _pretty(member, inner, inner, width) for member in value]
    return "[\n" + ",\n".join(lines) + "\n" + " " * indent + "]"


# -- Describing schema nodes ---------------------------------------------------


@dataclass(frozen=True)
class Renderer:
    """Describes the nodes of one schema, linking to the other schemas of the set."""

    current: SchemaFile
    all_schemas: Mapping[str, SchemaFile]

    def resolve(self, ref: str) -> tuple[SchemaFile, str | None]:
        """The schema file and ``$defs`` name (None for the whole file) that ``ref`` points at."""
        file_part, _, pointer = ref.partition("#")
        target = self.current
        if file_part:
            stem = file_part.removesuffix(".json")
            if stem not in self.all_schemas or not file_part.endswith(".json"):
                raise SchemaReferenceError(f"{self.current.file_name}: $ref {ref!r} names no schema file")
            target = self.all_schemas[stem]
        if not pointer:
            return target, None
        prefix = "/$defs/"
        name = pointer.removeprefix(prefix)
        if not pointer.startswith(prefix) or "/" in name or name not in target.schema.get("$defs", {}):
            raise SchemaReferenceError(f"{self.current.file_name}: cannot resolve $ref {ref!r}")
        return target, name

    def target_node(self, ref: str) -> dict[str, Any]:
        """The schema node that ``ref`` points at."""
        target, name = self.resolve(ref)
        node: dict[str, Any] = target.schema if name is None else target.schema["$defs"][name]
        return node

    def link(self, ref: str) -> str:
        """A cross-reference to the page or definition that ``ref`` points at."""
        target, name = self.resolve(ref)
        shown = target.title if name is None else name
        return f"{{ref}}`{shown} <{target.label(name)}>`"

    def type_of(self, node: Any) -> str:
        """The type of a node in words, with links to referenced definitions."""
        if node is True or node == {}:
            return "any"
        if not isinstance(node, dict):
            raise SchemaReferenceError(f"{self.current.file_name}: unexpected schema node {node!r}")
        self.check_keywords(node)
        if "$ref" in node:
            return self.link(node["$ref"])
        if "const" in node:
            return literal(node["const"])
        if "type" not in node and "properties" not in node:
            if "anyOf" in node:
                return " or ".join(self.type_of(member) for member in node["anyOf"])
            if "oneOf" in node:
                return "exactly one of " + ", ".join(self.type_of(member) for member in node["oneOf"])
            if "allOf" in node:
                return " and ".join(self.type_of(member) for member in node["allOf"])
        kind = node.get("type")
        if isinstance(kind, list):
            return " or ".join(kind)
        if kind == "array":
            if "prefixItems" in node:
                return "array [" + ", ".join(self.type_of(member) for member in node["prefixItems"]) + "]"
            items = node.get("items", {})
            return "array" if items in ({}, True) else f"array of {self.grouped_type(items)}"
        if kind is None and ("properties" in node or "patternProperties" in node):
            return "any (when an object, the rules below apply)"
        if kind == "object":
            values = node.get("additionalProperties")
            if isinstance(values, dict) and values and "properties" not in node:
                return f"object, each value {self.grouped_type(values)}"
            return "object"
        if kind is None:
            return "any"
        return str(kind)

    def grouped_type(self, node: Any) -> str:
        """The type of a node, in parentheses when it is a choice, to nest inside another type."""
        described = self.type_of(node)
        return f"({described})" if " or " in described or " and " in described else described

    def check_keywords(self, node: Mapping[str, Any]) -> None:
        """Refuse a node that uses a keyword this renderer would leave off the page."""
        unknown = set(node) - RENDERED_KEYWORDS
        if unknown:
            raise SchemaReferenceError(
                f"{self.current.file_name}: the schema reference cannot show {sorted(unknown)}; "
                "teach docs/_ext/schema_pages.py to render them"
            )

    def constraints(self, node: Any) -> list[str]:
        """The rules of a node beyond its type, each as a short Markdown phrase."""
        if not isinstance(node, dict):
            return []
        self.check_keywords(node)
        found = []
        if "enum" in node:
            found.append("one of " + ", ".join(literal(value) for value in node["enum"]))
        if "const" in node and "type" in node:
            found.append("always " + literal(node["const"]))
        if "pattern" in node:
            found.append("matches the pattern " + code(node["pattern"]))
        if "format" in node:
            found.append("format " + code(node["format"]))
        for keyword, phrase in (
            ("minItems", "at least {} items"), ("maxItems", "at most {} items"),
            ("minLength", "at least {} characters"), ("maxLength", "at most {} characters"),
            ("minimum", "at least {}"), ("maximum", "at most {}"),
            ("exclusiveMinimum", "more than {}"), ("exclusiveMaximum", "less than {}"),
        ):
            if keyword in node:
                found.append(phrase.format(node[keyword]))
        if "default" in node:
            found.append("defaults to " + literal(node["default"]))
        for pattern, member in node.get("patternProperties", {}).items():
            found.append(f"a key matching {code(pattern)} holds {self.type_of(member)}")
        if node.get("additionalProperties") is False or node.get("unevaluatedProperties") is False:
            found.append("no other keys" if "properties" in node or "patternProperties" in node
                         else "no keys")
        elif isinstance(node.get("additionalProperties"), dict) and node["additionalProperties"] and (
            "properties" in node
        ):
            found.append("any other key holds " + self.type_of(node["additionalProperties"]))
        for member in node.get("allOf", []):
            if "$ref" in member and ("type" in node or "properties" in node):
                found.append("includes every field of " + self.link(member["$ref"]))
        items = node.get("items")
        if isinstance(items, dict) and "$ref" not in items:
            inner = self.constraints(items)
            if inner:
                found.append("each item: " + ", ".join(inner))
        for index, member in enumerate(node.get("prefixItems", [])):
            inner = self.constraints(member) if "$ref" not in member else []
            if inner:
                found.append(f"item {index}: " + ", ".join(inner))
        for combinator in ("anyOf", "oneOf"):
            for member in node.get(combinator, []):
                if isinstance(member, dict) and "$ref" not in member:
                    inner = self.constraints(member)
                    if inner:
                        found.append(f"when {self.type_of(member)}: " + ", ".join(inner))
        return found


# -- Field tables --------------------------------------------------------------


@dataclass(frozen=True)
class FieldRow:
    """One row of a field table, every cell already Markdown."""

    name: str
    type: str
    required: str
    description: str
    constraints: str


def field_rows(renderer: Renderer, node: Mapping[str, Any], prefix: str = "") -> list[FieldRow]:
    """Every field of an object node, including fields it takes from ``allOf`` definitions."""
    rows: list[FieldRow] = []
    own_required = set(node.get("required", []))
    for name, member in node.get("properties", {}).items():
        rows += _rows_for(renderer, prefix + name, member, name in own_required, None)
    for part in node.get("allOf", []):
        if "$ref" in part:
            target = renderer.target_node(part["$ref"])
            _, origin = renderer.resolve(part["$ref"])
            required = own_required | set(target.get("required", []))
            for name, member in target.get("properties", {}).items():
                rows += _rows_for(renderer, prefix + name, member, name in required, origin)
        else:
            rows += field_rows(renderer, part, prefix)
    for pattern, member in node.get("patternProperties", {}).items():
        rows += _rows_for(renderer, f"{prefix}<key matching {pattern}>", member, None, None)
    minimum = node.get("minItems", 0)
    for index, member in enumerate(node.get("prefixItems", [])):
        rows += _rows_for(renderer, f"{prefix}[{index}]", member, index < minimum, None)
    return rows


def _rows_for(
    renderer: Renderer, path: str, node: Any, required: bool | None, origin: str | None
) -> list[FieldRow]:
    description = node.get("description", "") if isinstance(node, dict) else ""
    if not description and isinstance(node, dict) and "$ref" in node:
        description = renderer.target_node(node["$ref"]).get("description", "")
    described = text(description)
    if origin is not None:
        described += f" (from {{ref}}`{origin} <{renderer.current.label(origin)}>`)"
    rows = [
        FieldRow(
            name=code(path),
            type=renderer.type_of(node),
            required={True: "yes", False: "no", None: "no"}[required],
            description=described,
            constraints="; ".join(renderer.constraints(node)),
        )
    ]
    if isinstance(node, dict) and "$ref" not in node:
        if "properties" in node or "patternProperties" in node:
            rows += field_rows(renderer, node, path + ".")
        items = node.get("items")
        if isinstance(items, dict) and "$ref" not in items and (
            "properties" in items or "patternProperties" in items
        ):
            rows += field_rows(renderer, items, path + "[].")
    return rows


def table(rows: list[FieldRow]) -> str:
    """A MyST list-table of field rows (cells may hold any Markdown, pipes included)."""
    lines = [
        "```{list-table}",
        ":header-rows: 1",
        ":widths: 18 18 8 38 18",
        ":class: schema-fields",
        "",
        "* - Field",
        "  - Type",
        "  - Required",
        "  - Description",
        "  - Constraints",
    ]
    for row in rows:
        lines += [
            f"* - {row.name}",
            f"  - {row.type}",
            f"  - {row.required}",
            f"  - {row.description}",
            f"  - {row.constraints}",
        ]
    lines.append("```")
    return "\n".join(lines) + "\n"


# -- Examples from the corpus --------------------------------------------------


@dataclass(frozen=True)
class Example:
    """A document from the corpus (or assembled from corpus documents) and where it came from."""

    document: Any
    source: str


def corpus_lines(corpus_dir: Path) -> Iterator[tuple[str, int, str, Any]]:
    """Every ``[name, doc]`` line of the corpus as (file name, line number, name, doc)."""
    for path in sorted(corpus_dir.glob("*.jsonl")):
        with path.open(encoding="utf-8") as stream:
            for number, line in enumerate(stream, start=1):
                if line.strip():
                    name, doc = json.loads(line)
                    yield path.name, number, name, doc


def choose_examples(
    corpus_dir: Path, document_names: Mapping[str, str], corpus_label: str = "tests/data"
) -> dict[str, Example]:
    """Pick an example for each schema stem from the corpus.

    For a document type: the corpus document with the most top-level fields, the
    shortest such one on a tie. For the deprecated bulk documents, which no current
    run emits: the shortest one assembled from the events (or datum) of one corpus
    file. For the envelope: the shortest ``[name, doc]`` line.
    """
    lines = list(corpus_lines(corpus_dir))
    examples: dict[str, Example] = {}
    for stem, name in document_names.items():
        candidates = [
            (-len(doc), len(json.dumps(doc)), Example(doc, f"{corpus_label}/{file}, line {number}"))
            for file, number, found, doc in lines
            if found == name and isinstance(doc, dict)
        ]
        if candidates:
            examples[stem] = min(candidates, key=lambda c: (c[0], c[1]))[2]
    if lines:
        file, number, name, doc = min(lines, key=lambda line: len(json.dumps(line[2:])))
        examples[ENVELOPE_STEM] = Example([name, doc], f"{corpus_label}/{file}, line {number}")
    examples.update(_assembled_bulk_examples(lines, corpus_label))
    return examples


def _assembled_bulk_examples(lines: list[tuple[str, int, str, Any]], corpus_label: str) -> dict[str, Example]:
    by_file: dict[str, list[tuple[str, Any]]] = {}
    for file, _, name, doc in lines:
        by_file.setdefault(file, []).append((name, doc))
    bulk_events: list[Example] = []
    bulk_datum: list[Example] = []
    for file, docs in by_file.items():
        grouped: dict[str, list[Any]] = {}
        for name, doc in docs:
            if name == "event":
                grouped.setdefault(doc["descriptor"], []).append(doc)
        if grouped:
            bulk_events.append(Example(grouped, f"assembled from the events of {corpus_label}/{file}"))
        per_resource: dict[str, list[Any]] = {}
        for name, doc in docs:
            if name == "datum":
                per_resource.setdefault(doc["resource"], []).append(doc)
        for resource, datum in per_resource.items():
            bulk = {
                "resource": resource,
                "datum_ids": [d["datum_id"] for d in datum],
                "datum_kwarg_list": [d["datum_kwargs"] for d in datum],
            }
            bulk_datum.append(Example(bulk, f"assembled from the datum of {corpus_label}/{file}"))
    found = {}
    for stem, options in (("bulk_events", bulk_events), ("bulk_datum", bulk_datum)):
        if options:
            found[stem] = min(options, key=lambda example: len(json.dumps(example.document)))
    return found


def check_example(schemas: Mapping[str, SchemaFile], stem: str, example: Example) -> None:
    """Fail unless the example is valid against its schema (references resolved locally)."""
    registry: referencing.Registry[Any] = referencing.Registry().with_resources(
        (item.schema["$id"], referencing.Resource.from_contents(item.schema)) for item in schemas.values()
    )
    schema = schemas[stem].schema
    validator_class = jsonschema.validators.validator_for(schema)
    errors = sorted(validator_class(schema, registry=registry).iter_errors(example.document), key=str)
    if errors:
        raise SchemaReferenceError(
            f"the example for {stem}.json ({example.source}) is not valid: {errors[0].message}"
        )


# -- Pages ---------------------------------------------------------------------


@dataclass(frozen=True)
class PageContext:
    """What a page needs beyond its schema."""

    document_name: str | None
    example: Example
    python_names: frozenset[str]


def render_page(schema_file: SchemaFile, all_schemas: Mapping[str, SchemaFile], context: PageContext) -> str:
    """The whole Markdown page of one schema."""
    renderer = Renderer(schema_file, all_schemas)
    schema = schema_file.schema
    renderer.check_keywords(schema)
    title = schema_file.title
    parts = [GENERATED_MARK, f"({schema_file.label()})=", f"# {title}", ""]
    parts += [text(schema.get("description", "")), ""]
    python = f"{{py:class}}`event_model.{title}`" if title in context.python_names else "none"
    facts = [
        ("Document name", code(context.document_name) if context.document_name else
         "none: this schema describes a document together with its name"),
        ("Raw schema", f"{{schema-file}}`{schema_file.file_name}`"),
        ("Schema id", code(schema["$id"])),
        ("Python type", python),
        ("TypeScript type", code(title)),
    ]
    parts += ["```{list-table}", ":class: schema-facts", ""]
    for name, value in facts:
        parts += [f"* - {name}", f"  - {value}"]
    parts += ["```", ""]

    rows = field_rows(renderer, schema)
    if rows:
        parts += ["## Fields", "", table(rows)]
    whole = [f"type: {renderer.type_of(schema)}"]
    required = list(schema.get("required", []))
    for part in schema.get("allOf", []):
        if "$ref" in part:
            required += [name for name in renderer.target_node(part["$ref"]).get("required", [])
                         if name not in required]
    if required:
        whole.append("required fields: " + ", ".join(code(name) for name in required))
    whole += renderer.constraints(schema)
    parts += ["## The document as a whole", ""]
    parts += [f"- {line}" for line in whole]
    parts.append("")

    definitions = schema.get("$defs", {})
    if definitions:
        parts += ["## Definitions", "",
                  "Types that the fields above refer to; each is also a type of its own in Python and "
                  "TypeScript.", ""]
    for name, node in definitions.items():
        parts += [f"({schema_file.label(name)})=", f"### {name}", "", text(node.get("description", "")), ""]
        rows = field_rows(renderer, node)
        if rows:
            parts.append(table(rows))
        details = [f"type: {renderer.type_of(node)}"]
        if node.get("required") and not rows:
            details.append("required fields: " + ", ".join(code(field) for field in node["required"]))
        details += renderer.constraints(node)
        parts += [f"- {line}" for line in details]
        parts.append("")

    parts += ["## Example", "",
              f"From the corpus of runs kept with the tests ({text(context.example.source)}):", "",
              "```json", pretty_json(context.example.document), "```", ""]
    return "\n".join(parts)


def render_index(all_schemas: Mapping[str, SchemaFile], document_names: Mapping[str, str]) -> str:
    """The index page of the schema reference, listing every schema in page order."""
    parts = [
        GENERATED_MARK,
        "(schema-reference)=",
        "# Schema reference",
        "",
        "One page per JSON Schema in the repository's `schemas/` folder, generated from the schema "
        "files each time the site is built. Each page lists every field with its type, whether it is "
        "required, what it means and its constraints, then the reusable definitions of the schema "
        "and an example taken from the corpus of real runs. The raw schemas are served beside these "
        "pages at stable addresses ending in `schemas/v<N>/<file>.json`, matching their `$id`, so "
        "that other specifications (an AsyncAPI file, another validator) can point at them.",
        "",
        "```{list-table}",
        ":header-rows: 1",
        ":widths: 20 15 20 45",
        "",
        "* - Schema",
        "  - Document name",
        "  - Raw file",
        "  - What it is",
    ]
    for stem, schema_file in all_schemas.items():
        name = document_names.get(stem)
        parts += [
            f"* - {{ref}}`{schema_file.title} <{schema_file.label()}>`",
            f"  - {code(name) if name else 'envelope'}",
            f"  - {{schema-file}}`{schema_file.file_name}`",
            f"  - {text(schema_file.schema.get('description', ''))}",
        ]
    parts += ["```", "", "```{toctree}", ":hidden:", ""]
    parts += list(all_schemas)
    parts += ["```", ""]
    return "\n".join(parts)


def document_names_by_stem() -> dict[str, str]:
    """The document name of each schema file, as the package maps them (``run_start`` -> ``start``)."""
    from event_model.schema_files import SCHEMA_NAMES

    return {Path(path).stem: name.value for name, path in SCHEMA_NAMES.items()}


def build_pages(schema_dir: Path, corpus_dir: Path, python_names: frozenset[str]) -> dict[str, str]:
    """Every page of the schema reference, keyed by file name (``index.md``, ``event.md``, ...)."""
    all_schemas = load_schemas(schema_dir)
    names = document_names_by_stem()
    missing = set(names) - set(all_schemas)
    if missing:
        raise SchemaReferenceError(f"the package names schemas that {schema_dir} lacks: {sorted(missing)}")
    examples = choose_examples(corpus_dir, names)
    pages = {"index.md": render_index(all_schemas, names)}
    for stem, schema_file in all_schemas.items():
        example = examples.get(stem)
        if example is None:
            raise SchemaReferenceError(
                f"the corpus ({corpus_dir}) holds no example for {schema_file.file_name}; "
                "add a run that contains one"
            )
        check_example(all_schemas, stem, example)
        context = PageContext(names.get(stem), example, python_names)
        pages[f"{stem}.md"] = render_page(schema_file, all_schemas, context)
    return pages


def write_pages(pages: Mapping[str, str], out_dir: Path, suffix: str) -> None:
    """Write pages into ``out_dir``, leaving unchanged files untouched and removing stale ones."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for stale in out_dir.glob(f"*{suffix}"):
        if stale.name not in pages:
            stale.unlink()
    for name, content in pages.items():
        path = out_dir / name
        if not path.exists() or path.read_text(encoding="utf-8") != content:
            path.write_text(content, encoding="utf-8")
