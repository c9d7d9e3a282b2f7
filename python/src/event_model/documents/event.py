# GENERATED FILE, do not edit: made from schemas/event.json by datamodel-code-generator 0.89.0; regenerate with `nox -s codegen`.

from __future__ import annotations

from typing import Any, TypedDict

from typing_extensions import NotRequired


class PartialEvent(TypedDict):
    """
    The part of an event that a device supplies; the run engine adds uid, descriptor and seq_num.
    """

    data: dict[str, Any]
    """
    The reading of each data key; for external data, the datum id that points at it until it is filled.
    """
    timestamps: dict[str, Any]
    """
    When each data key was read, as seconds since the UNIX epoch, keyed like data.
    """
    time: float
    """
    When the event was made, as seconds since the UNIX epoch; may differ from the timestamps of its readings.
    """
    filled: NotRequired[dict[str, bool | str]]
    """
    For each externally stored data key: false while data holds a pointer to it, or, once the data have been loaded in place, true or the pointer that was replaced.
    """


class Event(PartialEvent):
    """
    One row of a stream: a reading of every data key of the stream's descriptor, taken together.
    """

    uid: str
    """
    Identifier of this event, unique across all documents.
    """
    descriptor: str
    """
    The uid of the event descriptor of the stream this event belongs to.
    """
    seq_num: int
    """
    Position of this event in its stream, counting from 1.
    """
