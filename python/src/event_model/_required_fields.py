"""Read the fields that routing and filling cannot do without, with clear errors."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .describe import with_article
from .errors import EventModelKeyError, EventModelTypeError


def require_mapping(doc: Any, doc_name: str) -> Mapping[str, Any]:
    """Return ``doc`` if it is a mapping, else raise EventModelTypeError naming the document type."""
    if isinstance(doc, (dict, Mapping)):  # dict first: the common, cheap case
        return doc
    raise EventModelTypeError(
        f"{doc!r} is not {with_article(doc_name)} document: "
        f"expected a mapping (a dict), got {type(doc).__name__}"
    )


def require_field(doc: Any, key: str, doc_name: str) -> Any:
    """Return ``doc[key]``; raise EventModelKeyError naming the document type and the key if absent."""
    try:
        return doc[key]
    except KeyError:
        raise EventModelKeyError(
            f"{doc_name} document {_label(doc)}has no {key!r} field, which is required here"
        ) from None
    except (TypeError, IndexError):
        require_mapping(doc, doc_name)
        raise


def _label(doc: Any) -> str:
    """Name a document by its uid (or datum_id) for an error message, if it has one."""
    if not isinstance(doc, Mapping):
        return ""
    for identity in ("uid", "datum_id"):
        value = doc.get(identity)
        if isinstance(value, str):
            return f"{value!r} "
    return ""


def require_identifier(doc: Any, key: str, doc_name: str) -> Any:
    """Return ``doc[key]``, a uid or a reference to one, which must be hashable (a string, normally)."""
    value = require_field(doc, key, doc_name)
    try:
        hash(value)
    except TypeError:
        raise EventModelTypeError(
            f"{value!r} at {doc_name}[{key!r}] is not an identifier: expected a string"
        ) from None
    return value
