"""CSV copies of the database's tables, read back from it so that both hold the same rows."""
from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

from .database import TABLES


def write_csv(database: Path, folder: Path) -> list[Path]:
    """One file per table, <table>.csv: UTF-8 without a byte-order mark, a header row, CRLF line ends and
    quotes where a value needs them (RFC 4180). NULL is written as an empty field."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    connection = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
    try:
        for table in TABLES:
            cursor = connection.execute(f"SELECT * FROM {table} ORDER BY {', '.join(primary_key(connection, table))}")
            target = folder / f"{table}.csv"
            with open(target, "w", encoding="utf-8", newline="") as file:
                writer = csv.writer(file, lineterminator="\r\n")
                writer.writerow(column[0] for column in cursor.description)
                writer.writerows(cursor)  # streamed: the cursor yields one row at a time
            written.append(target)
    finally:
        connection.close()
    return written


def primary_key(connection: sqlite3.Connection, table: str) -> list[str]:
    """The columns of a table's primary key, in key order: the order its rows were written in."""
    columns = connection.execute(f"PRAGMA table_info({table})").fetchall()
    return [name for _, name in sorted((pk, name) for _, name, _, _, _, pk in columns if pk)]
