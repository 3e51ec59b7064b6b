"""The data files made with the lines and rows the last making kept (row_memo.py) equal those made
from scratch: the JSON exports, the database and its CSV copies, byte for byte, after random edits."""
from __future__ import annotations

import csv
import io
import random
import tempfile
from pathlib import Path

import pytest

from docs_gen.csv_export import template
from docs_gen.curated import load_curated
from docs_gen.datafiles import data_files
from docs_gen.export import exports
from docs_gen.link import link_corpus
from docs_gen.link_memo import LinkMemo
from docs_gen.pipeline import ExtractionCache, ReadCache, SourceFile, read_sources
from docs_gen.row_memo import RowMemo
from test_incremental_link import ARTICLES, ROOT, _edit


def _made(corpus, memo: RowMemo | None) -> dict[str, bytes]:
    """Every data file's bytes, made with `memo` (None: from scratch)."""
    if memo is not None:
        memo.start()
    made = {path: text.encode("utf-8") for path, text in exports(corpus, memo=memo).items()}
    with tempfile.TemporaryDirectory() as folder:
        for path, file in data_files(corpus, Path(folder), memo=memo).files.items():
            made[path] = Path(file).read_bytes()
    if memo is not None:
        memo.finish()
    return made


@pytest.mark.parametrize("seed", range(3))
def test_data_files_made_with_the_memo_equal_those_made_from_scratch(seed):
    curated = load_curated(ROOT / "seeds" / "_data")
    sources = {path.name: path.read_bytes() for path in ARTICLES}
    reader, cache, linker, memo = ReadCache(), ExtractionCache(), LinkMemo(), RowMemo()
    rng = random.Random(seed)
    for step in range(6):
        if step:
            _edit(sources, rng, step)
        files = [SourceFile(path, data) for path, data in sorted(sources.items())]
        articles, _ = read_sources(files, workers=1, cache=reader)
        corpus = link_corpus(articles, cache.extract_all(articles, curated, workers=1), curated, "article", linker)
        kept, fresh = _made(corpus, memo), _made(corpus, None)
        assert kept.keys() == fresh.keys()
        assert [path for path in kept if kept[path] != fresh[path]] == [], (seed, step)
        if step:  # an edit of one article makes again a few lines and rows, not the corpus's
            assert memo.made < len(corpus.articles) + len(corpus.entities) + len(corpus.timeline), (seed, step)


def test_a_making_stopped_half_way_leaves_the_last_complete_one():
    memo = RowMemo()
    memo.start()
    assert memo.kept("part", "a", (1,), lambda: "one") == "one"
    memo.finish()
    memo.start()
    assert memo.kept("part", "a", (1,), lambda: "again") == "one"  # same sources: kept
    assert memo.kept("part", "a", (2,), lambda: "two") == "two"
    # stopped here (a newer save): the next making finds the last complete one's
    memo.start()
    assert memo.kept("part", "a", (1,), lambda: "again") == "one"
    assert memo.made == 0


@pytest.mark.parametrize("values", [
    ("plain", "text"), ('a "quoted", word', "line\nbreak"), ("100%", "%d and %s"), ("", None), ("crlf\r\n", 2.5)])
def test_a_csv_template_filled_in_gives_what_the_csv_writer_writes(values):
    rows = [(n, *values, n * 7) for n in (1, 22, 333)]
    written = io.StringIO(newline="")
    csv.writer(written, lineterminator="\r\n").writerows(rows)
    form = template(rows, (0, 3))
    assert form % tuple(v for row in rows for v in (row[0], row[3])) == written.getvalue()


def test_a_value_holding_the_template_mark_gives_no_template():
    assert template([(1, "a\x00b")], (0,)) is None
