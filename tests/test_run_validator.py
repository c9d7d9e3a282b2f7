"""Whole-run validation: ``RunValidator`` on real runs and on runs with injected faults."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterable
from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from event_model.document_names import DocumentNames
from event_model.routing import DocumentRouter
from event_model.run_validator import Finding, RunValidator

HERE = Path(__file__).resolve().parent
BENCHMARK_RUN = HERE.parent / "benchmarks" / "data" / "count_large.jsonl"
REAL_RUNS = [*sorted((HERE / "data").glob("*.jsonl")), BENCHMARK_RUN]

Run = list[list[Any]]  # [[name, doc], ...]


def load(path: Path) -> Run:
    """The documents of a JSON-lines file, as [name, doc] pairs."""
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def corpus(name: str) -> Run:
    """One real run from tests/data."""
    return load(HERE / "data" / f"{name}.jsonl")


def validate(documents: Iterable[list[Any]], **options: Any) -> RunValidator:
    """Feed documents to a fresh validator and finish it."""
    validator = RunValidator(**options)
    for name, doc in documents:
        validator(name, doc)
    validator.finish()
    return validator


def codes(validator: RunValidator) -> list[str]:
    """The codes of the findings, in order."""
    return [finding.code for finding in validator.findings]


def positions(run: Run, name: str) -> list[int]:
    """Positions of the documents called ``name``."""
    return [i for i, (n, _) in enumerate(run) if n == name]


@pytest.mark.parametrize("path", REAL_RUNS, ids=lambda p: p.name)
def test_real_runs_have_no_findings(path: Path) -> None:
    validator = validate(load(path))
    assert validator.findings == []
    assert validator.valid
    assert len(validator.runs) == 1
    assert validator.runs[0].stopped


def test_several_runs_in_one_stream() -> None:
    runs = corpus("scan_det_motor") + corpus("img_external") + corpus("baseline")
    validator = validate(runs)
    assert validator.findings == []
    assert [run.first_index for run in validator.runs] == [0, 14, 26]
    assert [run.last_index for run in validator.runs] == [13, 25, 34]
    assert validator.runs[1].counts == {
        "start": 1,
        "descriptor": 1,
        "resource": 1,
        "datum": 4,
        "event": 4,
        "stop": 1,
    }


def test_documents_are_not_modified() -> None:
    run = corpus("composed_all_types")
    run[3][1]["num_events"] = {}  # a finding too: the check must not touch the document
    before = copy.deepcopy(run)
    validator = RunValidator()
    for name, doc in run:
        assert validator(name, doc) == (name, doc)
    assert run == before


def test_it_is_a_document_router_and_accepts_enum_names() -> None:
    validator = RunValidator()
    assert isinstance(validator, DocumentRouter)
    for name, doc in corpus("count_det"):
        validator(DocumentNames(name), doc)
    assert validator.finish() == []


def test_router_methods_check_documents_too() -> None:
    validator = RunValidator()
    run = corpus("count_det")
    for name, doc in run:
        assert getattr(validator, name)(doc) is None
    assert validator.finish() == []
    assert validator.documents_seen == len(run)


# -- each fault class, injected into a real run -------------------------------------------------


def inject_unknown_descriptor(run: Run) -> int:
    index = positions(run, "event")[2]
    run[index][1]["descriptor"] = "no-such-descriptor"
    return index


def inject_seq_num_gap(run: Run) -> int:
    del run[positions(run, "event")[1]]
    return positions(run, "event")[1]  # the event after the removed one skips a seq_num


def inject_unknown_resource(run: Run) -> int:
    index = positions(run, "datum")[1]
    run[index][1]["resource"] = "no-such-resource"
    return index


def inject_wrong_num_events(run: Run) -> int:
    index = positions(run, "stop")[0]
    run[index][1]["num_events"]["primary"] += 1
    return index


def inject_document_after_stop(run: Run) -> int:
    event = copy.deepcopy(run[positions(run, "event")[-1]])
    event[1]["uid"] = "late-event"
    event[1]["seq_num"] += 1
    run.append(event)
    return len(run) - 1


def inject_duplicate_uid(run: Run) -> int:
    events = positions(run, "event")
    run[events[2]][1]["uid"] = run[events[0]][1]["uid"]
    return events[2]


def inject_data_keys_mismatch(run: Run) -> int:
    index = positions(run, "event")[1]
    run[index][1]["data"]["stowaway"] = 1.0
    return index


def inject_wrong_data_type(run: Run) -> int:
    index = positions(run, "event")[1]
    run[index][1]["data"]["img"] = 3.5  # a number where an unfilled external key holds a datum id
    return index


def inject_unknown_run_start(run: Run) -> int:
    index = positions(run, "descriptor")[0]
    run[index][1]["run_start"] = "another-run"
    return index


def inject_schema_violation(run: Run) -> int:
    index = positions(run, "resource")[0]
    del run[index][1]["spec"]
    return index


FAULTS: list[tuple[Callable[[Run], int], str, str]] = [
    (inject_unknown_descriptor, "unknown-descriptor", "$.descriptor"),
    (inject_seq_num_gap, "seq-num-gap", "$.seq_num"),
    (inject_unknown_resource, "unknown-resource", "$.resource"),
    (inject_wrong_num_events, "num-events", "$.num_events['primary']"),
    (inject_document_after_stop, "after-stop", "$"),
    (inject_duplicate_uid, "duplicate-uid", "$.uid"),
    (inject_data_keys_mismatch, "data-keys", "$.data"),
    (inject_wrong_data_type, "data-type", "$.data.img"),
    (inject_unknown_run_start, "wrong-run", "$.run_start"),
    (inject_schema_violation, "schema", "$"),
]


@pytest.mark.parametrize(("inject", "code", "path"), FAULTS, ids=[code for _, code, _ in FAULTS])
def test_each_injected_fault_is_found_where_it_is(inject: Callable[[Run], int], code: str, path: str) -> None:
    run = corpus("img_external")
    index = inject(run)
    validator = validate(run)
    assert not validator.valid
    matching = [finding for finding in validator.findings if finding.code == code]
    assert matching, codes(validator)
    assert matching[0].index == index
    assert matching[0].path == path
    assert matching[0].name == run[index][0]
    assert matching[0].severity == "error"
    assert matching[0].run == run[0][1]["uid"]


def test_the_faulty_example_reports_every_fault_class() -> None:
    """examples/faulty_run.jsonl holds every fault class at once (see examples/README.md)."""
    validator = validate(load(HERE.parent / "examples" / "faulty_run.jsonl"))
    assert [(f.index + 1, f.code) for f in validator.findings] == [
        (7, "data-keys"),
        (7, "data-keys"),
        (8, "unknown-resource"),
        (9, "seq-num-gap"),
        (10, "unknown-descriptor"),
        (11, "data-type"),
        (12, "duplicate-uid"),
        (13, "num-events"),
        (14, "after-stop"),
    ]


# -- run structure -------------------------------------------------------------------------------


def test_documents_before_any_start() -> None:
    run = corpus("count_det")
    validator = validate(run[1:])
    assert codes(validator) == ["no-start"]  # once, not once per document
    assert validator.findings[0].run is None
    assert validator.findings[0].index == 0
    assert validator.runs == []


def test_start_while_a_run_is_open() -> None:
    first = corpus("count_det")[:-1]  # no stop
    second = corpus("scan_det_motor")
    validator = validate(first + second)
    assert codes(validator) == ["missing-stop"]
    assert validator.findings[0].index == len(first)
    assert validator.findings[0].run == first[0][1]["uid"]
    assert len(validator.runs) == 2 and not validator.runs[0].stopped


def test_input_that_ends_inside_a_run() -> None:
    run = corpus("count_det")[:-1]
    validator = validate(run)
    assert codes(validator) == ["missing-stop"]
    assert validator.findings[0].severity == "warning"
    assert validator.valid  # a warning, not an error: the run may still be going
    assert validator.findings[0].index == 0  # points at the run's start


def test_references_do_not_cross_runs() -> None:
    first = corpus("count_det")
    second = corpus("scan_det_motor")
    borrowed = copy.deepcopy(first[2])  # an event of the first run
    borrowed[1]["uid"] = "borrowed"
    validator = validate([*first, *second[:-1], borrowed, second[-1]])
    assert "unknown-descriptor" in codes(validator)


def test_second_stop() -> None:
    run = corpus("count_det")
    extra_stop = copy.deepcopy(run[-1])
    extra_stop[1]["uid"] = "stop-2"
    assert codes(validate([*run, extra_stop])) == ["after-stop"]


# -- seq_num per stream name ---------------------------------------------------------------------


def reconfigured_run(restart_numbering: bool) -> Run:
    """A run whose 'primary' stream gets a second descriptor halfway (as after a reconfiguration)."""
    run = corpus("count_det")
    descriptor = copy.deepcopy(run[1])
    descriptor[1]["uid"] = "second-descriptor"
    events = positions(run, "event")
    run.insert(events[2], descriptor)
    for offset, index in enumerate(positions(run, "event")[2:]):
        run[index][1]["descriptor"] = "second-descriptor"
        if restart_numbering:
            run[index][1]["seq_num"] = offset + 1
    return run


def test_descriptors_sharing_a_stream_name_continue_its_numbering() -> None:
    assert validate(reconfigured_run(restart_numbering=False)).findings == []


def test_numbering_restarted_per_descriptor_is_reported() -> None:
    validator = validate(reconfigured_run(restart_numbering=True))
    assert codes(validator)[0] == "seq-num-rewind"
    assert "num-events" in codes(validator)


def test_rewound_seq_num_is_a_warning() -> None:
    run = corpus("count_det")
    events = positions(run, "event")
    repeat = copy.deepcopy(run[events[1]])
    repeat[1]["uid"] = "retaken"
    run.insert(events[2], repeat)  # seq_num 2 again, as after a rewind; then 3, 4, 5 follow
    validator = validate(run)
    assert [(f.code, f.severity) for f in validator.findings] == [("seq-num-rewind", "warning")]


def test_stream_name_reused_with_other_keys() -> None:
    run = corpus("count_det")
    descriptor = copy.deepcopy(run[1])
    descriptor[1]["uid"] = "second-descriptor"
    descriptor[1]["data_keys"]["extra"] = {"source": "SIM:extra", "dtype": "number", "shape": []}
    run.insert(2, descriptor)
    assert codes(validate(run)) == ["stream-name-reuse"]


def test_stop_missing_a_stream() -> None:
    run = corpus("baseline")
    del run[-1][1]["num_events"]["baseline"]
    validator = validate(run)
    assert codes(validator) == ["num-events"]
    assert validator.findings[0].path == "$.num_events"


def test_stop_claims_an_unknown_stream() -> None:
    run = corpus("count_det")
    run[-1][1]["num_events"]["ghost"] = 3
    assert [(f.code, f.path) for f in validate(run).findings] == [("num-events", "$.num_events['ghost']")]


# -- pages ---------------------------------------------------------------------------------------


def fly_page(run: Run) -> dict[str, Any]:
    """The event page of the fly run."""
    page: dict[str, Any] = run[positions(run, "event_page")[0]][1]
    return page


def test_event_page_columns_of_different_lengths() -> None:
    run = corpus("fly")
    fly_page(run)["data"]["det"].pop()
    validator = validate(run)
    assert ("page-columns", "$.data['det']") in [(f.code, f.path) for f in validator.findings]


def test_event_page_seq_num_gap_and_duplicate_uid() -> None:
    run = corpus("fly")
    page = fly_page(run)
    page["seq_num"][5] = 99
    page["uid"][7] = page["uid"][6]
    found = [(f.code, f.path) for f in validate(run).findings]
    assert ("seq-num-gap", "$.seq_num[5]") in found
    assert ("duplicate-uid", "$.uid[7]") in found


def test_event_page_wrong_type() -> None:
    run = corpus("fly")
    fly_page(run)["data"]["det"][3] = "high"
    found = [(f.code, f.path) for f in validate(run).findings]
    assert found == [("data-type", "$.data.det[3]")]


def test_event_page_keys_mismatch() -> None:
    run = corpus("fly")
    del fly_page(run)["timestamps"]["det"]
    found = [(f.code, f.path) for f in validate(run).findings]
    assert found == [("data-keys", "$.timestamps")]


def test_datum_page_checks() -> None:
    run = corpus("composed_all_types")
    index = positions(run, "datum_page")[0]
    page = run[index][1]
    page["datum_kwargs"]["point_number"].append(9)
    page["datum_id"][1] = page["datum_id"][0]
    found = [(f.code, f.path) for f in validate(run).findings]
    assert ("page-columns", "$.datum_kwargs['point_number']") in found
    assert ("duplicate-uid", "$.datum_id[1]") in found


# -- stream resources and stream datums ----------------------------------------------------------


def stream_run() -> Run:
    """composed_all_types with its stream datums attached to the descriptor, as the RunEngine does."""
    run = corpus("composed_all_types")
    descriptor_uid = run[positions(run, "descriptor")[0]][1]["uid"]
    for seq_num, index in enumerate(positions(run, "stream_datum"), start=1):
        run[index][1]["descriptor"] = descriptor_uid
        run[index][1]["seq_nums"] = {"start": seq_num, "stop": seq_num + 1}
    return run


def test_stream_datums_with_descriptors_are_valid() -> None:
    assert validate(stream_run()).findings == []


def test_stream_datum_rows_count_towards_num_events() -> None:
    run = stream_run()
    last = positions(run, "stream_datum")[-1]
    run[last][1]["seq_nums"] = {"start": 3, "stop": 9}  # rows 3..8: beyond the 5 events sent
    validator = validate(run)
    assert [(f.code, f.path) for f in validator.findings] == [("num-events", "$.num_events['primary']")]
    assert "expected 8" in validator.findings[0].message


def test_stream_datum_faults() -> None:
    run = stream_run()
    datums = positions(run, "stream_datum")
    run[datums[0]][1]["stream_resource"] = "no-such-stream-resource"
    run[datums[1]][1]["descriptor"] = "no-such-descriptor"
    run[datums[2]][1]["indices"] = {"start": 5, "stop": 2}
    found = [(f.code, f.index) for f in validate(run).findings]
    assert ("unknown-stream-resource", datums[0]) in found
    assert ("unknown-descriptor", datums[1]) in found
    assert ("stream-range", datums[2]) in found


def test_stream_datum_for_a_key_the_descriptor_does_not_stream() -> None:
    run = stream_run()
    index = positions(run, "stream_resource")[0]
    run[index][1]["data_key"] = "det"
    assert "stream-key" in codes(validate(run))


# -- live streams and odd input ------------------------------------------------------------------


def test_numpy_values_from_a_live_stream() -> None:
    run = corpus("composed_all_types")
    for name, doc in run:
        if name == "event":
            doc["data"]["det"] = np.float64(doc["data"]["det"])
            doc["data"]["n"] = np.int64(doc["data"]["n"])
            doc["data"]["ok"] = np.bool_(doc["data"]["ok"])
    validator = validate(run)
    assert validator.findings == []
    events = [doc for name, doc in run if name == "event"]
    assert all(type(event["data"]["det"]) is np.float64 for event in events)  # not converted in place


def test_numpy_value_of_the_wrong_type_is_reported() -> None:
    run = corpus("composed_all_types")
    run[positions(run, "event")[0]][1]["data"]["label"] = np.float64(1.0)  # 'label' is a string
    assert [(f.code, f.path) for f in validate(run).findings] == [("data-type", "$.data.label")]


def test_numpy_integer_and_boolean_readings_of_the_wrong_kind_are_reported() -> None:
    run = corpus("composed_all_types")
    event = run[positions(run, "event")[0]][1]
    event["data"]["n"] = np.float64(2.5)  # 'n' is an integer: a fraction there is a data-quality warning
    event["data"]["ok"] = np.int64(1)  # 'ok' is a boolean
    found = sorted((f.severity, f.code, f.path) for f in validate(run).findings)
    assert found == [("error", "data-type", "$.data.ok"), ("warning", "float-in-integer-key", "$.data.n")]


def test_decimal_seq_num_is_reported() -> None:
    """jsonschema-rs counts Decimal(2) as an integer; the verdict that counts does not."""
    run = corpus("count_det")
    event = run[positions(run, "event")[1]][1]
    event["seq_num"] = Decimal(event["seq_num"])
    validator = validate(run)
    assert ("schema", "$.seq_num") in [(f.code, f.path) for f in validator.findings]
    assert not validator.valid


@pytest.mark.parametrize(
    ("flag", "value", "expected"),
    [(False, 3.5, "expected a string, got 3.5"), (True, "res/0", "expected an array, got 'res/0'")],
)
def test_external_key_errors_follow_the_filled_flag(flag: bool, value: Any, expected: str) -> None:
    run = corpus("img_external")
    event = run[positions(run, "event")[1]][1]
    event["data"]["img"] = value
    event["filled"] = {"img": flag}
    findings = validate(run).findings
    assert [(f.code, f.path) for f in findings] == [("data-type", "$.data.img")]
    assert findings[0].message.startswith(expected)
    assert "the descriptor declares 'img'" in findings[0].message


def test_deep_reading_is_reported_where_it_is() -> None:
    run = corpus("count_det")
    deep: list[Any] = []
    innermost = deep
    for _ in range(5000):  # deeper than the pure-Python validator can recurse
        innermost.append([])
        innermost = innermost[0]
    run[positions(run, "event")[0]][1]["data"]["det"] = deep
    (finding,) = validate(run).findings
    assert finding.code == "data-type"
    assert finding.path.startswith("$.data.det[0][0]")
    assert "nested too deeply" in finding.message


def test_unknown_document_name_and_non_mapping_document() -> None:
    run = corpus("count_det")
    run.insert(2, ["eventt", {}])
    run.insert(3, ["event", ["not", "a", "mapping"]])
    validator = validate(run)
    assert [(f.code, f.index, f.name) for f in validator.findings] == [
        ("unknown-name", 2, "eventt"),
        ("schema", 3, "event"),
    ]


def test_unhashable_values_do_not_break_the_validator() -> None:
    run = corpus("count_det")
    event = run[positions(run, "event")[0]][1]
    event["descriptor"] = ["a", "list"]
    event["uid"] = {"a": "dict"}
    validator = validate(run)
    assert {"schema"} <= set(codes(validator))
    assert all(isinstance(finding, Finding) for finding in validator.findings)


def test_deprecated_bulk_documents() -> None:
    run = corpus("count_det")
    events = [run[i][1] for i in positions(run, "event")]
    descriptor_uid = events[0]["descriptor"]
    stop = run.pop()
    run = [pair for pair in run if pair[0] != "event"]
    run.append(["bulk_events", {descriptor_uid: events}])
    run.append(stop)
    validator = validate(run)
    assert codes(validator) == ["deprecated"]
    assert validator.valid


def test_bulk_events_rows_are_checked() -> None:
    run = corpus("count_det")
    events = [copy.deepcopy(run[i][1]) for i in positions(run, "event")]
    events[2]["seq_num"] = 7
    stop = run.pop()
    run = [pair for pair in run if pair[0] != "event"]
    run.append(["bulk_events", {events[0]["descriptor"]: events}])
    run.append(stop)
    found = [(f.code, f.path) for f in validate(run).findings]
    assert ("seq-num-gap", f"$[{events[0]['descriptor']!r}][2].seq_num") in found


def test_max_findings_bounds_memory_but_counts_everything() -> None:
    run = corpus("grid_scan")
    for index in positions(run, "event"):
        run[index][1]["data"]["det4"] = "bad"
    validator = validate(run, max_findings=3)
    assert len(validator.findings) == 3
    assert validator.finding_counts["data-type"] == 12
    assert validator.error_count == 12


def test_finding_as_dict() -> None:
    run = corpus("count_det")
    run[-1][1]["num_events"] = {"primary": 4}
    (finding,) = validate(run).findings
    assert finding.to_dict() == {
        "severity": "error",
        "index": 7,
        "name": "stop",
        "path": "$.num_events['primary']",
        "message": finding.message,
        "code": "num-events",
        "run": run[0][1]["uid"],
    }
    assert finding.message.startswith("4 is not the number of events")


# --- one mistake, one finding -------------------------------------------------------------------


def damaged_event(change: Callable[[list[Any]], None], position: int = 1) -> RunValidator:
    """Validate count_det with one change made to its event at *position* (among the events)."""
    run = corpus("count_det")
    change(run[positions(run, "event")[position]])
    return validate(run)


def only(validator: RunValidator) -> Finding:
    """The one finding of *validator* (fails if there are more or none)."""
    assert len(validator.findings) == 1, validator.findings
    assert validator.error_count + validator.warning_count == 1
    return validator.findings[0]


def test_a_wrong_time_is_one_finding_naming_time() -> None:
    finding = only(damaged_event(lambda pair: pair[1].update(time="now")))
    assert (finding.code, finding.path) == ("schema", "$.time")
    assert finding.message == "expected a number, got 'now' (str)"


def test_a_missing_seq_num_is_not_followed_by_a_gap() -> None:
    finding = only(damaged_event(lambda pair: pair[1].pop("seq_num")))
    assert (finding.code, finding.path) == ("schema", "$")
    assert "seq_num" in finding.message


def test_a_seq_num_of_the_wrong_type_is_not_followed_by_a_gap() -> None:
    finding = only(damaged_event(lambda pair: pair[1].update(seq_num="2")))
    assert (finding.code, finding.path) == ("schema", "$.seq_num")


def test_a_misnamed_event_is_one_finding_with_a_hint() -> None:
    finding = only(damaged_event(lambda pair: pair.__setitem__(0, "evnt")))
    assert finding.code == "unknown-name"
    assert "did you mean 'event'?" in finding.message


def test_an_event_naming_an_unknown_descriptor_is_not_followed_by_a_gap() -> None:
    finding = only(damaged_event(lambda pair: pair[1].update(descriptor="nope")))
    assert finding.code == "unknown-descriptor"
    finding = only(damaged_event(lambda pair: pair[1].update(descriptor=5)))
    assert (finding.code, finding.path) == ("schema", "$.descriptor")


def test_a_gap_beyond_the_lost_rows_is_still_reported() -> None:
    run = corpus("count_det")
    events = positions(run, "event")
    run[events[1]][0] = "evnt"  # one row lost ...
    run[events[2]][1]["seq_num"] = 5  # ... but 3 and 4 are skipped: one more than was lost
    validator = validate(run)
    assert codes(validator) == ["unknown-name", "seq-num-gap", "seq-num-rewind"]


def test_a_page_without_seq_num_counts_its_rows() -> None:
    run = corpus("fly")
    page = next(doc for name, doc in run if name == "event_page")
    del page["seq_num"]
    validator = validate(run)
    assert codes(validator) == ["schema"]  # no num-events follow-on: its rows were counted


def test_num_events_wording_says_where_the_expected_count_comes_from() -> None:
    run = corpus("count_det")
    run[-1][1]["num_events"]["primary"] = 9
    finding = only(validate(run))
    assert finding.message == (
        "9 is not the number of events in stream 'primary': expected 5 (5 events were sent, seq_num 1 to 5)"
    )
    run = corpus("count_det")
    run[positions(run, "event")[-1]][1]["seq_num"] = 6  # a gap: 5 events, the last seq_num is 6
    run[-1][1]["num_events"]["primary"] = 9
    messages = [finding.message for finding in validate(run).findings]
    assert messages[-1] == (
        "9 is not the number of events in stream 'primary': expected 6 "
        "(a stop counts up to the stream's last seq_num; 5 events were sent)"
    )
    assert not any("at at" in message for message in messages)
