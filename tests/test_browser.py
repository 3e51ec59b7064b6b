"""The built site in a real Chromium, as a reader uses it, at the domain root and under a project path."""
from __future__ import annotations

import functools
import http.server
import json
import shutil
import threading
from pathlib import Path

import pytest

from test_build import FIXTURES, ROOT, build, make_project

CHROMIUM = Path("/usr/bin/chromium")
playwright_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Chromium not found at /usr/bin/chromium "
                                "(install Debian's chromium package; .ci/run does)")
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """The seeds plus a hostile fixture article, served at / and at /border-guard-kb/."""
    tmp = tmp_path_factory.mktemp("browser")
    articles = tmp / "articles"
    articles.mkdir()
    for path in list((ROOT / "seeds").glob("*.txt")) + list((ROOT / "seeds").glob("*.yml")) + [FIXTURES / "hostile.txt"]:
        shutil.copy(path, articles / path.name)
    project = tmp / "project"
    project.mkdir()
    make_project(project, articles)
    result = build(project)
    assert result.returncode == 0, result.stderr[-2000:]
    root = tmp / "root"
    shutil.copytree(project / "site", root)
    shutil.copytree(project / "site", root / "border-guard-kb")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    site = json.loads((project / "site" / "data" / "articles.json").read_text(encoding="utf-8"))
    yield f"http://127.0.0.1:{server.server_address[1]}", {a["source_file"][:3]: a for a in site}
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(params=["/", "/border-guard-kb/"], ids=["root", "project-path"])
def page(request, served, browser):
    """A page that records console errors, dialogs and any request that leaves this host."""
    base, _ = served
    context = browser.new_context()
    tab = context.new_page()
    tab.errors, tab.outside, tab.dialogs = [], [], []
    tab.on("console", lambda message: tab.errors.append(message.text) if message.type == "error" else None)
    tab.on("pageerror", lambda error: tab.errors.append(str(error)))
    tab.on("dialog", lambda dialog: (tab.dialogs.append(dialog.message), dialog.dismiss()))
    tab.on("request", lambda req: tab.outside.append(req.url) if not req.url.startswith(base) else None)
    tab.home = base + request.param
    yield tab
    assert tab.errors == [], tab.errors
    assert tab.outside == [], tab.outside
    assert tab.dialogs == [], tab.dialogs
    context.close()


def search(page, query: str) -> list[str]:
    """Type a query and return the result links once the list has stopped changing."""
    for attempt in range(3):  # a query typed before the search box is wired up is lost: reload and retype
        page.goto(page.home)
        page.fill("input.md-search__input", query)
        try:
            page.wait_for_selector(".md-search-result__item", timeout=30_000)
            break
        except playwright_api.TimeoutError:
            if attempt == 2:
                raise
    read = lambda: page.eval_on_selector_all(".md-search-result__item > a", "links => links.map(a => a.href)")
    previous, current = None, read()
    while current != previous:
        page.wait_for_timeout(400)
        previous, current = current, read()
    return current


@pytest.mark.parametrize("query", ["bien phong", "Bộ đội Biên phòng", "bo doi bien phong"])
def test_accent_insensitive_search_finds_the_vietnamese_article(page, served, query):
    _, articles = served
    assert any(articles["003"]["url"] in url for url in search(page, query)[:5])


def test_vietnamese_name_finds_english_pages(page, served):
    _, articles = served
    results = search(page, "Tô Lâm")
    assert any(articles["000"]["url"] in url for url in results)
    assert any("people/to-lam/" in url for url in results)


def test_glossary_aliases_are_searchable(page):
    assert any("glossary/four-togethers/" in url for url in search(page, "4 cùng")[:3])


def test_hovering_a_glossary_link_shows_its_definition(page, served):
    _, articles = served
    page.goto(page.home + articles["002"]["url"])
    page.locator('a[href*="glossary/four-togethers"]').first.hover()
    tooltip = page.locator(".md-tooltip2--active")
    tooltip.wait_for(timeout=20_000)
    assert "eat, live, work" in tooltip.inner_text()


def test_timeline_renders_its_years(page):
    page.goto(page.home + "timeline/")
    years = page.locator("h2").all_inner_texts()
    assert {"1930", "2015", "2018", "2025", "Every year"} <= {y.strip("¶ \n") for y in years}


def test_article_to_entity_and_back(page, served):
    _, articles = served
    page.goto(page.home + articles["000"]["url"])
    page.locator('article a[href*="people/to-lam"]').first.click()
    page.wait_for_url("**/people/to-lam/")
    assert page.locator("h1").inner_text().startswith("Tô Lâm")
    page.go_back()
    page.wait_for_url("**" + articles["000"]["url"])
    assert "Firmly protect" in page.locator("h1").inner_text()


def test_hostile_article_runs_nothing(page, served):
    _, articles = served
    page.goto(page.home + articles["hos"]["url"])
    page.wait_for_timeout(500)
    assert '<script>alert("headline")</script>' in page.locator("h1").inner_text()


def test_home_lists_each_latest_article_on_a_line_of_its_own(page, served):
    _, articles = served
    page.goto(page.home)
    items = page.locator("h2#latest-articles + ul > li")
    assert items.count() == len(articles)
    for i in range(items.count()):
        assert items.nth(i).locator("a").count() == 1
    # One line each: no item starts on the line of the one before.
    tops = [items.nth(i).bounding_box()["y"] for i in range(items.count())]
    assert tops == sorted(set(tops))


def test_a_timeline_chart_bar_jumps_to_its_years_section(page):
    page.goto(page.home + "timeline/")
    bar = page.locator('#chart-years a[aria-label^="2018:"]')
    assert bar.get_attribute("xlink:href") == "#year-2018"
    bar.locator(".dg-chart__hit").click()
    page.wait_for_url("**/timeline/#year-2018")
    top = page.evaluate("document.getElementById('year-2018').getBoundingClientRect().top")
    assert 0 <= top < page.viewport_size["height"] / 2


def test_graph_nodes_are_links_to_their_pages(page):
    page.goto(page.home + "graph/")
    nodes = page.locator("a.dg-graph__node")
    assert nodes.count() > 20
    targets = nodes.evaluate_all("nodes => nodes.map(n => n.getAttributeNS('http://www.w3.org/1999/xlink', 'href'))")
    assert all(target and target.startswith("../") for target in targets)
    page.locator("#node-people-to-lam .dg-graph__shape").click()
    page.wait_for_url("**/people/to-lam/")
    assert page.locator("h1").inner_text().startswith("Tô Lâm")


def test_an_entity_page_opens_the_graph_on_it_and_its_neighbours(page):
    page.goto(page.home + "people/to-lam/")
    page.get_by_role("link", name="See its links in the graph").click()
    page.wait_for_url("**/graph/#node-people-to-lam")
    page.wait_for_selector("#node-people-to-lam.is-focus", state="attached")
    assert page.locator(".dg-graph__svg.is-focused").count() == 1
    near = page.locator("a.dg-graph__node.is-near").evaluate_all("nodes => nodes.map(n => n.id).sort()")
    # The neighbours lit are those the drawing joins to the node, whatever the seeds name together.
    linked = page.evaluate("""() => {
        const focus = document.getElementById("node-people-to-lam");
        const numbers = focus.dataset.near.split(" ");
        return [...document.querySelectorAll("a.dg-graph__node")]
            .filter(n => numbers.includes(n.dataset.n)).map(n => n.id).sort();
    }""")
    assert near and near == linked
    assert page.locator("#dg-graph-focus").input_value() == "node-people-to-lam"
    # Another entity chosen from the list: the address follows, so the view can be shared.
    other = near[0]
    page.select_option("#dg-graph-focus", other)
    page.wait_for_selector(f"#{other}.is-focus", state="attached")
    assert page.url.endswith(f"#{other}")
    page.select_option("#dg-graph-focus", "")
    assert page.locator(".dg-graph__svg.is-focused").count() == 0


# The search box in the header, answered from the chunked index (docs_gen/search/search-worker.js).

def results(page) -> list[dict]:
    """The header's result list: link, title, kind and language, and snippet of each item."""
    return page.eval_on_selector_all(".md-search-result__item", """items => items.map(item => ({
        href: item.querySelector("a").getAttribute("href"),
        title: item.querySelector("h1, h2").textContent,
        about: (item.querySelector(".dg-search-about") || {}).textContent,
        snippet: item.querySelector("article").innerHTML}))""")


@pytest.mark.parametrize("key", ["/", "s"])
def test_a_key_opens_the_search_box_from_any_page(page, served, key):
    _, articles = served
    page.goto(page.home + articles["002"]["url"])
    page.locator("article").click()  # the page has the focus, not the box
    page.keyboard.press(key)
    assert page.evaluate("document.activeElement.matches('input.md-search__input')")
    page.keyboard.type("4 cùng")
    page.wait_for_selector(".md-search-result__item")
    assert page.is_checked("#__search")  # the box opened over the page
    assert "four-togethers" in results(page)[0]["href"]


def test_each_result_shows_title_kind_language_and_the_words_found(page):
    search(page, "to lam")
    first = results(page)[0]
    assert first["title"] == "Tô Lâm" and first["about"] == "Person · English"
    assert "people/to-lam/" in first["href"]
    article = next(r for r in results(page) if "tong-bi-thu-to-lam" in r["href"])
    assert article["about"] == "Article · Tiếng Việt"
    assert "<mark>Tô</mark>" in article["snippet"] and "<mark>Lâm</mark>" in article["snippet"]
    assert page.inner_text(".md-search-result__meta") == f"{len(results(page))} matching documents"


def test_enter_opens_the_first_result_with_the_words_found_highlighted(page, served):
    _, articles = served
    search(page, "chuc tet bo doi bien phong")
    assert articles["003"]["url"] in results(page)[0]["href"]
    page.press("input.md-search__input", "Enter")
    page.wait_for_url("**" + articles["003"]["url"] + "**")
    page.wait_for_selector("article mark[data-md-highlight]")
    marked = " ".join(page.locator("article mark[data-md-highlight]").all_inner_texts()).lower().split()
    assert {"chúc", "tết", "biên", "phòng"} <= set(marked)  # the page's own spelling of the words typed


def test_the_box_lists_the_best_results_and_links_to_all_of_them(page):
    search(page, "border")
    items = results(page)
    assert len(items) == 10 and items[-1]["title"].startswith("All ")
    total = int(items[-1]["title"].split()[1])
    assert total > 10 and page.inner_text(".md-search-result__meta") == f"{total} matching documents"
    page.click(".md-search-result__item:last-child a")
    page.wait_for_selector(".dg-search__results a")
    assert page.input_value(".dg-search__input") == "border"
    assert page.inner_text(".dg-search__status") == f"{total} results"
    assert "/search/?q=border" in page.url


def test_the_search_box_fetches_no_whole_site_index(page):
    fetched = []
    page.on("response", lambda response: fetched.append((response.url, len(response.body()))))
    search(page, "bien phong")
    theme_index = [size for url, size in fetched if url.endswith("search/search_index.json")]
    assert theme_index and theme_index[0] < 1000  # the theme's index holds no documents
    assert any("/pagefind/index/" in url for url, _ in fetched)  # the chunks of the query's words
