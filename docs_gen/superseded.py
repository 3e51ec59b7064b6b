"""Work after a served build that the next build does again: a save made meanwhile stops it rather
than wait for it (at 10,000 articles the data files alone take ten seconds)."""
from __future__ import annotations

import threading
from collections.abc import Callable

Checkpoint = Callable[[], None]  # raises Superseded once a newer build has started


class Superseded(Exception):
    """Raised at a checkpoint of work that a newer build makes again."""


def never() -> None:
    """The checkpoint of work that runs to its end (a build, a test)."""


class StopSignal:
    """Set by the next build; the work checks it between steps and at its checkpoints."""

    def __init__(self) -> None:
        self._stopped = threading.Event()
        self._woken = threading.Event()

    def set(self) -> None:
        self._stopped.set()
        self._woken.set()

    def hurry(self) -> None:
        """Someone waits for the work to end (a test, the end of serving): no more idling."""
        self._woken.set()

    def is_set(self) -> bool:
        return self._stopped.is_set()

    def checkpoint(self) -> None:
        if self._stopped.is_set():
            raise Superseded

    def idle(self, seconds: float) -> bool:
        """Wait until `seconds` pass with no newer build (True), a newer build starts (False) or
        hurry() is called (True)."""
        self._woken.wait(seconds)
        return not self._stopped.is_set()
