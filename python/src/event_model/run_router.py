"""``RunRouter``: callbacks made per run by factories (kept at this import path).

The code lives in :mod:`event_model.routing.run_router`; this module keeps
``event_model.run_router``, where it was first published, working.
"""

from .routing.run_router import RunRouter

__all__ = ["RunRouter"]
