"""The DocumentRouter subclasses the parity check drives: which methods each overrides.

Each variant names the methods it overrides and what they return: ``doc`` (the
document itself), ``none`` (meaning "unchanged"), ``copy`` (a new document) or
``not-implemented`` (asking the router to convert between events and pages).
"""

from __future__ import annotations

ALL_METHODS = ("start", "descriptor", "event", "event_page", "resource", "datum", "datum_page",
               "stream_resource", "stream_datum", "stop")

VARIANTS: dict[str, tuple[tuple[str, ...], str]] = {
    "base": ((), "doc"),
    "all-doc": (ALL_METHODS, "doc"),
    "all-none": (ALL_METHODS, "none"),
    "all-copy": (ALL_METHODS, "copy"),
    "event-only": (("event",), "doc"),
    "event-page-only": (("event_page",), "doc"),
    "datum-only": (("datum",), "copy"),
    "datum-page-only": (("datum_page",), "copy"),
    "event-not-implemented": (("event", "event_page"), "not-implemented"),
    "event-page-not-implemented": (("event_page",), "not-implemented"),
    "datum-not-implemented": (("datum", "datum_page"), "not-implemented"),
    "start-stop": (("start", "stop"), "copy"),
}
