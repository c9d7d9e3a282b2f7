"""The strict-checks switch: off by default, on inside the block, local to a thread and a task."""

from __future__ import annotations

import asyncio
import threading

import event_model
import pytest


def test_off_by_default() -> None:
    assert event_model.strict_checks_enabled() is False


def test_on_inside_the_block_and_restored_after() -> None:
    with event_model.strict_checks():
        assert event_model.strict_checks_enabled() is True
        with event_model.strict_checks(enabled=False):
            assert event_model.strict_checks_enabled() is False
        assert event_model.strict_checks_enabled() is True
    assert event_model.strict_checks_enabled() is False


def test_restored_when_the_block_raises() -> None:
    with pytest.raises(ZeroDivisionError), event_model.strict_checks():
        1 / 0  # noqa: B018 -- the point is that the block fails
    assert event_model.strict_checks_enabled() is False


def test_other_threads_keep_their_own_setting() -> None:
    seen: list[bool] = []
    with event_model.strict_checks():
        thread = threading.Thread(target=lambda: seen.append(event_model.strict_checks_enabled()))
        thread.start()
        thread.join()
    assert seen == [False]


def test_asyncio_tasks_keep_their_own_setting() -> None:
    async def strict_task() -> bool:
        with event_model.strict_checks():
            await asyncio.sleep(0)
            return event_model.strict_checks_enabled()

    async def lenient_task() -> bool:
        await asyncio.sleep(0)
        return event_model.strict_checks_enabled()

    async def both() -> list[bool]:
        return list(await asyncio.gather(strict_task(), lenient_task()))

    assert asyncio.run(both()) == [True, False]


def test_strict_mode_refuses_what_1_24_accepts() -> None:
    """Events of two descriptors: 1.24 packs them under the last one; strict mode refuses."""
    events = [
        {"descriptor": descriptor, "uid": f"u{index}", "time": 1.0, "seq_num": index,
         "data": {"x": 1}, "timestamps": {"x": 1.0}, "filled": {}}
        for index, descriptor in enumerate(["a", "b"], start=1)
    ]
    assert event_model.pack_event_page(*events)["descriptor"] == "b"
    with event_model.strict_checks(), pytest.raises(event_model.EventModelValueError, match="descriptor"):
        event_model.pack_event_page(*events)
