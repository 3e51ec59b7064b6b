"""Golden files: the generated Markdown of fixture pages, compared byte for byte.

After an intended change to the output, regenerate them with `UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py`
and review the diff.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from docs_gen.curated import load_curated
from docs_gen.pipeline import Options, collect_sources, generate

ROOT = Path(__file__).parent.parent
GOLDEN = Path(__file__).parent / "golden"
PAGES = ["articles/river-post-opens-a-night-school-for-children-of-the-border-village.md", "timeline.md",
         "glossary/border-guard-station.md", "people/le-thi-hoa.md", "index.md"]


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    sources = collect_sources(Path(__file__).parent / "fixtures" / "articles")
    result = generate(sources, load_curated(ROOT / "seeds" / "_data"), Options(ROOT / "templates"))
    return {page.path: page.content for page in result.pages}


@pytest.mark.parametrize("path", PAGES)
def test_page_matches_its_golden_file(pages, path):
    golden = GOLDEN / path.replace("/", "__")
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(pages[path], encoding="utf-8")
    assert pages[path] == golden.read_text(encoding="utf-8")


def test_the_latest_articles_are_a_list_of_one_item_each(pages):
    """As MkDocs renders the home page: one <li> per article, its outlet beside it. (A block tag at
    the end of the item line once lost its line break to trim_blocks, and the golden file approved
    the list run together into one paragraph.)"""
    import markdown

    body = pages["index.md"].split("\n---\n", 1)[1]
    html = markdown.markdown(body, extensions=["attr_list", "footnotes", "tables", "admonition", "toc"])
    latest = html.split('<h2 id="latest-articles">', 1)[1].split("<h2", 1)[0]
    items = re.findall(r"<li>(.*?)</li>", latest, re.S)
    articles = [p for p in pages if p.startswith("articles/") and p != "articles/index.md"]
    assert len(items) == len(articles) == 3
    for item in items:
        assert item.count("<a href=") == 1 and re.search(r"</a> · \S*example\.org$", item.strip())
