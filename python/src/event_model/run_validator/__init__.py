"""Check whole runs, not just single documents: ``RunValidator`` and its ``Finding``."""

from .validator import Finding, RunSummary, RunValidator, Severity

__all__ = ["Finding", "RunSummary", "RunValidator", "Severity"]
