"""Edit, save, see it: the time from saving an edited article under `mkdocs serve` to its page.

    python bench/serve.py --articles 1000 [--edits 3] [--clean] [--project DIR]

Starts `mkdocs serve --dirty` on a synthetic corpus (bench/generate.py), waits for the first build,
then edits one article at a time (a sentence naming a new person and a date) and reports for each
save: when the served article page shows the new sentence, when the rebuild has finished (the moment
the browser is told to reload), and where the rebuild's time went, from its log: the docs_gen stages,
the Pagefind index, and MkDocs (the rest). `--clean` runs plain `mkdocs serve` for comparison.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import generate  # noqa: E402

STAGES = re.compile(r"docs_gen: \d+ articles, .*? in ([\d.]+)s \((read [^()]*)\)")
STAGE = re.compile(r"(\w+) ([\d.]+)s")
BUILT = re.compile(r"Documentation built in ([\d.]+) seconds")
# The end of each build (MkDocs logs a message only once per process: two builds of the same
# duration leave one "built in" line).
RELOADED = re.compile(r"Reloading browsers")
INDEXED = re.compile(r"Pagefind index: .*?; ([\d.]+)s after the last page")
INDEX_LINE = re.compile(r"Pagefind index: ")
DATA_LINE = re.compile(r"docs_gen: data files: ")  # serving dirty, made after the browser reloads
SETTLED = re.compile(r"docs_gen: memory settled in ")
DATA = re.compile(r"data files: .*?; ([\d.]+)s in the background")
KEPT = re.compile(r"dirty build: (\d+) unchanged pages kept")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return ""


def _rss_mb(pid: int) -> float:
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6
    except OSError:
        return float("nan")


def _wait(check, seconds: float, what: str, log: Path) -> float:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return time.monotonic()
        time.sleep(0.02)
    raise SystemExit(f"{what} within {seconds:.0f} s; the server said:\n{log.read_text(encoding='utf-8')[-3000:]}")


def _caught_up(log: Path, dirty: bool) -> bool:
    """Every build so far has its search index (and, serving dirty, its data files), and the server
    is done with what follows a build (the last of it settles the memory): a save made earlier
    waits for that before its rebuild starts."""
    text = log.read_text(encoding="utf-8")
    builds = len(RELOADED.findall(text)) + 1  # the first build reloads none
    return (len(INDEX_LINE.findall(text)) >= builds and (not dirty or len(DATA_LINE.findall(text)) >= builds)
            and len(SETTLED.findall(text)) >= builds)


def measure(project: Path, edits: int, dirty: bool, quick: bool = False) -> list[dict[str, float]]:
    """`quick`: each save follows the last as soon as its page is shown, without waiting for the work
    after the build (the search index, the data files), as an editor saving again at once would."""
    port = _free_port()
    log = project / "serve.log"
    command = [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"] + (["--dirty"] if dirty else [])
    with log.open("w", encoding="utf-8") as out:
        server = subprocess.Popen(command, cwd=project, stdout=out, stderr=subprocess.STDOUT,
                                  env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))
    root = f"http://127.0.0.1:{port}/"
    results = []
    try:
        _wait(lambda: "Serving on" in log.read_text(encoding="utf-8"), 1800, "the first build", log)
        _wait(lambda: _caught_up(log, dirty), 1800, "the first build's search index and data files", log)
        articles = sorted((project / "seeds").glob("*.txt"))
        urls = {row["source_file"]: row["url"] for row in json.loads(_get(root + "data/articles.json"))}
        for number in range(edits):
            edited = articles[(number * 7919) % len(articles)]
            page = urllib.parse.urljoin(root, urls[edited.name])
            # While serving, each build's search index is finished after it, in the background.
            if not quick:
                _wait(lambda: _caught_up(log, dirty), 600, "the search index of the previous build", log)
            text = log.read_text(encoding="utf-8")
            builds, durations = len(RELOADED.findall(text)), len(BUILT.findall(text))
            token = f"Khanh{number}x{os.getpid()}"
            lines = edited.read_text(encoding="utf-8").splitlines()
            lines.insert(2, f"Colonel Nguyen Van {token} inspected the post on May {number + 3}, 2025.")
            edited.write_text("\n".join(lines) + "\n", encoding="utf-8")
            saved = time.monotonic()
            shown = _wait(lambda: token in _get(page), 600, "the edited page", log)
            done = _wait(lambda: len(RELOADED.findall(log.read_text(encoding="utf-8"))) > builds, 600, "the rebuild", log)
            searchable = float("nan") if quick else _wait(lambda: _caught_up(log, dirty), 600, "the work after the build", log)
            text = log.read_text(encoding="utf-8")
            stages = STAGES.findall(text)[-1]
            built = float(BUILT.findall(text)[-1]) if len(BUILT.findall(text)) > durations else float("nan")
            indexed = INDEXED.findall(text)
            kept = KEPT.findall(text)
            data = DATA.findall(text)
            result = {"page shown (s)": shown - saved, "rebuild done (s)": done - saved,
                      "search index, data files and memory settled (s)": searchable - saved, "build (s)": built,
                      "data files, in the background (s)": float(data[-1]) if data and dirty else 0.0,
                      "docs_gen stages (s)": float(stages[0]),
                      "Pagefind after the last page (s)": float(indexed[-1]) if indexed else 0.0,
                      "pages kept": float(kept[-1]) if kept and dirty else 0.0,
                      "server memory (MB)": _rss_mb(server.pid)}
            result.update({f"  {name} (s)": float(value) for name, value in STAGE.findall(stages[1])})
            result["MkDocs, the rest (s)"] = (built - result["docs_gen stages (s)"]
                                              - result["Pagefind after the last page (s)"])
            result["save to build start (s)"] = done - saved - built
            results.append(result)
            time.sleep(1)  # let the server settle before the next save
    finally:
        server.terminate()
        server.wait(timeout=60)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--edits", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--clean", action="store_true", help="plain `mkdocs serve`, without --dirty")
    parser.add_argument("--project", type=Path, help="use (or make) the corpus in this folder")
    parser.add_argument("--quick", action="store_true",
                        help="save again as soon as the page is shown, without waiting for the work after the build")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="docs_gen-serve-") as scratch:
        project = args.project or Path(scratch) / "project"
        if not (project / "mkdocs.yml").exists():
            generate(args.articles, args.seed, project)
        results = measure(project, args.edits, not args.clean, args.quick)
        articles = len(list((project / "seeds").glob("*.txt")))
    mode = "mkdocs serve" if args.clean else "mkdocs serve --dirty"
    print(f"{mode}, {articles} articles, {len(results)} edits{', each made once the last was shown' if args.quick else ''} "
          f"(each column one save)")
    for name in results[0]:
        print(f"| {name} | " + " | ".join(f"{r[name]:.2f}" for r in results) + " |")


if __name__ == "__main__":
    main()
