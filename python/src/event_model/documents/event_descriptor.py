# GENERATED FILE, do not edit: made from schemas/event_descriptor.json by datamodel-code-generator 0.89.0; regenerate with `nox -s codegen`.

from __future__ import annotations

from typing import Any, Literal, TypeAlias, TypedDict

from typing_extensions import NotRequired

DataType: TypeAlias = dict[str, "DataType"]
"""
Any value; where the value is an object, none of its keys, at any depth, may contain '.' or '/'.
"""


Dtype: TypeAlias = Literal["string", "number", "array", "boolean", "integer"]
"""
The JSON type of one reading: 'string', 'number', 'array', 'boolean' or 'integer'.
"""


DtypeNumpy: TypeAlias = str
"""
A numpy array-protocol type string: byte order ('<', '>' or '|'), kind character and item size, such as '<f8' or '|u1'.
"""


class LimitsRange(TypedDict):
    """
    A closed range; either end may be null when unbounded.
    """

    low: float | None
    """
    Lower end of the range, or null.
    """
    high: float | None
    """
    Upper end of the range, or null.
    """


class RdsRange(TypedDict):
    """
    Thresholds for a change of a reading to count as significant.
    """

    time_difference: float
    """
    The time window, in seconds, over which changes are compared.
    """
    value_difference: float
    """
    The smallest change of value, within that window, that counts.
    """


class PerObjectHint(TypedDict):
    """
    Presentation hints for one device (object) of the stream.
    """

    fields: NotRequired[list[str]]
    """
    The data keys of the device most worth showing, most important first.
    """
    NX_class: NotRequired[str]
    """
    The NeXus base class that best describes the device, such as 'NXdetector'.
    """


class Limits(TypedDict):
    """
    The ranges a reading is expected to lie within, as a control system such as EPICS reports them.
    """

    control: NotRequired[LimitsRange | None]
    """
    The range that the device accepts as set point.
    """
    display: NotRequired[LimitsRange | None]
    """
    The range that displays should show.
    """
    warning: NotRequired[LimitsRange | None]
    """
    Outside this range the reading raises a warning.
    """
    alarm: NotRequired[LimitsRange | None]
    """
    Outside this range the reading raises an alarm.
    """
    hysteresis: NotRequired[float | None]
    """
    How far the reading must move back inside a range before its warning or alarm clears.
    """
    rds: NotRequired[RdsRange | None]
    """
    Rate of change that is treated as a real change rather than noise.
    """


class DataKey(TypedDict):
    """
    What one data key of a stream holds: where it comes from and the type, shape and units of each reading.
    """

    source: str
    """
    Where the reading comes from, such as an EPICS PV name prefixed with 'PV:' or 'SIM:' for simulated devices.
    """
    dtype: Dtype
    """
    The JSON type of each reading.
    """
    dtype_numpy: NotRequired[DtypeNumpy | list[tuple[str, DtypeNumpy]]]
    """
    The precise numpy type of each reading (or, for structured arrays, a list of [field name, type string] pairs), so readers can rebuild arrays without guessing.
    """
    shape: list[int | None]
    """
    The length of each dimension of one reading; empty for a scalar; null marks a dimension whose length varies.
    """
    dims: NotRequired[list[str]]
    """
    Names of the dimensions of one reading, one per entry of shape.
    """
    units: NotRequired[str | None]
    """
    The physical units of the reading, such as 'mm' or 'counts', or null when unitless or unknown.
    """
    precision: NotRequired[int | None]
    """
    How many decimal places are meaningful when showing the reading, or null when unknown.
    """
    choices: NotRequired[list[str]]
    """
    For enumerated readings, the names of the allowed values.
    """
    external: NotRequired[str]
    """
    Set when the reading is stored outside the events: an upper-case tag such as 'FILESTORE:' (resource and datum) or 'STREAM:' (stream resource and stream datum).
    """
    object_name: NotRequired[str]
    """
    Name of the device (object) that produced this data key.
    """
    limits: NotRequired[Limits]
    """
    The ranges within which the reading is expected to lie.
    """


class Configuration(TypedDict):
    """
    The configuration readings of one device, laid out like event data.
    """

    data: NotRequired[dict[str, Any]]
    """
    The configuration value of each configuration key.
    """
    timestamps: NotRequired[dict[str, Any]]
    """
    When each configuration value was read, as seconds since the UNIX epoch.
    """
    data_keys: NotRequired[dict[str, DataKey]]
    """
    What each configuration key holds, as for the data keys of the stream.
    """


class EventDescriptor(TypedDict):
    """
    Describes one stream of events before its first event: the name, type, shape and units of every data key, the configuration of the devices read, and hints for display.
    """

    uid: str
    """
    Identifier of this descriptor, unique across all documents; events of the stream refer to it.
    """
    time: float
    """
    When the descriptor was created, as seconds since the UNIX epoch (UTC).
    """
    run_start: str
    """
    The uid of the run start document of the run this stream belongs to.
    """
    name: NotRequired[str]
    """
    Name of the stream, such as 'primary' or 'baseline'; several descriptors may share a name when their data keys agree.
    """
    data_keys: dict[str, DataKey]
    """
    For each data key that the events of this stream carry, what it holds.
    """
    configuration: NotRequired[dict[str, Configuration]]
    """
    For each device read in this stream, its configuration readings at the time the descriptor was made.
    """
    hints: NotRequired[PerObjectHint]
    """
    Presentation hints for the stream.
    """
    object_keys: NotRequired[dict[str, Any]]
    """
    For each device (object) name, the list of data keys it produced.
    """
    object_classes: NotRequired[dict[str, str]]
    """
    For each device (object) name, the Python class that implements it.
    """
