"""Run a per-item function over many items on every core, for the per-article stages.

Workers are forked, so they start at once and share the parent's data (corpus, matchers, templates)
without copying it; only each item's result travels back. Forking is only safe while this process
runs no other thread (`mkdocs serve` runs several), so then, on one core or for a few items, the work
runs here in order."""
from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

Result = TypeVar("Result")
MIN_ITEMS = 200  # below this, starting workers costs more than it saves
_work: Callable[[int], object] | None = None  # what the forked workers run, inherited from the parent


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def _run(indices: range) -> list:
    assert _work is not None
    return [_work(i) for i in indices]


def parallel_map(work: Callable[[int], Result], count: int, workers: int = 0) -> Iterator[Result]:
    """work(0), work(1), ... work(count - 1), in order, spread over `workers` processes (0: all cores).

    This process is one of them: it does every `workers`-th batch itself while the forked workers do
    the rest, so one fewer copy of the pages the work touches is made (a worker that reads an object
    copies its memory page, to count the reference)."""
    global _work
    workers = workers or cores()
    if (workers < 2 or count < MIN_ITEMS or threading.active_count() > 1
            or "fork" not in multiprocessing.get_all_start_methods()):
        yield from (work(i) for i in range(count))
        return
    size = max(1, min(64, count // (workers * 8)))
    batches = [range(i, min(i + size, count)) for i in range(0, count, size)]
    _work = work
    try:
        with ProcessPoolExecutor(workers - 1, mp_context=multiprocessing.get_context("fork")) as pool:
            elsewhere = {n: pool.submit(_run, batch) for n, batch in enumerate(batches) if n % workers}
            for n, batch in enumerate(batches):
                yield from (elsewhere.pop(n).result() if n in elsewhere else _run(batch))
    finally:
        _work = None
