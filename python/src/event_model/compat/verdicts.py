"""What a schema change does to documents: the verdict classes and the change record.

*Backward compatible*: every document valid under the old schemas is valid under
the new ones (new readers read old archives). *Forward compatible*: every document
valid under the new schemas is valid under the old ones (old readers survive new
producers). *Full*: both. *Breaking*: neither. *Undecidable*: the checker cannot
tell (a changed regular expression, a keyword it does not model), and says so
rather than guess.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

__all__ = ["Change", "Verdict", "combine"]


class Verdict(str, enum.Enum):
    """The compatibility class of one change, or of a whole diff (ordered from harmless to worst)."""

    full = "full"
    backward = "backward"
    forward = "forward"
    undecidable = "undecidable"
    breaking = "breaking"

    @property
    def rank(self) -> int:
        """Position in the order full < backward < forward < undecidable < breaking."""
        return list(Verdict).index(self)

    @property
    def backward_compatible(self) -> bool:
        """Whether documents valid under the old schemas are known to stay valid."""
        return self in (Verdict.full, Verdict.backward)

    @property
    def forward_compatible(self) -> bool:
        """Whether documents valid under the new schemas are known to be valid under the old."""
        return self in (Verdict.full, Verdict.forward)


def combine(verdicts: Iterable[Verdict]) -> Verdict:
    """The verdict of several changes together: each direction holds only if it holds for every change."""
    backward = forward = True
    undecidable = False
    for verdict in verdicts:
        if verdict is Verdict.breaking:
            return Verdict.breaking
        if verdict is Verdict.undecidable:
            undecidable = True
            continue
        backward = backward and verdict.backward_compatible
        forward = forward and verdict.forward_compatible
    if not (backward or forward):
        return Verdict.breaking
    if undecidable:
        return Verdict.undecidable
    if backward and forward:
        return Verdict.full
    return Verdict.backward if backward else Verdict.forward


@dataclass(frozen=True)
class Change:
    """One difference between two schema versions, where it is and what it does to documents.

    ``document`` is the schema file, ``path`` the place in the document (``/data_keys/*/dtype``:
    ``*`` is any key of a map, ``[]`` any item of an array), ``kind`` what changed
    (``property_added``, ``type_narrowed``, ...), ``message`` the explanation in words.
    """

    document: str
    path: str
    kind: str
    verdict: Verdict
    message: str
    old: Any = None
    new: Any = None

    def to_json(self) -> dict[str, Any]:
        """The change as a JSON object."""
        return {
            "document": self.document,
            "path": self.path or "/",
            "kind": self.kind,
            "verdict": self.verdict.value,
            "message": self.message,
            "old": self.old,
            "new": self.new,
        }
