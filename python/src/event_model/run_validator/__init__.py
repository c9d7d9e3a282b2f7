"""Check whole runs, not just single documents: ``RunValidator`` and its ``Finding``.

A schema says whether one document is well formed; it cannot say whether a run
is. :class:`RunValidator` is a :class:`~event_model.routing.DocumentRouter`: feed
it documents in order, ``validator(name, doc)`` (for instance
``RE.subscribe(validator)``, or every line of a JSON-lines file), and it
collects :class:`Finding` objects instead of raising. It checks:

- every document against the schema of its type, and every event (page)
  against the schema built from its descriptor
  (:func:`event_model.event_schema.event_schema_for`: keys, types, shapes);
- one start first; a start after a stop begins a new run; nothing else after a stop;
- references resolve to documents already seen in the run: descriptor, resource
  and stream resource ``run_start``, event ``descriptor``, datum ``resource``,
  stream datum ``stream_resource`` and ``descriptor`` (an empty descriptor, as
  composed outside the RunEngine, is allowed);
- ``seq_num`` runs 1, 2, 3, ... *per stream name*: the RunEngine keeps one
  counter per stream name, and the descriptors that share a name (a new one is
  made when a device is reconfigured) continue each other's numbering. A
  seq_num that skips ahead is an error; one that goes back is a warning (the
  RunEngine does that when it rewinds to a checkpoint after a pause);
- event ``data``/``timestamps`` keys equal the descriptor's data keys (minus
  'STREAM:' keys), ``filled`` mentions only data keys, and the columns of a
  page have equal lengths;
- the stop's ``num_events`` per stream equals the stream's last seq_num, counting
  the rows that stream datums add (without gaps: the number of events sent);
- uids (and datum ids) are unique across everything validated;
- a descriptor that reuses a stream name has the same data keys.

Finding codes (``Finding.code``):

=====================  =========================================================
``schema``             the document fails the schema of its type
``data-type``          an event's reading has the wrong type or shape
``data-keys``          data/timestamps/filled keys disagree with the descriptor
``page-columns``       the columns of an event or datum page differ in length
``unknown-name``       the name is not a document name
``no-start``           documents arrive before any start
``missing-stop``       a run ends (next start, or end of input) without a stop
``after-stop``         a document other than a start follows a stop
``wrong-run``          a ``run_start`` names another run's start
``unknown-descriptor`` an event, page or stream datum names an unseen descriptor
``unknown-resource``   a datum names an unseen resource
``unknown-stream-resource``  a stream datum names an unseen stream resource
``stream-key``         a stream datum's data key is not a 'STREAM:' key of its descriptor
``stream-range``       a stream datum range ends before it starts
``seq-num-gap``        a seq_num skips ahead
``seq-num-rewind``     a seq_num goes back (warning)
``num-events``         the stop's num_events disagrees with what was sent
``duplicate-uid``      a uid or datum id was seen before
``stream-name-reuse``  a descriptor reuses a stream name with other data keys
``deprecated``         a bulk_events / bulk_datum document (warning)
``unusable-data-key``  a data key's shape cannot describe readings (64 dimensions at most, lengths >= 0)
``float-in-integer-key``  a fractional reading of a key declared 'integer' (warning, once per stream and key)
``unchecked``          a document so odd that a check failed on it
=====================  =========================================================

One mistake is one finding: several schema errors about one value are one
finding, and a seq_num gap over rows already reported (a misnamed event, one
naming an unknown descriptor, one without a usable seq_num) is not reported.
The documentation page "Findings" says how to fix each at the source.
"""

from .findings import Finding, RunSummary, Severity
from .validator import RunValidator

__all__ = ["Finding", "RunSummary", "RunValidator", "Severity"]
