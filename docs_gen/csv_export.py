"""CSV copies of the database's tables, written from the same rows as the database, in the same pass."""
from __future__ import annotations

import csv
from pathlib import Path
from typing import IO


class CsvCopies:
    """One file per table, <table>.csv: UTF-8 without a byte-order mark, a header row, CRLF line ends
    and quotes where a value needs them (RFC 4180). NULL is written as an empty field.

    Given to database.write_database as its TableCopy."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.written: list[Path] = []
        self._file: IO[str] | None = None
        self._writer = None

    def start(self, table: str, columns: list[str]) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.folder / f"{table}.csv"
        self._file = open(path, "w", encoding="utf-8", newline="")
        self._writer = csv.writer(self._file, lineterminator="\r\n")
        self._writer.writerow(columns)
        self.written.append(path)

    def add(self, rows: list[tuple]) -> None:
        self._writer.writerows(rows)

    def end(self) -> None:
        if self._file is not None:
            self._file.close()
        self._file = self._writer = None
