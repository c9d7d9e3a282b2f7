"""Earlier releases' schemas kept in tests/data/release_schemas/, and runs rewritten into their shapes.

:func:`release_errors` checks a document against the schema of one earlier
event-model release with plain ``jsonschema`` (the release's own dialect), offline.
The ``as_*`` functions rewrite a current run into the shape an earlier release
emitted, so that migration can be tested on real runs.
"""

from __future__ import annotations

import copy
import json
import posixpath
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

import jsonschema

RELEASE_DIR = Path(__file__).parent / "data" / "release_schemas"
SCHEMA_FILES = {"start": "run_start", "stop": "run_stop", "descriptor": "event_descriptor"}
Pairs = list[tuple[str, Any]]


@cache
def _validator(release: str, name: str) -> Any:
    dialects = json.loads((RELEASE_DIR / "releases.json").read_text(encoding="utf-8"))
    path = RELEASE_DIR / release / f"{SCHEMA_FILES.get(name, name)}.json"
    if not path.exists():
        return None
    schema = json.loads(path.read_text(encoding="utf-8"))
    factory = (
        jsonschema.Draft7Validator if dialects[release] == "draft-07" else jsonschema.Draft202012Validator
    )
    return factory(schema)


def release_errors(release: str, name: str, document: Any) -> list[str]:
    """What event-model ``release``'s schema for ``name`` finds wrong with ``document`` (empty: valid)."""
    validator = _validator(release, name)
    if validator is None:
        return [f"event-model {release} has no {name} schema"]
    return [error.message for error in validator.iter_errors(document)]


def _stream_of(pairs: Pairs, data_key: str) -> str:
    names = [
        doc.get("name", "primary")
        for name, doc in pairs
        if name == "descriptor" and data_key in doc["data_keys"]
    ]
    assert len(set(names)) == 1, f"one stream holds {data_key!r}"
    return str(names[0])


def _spec_root_path(resource: dict[str, Any]) -> dict[str, Any]:
    assert resource["mimetype"] == "application/x-hdf5"
    path = unquote(urlparse(resource["uri"]).path)
    return {
        "spec": "AD_HDF5_SWMR_SLICE",
        "root": posixpath.dirname(path),
        "resource_path": posixpath.basename(path),
        "resource_kwargs": resource["parameters"],
        "path_semantics": "posix",
    }


def as_1_19(pairs: Pairs) -> Pairs:
    """The run as event-model 1.19.0-1.19.7 wrote it: stream_names, and blocks of rows."""
    out: Pairs = []
    streams: dict[str, str] = {}
    blocks: dict[str, int] = {}
    for name, doc in copy.deepcopy(pairs):
        if name == "stream_resource":
            streams[doc["uid"]] = _stream_of(pairs, doc["data_key"])
            doc = {
                "uid": doc["uid"],
                "run_start": doc["run_start"],
                **_spec_root_path(doc),
                "stream_names": [streams[doc["uid"]]],
            }
        elif name == "stream_datum":
            block = blocks.get(doc["stream_resource"], 0)
            blocks[doc["stream_resource"]] = block + 1
            doc = {
                "uid": doc["uid"],
                "stream_resource": doc["stream_resource"],
                "stream_name": streams[doc["stream_resource"]],
                "block_idx": block,
                "event_count": doc["indices"]["stop"] - doc["indices"]["start"],
                "event_offset": doc["seq_nums"]["start"],
                "datum_kwargs": {},
            }
        out.append((name, doc))
    return out


def as_1_20(pairs: Pairs) -> Pairs:
    """The run as event-model 1.19.8-1.20.0 wrote it: spec, root, resource_path beside data_key."""
    return [
        (
            name,
            {
                "uid": doc["uid"],
                "run_start": doc["run_start"],
                "data_key": doc["data_key"],
                **_spec_root_path(doc),
            },
        )
        if name == "stream_resource"
        else (name, doc)
        for name, doc in copy.deepcopy(pairs)
    ]


def _edit_first(pairs: Pairs, document: str, edit: Callable[[dict[str, Any]], None]) -> Pairs:
    out = copy.deepcopy(pairs)
    edit(next(doc for name, doc in out if name == document))
    return out


def _set_first_data_key(doc: dict[str, Any], **fields: Any) -> None:
    key = next(iter(doc["data_keys"]))
    doc["data_keys"][key] = {**doc["data_keys"][key], **fields}


def _without(doc: dict[str, Any], *keys: str) -> None:
    for key in keys:
        doc.pop(key, None)


def _descriptor_edit(**fields: Any) -> Callable[[dict[str, Any]], None]:
    def edit(doc: dict[str, Any]) -> None:
        _set_first_data_key(doc, **fields)
        _without(doc, "object_classes")

    return edit


def _hints(hints: Any) -> Callable[[dict[str, Any]], None]:
    def edit(doc: dict[str, Any]) -> None:
        doc["hints"] = hints
        _without(doc, "object_classes")

    return edit


REPORTED_SHAPES: dict[str, tuple[str, Callable[[Pairs], Pairs]]] = {
    "rds_without_value_difference": (
        "1.22.3",
        lambda run: _edit_first(
            run, "descriptor", _descriptor_edit(limits={"rds": {"time_difference": 500.0}})
        ),
    ),
    "limits_open": (
        "1.22.1",
        lambda run: _edit_first(
            run, "descriptor", _descriptor_edit(limits={"alarm": {"low": 0, "high": 9, "severity": "MAJOR"}})
        ),
    ),
    "data_key_field_undeclared": (
        "1.21.0",
        lambda run: _edit_first(run, "descriptor", _descriptor_edit(dtype_numpy="|O")),
    ),
    "hints_per_device": (
        "1.19.0",
        lambda run: _edit_first(run, "descriptor", _hints({"fields": {"fields": ["x"]}})),
    ),
    "object_classes_undeclared": (
        "1.23.1",
        lambda run: _edit_first(
            run, "descriptor", lambda doc: doc.__setitem__("object_classes", {"det": {"class": "SynGauss"}})
        ),
    ),
    "projection_shape": (
        "1.22.3",
        lambda run: _edit_first(
            run,
            "start",
            lambda doc: doc.__setitem__(
                "projections",
                [
                    {
                        "version": "1",
                        "configuration": {},
                        "projection": {
                            "t": {
                                "type": "linked",
                                "location": "start",
                                "field": "scan_id",
                                "stream": "primary",
                            }
                        },
                    }
                ],
            ),
        ),
    ),
}
"""For each known break: the release that accepted the shape, and how to put a run into it."""


def in_release(release: str, pairs: Pairs) -> Pairs:
    """The run with its stream documents in the shape of ``release`` (current ones from 1.21.0 on)."""
    numbers = tuple(int(part) for part in release.split("."))
    if numbers < (1, 19, 8):
        return as_1_19(pairs)
    if numbers < (1, 21, 0):
        return as_1_20(pairs)
    return copy.deepcopy(pairs)
