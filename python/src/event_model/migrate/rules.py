"""The migration rules, declared as data: which old shape each matches, and how each field maps.

A rule names the document it applies to, the shape it recognises (keys the old
shape must have, keys it must not have), and one :class:`FieldMap` per field of
the current shape. Each field map names an *operation* from
:data:`~.operations.OPERATIONS` and the old fields it reads. Fields that no map
reads, and that the current schema does not declare, are carried over unchanged
(the current StreamResource and StreamDatum are open), except those listed in
``drop`` because a map consumed them.

Earlier shapes that the current schemas reject and that no rule can carry
forward without inventing a value are declared too, as :class:`KnownBreak`
entries: they say which release accepted the shape and why it is left as it is,
so that the report names the old shape instead of only "invalid".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["KNOWN_BREAKS", "RULES", "SPEC_MIMETYPES", "FieldMap", "KnownBreak", "Rule"]


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
    "hdf5": "application/x-hdf5",
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


@dataclass(frozen=True)
class KnownBreak:
    """An earlier shape the current schema rejects that no rule migrates, and why.

    ``places`` are paths into the document, one key per step, ``*`` standing for
    any one key or index; a schema error at or below one of them is this break.
    ``lacks``, when set, narrows it to a place holding an object without that key.
    """

    name: str
    document: str
    released_in: str
    places: tuple[tuple[str, ...], ...]
    reason: str
    lacks: str | None = None


_DATA_KEY_PLACES = (("data_keys", "*"), ("configuration", "*", "data_keys", "*"))


def _in_data_keys(*steps: str) -> tuple[tuple[str, ...], ...]:
    return tuple((*place, *steps) for place in _DATA_KEY_PLACES)


KNOWN_BREAKS: tuple[KnownBreak, ...] = (
    KnownBreak(
        name="rds_without_value_difference",
        document="descriptor",
        released_in="1.22.3",
        places=_in_data_keys("limits", "rds"),
        lacks="value_difference",
        reason=(
            "event-model 1.22.3 accepted an RDS range with time_difference alone; since 1.23 "
            "value_difference is required too, and the value it would need is unknown"
        ),
    ),
    KnownBreak(
        name="limits_open",
        document="descriptor",
        released_in="1.17.0-1.22.3",
        places=_in_data_keys("limits"),
        reason=(
            "limits were undeclared before 1.22 and open until 1.23 (ranges with keys besides "
            "low and high, hysteresis or rds of any type); the current limits are closed and "
            "have no place for what this one holds"
        ),
    ),
    KnownBreak(
        name="data_key_field_undeclared",
        document="descriptor",
        released_in="1.17.0-1.21.0",
        places=tuple(
            place
            for field_name in ("choices", "dtype_numpy", "object_name", "precision", "units")
            for place in _in_data_keys(field_name)
        ),
        reason=(
            "data keys were open and did not yet declare this field (object_name before 1.19.0, "
            "precision and units before 1.19.3, choices and dtype_numpy before 1.22), so it held "
            "a value of another type than the one the field has now; what it meant is unknown"
        ),
    ),
    KnownBreak(
        name="hints_per_device",
        document="descriptor",
        released_in="1.17.0-1.21.0",
        places=(("hints",),),
        reason=(
            "hints were a map of device names (up to 1.19.2, of any JSON type) and NX_class "
            "was undeclared before 1.22, so a device named 'fields' or 'NX_class', or an "
            "NX_class of another form, was accepted; which hint is meant is unknown"
        ),
    ),
    KnownBreak(
        name="object_classes_undeclared",
        document="descriptor",
        released_in="1.17.0-1.23.1",
        places=(("object_classes",),),
        reason=(
            "object_classes was declared in 1.24 as a map of device names to class names; "
            "earlier releases accepted any nested value under that key, whose meaning is unknown"
        ),
    ),
    KnownBreak(
        name="projection_shape",
        document="start",
        released_in="1.17.0-1.22.3",
        places=(("projections", "*"),),
        reason=(
            "projections accepted items that are not objects up to 1.19.2, and projections "
            "outside the four kinds of 1.23 (such as a linked projection at location 'start', "
            "a calculated one without location, or an empty one) up to 1.22.3; which kind is "
            "meant is unknown"
        ),
    ),
)
"""Every earlier shape that is reported rather than migrated, most specific first."""
