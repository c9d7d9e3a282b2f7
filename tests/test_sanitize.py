"""sanitize_doc and NumpyEncoder.

The expected values were checked against event-model 1.24.0 (whose sanitize_doc is a
JSON round trip through its NumpyEncoder); the property tests compare sanitize_doc
with that round trip for random documents, types included.
"""

from __future__ import annotations

import enum
import json
import math
import sys
import types
from collections import OrderedDict
from collections.abc import Iterator
from typing import Any

import numpy
import pytest
from event_model.errors import EventModelRuntimeError, EventModelTypeError, EventModelValueError
from event_model.sanitize import NumpyEncoder, sanitize_doc
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as numpy_st


class Color(enum.IntEnum):
    """An int subclass: written to JSON as its int value."""

    RED = 1


def strictly_equal(left: Any, right: Any) -> bool:
    """Equal, with the same types all the way down and the same key order (nan equals nan)."""
    if type(left) is not type(right):
        return False
    if isinstance(left, dict):
        return list(left) == list(right) and all(strictly_equal(left[key], right[key]) for key in left)
    if isinstance(left, list):
        return len(left) == len(right) and all(map(strictly_equal, left, right))
    if isinstance(left, float) and math.isnan(left):
        return math.isnan(right)
    if isinstance(left, float):
        return left == right and math.copysign(1.0, left) == math.copysign(1.0, right)
    return bool(left == right)


def round_trip(doc: Any) -> Any:
    """What event-model 1.24.0's sanitize_doc computes: JSON out through NumpyEncoder and back."""
    return json.loads(json.dumps(doc, cls=NumpyEncoder))


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        pytest.param(
            {"image": numpy.array([[1, 2], [3, 4]], dtype=numpy.int16)},
            {"image": [[1, 2], [3, 4]]},
            id="int array",
        ),
        pytest.param(
            {"x": numpy.float32(0.1)}, {"x": 0.10000000149011612}, id="float32 keeps its exact value"
        ),
        pytest.param({"x": numpy.uint64(2**63)}, {"x": 9223372036854775808}, id="uint64"),
        pytest.param({"ok": numpy.bool_(True)}, {"ok": True}, id="numpy bool"),
        pytest.param({"s": numpy.str_("z")}, {"s": "z"}, id="numpy str"),
        pytest.param({"c": Color.RED}, {"c": 1}, id="int enum"),
        pytest.param({"t": numpy.datetime64("NaT")}, {"t": None}, id="not a time"),
        pytest.param({"d": numpy.timedelta64(5, "ns")}, {"d": 5}, id="timedelta in ns"),
        pytest.param({"a": numpy.array(2.5)}, {"a": 2.5}, id="0-d array"),
        pytest.param({"a": numpy.array(["a", "bc"])}, {"a": ["a", "bc"]}, id="string array"),
        pytest.param(
            {"a": numpy.zeros(1, dtype=[("a", "i4"), ("b", "f8")])}, {"a": [[0, 0.0]]}, id="structured array"
        ),
        pytest.param(
            {"a": numpy.array([numpy.float32(1.5), (1, numpy.int8(2))], dtype=object)},
            {"a": [1.5, [1, 2]]},
            id="object array",
        ),
        pytest.param({"t": (1, (2, numpy.int64(3)))}, {"t": [1, [2, 3]]}, id="nested tuples"),
        pytest.param(
            {1: "a", 2.5: "b", None: "d", numpy.str_("s"): 4, numpy.float64(0.1): 5},
            {"1": "a", "2.5": "b", "null": "d", "s": 4, "0.1": 5},
            id="keys written as JSON writes them",
        ),
        pytest.param(
            {True: 1, False: 0, math.nan: 2, math.inf: 3, -math.inf: 4},
            {"true": 1, "false": 0, "NaN": 2, "Infinity": 3, "-Infinity": 4},
            id="special keys",
        ),
        pytest.param(
            {1: "a", "x": 0, "1": "b"}, {"1": "b", "x": 0}, id="colliding keys keep the first place"
        ),
        pytest.param(OrderedDict(b=1, a=2), {"b": 1, "a": 2}, id="ordered dict"),
        pytest.param([math.nan, -0.0, numpy.float32("inf")], [math.nan, -0.0, math.inf], id="special floats"),
        pytest.param(numpy.float32(3.25), 3.25, id="a bare scalar"),
    ],
)
def test_sanitize_doc_gives_plain_python(doc: Any, expected: Any) -> None:
    """Numpy values, tuples, subclasses and keys come out as event-model 1.24.0 gives them."""
    assert strictly_equal(sanitize_doc(doc), expected)


def test_sanitize_doc_returns_a_copy() -> None:
    """The result shares no container with the input, which is left unchanged."""
    doc = {"data": {"x": [1, 2]}, "list": [{"a": 1}]}
    result = sanitize_doc(doc)
    result["data"]["x"].append(3)
    result["list"][0]["a"] = 2
    assert doc == {"data": {"x": [1, 2]}, "list": [{"a": 1}]}


def test_sanitize_doc_leaves_numpy_input_alone() -> None:
    """Arrays in the input are read, never changed or kept."""
    image = numpy.arange(6.0).reshape(2, 3)
    doc = {"image": image}
    result = sanitize_doc(doc)
    result["image"][0][0] = 99.0
    assert doc["image"] is image
    assert image[0, 0] == 0.0


def test_shared_containers_are_not_cycles() -> None:
    """A list appearing twice is copied twice; only a container inside itself is refused."""
    shared = [1, 2]
    result = sanitize_doc({"a": shared, "b": shared})
    assert result == {"a": [1, 2], "b": [1, 2]}
    assert result["a"] is not result["b"]


def test_sanitize_doc_refuses_a_cycle() -> None:
    """A document that contains itself cannot be copied (json raises ValueError too)."""
    doc: dict[str, Any] = {"a": []}
    doc["a"].append(doc)
    with pytest.raises(EventModelValueError, match="circular"):
        sanitize_doc(doc)


def test_sanitize_doc_refuses_overly_deep_documents() -> None:
    """Nesting beyond the interpreter's limit is a RecursionError, as json raises, and ours."""
    doc: list[Any] = []
    for _ in range(sys.getrecursionlimit() + 10):
        doc = [doc]
    with pytest.raises(RecursionError, match="nested too deeply") as raised:
        sanitize_doc(doc)
    assert isinstance(raised.value, EventModelRuntimeError)


def test_a_numpy_scalar_that_converts_to_itself_is_a_recursion_error() -> None:
    """numpy.longdouble.item() gives a longdouble: 1.24's NumpyEncoder recurses until RecursionError."""
    with pytest.raises(RecursionError, match=r"at doc\['x'\] converts to itself") as raised:
        sanitize_doc({"x": numpy.longdouble(1.25)})
    assert isinstance(raised.value, EventModelRuntimeError)


def test_an_int_too_long_for_json_is_a_value_error() -> None:
    """json refuses to write an int of more digits than Python turns into a str (ValueError)."""
    saved = sys.get_int_max_str_digits()
    limit = 700  # near the lowest limit Python allows (640), far below the default (4300)
    sys.set_int_max_str_digits(limit)
    try:
        with pytest.raises(EventModelValueError, match=r"at doc\['x'\]\[0\] has more than 700 digits"):
            sanitize_doc({"x": [10**limit]})
        with pytest.raises(EventModelValueError, match=r"has more than"):
            sanitize_doc({10**limit: 1})
        assert sanitize_doc({"x": -(10 ** (limit - 1))}) == {"x": -(10 ** (limit - 1))}
        with pytest.raises(ValueError, match="Exceeds the limit"):
            round_trip({"x": 10**limit})  # what 1.24's JSON round trip raises
    finally:
        sys.set_int_max_str_digits(saved)


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        ({"a": {1, 2}}, r"\{1, 2\} \(of type set\) at doc\['a'\] has no JSON"),
        ({"a": [1, {"b": b"x"}]}, r"b'x' \(of type bytes\) at doc\['a'\]\[1\]\['b'\]"),
        ({"a": numpy.complex64(1j)}, r"at doc\['a'\] converts to a complex"),
        ({"a": numpy.array([1j])}, r"at doc\['a'\] holds complex values"),
        ({"a": numpy.datetime64("2020-01-01")}, r"converts to a date"),
        ({(1, 2): 1}, r"\(1, 2\) \(of type tuple\) at doc is a mapping key"),
        ({"k": {numpy.int64(1): 2}}, r"at doc\['k'\] is a mapping key"),
        ({"a": numpy.array([object()], dtype=object)}, r"at doc\['a'\]\[0\] has no JSON"),
    ],
    ids=[
        "set",
        "bytes deep inside",
        "complex scalar",
        "complex array",
        "datetime",
        "tuple key",
        "numpy key",
        "object",
    ],
)
def test_sanitize_doc_names_what_cannot_be_converted(doc: Any, message: str) -> None:
    """Values JSON cannot hold raise a TypeError (as json does) that gives their path."""
    with pytest.raises(EventModelTypeError, match=message):
        sanitize_doc(doc)


def test_numpy_encoder_writes_arrays_scalars_and_booleans() -> None:
    """NumpyEncoder writes numpy values as the matching JSON."""
    doc = {"a": numpy.arange(3), "b": numpy.bool_(False), "c": numpy.float32(0.5), "d": numpy.array([[1.5]])}
    assert json.dumps(doc, cls=NumpyEncoder) == '{"a": [0, 1, 2], "b": false, "c": 0.5, "d": [[1.5]]}'


def test_numpy_encoder_refuses_other_objects() -> None:
    """Anything else is refused as the base encoder refuses it."""
    with pytest.raises(TypeError, match="not JSON serializable"):
        json.dumps({"a": {1}}, cls=NumpyEncoder)


class _FakeDaskArray:
    """Stands for dask.array.Array: an array-like that numpy can read."""

    def __init__(self, values: list[float]) -> None:
        self.values = values

    def __array__(self, dtype: Any = None, copy: Any = None) -> numpy.ndarray:
        return numpy.asarray(self.values, dtype=dtype)


@pytest.fixture
def fake_dask() -> Iterator[None]:
    """A stand-in ``dask.array`` module (dask itself is not a dependency)."""
    module = types.ModuleType("dask.array")
    module.Array = _FakeDaskArray  # type: ignore[attr-defined]
    saved = sys.modules.get("dask.array")
    sys.modules["dask.array"] = module
    yield
    if saved is None:
        del sys.modules["dask.array"]
    else:
        sys.modules["dask.array"] = saved


@pytest.mark.usefixtures("fake_dask")
def test_dask_arrays_are_computed() -> None:
    """Dask arrays are written like numpy arrays, as in event-model 1.24.0."""
    doc = {"a": _FakeDaskArray([1.0, 2.0])}
    assert sanitize_doc(doc) == {"a": [1.0, 2.0]}
    assert json.dumps(doc, cls=NumpyEncoder) == '{"a": [1.0, 2.0]}'


def test_array_likes_other_than_dask_are_refused() -> None:
    """Without dask loaded, an object with __array__ is not guessed at."""
    with pytest.raises(EventModelTypeError):
        sanitize_doc({"a": _FakeDaskArray([1.0])})


_numpy_scalars = st.one_of(
    numpy_st.from_dtype(numpy.dtype("float32")),
    numpy_st.from_dtype(numpy.dtype("float64")),
    numpy_st.from_dtype(numpy.dtype("int8")),
    numpy_st.from_dtype(numpy.dtype("uint32")),
    numpy_st.from_dtype(numpy.dtype("int64")),
    numpy_st.from_dtype(numpy.dtype("bool")),
)
_numpy_arrays = numpy_st.arrays(
    st.sampled_from([numpy.dtype(name) for name in ("float64", "float32", "int16", "uint8", "bool", "U3")]),
    numpy_st.array_shapes(min_dims=0, max_dims=3, max_side=3),
)
_leaves = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(max_size=4),
    _numpy_scalars,
    _numpy_arrays,
)
_keys = st.one_of(st.text(max_size=3), st.integers(-3, 3), st.floats(), st.booleans(), st.none())
_documents = st.recursive(
    _leaves,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.lists(children, max_size=4).map(tuple),
        st.dictionaries(_keys, children, max_size=4),
    ),
    max_leaves=20,
)


@given(_documents)
def test_sanitize_doc_equals_the_json_round_trip(doc: Any) -> None:
    """For any document of plain and numpy values, the result is what the round trip gives."""
    assert strictly_equal(sanitize_doc(doc), round_trip(doc))
