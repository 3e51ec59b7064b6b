"""The render stage: URLs between HTML pages, and pages that stay small as the corpus grows."""
from __future__ import annotations

import re

import markupsafe
import pytest

from docs_gen import render
from docs_gen.curated import load_curated
from docs_gen.pipeline import Options, collect_sources, generate
from test_build import ROOT


@pytest.mark.parametrize("page, target, anchor, directory_urls, expected", [
    ("articles/a.md", "people/b.md", "", True, "../../people/b/"),
    ("articles/a.md", "index.md", "", True, "../../"),
    ("articles/a.md", "timeline.md", "year-2016", True, "../../timeline/#year-2016"),
    ("timeline.md", "timeline.md", "year-2016", True, "#year-2016"),
    ("timeline/2016.md", "timeline.md", "", True, "../"),
    ("people/index.md", "people/b.md", "", True, "b/"),
    ("articles/a.md", "people/b.md", "", False, "../people/b.html"),
    ("articles/a.md", "index.md", "p-1", False, "../index.html#p-1"),
    ("articles/a.md", "articles/a.md", "", False, "a.html"),
])
def test_urls_between_pages(page, target, anchor, directory_urls, expected):
    assert render.Urls(page, directory_urls)(target, anchor) == expected


def build_seeds(**limits) -> dict[str, str]:
    seeds = ROOT / "seeds"
    result = generate(collect_sources(seeds), load_curated(seeds / "_data"), Options(ROOT / "templates"))
    return {page.path: page.content for page in result.pages}


def test_timeline_splits_into_year_pages_past_its_limit(monkeypatch):
    one_page = build_seeds()
    assert not [p for p in one_page if p.startswith("timeline/")]
    monkeypatch.setattr(render, "TIMELINE_ONE_PAGE", 1)
    pages = build_seeds()
    years = sorted(p for p in pages if p.startswith("timeline/"))
    assert years and all(re.fullmatch(r"timeline/\d{4}\.md", p) for p in years)
    # The index links every year page and keeps no year's entries; a year page holds only its year.
    index = pages["timeline.md"]
    assert all(f'href="{p[len("timeline/"):-3]}/#year-{p[9:13]}"' in index for p in years)
    assert '<h2 id="year-' not in index
    first = pages[years[0]]
    assert first.count('<h2 id="year-') == 1 and 'href="../"' in first
    # Every dated entry is still on some page, and an article's dates link to its year's page.
    total = sum(page.count("<li><strong>") for path, page in pages.items() if path.startswith("timeline"))
    assert total == sum(one_page[p].count("<li><strong>") for p in one_page if p.startswith("timeline"))
    article = next(page for path, page in pages.items() if path.startswith("articles/") and "Dates mentioned" in page)
    assert re.search(r'href="\.\./\.\./timeline/\d{4}/#year-\d{4}"', article)


def test_entry_pages_list_sentences_of_the_first_articles_and_titles_of_the_rest(monkeypatch):
    monkeypatch.setattr(render, "CONTEXT_ARTICLES", 1)
    pages = build_seeds()
    busy = [page for path, page in pages.items() if path.startswith("glossary/") and "more article" in page]
    assert busy, "some glossary term is in more than one seed article"
    for page in busy:
        more = int(re.search(r"Also in (\d+) more article", page).group(1))
        listed = page.split("more article", 1)[1].split("</p>", 1)[0]
        assert listed.count("<a href=") == more and page.count('title="Go to the paragraph"') >= 1


def _relative_by_parts(from_page: str, to_page: str) -> str:
    """The plain definition: climb out of the folders not shared, then down to the target."""
    source, target = from_page.split("/")[:-1], to_page.split("/")
    common = 0
    while common < len(source) and common < len(target) - 1 and source[common] == target[common]:
        common += 1
    return "/".join([".."] * (len(source) - common) + target[common:])


def test_relative_matches_the_plain_definition():
    paths = ["index.md", "a.md", "a/", "a/b.md", "a/b/", "a/index.md", "ab/c.md", "a/b/c.md", "a/b/c/", "a/bc/d.md",
             "b/a/c.md", "a/b", "a", ""]
    for source in paths:
        for target in paths:
            assert render.relative(source, target) == _relative_by_parts(source, target), (source, target)


@pytest.mark.parametrize("text", ["", "plain", "a & b", "<i>\"x\" 'y'</i>", "&amp; &#39;", "Tiếng Việt > 3"])
def test_escape_html_writes_what_the_templates_write(text):
    assert render.escape_html(text) == str(markupsafe.escape(text))


@pytest.mark.parametrize("content", ["---\ntitle: A\n---\n<p>body</p>\n", "# No front matter\n", "---\nunclosed\n", ""])
def test_a_page_keeps_its_front_matter_as_text_and_its_body_whole(content):
    page = render.PageSource.of("a.md", content)
    assert page.content == content
    assert page.front == (content[: content.index("---\n<p>") + 4] if "<p>" in content else "")


def test_front_matter_reads_as_mkdocs_reads_it():
    """The plugin reads the front matter of generated HTML pages itself (with libyaml, for speed)."""
    from mkdocs.utils.meta import get_data

    from docs_gen.plugin import front_matter

    seeds = ROOT / "seeds"
    result = generate(collect_sources(seeds), load_curated(seeds / "_data"), Options(ROOT / "templates"))
    pages = [page for page in result.pages if page.html]
    assert len(pages) > 50
    for page in pages:
        expected = get_data(page.front)[1]
        assert expected and front_matter(page.front) == expected, page.path
