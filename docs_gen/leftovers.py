"""What a finished `mkdocs` command leaves for its process to drop at exit, without freeing it.

A dirty build holds the memos of the last one and what it made from them: millions of objects at
10,000 articles, which took seconds to free one by one when the command ended (4.7 s under a
profiler), for memory the system takes back at once when the process exits."""
from __future__ import annotations

import gc

# A list that holds itself: clearing this module's names at exit leaves it referenced, so nothing in
# it is freed, and freezing keeps the collector from ever walking it.
_HELD: list = []
_HELD.append(_HELD)


def leave_to_exit(*objects: object) -> None:
    """Keep `objects` alive, untouched by the collector, until the process ends."""
    _HELD.append(objects)
    gc.freeze()


def release_left() -> None:
    """For a process that runs another command after this one (a test, a script): let them go now."""
    del _HELD[1:]
