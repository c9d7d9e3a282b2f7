"""The batch UUID4 maker used by the composers."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import uuid

from event_model.composition._uids import new_uid, new_uids


def test_uids_are_canonical_uuid4_strings() -> None:
    for text in [new_uid() for _ in range(600)] + new_uids(600):
        parsed = uuid.UUID(text)
        assert parsed.version == 4
        assert parsed.variant == uuid.RFC_4122
        assert str(parsed) == text


def test_uids_do_not_repeat() -> None:
    made = [new_uid() for _ in range(3000)] + new_uids(3000)
    assert len(set(made)) == len(made)


def test_new_uids_gives_the_count_asked_for() -> None:
    assert [len(new_uids(n)) for n in (0, 1, 700)] == [0, 1, 700]


def test_a_forked_child_does_not_repeat_its_parents_uids() -> None:
    script = textwrap.dedent(
        """
        import os
        from event_model.composition._uids import new_uid
        new_uid()  # fill the supply before forking
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.write(write_end, new_uid().encode())
            os._exit(0)
        os.waitpid(pid, 0)
        child = os.read(read_end, 64).decode()
        print("distinct" if child != new_uid() else "repeated")
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "distinct"
