"""The ``event-model`` command (entry point ``event_model.cli:main``).

``main`` parses the command line; ``sources`` expands files, folders and globs;
``inputs`` plans how they are validated (serially, over processes with
``parallel_file``, or on Dask); ``validate_file`` checks one source with
``jsonlines`` reading it; ``report`` renders the text and JSON reports and
``progress`` the progress bar.
"""

from .main import LARGE_INPUT_BYTES, build_parser, main

__all__ = ["LARGE_INPUT_BYTES", "build_parser", "main"]
