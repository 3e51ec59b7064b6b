"""`search: pagefind`: the chunked index is built after the site, and its search page works in Chromium
at the domain root and under a project path, without diacritics and with đ typed as d."""
from __future__ import annotations

import functools
import gzip
import json
import http.server
import re
import shutil
import threading
from pathlib import Path

import pytest

from docs_gen.errors import InputError
from docs_gen.pagefind import SearchIndexer
from docs_gen.render import environment
from test_browser import ARGS, CHROMIUM, _Quiet, browser  # noqa: F401 (fixture)
from test_build import FIXTURES, ROOT, build, make_project

pytest.importorskip("pagefind", reason="Pagefind is not installed (pip install -e '.[test]')")


def use_pagefind(project: Path) -> None:
    """Swap the theme's search plugin for docs_gen's chunked index in the project's mkdocs.yml."""
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    config = re.sub(r"(?m)^  - search:\n(?:(?:      |    ).*\n|#.*\n|\s*\n)*", "", config)
    config = config.replace("  - docs_gen:\n", "  - docs_gen:\n      search: pagefind\n")
    assert "search: pagefind" in config and "- search:" not in config
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("pagefind")
    articles = tmp / "articles"
    articles.mkdir()
    for path in list((ROOT / "seeds").glob("*.txt")) + list((ROOT / "seeds").glob("*.yml")) + [FIXTURES / "hostile.txt"]:
        shutil.copy(path, articles / path.name)
    project = tmp / "project"
    project.mkdir()
    make_project(project, articles)
    use_pagefind(project)
    result = build(project)
    assert result.returncode == 0, result.stderr[-3000:]
    (project / "build.log").write_text(result.stderr, encoding="utf-8")
    return project


def indexed_urls(bundle: Path) -> set[str]:
    """The URLs of the pages in a Pagefind bundle, read from its fragment files."""
    urls = set()
    for fragment in (bundle / "fragment").glob("*.pf_fragment"):
        data = gzip.decompress(fragment.read_bytes()).removeprefix(b"pagefind_dcd")
        urls.add(json.loads(data)["url"])
    return urls


def test_index_holds_articles_and_entries_not_listings(project: Path):
    site = project / "site"
    assert (site / "pagefind" / "pagefind.js").is_file() and (site / "pagefind" / "pagefind-entry.json").is_file()
    assert json.loads((site / "pagefind" / "parts.json").read_text(encoding="utf-8")) == []  # one part
    assert not (site / "search" / "search_index.json").exists()  # the theme's whole-site index is not built
    assert (site / "search" / "index.html").is_file()
    urls = indexed_urls(site / "pagefind")
    assert {"/people/to-lam/", "/glossary/border-guard/"} <= urls
    assert any(url.startswith("/articles/tong-bi-thu-to-lam") for url in urls)
    assert not urls & {"/people/", "/timeline/", "/", "/search/"}
    log = (project / "build.log").read_text(encoding="utf-8")
    assert re.search(r"Pagefind index: \d+ pages in 1 part\(s\)", log), log


def test_missing_search_plugin_warning_is_given_when_both_are_on(tmp_path: Path):
    project = make_project(tmp_path)
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    (project / "mkdocs.yml").write_text(config.replace("  - docs_gen:\n", "  - docs_gen:\n      search: pagefind\n"),
                                        encoding="utf-8")
    result = build(project)
    assert result.returncode == 1  # --strict turns the warning into a failure
    assert "remove the 'search' plugin" in result.stderr


@pytest.fixture(scope="module")
def served(project: Path):
    root = project.parent / "root"
    shutil.copytree(project / "site", root)
    shutil.copytree(project / "site", root / "border-guard-kb")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(params=["/", "/border-guard-kb/"], ids=["root", "project-path"])
def tab(request, served, browser):  # noqa: F811
    context = browser.new_context()
    page = context.new_page()
    page.errors, page.outside, page.dialogs = [], [], []
    page.on("console", lambda message: page.errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    page.on("request", lambda req: page.outside.append(req.url) if not req.url.startswith(served) else None)
    page.home = served + request.param
    yield page
    assert page.errors == [] and page.outside == [] and page.dialogs == [], (page.errors, page.outside, page.dialogs)
    context.close()


def search(tab, query: str) -> list[str]:
    """Open the Search tab from the home page (instant navigation), type, return the result links."""
    tab.goto(tab.home)
    tab.click(".md-tabs__link:text-is('Search')")
    tab.wait_for_selector(".dg-search[data-ready]", state="attached")  # typed earlier, the query would be lost
    tab.fill(".dg-search__input", query)
    tab.wait_for_function("document.querySelector('.dg-search__status').textContent.length > 0", timeout=30_000)
    return [a.get_attribute("href") for a in tab.query_selector_all(".dg-search__results a")]


@pytest.mark.parametrize("query", ["bien phong", "biên phòng", "BIÊN PHÒNG"])
def test_search_is_accent_insensitive(tab, query):
    links = search(tab, query)
    assert any("/articles/tong-bi-thu-to-lam" in link for link in links), links
    prefix = tab.home.split("//", 1)[1].split("/", 1)[1]
    assert all(link.startswith("/" + prefix) for link in links), links  # links stay under the project path


def test_d_finds_words_written_with_dj(tab):
    links = search(tab, "bo doi")
    assert any("/articles/tong-bi-thu-to-lam" in link for link in links), links
    excerpts = tab.inner_text(".dg-search__results")
    assert "đội" in excerpts  # the excerpt keeps the article's spelling


def test_query_in_the_address_is_searched_and_kept(tab):
    tab.goto(tab.home + "search/?q=To%20Lam")
    tab.wait_for_selector(".dg-search__results a")
    links = [a.get_attribute("href") for a in tab.query_selector_all(".dg-search__results a")]
    # The query from the address was searched: the person is among the results (their order is the ranking's).
    assert any("/people/to-lam/" in link for link in links[:3]), links
    tab.fill(".dg-search__input", "zzqxj")
    tab.wait_for_function("document.querySelector('.dg-search__status').textContent.startsWith('No results')")
    assert tab.url.endswith("?q=zzqxj")


def test_hostile_article_text_found_but_not_run(tab):
    links = search(tab, "onerror alert")
    assert links, "the hostile article's text is indexed"
    assert not tab.query_selector(".dg-search__results img, .dg-search__results script")
    assert "<img src=x onerror" in tab.inner_text(".dg-search__results")  # shown as text; a dialog would fail the test


def test_a_large_index_is_built_in_parts_that_the_search_page_merges(tmp_path: Path, browser):  # noqa: F811
    site = tmp_path / "site"
    indexer = SearchIndexer(site, part_pages=2)
    words = ["alpha", "bravo", "charlie", "delta", "echo"]
    for word in words:
        indexer.add(f"pages/{word}/index.html", f"<h1>Page {word}</h1><p>Common text about {word} at the đồn.</p>")
    scratch = indexer.scratch
    assert indexer.finish() == "5 pages in 3 part(s)"
    assert not scratch.exists()
    parts = json.loads((site / "pagefind" / "parts.json").read_text(encoding="utf-8"))
    assert parts == ["pagefind/part-2/", "pagefind/part-3/"]
    urls = [indexed_urls(site / folder) for folder in ["pagefind/"] + parts]
    assert [len(u) for u in urls] == [2, 2, 1] and set().union(*urls) == {f"/pages/{w}/" for w in words}

    search_page = environment(ROOT / "templates").get_template("search.md.j2").render(root="")
    box = search_page[search_page.index('<div class="dg-search"'):]
    (site / "index.html").write_text(f'<!doctype html><html><head><meta charset="utf-8"></head><body>{box}'
                                     '<script src="pagefind-search.js"></script></body></html>', encoding="utf-8")
    shutil.copy(ROOT / "docs_gen" / "assets" / "pagefind-search.js", site)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    page = browser.new_page()
    try:
        page.goto(f"http://127.0.0.1:{server.server_address[1]}/?q=common%20doi")
        page.wait_for_function("document.querySelector('.dg-search__status').textContent.length > 0", timeout=30_000)
        links = [a.get_attribute("href") for a in page.query_selector_all(".dg-search__results a")]
        assert sorted(links) == sorted(f"/pages/{w}/" for w in words)  # every part answers
        assert page.inner_text(".dg-search__status") == "5 results"
    finally:
        page.close()
        server.shutdown()


def test_a_part_that_pagefind_cannot_write_is_reported(tmp_path: Path):
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "pagefind").write_text("a file where the bundle should go", encoding="utf-8")
    indexer = SearchIndexer(tmp_path / "site", part_pages=10)
    indexer.add("a/index.html", "<h1>A</h1><p>text</p>")
    with pytest.raises(InputError, match="Pagefind could not index the site"):
        indexer.finish()
    assert not indexer.scratch.exists()
