"""What a dirty `mkdocs build` keeps from the last one so as not to do again: the files of the search
names table that did not change, the theme's compiled templates, the generated pages' digests; and
the memos it leaves to the process's exit instead of freeing them."""
from __future__ import annotations

import gc
import json
import logging
import os
import re
import weakref
from pathlib import Path

import jinja2
import pytest

import docs_gen.plugin
from docs_gen.leftovers import leave_to_exit, release_left
from docs_gen.plugin import TemplateCodeCache
from docs_gen.search_names import fold, name_hash, write_table
from test_build import FIXTURES, make_project
from test_incremental import _built, _differences, _fresh_copy


@pytest.fixture(autouse=True)
def _stable(monkeypatch):
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1735689600")


def _table(folder: Path) -> dict[str, tuple[int, dict]]:
    return {path.name: (path.stat().st_mtime_ns, json.loads(path.read_text(encoding="utf-8")))
            for path in folder.iterdir()}


def test_the_names_table_writes_only_the_files_that_changed_and_removes_the_others(tmp_path):
    folder = tmp_path / "names"
    names = {f"/page-{n}/": (f"Name number {n}",) for n in range(300)}
    ids = {url: f"id{n}" for n, url in enumerate(names)}
    count = write_table(folder, names, ids)
    for path in folder.iterdir():
        os.utime(path, ns=(0, 0))  # a file written again shows a new time
    names["/new/"], ids["/new/"] = ("A new name",), "id-new"
    assert write_table(folder, names, ids) == count
    table = _table(folder)
    holder = f"{name_hash(fold('A new name')) % count}.json"
    assert table[holder][0] != 0 and table[holder][1]["a new name"] == ["id-new"]
    assert all(when == 0 for name, (when, _) in table.items() if name != holder)
    # A smaller table has fewer files: the rest go, with anything else in its folder.
    (folder / "stray.txt").write_text("left here", encoding="utf-8")
    small = {url: names[url] for url in list(names)[:3]}
    fewer = write_table(folder, small, ids)
    assert fewer < count and sorted(path.name for path in folder.iterdir()) == [f"{n}.json" for n in range(fewer)]
    assert {name for _, entries in _table(folder).values() for name in entries} == {fold(n[0]) for n in small.values()}


def test_compiled_templates_are_read_back_from_their_file_and_compiled_again_when_changed(tmp_path, monkeypatch):
    templates, stored = tmp_path / "templates", tmp_path / "templates.pickle"
    templates.mkdir()
    (templates / "page.html").write_text("<p>{{ word }}</p>", encoding="utf-8")

    def rendered() -> tuple[str, int]:
        compiled = []
        env = jinja2.Environment(loader=jinja2.FileSystemLoader(templates), bytecode_cache=TemplateCodeCache(stored))
        compile_ = env.compile
        monkeypatch.setattr(env, "compile", lambda *args, **kw: compiled.append(args) or compile_(*args, **kw))
        text = env.get_template("page.html").render(word="post")
        env.bytecode_cache.save()
        return text, len(compiled)

    assert rendered() == ("<p>post</p>", 1) and stored.exists()
    assert rendered() == ("<p>post</p>", 0)  # as a new process would: read from the file
    (templates / "page.html").write_text("<b>{{ word }}</b>", encoding="utf-8")
    assert rendered() == ("<b>post</b>", 1)
    stored.write_bytes(b"damaged")
    assert rendered() == ("<b>post</b>", 1)  # only a cache


def test_what_is_left_to_the_exit_lives_until_released():
    class Held:
        pass

    held = Held()
    alive = weakref.ref(held)
    leave_to_exit(held)
    del held
    gc.collect()
    assert alive() is not None
    release_left()
    assert alive() is None


def test_a_dirty_build_digests_only_the_pages_an_edit_changed(tmp_path, monkeypatch, caplog):
    caplog.set_level(logging.INFO, logger="mkdocs")
    (tmp_path / "project").mkdir()
    project = make_project(tmp_path / "project", FIXTURES)
    site = tmp_path / "site"
    _built(project, site, dirty=False)
    _built(project, site, dirty=True)  # the first dirty build makes everything and keeps it
    assert (project / ".cache" / "docs_gen" / "templates.pickle").exists()
    digested = []
    digest = docs_gen.plugin.digest
    monkeypatch.setattr(docs_gen.plugin, "digest", lambda *parts: digested.append(parts[0]) or digest(*parts))
    article = project / "seeds" / "river-post.txt"
    article.write_text(article.read_text(encoding="utf-8").replace("twenty", "thirty"), encoding="utf-8")
    caplog.clear()
    _built(project, site, dirty=True)
    rendered, kept = map(int, re.search(r"(\d+) pages rendered, (\d+) unchanged", caplog.text).groups())
    pages = [front for front in digested if isinstance(front, str) and front.startswith("---\n")]
    # the pages rendered again and those made outside the page memo (listings); the others came with the memos
    assert 0 < rendered <= len(pages) < kept / 2
    fresh = _fresh_copy(project, tmp_path / "fresh")
    _built(fresh, tmp_path / "fresh-site", dirty=False)
    assert _differences(site, tmp_path / "fresh-site") == []
