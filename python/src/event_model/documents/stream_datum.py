# GENERATED FILE, do not edit: made from schemas/stream_datum.json by datamodel-code-generator 0.89.0; regenerate with `nox -s codegen`.

from __future__ import annotations

from typing import TypedDict


class StreamRange(TypedDict):
    """
    A half-open range of integers: start is included, stop is not.
    """

    start: int
    """
    First value of the range.
    """
    stop: int
    """
    One past the last value of the range.
    """


class StreamDatum(TypedDict):
    """
    Says that a range of rows of a stream resource holds the readings of a range of events of one stream.
    """

    uid: str
    """
    Identifier of this stream datum, unique across all documents; by convention '<stream resource uid>/<counter>'.
    """
    stream_resource: str
    """
    The uid of the stream resource whose rows are meant.
    """
    descriptor: str
    """
    The uid of the event descriptor of the stream whose events the rows belong to.
    """
    indices: StreamRange
    """
    The rows of the stream resource, as a half-open range.
    """
    seq_nums: StreamRange
    """
    The seq_num of the events the rows belong to, as a half-open range.
    """
