"""Compose a run with every document type and compare it with a run made by event-model 1.24.0.

tests/data/composed_all_types.jsonl was composed by event-model 1.24.0 with the
same calls; uids and times differ from run to run, everything else must match.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from event_model.composition.run import compose_run
from event_model.document_names import DocumentNames
from event_model.schema_files import schemas
from event_model.validation import schema_validators

REFERENCE = Path(__file__).parent / "data" / "composed_all_types.jsonl"
UUID4 = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


def load_reference() -> list[tuple[str, dict[str, Any]]]:
    """The documents of the reference run, in order."""
    with REFERENCE.open() as stream:
        return [tuple(json.loads(line)) for line in stream if line.strip()]  # type: ignore[misc]


def without(doc: dict[str, Any], *keys: str) -> dict[str, Any]:
    """A copy of ``doc`` less ``keys``."""
    return {key: value for key, value in doc.items() if key not in keys}


def compose_like(reference: list[tuple[str, dict[str, Any]]]) -> list[tuple[str, dict[str, Any]]]:
    """Compose a run with the same calls that made the reference run, letting uids and times default."""
    docs_of = {name: [doc for kind, doc in reference if kind == name] for name, _ in reference}
    start_ref = docs_of["start"][0]
    out: list[tuple[str, dict[str, Any]]] = []

    run = compose_run(metadata=without(start_ref, "uid", "time"))
    out.append(("start", run.start_doc))

    descriptor_ref = docs_of["descriptor"][0]
    descriptor_bundle = run.compose_descriptor(
        name=descriptor_ref["name"],
        data_keys=descriptor_ref["data_keys"],
        configuration=descriptor_ref["configuration"],
        object_keys=descriptor_ref["object_keys"],
        hints=descriptor_ref["hints"],
    )
    out.append(("descriptor", descriptor_bundle.descriptor_doc))

    stream_resource_ref = docs_of["stream_resource"][0]
    stream_bundle = run.compose_stream_resource(
        mimetype=stream_resource_ref["mimetype"],
        uri=stream_resource_ref["uri"],
        data_key=stream_resource_ref["data_key"],
        parameters=stream_resource_ref["parameters"],
    )
    out.append(("stream_resource", stream_bundle.stream_resource_doc))

    resource_ref = docs_of["resource"][0]
    resource_bundle = run.compose_resource(
        spec=resource_ref["spec"],
        root=resource_ref["root"],
        resource_path=resource_ref["resource_path"],
        resource_kwargs=resource_ref["resource_kwargs"],
    )
    out.append(("resource", resource_bundle.resource_doc))
    out.append(("datum_page", resource_bundle.compose_datum_page(docs_of["datum_page"][0]["datum_kwargs"])))
    out.append(("datum", resource_bundle.compose_datum(docs_of["datum"][0]["datum_kwargs"])))

    for stream_datum_ref, event_ref in zip(docs_of["stream_datum"], docs_of["event"], strict=True):
        out.append(("stream_datum", stream_bundle.compose_stream_datum(indices=stream_datum_ref["indices"])))
        event = descriptor_bundle.compose_event(data=event_ref["data"], timestamps=event_ref["timestamps"])
        out.append(("event", event))

    page_ref = docs_of["event_page"][0]
    page = descriptor_bundle.compose_event_page(
        data=page_ref["data"], timestamps=page_ref["timestamps"], uid=page_ref["uid"], time=page_ref["time"]
    )
    out.append(("event_page", page))
    out.append(("stop", run.compose_stop(reason=docs_of["stop"][0]["reason"])))
    return out


@pytest.fixture(scope="module")
def reference() -> list[tuple[str, dict[str, Any]]]:
    return load_reference()


@pytest.fixture(scope="module")
def composed(reference: list[tuple[str, dict[str, Any]]]) -> list[tuple[str, dict[str, Any]]]:
    return compose_like(reference)


def test_reference_run_has_every_document_type(reference: list[tuple[str, dict[str, Any]]]) -> None:
    kinds = {name for name, _ in reference}
    assert kinds == {name.value for name in DocumentNames} - {"bulk_datum", "bulk_events"}


def test_composed_documents_follow_their_schemas(composed: list[tuple[str, dict[str, Any]]]) -> None:
    for name, doc in composed:
        jsonschema.Draft202012Validator(schemas[DocumentNames(name)]).validate(doc)
        schema_validators[DocumentNames(name)].validate(doc)


def test_generated_uids_are_uuid4(composed: list[tuple[str, dict[str, Any]]]) -> None:
    generated = [
        doc["uid"] for name, doc in composed if name in {"start", "descriptor", "resource", "event", "stop"}
    ]
    assert all(UUID4.match(uid) for uid in generated)
    assert len(set(generated)) == len(generated)


def test_composed_run_matches_the_reference_run(
    reference: list[tuple[str, dict[str, Any]]], composed: list[tuple[str, dict[str, Any]]]
) -> None:
    assert [name for name, _ in composed] == [name for name, _ in reference]
    # The same uid generated in both runs plays the same role: map the reference's onto ours.
    uid_map = {
        ref_doc["uid"]: doc["uid"]
        for (_, ref_doc), (_, doc) in zip(reference, composed, strict=True)
        if isinstance(ref_doc.get("uid"), str)
    }
    ref_text = json.dumps(reference)
    for ref_uid, uid in uid_map.items():
        ref_text = ref_text.replace(ref_uid, uid)
    expected = json.loads(ref_text)

    for (name, ref_doc), (_, doc) in zip(expected, composed, strict=True):
        if isinstance(doc.get("time"), float):  # composed "now": differs by nature
            assert isinstance(ref_doc["time"], float)
            ref_doc["time"] = doc["time"]
        assert json.loads(json.dumps(doc)) == ref_doc, name
        assert list(doc) == list(ref_doc), f"{name}: key order differs"
