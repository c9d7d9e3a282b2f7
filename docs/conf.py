"""Sphinx configuration of the event-model documentation (``nox -s docs``).

Pages are Markdown (MyST). The schema reference and the Python API reference are
generated at build time by the local extension in ``_ext/``. Nothing is fetched
from the network: no intersphinx, no remote images.
"""

from __future__ import annotations

import sys
from importlib.metadata import version
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "_ext"))

project = "event-model"
author = "the event-model contributors"
copyright = "the event-model contributors"
release = version("event-model")
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "event_model_docs",
]

source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
root_doc = "index"
exclude_patterns = ["_build", "examples", "README.md"]

# Quotes in values ('primary', "STREAM:") must stay straight quotes.
smartquotes = False

myst_heading_anchors = 3

autodoc_member_order = "bysource"
autodoc_typehints = "signature"

html_theme = "furo"
html_title = f"event-model {release}"
html_static_path = ["_static"]
# The validation page, built from the TypeScript package (typescript/page/), published as /validator/.
html_extra_path = ["_extra"]
html_css_files = ["event_model.css"]
html_copy_source = False
html_show_sourcelink = False
