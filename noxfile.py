"""Every task of the project, one nox session each.

Fresh machine: ``python3 -m pip install nox`` and then, for instance,
``nox -s tests``. ``nox --list`` shows every session with its summary.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import nox

ROOT = Path(__file__).resolve().parent
PYTHON_PACKAGE = str(ROOT / "python")

# Pinned so that regenerating gives identical bytes everywhere.
DATAMODEL_CODE_GENERATOR = "datamodel-code-generator==0.89.0"
# dask[distributed]: the Dask test of `event-model validate` runs a real LocalCluster.
TEST_REQUIREMENTS = ["pytest>=8", "hypothesis>=6.100", "dask[distributed]>=2024.1", DATAMODEL_CODE_GENERATOR]
REFERENCE_EVENT_MODEL = "event-model==1.24.0"
BLUESKY_STACK = ["bluesky==1.15.1", "ophyd==1.11.2"]
# The suitcase serializers ship their test suites inside their wheels; each passes in full
# against event-model 1.24.0 at these versions (1164 passed, 72 skipped), and must here too.
SUITCASE_SUITES = {
    "suitcase-utils==0.5.4": "suitcase/utils/tests/tests.py",
    "suitcase-jsonl==0.2.2": "suitcase/jsonl/tests/tests.py",
    "suitcase-tiff==0.4.0": "suitcase/tiff_series/tests/tests.py suitcase/tiff_stack/tests/tests.py",
}

nox.options.sessions = [
    "codegen_check", "lint", "typing", "tests", "parity", "ts", "browser", "integration", "docs",
]
nox.options.reuse_existing_virtualenvs = True
nox.options.default_venv_backend = "venv"


def _npm_ci(session: nox.Session, folder: str) -> None:
    session.run("npm", "ci", "--no-audit", "--no-fund", "--prefix", str(ROOT / folder), external=True)


@nox.session
def codegen(session: nox.Session) -> None:
    """Regenerate the Python and TypeScript types, validators and schema copies from schemas/."""
    session.install(DATAMODEL_CODE_GENERATOR)
    _npm_ci(session, "codegen")
    session.run("python", str(ROOT / "codegen" / "run.py"))


@nox.session
def codegen_check(session: nox.Session) -> None:
    """Fail if any generated file differs from what schemas/ would generate now."""
    session.install(DATAMODEL_CODE_GENERATOR)
    _npm_ci(session, "codegen")
    session.run("python", str(ROOT / "codegen" / "run.py"), "--check")


@nox.session
def tests(session: nox.Session) -> None:
    """Run the Python test suite (vectors, corpus, validation, pages, composition, routing, CLI, drift)."""
    session.install(PYTHON_PACKAGE, *TEST_REQUIREMENTS)
    _npm_ci(session, "codegen")
    session.run("pytest", "tests", "--ignore=tests/integration", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """Check the Python code with ruff."""
    session.install("ruff==0.17.5")
    session.run(
        "ruff", "check", "python/src", "python/setup.py", "codegen", "benchmarks", "tests", "noxfile.py"
    )


@nox.session
def typing(session: nox.Session) -> None:
    """Type-check the Python package, generated modules included, with mypy."""
    # With the dask extra, so that event_model.dask is checked against dask's own types.
    session.install(f"{PYTHON_PACKAGE}[dask]", "mypy==2.4.1", "types-jsonschema", "numpy")
    session.run("mypy", "python/src/event_model")


@nox.session
def ts(session: nox.Session) -> None:
    """Build and test the TypeScript package: types, vectors, corpus, type-level and packaging checks."""
    session.chdir(ROOT / "typescript")
    session.run("npm", "ci", "--no-audit", "--no-fund", external=True)
    session.run("npm", "run", "build", external=True)
    session.run("npm", "test", external=True)


@nox.session
def browser(session: nox.Session) -> None:
    """Test the validation page in headless Debian chromium: strict CSP, file://, the command's own report."""
    # Needs /usr/bin/chromium (Debian's package; .ci/run installs it): nothing downloads a browser.
    session.install(PYTHON_PACKAGE)
    session.chdir(ROOT / "typescript")
    session.run("npm", "ci", "--no-audit", "--no-fund", external=True)
    session.run("npm", "run", "build", external=True)
    session.run("node", "page/build.mjs", "--check", external=True)  # the page tested is the one published
    session.run("npm", "run", "test:browser", external=True,
                env={"EVENT_MODEL_PYTHON": os.path.join(session.bin, "python")})


@nox.session
def integration(session: nox.Session) -> None:
    """Run real bluesky plans on ophyd's simulated devices, and suitcase's own test suites, here."""
    session.install(PYTHON_PACKAGE, *BLUESKY_STACK, *SUITCASE_SUITES, "pytest>=8")
    # pip must keep our event_model, not pull event-model from PyPI for bluesky.
    session.run(
        "python", "-c",
        "import event_model, importlib.util, sys; print('event_model from', event_model.__file__); "
        "sys.exit(0 if importlib.util.find_spec('event_model.schema_files') else "
        "'event-model from PyPI replaced this package')",
    )
    # tests/conftest.py serves the unit tests (hypothesis, page fixtures); not loaded here.
    session.run("pytest", "tests/integration", "--confcutdir=tests/integration", *session.posargs)
    site_packages = session.run(
        "python", "-c", "import pathlib, suitcase.utils as u; print(pathlib.Path(u.__file__).parents[2])",
        silent=True,
    )
    root = Path(str(site_packages).strip())
    suites = [str(root / test_file) for files in SUITCASE_SUITES.values() for test_file in files.split()]
    # Their own settings, not this repository's pyproject.toml (whose filterwarnings=error would
    # override the warning filters suitcase's conftest installs, under event-model 1.24.0 too).
    config = Path(session.create_tmp()).resolve() / "suitcase-pytest.ini"
    config.write_text("[pytest]\n")
    session.run("pytest", "-q", "-p", "no:cacheprovider", "-c", str(config),
                f"--rootdir={root / 'suitcase'}", *suites)


def _reference_python(session: nox.Session) -> str:
    """The Python of a virtual environment holding event-model 1.24.0 (made once, reused)."""
    reference_venv = ROOT / ".nox" / "reference-event-model-1-24"
    reference_python = reference_venv / "bin" / "python"
    if not reference_python.exists():
        session.run("python", "-m", "venv", str(reference_venv))
    session.run(str(reference_python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                REFERENCE_EVENT_MODEL, "numpy", external=True)
    return str(reference_python)


@nox.session
def parity(session: nox.Session) -> None:
    """Check the drop-in rule side by side with event-model 1.24.0: generated cases, then 1.24's own tests."""
    # The dask extra lets 1.24's NumpyEncoder test of dask arrays run instead of skipping.
    session.install(f"{PYTHON_PACKAGE}[dask]", "pytest>=8")
    reference_python = _reference_python(session)
    # event-model 1.24.0's own test suite, taken from its installed wheel, run against this package.
    # Two of its modules test what this package deliberately does not ship: the pydantic schema
    # generator (test_schema_generation) and the event_model.tests package itself (test_import_tess).
    installed = session.run(
        reference_python, "-c", "import event_model, os; print(os.path.dirname(event_model.__file__))",
        external=True, silent=True,
    )
    suite = Path(session.create_tmp()).resolve() / "event_model_1_24_tests"
    shutil.rmtree(suite, ignore_errors=True)
    shutil.copytree(Path(str(installed).strip()) / "tests", suite / "tests124",
                    ignore=shutil.ignore_patterns("__pycache__"))
    # Run as downstream suites are: every warning an error.
    (suite / "pytest.ini").write_text("[pytest]\nfilterwarnings = error\n")
    session.chdir(suite)
    session.run(
        "pytest", "-q", "-p", "no:cacheprovider", f"--rootdir={suite}", "tests124",
        "--ignore=tests124/test_schema_generation.py", "--deselect=tests124/test_em.py::test_import_tess",
    )
    session.chdir(ROOT)
    session.run(
        "python", str(ROOT / "tests" / "parity" / "run.py"),
        "--ours", os.path.join(session.bin, "python"), "--reference", reference_python, *session.posargs,
    )


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmark this package against event-model 1.24.0, side by side, and print the ratios."""
    session.install(f"{PYTHON_PACKAGE}[dask]", "rich")
    reference_python = _reference_python(session)
    node_benches = []
    if (ROOT / "typescript" / "bench" / "validate.mjs").exists():
        session.chdir(ROOT / "typescript")
        session.run("npm", "ci", "--no-audit", "--no-fund", external=True)
        session.run("npm", "run", "build", external=True)
        session.chdir(ROOT)
        node_benches = ["--node-bench", str(ROOT / "typescript" / "bench" / "validate.mjs")]
        # The whole-run check of a 200 000-event run, in node and in headless Debian chromium.
        node_benches += ["--node-bench", str(ROOT / "typescript" / "bench" / "run-validator.mjs")]
    session.run(
        "python", str(ROOT / "benchmarks" / "compare.py"),
        "--ours", os.path.join(session.bin, "python"),
        "--reference", reference_python,
        *node_benches,
    )
    # event-model validate at scale: generated big run, invalid lines, 1 000 files, Dask, import time.
    session.run("python", str(ROOT / "benchmarks" / "scale.py"),
                "--ours", os.path.join(session.bin, "python"), "--reference", reference_python)


@nox.session
def demo(session: nox.Session) -> None:
    """The main job: regenerate the types, then validate and convert real runs from examples/."""
    session.install(PYTHON_PACKAGE, DATAMODEL_CODE_GENERATOR)
    _npm_ci(session, "codegen")
    session.run("python", str(ROOT / "codegen" / "run.py"))
    session.run("event-model", "validate", str(ROOT / "examples" / "scan_det_motor.jsonl"))
    # The faulty example is meant to fail validation: exit status 1 is the expected outcome.
    session.run("event-model", "validate", str(ROOT / "examples" / "faulty_run.jsonl"), success_codes=[1])
    converted = Path(session.create_tmp()) / "scan_det_motor.pages.jsonl"
    session.run("python", str(ROOT / "examples" / "convert_to_pages.py"),
                str(ROOT / "examples" / "scan_det_motor.jsonl"), str(converted))
    session.log(f"converted run written to {converted}")


@nox.session
def docs(session: nox.Session) -> None:
    """Build the documentation site with warnings as errors."""
    session.install(PYTHON_PACKAGE, "-r", str(ROOT / "docs" / "requirements.txt"))
    session.run("sphinx-build", "-W", "--keep-going", "-b", "html", "docs", "docs/_build/html")


@nox.session
def compat(session: nox.Session) -> None:
    """Diff schemas/ against the release baseline; fail on an unannounced incompatible change."""
    session.install(PYTHON_PACKAGE)
    package_version = session.run(
        "python", "-c", "import importlib.metadata as m; print(m.version('event-model'))", silent=True
    )
    session.run(
        "python", "-m", "event_model.compat.release_gate",
        str(ROOT / "release-baseline"), str(ROOT / "schemas"),
        "--package-version", str(package_version).strip(),
    )
