"""Rendering while serving makes the inputs of the pages an edit can reach only (docs_gen.page_reach);
after any sequence of edits it gives the pages that rendering from scratch gives, and every page it
left out of reach has the inputs it was kept with.

The edits are those of tests/test_incremental_link.py; the page memo runs in its checking mode, which
compares the inputs of the pages out of reach too."""
from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

from docs_gen import render
from docs_gen.curated import load_curated
from docs_gen.link import link_corpus
from docs_gen.link_memo import LinkMemo
from docs_gen.page_inputs import PageMemo
from docs_gen.pipeline import ExtractionCache, ReadCache, SourceFile, read_sources
from test_incremental_link import ARTICLES, ROOT, _edit

sys.path.insert(0, str(ROOT / "bench"))
from generate import generate  # noqa: E402

# Someone named in one article, named in another with another title: the tooltip of their links
# changes on the pages of articles that were not edited.
NAMED = re.compile(rb"Colonel ([A-Z][a-z]+ [A-Z][a-z]+ [A-Z][a-z]+)")
TITLED = "Major General {name}, Political Commissar of the Lai Chau Provincial Border Guard, visited the post."


def _retitle(sources: dict[str, bytes], rng: random.Random) -> bool:
    names = sorted({name for data in sources.values() for name in NAMED.findall(data)})
    if not names:
        return False
    path = rng.choice(sorted(p for p in sources if p.endswith(".txt")))
    lines = sources[path].decode("utf-8").splitlines()
    lines.insert(1, TITLED.format(name=rng.choice(names).decode()))
    sources[path] = ("\n".join(lines) + "\n").encode("utf-8")
    return True


@pytest.mark.parametrize("seed, split, synthetic", [(0, False, 0), (1, False, 0), (2, True, 0), (3, True, 0),
                                                    (4, False, 150), (5, True, 150)])
def test_rendering_with_the_memos_equals_rendering_from_scratch(seed, split, synthetic, monkeypatch, tmp_path):
    """`synthetic`: that many articles of bench/generate.py, where an edit reaches a small part of the
    pages, instead of the dozen fixtures, where it reaches most of them."""
    if split:  # a page per year of the timeline
        monkeypatch.setattr(render, "TIMELINE_ONE_PAGE", 5)
    curated = load_curated(ROOT / "seeds" / "_data")
    if synthetic:
        generate(synthetic, seed, tmp_path / "corpus")
        sources = {path.name: path.read_bytes() for path in sorted((tmp_path / "corpus" / "seeds").glob("*.txt"))}
    else:
        sources = {path.name: path.read_bytes() for path in ARTICLES}
    reader, cache, linker, memo = ReadCache(), ExtractionCache(), LinkMemo(), PageMemo(verify=True)
    rng = random.Random(seed)
    for step in range(7):
        if step and not (step % 3 == 0 and _retitle(sources, rng)):
            _edit(sources, rng, step)
        files = [SourceFile(path, data) for path, data in sorted(sources.items())]
        articles, _ = read_sources(files, workers=1, cache=reader)
        extracted = cache.extract_all(articles, curated, workers=1)
        corpus = link_corpus(articles, extracted, curated, "article", linker)
        kept = render.render_corpus(corpus, ROOT / "templates", "Site", workers=1, memo=memo)
        fresh = render.render_corpus(corpus, ROOT / "templates", "Site", workers=1)
        assert [(p.path, p.content) for p in kept] == [(p.path, p.content) for p in fresh], (seed, step)
