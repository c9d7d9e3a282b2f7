"""The migration rules, declared as data: which old shape each matches, and how each field maps.

A rule names the document it applies to, the shape it recognises (keys the old
shape must have, keys it must not have), and one :class:`FieldMap` per field of
the current shape. Each field map names an *operation* from
:data:`~.operations.OPERATIONS` and the old fields it reads. Fields that no map
reads, and that the current schema does not declare, are carried over unchanged
(the current StreamResource and StreamDatum are open), except those listed in
``drop`` because a map consumed them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["RULES", "FieldMap", "Rule", "SPEC_MIMETYPES"]


@dataclass(frozen=True)
class FieldMap:
    """How one field of the current shape is made: ``operation`` applied to the old ``sources``."""

    target: str
    operation: str
    sources: tuple[str, ...] = ()
    options: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Rule:
    """Upgrade one earlier shape of a document to the current one."""

    name: str
    document: str
    released_in: str
    has: frozenset[str]
    lacks: frozenset[str]
    maps: tuple[FieldMap, ...]
    drop: frozenset[str] = frozenset()


SPEC_MIMETYPES = {
    "AD_HDF5_SWMR_STREAM": "application/x-hdf5",
    "AD_HDF5_SWMR_SLICE": "application/x-hdf5",
    "AD_HDF5_SWMR": "application/x-hdf5",
    "AD_HDF5": "application/x-hdf5",
    "ADHDF5_SWMR_STREAM": "application/x-hdf5",
    "HDF5": "application/x-hdf5",
    "AD_TIFF": "multipart/related;type=image/tiff",
}
"""The media type of each handler spec in use with stream resources; any other spec is reported."""

_RESOURCE_MAPS = (
    FieldMap("uid", "copy", ("uid",)),
    FieldMap("run_start", "copy_if_present", ("run_start",)),
    FieldMap("mimetype", "lookup", ("spec",), {"table": "SPEC_MIMETYPES"}),
    FieldMap("uri", "file_uri", ("root", "resource_path", "path_semantics")),
    FieldMap("parameters", "copy", ("resource_kwargs",)),
)
_RESOURCE_DROP = frozenset({"spec", "root", "resource_path", "resource_kwargs", "path_semantics"})

RULES: tuple[Rule, ...] = (
    Rule(
        name="stream_resource_stream_names",
        document="stream_resource",
        released_in="1.19.0-1.19.7",
        has=frozenset({"uid", "spec", "root", "resource_path", "resource_kwargs", "stream_names"}),
        lacks=frozenset({"mimetype", "uri", "parameters", "data_key"}),
        maps=(*_RESOURCE_MAPS, FieldMap("data_key", "external_data_key", ("stream_names", "run_start"))),
        drop=_RESOURCE_DROP | {"stream_names"},
    ),
    Rule(
        name="stream_resource_spec_root",
        document="stream_resource",
        released_in="1.19.8-1.20.0",
        has=frozenset({"uid", "spec", "root", "resource_path", "resource_kwargs", "data_key"}),
        lacks=frozenset({"mimetype", "uri", "parameters", "stream_names"}),
        maps=(*_RESOURCE_MAPS, FieldMap("data_key", "copy", ("data_key",))),
        drop=_RESOURCE_DROP,
    ),
    Rule(
        name="stream_datum_blocks",
        document="stream_datum",
        released_in="1.19.0-1.19.7",
        has=frozenset({"uid", "stream_resource", "stream_name", "block_idx", "event_count", "event_offset"}),
        lacks=frozenset({"descriptor", "indices", "seq_nums"}),
        maps=(
            FieldMap("uid", "copy", ("uid",)),
            FieldMap("stream_resource", "copy", ("stream_resource",)),
            FieldMap("descriptor", "descriptor_of_stream", ("stream_name", "stream_resource")),
            FieldMap("indices", "next_rows", ("stream_resource", "block_idx", "event_count")),
            FieldMap("seq_nums", "range", ("event_offset", "event_count")),
            FieldMap("datum_kwargs", "keep_unless_empty", ("datum_kwargs",)),
        ),
        drop=frozenset({"stream_name", "block_idx", "event_count", "event_offset", "datum_kwargs"}),
    ),
)
"""Every rule, in the order they are tried; at most one may match a document."""
