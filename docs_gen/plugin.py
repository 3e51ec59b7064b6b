"""The MkDocs adapter: read the articles from docs_dir, run the pipeline, add the pages in memory."""
from __future__ import annotations

import functools
import html
import json
import logging
import os
import pickle
import re
import shutil
import tempfile
import threading
import time
import traceback
import zlib
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

import jinja2
import jinja2.bccache
import yaml
from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files, InclusionLevel
from mkdocs.structure.toc import get_toc

from . import header_search, theme_frame
from .curated import FILES as CURATED_FILES
from .curated import Curated, load_curated
from .datapage import PAGE as DATA_PAGE
from .errors import InputError
from .incremental import (GeneratedFile, SiteState, digest, digests_of, forget_state, load_state, mark_unchanged,
                          remove_stale, save_state, site_fingerprint, state_path)
from .leftovers import leave_to_exit, release_left
from .link_memo import LinkMemo
from .memo_store import Memos, forget_memos, load_memos, save_memos_aside
from .page_inputs import PageMemo
from .pagefind import (SearchBase, SearchIndexer, SearchRecord, index_overlay, mixed, overlay_pages,
                       require_pagefind)
from .later import DeferredFiles
from .pipeline import (CURATED_FOLDER, ExtractionCache, Options, ReadCache, SourceFile, code_fingerprint,
                       collector_paused, deferred_paths, frozen_when_done, generate, partial_settlings,
                       read_sources, settle)
from .render import PageSource, environment
from .row_memo import RowMemo
from .superseded import StopSignal
from .watching import watch_by_events

log = logging.getLogger("mkdocs.plugins.docs_gen")
HERE = Path(__file__).parent
# Published under assets/docs_gen/; the styles and scripts of them are loaded by every page, except
# the search engine, which runs as a web worker.
ASSETS = {"material": [HERE / "assets", HERE / "lunr" / "search-fold.js"],
          "pagefind": [HERE / "assets", HERE / "search"]}
WORKER_ONLY = {Path(header_search.ENGINE).name}
# `search: material` replaces the theme's Vietnamese search support with one that folds diacritics.
LUNR_VI = HERE / "lunr" / "lunr.vi.min.js"
LUNR_VI_URI = "assets/javascripts/lunr/min/lunr.vi.min.js"
SEARCH_PAGE = "search.md"
TEMPLATE_CODE_FILE = "templates.pickle"  # in the cache folder, beside the memos
# The pages that carry names to find: not the long listings or the timeline.
INDEXED_KINDS = ("article", "entry")
# What made the last rebuild fail while serving (null: nothing), which serve-error.js shows on every
# page. Every site has it, so that a page served with no error fetches no missing file.
SERVE_ERROR = "assets/docs_gen/serve-error.json"


# The literal first lets the regex engine jump between candidates (17x faster than starting with \b).
ANCHOR = re.compile(r'id="(?<=\sid=")([^"]+)"')
HEADING = re.compile(r'<h([1-6]) id="([^"]+)"[^>]*>(.*?)<a class="headerlink"', re.S)


def toc_tokens(body: str) -> list[dict]:
    """The table of contents of an HTML body, from its headings with permanent links, nested by level."""
    root: dict = {"level": 0, "children": []}
    stack = [root]
    for level, anchor, title in HEADING.findall(body):
        token = {"level": int(level), "id": anchor, "name": title.strip(), "children": []}
        while stack[-1]["level"] >= token["level"]:
            stack.pop()
        stack[-1]["children"].append(token)
        stack.append(token)
    return root["children"]


def front_matter(block: str) -> dict:
    """The data of a '---\n...\n---\n' block, read by libyaml where PyYAML has it: MkDocs' pure-Python
    reading takes seconds at 20,000 pages."""
    data = yaml.load(block.strip().strip("-"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return data if isinstance(data, dict) else {}


def pipeline_error(error: Exception, templates: Path) -> str:
    """What went wrong, and where: the template and line for a template's error."""
    if isinstance(error, jinja2.TemplateSyntaxError):
        return f"{templates.name}/{error.name or error.filename}:{error.lineno}: {(error.message or '').rstrip('.')}"
    for frame in reversed(traceback.extract_tb(error.__traceback__)):
        if frame.filename.endswith(".j2"):
            return f"{templates.name}/{Path(frame.filename).name}:{frame.lineno}: {type(error).__name__}: {error}"
    return f"{type(error).__name__}: {error}"


def titled_in_nav(nav, path: str) -> bool:
    """Whether a nav tree lists `path` under a title ("Data: data/index.md")."""
    if isinstance(nav, list):
        return any(titled_in_nav(item, path) for item in nav)
    if isinstance(nav, dict):
        return any(value == path or titled_in_nav(value, path) for value in nav.values())
    return False


def _nav_files(nav) -> set[str]:
    """Every page path named anywhere in a nav tree."""
    if isinstance(nav, str):
        return {nav}
    if isinstance(nav, list):
        return set().union(*(_nav_files(item) for item in nav)) if nav else set()
    if isinstance(nav, dict):
        return set().union(*(_nav_files(value) for value in nav.values())) if nav else set()
    return set()


class DocsGenConfig(base.Config):
    templates = c.Type(str, default="templates")
    """Folder of the Jinja2 page templates, relative to mkdocs.yml."""
    link_scope = c.Choice(("article", "section", "paragraph"), default="article")
    """Link the first mention of each term or entity once per article, per section or per paragraph."""
    cache = c.Type(bool, default=True)
    """Keep what was extracted from each article on disk, so the next build extracts only the
    articles that changed (or all of them after an upgrade of docs_gen or an edit of curated data)."""
    cache_dir = c.Type(str, default=".cache/docs_gen")
    """Folder of that cache, relative to mkdocs.yml."""
    search = c.Choice(("pagefind", "material"), default="pagefind")
    """`pagefind`: a chunked index that the browser fetches piece by piece as a query needs it, fast
    at any size; it answers the theme's search box in the header and a Search page with filters.
    `material`: the theme's own search, one index that every reader downloads whole (small sites)."""
    watch_events = c.Type(bool, default=True)
    """`mkdocs serve` learns of a save from the system's file events, at once, rather than by polling
    twice a second; `false` keeps the polling, for folders on a network share or mounted into a
    virtual machine, which send no events."""


def asset_files(search: str) -> list[Path]:
    """The files published under assets/docs_gen/ for a search mode."""
    found: list[Path] = []
    for path in ASSETS[search]:
        found.extend(sorted(p for p in path.iterdir() if p.is_file()) if path.is_dir() else [path])
    return found


def _run_all(tasks: list[tuple[Callable[[], None], bool]], stop: StopSignal) -> None:
    """One after the other; one that fails does not keep the others from running. Once a newer build
    has started, the tasks it does again (marked True) are left to it."""
    for task, redone in tasks:
        if redone and stop.is_set():
            continue
        try:
            task()
        except Exception:
            log.exception("docs_gen: a task after the build failed")


# Serving, the whole heap is settled once no save has come for this long (a save would wait for it),
# or at the latest after this many builds, whose leftover cycles would otherwise pile up.
IDLE_BEFORE_SETTLING = 10.0
BUILDS_BEFORE_SETTLING = 5


def _settle(whole: bool) -> None:
    started = time.perf_counter()
    settle(whole)
    what = "" if whole else " (what the build made)"
    log.info(f"docs_gen: memory settled{what} in {time.perf_counter() - started:.2f}s in the background after the build")


def _settle_when_idle(stop: StopSignal) -> None:
    if stop.idle(IDLE_BEFORE_SETTLING):
        _settle(True)


def _indexed(index: Callable[[], str], background: bool) -> bool:
    """Run `index` (which returns a summary) and log it; whether it succeeded. A failure fails the
    build, or in the background is logged."""
    started = time.perf_counter()
    try:
        summary = index()
    except InputError as error:
        if not background:
            raise PluginError(str(error.problem)) from None
        log.error(f"docs_gen: {error.problem}")
        return False
    when = "in the background after the build" if background else "after the last page"
    log.info(f"docs_gen: Pagefind index: {summary}; {time.perf_counter() - started:.2f}s {when}")
    return True


def _inflate(data: bytes) -> str:
    return zlib.decompress(data).decode("utf-8")


class TemplateCodeCache(jinja2.BytecodeCache):
    """The theme's templates compiled, in memory, by name and source (Jinja compiles again a
    template whose source changed): compiling them is a fifth of a rebuild's own work at 1,000
    articles. Given a file, also kept there between `mkdocs build` runs (compiling them took 1 to 2 s
    of each dirty build at 10,000 articles); Jinja checks the Python version and the source itself."""

    def __init__(self, file: Path | None = None) -> None:
        self.stored: dict[str, bytes] = {}
        self.file = file
        self.added = False
        if file is not None:
            with suppress(Exception):  # missing or damaged: only a cache
                stored = pickle.loads(file.read_bytes())
                if isinstance(stored, dict):
                    self.stored = stored

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        code = self.stored.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.stored[bucket.key] = bucket.bytecode_to_string()
        self.added = True

    def save(self) -> None:
        """Write the file if templates were compiled since it was read."""
        if self.file is None or not self.added:
            return
        partial = self.file.with_name(f"{self.file.name}.{os.getpid()}")
        try:
            partial.write_bytes(pickle.dumps(self.stored, protocol=pickle.HIGHEST_PROTOCOL))
            os.replace(partial, self.file)  # readers never see half a file
            self.added = False
        except OSError:
            with suppress(OSError):
                partial.unlink(missing_ok=True)


def _page_settings(config: MkDocsConfig) -> tuple:
    """What a Page and a file's paths are made from besides the file: kept pages need them unchanged."""
    return (config.site_url, config.repo_url, config.edit_uri, config.edit_uri_template, config.use_directory_urls,
            config.site_dir, config.docs_dir)


def _fresh_again(file: GeneratedFile) -> None:
    """A kept page's file, as it was made: not yet known to be in the site folder, its Page holding no
    rendered content (the build renders it again only if the site around it changed)."""
    file.unchanged = False
    if file.page is not None:
        _forget_render(file.page)


def _forget_render(page) -> None:
    """A written page's Markdown, HTML and table of contents, let go: a kept Page holds none between builds."""
    page.markdown = page.content = page._title_from_render = None
    page.toc, page.meta = [], {}
    page.present_anchor_ids = page.links_to_anchors = None


class DocsGenPlugin(BasePlugin[DocsGenConfig]):
    def __init__(self) -> None:
        super().__init__()
        self.templates = Path("templates")
        self.cache: ExtractionCache | None = None  # kept across `mkdocs serve` rebuilds
        self.reader = ReadCache()  # the articles read, kept while serving
        self.memo = PageMemo()  # the pages rendered, kept while serving
        self.linker = LinkMemo()  # the links chosen in each article, kept while serving
        self.rows = RowMemo()  # the lines and rows of the data files, kept while serving
        self.html_pages: set[str] = set()  # generated pages whose body is finished HTML
        self.bodies: dict[str, PageSource] = {}  # their pages, body compressed, until written
        # The digest of each generated page of the last build, with the page: while serving, the
        # page memo hands over the very page again when it did not change.
        self.page_digests: dict[str, tuple[PageSource, str]] = {}
        # While serving: the file of each generated page outside the navigation, and the settings its Page
        # was made under. In a dirty rebuild a page the memo hands over unchanged keeps its file and its
        # Page, which MkDocs would otherwise make again for every page at every save (a third of a
        # rebuild's own time at 10,000 articles).
        self.kept_files: dict[str, GeneratedFile] = {}
        self.kept_under: tuple = ()
        self.files_kept = 0  # in this build
        self.serving = False
        self.indexer: SearchIndexer | None = None
        self.data_dir: Path | None = None  # the database and CSV files of this build, until MkDocs copies them
        self.header_box = None  # the theme's search plugin, whose box docs_gen feeds
        self.nav = None  # the navigation of this build, for theme_frame
        self.language = "en"
        # Dirty builds (see incremental.py): what the previous build wrote into the site folder, kept
        # here while serving and in state_file between `mkdocs build` runs.
        self.dirty = False
        self.state: SiteState | None = None
        self.state_file: Path | None = None
        self.next_state: SiteState | None = None
        # Unchanged pages to index again, in the order of the site's files: path -> (its path in
        # the site, its page, its record).
        self.waiting: dict[str, tuple[str, PageSource, SearchRecord]] = {}
        self.position: dict[str, int] = {}  # every file's place in that order
        # In a dirty build, the written pages to index (path, its path in the site, its body
        # compressed, its record): they are indexed with the unchanged ones after the build.
        self.written: list[tuple[str, str, bytes, SearchRecord]] | None = None
        self.bytecode = TemplateCodeCache()  # the theme's compiled templates, kept across rebuilds
        self.kept_parts: list[str] = []  # the search index's parts in the site folder
        # A dirty `mkdocs build`: the last complete search index in the site folder, if its pages were
        # made under the same frame (see _overlay).
        self.search_base: SearchBase | None = None
        self.curated: tuple[str, Curated] | None = None  # the last curated data loaded, by its files' digest
        # While serving dirty: the generated files of the last good build, and whether this build keeps
        # them because the pipeline failed.
        self.previous_files: list[tuple[str, InclusionLevel]] = []
        self.kept_previous = False
        self.error = ""  # what made the pipeline fail
        # The files the last good build left out for their errors (reported then as warnings): a
        # rebuild that would leave out others keeps that build's pages while serving.
        self.accepted_errors: set[str] = set()
        self.finishing: threading.Thread | None = None  # the search index and cache of the last build, while serving
        self.stop: StopSignal | None = None  # tells self.finishing a newer build has started
        # While serving dirty: the files of this build made after it is served (see later.py).
        self.later: DeferredFiles | None = None
        # A dirty `mkdocs build`: the folder that keeps the memos between runs (memo_store.py).
        self.memo_dir: Path | None = None

    @property
    def indexing(self) -> bool:
        return self.config.search == "pagefind"

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Having on_startup makes MkDocs keep this instance (and its cache) across rebuilds."""
        release_left()  # by a command this process ran before
        self.serving = command == "serve"
        self.dirty = dirty

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self._stop_background()  # the previous build's, before this one touches the site folder
        self.kept_previous, self.later = False, None
        root = Path(config.config_file_path).parent if config.config_file_path else Path.cwd()
        self.templates = (root / self.config.templates).resolve()
        cache_dir = (root / self.config.cache_dir).resolve() if self.config.cache else None
        if self.cache is None or self.cache.folder != cache_dir:
            self.cache = ExtractionCache(cache_dir)
        self.memo_dir = cache_dir if self.dirty and not self.serving else None
        if self.memo_dir is not None and self.bytecode.file != self.memo_dir / TEMPLATE_CODE_FILE:
            self.bytecode = TemplateCodeCache(self.memo_dir / TEMPLATE_CODE_FILE)
        # saved after the build, not before the page is served; or with the memos, while MkDocs writes
        self.cache.save_later = self.serving or self.memo_dir is not None
        # A served site lives in a temporary folder: its state stays in memory.
        self.state_file = state_path(cache_dir, config.site_dir) if cache_dir and not self.serving else None
        self.docs_label = Path(config.docs_dir).name
        self.language = config.theme.get("language") or "en"
        for asset in asset_files(self.config.search):
            target = f"assets/docs_gen/{asset.name}"
            if asset.suffix == ".css" and target not in config.extra_css:
                config.extra_css.append(target)
            if (asset.suffix == ".js" and asset.name not in WORKER_ONLY
                    and target not in [str(s) for s in config.extra_javascript]):
                config.extra_javascript.append(target)
        self.header_box = None
        if self.indexing:
            try:
                require_pagefind()  # before a long build, not after it
            except InputError as error:
                raise PluginError(str(error.problem)) from None
            self.header_box = header_search.theme_search(config)
            if self.header_box is not None:
                header_search.stop_theme_indexing(config, self.header_box)
            elif config.nav is not None and SEARCH_PAGE not in _nav_files(config.nav):
                # Without the theme's search plugin there is no box in the header: the page is the way in.
                log.info("docs_gen: add '- search' to the plugins in mkdocs.yml for a search box in the header")
                config.nav.append({"Search": SEARCH_PAGE})
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        started = time.perf_counter()
        sources: list[SourceFile] = []
        for file in list(files):
            curated_file = file.src_uri.startswith(CURATED_FOLDER + "/")
            if curated_file or file.src_uri.endswith((".txt", ".yml", ".yaml")):
                files.remove(file)  # raw inputs are read, never published
                if not curated_file:
                    sources.append(SourceFile(file.src_uri, file.content_bytes))
        # The collector stays off until what the pipeline made is frozen: enabled before, it would walk
        # all of it, and the memos read, at the first allocation (0.1 s at 1,000 articles, and 5 s for
        # the memos at 10,000).
        with collector_paused():
            memos = self._load_memos()
            curated = self._curated(Path(config.docs_dir) / CURATED_FOLDER)
            if self._can_keep_last_good():
                broken = self._new_errors(curated, sources)
                if broken:
                    return self._serve_last_good(files, config, broken)
            self._remove_data_dir()
            self.later = None
            defer = self._can_defer(config)
            self.data_dir = None if defer else Path(tempfile.mkdtemp(prefix="docs_gen-data-"))
            options = Options(self.templates, config.site_name or "", config.site_url or "",
                              link_scope=self.config.link_scope, directory_urls=config.use_directory_urls,
                              data_dir=self.data_dir, defer=defer)
            cache = self.cache
            try:
                with frozen_when_done():
                    result = generate(sources, curated, options, cache=cache, reader=self.reader if memos else None,
                                      memo=self.memo if memos else None, linker=self.linker if memos else None,
                                      rows=self.rows if memos else None)
            except Exception as error:
                if not self._can_keep_last_good():
                    raise
                return self._serve_last_good(files, config, pipeline_error(error, self.templates))
        self.accepted_errors = {str(problem) for problem in result.problems if problem.dropped}
        for problem in result.problems:
            log.warning(f"{self.docs_label}/{problem}")
        self.html_pages, self.bodies = set(), {}
        pages = mixed(result.pages, lambda page: page.path.split("/", 1)[0]) if self.indexing else result.pages
        written = set(files.src_uris)  # a hand-written page with the same path wins
        known, self.page_digests = self.page_digests, {}
        kept, self.kept_files, self.files_kept = self.kept_files, {}, 0
        under = _page_settings(config)
        reusable = self.serving and self.dirty and under == self.kept_under
        self.kept_under = under
        for page in pages:
            if page.path in written:
                continue
            inclusion = InclusionLevel.INCLUDED if page.in_nav else InclusionLevel.NOT_IN_NAV
            if page.html:  # MkDocs reads the front matter; the body waits compressed (see on_pre_page)
                content, self.bodies[page.path] = page.front, page
                self.html_pages.add(page.path)
            else:
                content = page.content
            old = known.get(page.path)
            file = kept.get(page.path) if reusable and old is not None and old[0] is page else None
            if file is not None and file.inclusion == inclusion:
                _fresh_again(file)
                self.files_kept += 1
            else:
                file = GeneratedFile.generated(config, page.path, content=content, inclusion=inclusion)
            file.content_digest = self._page_digest(page, known)
            if self.serving and not page.in_nav:
                self.kept_files[page.path] = file
            files.append(file)
        self._save_memos()  # with the pages' digests
        if not self.serving:
            self.cache = None  # a one-off build lets the extracted mentions go (they are on disk)
        for path, content in result.files.items():
            if isinstance(content, Path):  # copied by MkDocs from the file, never read into memory
                files.append(GeneratedFile.generated(config, path, abs_src_path=str(content)))
            else:
                files.append(GeneratedFile.generated(config, path, content=content))
        if result.later is not None:
            self.later = DeferredFiles.placed(result.later, *deferred_paths(options), files, config)
        self._add_fixed_files(files, config)
        corpus = result.corpus
        log.info(f"docs_gen: {len(corpus.articles)} articles, {len(corpus.entities)} entries, "
                 f"{len(corpus.timeline)} dates, {len(result.problems)} problems, "
                 f"{cache.misses} articles extracted ({cache.hits} cached) in "
                 f"{time.perf_counter() - started:.2f}s ("
                 + ", ".join(f"{k} {v:.2f}s" for k, v in result.timings.items()) + ")"
                 + (f"; {self.memo.rendered} pages rendered, {self.memo.reused} unchanged" if memos else ""))
        return files

    def _load_memos(self) -> bool:
        """Whether this build keeps the memos of its pipeline for the next: while serving, in memory;
        in a dirty `mkdocs build`, on disk, from which those of the last one are taken over."""
        if self.serving or self.memo_dir is None or self.cache is None:
            return self.serving
        started = time.perf_counter()
        memos = load_memos(self.memo_dir)
        forget_memos(self.memo_dir)  # a build that stops half-way leaves none
        if memos is not None:
            self.reader, self.memo, self.linker, self.curated = memos.reader, memos.memo, memos.linker, memos.curated
            self.rows, self.page_digests = memos.rows, memos.digests
            self.cache.adopt(memos.fingerprint, memos.extracted, memos.keys)
            log.info(f"docs_gen: what the last dirty build made, read in {time.perf_counter() - started:.2f}s")
        return True

    def _save_memos(self) -> None:
        if self.memo_dir is None or self.cache is None or self.curated is None:
            return
        memos = Memos(self.reader, self.memo, self.linker, self.curated, self.cache.fingerprint, self.cache.entries,
                      list(self.cache.keys.values()), self.rows, self.page_digests)
        if save_memos_aside(self.memo_dir, memos, self.cache.save):
            self.cache.unsaved = False  # the copy writes them
        else:
            self.cache.save()

    def _page_digest(self, page: PageSource, known: dict[str, tuple[PageSource, str]]) -> str:
        """The digest of a page's content (of its compressed body: a fifth to read), kept while serving
        and with the memos of a dirty build."""
        old = known.get(page.path)
        found = old[1] if old is not None and old[0] is page else digest(page.front, page.data)
        if self.serving or self.memo_dir is not None:
            self.page_digests[page.path] = (page, found)
        return found

    def _can_keep_last_good(self) -> bool:
        """While serving dirty after a good build, a failed rebuild keeps that build's pages: MkDocs
        would otherwise hold every request until the next good build."""
        return self.serving and self.dirty and self.state is not None and bool(self.previous_files)

    def _can_defer(self, config: MkDocsConfig) -> bool:
        """Whether the whole-corpus files can wait until the page is served: while serving dirty with
        the chunked index (the theme's own search indexes the pages written, so it needs the Data
        page in the build), and when the navigation names the Data page by a title of its own (else
        its title, read from its content, would be part of every page's frame)."""
        return self.serving and self.dirty and self.indexing and titled_in_nav(config.nav, DATA_PAGE)

    def _new_errors(self, curated: Curated, sources: list[SourceFile]) -> str:
        """The errors that leave a whole file out (an article saved half-written, a YAML syntax error
        in its metadata or in curated data) that the last good build did not have, as one message;
        empty when there are none. Building on would drop that article, or every entry of that file,
        from the served site. An error in one entry or field leaves out that alone, as a fresh build
        does. The read articles are kept by the read cache: the build that follows reads none again."""
        problems = list(curated.problems) + read_sources(sources, cache=self.reader)[1]
        new = [f"{self.docs_label}/{p}" for p in problems if p.dropped and str(p) not in self.accepted_errors]
        return "; ".join(new)

    def _serve_last_good(self, files: Files, config: MkDocsConfig, error: str) -> Files:
        """Report what broke the rebuild and keep the last good build's files as they are."""
        self.error = error
        log.error(f"docs_gen: [{time.strftime('%H:%M:%S')}] {self.error}; "
                  "the pages of the last good build are served until it is fixed")
        self._add_fixed_files(files, config)
        self._keep_previous(files, config)
        return files

    def _keep_previous(self, files: Files, config: MkDocsConfig) -> None:
        """The generated files of the last good build, as files MkDocs leaves as they are."""
        self.kept_previous = True
        for src_uri, inclusion in self.previous_files:
            if files.get_file_from_path(src_uri) is None:
                file = GeneratedFile.generated(config, src_uri, content="", inclusion=inclusion)
                file.unchanged = True
                files.append(file)

    def _add_fixed_files(self, files: Files, config: MkDocsConfig) -> None:
        """The files that do not come from the articles: the Search page, docs_gen's scripts and
        styles, the theme's search worker."""
        if self.indexing and files.get_file_from_path(SEARCH_PAGE) is None:
            root = "../" if config.use_directory_urls else ""
            page = environment(self.templates).get_template("search.md.j2").render(root=root)
            inclusion = InclusionLevel.NOT_IN_NAV if self.header_box is not None else InclusionLevel.INCLUDED
            files.append(GeneratedFile.generated(config, SEARCH_PAGE, content=page, inclusion=inclusion))
        for asset in asset_files(self.config.search):
            files.append(GeneratedFile.generated(config, f"assets/docs_gen/{asset.name}", content=asset.read_bytes()))
        files.append(GeneratedFile.generated(config, SERVE_ERROR, content="null"))
        if self.header_box is not None:
            header_search.theme_files(files, config, self.header_box)
        theme_lunr = files.get_file_from_path(LUNR_VI_URI)
        if theme_lunr is not None and self.config.search == "material":
            files.remove(theme_lunr)
            files.append(GeneratedFile.generated(config, LUNR_VI_URI, content=LUNR_VI.read_bytes()))

    def _curated(self, folder: Path) -> Curated:
        """The curated data, parsed again only when one of its files changed (parsing the YAML takes
        longer than a rebuild's linking)."""
        key = digest(str(folder), *((folder / name).read_bytes() if (folder / name).is_file() else b"-"
                                    for name in CURATED_FILES))
        if self.curated is None or self.curated[0] != key:
            self.curated = key, load_curated(folder, f"{CURATED_FOLDER}/")
        return self.curated[1]

    @event_priority(-100)  # after every plugin has added its files and changed the navigation
    def on_nav(self, nav, *, config: MkDocsConfig, files: Files):
        """Compare every file with the previous build into this site folder. In a dirty build MkDocs
        then reads, renders and writes only the changed ones; the unchanged pages are indexed for
        search again from the pipeline's copy, with the record the previous build kept."""
        self.nav = nav
        if self.kept_previous:  # the pipeline failed: the site folder and its state stay as they are
            self.next_state = None
            return nav
        digests = digests_of(files)
        now = SiteState(site_fingerprint(config, nav, digests, code_fingerprint()), digests)
        before, self.state = self.state, None  # none until this build is written whole
        if self.state_file is not None:
            if self.dirty:
                before = load_state(self.state_file)
            forget_state(self.state_file)
        self.search_base = (before.search if before is not None and self.dirty
                            and before.fingerprint == now.fingerprint else None)
        self.next_state, self.waiting, self.kept_parts, self.written = now, {}, [], None
        self.position = {file.src_uri: i for i, file in enumerate(files)}
        if self.serving:
            self.previous_files = [(file.src_uri, file.inclusion) for file in files if isinstance(file, GeneratedFile)]
        if self.later is not None:
            same_frame = before is not None and before.fingerprint == now.fingerprint
            self.later.prepare(now, before.digests if same_frame else {}, nav, files)
        if not self.dirty or before is None:
            return nav
        removed = remove_stale(Path(config.site_dir), before, digests)
        if not self.indexing:  # the theme's own search indexes only the pages written: it needs them all
            return nav
        mark_unchanged(files, before, now)
        self.kept_parts = before.parts
        skipped = 0
        for file in files:
            if isinstance(file, GeneratedFile) and file.unchanged and file.is_documentation_page():
                skipped += 1
                page = self.bodies.pop(file.src_uri, None)
                record = before.records.get(file.src_uri)
                if page is not None and record is not None:
                    self.waiting[file.src_uri] = (file.dest_uri, page, record)
                    now.records[file.src_uri] = record
        if self.waiting:  # the index waits for the build: the browser is not kept waiting for it
            self.written = []
        log.info(f"docs_gen: dirty build: {skipped} unchanged pages kept, {removed} files of removed pages deleted"
                 + (f", {self.files_kept} pages' files and Pages kept from the last build" if self.serving else ""))
        return nav

    # An HTML body skips the Markdown parser (the slowest step of a large build). MkDocs reads every
    # page before it writes any; the bodies wait compressed (about a fifth of their size) until their
    # page is written, and are let go then, so a large site is never held in memory whole.

    def on_pre_page(self, page, *, config: MkDocsConfig, files: Files):
        if page.file.src_uri in self.bodies:
            # MkDocs would build a Markdown parser with every extension for the page (a large part
            # of its time per page) to convert nothing: read what it needs from the HTML instead.
            page.read_source = functools.partial(self._read_stored, page)
            page.render = functools.partial(self._render_stored, page)
        return page

    def _read_stored(self, page, config: MkDocsConfig) -> None:
        """What MkDocs' Page.read_source gives, for a page that is all front matter."""
        page.markdown, page.meta = "", front_matter(self.bodies[page.file.src_uri].front)

    def _render_stored(self, page, config: MkDocsConfig, files: Files) -> None:
        """What MkDocs' Page.render gives, for a page whose body waits compressed."""
        body = self.bodies[page.file.src_uri].body
        page.content = ""  # the body is put in just before the page is written (on_page_context)
        page.toc = get_toc(toc_tokens(body))
        # MkDocs checks links into this page (from the Markdown pages) against these anchors.
        page.present_anchor_ids = set(ANCHOR.findall(body))
        page.links_to_anchors = {}  # its links are relative URLs already, made by the pipeline

    @event_priority(100)  # before other plugins (the theme's search) read the content
    def on_page_context(self, context, *, page, config: MkDocsConfig, nav):
        stored = self.bodies.pop(page.file.src_uri, None)
        if stored is not None:
            page.content = stored.body
        return context

    def on_env(self, env, *, config: MkDocsConfig, files: Files):
        env.bytecode_cache = self.bytecode  # MkDocs makes a new environment, to compile again, at each build
        if self.later is not None:
            self.later.env = env
        theme_frame.install(env, config.theme, self.nav)
        if self.indexing and not self.kept_previous:  # every page is read; the writing starts
            # The articles and entries, the pages to index: parts of equal size.
            self.indexer = SearchIndexer(Path(config.site_dir), expected=len(self.html_pages), kept=self.kept_parts)
        return env

    def on_post_page(self, output: str, *, page, config: MkDocsConfig) -> str:
        if self.written is None:
            self._index_waiting(self.position.get(page.file.src_uri))
        if self.indexer is not None and page.meta.get("page_kind") in INDEXED_KINDS:
            record = self.search_record(page.meta)
            if self.next_state is not None:
                self.next_state.records[page.file.src_uri] = record
            if self.written is not None:
                body = zlib.compress((page.content or "").encode("utf-8"), 1)
                self.written.append((page.file.src_uri, page.file.dest_uri, body, record))
            else:
                self.indexer.add(page.file.dest_uri, page.content or "", record)
        if page.file.src_uri in self.html_pages:
            page.content = ""  # written; rebuilt from the corpus on the next build
        return output

    def _index_waiting(self, until: int | None) -> None:
        """Index the unchanged pages that come before the file at `until` (all: None), so that the
        index gets its pages in the order of a full build, and so the same parts."""
        while self.waiting and self.indexer is not None:
            src_uri = next(iter(self.waiting))
            if until is not None and self.position[src_uri] > until:
                return
            dest_uri, page, record = self.waiting.pop(src_uri)
            self.indexer.add(dest_uri, page.body, record)

    def _remove_data_dir(self) -> None:
        if self.data_dir is not None:
            shutil.rmtree(self.data_dir, ignore_errors=True)
            self.data_dir = None

    def search_record(self, meta: dict) -> SearchRecord:
        """Kind, language and names of a page, from its front matter (whose values are HTML-escaped)."""
        kind = meta.get("kind") or meta.get("page_kind")
        names = [meta.get("title") or "", *(meta.get("names") or ())]
        return SearchRecord(str(kind), str(meta.get("language") or self.language),
                            tuple(html.unescape(str(name)) for name in names if name))

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        self._remove_data_dir()  # its files are in the site now
        for file in self.kept_files.values():
            if file.page is not None and file.page.content is not None:
                _forget_render(file.page)
        if self.serving:
            notice = Path(config.site_dir) / SERVE_ERROR
            notice.write_text(json.dumps({"message": self.error}) if self.kept_previous else "null", encoding="utf-8")
        # While serving, the browser reloads the edited page as soon as the build returns; the search
        # index and the extraction cache's file follow a few seconds later instead of holding it up.
        later: list[tuple[Callable[[], None], bool]] = []
        stop = StopSignal()
        if self.indexer is not None:
            if self.written is None:
                self._index_waiting(None)
            indexer, self.indexer = self.indexer, None
            index = self._overlay(indexer)
            if index is None:
                pending = self._pending_pages()
                if self.next_state is not None:
                    self.next_state.parts = indexer.digests  # filled in as the parts are made
                index = functools.partial(self._finish_index, indexer, pending, self.serving, self.next_state)
            if self.serving:
                later.append((index, False))
            else:
                index()
        if self.serving:
            # What the build made is settled at once, which spares the next build a walk of it; the
            # whole heap (seconds at 10,000 articles) once the server is idle, or every few builds.
            whole = partial_settlings() >= BUILDS_BEFORE_SETTLING - 1
            later.append((functools.partial(_settle, whole), False))
        if self.later is not None and not self.kept_previous:
            later.append((functools.partial(self.later.write, config, stop.checkpoint), True))
        self.later = None
        if self.serving and self.cache is not None:
            later.append((self.cache.save, True))
        if self.serving:
            later.append((functools.partial(_settle_when_idle, stop), True))
        if later:
            self.stop = stop
            self.finishing = threading.Thread(target=_run_all, args=(later, stop), daemon=True)
            self.finishing.start()
        self._keep_state()

    def _overlay(self, indexer: SearchIndexer) -> Callable[[], None] | None:
        """A dirty build whose indexed pages differ from the last complete index in a few: those are
        indexed into an overlay beside it, which takes seconds where indexing every page again takes a
        minute at 10,000 articles (and, serving, would hold up a save made within that minute). The
        results are those of a complete index; what differs is the files, and the scores of the
        overlay's pages, which Pagefind weighs against the words of their own bundle. Returns the
        indexing to run, or None where every page is to be indexed: too many changes, or no complete
        index under the same frame."""
        base, state = self.search_base, self.next_state
        if base is None or state is None or self.written is None:
            return None
        bodies: dict[str, tuple[Callable[[], str], SearchRecord]] = {
            dest: (functools.partial(getattr, page, "body"), record) for dest, page, record in self.waiting.values()}
        bodies.update({dest: (functools.partial(_inflate, body), record) for _, dest, body, record in self.written})
        if len(bodies) != len(state.records):  # an indexed page whose body the pipeline did not keep
            return None
        changed = overlay_pages(base, state.digests, bodies, indexer.site_dir)
        if changed is None:
            return None
        indexer.close()
        self.waiting, self.written = {}, None
        records = {dest: record for dest, (_, record) in bodies.items()}
        pages = [(dest, bodies[dest][0](), bodies[dest][1]) for dest in changed]  # before the pages go
        state.parts, state.search = list(self.kept_parts), base
        return functools.partial(self._index_overlay, indexer.site_dir, base, records, pages, state, self.serving)

    @staticmethod
    def _index_overlay(site_dir: Path, base: SearchBase, records: dict[str, SearchRecord],
                       pages: list[tuple[str, str, SearchRecord]], state: SiteState, background: bool) -> None:
        if not _indexed(functools.partial(index_overlay, site_dir, base, records, pages), background):
            state.search = None  # the next build indexes every page again

    def _pending_pages(self) -> list[tuple[str, Callable[[], str], SearchRecord]]:
        """The pages of a dirty build still to index, unchanged and written, in the order of the
        site's files, as a full build indexes them (and so in the same parts)."""
        if self.written is None:
            return []
        found = [(self.position[src], dest, functools.partial(getattr, page, "body"), record)
                 for src, (dest, page, record) in self.waiting.items()]
        found += [(self.position[src], dest, functools.partial(_inflate, body), record)
                  for src, dest, body, record in self.written]
        self.waiting, self.written = {}, None
        return [(dest, body, record) for _, dest, body, record in sorted(found, key=lambda item: item[0])]

    @staticmethod
    def _finish_index(indexer: SearchIndexer, pending: list[tuple[str, Callable[[], str], SearchRecord]],
                      background: bool, state: SiteState | None) -> None:
        def finish() -> str:
            for dest_uri, body, record in pending:
                indexer.add(dest_uri, body(), record)
            return indexer.finish()

        if _indexed(finish, background) and state is not None:
            # the complete index the next dirty build may add an overlay to
            state.search = indexer.base(state.digests)

    def wait_for_index(self) -> None:
        """Until the work after the last build served is done: its search index, data files and
        extraction cache written, its memory settled."""
        if self.finishing is not None:
            if self.stop is not None:
                self.stop.hurry()
            self.finishing.join()
            self.finishing = None

    def _stop_background(self) -> None:
        """The work after the last build served: what a new build makes again (or the end of serving
        makes moot: the served folder goes) is stopped, the rest waited for."""
        if self.stop is not None:
            self.stop.set()
        self.wait_for_index()

    def on_shutdown(self) -> None:
        """The end of `mkdocs build` or `mkdocs serve`: a later build in this process (a test, a
        script calling MkDocs) says again how it runs, and starts from its own site folder."""
        self._stop_background()
        if self.cache is not None:
            self.cache.save()  # what a failed last rebuild extracted
        self.bytecode.save()
        self.serving = self.dirty = False
        # their articles, links and pages are of that session; the process ends next, so they are
        # left to its exit rather than freed one by one
        leave_to_exit(self.state, self.reader, self.memo, self.linker, self.rows, self.page_digests, self.kept_files,
                      self.curated, self.cache)
        self.state, self.previous_files, self.accepted_errors = None, [], set()
        self.cache, self.curated = None, None  # read again from disk by a later command
        self.reader, self.memo, self.linker, self.rows = ReadCache(), PageMemo(), LinkMemo(), RowMemo()
        self.page_digests, self.kept_files, self.kept_under = {}, {}, ()

    def _keep_state(self) -> None:
        """The site folder is complete: what it holds is the base of the next dirty build."""
        state, self.next_state, self.waiting = self.next_state, None, {}
        if state is None:
            return
        if self.serving:
            self.state = state
        elif self.state_file is not None:
            save_state(self.state_file, state)

    def on_build_error(self, *, error: Exception) -> None:
        self._remove_data_dir()
        self.later = None
        self.next_state, self.waiting, self.written = None, {}, None  # the next build writes everything again
        if self.indexer is not None:
            self.indexer.close()
            self.indexer = None

    def on_serve(self, server, *, config: MkDocsConfig, builder):
        if self.templates.is_dir():
            server.watch(str(self.templates))
        if self.config.watch_events:
            watch_by_events(server)
        return server
