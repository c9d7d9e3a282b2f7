"""Build of the optional C extension; everything else is declared in pyproject.toml.

``event_model.pages._speedups`` holds the compiled inner loops of packing, unpacking and
joining pages. It is optional: where it cannot be built (no C compiler or Python
headers), the install goes on with a warning and event_model runs its Python
implementation of the same functions, which gives the same results, only slower.
"""

from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension(
            "event_model.pages._speedups",
            sources=["src/event_model/pages/_speedups.c"],
            optional=True,
        )
    ]
)
