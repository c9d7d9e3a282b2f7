"""``SingleRunDocumentRouter``: a DocumentRouter for the documents of exactly one run."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._required_fields import require_field
from ..documents.event_descriptor import EventDescriptor
from ..errors import (
    EventModelRuntimeError,
    EventModelTypeError,
    EventModelValueError,
    UnknownDocumentReference,
)
from .document_router import DocumentRouter, EmitCallback

__all__ = ["DescriptorBeforeStart", "SingleRunDocumentRouter", "StartIsNotADict"]
from ..strictness import strict_checks_enabled


class DescriptorBeforeStart(UnknownDocumentReference, AssertionError):
    """A SingleRunDocumentRouter received a descriptor before its run's start document.

    It is an AssertionError too, since event-model 1.24 asserted here.
    """


class StartIsNotADict(EventModelTypeError, AssertionError):
    """A SingleRunDocumentRouter's start document is not a dict, so descriptors cannot be checked.

    It is an AssertionError too, since event-model 1.24 asserted here.
    """


class SingleRunDocumentRouter(DocumentRouter):
    """A DocumentRouter for the documents of exactly one run.

    It remembers the run's start document and its descriptors, refuses a
    second start document and descriptors of another run
    (``EventModelValueError``), and offers :meth:`get_start`,
    :meth:`get_descriptor` and :meth:`get_stream_name`.
    """

    def __init__(self, *, emit: EmitCallback | None = None) -> None:
        super().__init__(emit=emit)
        self._start_doc: Any = None
        self._descriptors: dict[Any, Any] = {}

    def __call__(self, name: str, doc: Any, validate: bool = False) -> tuple[str, Any]:
        """Remember start and descriptor documents, then route the document as DocumentRouter does."""
        if name == "start":
            self._remember_start(doc)
        elif name == "descriptor":
            self._remember_descriptor(doc)
        return super().__call__(name, doc, validate=validate)

    def _remember_start(self, doc: Any) -> None:
        """Keep the run's start document; refuse a second one."""
        if self._start_doc is None:
            if strict_checks_enabled() and not isinstance(doc, Mapping):
                raise EventModelTypeError(
                    f"{doc!r} is not a start document: expected a mapping, got {type(doc).__name__} "
                    "(refused under strict_checks(); event-model 1.24 kept it)"
                )
            self._start_doc = doc
            return
        first_uid = require_field(self._start_doc, "uid", "start")
        second_uid = require_field(doc, "uid", "start")
        raise EventModelValueError(
            f"start document {second_uid!r} refused: this SingleRunDocumentRouter already has the "
            f"start document {first_uid!r}; use one router per run (a RunRouter makes them)"
        )

    def _remember_descriptor(self, doc: Any) -> None:
        """Keep a descriptor of this run; refuse one that belongs to another run."""
        start_doc = self._start_doc
        if not isinstance(start_doc, dict):
            if start_doc is None:
                run_start = doc.get("run_start") if isinstance(doc, dict) else None
                raise DescriptorBeforeStart(
                    run_start,
                    f"descriptor {doc.get('uid') if isinstance(doc, dict) else doc!r} arrived before "
                    "any start document: expected the run's start document first",
                )
            raise StartIsNotADict(
                f"this SingleRunDocumentRouter's start document is {start_doc!r}, not a dict, so the "
                "descriptor's run_start cannot be checked against its uid"
            )
        run_start = require_field(doc, "run_start", "descriptor")
        if run_start == require_field(start_doc, "uid", "start"):
            self._descriptors[require_field(doc, "uid", "descriptor")] = doc
            return
        raise EventModelValueError(
            f"descriptor {require_field(doc, 'uid', 'descriptor')!r} refused: its run_start "
            f"{run_start!r} is not the uid {start_doc['uid']!r} of the run this "
            "SingleRunDocumentRouter serves"
        )

    def get_start(self) -> dict[str, Any]:
        """Return the run's start document (EventModelRuntimeError if none has arrived yet)."""
        if self._start_doc is None:
            raise EventModelRuntimeError("this SingleRunDocumentRouter has not received a start document yet")
        start: dict[str, Any] = self._start_doc
        return start

    def get_descriptor(self, doc: Any) -> EventDescriptor:
        """Return the descriptor that ``doc`` (an event or event page) refers to.

        Raises EventModelValueError when ``doc`` has no ``descriptor`` field or
        refers to a descriptor this router has not received.
        """
        try:
            has_descriptor = "descriptor" in doc
        except TypeError:
            raise EventModelTypeError(
                f"{doc!r} is not a document: expected a mapping with a 'descriptor' field"
            ) from None
        if not has_descriptor:
            raise EventModelValueError(
                f"{doc!r} refers to no descriptor: expected a document with a 'descriptor' field"
            )
        try:
            descriptor_uid = doc["descriptor"]
            descriptor: EventDescriptor = self._descriptors[descriptor_uid]
        except KeyError:
            raise UnknownDocumentReference(
                descriptor_uid,
                f"descriptor {descriptor_uid!r} is unknown to this SingleRunDocumentRouter: "
                "expected one it has received",
            ) from None
        except TypeError:
            raise EventModelTypeError(
                f"{doc!r} does not name a descriptor by uid: expected doc['descriptor'] to be a string"
            ) from None
        return descriptor

    def get_stream_name(self, doc: Any) -> str:
        """Return the name of the stream (the descriptor's ``name``) that ``doc`` belongs to."""
        return str(self.get_descriptor(doc).get("name"))
