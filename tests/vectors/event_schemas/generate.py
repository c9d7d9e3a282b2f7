"""Write readings.json: what ``event_schema_for`` and ``event_page_schema_for`` say of readings.

Each case is one data key and one reading (with, for external keys, a ``filled`` flag);
``valid`` is the verdict of the schema ``event_schema_for`` builds for an event holding
that reading, ``page_valid`` that of ``event_page_schema_for`` for a one-row page of it.
The TypeScript package's descriptor interpreter must give the same verdicts
(typescript/test/event-schema-vectors.test.mjs); tests/test_run_vectors.py checks that
Python still does. Run ``python tests/vectors/event_schemas/generate.py`` after changing
the cases, read the diff, commit both.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from event_model.event_schema import event_page_schema_for, event_schema_for
from event_model.validation import schema_validator_for

HERE = Path(__file__).resolve().parent

DATA_KEYS: list[dict[str, Any]] = [
    {"dtype": "number", "shape": []},
    {"dtype": "integer", "shape": []},
    {"dtype": "string", "shape": []},
    {"dtype": "boolean", "shape": []},
    {"dtype": "array", "shape": []},
    {"dtype": "array", "shape": [2], "dtype_numpy": "<f8"},
    {"dtype": "array", "shape": [2], "dtype_numpy": "<i8"},
    {"dtype": "array", "shape": [2], "dtype_numpy": "|u1"},
    {"dtype": "array", "shape": [2], "dtype_numpy": "|b1"},
    {"dtype": "array", "shape": [2], "dtype_numpy": "<U8"},
    {"dtype": "array", "shape": [2], "dtype_numpy": "<c16"},
    {"dtype": "array", "shape": [2]},
    {"dtype": "array", "shape": [None], "dtype_numpy": "<f8"},
    {"dtype": "array", "shape": [2, 2], "dtype_numpy": "<f8"},
    {"dtype": "array", "shape": [None, 2], "dtype_numpy": "<i4"},
    {"dtype": "number", "shape": [2]},
    {"dtype": "integer", "shape": [2]},
    {"dtype": "string", "shape": [1]},
    {"dtype": "array", "shape": [0], "dtype_numpy": "<f8"},
    {"dtype": "number", "shape": [], "external": "FILESTORE:"},
    {"dtype": "array", "shape": [2], "dtype_numpy": "<f8", "external": "FILESTORE:"},
    {"dtype": "array", "shape": [None, 4], "external": "STREAM:"},
]

READINGS: list[Any] = [
    1.5,
    3,
    0,
    True,
    False,
    "x",
    None,
    [],
    [1.0, 2.0],
    [1, 2],
    [1, 2.5],
    [True, False],
    ["a", "b"],
    [1.0],
    [1.0, 2.0, 3.0],
    [[1.0, 2.0], [3.0, 4.0]],
    [[1, 2]],
    [[1, 2], [3, "4"]],
    {"a": 1},
    [[1], [2]],
]

FLAGS: list[Any] = [None, False, True, "datum-1"]


def _describe(data_key: dict[str, Any]) -> str:
    parts = [data_key["dtype"], json.dumps(data_key["shape"])]
    if "dtype_numpy" in data_key:
        parts.append(data_key["dtype_numpy"])
    if "external" in data_key:
        parts.append(data_key["external"])
    return " ".join(parts)


def _documents(data_key: dict[str, Any], reading: Any, flag: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    uid = "d-0000"
    event: dict[str, Any] = {
        "uid": "e-0001",
        "time": 1.0,
        "descriptor": uid,
        "seq_num": 1,
        "data": {"k": reading},
        "timestamps": {"k": 1.0},
    }
    page: dict[str, Any] = {
        "uid": ["e-0001"],
        "time": [1.0],
        "descriptor": uid,
        "seq_num": [1],
        "data": {"k": [reading]},
        "timestamps": {"k": [1.0]},
    }
    if flag is not None:
        event["filled"] = {"k": flag}
        page["filled"] = {"k": [flag]}
    return event, page


def main() -> None:
    cases = []
    for data_key in DATA_KEYS:
        descriptor = {
            "uid": "d-0000",
            "run_start": "s",
            "time": 0.0,
            "name": "primary",
            "data_keys": {"k": {"source": "SIM:k", **data_key}},
        }
        events = schema_validator_for(event_schema_for(descriptor), document_name="event")
        pages = schema_validator_for(event_page_schema_for(descriptor), document_name="event_page")
        flags = FLAGS if data_key.get("external") not in (None, "STREAM:") else [None]
        for reading in READINGS:
            for flag in flags:
                event, page = _documents(data_key, reading, flag)
                suffix = "" if flag is None else f", filled {json.dumps(flag)}"
                cases.append(
                    {
                        "description": f"{_describe(data_key)}: {json.dumps(reading)}{suffix}",
                        "data_key": data_key,
                        "reading": reading,
                        **({} if flag is None else {"filled": flag}),
                        "valid": events.is_valid(event),
                        "page_valid": pages.is_valid(page),
                    }
                )
    (HERE / "readings.json").write_text(json.dumps(cases, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
