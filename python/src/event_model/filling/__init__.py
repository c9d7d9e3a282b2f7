"""Fill events with the external data their datum point at: ``Filler`` and ``NoFiller``.

Read in one direction: ``filler`` (the routers and their caches) asks ``events``
what an event or page needs filled and where its data are, and ``handlers`` to
make a handler and read through it; making a handler resolves the resource's
path (``resource_paths``) and retries while the data are not there yet
(``retry``). ``coercion`` holds the registry of coercions (``as_is``,
``force_numpy``).
"""

from .coercion import as_is, force_numpy, register_coercion, register_coersion
from .filler import DEFAULT_RETRY_INTERVALS, Filler
from .no_filler import NoFiller
from .registry import FillerClosedError, HandlerRegistryView
from .resource_paths import PATH_SEMANTICS, default_path_semantics, resolve_resource_path

__all__ = [
    "Filler",
    "NoFiller",
    "HandlerRegistryView",
    "as_is",
    "force_numpy",
    "register_coercion",
    "register_coersion",
    "PATH_SEMANTICS",
    "default_path_semantics",
    "resolve_resource_path",
    "DEFAULT_RETRY_INTERVALS",
    "FillerClosedError",
]
