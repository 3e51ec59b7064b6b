"""CSV copies of the database's tables, written from the same rows as the database, in the same pass."""
from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import IO

# Stands for a numbered column in a template (see template()): a control character no text keeps.
_MARK = "\x00"


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

    def add_text(self, text: str) -> None:
        """Rows already written as this copy writes them (see template())."""
        self._file.write(text)

    def end(self) -> None:
        if self._file is not None:
            self._file.close()
        self._file = self._writer = None


def template(rows: list[tuple], numbered: tuple[int, ...]) -> str | None:
    """The CSV text of `rows` as CsvCopies writes them, with the columns at `numbered` (integers) as
    %d, for the % operator to fill in with each row's numbers in turn: the rows of an unchanged
    article are written again from it when only their numbers moved (a name added before them in
    the order, or a paragraph before them). None when a value holds the character that marks those
    columns while the template is made."""
    marked = []
    for row in rows:
        row = list(row)
        for column in numbered:
            row[column] = _MARK
        marked.append(row)
    text = io.StringIO(newline="")
    csv.writer(text, lineterminator="\r\n").writerows(marked)
    found = text.getvalue()
    if found.count(_MARK) != len(rows) * len(numbered):
        return None
    return found.replace("%", "%%").replace(_MARK, "%d")
