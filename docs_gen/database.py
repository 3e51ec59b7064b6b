"""The research database, site/data/kb.sqlite: the corpus as tables, with full-text search.

Written with the standard library's sqlite3 into a fresh file: every table is filled by executemany over
a generator (memory stays flat however large the corpus) in a fixed order, indexes and the full-text
index are built once after the rows, and nothing records a time, so two builds of the same input give
the same bytes.

Articles, paragraphs and entities are numbered (1, 2, ... in a fixed order) and the large tables refer
to them by number, and a mention holds the offsets of its sentence, not a copy: text keys in every row
and index, and a sentence per mention, made the file three times larger. The numbers hold within one
build; across builds, join on articles.slug and entities (kind, key).

The CSV copies (csv_export.py) receive the same rows as they are written, so the corpus is walked once.
"""
from __future__ import annotations

import json
import operator
import re
import sqlite3
from array import array
from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass
from itertools import chain, islice
from pathlib import Path
from typing import Protocol

from . import models as m
from .csv_export import template
from .export import article_row, page_url
from .extract.phrases import fold_text
from .link import LINKED_KINDS, Corpus, Entity
from .row_memo import RowMemo
from .sentences import sentence_span
from .superseded import Checkpoint, never
from .timeline import TimelineEntry, start_year

SCHEMA_VERSION = 1  # PRAGMA user_version: raised whenever a table or column changes

SCHEMA = """
-- One row per article. Its page is <url>; a paragraph of it is <url>#<anchor>.
CREATE TABLE articles (
    id          INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,   -- page name, the id in articles.json
    source_file TEXT NOT NULL,          -- the text file in the seeds folder
    title       TEXT NOT NULL,
    language    TEXT NOT NULL,          -- en or vi
    url         TEXT NOT NULL,          -- site-relative: articles/<slug>/
    source_url  TEXT,
    outlet      TEXT,
    date        TEXT,                   -- ISO date of publication
    year        INTEGER,                -- its year
    author      TEXT,
    words       INTEGER NOT NULL
);

-- Every block of an article's text in reading order: paragraphs, headings, captions, the byline, footnotes.
CREATE TABLE paragraphs (
    id       INTEGER PRIMARY KEY,
    article  INTEGER NOT NULL REFERENCES articles(id),
    anchor   TEXT NOT NULL,             -- its id on the article page: p-3, or fn:1 for a footnote
    position INTEGER NOT NULL,          -- 0-based place in the article
    kind     TEXT NOT NULL,             -- paragraph, heading, caption, byline or footnote
    line     INTEGER NOT NULL,          -- line of the source file where it starts
    text     TEXT NOT NULL,             -- as written (NFC)
    UNIQUE (article, anchor)
);

-- Glossary terms, people, organisations, places and documents.
CREATE TABLE entities (
    id       INTEGER PRIMARY KEY,
    kind     TEXT NOT NULL,             -- term, person, organisation, place or document
    key      TEXT NOT NULL,             -- <kind>:<key> is the id in entities.json (the key in glossary.json)
    name     TEXT NOT NULL,
    url      TEXT NOT NULL,             -- site-relative page
    curated  INTEGER NOT NULL,          -- 0: a term used in two or more articles, not in the curated glossary
    articles INTEGER NOT NULL,          -- articles that mention it
    mentions INTEGER NOT NULL,
    UNIQUE (kind, key)
);

-- Other spellings of an entity, as written in the articles or curated.
CREATE TABLE entity_aliases (
    entity INTEGER NOT NULL REFERENCES entities(id),
    alias  TEXT NOT NULL,
    PRIMARY KEY (entity, alias)
) WITHOUT ROWID;

-- Titles and positions of people; type, number, code, issuer, date and subject of documents; and so on.
CREATE TABLE entity_attributes (
    entity   INTEGER NOT NULL REFERENCES entities(id),
    name     TEXT NOT NULL,
    position INTEGER NOT NULL,          -- 0 for the value met first
    value    TEXT NOT NULL,
    PRIMARY KEY (entity, name, position)
) WITHOUT ROWID;

-- Glossary entries: the curated ones (even when no article uses them yet) and the uncurated terms.
CREATE TABLE glossary (
    entity      INTEGER PRIMARY KEY REFERENCES entities(id),
    term        TEXT NOT NULL,
    vi_term     TEXT,
    definition  TEXT NOT NULL,
    explanation TEXT NOT NULL,
    category    TEXT,
    curated     INTEGER NOT NULL
);

-- Each mention of an entity in an article's text. The view mention_contexts shows them with names,
-- links and sentences.
CREATE TABLE mentions (
    id             INTEGER PRIMARY KEY,
    article        INTEGER NOT NULL REFERENCES articles(id),
    paragraph      INTEGER NOT NULL REFERENCES paragraphs(id),
    anchor         TEXT NOT NULL,       -- the paragraph's anchor: the mention is at <article url>#<anchor>
    entity         INTEGER NOT NULL REFERENCES entities(id),
    text           TEXT NOT NULL,       -- as written: substr(paragraph text, start_char + 1, end_char - start_char)
    start_char     INTEGER NOT NULL,    -- offsets in the paragraph's text, in characters
    end_char       INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL,    -- the sentence that holds it, likewise
    sentence_end   INTEGER NOT NULL
);

-- Which entities each article mentions and how often (from mentions; co_mentions joins it with itself).
CREATE TABLE article_entities (
    article         INTEGER NOT NULL REFERENCES articles(id),
    entity          INTEGER NOT NULL REFERENCES entities(id),
    mentions        INTEGER NOT NULL,
    first_paragraph INTEGER NOT NULL REFERENCES paragraphs(id),
    PRIMARY KEY (article, entity)
) WITHOUT ROWID;

-- Every date the articles mention (timeline.json). value is TIMEX3: 2025-01-22, 2025-01, 2025, 2024-H2,
-- 2016/2021, --09-03 for a yearly day; the same event is one value reported by several articles.
CREATE TABLE dates (
    id        INTEGER PRIMARY KEY,
    value     TEXT NOT NULL,
    type      TEXT NOT NULL,            -- date, month, year, range, recurring or partial
    text      TEXT NOT NULL,            -- as written
    label     TEXT NOT NULL,            -- what happened, from its sentence
    article   INTEGER NOT NULL REFERENCES articles(id),
    paragraph INTEGER NOT NULL REFERENCES paragraphs(id),
    anchor    TEXT NOT NULL,            -- the paragraph's anchor
    inferred  INTEGER NOT NULL,         -- 1: the year came from the article, not from the words
    event     TEXT NOT NULL,
    year      INTEGER                   -- the year it falls in (where a period starts), when known
);

-- Related articles, ranked by the items they share (rare ones weigh more).
CREATE TABLE related (
    article INTEGER NOT NULL REFERENCES articles(id),
    rank    INTEGER NOT NULL,           -- 1 for the most related
    other   INTEGER NOT NULL REFERENCES articles(id),
    score   REAL NOT NULL,
    shared  TEXT NOT NULL,              -- names of the shared items, most telling first: a JSON array
    PRIMARY KEY (article, rank)
) WITHOUT ROWID;

-- Reports of the same event (the same day and a person or place in common, or declared by an editor).
CREATE TABLE same_event (
    article INTEGER NOT NULL REFERENCES articles(id),
    other   INTEGER NOT NULL REFERENCES articles(id),
    PRIMARY KEY (article, other)
) WITHOUT ROWID;
"""

# Tables made from others in SQL once their indexes exist (a scan of mentions_article in order, no sort),
# then indexed; their CSV copies are read back.
DERIVED = {
    "article_entities": """
INSERT INTO article_entities
SELECT article, entity, COUNT(*), MIN(paragraph) FROM mentions GROUP BY article, entity ORDER BY article, entity;
CREATE INDEX article_entities_entity ON article_entities(entity, article);
""",
}

# Made once the rows are in: one sorted build per index instead of an update per row.
INDEXES = """
CREATE INDEX entities_name ON entities(name);
CREATE INDEX entity_aliases_alias ON entity_aliases(alias);
CREATE INDEX mentions_entity ON mentions(entity, article);
CREATE INDEX mentions_article ON mentions(article, entity, paragraph);
CREATE INDEX dates_value ON dates(value);
CREATE INDEX dates_article ON dates(article);
CREATE INDEX related_other ON related(other);
"""

# Full-text search over the paragraphs; rowid is paragraphs.id. Contentless: the text is stored once,
# in paragraphs, and only the index is kept here (so select from paragraphs, and snippet() gives
# nothing). The tokenizer keeps diacritics, so "phòng" finds "phòng" and not "phong"; the folded column
# (lower case, no diacritics, đ written d) finds every spelling: MATCH 'bien phong' finds "Biên phòng".
SEARCH = """
CREATE VIRTUAL TABLE paragraphs_fts USING fts5(
    text, folded, content = '', tokenize = 'unicode61 remove_diacritics 0'
);
INSERT INTO paragraphs_fts (rowid, text, folded) SELECT id, text, fold(text) FROM paragraphs ORDER BY id;
"""

VIEWS = """
-- Each mention with the names, the link to its paragraph and its sentence.
CREATE VIEW mention_contexts AS
SELECT mm.id AS mention, a.slug AS article, a.year, a.url || '#' || mm.anchor AS link, e.kind, e.key, e.name,
       mm.text, substr(p.text, mm.sentence_start + 1, mm.sentence_end - mm.sentence_start) AS sentence
FROM mentions AS mm
JOIN paragraphs AS p ON p.id = mm.paragraph
JOIN articles AS a ON a.id = mm.article
JOIN entities AS e ON e.id = mm.entity;

-- How often each entity is mentioned per year of publication (year NULL: articles without a date).
CREATE VIEW mentions_per_year AS
SELECT e.id AS entity, e.kind, e.key, e.name, a.year, COUNT(*) AS articles, SUM(ae.mentions) AS mentions
FROM article_entities AS ae
JOIN entities AS e ON e.id = ae.entity
JOIN articles AS a ON a.id = ae.article
GROUP BY e.id, e.kind, e.key, e.name, a.year;

-- Two entities mentioned in the same article: one row per article and ordered pair, so that
-- WHERE entity_a = ? lists everything that appears with one entity.
CREATE VIEW co_mentions AS
SELECT x.entity AS entity_a, y.entity AS entity_b, x.article, a.year
FROM article_entities AS x
JOIN article_entities AS y ON y.article = x.article AND y.entity <> x.entity
JOIN articles AS a ON a.id = x.article;
"""

# The tables as the README and the Data page list them (those in DERIVED are filled last), and the views.
TABLES = ("articles", "paragraphs", "entities", "entity_aliases", "entity_attributes", "glossary", "mentions",
          "article_entities", "dates", "related", "same_event")
VIEWS_NAMES = ("mention_contexts", "mentions_per_year", "co_mentions")
SEARCH_TABLE = "paragraphs_fts"


class TableCopy(Protocol):
    """Receives each table's rows as they are written (the CSV copies), so the corpus is walked once."""

    def start(self, table: str, columns: list[str]) -> None: ...

    def add(self, rows: list[tuple]) -> None: ...

    def add_text(self, text: str) -> None: ...  # rows already written in the copy's format

    def end(self) -> None: ...


CHUNK = 4096  # rows handed to SQLite and to the copy at a time: few calls, little memory


def write_database(corpus: Corpus, path: Path, copy: TableCopy | None = None, checkpoint: Checkpoint = never,
                   memo: RowMemo | None = None) -> None:
    """Write the database to `path`, a file that must not exist yet, and each table to `copy`;
    `checkpoint` is called between chunks of rows. `memo`: what each article gave the last time
    (the sentences of its mentions, its related articles' shared names), taken where it is the same."""
    if path.exists():
        raise FileExistsError(path)  # an old file's free pages would make the bytes depend on its history
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        memo = memo if memo is not None else RowMemo()
        connection.create_function("fold", 1, _folding(corpus, memo), deterministic=True)
        # Nothing to recover from a half-written file: it is written whole or the build fails.
        for pragma in ("page_size = 4096", "journal_mode = OFF", "synchronous = OFF",
                       f"user_version = {SCHEMA_VERSION}"):
            connection.execute(f"PRAGMA {pragma}")
        connection.execute("BEGIN")
        for statement in statements(SCHEMA):
            connection.execute(statement)
        copies = {}
        for table, rows in _rows(corpus, memo):
            if table in DERIVED:  # made in SQL below; these rows are its CSV copy's
                copies[table] = rows
            else:
                _insert(connection, table, rows, copy, checkpoint)
        for statement in statements(INDEXES):
            connection.execute(statement)
        for table, script in DERIVED.items():
            checkpoint()
            for statement in statements(script):
                connection.execute(statement)
            if copy:
                _copy_table(connection, table, copy, copies.get(table))
        for statement in statements(SEARCH + VIEWS):
            connection.execute(statement)
        connection.execute("COMMIT")
    finally:
        connection.close()


def _folding(corpus: Corpus, memo: RowMemo) -> Callable[[str], str]:
    """fold_text for the full-text index, the paragraphs of an unchanged article folded the last time."""
    folded = {}
    for article in corpus.articles:
        texts = [block.text for block in article.blocks]
        folded.update(zip(texts, memo.kept("folded", article.id, (article,), lambda: [fold_text(t) for t in texts])))

    def fold(text: str) -> str:
        found = folded.get(text)
        return found if found is not None else fold_text(text)
    return fold


def statements(script: str) -> list[str]:
    """The statements of a script, without its comments (sqlite3 executes one at a time)."""
    lines = [line for line in script.splitlines() if not line.lstrip().startswith("--")]
    return [statement.strip() for statement in re.split(r";\s*$", "\n".join(lines), flags=re.M) if statement.strip()]


def _insert(connection: sqlite3.Connection, table: str, rows: Iterable[tuple] | Iterable[Group],
            copy: TableCopy | None, checkpoint: Checkpoint) -> None:
    columns = [column[0] for column in connection.execute(f"SELECT * FROM {table} LIMIT 0").description]
    statement = f"INSERT INTO {table} VALUES ({', '.join('?' * len(columns))})"
    if copy:
        copy.start(table, columns)
    for chunk in _chunks(rows):
        checkpoint()
        if chunk and isinstance(chunk[0], Group):
            connection.executemany(statement, chain.from_iterable(group.rows for group in chunk))
            if copy:
                for group in chunk:
                    copy.add_text(group.text) if group.text is not None else copy.add(group.rows)
            continue
        connection.executemany(statement, chunk)
        if copy:
            copy.add(chunk)
    if copy:
        copy.end()


@dataclass(frozen=True)
class Group:
    """Rows of a table that come together (an article's), with their CSV text when made from a template."""

    rows: list[tuple]
    text: str | None


def _grouped(memo: RowMemo, part: str, numbered: tuple[int, ...],
             groups: Iterable[tuple[Hashable, tuple, list[tuple]]]) -> Iterator[Group]:
    """Each group of rows (key, what its rows are made of, the rows) with its CSV text, filled in from
    the template the memo keeps for the same sources: the columns at `numbered` (the numbers of rows,
    articles, paragraphs and entities, which an edit elsewhere moves) are the template's blanks."""
    pick = operator.itemgetter(*numbered)
    for key, sources, rows in groups:
        if rows:
            form = memo.kept(part, key, sources, lambda: template(rows, numbered))
            yield Group(rows, None if form is None else form % tuple(chain.from_iterable(map(pick, rows))))


def _copy_table(connection: sqlite3.Connection, table: str, copy: TableCopy, groups: Iterable[Group] | None) -> None:
    """A table made in SQL, to the copy: its rows as `groups` made them (the same rows, in the order
    of its primary key), or else read back in that order."""
    columns = connection.execute(f"PRAGMA table_info({table})").fetchall()
    if groups is not None:
        copy.start(table, [name for _, name, *_ in columns])
        for group in groups:
            copy.add_text(group.text) if group.text is not None else copy.add(group.rows)
        copy.end()
        return
    key = [name for _, name in sorted((pk, name) for _, name, _, _, _, pk in columns if pk)]
    cursor = connection.execute(f"SELECT * FROM {table} ORDER BY {', '.join(key)}")
    copy.start(table, [column[0] for column in cursor.description])
    for chunk in _chunks(cursor):
        copy.add(chunk)
    copy.end()


def _chunks(rows: Iterable) -> Iterator[list]:
    """Lists of CHUNK rows, or of groups of about as many rows."""
    iterator = iter(rows)
    while chunk := list(islice(iterator, CHUNK)):
        if isinstance(chunk[0], Group):
            yield from _group_chunks(chunk, iterator)
            return
        yield chunk


def _group_chunks(first: list[Group], iterator: Iterator[Group]) -> Iterator[list[Group]]:
    chunk, size = [], 0
    for group in chain(first, iterator):
        chunk.append(group)
        size += len(group.rows)
        if size >= CHUNK:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _rows(corpus: Corpus, memo: RowMemo) -> Iterator[tuple[str, Iterable[tuple]]]:
    """(table, its rows) in TABLES order, each in a fixed order (those of the DERIVED tables for their
    CSV copies: SQL makes the tables)."""
    articles = sorted(corpus.articles, key=lambda a: a.source_file)  # as in articles.json
    article_number = {article.id: n for n, article in enumerate(articles, 1)}
    # Paragraphs are numbered through the articles in order: an article's blocks follow its first one.
    first_paragraph, total = {}, 0
    for article in articles:
        first_paragraph[article.id] = total + 1
        total += len(article.blocks)
    entities = sorted(corpus.entities.values(), key=lambda e: (e.kind, e.key))
    entity_number = {(e.kind, e.key): n for n, e in enumerate(entities, 1)}

    yield "articles", _articles(corpus, articles)
    yield "paragraphs", _grouped(memo, "paragraphs.csv", (0, 1), (
        (a.id, (a,), [(first_paragraph[a.id] + position, article_number[a.id], block.anchor, position, block.kind,
                       block.line, block.text) for position, block in enumerate(a.blocks)]) for a in articles))
    yield "entities", ((n, e.kind, e.key, e.name, page_url(e.page), int(e.curated),
                        len({o.article for o in e.occurrences}), len(e.occurrences)) for n, e in enumerate(entities, 1))
    yield "entity_aliases", ((n, alias) for n, e in enumerate(entities, 1) for alias in sorted(set(e.aliases)))
    yield "entity_attributes", ((n, name, position, value) for n, e in enumerate(entities, 1)
                                for name, values in e.attributes for position, value in enumerate(values))
    yield "glossary", _glossary(corpus, entities)
    yield "mentions", _mentions(corpus, articles, article_number, first_paragraph, entity_number, memo)
    yield "article_entities", _article_entities(corpus, articles, article_number, first_paragraph, entity_number, memo)
    yield "dates", _dates(corpus, article_number, first_paragraph)
    yield "related", _grouped(memo, "related.csv", (0, 2), (
        (a.id, (related,), [(article_number[a.id], rank, article_number[r.article], r.score, shared)
                            for rank, (r, shared) in enumerate(zip(related, _shared(a.id, related, memo)), 1)])
        for a in articles for related in (corpus.related.get(a.id, ()),)))
    yield "same_event", ((article_number[a.id], article_number[other]) for a in articles
                         for other in sorted(corpus.same_event.get(a.id, ()), key=article_number.__getitem__))


def _year(value: str | None) -> int | None:
    year = start_year(value) if value else ""
    return int(year) if year else None


def _articles(corpus: Corpus, articles: list[m.Article]) -> Iterator[tuple]:
    for number, article in enumerate(articles, 1):
        row = article_row(corpus, article)
        yield (number, row["id"], row["source_file"], row["title"], row["language"], row["url"], row["source_url"],
               row["outlet"], row["date"], _year(row["date"]), row["author"], row["words"])


def _glossary(corpus: Corpus, entities: list[Entity]) -> Iterator[tuple]:
    for n, entity in enumerate(entities, 1):
        if entity.kind == m.TERM:
            entry = corpus.glossary_entry(entity.key)
            yield (n, entity.name, entry.vi_term if entry else None, entity.definition,
                   entry.explanation if entry else "", entry.category if entry else None, int(entity.curated))


def _shared(article_id: str, related: tuple, memo: RowMemo) -> list[str]:
    """The shared names of each related article, as JSON arrays."""
    return memo.kept("related", article_id, (related,),
                     lambda: [json.dumps(list(r.shared), ensure_ascii=False) for r in related])


def _mentions(corpus: Corpus, articles: list[m.Article], article_number: dict[str, int],
              first_paragraph: dict[str, int], entity_number: dict[tuple[str, str], int], memo: RowMemo) -> Iterator[Group]:
    number = 0

    def rows(article: m.Article, found: tuple) -> list[tuple]:
        nonlocal number
        blocks, first, article_id = article.blocks, first_paragraph[article.id], article_number[article.id]
        linked = [(index, mention) for index, mention in found if mention.kind in LINKED_KINDS]
        spans = memo.kept("sentences", article.id, (article, found), lambda: _sentences(blocks, linked))
        made = [(number + n, article_id, first + index, blocks[index].anchor, entity_number[(mention.kind, mention.key)],
                 mention.text, mention.start, mention.end, left, right)
                for n, ((index, mention), left, right) in enumerate(zip(linked, spans[::2], spans[1::2]), 1)]
        number += len(made)
        return made

    return _grouped(memo, "mentions.csv", (0, 1, 2, 4), (
        (article.id, (article, found), rows(article, found))
        for article in articles for found in (corpus.mentions.get(article.id, ()),)))


def _article_entities(corpus: Corpus, articles: list[m.Article], article_number: dict[str, int],
                      first_paragraph: dict[str, int], entity_number: dict[tuple[str, str], int],
                      memo: RowMemo) -> Iterator[Group]:
    """The rows SQL makes of the mentions for article_entities (DERIVED), for its CSV copy: each
    article's entities in the order of their numbers, with how often it names them and where first."""
    def rows(article: m.Article, found: tuple) -> list[tuple]:
        counts: dict[tuple[str, str], tuple[int, int]] = {}
        for index, mention in found:
            if mention.kind in LINKED_KINDS:
                key = (mention.kind, mention.key)
                count, first = counts.get(key, (0, index))
                counts[key] = (count + 1, min(first, index))
        number, first_block = article_number[article.id], first_paragraph[article.id]
        # Numbered in the order of (kind, key): that order is theirs.
        return [(number, entity_number[key], count, first_block + first) for key, (count, first) in sorted(counts.items())]

    return _grouped(memo, "article_entities.csv", (0, 1, 3), (
        (article.id, (article, found), rows(article, found))
        for article in articles for found in (corpus.mentions.get(article.id, ()),)))


def _sentences(blocks: tuple, linked: list[tuple[int, m.Mention]]) -> array:
    """The offsets of the sentence of each linked mention, without the spaces around it (as the entry
    pages quote it), one after the other: kept as one flat array per article, a fraction of the
    objects a tuple per mention would add to the memos."""
    spans = array("q")
    for index, mention in linked:
        text = blocks[index].text
        left, right = sentence_span(text, mention.start, mention.end)
        sentence = text[left:right]
        left += len(sentence) - len(sentence.lstrip())
        right -= len(sentence) - len(sentence.rstrip())
        spans.extend((left, max(left, right)))
    return spans


def _dates(corpus: Corpus, article_number: dict[str, int], first_paragraph: dict[str, int]) -> Iterator[tuple]:
    position: dict[str, dict[str, int]] = {}  # article -> anchor -> block index, for the articles seen so far

    def row(number: int, entry: TimelineEntry) -> tuple:
        article = entry.article
        anchors = position.get(article)
        if anchors is None:
            anchors = position[article] = {b.anchor: i for i, b in enumerate(corpus.article(article).blocks)}
        paragraph = first_paragraph[article] + anchors[entry.anchor]
        return (number, entry.value, entry.type, entry.text, entry.label, article_number[article], paragraph,
                entry.anchor, int(entry.inferred), entry.event, _year(entry.value))

    # Row by row: a template per date costs more than the CSV writer does.
    return (row(number, entry) for number, entry in enumerate(corpus.timeline, 1))
