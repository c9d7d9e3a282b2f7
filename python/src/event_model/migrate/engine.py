"""Apply the migration rules to a stream of ``(name, document)`` pairs, whole runs at a time.

:class:`Migrator` reads documents in order, remembers what later documents need
(:class:`~.context.RunContext`), and for each document finds the rules whose
shape it has. No matching rule: the document passes through unchanged (the same
object). One rule: its field maps make the current shape, which must validate.
A document that waits for a later one (a stream datum before its descriptor) is
held, with everything after it so that order is kept, until the run supplies it
or ends. Anything else — several rules, an unknown spec, a missing descriptor, an
old document no rule knows that the current schema rejects — is reported as a
:class:`MigrationIssue` and the document is passed on unchanged: never guessed.
An invalid document whose every schema error lies in a place that a
:class:`~.rules.KnownBreak` names is reported as that earlier shape, with the
release that accepted it and the reason it is not migrated.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from ..document_names import DocumentNames
from ..validation.validators import schema_validators
from .context import RunContext
from .operations import MISSING, OPERATIONS, Problem, Wait
from .rules import KNOWN_BREAKS, RULES, KnownBreak, Rule

__all__ = ["MigrationIssue", "Migrator", "migrate"]


@dataclass(frozen=True)
class MigrationIssue:
    """A document that was passed on unchanged because migrating it would mean guessing."""

    index: int
    name: str
    uid: str | None
    message: str
    shape: str | None = None
    """The rule or known break that names the document's earlier shape, if one does."""

    def to_json(self) -> dict[str, Any]:
        """The issue as a JSON object."""
        return {
            "index": self.index,
            "name": self.name,
            "uid": self.uid,
            "message": self.message,
            "shape": self.shape,
        }


class Migrator:
    """Upgrades documents of earlier event-model releases to the current schemas, in order."""

    def __init__(self, rules: Iterable[Rule] = RULES) -> None:
        self.rules = tuple(rules)
        self.context = RunContext()
        self.issues: list[MigrationIssue] = []
        self.migrated = 0
        self._held: list[tuple[int, str, Any]] = []
        self._count = 0

    def feed(self, name: str, document: Any) -> list[tuple[str, Any]]:
        """Read one document; return the documents ready to be written, in order."""
        index, self._count = self._count, self._count + 1
        if isinstance(document, Mapping):
            self.context.see(name, document)
        self._held.append((index, name, document))
        ready = self._release(final=False)
        if name == "stop":
            ready += self._release(final=True)
        return ready

    def finish(self) -> list[tuple[str, Any]]:
        """Release what is still held at the end of the input, reporting what never resolved."""
        return self._release(final=True)

    def _release(self, *, final: bool) -> list[tuple[str, Any]]:
        ready: list[tuple[str, Any]] = []
        while self._held:
            index, name, document = self._held[0]
            try:
                ready.append((name, self._migrate_one(index, name, document)))
            except Wait as waiting:
                if not final:
                    break
                self._report(
                    index, name, document, f"needs {waiting} that the run never supplied", waiting.rule
                )
                ready.append((name, document))
            self._held.pop(0)
        return ready

    def _migrate_one(self, index: int, name: str, document: Any) -> Any:
        if not isinstance(document, Mapping):
            self._report(index, name, document, "is not a JSON object")
            return document
        matching = [rule for rule in self.rules if rule.document == name and _has_shape(document, rule)]
        if len(matching) > 1:
            self._report(
                index, name, document, f"matches several rules ({', '.join(r.name for r in matching)})"
            )
            return document
        if not matching:
            errors = _errors(name, document)
            if errors:
                message, shape = _explain(name, document, errors)
                self._report(index, name, document, message, shape)
            return document
        rule = matching[0]
        try:
            upgraded = _apply(rule, document, self.context)
        except Wait as waiting:
            waiting.rule = rule.name
            raise
        except Problem as problem:
            self._report(index, name, document, f"({rule.name}) {problem}", rule.name)
            return document
        errors = _errors(name, upgraded)
        if errors:
            path, problem_text = errors[0]
            self._report(
                index,
                name,
                document,
                f"({rule.name}) the migrated document is still invalid: {_place(path)}: {problem_text}",
                rule.name,
            )
            return document
        self.migrated += 1
        return upgraded

    def _report(self, index: int, name: str, document: Any, message: str, shape: str | None = None) -> None:
        uid = document.get("uid", document.get("datum_id")) if isinstance(document, Mapping) else None
        self.issues.append(MigrationIssue(index, name, uid if isinstance(uid, str) else None, message, shape))


def _has_shape(document: Mapping[str, Any], rule: Rule) -> bool:
    return rule.has <= document.keys() and not (rule.lacks & document.keys())


def _apply(rule: Rule, document: Mapping[str, Any], context: RunContext) -> dict[str, Any]:
    upgraded: dict[str, Any] = {}
    for field_map in rule.maps:
        value = OPERATIONS[field_map.operation](document, field_map, context)
        if value is not MISSING:
            upgraded[field_map.target] = value
    for key, value in document.items():
        if key not in rule.drop and key not in upgraded:
            upgraded[key] = value
    return upgraded


Path = tuple[str | int, ...]


def _errors(name: str, document: Mapping[str, Any]) -> list[tuple[Path, str]]:
    """The current schema's errors in ``document``: (path, problem) pairs, in the validator's order."""
    try:
        validator = schema_validators[DocumentNames(name)]
    except (ValueError, KeyError):
        return [((), f"{name!r} is not a document name")]
    if validator.is_valid(document):
        return []
    return [(tuple(error.path), error.problem) for error in validator.iter_errors(document)]


def _place(path: Path) -> str:
    return "/".join(str(part) for part in path) or "the top level"


def _at(place: tuple[str, ...], path: Path) -> bool:
    return len(path) >= len(place) and all(
        step == "*" or step == part for step, part in zip(place, path, strict=False)
    )


def _value_at(document: Any, path: Path) -> Any:
    for part in path:
        inside = (isinstance(document, Mapping) and part in document) or (
            isinstance(document, list) and isinstance(part, int) and 0 <= part < len(document)
        )
        if not inside:
            return None
        document = document[part]
    return document


def _break_of(name: str, document: Any, path: Path) -> KnownBreak | None:
    for known in KNOWN_BREAKS:
        if known.document != name:
            continue
        for place in known.places:
            if not _at(place, path):
                continue
            if known.lacks is not None:
                value = _value_at(document, path[: len(place)])
                if not isinstance(value, Mapping) or known.lacks in value:
                    continue
            return known
    return None


def _explain(
    name: str, document: Mapping[str, Any], errors: list[tuple[Path, str]]
) -> tuple[str, str | None]:
    """The issue message of an invalid document no rule matches, and the known break it shows, if one."""
    found: dict[str, tuple[KnownBreak, Path]] = {}
    for path, problem in errors:
        known = _break_of(name, document, path)
        if known is None:
            return (
                f"is invalid under the current schema and no rule knows its shape: {_place(path)}: {problem}",
                None,
            )
        found.setdefault(known.name, (known, path))
    parts = [
        f"{_place(path)} has the shape {known.name} (event-model {known.released_in}): {known.reason}"
        for known, path in found.values()
    ]
    first = next(iter(found.values()))[0]
    return "is an earlier shape that is not migrated: " + "; ".join(parts), first.name


def migrate(
    documents: Iterable[tuple[str, Any]], *, issues: list[MigrationIssue] | None = None
) -> Iterator[tuple[str, Any]]:
    """Upgrade ``(name, document)`` pairs of earlier releases to the current schemas, lazily, in order.

    Current documents pass through unchanged. Documents that cannot be migrated
    without guessing are passed on unchanged and, when ``issues`` is a list, an
    issue per document is appended to it.
    """
    migrator = Migrator()
    for name, document in documents:
        yield from migrator.feed(name, document)
    yield from migrator.finish()
    if issues is not None:
        issues.extend(migrator.issues)
