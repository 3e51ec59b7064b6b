"""Files made after the site is served (`mkdocs serve --dirty`): the JSON exports, the feed, the
database, the CSV files and the Data page, which no article or entry page shows.

They are made from the whole corpus (at 10,000 articles the database alone takes seconds), so a save
would wait for them before the browser reloads. The build lists them as files MkDocs leaves alone;
once the browser has been told to reload, write() makes them and writes those whose content changed,
the Data page through MkDocs as the build would have, and records their digests in the site's state
for the next dirty build. The next build waits for it, as for the search index."""
from __future__ import annotations

import logging
import shutil
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.commands.build import _build_page, _populate_page
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files, InclusionLevel

from .incremental import GeneratedFile, SiteState, digest
from .pipeline import Deferred
from .superseded import Checkpoint, Superseded, never

log = logging.getLogger("mkdocs.plugins.docs_gen")


@dataclass
class DeferredFiles:
    make: Callable[[Path | None, Checkpoint], Deferred]
    placeholders: dict[str, GeneratedFile]  # by path in the docs; a hand-written page has none
    # Set as the build goes on (on_nav, on_env): what write() needs to finish the site like it.
    state: SiteState | None = None
    previous: dict[str, str | None] = field(default_factory=dict)  # digests the site folder holds
    nav: object = None
    files: Files | None = None
    env: object = None

    @classmethod
    def placed(cls, make: Callable[[Path | None, Checkpoint], Deferred], paths: Sequence[str], pages: Sequence[str],
               files: Files, config: MkDocsConfig) -> DeferredFiles:
        """Add a placeholder for each deferred file to `files` (a hand-written page of the same path
        wins), so MkDocs keeps them in the site and the navigation."""
        placeholders = {}
        for path in [*paths, *pages]:
            if path in pages and files.get_file_from_path(path) is not None:
                continue
            file = GeneratedFile.generated(config, path, content="")
            file.deferred = True
            files.append(file)
            placeholders[path] = file
        return cls(make, placeholders)

    def prepare(self, state: SiteState, previous: dict[str, str | None], nav, files: Files) -> None:
        """`state`: this build's, to complete; `previous`: the digests of what the site folder holds
        (none when every page is to be written again)."""
        self.state, self.previous, self.nav, self.files = state, previous, nav, files

    def write(self, config: MkDocsConfig, checkpoint: Checkpoint = never) -> None:
        """Make the files and write those that changed; `checkpoint` stops it for a newer build."""
        started, count = time.perf_counter(), len(self.placeholders)
        folder = Path(tempfile.mkdtemp(prefix="docs_gen-data-"))
        try:
            made = self.make(folder, checkpoint)
            written = 0
            for path, content in made.files.items():
                written += self._write_file(self.placeholders[path], content)
            for page in made.pages:
                file = self.placeholders.get(page.path)
                if file is not None:
                    written += self._write_page(file, page.content, digest(page.front, page.data), config)
        except Exception as error:  # the served pages stand; the next build makes these again
            if self.state is not None:
                for file in self.placeholders.values():
                    self.state.digests[file.dest_uri] = None
            if isinstance(error, Superseded):
                log.info(f"docs_gen: data files: stopped after {time.perf_counter() - started:.2f}s, "
                         "a newer build or the end of serving being under way")
            else:
                log.error(f"docs_gen: the data files could not be written: {type(error).__name__}: {error}")
            return
        finally:
            shutil.rmtree(folder, ignore_errors=True)
            # The build's files, pages and navigation may go now.
            self.nav = self.files = self.env = None
            self.placeholders = {}
        times = ", ".join(f"{name} {seconds:.2f}s" for name, seconds in made.timings.items())
        log.info(f"docs_gen: data files: {written} of {count} written ({times}); "
                 f"{time.perf_counter() - started:.2f}s in the background after the build")

    def _unchanged(self, file: GeneratedFile, found: str | None) -> bool:
        if self.state is not None:
            self.state.digests[file.dest_uri] = found
        return found is not None and self.previous.get(file.dest_uri) == found and Path(file.abs_dest_path).exists()

    def _write_file(self, file: GeneratedFile, content: str | bytes | Path) -> int:
        """Write one file as MkDocs copies a generated one; a file made on disk (the database) has no
        digest and is always copied, as in a build."""
        if isinstance(content, Path):
            file._content, file.abs_src_path = None, str(content)
            self._unchanged(file, None)
        else:
            file._content = content
            if self._unchanged(file, digest(content)):
                return 0
        file.copy_file()
        return 1

    def _write_page(self, file: GeneratedFile, content: str, found: str, config: MkDocsConfig) -> int:
        """Render and write one page as MkDocs' build does."""
        if self._unchanged(file, found):
            return 0
        file.content_string = content
        page = file.page
        assert page is not None and self.files is not None
        _populate_page(page, config, self.files)
        doc_files = self.files.documentation_pages(inclusion=InclusionLevel.is_in_serve)
        _build_page(page, config, doc_files, self.nav, self.env)
        page.validate_anchor_links(files=self.files, log_level=config.validation.links.anchors)
        return 1
