"""Migration of documents written under earlier event-model schemas to the current ones.

``from event_model.migrate import migrate``: ``migrate(pairs)`` upgrades a stream of
``(name, document)`` pairs. The rules are data (:mod:`.rules`), applied by
:mod:`.engine` with the field operations of :mod:`.operations` and the run
memory of :mod:`.context`; :mod:`.command` is ``event-model migrate``.
"""

from .engine import MigrationIssue, Migrator, migrate
from .operations import file_uri
from .rules import RULES, SPEC_MIMETYPES, FieldMap, Rule

__all__ = ["RULES", "SPEC_MIMETYPES", "FieldMap", "MigrationIssue", "Migrator", "Rule", "file_uri", "migrate"]
