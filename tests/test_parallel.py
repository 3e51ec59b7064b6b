"""The per-article stages give the same result on one core and on several."""
from __future__ import annotations

import os
import threading

from docs_gen import parallel
from docs_gen.curated import load_curated
from docs_gen.pipeline import ExtractionCache, Options, collect_sources, generate
from test_build import FIXTURES, ROOT


def test_parallel_map_keeps_order_and_shares_the_work_with_a_worker(monkeypatch):
    monkeypatch.setattr(parallel, "MIN_ITEMS", 1)
    parent = os.getpid()
    results = list(parallel.parallel_map(lambda i: (i * i, os.getpid()), 300, workers=2))
    assert [square for square, _ in results] == [i * i for i in range(300)]
    pids = {pid for _, pid in results}
    assert parent in pids and len(pids) == 2, "this process and one forked worker each did part of the work"


def test_parallel_map_runs_here_while_other_threads_run(monkeypatch):
    monkeypatch.setattr(parallel, "MIN_ITEMS", 1)
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert {pid for pid in parallel.parallel_map(lambda i: os.getpid(), 50, workers=2)} == {os.getpid()}
    finally:
        stop.set()
        thread.join()


def test_pipeline_is_the_same_on_one_core_and_two(tmp_path, monkeypatch):
    monkeypatch.setattr(parallel, "MIN_ITEMS", 1)
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for path in list((ROOT / "seeds").glob("*.txt")) + list(FIXTURES.glob("*.txt")):
        (seeds / path.name).write_bytes(path.read_bytes())
    curated = load_curated(ROOT / "seeds" / "_data")
    runs = []
    for workers in (1, 2):
        cache = ExtractionCache()
        result = generate(collect_sources(seeds), curated, Options(ROOT / "templates", workers=workers), cache=cache)
        runs.append(([(p.path, p.content) for p in result.pages], result.files))
        assert cache.misses == 8 and cache.hits == 0
    assert runs[0] == runs[1]
