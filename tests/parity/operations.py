"""Run one parity case against whichever ``event_model`` this interpreter imports.

Each case is plain data (made by ``cases.py``) naming an operation and its inputs;
running it gives a snapshot (``canonical.py``) of the result or exception, the
warnings raised, and the inputs as they are afterwards (so that a mutation shows).
The same file runs under event-model 1.24.0 and under this package, so it touches
only the public API that both offer.
"""

from __future__ import annotations

import copy
import json
import re
import warnings
from collections.abc import Callable
from typing import Any

import event_model
import numpy
from canonical import drain, masking_generated_values, raised, snapshot
from router_variants import VARIANTS

_ADDRESS = re.compile(r" at 0x[0-9a-f]+")


def run_case(case: dict[str, Any]) -> dict[str, Any]:
    """The outcome of one case: result, warnings and the inputs after the call."""
    operation = OPERATIONS[case["op"]]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result = operation(case)
        except Exception as exception:  # the outcome records whatever the call raised
            result = raised(exception)
    return {
        "result": result,
        # Category and text: downstream suites filter warnings by their text.
        "warnings": sorted({(warning.category.__name__, _ADDRESS.sub("", str(warning.message)))
                            for warning in caught}),
        "inputs": snapshot(case.get("args")) if case["op"] == "call" else None,
    }


def _call(case: dict[str, Any]) -> Any:
    """Call a top-level function of event_model with the case's arguments."""
    function = getattr(event_model, case["function"])
    args, kwargs = case["args"]
    result = function(*args, **kwargs)
    if case["function"].startswith("compose_"):
        with masking_generated_values():
            return (snapshot(result), _identity(result, args))
    return (snapshot(result), _identity(result, args))


def _identity(result: Any, args: Any) -> tuple[str, ...]:
    """Which inputs (or items of list inputs) the result is the very object of."""
    same = []
    for position, arg in enumerate(args):
        if result is arg:
            same.append(f"args[{position}]")
        if isinstance(arg, list):
            same.extend(f"args[{position}][{index}]" for index, item in enumerate(arg) if result is item)
    return tuple(same)


def _numpy_json(case: dict[str, Any]) -> Any:
    """Encode a value with event_model.NumpyEncoder."""
    return json.dumps(case["value"], cls=event_model.NumpyEncoder)


def _validate(case: dict[str, Any]) -> Any:
    """The verdicts of schema_validators for one document."""
    validator = event_model.schema_validators[event_model.DocumentNames[case["name"]]]
    document = case["document"]
    before = snapshot(document)
    verdict = validator.is_valid(document)
    try:
        validator.validate(document)
        validated: Any = "valid"
    except Exception as exception:  # the class is what is compared
        validated = raised(exception)
    return (verdict, validated, snapshot(document) == before)


# ---- composition programs -----------------------------------------------------------

_BUNDLE_DOCUMENT = {
    "run": "start_doc",
    "descriptor": "descriptor_doc",
    "resource": "resource_doc",
    "stream_resource": "stream_resource_doc",
}
_COMPOSER = {
    "descriptor": ("run", "compose_descriptor"),
    "resource": ("run", "compose_resource"),
    "stream_resource": ("run", "compose_stream_resource"),
    "stop": ("run", "compose_stop"),
    "event": ("descriptor", "compose_event"),
    "event_page": ("descriptor", "compose_event_page"),
    "datum": ("resource", "compose_datum"),
    "datum_page": ("resource", "compose_datum_page"),
    "stream_datum": ("stream_resource", "compose_stream_datum"),
}


def _compose(case: dict[str, Any]) -> Any:
    """Run a composition program: each step composes with an earlier step's bundle."""
    with masking_generated_values():
        return _compose_steps(case)


def _compose_steps(case: dict[str, Any]) -> Any:
    bundles: dict[int, Any] = {}
    outcomes = []
    for index, step in enumerate(case["steps"]):
        kind, kwargs = step["kind"], step["kwargs"]
        try:
            if kind == "run":
                bundle = event_model.compose_run(**kwargs)
                outcome: Any = (snapshot(bundle.start_doc), len(tuple(bundle)))
            else:
                owner = bundles.get(step["of"])
                if owner is None:
                    outcomes.append("skipped")
                    continue
                bundle = getattr(owner, _COMPOSER[kind][1])(**kwargs)
                attribute = _BUNDLE_DOCUMENT.get(kind)
                document = getattr(bundle, attribute) if attribute else bundle
                outcome = (snapshot(document), len(tuple(bundle)) if attribute else None)
            if kind in _BUNDLE_DOCUMENT:
                bundles[index] = bundle
        except Exception as exception:  # recorded, and the program goes on
            outcome = raised(exception)
        outcomes.append((outcome, snapshot(kwargs)))
    return tuple(outcomes)


# ---- routers --------------------------------------------------------------------------

def _recording_router(variant: str, log: list[Any]) -> Any:
    """A DocumentRouter subclass that logs the calls ``variant`` overrides."""
    methods: dict[str, Callable[..., Any]] = {}

    def recorder(method: str, answer: str) -> Callable[..., Any]:
        def handle(self: Any, doc: Any) -> Any:
            log.append((method, snapshot(doc)))
            if answer == "none":
                return None
            if answer == "not-implemented":
                return NotImplemented
            if answer == "copy":
                return {**doc, "seen_by": method} if isinstance(doc, dict) else doc
            return doc
        return handle

    overridden, answer = VARIANTS[variant]
    for method in overridden:
        methods[method] = recorder(method, answer)
    cls = type(f"Router_{variant.replace('-', '_')}", (event_model.DocumentRouter,), methods)
    return cls(emit=lambda name, doc: log.append(("emit", name, snapshot(doc))))




def _route(case: dict[str, Any]) -> Any:
    """Feed documents through a DocumentRouter variant; log calls, returns and emits."""
    log: list[Any] = []
    router = _recording_router(case["variant"], log)
    returns = []
    for name, doc in case["documents"]:
        try:
            returns.append(snapshot(router(name, doc, validate=case["validate"])))
        except Exception as exception:  # recorded, the stream goes on
            returns.append(raised(exception))
    return (tuple(returns), tuple(log))


def _single_run(case: dict[str, Any]) -> Any:
    """Feed documents to a SingleRunDocumentRouter and ask it about each one."""
    router = event_model.SingleRunDocumentRouter()
    answers = []
    for name, doc in case["documents"]:
        entry: list[Any] = []
        asks: list[tuple[Callable[..., Any], tuple[Any, ...]]] = [
            (router, (name, doc)), (router.get_start, ()), (router.get_descriptor, (doc,)),
            (router.get_stream_name, (doc,)),
        ]
        for ask, arguments in asks:
            try:
                entry.append(snapshot(ask(*arguments)))
            except Exception as exception:  # recorded, the stream goes on
                entry.append(raised(exception))
        answers.append(tuple(entry))
    return tuple(answers)


def _run_router(case: dict[str, Any]) -> Any:
    """Feed documents through a RunRouter whose factories log what reaches them."""
    log: list[Any] = []
    shape = case["factory"]

    def callback(tag: str) -> Callable[[str, Any], None]:
        def receive(name: str, doc: Any) -> None:
            log.append((tag, name, snapshot(doc)))
        return receive

    def subfactory(name: str, descriptor: Any) -> Any:
        log.append(("subfactory", name, descriptor.get("name")))
        return [callback(f"sub:{descriptor.get('name')}")]

    def factory(name: str, start: Any) -> Any:
        log.append(("factory", name, start.get("uid")))
        if shape == "none":
            return None
        if shape == "callbacks-only":
            return [callback("run")], []
        if shape == "sub-only":
            return [], [subfactory]
        return [callback("run")], [subfactory]

    router = event_model.RunRouter([factory])
    returns = []
    for name, doc in case["documents"]:
        try:
            returns.append(snapshot(router(name, doc)))
        except Exception as exception:  # recorded, the stream goes on
            returns.append(raised(exception))
    return (tuple(returns), tuple(log))


class _Handler:
    """A handler that makes data from its resource and datum kwargs, without files."""

    def __init__(self, resource_path: str, **resource_kwargs: Any) -> None:
        self.scale = float(resource_kwargs.get("frame_per_point", 1) or 1)
        self.path = resource_path

    def __call__(self, **datum_kwargs: Any) -> Any:
        index = datum_kwargs.get("index", datum_kwargs.get("point_number", 0))
        return numpy.full((2, 3), float(index) * self.scale)


def _fill(case: dict[str, Any]) -> Any:
    """Fill documents with a Filler, recording what each call returns and the input after."""
    options = case["options"]
    registry = {spec: _Handler for spec in case["specs"]}
    documents = copy.deepcopy(case["documents"])
    outcomes = []
    with event_model.Filler(registry, **options) as filler:
        for name, doc in documents:
            try:
                returned = filler(name, doc)
                outcomes.append((snapshot(returned), snapshot(doc)))
            except Exception as exception:  # recorded, the stream goes on
                outcomes.append((raised(exception), snapshot(doc)))
    return tuple(outcomes)


OPERATIONS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "call": _call,
    "numpy_json": _numpy_json,
    "validate": _validate,
    "compose": _compose,
    "route": _route,
    "single_run": _single_run,
    "run_router": _run_router,
    "fill": _fill,
}

__all__ = ["OPERATIONS", "drain", "run_case"]
