"""The chunked search index: Pagefind indexes the site into small files that a reader's browser
fetches only as a query needs them, so search stays fast at any size.

Pagefind holds the whole index of a run in memory (about 0.12 MB per article page, 0.015 MB per entry),
so a large site is indexed in parts of at most PART_PAGES pages, each its own bundle, which the search
engine merges. A part is indexed in the background as soon as its pages are written, while MkDocs
writes the rest. Every part costs a reader's browser a few more files per query (about 50 KB at
10,000 articles), so parts are few; the last is small, so that the index is ready soon after the
last page is written (see part_size)."""
from __future__ import annotations

import gzip
import hashlib
import importlib.util
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from html import escape
from pathlib import Path

from .errors import InputError, Problem
from .search_names import write_table

BUNDLE = "pagefind"
# The search engine reads this: the bundles beside the first one, and how many files the table of
# names is cut into (in BUNDLE/names/).
SEARCH_FILE = "search.json"
NAMES_FOLDER = "names"
# A dirty `mkdocs build` indexes the pages that differ from the last complete index into this bundle
# alone (see index_overlay), as long as they are at most OVERLAY_SHARE of the pages.
OVERLAY_FOLDER = "overlay"
OVERLAY_SHARE = 0.05
# About 380 MB of Pagefind's memory on the benchmark's 10,000 articles (a third of the pages are articles).
PART_PAGES = 5000
# One index for both languages, so a search from any page finds articles in either. Pagefind folds
# diacritics except đ; the search engine asks for both spellings of a word that starts with d.
LANGUAGE = "en"
# The theme's permalink signs after headings would end every result title with "¶", and footnotes
# would end with their "↩" links back to the text.
IGNORED = ".headerlink, .footnote-backref"


@dataclass(frozen=True)
class SearchRecord:
    """What a search result shows beside the page's text, and filters on."""

    kind: str  # article, person, place, organisation, document or term
    language: str  # the language code of the page's text
    names: tuple[str, ...] = ()  # its title, and an entry's every spelling: typed, they put it first


def search_document(body: str, record: SearchRecord) -> str:
    """A page as Pagefind reads it: the body, and kind and language as filters in the head. Pagefind
    takes the title from the first heading."""
    return (f'<!doctype html><html><head><meta charset="utf-8">'
            f'<meta data-pagefind-filter="kind[content]" content="{escape(record.kind)}">'
            f'<meta data-pagefind-filter="language[content]" content="{escape(record.language)}">'
            f'</head><body>{body}</body></html>')


def document_key(dest_uri: str, document: str, record: SearchRecord) -> bytes:
    """What the index holds of a page: its path, what Pagefind reads of it and its names."""
    return repr((dest_uri, document, record.names)).encode("utf-8")


def document_digest(key: bytes) -> str:
    return hashlib.blake2b(key, digest_size=16).hexdigest()


def page_url(dest_uri: str) -> str:
    """The URL Pagefind gives a page from its path in the site."""
    return "/" + dest_uri.removesuffix("index.html")


def fragment_ids(bundle: Path) -> dict[str, str]:
    """The Pagefind id of every page of a bundle, by URL (read from its fragment files)."""
    ids = {}
    for fragment in (bundle / "fragment").glob("*.pf_fragment"):
        data = gzip.decompress(fragment.read_bytes()).removeprefix(b"pagefind_dcd")
        ids[json.loads(data)["url"]] = fragment.stem
    return ids


@dataclass
class SearchBase:
    """The pages of the last complete index in the site folder, which a dirty build adds an overlay to."""

    files: dict[str, str | None]  # each indexed page's path in the site -> the digest of its file then
    documents: dict[str, str]  # each indexed page's path in the site -> the digest of what Pagefind read
    ids: dict[str, str]  # page URL -> its Pagefind id
    records: dict[str, SearchRecord]  # each indexed page's path in the site -> its record
    parts: int  # how many bundles it has


def pagefind_available() -> bool:
    return importlib.util.find_spec("pagefind") is not None


def require_pagefind() -> None:
    if not pagefind_available():
        raise InputError(Problem("mkdocs.yml", None, "docs_gen's search needs the Pagefind package",
                                 "install it with: pip install 'pagefind[bin]' (or reinstall docs_gen)"))


def memory_folder() -> str | None:
    """A folder in memory for the pages waiting to be indexed (a part of them is a few tens of MB): on
    a disk, creating a folder and a file per page costs more than writing the site itself."""
    shared = "/dev/shm"
    return shared if os.path.isdir(shared) and os.access(shared, os.W_OK) else None


def part_folder(part: int) -> str:
    """The bundle of a part, relative to the site: "pagefind/", then "pagefind/part-2/", ..."""
    return f"{BUNDLE}/" if part == 0 else f"{BUNDLE}/part-{part + 1}/"


def index_folder(pages: Path, output: Path) -> dict[str, str]:
    """Index the HTML files under `pages` into the bundle `output`; returns the id of each page by URL."""
    command = [sys.executable, "-m", "pagefind", "--site", str(pages), "--output-path", str(output),
               "--force-language", LANGUAGE, "--exclude-selectors", IGNORED]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode:
        raise InputError(Problem("mkdocs.yml", None, f"Pagefind could not index the site: {result.stderr.strip()[-2000:]}",
                                 "check that the site folder is writable and Pagefind is installed"))
    return fragment_ids(output)


def mixed(items: list, group: Callable[[object], str]) -> list:
    """The items reordered so that every stretch of them holds each group in its share of the whole.

    Pages are indexed in parts in the order they are written, and Pagefind scores a page against the
    word counts of its own part: parts of articles alone and of short entries alone would score the
    same words differently. Written mixed, every part has the proportions of the whole site."""
    groups: dict[str, list] = defaultdict(list)
    for item in items:
        groups[group(item)].append(item)
    placed = [((i + 0.5) / len(members), g, i) for g, members in enumerate(groups.values()) for i in range(len(members))]
    members = list(groups.values())
    return [members[g][i] for _, g, i in sorted(placed)]


def part_size(pages: int, most: int) -> int:
    """The size of the parts that `pages` pages are cut into: at most `most`, all equal except the
    last, which is a quarter of the others. Indexing a part takes a few seconds at most; only the last
    part is indexed after MkDocs has written the last page, and a small one keeps that wait short."""
    if pages <= most:
        return pages
    full = math.ceil(pages / most - 0.25)
    return math.ceil(pages / (full + 0.25))


def _clear_bundle(output: Path, part: int) -> None:
    """Remove a part's bundle before it is indexed again. The first part's bundle is the index's
    folder itself, which also holds the other parts, the table of names and the list of parts."""
    if part:
        shutil.rmtree(output, ignore_errors=True)
        return
    if output.is_dir():
        for path in output.iterdir():
            if path.name.startswith("part-") or path.name in (NAMES_FOLDER, SEARCH_FILE):
                continue
            if path.is_dir():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)


class SearchIndexer:
    """Collects the pages to index as MkDocs writes them, and indexes each full part in the background.

    Each page goes to a scratch folder as a small HTML file of its body alone, at the same path as
    in the site, so Pagefind gives it the page's URL and parses no navigation or theme markup."""

    def __init__(self, site_dir: Path, part_pages: int | None = None, expected: int = 0,
                 kept: Sequence[str] = ()) -> None:
        """`expected`: how many pages are to come, if known (see part_size). `kept`: the digest of
        each part of the index already in the site folder (a dirty build's): a part that gets the
        same pages again keeps its bundle instead of being indexed again."""
        require_pagefind()
        self.site_dir = site_dir
        self.kept = list(kept)
        if not self.kept:  # the previous index's files must not linger
            shutil.rmtree(site_dir / BUNDLE, ignore_errors=True)
        self.digests: list[str] = []  # of each part's pages, in order
        self.digest = hashlib.blake2b(digest_size=16)
        self.reused = 0
        part_pages = part_pages or PART_PAGES  # read here, so that a test can make parts small
        self.part_pages = part_size(expected, part_pages) if expected else part_pages
        self.scratch = Path(tempfile.mkdtemp(prefix="docs_gen-search-", dir=memory_folder()))
        self.worker = ThreadPoolExecutor(max_workers=1)  # one Pagefind at a time bounds the memory
        self.parts: list[Future[dict[str, str]]] = []
        self.in_part = 0
        self.names: dict[str, tuple[str, ...]] = {}  # by URL
        self.records: dict[str, SearchRecord] = {}  # by path in the site
        self.documents: dict[str, str] = {}  # by path in the site
        self.ids: dict[str, str] = {}  # by URL, once finished

    def add(self, dest_uri: str, body: str, record: SearchRecord) -> None:
        """Queue a written page."""
        path = self.scratch / str(len(self.parts)) / dest_uri
        path.parent.mkdir(parents=True, exist_ok=True)
        document = search_document(body, record)
        path.write_text(document, encoding="utf-8")
        key = document_key(dest_uri, document, record)
        self.digest.update(key)
        self.documents[dest_uri] = document_digest(key)
        if record.names:
            self.names[page_url(dest_uri)] = record.names
        self.records[dest_uri] = record
        self.in_part += 1
        if self.in_part >= self.part_pages:
            self._close_part()

    def _close_part(self) -> None:
        if not self.in_part:
            return
        part = len(self.parts)
        pages = self.scratch / str(part)
        output = self.site_dir / part_folder(part)
        found = self.digest.hexdigest()
        self.digests.append(found)
        self.digest, self.in_part = hashlib.blake2b(digest_size=16), 0
        if part < len(self.kept) and self.kept[part] == found and (output / "pagefind-entry.json").is_file():
            shutil.rmtree(pages, ignore_errors=True)
            self.reused += 1
            self.parts.append(self.worker.submit(fragment_ids, output))  # in turn: bundles are read in order
            return
        _clear_bundle(output, part)
        self.parts.append(self.worker.submit(self._index, pages, output))

    @staticmethod
    def _index(pages: Path, output: Path) -> dict[str, str]:
        try:
            return index_folder(pages, output)
        finally:
            shutil.rmtree(pages, ignore_errors=True)

    def finish(self) -> str:
        """Index the last part, wait for all, and write the table of names and the list of parts for
        the search engine. Returns a summary."""
        try:
            self._close_part()
            ids: dict[str, str] = {}
            for part in self.parts:
                ids.update(part.result())
            if not self.parts:
                return "no pages to index"
            bundle = self.site_dir / BUNDLE
            for extra in bundle.glob("part-*"):  # parts of a previous, larger index
                if int(extra.name.removeprefix("part-")) > len(self.parts):
                    shutil.rmtree(extra, ignore_errors=True)
            shutil.rmtree(bundle / OVERLAY_FOLDER, ignore_errors=True)
            self.ids = ids
            write_search_file(bundle, self.names, ids, len(self.parts))
            reused = f", {self.reused} kept from the previous build" if self.reused else ""
            return f"{len(ids)} pages in {len(self.parts)} part(s){reused}"
        finally:
            self.close()

    def base(self, digests: dict[str, str | None]) -> SearchBase:
        """What this finished index holds, with the digests of the pages' files (by path in the site)."""
        return SearchBase({dest: digests.get(dest) for dest in self.records}, self.documents, self.ids, self.records,
                          len(self.parts))

    def close(self) -> None:
        """Stop without finishing (a failed build): drop the parts not started and the scratch folder."""
        self.worker.shutdown(wait=True, cancel_futures=True)
        shutil.rmtree(self.scratch, ignore_errors=True)


def write_search_file(bundle: Path, names: dict[str, tuple[str, ...]], ids: dict[str, str], parts: int,
                      overlay: bool = False, stale: dict[str, list[str]] | None = None) -> None:
    """The table of names and the list of bundles beside the first, for the search engine. `stale`:
    the Pagefind ids of pages an overlay replaced or that are gone, with their kind and language,
    which the engine leaves out of results and counts."""
    files = write_table(bundle / NAMES_FOLDER, names, ids)
    others = [part_folder(part) for part in range(1, parts)] + ([f"{BUNDLE}/{OVERLAY_FOLDER}/"] if overlay else [])
    described: dict = {"parts": others, "names": files}
    if stale:
        described["stale"] = stale
    (bundle / SEARCH_FILE).write_text(json.dumps(described), encoding="utf-8")


def overlay_pages(base: SearchBase, digests: dict[str, str | None], pages: dict[str, object],
                  site_dir: Path) -> list[str] | None:
    """The pages (by path in the site) that differ from the complete index `base`, given every
    indexed page of this build and its file's digest; None when they are too many for an overlay,
    or when a bundle of `base` is no longer in the site folder (the whole index is then made again)."""
    if not all((site_dir / part_folder(part) / "pagefind-entry.json").is_file() for part in range(base.parts)):
        return None
    changed = [dest for dest in pages if base.files.get(dest) is None or base.files[dest] != digests.get(dest)]
    gone = len(set(base.files) - set(pages))
    return changed if len(changed) + gone <= OVERLAY_SHARE * max(len(pages), len(base.files)) else None


def _index_pages(output: Path, documents: dict[str, str]) -> dict[str, str]:
    """Index documents (by path in the site) into the bundle `output`; the id of each page by URL."""
    shutil.rmtree(output, ignore_errors=True)
    if not documents:
        return {}
    scratch = Path(tempfile.mkdtemp(prefix="docs_gen-search-", dir=memory_folder()))
    try:
        for dest, document in documents.items():
            path = scratch / dest
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(document, encoding="utf-8")
        return index_folder(scratch, output)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def index_overlay(site_dir: Path, base: SearchBase, pages: dict[str, SearchRecord],
                  changed: Sequence[tuple[str, str, SearchRecord]]) -> str:
    """Index the `changed` pages (path in the site, body, record: those whose file is not the one the
    complete index `base` read) into the overlay bundle beside it; the search engine then leaves out
    base's versions of them and its pages no longer in `pages` (every indexed page of this build, by
    path in the site). Returns a summary.

    Pagefind cannot take pages out of a bundle or add to one: making the whole index again costs
    seconds per thousand pages, this the changed pages' alone."""
    require_pagefind()
    bundle = site_dir / BUNDLE
    output = bundle / OVERLAY_FOLDER
    documents = {dest: search_document(body, record) for dest, body, record in changed}
    # A page whose file changed but not what Pagefind reads of it (its navigation, its list of
    # related pages) stays the complete index's.
    replaced = {dest for dest, _, record in changed
                if base.documents.get(dest) != document_digest(document_key(dest, documents[dest], record))}
    fresh = _index_pages(output, {dest: documents[dest] for dest in replaced})
    # Pagefind names a page by what it read of it: a page whose id is the complete index's read the
    # same (the parts it ignores changed) and stays the complete index's, or it would count twice.
    same = {dest for dest in replaced if fresh.get(page_url(dest)) == base.ids.get(page_url(dest))}
    if same:
        replaced -= same
        fresh = _index_pages(output, {dest: documents[dest] for dest in replaced})
    stale = {}
    for dest in sorted(replaced | (set(base.files) - set(pages))):
        found = base.ids.get(page_url(dest))
        if found is not None:
            record = base.records[dest]
            stale[found] = [record.kind, record.language]
    ids = {url: id_ for url, id_ in base.ids.items() if id_ not in stale}
    ids.update(fresh)
    names = {page_url(dest): record.names for dest, record in pages.items() if record.names}
    write_search_file(bundle, names, ids, base.parts, overlay=bool(fresh), stale=stale)
    return f"{len(fresh)} changed pages in an overlay beside {base.parts} part(s), {len(stale)} older versions left out"
