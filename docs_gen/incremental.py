"""Dirty builds (`mkdocs serve --dirty`, `mkdocs build --dirty`): write again only what changed.

MkDocs counts a file made in memory as modified at every build, so its `--dirty` saved nothing for a
generated site. Here each generated file carries a digest of its content; the digests of the previous
build into the same site folder (kept by the plugin while serving, in the cache folder between
`mkdocs build` runs) tell which files are unchanged, and MkDocs neither reads, renders nor writes
those. The theme frames every page with things of the whole site (the configuration, the theme's
templates, the navigation): they make the site's fingerprint, and when it changes every file counts
as changed."""
from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Iterable
from contextlib import suppress
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File
from mkdocs.structure.nav import Link, Navigation, Section

from .pagefind import SearchBase, SearchRecord

STATE_VERSION = 3


def digest(*parts: str | bytes) -> str:
    found = hashlib.blake2b(digest_size=16)
    for part in parts:
        found.update(part.encode("utf-8") if isinstance(part, str) else part)
        found.update(b"\0")
    return found.hexdigest()


class GeneratedFile(File):
    """A generated file that can tell a dirty build its output is already in the site folder."""

    # Digest of the content; None: unknown (a file copied from elsewhere), so always written.
    content_digest: str | None = None
    # Same digest as in the previous build into this site folder, whose output is still there.
    unchanged = False
    # Made and written after the build (later.py): MkDocs leaves it alone, its digest is not known yet.
    deferred = False

    def is_modified(self) -> bool:
        return not (self.unchanged or self.deferred)  # MkDocs asks only in dirty builds

    def digest(self) -> str | None:
        if self.deferred:
            return None
        if self.content_digest is None and self._content is not None:
            self.content_digest = digest(self._content)
        return self.content_digest


@dataclass
class SiteState:
    """What the previous build wrote into a site folder."""

    fingerprint: str
    digests: dict[str, str | None]  # every file's path in the site -> its content digest
    # The search record of every indexed page (by its path in the docs), so that a page not written
    # again is still indexed.
    records: dict[str, SearchRecord] = field(default_factory=dict)
    # The digest of each part of the search index, whose bundle a dirty build keeps when the part
    # gets the same pages.
    parts: list[str] = field(default_factory=list)
    # The pages of the last complete search index (a dirty `mkdocs build` may add an overlay to it).
    search: SearchBase | None = None


def _nav_items(items: Iterable, digests: dict[str, str | None]) -> list:
    """The navigation as every page shows it. A page listed without a title in mkdocs.yml is shown
    with its own, so its content joins in."""
    found: list = []
    for item in items:
        if isinstance(item, Section):
            found.append(("section", item.title, _nav_items(item.children, digests)))
        elif isinstance(item, Link):
            found.append(("link", item.title, item.url))
        else:
            title = item.__dict__.get("title")
            found.append(("page", title, item.url, None if title else digests.get(item.file.dest_uri, "?")))
    return found


def _tree(folder: str | None) -> list:
    """Paths and contents of the files under a folder (the theme's overrides: a few small files)."""
    if not folder or not os.path.isdir(folder):
        return []
    return [(p.relative_to(folder).as_posix(), p.read_bytes()) for p in sorted(Path(folder).rglob("*")) if p.is_file()]


def _version(package: str) -> str:
    with suppress(PackageNotFoundError):
        return version(package)
    return ""


def site_fingerprint(config: MkDocsConfig, nav: Navigation, digests: dict[str, str | None], code: str) -> str:
    """Everything outside its own content that a page's HTML depends on. The navigation that Material
    draws on every page lists pages by title and address; `code` is docs_gen's own fingerprint."""
    config_file = Path(config.config_file_path).read_bytes() if config.config_file_path else b""
    return digest(repr((
        STATE_VERSION, code, _version("mkdocs"), _version("mkdocs-material"), config_file,
        config.site_url, config.site_dir, config.use_directory_urls, config.theme.name,
        [str(s) for s in config.extra_css], [str(s) for s in config.extra_javascript],
        _tree(config.theme.custom_dir), _nav_items(nav.items, digests))))


def digests_of(files: Iterable[File]) -> dict[str, str | None]:
    """The digest of every file by its path in the site (None: not known, always written)."""
    return {file.dest_uri: file.digest() if isinstance(file, GeneratedFile) else None for file in files}


def mark_unchanged(files: Iterable[File], before: SiteState | None, now: SiteState) -> None:
    """Flag the generated files whose content is that of the previous build into the site folder."""
    if before is None or before.fingerprint != now.fingerprint:
        return
    for file in files:
        if isinstance(file, GeneratedFile):
            found = now.digests.get(file.dest_uri)
            file.unchanged = (found is not None and before.digests.get(file.dest_uri) == found
                              and os.path.exists(file.abs_dest_path))


def remove_stale(site_dir: Path, before: SiteState | None, now: Iterable[str]) -> int:
    """Delete from the site the files of the previous build that this one does not make (a deleted
    or renamed article's page), and the folders they leave empty. Returns how many."""
    if before is None:
        return 0
    removed = 0
    for path in set(before.digests) - set(now):
        target = site_dir / path
        with suppress(OSError):
            target.unlink()
            removed += 1
            for folder in target.parents:
                if folder == site_dir or any(folder.iterdir()):
                    break
                folder.rmdir()
    return removed


def state_path(cache_dir: Path, site_dir: str) -> Path:
    """Where the state of a site folder is kept between processes."""
    return cache_dir / f"site-{digest(os.path.abspath(site_dir))[:16]}.pickle"


def load_state(path: Path) -> SiteState | None:
    try:
        with open(path, "rb") as file:
            stored_version, state = pickle.load(file)
    except Exception:  # missing or damaged: the next dirty build writes everything
        return None
    return state if stored_version == STATE_VERSION and isinstance(state, SiteState) else None


def save_state(path: Path, state: SiteState) -> None:
    partial = path.with_name(f"{path.name}.{os.getpid()}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(partial, "wb") as file:
            pickle.dump((STATE_VERSION, state), file, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(partial, path)
    except OSError:  # only a cache: the next dirty build writes everything
        with suppress(OSError):
            partial.unlink(missing_ok=True)


def forget_state(path: Path) -> None:
    """Before a build changes the site: a build that stops half-way leaves no state that would
    claim files it did not write."""
    with suppress(OSError):
        path.unlink(missing_ok=True)
