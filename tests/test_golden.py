"""Golden files: the generated Markdown of fixture pages, compared byte for byte.

After an intended change to the output, regenerate them with `UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py`
and review the diff.
"""
from __future__ import annotations

import os
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
