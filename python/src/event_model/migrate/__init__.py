"""Migration of documents written under earlier event-model schemas to the current ones.

``from event_model.migrate import migrate``: ``migrate(pairs)`` upgrades a stream of
``(name, document)`` pairs. The rules, and the earlier shapes that are reported
rather than migrated, are data (:mod:`.rules`), applied by
:mod:`.engine` with the field operations of :mod:`.operations` and the run
memory of :mod:`.context`; :mod:`.command` is ``event-model migrate``.
"""

from .engine import MigrationIssue, Migrator, migrate
from .operations import file_uri
from .rules import KNOWN_BREAKS, RULES, SPEC_MIMETYPES, FieldMap, KnownBreak, Rule

__all__ = [
    "KNOWN_BREAKS",
    "RULES",
    "SPEC_MIMETYPES",
    "FieldMap",
    "KnownBreak",
    "MigrationIssue",
    "Migrator",
    "Rule",
    "file_uri",
    "migrate",
]
