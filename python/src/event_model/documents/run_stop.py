# GENERATED FILE, do not edit: made from schemas/run_stop.json by datamodel-code-generator 0.89.0; regenerate with `nox -s codegen`.

from __future__ import annotations

from typing import Any, Literal, TypeAlias, TypedDict

from typing_extensions import NotRequired

DataType: TypeAlias = Any
"""
Any value: extra metadata attached to the stop document.
"""


class RunStop(TypedDict):
    """
    Closes a run: the last document of every run, saying how it ended and how many events each stream holds.
    """

    uid: str
    """
    Identifier of this stop document, unique across all documents.
    """
    time: float
    """
    When the run ended, as seconds since the UNIX epoch (UTC).
    """
    run_start: str
    """
    The uid of the run start document of the run this document closes.
    """
    exit_status: Literal["success", "abort", "fail"]
    """
    How the run ended: 'success' when the plan completed, 'abort' when a person stopped it, 'fail' when an error ended it.
    """
    reason: NotRequired[str]
    """
    In words, why the run ended this way (usually the error message of a failed run).
    """
    num_events: NotRequired[dict[str, int]]
    """
    For each stream name, the number of events emitted into it.
    """
    data_type: NotRequired[DataType]
    """
    Extra metadata under this key must not use '.' or '/' in the names of nested keys.
    """
