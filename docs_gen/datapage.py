"""The Data page: every export of the site with its size, its columns and a one-line example."""
from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

import jinja2

from .datafiles import DATABASE, TableInfo
from .render import PageSource

PAGE = "data/index.md"

# One query per table and view, each a single line that runs as it is (tests/test_database.py runs them).
SQL_EXAMPLES = {
    "articles": "SELECT year, language, COUNT(*) AS articles FROM articles GROUP BY year, language ORDER BY year;",
    "paragraphs": "SELECT a.url || '#' || p.anchor AS link, p.text FROM paragraphs AS p "
                  "JOIN articles AS a ON a.id = p.article WHERE p.kind = 'footnote';",
    "entities": "SELECT kind, name, articles FROM entities ORDER BY articles DESC LIMIT 10;",
    "entity_aliases": "SELECT e.kind, e.name, x.alias FROM entity_aliases AS x JOIN entities AS e ON e.id = x.entity "
                      "WHERE x.alias LIKE '%Biên phòng%';",
    "entity_attributes": "SELECT e.name, x.value AS issuer FROM entity_attributes AS x "
                         "JOIN entities AS e ON e.id = x.entity WHERE e.kind = 'document' AND x.name = 'issuer';",
    "glossary": "SELECT term, vi_term, definition FROM glossary WHERE curated = 1 ORDER BY term;",
    "mentions": "SELECT e.name, COUNT(DISTINCT mm.article) AS articles FROM mentions AS mm "
                "JOIN entities AS e ON e.id = mm.entity WHERE e.kind = 'document' GROUP BY e.id ORDER BY articles DESC;",
    "article_entities": "SELECT a.title, ae.mentions FROM article_entities AS ae JOIN articles AS a ON a.id = ae.article "
                        "JOIN entities AS e ON e.id = ae.entity WHERE e.kind = 'term' AND e.key = 'border-guard' "
                        "ORDER BY ae.mentions DESC;",
    "dates": "SELECT value, label, COUNT(DISTINCT article) AS articles FROM dates WHERE type = 'date' "
             "GROUP BY event ORDER BY articles DESC LIMIT 10;",
    "related": "SELECT a.title, b.title AS related, r.score, r.shared FROM related AS r "
               "JOIN articles AS a ON a.id = r.article JOIN articles AS b ON b.id = r.other WHERE r.rank = 1;",
    "same_event": "SELECT a.title, b.title FROM same_event AS s JOIN articles AS a ON a.id = s.article "
                  "JOIN articles AS b ON b.id = s.other WHERE s.article < s.other;",
    "mention_contexts": "SELECT link, sentence FROM mention_contexts WHERE kind = 'person' ORDER BY name;",
    "mentions_per_year": "SELECT year, articles, mentions FROM mentions_per_year "
                         "WHERE kind = 'term' AND key = 'border-guard' ORDER BY year;",
    "co_mentions": "SELECT a.name AS document, b.name AS place, c.year, COUNT(*) AS articles FROM co_mentions AS c "
                   "JOIN entities AS a ON a.id = c.entity_a JOIN entities AS b ON b.id = c.entity_b "
                   "WHERE a.kind = 'document' AND b.kind = 'place' GROUP BY a.id, b.id, c.year ORDER BY articles DESC;",
    "paragraphs_fts": "SELECT a.url || '#' || p.anchor AS link, p.text FROM paragraphs_fts "
                      "JOIN paragraphs AS p ON p.id = paragraphs_fts.rowid JOIN articles AS a ON a.id = p.article "
                      "WHERE paragraphs_fts MATCH 'bien phong' ORDER BY rank;",
}

# One pandas line per CSV file (the tables' columns are those of the database).
CSV_EXAMPLES = {
    "articles": 'pd.read_csv("articles.csv").groupby(["year", "language"]).size()',
    "paragraphs": 'pd.read_csv("paragraphs.csv").query("kind == \'caption\'")[["article", "anchor", "text"]]',
    "entities": 'pd.read_csv("entities.csv").nlargest(10, "articles")[["kind", "name", "articles"]]',
    "entity_aliases": 'pd.read_csv("entity_aliases.csv").groupby("entity")["alias"].count()',
    "entity_attributes": 'pd.read_csv("entity_attributes.csv").query("name == \'issuer\'")["value"].value_counts()',
    "glossary": 'pd.read_csv("glossary.csv")[["term", "vi_term", "definition"]]',
    "mentions": 'pd.read_csv("mentions.csv").groupby("entity")["article"].nunique().nlargest(10)',
    "article_entities": 'pd.read_csv("article_entities.csv").groupby("article")["entity"].count().describe()',
    "dates": 'pd.read_csv("dates.csv").groupby("year")["event"].nunique()',
    "related": 'pd.read_csv("related.csv").query("rank == 1")[["article", "other", "score"]]',
    "same_event": 'pd.read_csv("same_event.csv").groupby("article")["other"].count()',
}

# The JSON exports: what one item is, its fields (as README.md describes them) and a jq line.
JSON_EXPORTS = {
    "data/articles.json": ("article", ("id", "source_file", "title", "language", "url", "source_url", "outlet", "date",
                                       "author", "words", "related", "same_event"),
                           "jq -r '.[] | select(.language == \"vi\") | .title' articles.json"),
    "data/glossary.json": ("glossary entry", ("id", "term", "definition", "aliases", "url", "curated", "mentions"),
                           "jq -r '.[] | [.term, (.mentions | length)] | @tsv' glossary.json"),
    "data/entities.json": ("person, organisation, place or document",
                           ("id", "kind", "name", "aliases", "url", "attributes", "mentions"),
                           "jq -r '.[] | select(.kind == \"document\") | .name' entities.json"),
    "data/timeline.json": ("date mention", ("value", "type", "text", "label", "article", "anchor", "inferred", "event"),
                           "jq -r '.[] | select(.value | startswith(\"2025\")) | [.value, .label] | @tsv' "
                           "timeline.json"),
    "data/timelinejs.json": ("event, in Knight Lab TimelineJS's format", ("title", "events"),
                             "jq '.events | length' timelinejs.json"),
}


class Export(NamedTuple):
    """One file on the page: its size, what it holds, and an example."""
    name: str
    href: str  # relative to the Data page
    size: str
    holds: str  # what one row or item is, or how many there are
    columns: tuple[str, ...]
    example: str


def data_page(env: jinja2.Environment, files: Mapping[str, str | bytes | Path],
              tables: tuple[TableInfo, ...]) -> PageSource:
    def export(path: str, holds: str, columns: tuple[str, ...], example: str) -> Export:
        return Export(path[len("data/"):], path[len("data/"):], human_size(_size(files[path])), holds, columns, example)

    database = export(DATABASE, f"{sum(t.kind == 'table' for t in tables)} tables, "
                      f"{sum(t.kind == 'view' for t in tables)} views and full-text search", (), "")
    sections = [(t, SQL_EXAMPLES[t.name], export(t.csv, f"{t.rows:,} rows of {t.name}", t.columns, CSV_EXAMPLES[t.name])
                 if t.csv else None) for t in tables]
    json_files = [export(path, f"one object per {item}", fields, example)
                  for path, (item, fields, example) in JSON_EXPORTS.items() if path in files]
    content = env.get_template("data.md.j2").render(database=database, tables=sections, json_files=json_files)
    return PageSource.of(PAGE, content, in_nav=True)


def _size(content: str | bytes | Path) -> int:
    """Bytes of a file as written (UTF-8 for text), without a whole encoded copy of a large text."""
    if isinstance(content, Path):
        return content.stat().st_size
    if isinstance(content, bytes):
        return len(content)
    step = 1 << 20
    return sum(len(content[i:i + step].encode("utf-8")) for i in range(0, len(content), step))


def human_size(size: int) -> str:
    """1234567 -> "1.2 MB" (decimal units, as file managers and web servers show them)."""
    for unit, scale in (("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if size >= scale:
            return f"{size / scale:.1f} {unit}"
    return f"{size} bytes"
