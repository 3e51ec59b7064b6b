"""The theme's frame rendered once per folder (docs_gen/theme_frame.py) changes no byte of any page."""
from __future__ import annotations

import re
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest

from docs_gen.theme_frame import FrameCache
from test_build import FIXTURES, build, make_project


def nav_of(*urls: str) -> SimpleNamespace:
    return SimpleNamespace(items=[SimpleNamespace(url=url, children=None) for url in urls])


def page(url: str) -> SimpleNamespace:
    return SimpleNamespace(url=url)


def test_pages_of_a_folder_share_a_frame():
    cache = FrameCache(nav_of("", "people/", "timeline/"))
    assert cache.folder(page("people/le-thi-hoa/")) == "people/"
    assert cache.folder(page("people/tran-van-a/")) == "people/"
    assert cache.folder(page("articles/x/")) == "articles/"


def test_a_page_in_the_navigation_has_its_own_frame():
    cache = FrameCache(nav_of("", "people/", "timeline/"))
    assert cache.folder(page("people/")) is None
    assert cache.folder(page("")) is None


def test_a_page_the_navigation_leads_into_keeps_its_own_folder():
    # From "people/x/" the navigation's "people/x/list/" is "list/"; from "people/y/" it is "../x/list/".
    cache = FrameCache(nav_of("", "people/x/list/"))
    assert cache.folder(page("people/x/")) == "people/x/"
    assert cache.folder(page("people/y/")) == "people/"


def test_file_urls_share_their_folder():
    cache = FrameCache(nav_of("index.html", "people/index.html"))
    assert cache.folder(page("people/le-thi-hoa.html")) == "people/"
    assert cache.folder(page("people/index.html")) is None


def test_a_page_without_url_has_its_own_frame():
    assert FrameCache(nav_of("")).folder(None) is None


def without_frame_cache(project: Path) -> None:
    """The project's theme folder as it would be without the cache: the theme's own partials and blocks."""
    theme = project / "templates" / "theme"
    shutil.rmtree(theme / "partials")
    main = theme / "main.html"
    main.write_text(re.sub(r"\{% block (config|scripts) %\}.*?\{% endblock %\}\n?", "", main.read_text()))
    assert "frame_" not in main.read_text()


@pytest.mark.parametrize("directory_urls", [True, False])
def test_every_page_is_the_same_with_and_without_the_cache(tmp_path, directory_urls):
    sites = []
    for name in ("cached", "plain"):
        (tmp_path / name).mkdir()
        project = make_project(tmp_path / name, FIXTURES)
        if not directory_urls:
            config = project / "mkdocs.yml"
            config.write_text(config.read_text().replace("use_directory_urls: true", "use_directory_urls: false"))
        if name == "plain":
            without_frame_cache(project)
        result = build(project)
        assert result.returncode == 0, result.stderr[-2000:]
        sites.append(project / "site")
    cached, plain = sites
    pages = sorted(p.relative_to(plain) for p in plain.rglob("*.html"))
    assert len(pages) > 20
    assert sorted(p.relative_to(cached) for p in cached.rglob("*.html")) == pages
    for path in pages:
        assert (cached / path).read_text() == (plain / path).read_text(), path
