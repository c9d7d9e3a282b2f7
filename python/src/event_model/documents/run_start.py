# GENERATED FILE, do not edit: made from schemas/run_start.json by datamodel-code-generator 0.89.0; regenerate with `nox -s codegen`.

from __future__ import annotations

from typing import Any, Literal, TypeAlias, TypedDict

from typing_extensions import NotRequired

DataType: TypeAlias = dict[str, "DataType"]
"""
Any value; where the value is an object, none of its keys, at any depth, may contain '.' or '/'.
"""


class Hints(TypedDict):
    """
    Presentation hints for the whole run. Keys other than dimensions are allowed but must not contain '.'.
    """

    dimensions: NotRequired[list[list[list[str] | str]]]
    """
    The independent axes of the run: each entry pairs a list of field names with the name of the stream they are read from, e.g. [["motor"], "primary"].
    """


class ConfigurationProjection(TypedDict):
    """
    Takes a value from a device's configuration as recorded in one stream's descriptor.
    """

    type: Literal["linked"]
    """
    Always 'linked': the value is read from the run, not computed.
    """
    location: Literal["configuration"]
    """
    Always 'configuration': the value lives in a descriptor's configuration.
    """
    stream: str
    """
    Name of the stream whose descriptor holds the configuration.
    """
    config_index: int
    """
    Which of the stream's descriptors to read, counting from 0, when the stream has several.
    """
    config_device: str
    """
    The device whose configuration holds the field.
    """
    field: str
    """
    The configuration field to read.
    """


class LinkedEventProjection(TypedDict):
    """
    Takes the values of one field of a stream's events.
    """

    type: Literal["linked"]
    """
    Always 'linked': the values are read from the run, not computed.
    """
    location: Literal["event"]
    """
    Always 'event': the values come from event data.
    """
    stream: str
    """
    Name of the stream whose events hold the field.
    """
    field: str
    """
    The data key to read from each event.
    """


class StaticProjection(TypedDict):
    """
    A fixed value written as is.
    """

    type: Literal["static"]
    """
    Always 'static': the value is given here.
    """
    value: Any
    """
    The value to write.
    """


class Calculation(TypedDict):
    """
    A function, named by import path, with arguments to call it with.
    """

    callable: str
    """
    Import path of the function, as 'package.module:function' or 'package.module.function'.
    """
    args: NotRequired[list[Any]]
    """
    Positional arguments passed after the input values.
    """
    kwargs: NotRequired[dict[str, Any]]
    """
    Keyword arguments passed to the function.
    """


class CalculatedEventProjection(TypedDict):
    """
    Computes values from one field of a stream's events with a named function.
    """

    type: Literal["calculated"]
    """
    Always 'calculated': the values are the output of a function.
    """
    location: Literal["event"]
    """
    Always 'event': the function's input comes from event data.
    """
    stream: str
    """
    Name of the stream whose events are the input.
    """
    field: str
    """
    The data key passed to the function.
    """
    calculation: Calculation
    """
    The function to apply and its extra arguments.
    """


class Projections(TypedDict):
    """
    One projection: how to lay the fields of this run out in a named external format.
    """

    name: NotRequired[str]
    """
    Name of the projection, for people choosing among several.
    """
    version: str
    """
    Version of the projection, so readers can tell layouts apart as they evolve.
    """
    configuration: dict[str, Any]
    """
    Settings that the program applying the projection needs.
    """
    projection: dict[str, ConfigurationProjection | LinkedEventProjection | CalculatedEventProjection | StaticProjection]
    """
    For each destination path in the target format, where its value comes from.
    """


class RunStart(TypedDict):
    """
    Opens a run: the first document of every run, recording what was intended, on what sample, by whom and when. Every later document of the run points back to its uid.
    """

    uid: str
    """
    Identifier of this run, unique across all runs ever recorded; the other documents of the run refer to it.
    """
    time: float
    """
    When the run began, as seconds since the UNIX epoch (UTC).
    """
    scan_id: NotRequired[int]
    """
    A short, human-friendly number for the run, usually counting up at a facility; unlike uid it need not be unique.
    """
    owner: NotRequired[str]
    """
    The account or person that started the run.
    """
    group: NotRequired[str]
    """
    The group, proposal team or facility unit that the run belongs to, for access control.
    """
    project: NotRequired[str]
    """
    The scientific project that the run is part of.
    """
    sample: NotRequired[dict[str, Any] | str]
    """
    What was measured: a free-text sample name, or an object of sample metadata (name, composition, ...).
    """
    data_session: NotRequired[str]
    """
    The experiment session (a proposal, beamtime or visit identifier) under which the data were taken, used to grant access.
    """
    data_groups: NotRequired[list[str]]
    """
    Names of the groups that may read the data of this run.
    """
    data_type: NotRequired[DataType]
    """
    Extra metadata under this key must not use '.' or '/' in the names of nested keys.
    """
    hints: NotRequired[Hints]
    """
    Suggestions for viewers about how to present the run, such as which fields are its independent axes.
    """
    projections: NotRequired[list[Projections]]
    """
    Maps from the fields of this run onto the layout of an external standard or file format (for example a NeXus application definition).
    """
