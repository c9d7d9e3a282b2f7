"""Route documents by name to methods: ``DocumentRouter`` and ``SingleRunDocumentRouter``.

``document_router`` dispatches a document to the method of its name (see its
docstring for the rules), with ``rows_and_pages`` letting events and pages (datum
and datum pages) stand in for each other; ``single_run`` keeps one run's start
and descriptors; ``run_router`` (``event_model.run_router.RunRouter``) makes
callbacks per run from factories.
"""

from .document_router import DocumentRouter
from .single_run import SingleRunDocumentRouter

__all__ = ["DocumentRouter", "SingleRunDocumentRouter"]
