"""The extraction cache: a rebuild extracts only the articles whose text changed, in one process and
across processes (on disk), and never serves mentions made by other code or other curated data."""
from __future__ import annotations

import gc
import pickle
import re
import shutil
import weakref

from docs_gen import pipeline
from docs_gen.curated import load_curated
from docs_gen.pipeline import CACHE_FILE, ExtractionCache, Options, collect_sources, frozen_when_done, generate
from test_build import FIXTURES, ROOT, build, make_project

TEMPLATES = ROOT / "templates"


def _seeds(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds" / "_data", seeds / "_data")
    for path in list((ROOT / "seeds").glob("*.txt")) + list(FIXTURES.glob("*.txt")):
        (seeds / path.name).write_bytes(path.read_bytes())
    return seeds


def _run(seeds, folder):
    """One build in a new cache object, as a new process would make it."""
    cache = ExtractionCache(folder)
    result = generate(collect_sources(seeds), load_curated(seeds / "_data"), Options(TEMPLATES, workers=1), cache=cache)
    return cache, [(p.path, p.content) for p in result.pages]


def test_a_second_run_reads_every_article_from_disk_and_builds_the_same_pages(tmp_path):
    seeds, folder = _seeds(tmp_path), tmp_path / "cache"
    first, pages = _run(seeds, folder)
    assert (first.misses, first.hits) == (8, 0) and (folder / CACHE_FILE).is_file()
    second, again = _run(seeds, folder)
    assert (second.misses, second.hits) == (0, 8)
    assert again == pages


def test_editing_one_article_extracts_only_that_one(tmp_path):
    seeds, folder = _seeds(tmp_path), tmp_path / "cache"
    _run(seeds, folder)
    edited = sorted(seeds.glob("*.txt"))[0]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nThe post held a meeting on May 5, 2025.\n", encoding="utf-8")
    cache, pages = _run(seeds, folder)
    assert (cache.misses, cache.hits) == (1, 7)
    _, fresh = _run(seeds, None)
    assert pages == fresh, "the edited article's new date is on its page as if nothing were cached"


def test_removed_articles_leave_the_cache(tmp_path):
    seeds, folder = _seeds(tmp_path), tmp_path / "cache"
    _run(seeds, folder)
    for path in sorted(seeds.glob("*.txt"))[:3]:
        path.unlink()
    _run(seeds, folder)
    with open(folder / CACHE_FILE, "rb") as file:
        _, entries = pickle.load(file)
    assert len(entries) == 5


def test_other_curated_data_or_other_code_extracts_again(tmp_path, monkeypatch):
    seeds, folder = _seeds(tmp_path), tmp_path / "cache"
    _run(seeds, folder)
    glossary = seeds / "_data" / "glossary.yml"
    glossary.write_text(glossary.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert _run(seeds, folder)[0].misses == 8, "the glossary changed"
    monkeypatch.setattr(pipeline, "code_fingerprint", lambda: "another version of docs_gen")
    assert _run(seeds, folder)[0].misses == 8, "the code changed"


def test_a_damaged_cache_file_is_replaced_not_fatal(tmp_path):
    seeds, folder = _seeds(tmp_path), tmp_path / "cache"
    _, pages = _run(seeds, folder)
    (folder / CACHE_FILE).write_bytes(b"not a pickle at all")
    cache, again = _run(seeds, folder)
    assert cache.misses == 8 and again == pages
    assert _run(seeds, folder)[0].hits == 8, "the damaged file was written anew"


def test_an_unwritable_cache_folder_only_costs_the_cache(tmp_path):
    seeds = _seeds(tmp_path)
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder would go")
    cache, pages = _run(seeds, blocker / "cache")
    assert cache.misses == 8 and pages


def test_mkdocs_build_twice_extracts_nothing_the_second_time(tmp_path):
    project = make_project(tmp_path)
    summary = re.compile(r"docs_gen: .* (\d+) articles extracted \((\d+) cached\)")
    first = build(project)
    assert first.returncode == 0, first.stderr
    assert (project / ".cache" / "docs_gen" / CACHE_FILE).is_file()
    second = build(project)
    assert second.returncode == 0, second.stderr
    assert summary.search(first.stderr).groups() == ("5", "0")
    assert summary.search(second.stderr).groups() == ("0", "5")


class _Node:
    pass


def test_a_plugin_build_freezes_what_it_made_and_the_next_collects_what_was_left_in_cycles(tmp_path):
    seeds = _seeds(tmp_path)
    was_enabled = gc.isenabled()
    gc.disable()  # so that nothing but the next build collects the cycle below
    gc.unfreeze()  # what earlier tests froze: the first build below must find nothing to collect
    try:
        left = _Node()
        left.me = left  # garbage in a cycle, as a build of `mkdocs serve` leaves MkDocs' pages
        alive = weakref.ref(left)
        del left
        with frozen_when_done():
            _run(seeds, None)
        assert gc.get_freeze_count() > 0 and alive() is not None, "frozen with the build's objects"
        with frozen_when_done():
            _run(seeds, None)
        assert alive() is None, "the next build unfroze and collected it"
    finally:
        gc.unfreeze()
        if was_enabled:
            gc.enable()


def test_generate_alone_neither_freezes_nor_collects(tmp_path):
    """A full collection costs the whole heap: a process running many small builds must not pay it each time."""
    seeds = _seeds(tmp_path)
    gc.unfreeze()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        left = _Node()
        left.me = left
        alive = weakref.ref(left)
        del left
        _run(seeds, None)
        assert gc.get_freeze_count() == 0 and alive() is not None
        assert not gc.isenabled(), "the collector's state is given back as it was"
    finally:
        gc.collect()
        if was_enabled:
            gc.enable()
