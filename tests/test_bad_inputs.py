"""Messy real-world input: each case either builds with nothing lost or is rejected with a clear one-line error.

| Input                                   | Outcome                                                        |
|-----------------------------------------|----------------------------------------------------------------|
| empty or whitespace-only file           | rejected: "empty article (no text)"                            |
| binary file named .txt                  | rejected: "binary file (contains NUL bytes)"                   |
| invalid UTF-8                           | rejected with line and byte: "not valid UTF-8 (byte 0xe9)"     |
| Windows-1258 (legacy Vietnamese)        | decoded, with a warning naming the encoding                    |
| UTF-16 / UTF-8 with BOM, CRLF, lone CR  | decoded                                                        |
| NFD-decomposed Vietnamese               | composed to NFC, matches precomposed terms                     |
| control characters                      | replaced by spaces                                             |
| right-to-left and zero-width characters | kept as written                                                |
| HTML, script, javascript:, Markdown, Jinja | shown literally, never interpreted                          |
| malformed Source: URL                   | kept as text, with a warning                                   |
| two articles with the same title        | both kept; the second page gets "-2"                           |
| file names with spaces, Unicode, dots   | built; page names come from titles                             |
| invalid YAML (metadata or curated data) | reported with file and line; the article still builds          |
| unknown metadata keys, wrong types, bad slug | reported with file, line and field; the value is ignored  |
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
import unicodedata

import pytest

from docs_gen.curated import load_curated
from docs_gen.pipeline import Options, SourceFile, generate, read_sources
from test_build import ROOT, build, make_project
from vietnamese_legacy import to_cp1258

GOOD = "A good headline\nThe border post opened a school in 2024.\n".encode()


def read(*files: tuple[str, bytes]):
    return read_sources([SourceFile(name, data) for name, data in files])


def messages(problems) -> list[str]:
    return [str(p) for p in problems]


@pytest.mark.parametrize("name, data, expected", [
    ("empty.txt", b"", "empty.txt: error: empty article (no text) (add the article text or remove the file)"),
    ("blank.txt", b"  \n\t\n ", "blank.txt: error: empty article (no text) (add the article text or remove the file)"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00", "photo.txt: error: binary file (contains NUL bytes), not an article "
                                                 "(remove it or save the article as UTF-8 text)"),
    ("latin.txt", b"Line one\ncaf\xe9 au lait\n", "latin.txt:2: error: not valid UTF-8 (byte 0xe9) (save the file as UTF-8)"),
])
def test_rejected_files_are_named_and_the_rest_build(name, data, expected):
    articles, problems = read((name, data), ("good.txt", GOOD))
    assert [a.source_file for a in articles] == ["good.txt"]
    assert messages(problems) == [expected]


@pytest.mark.parametrize("data", [
    "A headline\nBiên phòng\n".encode("utf-16"),
    b"\xef\xbb\xbf" + "A headline\nBiên phòng\n".encode(),
    "A headline\r\nBiên phòng\r\n".encode(),
    "A headline\rBiên phòng\r".encode(),
    unicodedata.normalize("NFD", "A headline\nBiên phòng\n").encode(),
])
def test_encodings_and_line_endings_decode_to_the_same_article(data):
    (article,), problems = read(("a.txt", data))
    assert problems == [] and article.title == "A headline"
    assert [b.text for b in article.blocks] == ["Biên phòng"]


def test_legacy_vietnamese_encoding_is_decoded_with_a_warning():
    (article,), problems = read(("old.txt", to_cp1258("Đồn Biên phòng\nBộ đội Biên phòng tỉnh Lạng Sơn.\n")))
    assert article.blocks[0].text == "Bộ đội Biên phòng tỉnh Lạng Sơn."
    assert messages(problems) == ["old.txt: warning: decoded as Windows-1258 (legacy Vietnamese encoding) "
                                  "(save the file as UTF-8 to silence this warning)"]


def test_control_rtl_and_zero_width_characters():
    text = "Title\nbell\x07here and \u202eright-to-left\u202c and zero\u200bwidth.\n"
    (article,), _ = read(("c.txt", text.encode()))
    assert article.blocks[0].text == "bell here and \u202eright-to-left\u202c and zero\u200bwidth."


def test_malformed_source_line_is_kept_as_text_with_a_warning():
    (article,), problems = read(("s.txt", b"Title\nBody text here.\nSource: http//broken url\n"))
    assert article.source_url is None and article.blocks[-1].text == "Source: http//broken url"
    assert messages(problems) == ["s.txt:3: warning: malformed source URL 'http//broken url' "
                                  "(write it as Source: https://host/path)"]


def test_same_title_twice_gets_distinct_pages():
    articles, problems = read(("a.txt", GOOD), ("b.txt", GOOD))
    assert [a.id for a in articles] == ["a-good-headline", "a-good-headline-2"]
    assert "b.txt: warning: another article already has the page name 'a-good-headline'" in messages(problems)[0]


def test_file_names_with_spaces_unicode_and_dots():
    articles, problems = read(("my file.v2.txt", GOOD), ("đồn biên phòng.txt", b"Another title\nText.\n"))
    assert problems == [] and {a.source_file for a in articles} == {"my file.v2.txt", "đồn biên phòng.txt"}


def test_bad_metadata_is_reported_and_ignored():
    sidecar = b"title: [unclosed\n"
    articles, problems = read(("a.txt", GOOD), ("a.yml", sidecar))
    assert articles[0].title == "A good headline"
    assert messages(problems)[0].startswith("a.yml:2: error: invalid YAML")
    sidecar = b"title: 42\ncolour: red\nslug: ../../etc\ndate: yesterday\nsame_event: nope\n"
    articles, problems = read(("a.txt", GOOD), ("a.yml", sidecar))
    assert articles[0].id == "a-good-headline"
    assert [m.split(" (")[0] for m in messages(problems)] == [
        "a.yml:1: error: field 'title': must be non-empty text, got int",
        "a.yml:2: error: field 'colour': unknown field",
        "a.yml:3: error: field 'slug': invalid slug '../../etc'",
        "a.yml:4: error: field 'date': not an ISO date: 'yesterday'",
        "a.yml:5: error: field 'same_event': must be a list, got str",
    ]


def test_invalid_curated_yaml_is_reported_and_the_build_goes_on(tmp_path):
    (tmp_path / "glossary.yml").write_text("- id: x\n  term: [broken\n", encoding="utf-8")
    curated = load_curated(tmp_path, "_data/")
    assert [str(p).split(" (")[0] for p in curated.problems] == ["_data/glossary.yml:3: error: invalid YAML: "
                                                                 "expected ',' or ']', but got '<stream end>'"]
    result = generate([SourceFile("good.txt", GOOD)], curated, Options(ROOT / "templates"))
    assert len(result.corpus.articles) == 1


def test_large_inputs_are_linear():
    line = ("The Border Guard patrols the border near Lang Son on January 9, 2015 with 2,550 members. " * 60_000)
    assert len(line) > 5_000_000
    started = time.perf_counter()
    (article,), _ = read(("big.txt", line.encode()))
    assert time.perf_counter() - started < 10 and article.words > 800_000
    many = "\n".join(f"Line {i} of the post." for i in range(10_000)).encode()
    started = time.perf_counter()
    (article,), _ = read(("many.txt", many))
    assert len(article.blocks) == 10_000 and time.perf_counter() - started < 5


def test_mkdocs_warns_and_goes_on_but_strict_fails_naming_the_file(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "good.txt").write_bytes(GOOD)
    (articles / "broken.txt").write_bytes(b"caf\xe9\n")
    project = tmp_path / "project"
    project.mkdir()
    make_project(project, articles)
    strict = build(project)
    assert strict.returncode != 0 and "broken.txt:1: error: not valid UTF-8" in strict.stderr
    relaxed = subprocess.run([sys.executable, "-m", "mkdocs", "build"], cwd=project, capture_output=True, text=True,
                             env=dict(os.environ, NO_MKDOCS_2_WARNING="1"), timeout=300)
    assert relaxed.returncode == 0 and "broken.txt:1: error" in relaxed.stderr
    assert (project / "site" / "articles" / "a-good-headline" / "index.html").is_file()


def test_a_long_single_line_article_goes_through_every_stage_in_linear_time():
    from docs_gen.curated import load_curated

    curated = load_curated(ROOT / "seeds" / "_data")
    unit = ("The Border Guard of Lang Son met Colonel Tran Van Minh on January 9, 2015 about "
            "Directive No. 01/CT-TTg and the \"4 togethers\". ")
    seconds = []
    for repeats in (1500, 6000):
        text = "Headline\n" + unit * repeats
        started = time.perf_counter()
        result = generate([SourceFile("long.txt", text.encode())], curated, Options(ROOT / "templates"))
        seconds.append(time.perf_counter() - started)
        assert len(result.corpus.articles) == 1
    # Four times the text may take at most about eight times as long (a quadratic step would take 16x).
    assert seconds[1] < 8 * seconds[0] + 1, seconds
