"""When jsonschema-rs's "valid" proves a document valid: the fast path of a SchemaValidator.

A SchemaValidator trusts its jsonschema-rs validator only when that one says
"valid", and only once it has agreed with the reference on a few probes; any
other answer, or a value jsonschema-rs cannot read, sends the document to the
reference validator.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .integers import IntegerCheck
from .standins import StandIns

__all__ = ["PROBES", "agrees_on_probes", "fast_proof", "never_proves"]


def never_proves(document: Any) -> bool:
    """The fast path of a reference-only validator: it never proves anything."""
    return False


def fast_proof(
    is_valid: Callable[[Any], bool], integer_check: IntegerCheck | None, stand_ins: StandIns | None
) -> Callable[[Any], bool]:
    """Return a function saying whether jsonschema-rs proves a document valid.

    False means "ask the reference": jsonschema-rs rejected the document (even with
    numpy values and NaN swapped for stand-ins), could not read a value in it (it
    raises), or a Decimal sits where an integer belongs.
    """

    # Two versions, so that the per-document call does not test for a missing check.
    if integer_check is None:

        def accepts(document: Any) -> bool:
            try:
                return bool(is_valid(document))
            except Exception:  # a value jsonschema-rs cannot read
                return False

    else:

        def accepts(document: Any) -> bool:
            try:
                return bool(is_valid(document)) and integer_check(document)
            except Exception:  # a value jsonschema-rs cannot read
                return False

    if stand_ins is None:
        return accepts

    def proves_valid(document: Any) -> bool:
        if accepts(document):
            return True
        try:
            swapped = stand_ins.substitute(document)
        except Exception:  # a hostile value; the reference will say what is wrong
            return False
        return swapped is not None and accepts(swapped)

    return proves_valid


PROBES: tuple[Any, ...] = (None, 42, "x", [], {}, {"uid": 1})
"""Small instances on which a freshly compiled fast validator must not be laxer than the reference."""


def agrees_on_probes(fast_is_valid: Callable[[Any], bool], reference_is_valid: Callable[[Any], bool]) -> bool:
    """Whether the fast validator rejects every probe that the reference rejects.

    A cheap check, once per schema, against a jsonschema-rs build that would
    accept everything (as some releases did with an explicit draft).
    """
    return all(reference_is_valid(probe) or not fast_is_valid(probe) for probe in PROBES)
