"""The chunked search index (`search: pagefind`): Pagefind indexes the built site into small files
that a reader's browser fetches only as a query needs them, so search stays fast on large sites."""
from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

from .errors import InputError, Problem

BUNDLE = "pagefind"
# One index for both languages, so a search from any page finds articles in either. Pagefind folds
# diacritics except đ; the search page asks for both spellings of a word that starts with d.
LANGUAGE = "en"
# The theme's permalink signs after headings would end every result title with "¶".
IGNORED = ".headerlink"


def pagefind_available() -> bool:
    return importlib.util.find_spec("pagefind") is not None


def build_index(site_dir: Path) -> str:
    """Index the pages of `site_dir` that mark their content with data-pagefind-body; returns Pagefind's
    summary. Raises InputError when Pagefind is missing or fails."""
    if not pagefind_available():
        raise InputError(Problem("mkdocs.yml", None, "search: pagefind needs the Pagefind package",
                                 "install it with: pip install 'docs_gen[pagefind]'"))
    command = [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--output-subdir", BUNDLE,
               "--force-language", LANGUAGE, "--exclude-selectors", IGNORED]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode:
        raise InputError(Problem("mkdocs.yml", None, f"Pagefind could not index the site: {result.stderr.strip()[-2000:]}",
                                 "check that the site folder was built and is writable"))
    indexed = [line.strip() for line in result.stdout.splitlines() if line.strip().startswith("Indexed")]
    return ", ".join(indexed)
