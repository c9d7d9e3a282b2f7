"""Run the language-neutral page vectors in tests/vectors/pages against event_model.pages.

Each vector file is named after the function it exercises and holds a list of cases
``{description, input, output | error}`` described by tests/vectors/pages.schema.json.
Every case becomes one test, with the id ``<file>-<description>``.

The vectors give this package's strict behaviour: a case with a ``note`` is one where
event-model 1.24.0 behaves otherwise, so it runs inside ``strict_checks()``; by default
the package behaves as 1.24.0 does there (test_pages_defaults.py holds 1.24.0's outcome
for each). A case without a note is 1.24.0's own result and holds in both modes.
"""

from __future__ import annotations

import copy
import json
import types
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from event_model import strict_checks
from event_model.errors import (
    EventModelError,
    EventModelKeyError,
    EventModelTypeError,
    EventModelValueError,
    UnfilledData,
)
from event_model.pages import (
    bulk_datum_to_datum_page,
    bulk_events_to_event_pages,
    merge_datum_pages,
    merge_event_pages,
    pack_datum_page,
    pack_event_page,
    rechunk_datum_pages,
    rechunk_event_pages,
    unpack_datum_page,
    unpack_event_page,
    verify_filled,
)

# Every test runs with the compiled inner loops and with the Python implementation.
pytestmark = pytest.mark.usefixtures("page_implementation")

VECTOR_DIR = Path(__file__).resolve().parent / "vectors" / "pages"
VECTOR_SCHEMA = Path(__file__).resolve().parent / "vectors" / "pages.schema.json"

CALLS: dict[str, Callable[[Any], Any]] = {
    "pack_event_page": lambda events: pack_event_page(*events),
    "unpack_event_page": unpack_event_page,
    "merge_event_pages": merge_event_pages,
    "rechunk_event_pages": lambda given: rechunk_event_pages(given["pages"], given["chunk_size"]),
    "pack_datum_page": lambda datum: pack_datum_page(*datum),
    "unpack_datum_page": unpack_datum_page,
    "merge_datum_pages": merge_datum_pages,
    "rechunk_datum_pages": lambda given: rechunk_datum_pages(given["pages"], given["chunk_size"]),
    "bulk_events_to_event_pages": bulk_events_to_event_pages,
    "bulk_datum_to_datum_page": bulk_datum_to_datum_page,
    "verify_filled": verify_filled,
}
"""How each vector file's input is passed to its function."""

ERRORS: dict[str, type[EventModelError]] = {
    "empty": EventModelValueError,
    "mixed_descriptors": EventModelValueError,
    "mixed_resources": EventModelValueError,
    "ragged_columns": EventModelValueError,
    "missing_key": EventModelKeyError,
    "unexpected_key": EventModelKeyError,
    "missing_field": EventModelKeyError,
    "wrong_type": EventModelTypeError,
    "bad_chunk_size": EventModelValueError,
    "unfilled": UnfilledData,
}
"""The exception each error kind of the vectors stands for in Python."""


@dataclass(frozen=True)
class PageCase:
    """One case of a page vector file."""

    file: str
    description: str
    input: Any
    output: Any = None
    error: str | None = None
    mentions: tuple[str, ...] = ()
    note: str | None = None

    @property
    def id(self) -> str:
        """The test id, ``<file>-<description>``."""
        return f"{self.file}-{self.description}"

    @property
    def function(self) -> str:
        """The name of the function the case exercises: the file's stem."""
        return Path(self.file).stem


def vector_files() -> list[Path]:
    """Every page vector file, sorted by name."""
    return sorted(VECTOR_DIR.glob("*.json"))


def load_json(path: Path) -> Any:
    """Read one JSON file."""
    with path.open(encoding="utf-8") as stream:
        return json.load(stream)


def load_cases(path: Path) -> list[PageCase]:
    """The cases of one vector file."""
    return [
        PageCase(
            file=path.name,
            description=case["description"],
            input=case["input"],
            output=case.get("output"),
            error=case.get("error"),
            mentions=tuple(case.get("mentions", ())),
            note=case.get("note"),
        )
        for case in load_json(path)
    ]


CASES = [case for path in vector_files() for case in load_cases(path)]
RUNS = [(case, strict) for case in CASES for strict in (True, False) if strict or case.note is None]


def call(case: PageCase, given: Any) -> Any:
    """Run the case's function on ``given``; a generator's output is the list of what it yields."""
    result = CALLS[case.function](given)
    if isinstance(result, types.GeneratorType):
        result = list(result)
    return result


def as_ordered_json(value: Any) -> str:
    """JSON text in which key order, and int versus float, are visible."""
    return json.dumps(value, ensure_ascii=False)


@pytest.mark.parametrize(
    ("case", "strict"), RUNS, ids=[f"{case.id}-{'strict' if strict else 'default'}" for case, strict in RUNS]
)
def test_page_vector(case: PageCase, strict: bool) -> None:
    """The function gives the case's output (key order included) or raises its kind of error."""
    with strict_checks(strict):
        check_case(case)


def check_case(case: PageCase) -> None:
    """Run one case and compare what it gives with what the case expects."""
    given = copy.deepcopy(case.input)
    if case.error is None:
        result = call(case, given)
        assert result == case.output
        assert as_ordered_json(result) == as_ordered_json(case.output)
    else:
        with pytest.raises(ERRORS[case.error]) as raised:
            call(case, given)
        for text in case.mentions:
            assert text in str(raised.value)
    assert as_ordered_json(given) == as_ordered_json(case.input), "the input was changed"


@pytest.mark.parametrize("path", vector_files(), ids=[path.name for path in vector_files()])
def test_vector_file_matches_its_schema(path: Path) -> None:
    """Each vector file is a list of cases as pages.schema.json describes them."""
    validator = jsonschema.Draft202012Validator(load_json(VECTOR_SCHEMA))
    errors = [
        f"{list(error.absolute_path)}: {error.message}" for error in validator.iter_errors(load_json(path))
    ]
    assert errors == []


@pytest.mark.parametrize("path", vector_files(), ids=[path.name for path in vector_files()])
def test_vector_descriptions_are_unique(path: Path) -> None:
    """No two cases of a file share a description (their test ids would clash)."""
    descriptions = [case.description for case in load_cases(path)]
    assert len(descriptions) == len(set(descriptions))


def test_vector_schema_is_a_valid_schema() -> None:
    """pages.schema.json is itself a valid draft 2020-12 schema."""
    jsonschema.Draft202012Validator.check_schema(load_json(VECTOR_SCHEMA))


@pytest.mark.parametrize(
    "case",
    [
        {"description": "x should pack", "input": [], "output": {}},
        {"description": "both", "input": [], "output": {}, "error": "empty"},
        {"description": "neither", "input": []},
        {"description": "unknown kind", "input": [], "error": "oops"},
        {"description": "mentions without error", "input": [], "output": {}, "mentions": ["a"]},
        {"description": "extra field", "input": [], "output": {}, "valid": True},
    ],
    ids=lambda case: case["description"],
)
def test_vector_schema_refuses_malformed_cases(case: dict[str, Any]) -> None:
    """The vector schema catches the mistakes a hand-edited vector file could hold."""
    validator = jsonschema.Draft202012Validator(load_json(VECTOR_SCHEMA))
    assert not validator.is_valid([case])


def test_every_function_has_a_vector_file() -> None:
    """Each function the loader knows has its file, and each file names a known function."""
    assert {path.stem for path in vector_files()} == set(CALLS)


def test_every_error_kind_is_known_to_the_schema() -> None:
    """The Python mapping of error kinds covers exactly the kinds the schema allows."""
    schema = load_json(VECTOR_SCHEMA)
    kinds = {choice["const"] for choice in schema["items"]["properties"]["error"]["oneOf"]}
    assert kinds == set(ERRORS)
