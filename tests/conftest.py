"""Fixtures shared by the test modules."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from event_model.pages import compiled as _pages_compiled
from hypothesis import HealthCheck, settings

# Property tests judge results, not speed: on a busy two-core CI machine a first draw
# (building hypothesis' character tables, say) can take over a second.
settings.register_profile("event-model", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("event-model")


@pytest.fixture(scope="module", params=["compiled", "python"])
def page_implementation(request: pytest.FixtureRequest) -> Iterator[str]:
    """Run a page test module twice: with the compiled inner loops, then with Python alone.

    Page conversion uses ``event_model.pages._speedups`` when it was built and falls back
    to its Python code otherwise; both must give the same results and the same errors.
    """
    compiled = _pages_compiled.speedups
    if request.param == "python":
        _pages_compiled.speedups = None
    try:
        yield request.param
    finally:
        _pages_compiled.speedups = compiled
