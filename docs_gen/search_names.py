"""Which pages are named exactly as a query: a lookup table beside the chunked index.

A reader who types a name ("to lam", "33-NQ/TW", "4 cùng") expects the page of that name first, but
Pagefind ranks by relevance, and a page that only carries a name can rank below hundreds of articles
that repeat it. This table maps every name of a page (its title, and for an entry every spelling),
folded, to that page's Pagefind id; the search engine looks the query up and puts those pages first.
It is cut into small files by a hash of the folded name, so a query fetches one of them."""
from __future__ import annotations

import json
import shutil
import unicodedata
from pathlib import Path

NAMES_PER_FILE = 64  # about 2 KB a file
MAX_FILES = 4096


class _CharMap(dict):
    """For str.translate: each character's replacement, worked out the first time it is met (a few
    hundred distinct characters fold every name)."""

    def __init__(self, replace) -> None:
        super().__init__()
        self._replace = replace

    def __missing__(self, code: int) -> str:
        found = self[code] = self._replace(chr(code))
        return found


# Combining marks dropped (the text is decomposed first), đ written d; then, once in lower case
# (which must see the whole text: a final sigma lowers differently), anything but letters and digits
# as a space.
_BARE = _CharMap(lambda c: "" if unicodedata.category(c).startswith("M") else {"đ": "d", "Đ": "D"}.get(c, c))
_WORDS = _CharMap(lambda c: c if c.isalnum() else " ")


def fold(text: str) -> str:
    """Lower case, no diacritics, đ as d, anything but letters and digits as one space: "33-NQ/TW" and
    "33 nq tw" fold alike. search-worker.js folds queries the same way."""
    return " ".join(unicodedata.normalize("NFD", text).translate(_BARE).lower().translate(_WORDS).split())


def name_hash(folded: str) -> int:
    """32-bit FNV-1a of the UTF-8 bytes (search-worker.js computes the same)."""
    value = 0x811C9DC5
    for byte in folded.encode("utf-8"):
        value = ((value ^ byte) * 0x01000193) & 0xFFFFFFFF
    return value


def file_count(names: int) -> int:
    """A power of two, so that a file holds about NAMES_PER_FILE names."""
    count = 1
    while count * NAMES_PER_FILE < names and count < MAX_FILES:
        count *= 2
    return count


def write_table(folder: Path, names_of: dict[str, tuple[str, ...]], ids: dict[str, str]) -> int:
    """Write the table of pages (by URL: their names; `ids`: their Pagefind ids) into `folder` as
    <n>.json files; returns how many files the search engine is to choose from."""
    table: dict[str, set[str]] = {}
    for url, names in names_of.items():
        if url in ids:
            for name in names:
                if folded := fold(name):
                    table.setdefault(folded, set()).add(ids[url])
    count = file_count(len(table))
    files: list[dict[str, list[str]]] = [{} for _ in range(count)]
    for folded in sorted(table):
        files[name_hash(folded) % count][folded] = sorted(table[folded])
    folder.mkdir(parents=True, exist_ok=True)
    for number, entries in enumerate(files):
        _write_if_changed(folder / f"{number}.json", json.dumps(entries, ensure_ascii=False, separators=(",", ":")))
    for stale in folder.iterdir():  # left by a table of more files, or not ours
        if not (stale.suffix == ".json" and stale.stem.isdigit() and int(stale.stem) < count
                and stale.name == f"{int(stale.stem)}.json"):
            _remove(stale)
    return count


def _write_if_changed(path: Path, text: str) -> None:
    """Write `path` unless it holds `text` already: after a dirty build's edit most of the table's
    files are the same, and writing (or deleting) hundreds of files took seconds at 10,000 articles."""
    data = text.encode("utf-8")
    try:
        if path.stat().st_size == len(data) and path.read_bytes() == data:
            return
    except OSError:
        pass
    path.write_bytes(data)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)
