"""Linking while serving keeps what did not change (docs_gen.link.LinkMemo); after any sequence of edits
it gives the corpus that linking from scratch gives.

Random edit sequences (a fixed seed each, so a failure replays) add, change, rename and delete
articles of a small corpus, read and extracted as a build does; after every step the corpus linked
with the memo of the steps before is compared with one linked without it."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from docs_gen.curated import load_curated
from docs_gen.link import link_corpus
from docs_gen.link_memo import LinkMemo
from docs_gen.pipeline import ExtractionCache, ReadCache, SourceFile, read_sources

ROOT = Path(__file__).parent.parent
ARTICLES = sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.txt")) + sorted((ROOT / "seeds").glob("00[0-4]_*.txt"))
SENTENCES = [
    "Colonel Hoang Van Dung{n} visited the Border Guard post on June {day}, 2024.",
    "Lieutenant Colonel Tran Van Khanh{n} met officers of the Sin Thau Border Guard Station.",
    "Đại tá Nguyễn Văn Hùng{n} làm việc với Đồn Biên phòng Sín Thầu ngày {day}/5/2025.",
    "The station carried out Directive 01/CT-TTg with the people of Lai Chau province.",
]


def _edit(sources: dict[str, bytes], rng: random.Random, step: int) -> None:
    texts = sorted(path for path in sources if path.endswith(".txt"))
    kind = rng.choice(["change", "change", "add", "rename", "delete"] if len(texts) > 3 else ["change", "add"])
    if kind == "add":
        original = rng.choice(ARTICLES).read_bytes()
        sources[f"new-{step}.txt"] = original + SENTENCES[step % len(SENTENCES)].format(n=step, day=step % 28 + 1).encode()
        return
    path = rng.choice(texts)
    if kind == "change":
        lines = sources[path].decode("utf-8").splitlines()
        at = rng.randrange(1, max(2, len(lines)))
        lines.insert(at, rng.choice(SENTENCES).format(n=rng.randrange(3), day=rng.randint(1, 28)))
        sources[path] = ("\n".join(lines) + "\n").encode("utf-8")
    elif kind == "rename":
        sources[f"renamed-{step}.txt"] = sources.pop(path)
        if path[:-4] + ".yml" in sources:
            sources[f"renamed-{step}.yml"] = sources.pop(path[:-4] + ".yml")
    else:
        del sources[path]
        sources.pop(path[:-4] + ".yml", None)


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("scope", ["article", "paragraph"])
def test_linking_with_the_memo_equals_linking_from_scratch(seed, scope):
    curated = load_curated(ROOT / "seeds" / "_data")
    sources = {path.name: path.read_bytes() for path in ARTICLES}
    for path in ARTICLES:
        if path.with_suffix(".yml").exists():
            sources[path.with_suffix(".yml").name] = path.with_suffix(".yml").read_bytes()
    reader, cache, memo = ReadCache(), ExtractionCache(), LinkMemo()
    rng = random.Random(seed)
    for step in range(8):
        if step:
            _edit(sources, rng, step)
        files = [SourceFile(path, data) for path, data in sorted(sources.items())]
        articles, _ = read_sources(files, workers=1, cache=reader)
        extracted = cache.extract_all(articles, curated, workers=1)
        kept = link_corpus(articles, extracted, curated, scope, memo)
        fresh = link_corpus(articles, extracted, curated, scope)
        assert kept == fresh, (seed, step)
        assert kept.links == fresh.links and list(kept.links) == list(fresh.links)
