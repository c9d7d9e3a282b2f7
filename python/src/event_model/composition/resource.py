"""Compose resources (files of externally stored data) and the datum that point into them.

A datum's id is ``"<resource uid>/<n>"``, where ``n`` counts the datum of the
resource from 0; single datum and datum pages of one resource share the count.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from .._required_fields import require_field
from .._resource_paths import default_path_semantics
from ..document_names import DocumentNames
from ..documents.datum import Datum
from ..documents.datum_page import DatumPage
from ..documents.resource import Resource
from ..documents.run_start import RunStart
from ..errors import EventModelTypeError, EventModelValueError
from ..validation import schema_validators
from ._checks import column_length, refuse_after_stop
from ._uids import new_uid

__all__ = [
    "ComposeDatum",
    "ComposeDatumPage",
    "ComposeResource",
    "ComposeResourceBundle",
    "compose_datum",
    "compose_datum_page",
    "compose_resource",
]


@dataclass
class ComposeDatum:
    """Compose the datum of ``resource``, numbered by ``counter``."""

    resource: Resource
    counter: Iterator[int]
    poison_pill: list[Any] = field(default_factory=list, kw_only=True)
    """Non-empty once the run's stop document has been composed (shared with ComposeStop)."""

    def __call__(self, datum_kwargs: dict[str, Any], validate: bool = True) -> Datum:
        """Return a new datum locating one piece of data through ``datum_kwargs``."""
        if self.poison_pill:
            refuse_after_stop("a datum")
        resource_uid = require_field(self.resource, "uid", "resource")
        doc: Datum = {
            "resource": resource_uid,
            "datum_kwargs": datum_kwargs,
            "datum_id": f"{resource_uid}/{next(self.counter)}",
        }
        if validate:
            schema_validators[DocumentNames.datum].validate(doc)
        return doc


@dataclass
class ComposeDatumPage:
    """Compose datum pages (several datum, column-wise) of ``resource``, numbered by ``counter``."""

    resource: Resource
    counter: Iterator[int]
    poison_pill: list[Any] = field(default_factory=list, kw_only=True)
    """Non-empty once the run's stop document has been composed (shared with ComposeStop)."""

    def __call__(self, datum_kwargs: dict[str, list[Any]], validate: bool = True) -> DatumPage:
        """Return a new datum page; each column of ``datum_kwargs`` holds one value per datum."""
        if self.poison_pill:
            refuse_after_stop("a datum page")
        if not isinstance(datum_kwargs, Mapping):
            raise EventModelTypeError(
                f"datum_page['datum_kwargs'] is a {type(datum_kwargs).__name__}; expected a dict of columns."
            )
        rows = column_length(
            "datum_page", ((f"['datum_kwargs'][{key!r}]", column) for key, column in datum_kwargs.items())
        )
        if rows is None:
            raise EventModelValueError(
                "datum_page['datum_kwargs'] is empty, so the number of datum is unknown; "
                "give at least one column."
            )
        resource_uid = require_field(self.resource, "uid", "resource")
        counter = self.counter
        doc: DatumPage = {
            "resource": resource_uid,
            "datum_kwargs": datum_kwargs,
            "datum_id": [f"{resource_uid}/{next(counter)}" for _ in range(rows)],
        }
        if validate:
            schema_validators[DocumentNames.datum_page].validate(doc)
        return doc


@dataclass
class ComposeResourceBundle:
    """A new resource and the composers of its datum; unpacks as a 3-tuple."""

    resource_doc: Resource
    compose_datum: ComposeDatum
    compose_datum_page: ComposeDatumPage

    def __iter__(self) -> Iterator[Any]:
        """Yield resource_doc, compose_datum, compose_datum_page (tuple unpacking)."""
        return iter((self.resource_doc, self.compose_datum, self.compose_datum_page))


@dataclass
class ComposeResource:
    """Compose resources, linked to the run ``start`` when it is given."""

    start: RunStart | None
    poison_pill: list[Any] = field(default_factory=list, kw_only=True)
    """Non-empty once the run's stop document has been composed (shared with ComposeStop)."""

    def __call__(
        self,
        spec: str,
        root: str,
        resource_path: str,
        resource_kwargs: dict[str, Any],
        path_semantics: Literal["posix", "windows"] = default_path_semantics,
        uid: str | None = None,
        validate: bool = True,
    ) -> ComposeResourceBundle:
        """Return a new resource with the composers of its datum.

        ``spec`` names the file format (and so the handler that reads it); the
        files are found at ``root`` joined with ``resource_path``.
        """
        if self.poison_pill:
            refuse_after_stop("a resource")
        doc: Resource = {
            "path_semantics": path_semantics,
            "uid": new_uid() if uid is None else uid,
            "spec": spec,
            "root": root,
            "resource_kwargs": resource_kwargs,
            "resource_path": resource_path,
        }
        if self.start:
            doc["run_start"] = require_field(self.start, "uid", "start")
        if validate:
            schema_validators[DocumentNames.resource].validate(doc)
        counter = itertools.count()
        return ComposeResourceBundle(
            doc,
            ComposeDatum(doc, counter, poison_pill=self.poison_pill),
            ComposeDatumPage(doc, counter, poison_pill=self.poison_pill),
        )


def compose_datum(
    *,
    resource: Resource,
    counter: Iterator[int],
    datum_kwargs: dict[str, Any],
    validate: bool = True,
) -> Datum:
    """Compose one datum of ``resource``; see :class:`ComposeDatum`."""
    return ComposeDatum(resource, counter)(datum_kwargs, validate=validate)


def compose_datum_page(
    *,
    resource: Resource,
    counter: Iterator[int],
    datum_kwargs: dict[str, list[Any]],
    validate: bool = True,
) -> DatumPage:
    """Compose one datum page of ``resource``; see :class:`ComposeDatumPage`."""
    return ComposeDatumPage(resource, counter)(datum_kwargs, validate=validate)


def compose_resource(
    *,
    spec: str,
    root: str,
    resource_path: str,
    resource_kwargs: dict[str, Any],
    path_semantics: Literal["posix", "windows"] = default_path_semantics,
    start: RunStart | None = None,
    uid: str | None = None,
    validate: bool = True,
) -> ComposeResourceBundle:
    """Compose one resource, linked to the run ``start`` if given; see :class:`ComposeResource`."""
    return ComposeResource(start)(
        spec,
        root,
        resource_path,
        resource_kwargs,
        path_semantics=path_semantics,
        uid=uid,
        validate=validate,
    )
