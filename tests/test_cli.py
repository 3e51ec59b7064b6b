"""The docs-gen command and the JSON exports it writes."""
from __future__ import annotations

import json
import re

from docs_gen.cli import main
from test_build import FIXTURES, ROOT

TEMPLATES = str(ROOT / "templates")


def test_build_writes_markdown_and_exports(tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["--seeds", str(ROOT / "seeds"), "--templates", TEMPLATES, "--no-cache", "--quiet", "build",
                 "--out", str(out)]) == 0
    assert "5 articles" in capsys.readouterr().out
    articles = json.loads((out / "data" / "articles.json").read_text(encoding="utf-8"))
    assert len(articles) == 5 and all((out / f"articles/{a['id']}.md").is_file() for a in articles)
    entities = json.loads((out / "data" / "entities.json").read_text(encoding="utf-8"))
    assert {e["kind"] for e in entities} == {"person", "organisation", "place", "document"}
    timeline = json.loads((out / "data" / "timeline.json").read_text(encoding="utf-8"))
    assert set(timeline[0]) >= {"value", "text", "label", "article", "anchor", "inferred"}
    timelinejs = json.loads((out / "data" / "timelinejs.json").read_text(encoding="utf-8"))
    assert timelinejs["events"] and set(timelinejs["events"][0]["start_date"]) >= {"year"}
    assert (out / "feed.xml").read_text(encoding="utf-8").startswith('<?xml version="1.0" encoding="utf-8"?>\n<rss')
    assert (out / "data" / "kb.sqlite").read_bytes().startswith(b"SQLite format 3\0")
    assert (out / "data" / "csv" / "mentions.csv").read_text(encoding="utf-8").startswith("id,article,paragraph,")
    assert "[kb.sqlite](kb.sqlite)" in (out / "data" / "index.md").read_text(encoding="utf-8")


def test_check_reports_dates_candidates_and_problems(tmp_path, capsys):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ["river-post.txt", "xa-bien-gioi.txt"]:
        (seeds / name).write_bytes((FIXTURES / name).read_bytes())
    (seeds / "broken.txt").write_bytes(b"caf\xe9\n")
    assert main(["--seeds", str(seeds), "--templates", TEMPLATES, "--quiet", "check"]) == 1
    captured = capsys.readouterr()
    assert f"{seeds.as_posix()}/broken.txt:1: error: not valid UTF-8 (byte 0xe9)" in captured.err
    assert "river-post.txt: could not place 'March 14' (no year decides it)" in captured.out
    assert "xa-bien-gioi.txt: could not place '5/4' (no year decides it)" in captured.out


def test_missing_folder_is_a_clear_error(tmp_path, capsys):
    assert main(["--seeds", str(tmp_path / "nope"), "check"]) == 2
    assert "no folder" in capsys.readouterr().err


def test_progress_names_each_stage_and_the_summary_its_timings(tmp_path, capsys):
    assert main(["--seeds", str(ROOT / "seeds"), "--templates", TEMPLATES, "--cache-dir", str(tmp_path / "cache"),
                 "build", "--out", str(tmp_path / "out")]) == 0
    captured = capsys.readouterr()
    for line in ["read 5/5 articles read", "extract 5/5 articles extracted"]:
        assert line in captured.err, captured.err
    assert re.search(r"render (\d+)/\1 pages rendered\n", captured.err), captured.err  # the last count is the total
    summary = captured.out.strip().splitlines()[-1]
    assert re.match(r"5 articles, \d+ entries", summary) and all(f"{stage} " in summary for stage in ("read", "extract", "link", "render", "data"))


def test_a_second_run_takes_every_article_from_the_cache(tmp_path, capsys):
    command = ["--seeds", str(ROOT / "seeds"), "--templates", TEMPLATES, "--cache-dir", str(tmp_path / "cache"),
               "--quiet", "check"]
    assert main(command) == 0
    assert "5 articles extracted (0 cached)" in capsys.readouterr().out
    assert main(command) == 0
    assert "0 articles extracted (5 cached)" in capsys.readouterr().out


def test_check_lists_the_lines_left_out(tmp_path, capsys):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Patrol on the river\n\nTroops patrol the river.\n![](https://x.org/a.jpg)\n"
                                 "Comment (0)\n", encoding="utf-8")
    assert main(["--seeds", str(seeds), "--templates", TEMPLATES, "--no-cache", "--quiet", "check"]) == 0
    out = capsys.readouterr().out
    assert "a.txt: dropped 'Comment (0)'" in out and "a.txt: dropped '![](https://x.org/a.jpg)'" in out
