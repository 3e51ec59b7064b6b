"""What a build made, kept on disk between `mkdocs build --dirty` runs: the articles read, the mentions
extracted, the links chosen and the pages rendered, so that a new process makes again only what an
edit reaches, as a server does between saves (see pipeline.generate).

The memos are one pickle: they find unchanged things by identity (an unchanged article is the very
object of the previous build, and so are its mentions and the pages made from them), which a pickle
keeps within itself. Writing it takes seconds at 10,000 articles, so a forked copy of the process
writes it while MkDocs writes the site, and goes on after the build has returned; it holds a lock on
the file meanwhile, which the next build waits for before it reads."""
from __future__ import annotations

import gc
import logging
import os
import pickle
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: the memos are not kept
    fcntl = None  # type: ignore[assignment]

from . import models as m
from .curated import Curated
from .link_memo import LinkMemo
from .page_inputs import PageMemo
from .pipeline import ReadCache, code_fingerprint
from .render import PageSource
from .row_memo import RowMemo

log = logging.getLogger("mkdocs.plugins.docs_gen")
MEMO_FILE = "memo.pickle"
LOCK_FILE = "memo.lock"


@dataclass
class Memos:
    reader: ReadCache
    memo: PageMemo
    linker: LinkMemo
    curated: tuple[str, Curated]  # the curated data, by its files' digest
    fingerprint: str | None  # of the curated data the mentions were extracted with
    extracted: dict[str, tuple]  # mentions by article content (ExtractionCache.entries)
    keys: list[tuple[m.Article, str]]  # each article of the build, with its content key
    rows: RowMemo  # the lines of the exports and the rows of the database
    digests: dict[str, tuple[PageSource, str]]  # each generated page's digest, with the very page


def load_memos(folder: Path) -> Memos | None:
    """The memos in `folder`, if this code wrote them; else None (the build makes everything). Waits
    for a build still writing them. Call it with the collector paused (pipeline.collector_paused)
    until what they hold is frozen with what the build makes: the millions of objects they are would
    otherwise be walked again and again (a load of 5 s took 10)."""
    try:
        with _locked(folder, fcntl.LOCK_SH if fcntl else 0), open(folder / MEMO_FILE, "rb") as file:
            version, memos = pickle.load(file)
    except Exception:  # missing, damaged or foreign: only a cache
        return None
    return memos if version == code_fingerprint() and isinstance(memos, Memos) else None


def save_memos_aside(folder: Path, memos: Memos, also: Callable[[], None] | None = None) -> bool:
    """Write the memos into `folder` from a forked copy of this process, then run `also` there.
    False where the system cannot fork or lock files: nothing is written."""
    if fcntl is None or not hasattr(os, "fork"):
        return False
    try:
        folder.mkdir(parents=True, exist_ok=True)
        lock = os.open(folder / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        return False
    fcntl.flock(lock, fcntl.LOCK_EX)  # taken before the fork: a build that starts next waits for it
    try:
        pid = os.fork()
    except OSError:  # out of memory or processes: the lock goes with the descriptor
        os.close(lock)
        return False
    if pid:
        os.close(lock)  # the copy holds the lock until it is done
        return True
    code = 1
    try:
        _detach()
        gc.disable()
        _save(folder, memos)
        if also is not None:
            also()
        code = 0
    finally:
        os._exit(code)  # the copy runs none of the parent's exit handlers


def _detach() -> None:
    """Let go of the terminal and of the pipes the build was started with, whose reader (a script that
    waits for the build's output to end) would otherwise wait for this copy too."""
    with suppress(OSError):
        os.setsid()
    null = os.open(os.devnull, os.O_RDWR)
    for stream in (0, 1, 2):
        os.dup2(null, stream)
    os.close(null)


def _save(folder: Path, memos: Memos) -> None:
    partial = folder / f"{MEMO_FILE}.{os.getpid()}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with open(partial, "wb") as file:
            pickle.dump((code_fingerprint(), memos), file, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(partial, folder / MEMO_FILE)  # readers never see half a file
    except Exception:  # a read-only project, a full disk: the next dirty build makes everything
        with suppress(OSError):
            partial.unlink(missing_ok=True)


def forget_memos(folder: Path) -> None:
    with suppress(OSError):
        (folder / MEMO_FILE).unlink(missing_ok=True)


@contextmanager
def _locked(folder: Path, mode: int) -> Iterator[None]:
    """Hold the memos' lock in `mode` (none where files cannot be locked)."""
    if not mode or not (folder / LOCK_FILE).exists():
        yield
        return
    with open(folder / LOCK_FILE, "rb") as lock:
        started = time.perf_counter()
        fcntl.flock(lock, mode)
        waited = time.perf_counter() - started
        if waited > 0.1:
            log.info(f"docs_gen: waited {waited:.2f}s for the last dirty build to finish writing what it made")
        yield
