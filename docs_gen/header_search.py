"""The theme's search box in the header, fed by the chunked index instead of the theme's own.

Material's search box sends each query to a web worker at an address the theme fixes
(assets/javascripts/workers/search.<hash>.min.js) and renders what the worker answers; the theme
documents that worker as the place to plug in another search. docs_gen publishes a worker of its own
there, and stops the theme's search plugin (which still draws the box) from building its whole-site
index: that index is what made a large site's search download tens of megabytes."""
from __future__ import annotations

import json
import re

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

THEME_PLUGIN = "material/search"
# The theme reads this file before it starts the worker: the language and word separator of its
# query highlighting on the page opened. It gets no documents: the worker searches the chunked index.
THEME_INDEX = "search/search_index.json"
THEME_WORKER = re.compile(r"assets/javascripts/workers/search\.[0-9a-f]+\.min\.js(\.map)?")
# Where docs_gen's worker is published, and how the theme's worker address reaches it.
ENGINE = "assets/docs_gen/search-worker.js"
# The indexing events of the theme's search plugin; it keeps its others (configuration, serving).
INDEXING_EVENTS = ("page_context", "post_build")


def theme_search(config: MkDocsConfig) -> BasePlugin | None:
    """The theme's search plugin, when mkdocs.yml lists it (MkDocs names it after the theme)."""
    for name in (THEME_PLUGIN, "search"):
        plugin = config.plugins.get(name)
        if plugin is not None and type(plugin).__module__.startswith("material."):
            return plugin
    return None


def stop_theme_indexing(config: MkDocsConfig, plugin: BasePlugin) -> None:
    """Unregister the theme plugin's page indexing, so it never parses a page or writes its index."""
    for event in INDEXING_EVENTS:
        handlers = config.plugins.events[event]
        handlers[:] = [h for h in handlers if getattr(h, "__self__", None) is not plugin]


def theme_files(files: Files, config: MkDocsConfig, plugin: BasePlugin) -> None:
    """Swap the theme's search worker for a loader of docs_gen's, and add the small index it reads."""
    for file in list(files):
        if THEME_WORKER.fullmatch(file.src_uri):
            files.remove(file)
            if not file.src_uri.endswith(".map"):  # the theme's source map describes its own worker
                files.append(File.generated(config, file.src_uri, content=worker_loader(file.src_uri)))
    search_page = "search/" if config.use_directory_urls else "search.html"
    index = {"config": {"lang": list(plugin.config.lang or ["en"]), "separator": plugin.config.separator or r"[\s\-]+",
                        "pipeline": [], "docs_gen": {"search_page": search_page}}, "docs": []}
    files.append(File.generated(config, THEME_INDEX, content=json.dumps(index)))


def worker_loader(path: str) -> str:
    """A worker script at `path` that runs docs_gen's engine with the site's root as its base."""
    up = "../" * path.count("/")
    return (f"/* The theme's search worker, replaced by docs_gen's (see {ENGINE}). */\n"
            f"self.docsGenRoot = {json.dumps(up)};\nimportScripts({json.dumps(up + ENGINE)});\n")
