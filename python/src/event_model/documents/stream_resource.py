# GENERATED FILE, do not edit: made from schemas/stream_resource.json by datamodel-code-generator 0.89.0; regenerate with `nox -s codegen`.

from __future__ import annotations

from typing import Any, TypedDict

from typing_extensions import NotRequired


class StreamResource(TypedDict):
    """
    Names an external store (such as an HDF5 dataset) that holds the readings of one data key for many events, addressed by stream datum.
    """

    uid: str
    """
    Identifier of this stream resource, unique across all documents; stream datum refer to it.
    """
    run_start: NotRequired[str]
    """
    The uid of the run start document of the run that wrote the store.
    """
    data_key: str
    """
    The data key of the stream whose readings the store holds.
    """
    mimetype: str
    """
    The media type of the store, which tells readers how to open it, such as 'application/x-hdf5'.
    """
    uri: str
    """
    Where the store is, as a URI such as 'file://localhost/data/scan.h5'.
    """
    parameters: dict[str, Any]
    """
    What a reader needs to find the data in the store, such as the dataset path and chunk shape.
    """
