"""The chunked search index, built with the site by default: what it holds (and leaves out), how it is
built in parts, and its Search page in Chromium at the domain root and under a project path, without
diacritics, with đ typed as d, and filtered by kind and language."""
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
from docs_gen.pagefind import SearchIndexer, SearchRecord, index_overlay, mixed, part_size
from docs_gen.search_names import fold, name_hash
from docs_gen.render import environment
from test_browser import ARGS, CHROMIUM, _Quiet, browser  # noqa: F401 (fixture)
from test_build import FIXTURES, ROOT, build, make_project

pytest.importorskip("pagefind", reason="Pagefind is not installed (pip install -e '.[test]')")
ARTICLE = SearchRecord("article", "en")


def configure(project: Path, old: str, new: str) -> None:
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    assert old in config
    (project / "mkdocs.yml").write_text(config.replace(old, new), encoding="utf-8")


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("pagefind")
    articles = tmp / "articles"
    articles.mkdir()
    for path in list((ROOT / "seeds").glob("*.txt")) + list((ROOT / "seeds").glob("*.yml")) + list(FIXTURES.glob("*")):
        shutil.copy(path, articles / path.name)
    project = tmp / "project"
    project.mkdir()
    make_project(project, articles)  # the configuration that ships
    result = build(project)
    assert result.returncode == 0, result.stderr[-3000:]
    (project / "build.log").write_text(result.stderr, encoding="utf-8")
    return project


def fragments(bundle: Path) -> list[dict]:
    """The pages of a Pagefind bundle as it stores them (URL, text, metadata, filters)."""
    return [json.loads(gzip.decompress(f.read_bytes()).removeprefix(b"pagefind_dcd"))
            for f in (bundle / "fragment").glob("*.pf_fragment")]


def indexed_urls(bundle: Path) -> set[str]:
    return {fragment["url"] for fragment in fragments(bundle)}


def test_index_holds_articles_and_entries_not_listings(project: Path):
    site = project / "site"
    assert (site / "pagefind" / "pagefind.js").is_file() and (site / "pagefind" / "pagefind-entry.json").is_file()
    assert json.loads((site / "pagefind" / "search.json").read_text(encoding="utf-8"))["parts"] == []  # one part
    assert (site / "search" / "index.html").is_file()
    urls = indexed_urls(site / "pagefind")
    assert {"/people/to-lam/", "/glossary/border-guard/"} <= urls
    assert any(url.startswith("/articles/tong-bi-thu-to-lam") for url in urls)
    assert not urls & {"/people/", "/timeline/", "/", "/search/"}
    log = (project / "build.log").read_text(encoding="utf-8")
    assert re.search(r"Pagefind index: \d+ pages in 1 part\(s\)", log), log


def test_the_header_box_is_fed_by_the_chunked_index_not_the_themes(project: Path):
    site = project / "site"
    theme_index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert theme_index["docs"] == []  # the theme's whole-site index is not built
    assert theme_index["config"]["docs_gen"] == {"search_page": "search/"}
    workers = list((site / "assets" / "javascripts" / "workers").iterdir())
    assert [w.suffix for w in workers] == [".js"]  # the theme's source map is gone with its worker
    assert "importScripts" in workers[0].read_text(encoding="utf-8")
    assert (site / "assets" / "docs_gen" / "search-worker.js").is_file()
    home = (site / "index.html").read_text(encoding="utf-8")
    assert 'class="md-search"' in home and "search-overlay.js" in home
    assert "search-worker.js" not in home and "search-fold.js" not in home  # a worker, and lunr's helper
    assert 'href="search/" class="md-tabs__link"' not in home  # no tab: the box is the way in


def test_every_page_says_its_kind_and_language(project: Path):
    pages = {fragment["url"]: fragment for fragment in fragments(project / "site" / "pagefind")}
    assert pages["/people/to-lam/"]["filters"] == {"kind": ["person"], "language": ["en"]}
    assert pages["/documents/resolution-33/"]["filters"]["kind"] == ["document"]
    assert pages["/glossary/four-togethers/"]["filters"]["kind"] == ["term"]
    article = next(page for url, page in pages.items() if url.startswith("/articles/tong-bi-thu-to-lam"))
    assert article["filters"] == {"kind": ["article"], "language": ["vi"]}
    kinds = {page["filters"]["kind"][0] for page in pages.values()}
    assert kinds == {"article", "person", "place", "organisation", "document", "term"}


def named(site: Path, name: str) -> set[str]:
    """The URLs of the pages that the table of names gives for `name`."""
    bundle = site / "pagefind"
    files = json.loads((bundle / "search.json").read_text(encoding="utf-8"))["names"]
    table = json.loads((bundle / "names" / f"{name_hash(fold(name)) % files}.json").read_text(encoding="utf-8"))
    urls = {fragment_id: url for url, fragment_id in
            ((f["url"], path.stem) for path in (bundle / "fragment").glob("*.pf_fragment")
             for f in [json.loads(gzip.decompress(path.read_bytes()).removeprefix(b"pagefind_dcd"))])}
    return {urls[fragment_id] for fragment_id in table.get(fold(name), [])}


def test_the_table_of_names_gives_every_spelling_of_a_page(project: Path):
    site = project / "site"
    assert named(site, "to lam") == named(site, "Tô Lâm") == {"/people/to-lam/"}
    assert named(site, "33-NQ/TW") == named(site, "Resolution No. 33") == {"/documents/resolution-33/"}
    assert named(site, "4 cùng") == named(site, "four togethers") == {"/glossary/four-togethers/"}
    assert named(site, "Bộ Chính trị") == {"/organisations/politburo/"}  # a Vietnamese name
    assert named(site, "Lai Châu") == {"/places/lai-chau/"}
    assert any(url.startswith("/articles/tong-bi-thu") for url in named(site, "Tổng Bí thư Tô Lâm thăm, chúc Tết Bộ đội Biên phòng"))
    assert named(site, "Tô") == named(site, "bien phong") == set()  # a part of a name is no name


# Words of the pages' furniture: labels, table headers, navigation, links to other pages.
FURNITURE = ["Attribute", "Also written", "Related:", "Dates mentioned", "In this article", "Related articles",
             "Also reported", "In the articles", "Permanent link", "Go to the paragraph", "mentions", "¶", "↩",
             "Glossary ·", "date not stated", "Source not stated", "English ·", "Tiếng Việt ·"]
SECTIONS = ["People", "Places", "Organisations", "Documents", "Glossary"]  # an entry's link to its listing


def test_the_index_holds_no_page_furniture(project: Path):
    for page in fragments(project / "site" / "pagefind"):
        found = [word for word in FURNITURE if word in page["content"]]
        found += [s for s in SECTIONS if page["content"].startswith(f"{page['meta']['title']}. {s}")]
        assert found == [], (page["url"], found, page["content"][:300])
    pages = {fragment["url"]: fragment for fragment in fragments(project / "site" / "pagefind")}
    person = pages["/people/to-lam/"]["content"]
    assert person.startswith("Tô Lâm. General Secretary; Tổng Bí thư.") and "To Lam" in person  # values stay
    term = pages["/glossary/four-togethers/"]["content"]
    assert term.startswith("4 togethers. 4 cùng. Officers eat, live, work") and "· motto" not in term


def test_without_the_theme_search_plugin_the_search_page_is_in_the_nav(tmp_path: Path):
    project = make_project(tmp_path)
    configure(project, "  - search\n", "")
    result = build(project)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "add '- search' to the plugins" in result.stderr
    home = (project / "site" / "index.html").read_text(encoding="utf-8")
    assert 'class="md-search"' not in home and 'href="search/" class="md-tabs__link"' in home  # a tab instead
    assert not (project / "site" / "search" / "search_index.json").exists()
    assert (project / "site" / "pagefind" / "pagefind.js").is_file()


def test_the_themes_own_search_remains_a_choice(tmp_path: Path):
    project = make_project(tmp_path)
    configure(project, "  - search\n", "  - search:\n      lang: [en, vi]\n")
    configure(project, "  - docs_gen:\n", "  - docs_gen:\n      search: material\n")
    result = build(project)
    assert result.returncode == 0, result.stderr[-2000:]
    site = project / "site"
    docs = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    assert any(doc["location"].startswith("people/to-lam/") for doc in docs)
    assert not (site / "pagefind").exists() and not (site / "search" / "index.html").exists()
    assert "search-fold.js" in (site / "index.html").read_text(encoding="utf-8")


def test_pages_are_written_mixed_so_that_every_part_scores_alike():
    pages = [("articles", i) for i in range(6)] + [("people", i) for i in range(3)] + [("places", 0)]
    order = mixed(pages, lambda page: page[0])
    assert sorted(order) == sorted(pages)
    assert [kind for kind, _ in order[:5]].count("articles") == 3  # each half holds its share
    assert [page for page in order if page[0] == "articles"] == pages[:6]  # each kind keeps its order


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


def search(tab, query: str, **filters: str) -> list[str]:
    """Open the Search page, type, return the result links."""
    tab.goto(tab.home + "search/")
    tab.wait_for_selector(".dg-search[data-ready]", state="attached")  # typed earlier, the query would be lost
    for name, value in filters.items():
        tab.select_option(f"#dg-search-{name}", value)
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
    assert "/people/to-lam/" in links[0], links  # the person named exactly so comes first
    # The theme's box did not open over the page for ?q=.
    assert not tab.is_checked("#__search") and tab.input_value("input.md-search__input") == ""
    assert tab.input_value(".dg-search__input") == "To Lam"
    tab.fill(".dg-search__input", "zzqxj")
    tab.wait_for_function("document.querySelector('.dg-search__status').textContent.startsWith('No results')")
    assert tab.url.endswith("?q=zzqxj")


def test_results_say_kind_and_language_and_filters_narrow_them(tab):
    links = search(tab, "to lam")
    about = tab.locator(".dg-search__about").all_inner_texts()
    assert about[0] == "Person · English" and "Article · Tiếng Việt" in about, about
    assert tab.locator(".dg-search__results mark").count() > 0  # the words found are highlighted
    assert "Person (1)" in tab.locator("#dg-search-kind").inner_text()
    tab.select_option("#dg-search-kind", "article")
    tab.wait_for_function("!document.querySelector('.dg-search__results a[href*=\\'/people/\\']')")
    articles = [a.get_attribute("href") for a in tab.query_selector_all(".dg-search__results a")]
    assert articles and all("/articles/" in link for link in articles), articles
    tab.select_option("#dg-search-language", "vi")
    tab.wait_for_function("document.querySelectorAll('.dg-search__results a').length === 1")
    assert "tong-bi-thu-to-lam" in tab.get_attribute(".dg-search__results a", "href")
    assert tab.url.endswith("?q=to+lam&kind=article&language=vi")
    tab.reload()  # a shared address opens the same search
    tab.wait_for_selector(".dg-search__results a")
    assert tab.input_value("#dg-search-kind") == "article" and tab.input_value("#dg-search-language") == "vi"
    assert len(links) > 1 and tab.locator(".dg-search__results a").count() == 1


def test_a_result_opens_with_the_words_found_highlighted(tab):
    search(tab, "bien phong")
    tab.click(".dg-search__results a[href*='tong-bi-thu-to-lam']")
    tab.wait_for_selector("article mark[data-md-highlight]")
    assert "phòng" in tab.locator("article mark[data-md-highlight]").first.inner_text().lower()


def test_hostile_article_text_found_but_not_run(tab):
    links = search(tab, "onerror alert")
    assert links, "the hostile article's text is indexed"
    assert not tab.query_selector(".dg-search__results img, .dg-search__results script")
    assert "<img src=x onerror" in tab.inner_text(".dg-search__results")  # shown as text; a dialog would fail the test


def _search_site(site: Path, browser, query: str) -> tuple[list[str], str, str]:  # noqa: F811
    """Serve a bare page with the Search page's box over `site`; the result links, the status line and
    the kind filter's text for `query`."""
    search_page = environment(ROOT / "templates").get_template("search.md.j2").render(root="")
    box = search_page[search_page.index('<div class="dg-search"'):]
    (site / "index.html").write_text(f'<!doctype html><html><head><meta charset="utf-8"></head><body>{box}'
                                     '<script src="search-page.js"></script></body></html>', encoding="utf-8")
    shutil.copy(ROOT / "docs_gen" / "search" / "search-page.js", site)
    (site / "assets" / "docs_gen").mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "docs_gen" / "search" / "search-worker.js", site / "assets" / "docs_gen")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    page = browser.new_page()
    try:
        page.goto(f"http://127.0.0.1:{server.server_address[1]}/?q={query}")
        page.wait_for_function("document.querySelector('.dg-search__status').textContent.length > 0", timeout=30_000)
        page.wait_for_function("document.querySelector('#dg-search-kind').textContent.includes('(')"
                               " || document.querySelector('.dg-search__status').textContent.startsWith('No')")
        links = [a.get_attribute("href") for a in page.query_selector_all(".dg-search__results a")]
        kinds = page.eval_on_selector_all("#dg-search-kind option", "options => options.map(o => o.textContent)")
        return links, page.inner_text(".dg-search__status"), " ".join(kinds)
    finally:
        page.close()
        server.shutdown()


def test_a_large_index_is_built_in_parts_that_the_search_page_merges(tmp_path: Path, browser):  # noqa: F811
    site = tmp_path / "site"
    indexer = SearchIndexer(site, part_pages=2)
    words = ["alpha", "bravo", "charlie", "delta", "echo"]
    for word in words:
        indexer.add(f"pages/{word}/index.html", f"<h1>Page {word}</h1><p>Common text about {word} at the đồn.</p>", ARTICLE)
    scratch = indexer.scratch
    assert indexer.finish() == "5 pages in 3 part(s)"
    assert not scratch.exists()
    parts = json.loads((site / "pagefind" / "search.json").read_text(encoding="utf-8"))["parts"]
    assert parts == ["pagefind/part-2/", "pagefind/part-3/"]
    urls = [indexed_urls(site / folder) for folder in ["pagefind/"] + parts]
    assert [len(u) for u in urls] == [2, 2, 1] and set().union(*urls) == {f"/pages/{w}/" for w in words}

    links, status, _ = _search_site(site, browser, "common%20doi")
    assert sorted(links) == sorted(f"/pages/{w}/" for w in words)  # every part answers
    assert status == "5 results"


@pytest.mark.parametrize("pages, sizes", [(20315, [4780] * 4 + [1195]), (5499, [4400, 1099]), (10000, [4445, 4445, 1110]),
                                          (5000, [5000]), (1200, [1200])])
def test_parts_are_equal_but_the_last_which_is_small(pages: int, sizes: list[int]):
    size = part_size(pages, 5000)
    cut = [size] * (pages // size) + ([pages % size] if pages % size else [])
    assert cut == sizes


def test_the_indexer_cuts_the_pages_it_expects(tmp_path: Path):
    indexer = SearchIndexer(tmp_path, part_pages=5000, expected=20315)
    indexer.close()
    assert indexer.part_pages == 4780


def test_a_part_that_pagefind_cannot_write_is_reported(tmp_path: Path):
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "pagefind").write_text("a file where the bundle should go", encoding="utf-8")
    indexer = SearchIndexer(tmp_path / "site", part_pages=10)
    indexer.add("a/index.html", "<h1>A</h1><p>text</p>", ARTICLE)
    with pytest.raises(InputError, match="Pagefind could not index the site"):
        indexer.finish()
    assert not indexer.scratch.exists()


def test_an_overlay_replaces_the_changed_pages_of_a_complete_index(tmp_path: Path, browser):  # noqa: F811
    site = tmp_path / "site"
    indexer = SearchIndexer(site, part_pages=2)
    words = ["alpha", "bravo", "charlie", "delta", "echo"]
    for word in words:
        indexer.add(f"pages/{word}/index.html", f"<h1>Page {word}</h1><p>Common text about {word}.</p>",
                    SearchRecord("article", "en", (f"Page {word}",)))
    indexer.finish()
    base = indexer.base({f"pages/{word}/index.html": word for word in words})
    # alpha changes, echo is gone, foxtrot is new; the others stay as the complete index has them
    pages = {f"pages/{word}/index.html": SearchRecord("article", "en", (f"Page {word}",))
             for word in ["alpha", "bravo", "charlie", "delta", "foxtrot"]}
    changed = [("pages/alpha/index.html", "<h1>Page alpha</h1><p>Common text about zulu.</p>", pages["pages/alpha/index.html"]),
               ("pages/foxtrot/index.html", "<h1>Page foxtrot</h1><p>Common text about foxtrot.</p>",
                SearchRecord("person", "en", ("Page foxtrot",)))]
    pages["pages/foxtrot/index.html"] = changed[1][2]
    # bravo's page changed where Pagefind does not read: it stays the complete index's, counted once
    base.documents["pages/bravo/index.html"] = "another digest"
    changed.append(("pages/bravo/index.html", "<h1>Page bravo</h1><p>Common text about bravo.</p>",
                    pages["pages/bravo/index.html"]))
    summary = index_overlay(site, base, pages, changed)
    assert summary.startswith("2 changed pages in an overlay beside 3 part(s), 2 older versions left out"), summary
    described = json.loads((site / "pagefind" / "search.json").read_text(encoding="utf-8"))
    assert described["parts"] == ["pagefind/part-2/", "pagefind/part-3/", "pagefind/overlay/"]
    assert sorted(kind for kind, _ in described["stale"].values()) == ["article", "article"]  # alpha's and echo's

    links, status, kinds = _search_site(site, browser, "common")
    assert sorted(links) == [f"/pages/{w}/" for w in ["alpha", "bravo", "charlie", "delta", "foxtrot"]]
    assert status == "5 results"
    assert "Article (4)" in kinds and "Person (1)" in kinds, kinds  # the older versions are not counted
    assert _search_site(site, browser, "zulu")[0] == ["/pages/alpha/"]
    assert _search_site(site, browser, "echo")[1].startswith("No results")
    assert _search_site(site, browser, "page%20foxtrot")[0][0] == "/pages/foxtrot/"  # the table of names has it
