"""Making a handler for a resource and reading a datum through it, retrying while data are not there yet.

Files often appear on disk after the documents that name them, so both steps
retry while they raise OSError (after each pause of ``retry_intervals``) and
then raise DataNotAccessible, naming the resource or datum and the path tried.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from typing import Any

from .._required_fields import require_field
from ..errors import DataNotAccessible
from .resource_paths import resolve_resource_path
from .retry import call_with_retries

__all__ = ["make_handler", "read_datum"]


def make_handler(
    handler_class: Any,
    resource: Mapping[str, Any],
    *,
    root_map: Mapping[str, str],
    refuse_escaping_paths: bool,
    retry_intervals: Sequence[float],
) -> Any:
    """Return ``handler_class(path, **resource_kwargs)`` for a resource (its root mapped by ``root_map``)."""
    resolved = resolve_resource_path(resource, root_map, refuse_escaping_paths=refuse_escaping_paths)
    resource_kwargs = require_field(resource, "resource_kwargs", "resource")
    if resolved.root_was_mapped:
        root_note = f"its root {resolved.original_root!r} was mapped to {resolved.root!r} by root_map"
    else:
        root_note = f"its root {resolved.original_root!r} was not changed by root_map"
    return call_with_retries(
        handler_class,
        (resolved.path,),
        resource_kwargs,
        intervals=itertools.chain((0,), retry_intervals),
        retry_on=OSError,
        make_error=lambda: DataNotAccessible(
            f"could not make a {handler_class!r} handler for resource {resource.get('uid')!r} at "
            f"{resolved.path!r} after {1 + len(retry_intervals)} attempts ({root_note}): "
            "it kept raising OSError"
        ),
    )


def read_datum(
    handler: Any, resource: Mapping[str, Any], datum: Mapping[str, Any], retry_intervals: Sequence[float]
) -> Any:
    """Read the data of one datum with its resource's handler: ``handler(**datum_kwargs)``."""
    datum_kwargs = require_field(datum, "datum_kwargs", "datum")
    return call_with_retries(
        handler,
        (),
        datum_kwargs,
        intervals=itertools.chain((0,), retry_intervals),
        retry_on=OSError,
        make_error=lambda: DataNotAccessible(
            f"could not read the data of datum {datum.get('datum_id')!r} (datum_kwargs "
            f"{datum_kwargs!r}) from resource {resource.get('uid')!r} after "
            f"{1 + len(retry_intervals)} attempts: the handler kept raising OSError"
        ),
    )
