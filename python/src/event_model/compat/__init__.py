"""Schema evolution: what a change to the document schemas does to documents, old and new.

:func:`diff_schema_sets` compares two schema sets (:func:`load_schema_set`: a folder
or a released version) and classifies every change as backward compatible, forward
compatible, both (``full``), breaking or undecidable; :func:`verify_report` tests a
verdict on documents drawn from each version. The modules follow the phases:
``schema_sets`` (load), ``views`` (normalize), ``compare`` and ``compare_objects``
(walk both versions), ``diff`` (the report), ``render`` and ``command`` (the
``event-model schema diff`` command), ``samples`` and ``regex_samples`` (draw
documents), ``verify`` (test a verdict), ``release_gate`` (``nox -s compat``).
"""

from .diff import DiffReport, diff_schema_sets
from .schema_sets import SchemaSet, load_schema_set
from .verdicts import Change, Verdict, combine
from .verify import SetValidator, Verification, verify_report

__all__ = [
    "Change",
    "DiffReport",
    "SchemaSet",
    "SetValidator",
    "Verdict",
    "Verification",
    "combine",
    "diff_schema_sets",
    "load_schema_set",
    "verify_report",
]
