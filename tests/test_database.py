"""The research database (data/kb.sqlite), its CSV copies and the Data page."""
from __future__ import annotations

import csv
import io
import json
import re
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from docs_gen import models as m
from docs_gen.curated import Curated, load_curated
from docs_gen.database import TABLES, VIEWS_NAMES, write_database
from docs_gen.datafiles import data_files
from docs_gen.datapage import CSV_EXAMPLES, JSON_EXPORTS, SQL_EXAMPLES, human_size
from docs_gen.extract.phrases import fold, fold_text
from docs_gen.link import LINKED_KINDS, link_corpus
from docs_gen.pipeline import Options, collect_sources, generate
from test_build import ROOT, build, make_project

ARTICLES = Path(__file__).parent / "fixtures" / "database"


@pytest.fixture(scope="module")
def result():
    return generate(collect_sources(ARTICLES), load_curated(ROOT / "seeds" / "_data"), Options(ROOT / "templates"))


@pytest.fixture(scope="module")
def db(result, tmp_path_factory) -> sqlite3.Connection:
    path = tmp_path_factory.mktemp("db") / "kb.sqlite"
    path.write_bytes(result.files["data/kb.sqlite"])
    connection = sqlite3.connect(path)
    yield connection
    connection.close()


def test_every_article_paragraph_and_mention_is_a_row(result, db):
    corpus = result.corpus
    assert db.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == len(corpus.articles) == 4
    assert db.execute("SELECT COUNT(*) FROM paragraphs").fetchone()[0] == sum(len(a.blocks) for a in corpus.articles)
    linked = sum(1 for found in corpus.mentions.values() for _, x in found if x.kind in LINKED_KINDS)
    assert db.execute("SELECT COUNT(*) FROM mentions").fetchone()[0] == linked > 10
    assert db.execute("SELECT COUNT(*) FROM entities").fetchone()[0] == len(corpus.entities)
    assert db.execute("SELECT COUNT(*) FROM dates").fetchone()[0] == len(corpus.timeline) == 4
    assert db.execute("SELECT COUNT(*) FROM related").fetchone()[0] == sum(map(len, corpus.related.values()))
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    for table in ("mentions", "dates"):  # the anchor beside the paragraph's number is that paragraph's
        assert db.execute(f"SELECT COUNT(*) FROM {table} AS x JOIN paragraphs AS p ON p.id = x.paragraph "
                          "WHERE p.anchor <> x.anchor OR p.article <> x.article").fetchone()[0] == 0
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_rows_agree_with_the_json_exports(result, db):
    articles = [json.loads(line.rstrip(",")) for line in result.files["data/articles.json"].splitlines()[1:-1]]
    rows = db.execute("SELECT slug, source_file, title, language, url, source_url, outlet, date, author, words "
                      "FROM articles ORDER BY id").fetchall()
    assert rows == [tuple(a[k] for k in ("id", "source_file", "title", "language", "url", "source_url", "outlet",
                                         "date", "author", "words")) for a in articles]
    timeline = [json.loads(line.rstrip(",")) for line in result.files["data/timeline.json"].splitlines()[1:-1]]
    rows = db.execute("SELECT d.value, d.type, d.text, d.label, a.slug, p.anchor, d.inferred, d.event FROM dates AS d "
                      "JOIN articles AS a ON a.id = d.article JOIN paragraphs AS p ON p.id = d.paragraph ORDER BY d.id")
    assert [tuple(row) for row in rows] == [(t["value"], t["type"], t["text"], t["label"], t["article"], t["anchor"],
                                             int(t["inferred"]), t["event"]) for t in timeline]
    entities = json.loads(result.files["data/entities.json"])
    names = dict(db.execute("SELECT kind || ':' || key, name FROM entities WHERE kind <> 'term'").fetchall())
    assert names == {e["id"]: e["name"] for e in entities}


def test_mentions_point_into_their_paragraph_and_sentence(result, db):
    rows = db.execute("SELECT mm.text, p.text, mm.start_char, mm.end_char, mm.sentence_start, mm.sentence_end, "
                      "substr(p.text, mm.start_char + 1, mm.end_char - mm.start_char), c.sentence, p.article, mm.article "
                      "FROM mentions AS mm JOIN paragraphs AS p ON p.id = mm.paragraph "
                      "JOIN mention_contexts AS c ON c.mention = mm.id").fetchall()
    assert rows
    for text, paragraph, start, end, left, right, in_sql, sentence, article, mention_article in rows:
        assert paragraph[start:end] == text == in_sql  # SQLite counts characters as Python does
        assert left <= start and end <= right and sentence == paragraph[left:right] == sentence.strip()
        assert article == mention_article
    # The sentence of a mention is the one its entry page quotes.
    corpus = result.corpus
    entity = corpus.entities[(m.PERSON, "tran-van-hung")]
    quoted = {(corpus.article(o.article).id, o.anchor, corpus.context(o)) for o in entity.occurrences}
    found = set(db.execute("SELECT article, substr(link, instr(link, '#') + 1), sentence FROM mention_contexts "
                           "WHERE kind = 'person' AND key = 'tran-van-hung'").fetchall())
    assert found == quoted and len(found) == 3


def test_articles_naming_a_person_and_a_document_in_a_year_with_paragraph_links(db):
    query = """
        SELECT DISTINCT a.slug, a.url || '#' || p.anchor
        FROM co_mentions AS c
        JOIN entities AS person ON person.id = c.entity_a
        JOIN entities AS document ON document.id = c.entity_b
        JOIN articles AS a ON a.id = c.article
        JOIN mentions AS mm ON mm.article = c.article AND mm.entity IN (c.entity_a, c.entity_b)
        JOIN paragraphs AS p ON p.id = mm.paragraph
        WHERE person.kind = 'person' AND person.key = ? AND document.kind = 'document' AND document.key = ?
          AND c.year = ?
        ORDER BY a.slug, p.position"""
    assert db.execute(query, ("tran-van-hung", "resolution-33", 2025)).fetchall() == [
        ("border-posts-mark-a-year-of-joint-patrols", "articles/border-posts-mark-a-year-of-joint-patrols/#p-2")]
    assert db.execute(query, ("tran-van-hung", "resolution-33", 2024)).fetchall() == [
        ("colonel-tran-van-hung-explains-the-border-resolution-to-villagers",
         "articles/colonel-tran-van-hung-explains-the-border-resolution-to-villagers/#p-1"),
        ("colonel-tran-van-hung-explains-the-border-resolution-to-villagers",
         "articles/colonel-tran-van-hung-explains-the-border-resolution-to-villagers/#p-2")]
    assert db.execute(query, ("le-thi-hoa", "resolution-33", 2024)).fetchall() == []


def test_views_count_mentions_per_year_and_what_appears_together(db):
    per_year = db.execute("SELECT year, articles FROM mentions_per_year WHERE kind = 'document' AND key = 'resolution-33' "
                          "ORDER BY year").fetchall()
    assert per_year == [(2024, 1), (2025, 2)]
    together = db.execute("""
        SELECT b.key, COUNT(*) FROM co_mentions AS c JOIN entities AS a ON a.id = c.entity_a
        JOIN entities AS b ON b.id = c.entity_b
        WHERE a.kind = 'person' AND a.key = 'le-thi-hoa' AND b.kind IN ('person', 'document')
        GROUP BY b.id ORDER BY b.key""").fetchall()
    assert together == [("resolution-33", 2), ("tran-van-hung", 1)]


def test_folded_full_text_search_finds_every_spelling(db):
    def search(query: str) -> list[str]:
        return [text for (text,) in db.execute(
            "SELECT p.text FROM paragraphs_fts JOIN paragraphs AS p ON p.id = paragraphs_fts.rowid "
            "WHERE paragraphs_fts MATCH ? ORDER BY p.id", (query,))]

    found = search("bien phong")
    assert found and all("Biên phòng" in text for text in found)
    assert search('"bo doi bien phong"') == [t for t in found if "Bộ đội Biên phòng" in t] != []
    assert search("don bien phong pa vay su") == [t for t in found if "Đồn Biên phòng Pa Vây Sử" in t]
    assert search("text: phòng") == found  # as written: the accents count
    assert search("text: phong") == []
    assert search("Pa Vay Su") and search("villagers")


def test_paragraph_text_is_folded_as_the_site_search_folds_it():
    samples = ["Bộ đội Biên phòng", "ĐỒN BIÊN PHÒNG Sín Thầu", "e\u0301 İstanbul Straße ﬁ", "plain ascii Text", ""]
    for text in samples:
        assert fold_text(text) == fold.__wrapped__(text)
    assert fold_text("Đồn Biên phòng") == "don bien phong"


def test_two_writes_of_one_corpus_are_byte_identical_and_an_old_file_is_never_reused(result, tmp_path):
    first, second = tmp_path / "one.sqlite", tmp_path / "two.sqlite"
    write_database(result.corpus, first)
    write_database(result.corpus, second)
    assert first.read_bytes() == second.read_bytes() == result.files["data/kb.sqlite"]
    with pytest.raises(FileExistsError):
        write_database(result.corpus, first)


def test_an_empty_collection_gives_empty_tables(tmp_path):
    corpus = link_corpus([], [], Curated())
    written = data_files(corpus, tmp_path)
    connection = sqlite3.connect(written.files["data/kb.sqlite"])
    assert [connection.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES] == [0] * len(TABLES)
    connection.close()
    assert written.files["data/csv/articles.csv"].read_text(encoding="utf-8").startswith("id,slug,")


def test_csv_files_parse_back_to_the_tables(result, db):
    for table in TABLES:
        content = result.files[f"data/csv/{table}.csv"]
        assert isinstance(content, bytes) and not content.startswith(b"\xef\xbb\xbf")
        text = content.decode("utf-8")
        rows = list(csv.reader(io.StringIO(text, newline="")))
        assert text.endswith("\r\n") and text.count("\r\n") >= len(rows)  # every record ends with CRLF
        columns = [c[1] for c in db.execute(f"PRAGMA table_info({table})")]
        assert rows[0] == columns
        stored = db.execute(f"SELECT * FROM {table}").fetchall()
        assert len(rows) - 1 == len(stored)
        as_text = sorted(tuple("" if v is None else str(v) for v in row) for row in stored)
        assert sorted(map(tuple, rows[1:])) == as_text, table
    # A paragraph with commas and quotes survives the quoting.
    paragraphs = list(csv.DictReader(io.StringIO(result.files["data/csv/paragraphs.csv"].decode("utf-8"), newline="")))
    assert any("," in row["text"] for row in paragraphs)
    assert {row["text"] for row in paragraphs} == {b.text for a in result.corpus.articles for b in a.blocks}


def test_every_example_query_of_the_data_page_runs(db):
    assert set(SQL_EXAMPLES) == set(TABLES) | set(VIEWS_NAMES) | {"paragraphs_fts"}
    assert set(CSV_EXAMPLES) == set(TABLES)
    for name, query in SQL_EXAMPLES.items():
        assert "\n" not in query and name in query
        db.execute(query).fetchall()
    assert db.execute(SQL_EXAMPLES["paragraphs_fts"]).fetchall()
    assert db.execute(SQL_EXAMPLES["mentions_per_year"]).fetchall()
    for name, line in CSV_EXAMPLES.items():
        compile(line, name, "eval")
        assert f'"{name}.csv"' in line
        columns = {c[1] for c in db.execute(f"PRAGMA table_info({name})")}
        quoted = set(re.findall(r'"(\w+)"', line)) | set(re.findall(r"\b(\w+) ==", line))
        assert quoted - {name} <= columns, name


def test_json_fields_on_the_data_page_are_those_exported(result):
    for path, (_, fields, _) in JSON_EXPORTS.items():
        value = json.loads(result.files[path])
        item = value[0] if isinstance(value, list) else value
        assert sorted(item) == sorted(fields), path


@pytest.mark.skipif(shutil.which("jq") is None, reason="jq is not installed")
def test_jq_examples_run(result, tmp_path):
    for path, (_, _, line) in JSON_EXPORTS.items():
        (tmp_path / path.rsplit("/", 1)[-1]).write_text(result.files[path], encoding="utf-8")
    for path, (_, _, line) in JSON_EXPORTS.items():
        run = subprocess.run(line, shell=True, cwd=tmp_path, capture_output=True, text=True)
        assert run.returncode == 0 and run.stdout.strip(), (line, run.stderr)


def test_data_page_lists_every_export_with_its_size(result):
    page = next(p for p in result.pages if p.path == "data/index.md")
    assert page.in_nav
    content = page.content
    exported = [path for path in result.files if path.startswith("data/")]
    assert len(exported) == 1 + len(TABLES) + 5
    for path in exported:
        name = path[len("data/"):]
        data = result.files[path]
        size = human_size(len(data.encode("utf-8") if isinstance(data, str) else data))
        assert f"| [{name}]({name}) | {size} |" in content, name
    for name in [*TABLES, *VIEWS_NAMES, "paragraphs_fts"]:
        assert f"### {name}\n" in content
    assert human_size(999) == "999 bytes" and human_size(1_500) == "1.5 kB" and human_size(13_524_992) == "13.5 MB"


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    project = make_project(tmp_path_factory.mktemp("database"), ARTICLES)
    run = build(project)
    assert run.returncode == 0, run.stderr[-3000:]
    return project / "site"


def test_mkdocs_build_publishes_the_database_csv_and_data_page(site):
    connection = sqlite3.connect(site / "data" / "kb.sqlite")
    assert connection.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 4
    assert connection.execute("PRAGMA user_version").fetchone()[0] >= 1
    for table in TABLES:
        assert (site / "data" / "csv" / f"{table}.csv").is_file()
    page = (site / "data" / "index.html").read_text(encoding="utf-8")
    assert "<title>Data - " in page and "title: Data" not in page  # the front matter was read, not shown
    assert 'href="kb.sqlite"' in page and 'href="csv/mentions.csv"' in page and 'href="articles.json"' in page
    home = (site / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<a[^>]+href="data/"[^>]*>\s*Data', home), "the Data page is in the navigation"
    # Every paragraph link in the database lands on an element of its article page.
    links = connection.execute("SELECT a.url, p.anchor FROM paragraphs AS p JOIN articles AS a ON a.id = p.article")
    for url, anchor in links:
        assert f'id="{anchor}"' in (site / url / "index.html").read_text(encoding="utf-8"), (url, anchor)
    connection.close()


def test_readme_describes_the_schema_as_it_is(db):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### SQLite: `data/kb.sqlite`"):readme.index("### CSV: `data/csv/<table>.csv`")]
    described = {}
    for name, columns in re.findall(r"^\| `(\w+)` \| [^|]+ \| (.+) \|$", section, re.M):
        described[name] = re.findall(r"(?:^|, )`(\w+)`", columns)
    assert list(described) == list(TABLES) + list(VIEWS_NAMES)
    for table, columns in described.items():
        assert columns == [c[1] for c in db.execute(f"PRAGMA table_info({table})")], table
    example = re.search(r"```sql\n(.*?)```", section, re.S).group(1)
    db.execute(example).fetchall()
