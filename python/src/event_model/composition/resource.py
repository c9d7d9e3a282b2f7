"""Compose resources (files of externally stored data) and the datum that point into them.

A datum's id is ``"<resource uid>/<n>"``, where ``n`` counts the datum of the
resource from 0; single datum and datum pages of one resource share the count.
As in event-model 1.24, a datum page takes its length from its first column;
inside ``event_model.strict_checks()`` its columns must all be equally long and
nothing is composed after the run's stop.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

from ..document_names import DocumentNames
from ..documents.datum import Datum
from ..documents.datum_page import DatumPage
from ..documents.resource import Resource
from ..documents.run_start import RunStart
from ..errors import EventModelValueError
from ..filling.resource_paths import default_path_semantics
from ..strictness import strict_checks_enabled
from ..validation.validators import schema_validators
from ._checks import NEVER_STOPPED, column_length, field_of, next_number, refuse_after_stop, reraise_as_ours
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

    _stop_marker = NEVER_STOPPED
    """The run's poison pill when made by a run's ComposeResource (not a field: see NEVER_STOPPED)."""

    def __call__(self, datum_kwargs: dict[str, Any], validate: bool = True) -> Datum:
        """Return a new datum locating one piece of data through ``datum_kwargs``."""
        if self._stop_marker and strict_checks_enabled():
            refuse_after_stop("a datum")
        resource_uid = field_of(self.resource, "uid", "resource")
        doc: Datum = {
            "resource": resource_uid,
            "datum_kwargs": datum_kwargs,
            "datum_id": f"{resource_uid}/{next_number(self.counter, 'datum')}",
        }
        if validate:
            schema_validators[DocumentNames.datum].validate(doc)
        return doc


@dataclass
class ComposeDatumPage:
    """Compose datum pages (several datum, column-wise) of ``resource``, numbered by ``counter``."""

    resource: Resource
    counter: Iterator[int]

    _stop_marker = NEVER_STOPPED
    """The run's poison pill when made by a run's ComposeResource (not a field: see NEVER_STOPPED)."""

    def __call__(self, datum_kwargs: dict[str, list[Any]], validate: bool = True) -> DatumPage:
        """Return a new datum page: one datum per value of the first column of ``datum_kwargs``."""
        strict = strict_checks_enabled()
        if strict and self._stop_marker:
            refuse_after_stop("a datum page")
        resource_uid = field_of(self.resource, "uid", "resource")
        rows = _page_length(datum_kwargs)
        if strict:
            column_length(
                "datum_page", ((f"['datum_kwargs'][{key!r}]", column) for key, column in datum_kwargs.items())
            )
        counter = self.counter
        doc: DatumPage = {
            "resource": resource_uid,
            "datum_kwargs": datum_kwargs,
            "datum_id": [f"{resource_uid}/{next_number(counter, 'datum page')}" for _ in range(rows)],
        }
        if validate:
            schema_validators[DocumentNames.datum_page].validate(doc)
        return doc


def _page_length(datum_kwargs: Any) -> int:
    """The length of the first column of ``datum_kwargs``, which 1.24 took for the page's.

    Fails as 1.24 did: AttributeError if ``datum_kwargs`` is not a dict, ValueError if
    it is empty, TypeError if its first column has no length.
    """
    try:
        columns = datum_kwargs.values()
    except AttributeError as error:
        reraise_as_ours(
            error, f"datum_page['datum_kwargs'] is {type(datum_kwargs).__name__}; expected a dict of columns."
        )
    for column in columns:
        try:
            return len(column)
        except TypeError as error:
            reraise_as_ours(
                error,
                f"the first column of datum_page['datum_kwargs'] is {type(column).__name__}; expected a list "
                "with one value per datum.",
            )
    raise EventModelValueError(
        "datum_page['datum_kwargs'] is empty, so the number of datum is unknown; "
        "expected at least one column."
    )


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

    _stop_marker = NEVER_STOPPED
    """The run's poison pill when made by compose_run (not a field: see NEVER_STOPPED)."""

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
        stop_marker = self._stop_marker
        if stop_marker and strict_checks_enabled():
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
            doc["run_start"] = field_of(self.start, "uid", "start")
        if validate:
            schema_validators[DocumentNames.resource].validate(doc)
        counter = itertools.count()
        compose_datum = ComposeDatum(doc, counter)
        compose_datum_page = ComposeDatumPage(doc, counter)
        if stop_marker is not NEVER_STOPPED:
            compose_datum._stop_marker = compose_datum_page._stop_marker = stop_marker
        return ComposeResourceBundle(doc, compose_datum, compose_datum_page)


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
