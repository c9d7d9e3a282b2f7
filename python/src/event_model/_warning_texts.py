"""The texts of the warnings that event-model 1.24.0 emits, kept word for word.

Downstream test suites silence these warnings by their text (suitcase's run
``warnings.filterwarnings("ignore", message="The document type 'bulk_events'*")``)
and run with every other warning as an error, so the text is part of the
interface: a reworded warning would fail their suites. These strings are matched
as facts of that interface, not written anew; every other message of this package is.
"""

from __future__ import annotations

BULK_EVENTS_DEPRECATED = (
    "The document type 'bulk_events' has been deprecated in favor of 'event_page', "
    "whose structure is a transpose of 'bulk_events'."
)
BULK_DATUM_DEPRECATED = (
    "The document type 'bulk_datum' has been deprecated in favor of 'datum_page', "
    "whose structure is a transpose of 'bulk_datum'."
)
INPLACE_NOT_SPECIFIED = (
    "'inplace' argument not specified. It is recommended to specify True or False. "
    "In future releases, 'inplace' will default to False."
)
FILLER_OPTION_DEPRECATED = (
    "In a future release of event-model, the argument `{option}` will be removed from Filler."
)
COMPOSE_STREAM_DATUM_DEPRECATED = "compose_stream_datum() will be removed in the minor version."
DOCS_PASSED_IN_1_14_0_WARNING = (
    "The callback {callback!r} raised {err!r} when RunRouter passed it a {name!r} document. "
    "This is probably because in earlier releases the RunRouter expected its factory functions "
    "to forward the 'start' document, but starting in event-model 1.14.0 the RunRouter passes "
    "in the document, causing the callback to receive it twice and potentially raise an error. "
    "Update the factory function. In a future release this warning will become an error."
)
