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
        self._event = threading.Event()

    def set(self) -> None:
        self._event.set()

    def is_set(self) -> bool:
        return self._event.is_set()

    def checkpoint(self) -> None:
        if self._event.is_set():
            raise Superseded
