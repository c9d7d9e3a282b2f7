# GENERATED FILE, do not edit: made from schemas/event_page.json by datamodel-code-generator 0.89.0; regenerate with `nox -s codegen`.

from __future__ import annotations

from typing import Any, TypedDict

from typing_extensions import NotRequired


class PartialEventPage(TypedDict):
    """
    The part of an event page that a device supplies; the run engine adds uid, descriptor and seq_num.
    """

    data: dict[str, list[Any]]
    """
    For each data key, the column of its readings, one per event.
    """
    timestamps: dict[str, list[Any]]
    """
    For each data key, the column of times at which it was read, as seconds since the UNIX epoch.
    """
    time: list[float]
    """
    When each event was made, as seconds since the UNIX epoch.
    """
    filled: NotRequired[dict[str, list[bool | str]]]
    """
    For each externally stored data key, a column saying per event whether it is loaded (see the event's filled).
    """


class EventPage(PartialEventPage):
    """
    Several events of one stream stored column-wise: every field is a list with one entry per event, in order.
    """

    uid: list[str]
    """
    The uid of each event in the page.
    """
    descriptor: str
    """
    The uid of the event descriptor shared by every event in the page.
    """
    seq_num: list[int]
    """
    The position of each event in its stream, counting from 1.
    """
