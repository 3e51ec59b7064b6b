"""generate(): the stages in order. Imports no MkDocs, so the plugin and the command line share it."""
from __future__ import annotations

import functools
import gc
import hashlib
import os
import pickle
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field, replace
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from . import models as m
from .curated import Curated
from .datafiles import data_files, data_paths
from .datapage import PAGE as DATA_PAGE
from .datapage import data_page
from .decode import decode
from .errors import InputError, Problem
from .export import EXPORTS, exports
from .feed import FEED, rss
from .extract.article import ArticleMentions, Extractors, extract_article
from .link import Corpus, link_corpus
from .link_memo import LinkMemo
from .page_inputs import PageMemo
from .parallel import parallel_map
from .read import read_article
from .render import PageSource, environment, render_corpus
from .row_memo import RowMemo
from .superseded import Checkpoint, never

CURATED_FOLDER = "_data"


@dataclass(frozen=True)
class SourceFile:
    path: str  # relative to the seeds folder, "/"-separated
    data: bytes


@dataclass(frozen=True)
class Options:
    templates: Path
    site_name: str = "Border Guard knowledge base"
    site_url: str = ""
    link_scope: str = "article"  # first mention linked per "article", "section" or "paragraph"
    directory_urls: bool = True  # MkDocs' use_directory_urls: pages at a/b/ rather than a/b.html
    workers: int = 0  # processes for the per-article stages; 0: one per core
    data: bool = True  # write the database, the CSV files and the Data page (docs-gen check needs none)
    # A fresh folder for the database and CSV files, kept until the site is written: they are then
    # handed over as paths. None: they are read into memory.
    data_dir: Path | None = None
    # Leave the files made from the whole corpus that no article or entry page shows (the JSON
    # exports, the feed, the database, the CSV files and the Data page) to Result.later, which a
    # server runs after the browser has been told to reload: a save then waits for its pages only.
    defer: bool = False


@dataclass(frozen=True)
class Deferred:
    """What Result.later makes: the same files and pages a build without `defer` returns."""

    files: dict[str, str | bytes | Path]
    pages: tuple[PageSource, ...]
    timings: dict[str, float]


@dataclass(frozen=True)
class Result:
    pages: tuple[PageSource, ...]
    # Other generated files: path -> text (JSON exports), bytes, or the file that holds them (the database
    # and CSV when Options.data_dir is set).
    files: dict[str, str | bytes | Path]
    problems: tuple[Problem, ...]
    corpus: Corpus
    timings: dict[str, float] = field(default_factory=dict)
    # With Options.defer: makes the deferred files (the database and CSV files into the folder it is
    # given, fresh and owned by the caller); their paths are deferred_paths(). None: none deferred.
    later: Callable[[Path | None, Checkpoint], Deferred] | None = None


def deferred_paths(options: Options) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(files, pages) that Options.defer leaves to Result.later, known before they are made."""
    files = EXPORTS + (FEED,) + (data_paths() if options.data else ())
    return files, ((DATA_PAGE,) if options.data else ())


def is_article(path: str) -> bool:
    return path.endswith(".txt") and not path.startswith(CURATED_FOLDER + "/")


def collect_sources(folder: Path) -> list[SourceFile]:
    """Article texts and their metadata files under `folder`, in a stable order."""
    found = []
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).as_posix()
        if path.is_file() and relative.endswith((".txt", ".yml", ".yaml")) and not relative.startswith(CURATED_FOLDER + "/"):
            if not any(part.startswith(".") for part in relative.split("/")):
                found.append(SourceFile(relative, path.read_bytes()))
    return found


Progress = Callable[[str, int, int], None]  # (stage, done, total)


ReadResult = tuple["m.Article | None", list[Problem]]


class ReadCache:
    """Articles read in the previous build of this process (`mkdocs serve`), by their files' path and
    bytes, so a rebuild reads again only the files that changed. Holds the current articles only."""

    def __init__(self) -> None:
        self.entries: dict[str, ReadResult] = {}

    @staticmethod
    def key(source: SourceFile, sidecar: SourceFile | None) -> str:
        found = hashlib.blake2b(digest_size=16)
        for part in (source, sidecar):
            if part is not None:
                found.update(part.path.encode() + b"\0" + part.data + b"\0")
        return found.hexdigest()


def read_sources(sources: Sequence[SourceFile], progress: Progress | None = None,
                 workers: int = 0, cache: ReadCache | None = None) -> tuple[list[m.Article], list[Problem]]:
    """Read every article (on every core); a file that cannot be read is reported and left out, the
    rest go on."""
    sidecars = {s.path.rsplit(".", 1)[0]: s for s in sources if s.path.endswith((".yml", ".yaml"))}
    texts = [source for source in sources if is_article(source.path)]
    pairs = [(source, sidecars.pop(source.path[: -len(".txt")], None)) for source in texts]
    known = cache.entries if cache is not None else {}
    keys = [ReadCache.key(*pair) for pair in pairs]
    todo = [i for i, key in enumerate(keys) if key not in known]
    fresh = dict(zip((keys[i] for i in todo), parallel_map(lambda n: _read_one(*pairs[todo[n]]), len(todo), workers)))
    if cache is not None:
        cache.entries = {key: known.get(key) or fresh[key] for key in keys}
    articles: list[m.Article] = []
    problems: list[Problem] = []
    for number, key in enumerate(keys, 1):
        article, notes = known.get(key) or fresh[key]
        if progress:
            progress("read", number, len(pairs))
        problems.extend(notes)
        if article is not None:
            articles.append(article)
    for orphan in sorted(sidecars.values(), key=lambda s: s.path):
        problems.append(Problem(orphan.path, None, "metadata file without an article beside it",
                                f"name it after its article, e.g. {orphan.path.rsplit('.', 1)[0]}.txt", "warning"))
    return unique_ids(articles, problems), problems


def _read_one(source: SourceFile, sidecar: SourceFile | None) -> tuple[m.Article | None, list[Problem]]:
    """One article and the problems found in it; no article when it cannot be read at all."""
    problems: list[Problem] = []
    try:
        text, notes = decode(source.data, source.path)
        problems.extend(notes)
        sidecar_text = decode(sidecar.data, sidecar.path)[0] if sidecar else None
        result = read_article(text, source.path, sidecar_text)
    except InputError as error:
        return None, problems + [error.problem.dropping()]
    return result.article, problems + list(result.problems)


def unique_ids(articles: list[m.Article], problems: list[Problem]) -> list[m.Article]:
    """Two articles with the same slug keep it in file order: the first as is, the next with -2, -3..."""
    taken: set[str] = set()
    out = []
    for article in sorted(articles, key=lambda a: a.source_file):
        slug, n = article.id, 1
        while slug in taken:
            n += 1
            slug = f"{article.id}-{n}"
        if slug != article.id:
            problems.append(Problem(article.source_file, None, f"another article already has the page name {article.id!r}; "
                                    f"this one is {slug!r}", "set a distinct title or slug in its metadata", "warning"))
        taken.add(slug)
        # The same object when its name stands: a rebuild then finds unchanged articles by identity.
        out.append(article if slug == article.id else replace(article, id=slug))
    return out


CACHE_FILE = "extract.pickle"


# Libraries whose output the extracted mentions hold (people's keys are slugs).
_EXTRACTION_LIBRARIES = ("python-slugify", "text-unidecode")


@functools.lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Changes whenever docs_gen's code, Python's version or a library extraction relies on does:
    cached mentions are then stale."""
    digest = hashlib.blake2b(sys.version.encode(), digest_size=16)
    for library in _EXTRACTION_LIBRARIES:
        with suppress(PackageNotFoundError):
            digest.update(f"{library} {version(library)}".encode())
    package = Path(__file__).parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


class ExtractionCache:
    """Mentions by article content, curated data and code, so a rebuild extracts only the articles
    that changed. Kept in memory between builds of one process (`mkdocs serve`, the benchmark) and,
    given a folder, on disk between processes (`mkdocs build` after editing one article)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder
        self.fingerprint: str | None = None
        self.extractors: Extractors | None = None
        self.entries: dict[str, tuple] = {}
        self.hits = self.misses = 0
        # Saving is left to save() (`mkdocs serve` calls it after the build is served): pickling
        # every article's mentions takes a tenth of a second at 1,000 articles.
        self.save_later = False
        self.unsaved = False
        # The key of each article of the last call, by its object's id (the article is kept with it,
        # so the id is not reused): the read cache hands over the very objects of unchanged files.
        self.keys: dict[int, tuple[m.Article, str]] = {}

    def extractors_for(self, curated: Curated) -> Extractors:
        self._entries_for(curated)
        if self.extractors is None:
            self.extractors = curated.extractors()
        return self.extractors

    def _entries_for(self, curated: Curated) -> None:
        if self.fingerprint != curated.fingerprint:
            self.fingerprint, self.extractors = curated.fingerprint, None
            self.entries = self._load()

    def adopt(self, fingerprint: str | None, entries: dict[str, tuple], keys: list[tuple[m.Article, str]]) -> None:
        """Take over the mentions of a build kept on disk (memo_store.py), with its articles' keys."""
        self.fingerprint, self.extractors, self.entries = fingerprint, None, entries
        self.keys = {id(article): (article, key) for article, key in keys}

    @staticmethod
    def key(article: m.Article) -> str:
        return hashlib.blake2b(repr([(b.kind, b.text) for b in article.blocks]).encode(), digest_size=16).hexdigest()

    def extract_all(self, articles: Sequence[m.Article], curated: Curated, workers: int = 0,
                    progress: Progress | None = None) -> list[ArticleMentions]:
        """Mentions of every article, extracting (on every core) only those not seen before."""
        self._entries_for(curated)
        known = self.keys
        keys = [found[1] if (found := known.get(id(article))) is not None and found[0] is article else self.key(article)
                for article in articles]
        self.keys = {id(article): (article, key) for article, key in zip(articles, keys)}
        todo = {key: article for key, article in zip(keys, articles) if key not in self.entries}
        self.misses, self.hits = len(todo), len(articles) - len(todo)
        pending = list(todo.items())
        extractors = self.extractors_for(curated) if pending else None  # made only when there is work for them
        found = parallel_map(lambda i: extract_article(pending[i][1], extractors).mentions, len(pending), workers)
        for done, ((key, _), mentions) in enumerate(zip(pending, found), 1):
            self.entries[key] = mentions
            if progress:
                progress("extract", self.hits + done, len(articles))
        if progress and not pending and articles:
            progress("extract", len(articles), len(articles))
        current = set(keys)
        stale = len(self.entries) > len(current)  # articles removed or edited: forget their old mentions
        if stale:
            self.entries = {key: self.entries[key] for key in current}
        if pending or stale:
            self.unsaved = True
            if not self.save_later:
                self.save()
        return [ArticleMentions(article.id, self.entries[key]) for article, key in zip(articles, keys)]

    def _version(self) -> tuple[str, str, str | None]:
        return (CACHE_FILE, code_fingerprint(), self.fingerprint)

    def _load(self) -> dict[str, tuple]:
        """The stored mentions, if they were made by this code from this curated data; else none."""
        if self.folder is None:
            return {}
        try:
            with open(self.folder / CACHE_FILE, "rb") as file:
                version, entries = pickle.load(file)
        except Exception:  # missing, unreadable or foreign: it is only a cache, so extract again
            return {}
        return entries if version == self._version() and isinstance(entries, dict) else {}

    def save(self) -> None:
        """Write the mentions to the cache folder, if they changed since they were last written."""
        if self.unsaved:
            self.unsaved = False
            self._save()

    def _save(self) -> None:
        if self.folder is None:
            return
        partial = self.folder / f"{CACHE_FILE}.{os.getpid()}"
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            with open(partial, "wb") as file:
                pickle.dump((self._version(), self.entries), file, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(partial, self.folder / CACHE_FILE)  # readers never see half a file
        except OSError:  # a read-only project or a full disk: the build goes on without the cache
            with suppress(OSError):
                partial.unlink(missing_ok=True)


def generate(sources: Sequence[SourceFile], curated: Curated, options: Options,
             progress: Progress | None = None,
             cache: ExtractionCache | None = None, reader: ReadCache | None = None,
             memo: PageMemo | None = None, linker: LinkMemo | None = None, rows: RowMemo | None = None) -> Result:
    """`reader`, `linker`, `memo` and `rows`: the articles read, the links chosen, the pages rendered
    and the rows of the data files made by the previous build of this process (`mkdocs serve`), of
    which only what changed is made again."""
    with collector_paused():
        return _generate(sources, curated, options, progress, cache, reader, memo, linker, rows)


@contextmanager
def collector_paused() -> Iterator[None]:
    """The stages make millions of small objects that hold no cycles, so reference counting frees
    them; the cycle collector would walk the whole growing heap again and again (at 10,000 articles,
    5 of the 11 s of the link stage) and, in the forked workers, copy the pages it walks."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextmanager
def frozen_when_done() -> Iterator[None]:
    """For a build whose result lives until the site is written (the MkDocs plugin): freeze what it
    made, so the collector skips it. Otherwise it walks it at once (1.3 s at 10,000 articles) and again
    on every full collection while MkDocs builds the pages. The next build of the process (`mkdocs
    serve`) unfreezes and collects first, so what the previous one left in cycles does not pile up.

    Not part of generate(): that full collection walks the whole heap, so a process that runs many
    small builds (a test, a script) would pay for all of its memory at every one."""
    global _settled
    if not _settled:
        release_frozen()
    _settled = False
    try:
        yield
    finally:
        gc.freeze()


# Whether what is frozen was collected just before it was frozen (settle()): the next build need
# not collect it again.
_settled = False
# Settlings of what a build made alone since the last whole one: the cycles they leave frozen grow.
_partial_settlings = 0


def partial_settlings() -> int:
    return _partial_settlings


def release_frozen() -> None:
    """Let the collector see again what the last build froze, and free what it left in cycles."""
    if gc.get_freeze_count():
        gc.unfreeze()
        gc.collect()


def settle(whole: bool = True) -> None:
    """For a server, once a build is served and its leftovers let go: free what the builds so far
    left in cycles, then freeze what lives on (the kept articles, mentions and pages), so that
    neither the collections set off while the next build runs nor its frozen_when_done walk it again
    (at 10,000 articles a heap of 1.3 GB, seconds before a rebuild could start). Not `whole`: only
    what the last build made is walked (a fraction of a second); cycles among the objects frozen
    before stay until a whole settling."""
    global _settled, _partial_settlings
    if whole:
        gc.unfreeze()
    _partial_settlings = 0 if whole else _partial_settlings + 1
    gc.collect()
    gc.freeze()
    _settled = True


def _generate(sources: Sequence[SourceFile], curated: Curated, options: Options,
              progress: Progress | None, cache: ExtractionCache | None, reader: ReadCache | None,
              memo: PageMemo | None, linker: LinkMemo | None = None, rows: RowMemo | None = None) -> Result:
    timings: dict[str, float] = {}
    clock = time.perf_counter()
    articles, problems = read_sources(sources, progress, options.workers, reader)
    problems = list(curated.problems) + problems
    timings["read"] = time.perf_counter() - clock

    clock = time.perf_counter()
    cache = cache or ExtractionCache()
    extracted = cache.extract_all(articles, curated, options.workers, progress)
    timings["extract"] = time.perf_counter() - clock

    clock = time.perf_counter()
    corpus = link_corpus(articles, extracted, curated, options.link_scope, linker)
    timings["link"] = time.perf_counter() - clock

    clock = time.perf_counter()
    pages = render_corpus(corpus, options.templates, options.site_name, options.directory_urls, progress,
                          options.workers, memo)
    timings["render"] = time.perf_counter() - clock
    later = functools.partial(_whole_corpus_files, corpus, options, rows)
    if options.defer:
        return Result(tuple(pages), {}, tuple(problems), corpus, timings, later)
    made = later(options.data_dir)
    timings.update(made.timings)
    return Result(tuple(pages) + made.pages, made.files, tuple(problems), corpus, timings)


def _whole_corpus_files(corpus: Corpus, options: Options, rows: RowMemo | None, folder: Path | None,
                        checkpoint: Checkpoint = never) -> Deferred:
    """The JSON exports, the feed and (with Options.data) the database, the CSV files and the Data
    page. Reads the corpus only, so it may run after the build that made it; `checkpoint` is called
    between its steps. `rows`: the lines and rows the last making kept, taken where their item did
    not change."""
    rows = rows if rows is not None else RowMemo()
    rows.start()
    timings: dict[str, float] = {}
    clock = time.perf_counter()
    files: dict[str, str | bytes | Path] = dict(exports(corpus, checkpoint, rows))
    files[FEED] = rss(list(corpus.articles), options.site_name, options.site_url)
    timings["exports"] = time.perf_counter() - clock
    pages: list[PageSource] = []
    if options.data:
        clock = time.perf_counter()
        checkpoint()
        data = data_files(corpus, folder, checkpoint, rows)
        files.update(data.files)
        pages.append(data_page(environment(options.templates), files, data.tables))
        timings["data"] = time.perf_counter() - clock
    rows.finish()
    return Deferred(files, tuple(pages), timings)
