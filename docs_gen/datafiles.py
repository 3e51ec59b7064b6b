"""The database and its CSV copies as generated files of the site, with what the Data page says of them."""
from __future__ import annotations

import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .csv_export import CsvCopies
from .database import SEARCH_TABLE, TABLES, VIEWS_NAMES, write_database
from .link import Corpus
from .row_memo import RowMemo
from .superseded import Checkpoint, never

DATABASE = "data/kb.sqlite"
CSV_FOLDER = "data/csv"


@dataclass(frozen=True)
class TableInfo:
    name: str
    kind: str  # "table", "view" or "search" (the full-text table)
    columns: tuple[str, ...]
    rows: int | None  # None for a view: counting one can cost a whole join
    csv: str | None = None  # path of its CSV copy inside the site


@dataclass(frozen=True)
class DataFiles:
    files: dict[str, bytes | Path]  # path inside the site -> content, or the file that holds it
    tables: tuple[TableInfo, ...]


def data_paths() -> tuple[str, ...]:
    """The paths of the files data_files() makes, known before it runs."""
    return (DATABASE,) + tuple(f"{CSV_FOLDER}/{name}.csv" for name in TABLES)


def data_files(corpus: Corpus, folder: Path | None = None, checkpoint: Checkpoint = never,
               memo: RowMemo | None = None) -> DataFiles:
    """Write the database and the CSV files. Into `folder` (fresh, owned by the caller, kept until the
    site is written), they are handed over as paths, so a large collection's data never sits in memory;
    without a folder they are read back as bytes."""
    if folder is None:
        with tempfile.TemporaryDirectory(prefix="docs_gen-data-") as scratch:
            written = data_files(corpus, Path(scratch), checkpoint, memo)
            return DataFiles({path: Path(file).read_bytes() for path, file in written.files.items()}, written.tables)
    database, copies = folder / "kb.sqlite", CsvCopies(folder / "csv")
    write_database(corpus, database, copies, checkpoint, memo)
    files: dict[str, bytes | Path] = {DATABASE: database}
    for path in copies.written:
        files[f"{CSV_FOLDER}/{path.name}"] = path
    return DataFiles(files, describe(database))


def describe(database: Path) -> tuple[TableInfo, ...]:
    """Columns and row counts of the tables, then the views and the full-text table, as SQLite reports them."""
    connection = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
    try:
        def columns(name: str) -> tuple[str, ...]:
            return tuple(row[1] for row in connection.execute(f"PRAGMA table_info({name})"))

        def count(name: str) -> int:
            return connection.execute(f"SELECT COUNT(*) FROM {name}").fetchone()[0]

        tables = [TableInfo(name, "table", columns(name), count(name), f"{CSV_FOLDER}/{name}.csv") for name in TABLES]
        tables += [TableInfo(name, "view", columns(name), None) for name in VIEWS_NAMES]
        tables.append(TableInfo(SEARCH_TABLE, "search", columns(SEARCH_TABLE), count(SEARCH_TABLE)))
    finally:
        connection.close()
    return tuple(tables)
