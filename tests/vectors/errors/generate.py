"""Write the error vectors of this folder: the documents below, with the errors Python gives.

Run ``python tests/vectors/errors/generate.py`` after changing a case (or the validator, on
purpose), read the diff of the JSON files, and commit both. Each document is built from a
valid one of the corpus (``tests/data/composed_all_types.jsonl``) by one or a few
mistakes. The expected errors are those of
``event_model.schema_validators[DocumentNames(name)].iter_errors(document)``, in order:
``path`` is the error's ``json_path`` and ``message`` its ``problem`` (the message without
the document's name and place). ``tests/test_error_vectors.py`` checks that Python still
gives exactly them; ``typescript/test/error-vectors.test.mjs`` checks that ``validate()``
does. Only the documents are written here; the expected errors are the validator's,
reviewed in the diff.
"""

from __future__ import annotations

import copy
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from event_model import DocumentNames, schema_validators

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[1] / "data" / "composed_all_types.jsonl"

Doc = dict[str, Any]


def _corpus() -> dict[str, Doc]:
    """The first document of each name in the corpus run."""
    first: dict[str, Doc] = {}
    with CORPUS.open(encoding="utf-8") as lines:
        for line in lines:
            name, doc = json.loads(line)
            first.setdefault(name, doc)
    return first


BASE = _corpus()


def base(name: str) -> Doc:
    return copy.deepcopy(BASE[name])


def without(doc: Doc, *keys: str) -> Doc:
    return {key: value for key, value in doc.items() if key not in keys}


def edit(doc: Doc, change: Callable[[Doc], None]) -> Doc:
    """A copy of *doc* after *change* has edited it in place."""
    copied = copy.deepcopy(doc)
    change(copied)
    return copied


def first_key(mapping: dict[str, Any]) -> str:
    return next(iter(mapping))


def _set(path: list[Any], value: Any) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        node: Any = doc
        for step in path[:-1]:
            node = node[first_key(node)] if step is None else node[step]
        node[first_key(node) if path[-1] is None else path[-1]] = value

    return change


def _bulk_events() -> Doc:
    event = base("event")
    return {event["descriptor"]: [event]}


def _bulk_datum() -> Doc:
    datum = base("datum")
    return {
        "resource": datum["resource"],
        "datum_ids": [datum["datum_id"]],
        "datum_kwarg_list": [datum["datum_kwargs"]],
    }


BASE["bulk_events"] = _bulk_events()
BASE["bulk_datum"] = _bulk_datum()

Case = tuple[str, str, Any]
"""(description, document name, document)."""


def start_cases() -> list[Case]:
    start = base("start")
    return [
        ("a start without uid is missing a required key", "start", without(start, "uid")),
        ("a string time is not a number", "start", {**start, "time": "now"}),
        ("a numeric uid is not a string", "start", {**start, "uid": 5}),
        ("a string scan_id is not an integer", "start", {**start, "scan_id": "1"}),
        ("a float scan_id is not an integer", "start", {**start, "scan_id": 1.5}),
        ("a null time is not a number", "start", {**start, "time": None}),
        ("a boolean time is not a number", "start", {**start, "time": True}),
        ("a list for a string field is not a string", "start", {**start, "project": ["count"]}),
        ("a key with a dot on a start is refused", "start", {**start, "a.b": 1}),
        (
            "a projection location outside the enum is invalid",
            "start",
            edit(start, _set(["projections", 0, "projection", "entry/data", "location"], "nowhere")),
        ),
        ("hints that are not an object are wrong", "start", {**start, "hints": ["motor"]}),
        ("a string hints dimensions is not an array", "start", {**start, "hints": {"dimensions": "motor"}}),
        ("a start that is a list is not an object", "start", [start]),
        (
            "a start without uid and time: one error per missing key, the first naming both",
            "start",
            without(start, "uid", "time"),
        ),
        (
            "a hints key with a dot breaks the rule of Hints and the start's own rule: two errors",
            "start",
            {**start, "hints": {"a.b": {"fields": ["motor"]}}},
        ),
        (
            "a calculated projection without callable: the deeper missing key explains the anyOf",
            "start",
            edit(
                start,
                _set(
                    ["projections", 0, "projection", "entry/data"],
                    {"type": "calculated", "calculation": {}},
                ),
            ),
        ),
        (
            "a projection entry without configuration, projection and version: three missing keys",
            "start",
            edit(start, _set(["projections", 0], {})),
        ),
        (
            "three wrong types in a start are reported in the order of their names",
            "start",
            {**start, "uid": 5, "time": "now", "scan_id": "a"},
        ),
        ("a number for sample is neither an object nor a string", "start", {**start, "sample": 5}),
        ("a number in data_groups is not a string", "start", {**start, "data_groups": [1]}),
        ("a key with a dot inside a custom object is refused", "start", {**start, "custom": {"a.b": 1}}),
        ("a long string in a message is cut in the middle", "start", {**start, "time": "y" * 300}),
        (
            "integers from 1e16 are written with every digit, a very long one cut in the middle",
            "start",
            {**start, "uid": 2**60, "project": 2**200},
        ),
        (
            "an object in a message shows its keys in code point order",
            "start",
            {**start, "uid": {"\U0001F600": 1, "\uffff": 2, "\u00e9": 3}},
        ),
        (
            "a number in a dimension's field list: its type, then the anyOf",
            "start",
            {**start, "hints": {"dimensions": [[[5], "primary"]]}},
        ),
        (
            "a projection of an unknown type: the deepest error of an alternative, then the anyOf",
            "start",
            edit(start, _set(["projections", 0, "projection", "entry/data", "type"], "bad")),
        ),
        (
            "a projection whose field is a number: alternatives tie, so the anyOf alone",
            "start",
            edit(start, _set(["projections", 0, "projection", "entry/data", "field"], 5)),
        ),
    ]


def stop_cases() -> list[Case]:
    stop = base("stop")
    return [
        ("a stop without exit_status is missing a required key", "stop", without(stop, "exit_status")),
        (
            "a stop without run_start and exit_status: one error per missing key, the first naming both",
            "stop",
            without(stop, "run_start", "exit_status"),
        ),
        (
            "a stop with only a uid: three missing keys, the first error naming all three",
            "stop",
            {"uid": stop["uid"]},
        ),
        ("a stop that is a string is not an object", "stop", "x"),
        ("an exit_status outside the enum is invalid", "stop", {**stop, "exit_status": "ok"}),
        ("a string time is not a number", "stop", {**stop, "time": "now"}),
        ("a numeric run_start is not a string", "stop", {**stop, "run_start": 7}),
        (
            "a string count in num_events is not an integer",
            "stop",
            edit(stop, _set(["num_events", "primary"], "6")),
        ),
        ("num_events that is a list is not an object", "stop", {**stop, "num_events": [6]}),
        ("a key with a dot on a stop is refused", "stop", {**stop, "a.b": "red"}),
        (
            "a key with a dot, a bad enum and a missing key are each reported",
            "stop",
            without({**stop, "a.b": "red", "exit_status": "done"}, "run_start"),
        ),
    ]


def descriptor_cases() -> list[Case]:
    desc = base("descriptor")
    key = first_key(desc["data_keys"])
    return [
        (
            "a descriptor without data_keys is missing a required key",
            "descriptor",
            without(desc, "data_keys"),
        ),
        (
            "a data key dtype of 'float' is not a dtype",
            "descriptor",
            edit(desc, _set(["data_keys", key, "dtype"], "float")),
        ),
        (
            "a data key without source is missing a required key",
            "descriptor",
            edit(desc, lambda d: d["data_keys"][key].pop("source")),
        ),
        ("a string shape is not an array", "descriptor", edit(desc, _set(["data_keys", key, "shape"], "[]"))),
        (
            "numeric units are neither a string nor null",
            "descriptor",
            edit(desc, _set(["data_keys", key, "units"], 5)),
        ),
        (
            "a string in a shape is neither an integer nor null",
            "descriptor",
            edit(desc, _set(["data_keys", key, "shape"], ["2"])),
        ),
        (
            "a data key without source and shape: two missing keys inside a nested object",
            "descriptor",
            edit(desc, _set(["data_keys", key], {"dtype": "number"})),
        ),
        (
            "an empty configuration data key: three missing keys deep in the document",
            "descriptor",
            {**desc, "configuration": {"det": {"data_keys": {"det": {}}}}},
        ),
        (
            "a data key that is a string is not an object",
            "descriptor",
            edit(desc, _set(["data_keys", key], "number")),
        ),
        ("a string time is not a number", "descriptor", {**desc, "time": "now"}),
        ("a numeric uid is not a string", "descriptor", {**desc, "uid": 5}),
        ("a key with a dot on a descriptor is refused", "descriptor", {**desc, "a.b": "red"}),
        ("a numeric name is not a string", "descriptor", {**desc, "name": 1}),
        (
            "a data key dtype comes before a top-level uid and an unknown key",
            "descriptor",
            edit({**desc, "uid": 5, "a.b": "red"}, _set(["data_keys", key, "dtype"], "float")),
        ),
        (
            "a number for dtype_numpy is neither a numpy type string nor an array",
            "descriptor",
            edit(desc, _set(["data_keys", key, "dtype_numpy"], 5)),
        ),
        (
            "mistakes in two data keys are reported in the order of the keys in the document",
            "descriptor",
            edit(
                edit(desc, _set(["data_keys", list(desc["data_keys"])[-1], "dtype"], "float")),
                _set(["data_keys", key, "shape"], "x"),
            ),
        ),
        (
            "configuration data that is a number is not an object",
            "descriptor",
            {**desc, "configuration": {"det": {"data": 5}}},
        ),
        *descriptor_any_of_cases(desc, key),
    ]


def descriptor_any_of_cases(desc: Doc, key: str) -> list[Case]:
    """anyOf failures: the first error's best match comes first, then the anyOf itself."""

    def data_key(field: str, value: Any) -> Doc:
        return edit(desc, _set(["data_keys", key, field], value))

    return [
        (
            "a dtype_numpy pair with a numeric type string: the pair's error, then the anyOf",
            "descriptor",
            data_key("dtype_numpy", [["a", 5]]),
        ),
        (
            "a dtype_numpy that is no numpy type string: the pattern, then the anyOf",
            "descriptor",
            data_key("dtype_numpy", "bad"),
        ),
        (
            "a dtype_numpy entry of three items: too many items, then the anyOf",
            "descriptor",
            data_key("dtype_numpy", [["a", "<f8", [2]]]),
        ),
        (
            "a limits range with a string low: the inner anyOf, then the outer",
            "descriptor",
            data_key("limits", {"control": {"low": "x", "high": 1}}),
        ),
        (
            "a limits range without high: the missing key, then the anyOf",
            "descriptor",
            data_key("limits", {"control": {"low": 0}}),
        ),
        (
            "a limits range without low and high: its two missing keys tie, so the anyOf alone",
            "descriptor",
            data_key("limits", {"control": {}}),
        ),
        (
            "a limits range with an unknown key: the key, then the anyOf",
            "descriptor",
            data_key("limits", {"control": {"low": 0, "high": 1, "zz": 1}}),
        ),
        (
            "an rds range with a string time_difference: its type, then the anyOf",
            "descriptor",
            data_key("limits", {"rds": {"time_difference": "x", "value_difference": 1}}),
        ),
        (
            "a numeric dtype fails both type and enum: two errors at one path",
            "descriptor",
            data_key("dtype", 5),
        ),
        (
            "the anyOf's best match comes first and the other errors keep their order",
            "descriptor",
            {**data_key("dtype_numpy", [["a", 5]]), "uid": 5},
        ),
        (
            "only the first error is explained: an anyOf after another error is its summary alone",
            "descriptor",
            {**data_key("dtype_numpy", [["a", 5]]), "configuration": {"det": {"data": 5}}},
        ),
    ]


def event_cases() -> list[Case]:
    event = base("event")
    return [
        ("a string time is not a number", "event", {**event, "time": "now"}),
        ("an event without seq_num is missing a required key", "event", without(event, "seq_num")),
        ("a string seq_num is not an integer", "event", {**event, "seq_num": "1"}),
        (
            "an event that is a string fails the type of Event and of its partial event: two errors",
            "event",
            "x",
        ),
        (
            "an event without seq_num and uid: one error per missing key, the first naming both",
            "event",
            without(event, "seq_num", "uid"),
        ),
        (
            "an event without time, seq_num and uid: the partial event's missing key, then the event's two",
            "event",
            without(event, "time", "seq_num", "uid"),
        ),
        ("a numeric uid is not a string", "event", {**event, "uid": 5}),
        ("data that is a list is not an object", "event", {**event, "data": [1.5]}),
        ("timestamps that are a list are not an object", "event", {**event, "timestamps": [1.5]}),
        ("a number in filled is neither a boolean nor a string", "event", {**event, "filled": {"det": 1}}),
        ("an unknown key on an event is refused", "event", {**event, "colour": "red"}),
        ("two unknown keys on an event are one error", "event", {**event, "colour": "red", "size": 3}),
        (
            "a string time, a missing seq_num and an unknown key are three errors",
            "event",
            without({**event, "time": "x", "extra": 1}, "seq_num"),
        ),
        (
            "the partial event's time comes first, then the event's own fields by name, then unknown keys",
            "event",
            {**event, "time": "now", "uid": 5, "seq_num": "1", "descriptor": None, "zz": 1, "aa": 2},
        ),
        ("a non-ASCII unknown key is named", "event", {**event, "é": 1}),
        (
            "unknown keys are named in code point order, those Python cannot print escaped",
            "event",
            {**event, "\U0001F600": 1, "\uffff": 2, "\u200b": 3, "\u2003": 4},
        ),
        (
            "data and timestamps that are not objects are two errors",
            "event",
            {**event, "data": 5, "timestamps": "t"},
        ),
    ]


def event_page_cases() -> list[Case]:
    page = base("event_page")
    return [
        ("a page time that is a number is not an array", "event_page", {**page, "time": 1.5}),
        (
            "a string in a page's times is not a number",
            "event_page",
            {**page, "time": ["now"] * len(page["time"])},
        ),
        ("a page without seq_num is missing a required key", "event_page", without(page, "seq_num")),
        ("a page that is a list is not an object, twice", "event_page", [page]),
        (
            "a page without time, seq_num and uid: the partial page's missing key, then the page's two",
            "event_page",
            without(page, "time", "seq_num", "uid"),
        ),
        (
            "a string seq_num in a page is not an integer",
            "event_page",
            {**page, "seq_num": ["1"] * len(page["seq_num"])},
        ),
        ("a numeric descriptor is not a string", "event_page", {**page, "descriptor": 5}),
        (
            "a data column that is a number is not an array",
            "event_page",
            edit(page, _set(["data", None], 2.5)),
        ),
        ("an unknown key on a page is refused", "event_page", {**page, "colour": "red"}),
        (
            "a numeric descriptor, a missing uid and an unknown key are three errors",
            "event_page",
            without({**page, "descriptor": 5, "colour": "red"}, "uid"),
        ),
        (
            "a number in a filled column is neither a boolean nor a string",
            "event_page",
            {**page, "filled": {"det": [1]}},
        ),
    ]


def datum_cases() -> list[Case]:
    datum = base("datum")
    return [
        ("a datum without resource is missing a required key", "datum", without(datum, "resource")),
        ("a datum that is a number is not an object", "datum", 5),
        (
            "an empty datum: one error per missing key, the first naming all three",
            "datum",
            {},
        ),
        ("a numeric datum_id is not a string", "datum", {**datum, "datum_id": 5}),
        ("datum_kwargs that is a list is not an object", "datum", {**datum, "datum_kwargs": [1]}),
        ("an unknown key on a datum is refused", "datum", {**datum, "colour": "red"}),
        (
            "a numeric datum_id and an unknown key are two errors",
            "datum",
            {**datum, "datum_id": 5, "colour": "red"},
        ),
    ]


def datum_page_cases() -> list[Case]:
    page = base("datum_page")
    return [
        (
            "a datum page without datum_kwargs is missing a required key",
            "datum_page",
            without(page, "datum_kwargs"),
        ),
        ("a string datum_id is not an array", "datum_page", {**page, "datum_id": page["datum_id"][0]}),
        ("a numeric entry in datum_id is not a string", "datum_page", {**page, "datum_id": [5]}),
        ("a numeric resource is not a string", "datum_page", {**page, "resource": 5}),
        ("an unknown key on a datum page is refused", "datum_page", {**page, "colour": "red"}),
    ]


def resource_cases() -> list[Case]:
    res = base("resource")
    return [
        ("a numeric uid is not a string", "resource", {**res, "uid": 5}),
        ("a resource without spec is missing a required key", "resource", without(res, "spec")),
        ("a resource that is null is not an object, twice", "resource", None),
        (
            "a resource without spec and root: one error per missing key, the first naming both",
            "resource",
            without(res, "spec", "root"),
        ),
        ("a path_semantics outside the enum is invalid", "resource", {**res, "path_semantics": "mac"}),
        ("resource_kwargs that is a list is not an object", "resource", {**res, "resource_kwargs": []}),
        ("an unknown key on a resource is refused", "resource", {**res, "colour": "red"}),
        (
            "a numeric uid, a bad path_semantics and an unknown key are three errors",
            "resource",
            {**res, "uid": 5, "path_semantics": "mac", "colour": "red"},
        ),
    ]


def stream_resource_cases() -> list[Case]:
    res = base("stream_resource")
    return [
        ("a stream resource without uri is missing a required key", "stream_resource", without(res, "uri")),
        (
            "a stream resource without uri, data_key and parameters: three missing keys",
            "stream_resource",
            without(res, "uri", "data_key", "parameters"),
        ),
        ("a numeric data_key is not a string", "stream_resource", {**res, "data_key": 5}),
        ("parameters that is a string is not an object", "stream_resource", {**res, "parameters": "none"}),
        ("a numeric mimetype is not a string", "stream_resource", {**res, "mimetype": 1}),
        (
            "a missing uri and a numeric uid are two errors",
            "stream_resource",
            without({**res, "uid": 5}, "uri"),
        ),
    ]


def stream_datum_cases() -> list[Case]:
    datum = base("stream_datum")
    return [
        (
            "a stream datum without indices is missing a required key",
            "stream_datum",
            without(datum, "indices"),
        ),
        (
            "a string start in seq_nums is not an integer",
            "stream_datum",
            edit(datum, _set(["seq_nums", "start"], "1")),
        ),
        (
            "empty seq_nums: two missing keys inside a nested object",
            "stream_datum",
            {**datum, "seq_nums": {}},
        ),
        (
            "seq_nums without stop is missing a required key",
            "stream_datum",
            edit(datum, lambda d: d["seq_nums"].pop("stop")),
        ),
        ("indices that is a list is not an object", "stream_datum", {**datum, "indices": [0, 1]}),
        ("a numeric stream_resource is not a string", "stream_datum", {**datum, "stream_resource": 5}),
        (
            "a numeric descriptor and a string index are two errors",
            "stream_datum",
            edit({**datum, "descriptor": 5}, _set(["indices", "stop"], "2")),
        ),
    ]


def bulk_events_cases() -> list[Case]:
    bulk = base("bulk_events")
    uid = first_key(bulk)
    event = bulk[uid][0]
    return [
        ("events that are not a list are refused", "bulk_events", {uid: event["uid"]}),
        ("a string time in a bulk event is not a number", "bulk_events", {uid: [{**event, "time": "now"}]}),
        (
            "a bulk event without seq_num is missing a required key",
            "bulk_events",
            {uid: [without(event, "seq_num")]},
        ),
        ("an unknown key on a bulk event is refused", "bulk_events", {uid: [{**event, "colour": "red"}]}),
        (
            "a bulk event without seq_num and uid: one error per missing key, the first naming both",
            "bulk_events",
            {uid: [without(event, "seq_num", "uid")]},
        ),
    ]


def bulk_datum_cases() -> list[Case]:
    bulk = base("bulk_datum")
    return [
        ("bulk datum without datum_ids is missing a required key", "bulk_datum", without(bulk, "datum_ids")),
        (
            "bulk datum with only a resource: two missing keys, the first error naming both",
            "bulk_datum",
            without(bulk, "datum_ids", "datum_kwarg_list"),
        ),
        ("a numeric resource is not a string", "bulk_datum", {**bulk, "resource": 5}),
        ("a string datum_ids is not an array", "bulk_datum", {**bulk, "datum_ids": "a"}),
        ("an unknown key on bulk datum is refused", "bulk_datum", {**bulk, "colour": "red"}),
    ]


FILES: dict[str, Callable[[], list[Case]]] = {
    "run_start": start_cases,
    "run_stop": stop_cases,
    "event_descriptor": descriptor_cases,
    "event": event_cases,
    "event_page": event_page_cases,
    "datum": datum_cases,
    "datum_page": datum_page_cases,
    "resource": resource_cases,
    "stream_resource": stream_resource_cases,
    "stream_datum": stream_datum_cases,
    "bulk_events": bulk_events_cases,
    "bulk_datum": bulk_datum_cases,
}


def expected_errors(name: str, document: Any) -> list[dict[str, str]]:
    validator = schema_validators[DocumentNames(name)]
    return [{"path": error.json_path, "message": error.problem} for error in validator.iter_errors(document)]


def _integral_floats_as_ints(value: Any) -> Any:
    """*value* as JavaScript reads it from JSON: 1.0 becomes 1."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dict):
        return {key: _integral_floats_as_ints(each) for key, each in value.items()}
    if isinstance(value, list):
        return [_integral_floats_as_ints(each) for each in value]
    return value


def _refusal(name: str, document: Any, errors: list[dict[str, str]]) -> str | None:
    """Why a case cannot be a shared vector, or None.

    A vector's errors must be ones every language can give: not a repr that depends on
    1.0 being a float (JavaScript reads it as 1). Repeats are kept, as iter_errors yields
    them (event-model 1.24's count): one ``required`` error per missing key, and the same
    error twice where two rules of the schema both say it (a non-object event fails
    ``type`` in Event and in its PartialEvent part).
    """
    if not errors:
        return "the document is valid; a case needs an invalid document"
    if expected_errors(name, _integral_floats_as_ints(document)) != errors:
        return "the messages depend on a float with an integral value, which JavaScript reads as an integer"
    return None


def vectors(cases: list[Case]) -> list[dict[str, Any]]:
    written = []
    for description, name, document in cases:
        errors = expected_errors(name, document)
        refusal = _refusal(name, document, errors)
        if refusal is not None:
            raise SystemExit(f"{description!r}: {refusal}")
        written.append({"description": description, "name": name, "document": document, "errors": errors})
    return written


def main() -> int:
    for stem, cases in FILES.items():
        text = json.dumps(vectors(cases()), indent=2, ensure_ascii=False) + "\n"
        (HERE / f"{stem}.json").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
