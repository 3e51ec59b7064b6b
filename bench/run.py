"""Build synthetic corpora with `mkdocs build` and report time, memory, size and search figures.

    python bench/run.py --sizes 1000,10000 [--repeat 3] [--search default|material]

Writes the results table into bench/README.md (between the results markers) and prints it.
"""
from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import generate  # noqa: E402

HERE = Path(__file__).resolve().parent
STAGES = re.compile(r"docs_gen: .* (\d+) articles extracted \((\d+) cached\) .*\((read [^()]*)\)")
STAGE = re.compile(r"(\w+) ([\d.]+)s")  # "read 0.24s" in the list of stages


def use_search(project: Path, search: str) -> None:
    """Configure the corpus' mkdocs.yml for `search`: `default` keeps the mkdocs.yml that ships (the
    chunked index behind the header's search box); `material` switches to the theme's own search."""
    if search == "default":
        return
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("  - search\n", "  - search:\n      lang: [en, vi]\n")
    config = config.replace("  - docs_gen:\n", "  - docs_gen:\n      search: material\n")
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")


def _descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            children.setdefault(int(stat.rsplit(")", 1)[1].split()[1]), []).append(int(entry))
    found, stack = [], [pid]
    while stack:
        found.append(stack.pop())
        stack.extend(children.get(found[-1], []))
    return found


def _pss_kb(pid: int) -> int:
    """Proportional set size: memory shared between forked processes counts once in the sum."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _rss_kb(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * (os.sysconf("SC_PAGE_SIZE") // 1024)
    except OSError:
        return 0


def _exe(pid: int) -> str:
    try:
        return os.readlink(f"/proc/{pid}/exe")
    except OSError:
        return ""


def memory_kb(pid: int) -> int:
    """The memory of `pid` and all its children. While forked workers share the build's pages, their
    proportional set sizes; otherwise resident sizes, as reading the proportional size walks the
    page tables of a large process (15 ms at 1 GB), which slowed the measured build by 3 s."""
    processes = _descendants(pid)
    build = _exe(pid)
    forked = sum(_exe(p) == build for p in processes) > 1
    return sum(map(_pss_kb if forked else _rss_kb, processes))


def run_measured(command: list[str], cwd: Path) -> tuple[subprocess.CompletedProcess, float, float]:
    """Run `command`; returns the result, wall seconds and the peak memory in MB of the process and
    all its children together (the pipeline's workers, Pagefind), sampled every half second."""
    started = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        process = subprocess.Popen(command, cwd=cwd, stdout=out, stderr=err, text=True,
                                   env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))
        peak = 0
        while process.poll() is None:
            peak = max(peak, memory_kb(process.pid))
            time.sleep(0.5)
        wall = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        result = subprocess.CompletedProcess(command, process.returncode, out.read(), err.read())
    return result, wall, peak / 1024


def mkdocs_build(project: Path) -> tuple[str, float, float]:
    """`mkdocs build` in `project`: its log, wall seconds and peak memory (MB)."""
    result, wall, peak = run_measured([sys.executable, "-m", "mkdocs", "build"], project)
    if result.returncode:
        raise SystemExit(result.stderr[-3000:])
    return result.stderr, wall, peak


def stages(log: str) -> tuple[int, int, dict[str, float]]:
    """Articles extracted, articles taken from the cache, and seconds per docs_gen stage."""
    found = STAGES.search(log)
    if not found:
        return 0, 0, {}
    extracted, cached, listed = found.groups()
    return int(extracted), int(cached), {name: float(value) for name, value in STAGE.findall(listed)}


def build(project: Path, search: str) -> tuple[dict[str, float], dict[str, float]]:
    """A first build (no cache yet): the table's figures, and the seconds of each docs_gen stage."""
    log, wall, peak = mkdocs_build(project)
    _, _, seconds = stages(log)
    site = project / "site"
    index = [(site / "search" / "search_index.json").read_bytes()]
    if search == "default":
        index += [p.read_bytes() for p in (site / "pagefind").rglob("*") if p.is_file()]
    first, downloaded = first_result(site, search)
    figures = {
        "build (s)": wall,
        "docs_gen stages (s)": sum(seconds.values()) if seconds else float("nan"),
        "peak memory (MB)": peak,
        "site size (MB)": sum(p.stat().st_size for p in site.rglob("*") if p.is_file()) / 1e6,
        "search index (MB)": sum(len(data) for data in index) / 1e6,
        "search index gzip (MB)": sum(len(gzip.compress(data, 6)) for data in index) / 1e6,
        "first search result (s)": first,
        "search data fetched for it, gzip (MB)": downloaded,
        "kb.sqlite (MB)": _size(site / "data" / "kb.sqlite") / 1e6,
        "CSV files (MB)": _size(site / "data" / "csv") / 1e6,
    }
    return figures, seconds


def _size(path: Path) -> int:
    """Bytes of a file, or of the files in a folder; 0 when it is missing (a build of older code)."""
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.is_dir() else 0


_TIMER = """
window.__typed = window.__shown = null;
document.addEventListener("input", () => { if (window.__typed === null) window.__typed = performance.now(); }, true);
new MutationObserver(() => {
  if (window.__shown === null && document.querySelector(%s)) window.__shown = performance.now();
}).observe(document, {childList: true, subtree: true});
"""


# What the browser fetches to search: the index and the scripts that read it.
SEARCH_DATA = re.compile(r"/pagefind/|/search/search_index\.json$|/workers/search\.|/assets/docs_gen/search-")


def first_result(site: Path, search: str, query: str = "bien phong") -> tuple[float, float]:
    """Seconds from typing a query into the header's search box of a freshly opened home page to the
    first result in Chromium, and the search data fetched by then (MB, gzip-compressed as a web host
    would serve it): the index and the search scripts, the theme's page scripts aside."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return float("nan"), float("nan")
    if not Path("/usr/bin/chromium").exists():
        return float("nan"), float("nan")

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    fetched: list[int] = []

    def count(response) -> None:
        if SEARCH_DATA.search(response.url.split("?", 1)[0]):
            try:
                fetched.append(len(gzip.compress(response.body(), 6)))
            except Exception:  # a response without a body (a redirect)
                pass

    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=[
                "--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--no-first-run"])
            page = browser.new_page()
            page.on("response", count)
            address = f"http://127.0.0.1:{server.server_address[1]}/"
            box, result = "input.md-search__input", ".md-search-result__item"
            # Timed in the page, from the input event to the first result in the document (the
            # driver's own polling would add a few hundred milliseconds). The query is typed as soon
            # as the page has loaded, while the search may still be fetching its first files.
            page.add_init_script(_TIMER % json.dumps(result))
            page.goto(address)
            page.fill(box, query)
            page.wait_for_selector(result, timeout=300_000)
            elapsed = page.evaluate("(window.__shown - window.__typed) / 1000")
            downloaded = sum(fetched) / 1e6
            browser.close()
            return elapsed, downloaded
    finally:
        server.shutdown()


def best_of(runs: int, project: Path, search: str) -> tuple[dict[str, float], dict[str, float]]:
    """`runs` first builds: the lowest of each time (what the machine's other work did not add), the
    highest peak memory, and the stage seconds of the build whose stages were quickest."""
    builds = []
    for _ in range(runs):
        shutil.rmtree(project / ".cache", ignore_errors=True)
        builds.append(build(project, search))
    figures = dict(builds[0][0])
    for name in figures:
        values = [b[0][name] for b in builds]
        figures[name] = max(values) if "memory" in name else min(values)
    seconds = min(builds, key=lambda b: b[0]["docs_gen stages (s)"])[1]
    return figures, seconds


def rebuild_after_edit(project: Path, first: dict[str, float], first_stages: dict[str, float]) -> str:
    """Edit one article and run `mkdocs build` again: the extraction cache on disk (.cache/docs_gen)
    spares every other article."""
    edited = next(iter(sorted((project / "seeds").glob("*.txt"))))
    edited.write_text(edited.read_text(encoding="utf-8") + "\nThe post held a meeting on May 5, 2025.\n", encoding="utf-8")
    log, wall, _ = mkdocs_build(project)
    extracted, cached, seconds = stages(log)
    return (f"{extracted} article(s) extracted again, {cached} from the cache; extract "
            f"{first_stages.get('extract', float('nan')):.2f}s -> {seconds.get('extract', float('nan')):.2f}s, "
            f"docs_gen stages {first['docs_gen stages (s)']:.2f}s -> {sum(seconds.values()):.2f}s, "
            f"build {first['build (s)']:.2f}s -> {wall:.2f}s")


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    memory = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                  if line.startswith("MemTotal")) / 1024 / 1024
    import material
    import mkdocs
    return (f"{os.cpu_count()} cores ({cpu}), {memory:.0f} GiB, Python {platform.python_version()}, "
            f"MkDocs {mkdocs.__version__}, Material {getattr(material, '__version__', '?')}")


def table(results: dict[int, dict[str, float]]) -> str:
    sizes = sorted(results)
    header = "| figure | " + " | ".join(f"{n:,} articles" for n in sizes) + (" | ratio |" if len(sizes) > 1 else " |")
    lines = [header, "|---" * (len(sizes) + 1 + (len(sizes) > 1)) + "|"]
    for name in results[sizes[0]]:
        values = [results[n][name] for n in sizes]
        row = f"| {name} | " + " | ".join(f"{v:.2f}" for v in values)
        if len(sizes) > 1:
            row += f" | {values[-1] / values[0]:.1f}×" if values[0] else " | –"
        lines.append(row + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--search", choices=("default", "material"), default="default",
                        help="default: the mkdocs.yml that ships (the chunked index); material: the theme's own")
    parser.add_argument("--keep", type=Path, help="keep the generated projects in this folder")
    parser.add_argument("--repeat", type=int, default=1,
                        help="first builds per size (each without cache); times are the best, memory the highest")
    args = parser.parse_args()
    results: dict[int, dict[str, float]] = {}
    notes = []
    with tempfile.TemporaryDirectory() as scratch:
        base = args.keep or Path(scratch)
        for size in (int(s) for s in args.sizes.split(",")):
            project = base / f"corpus-{size}"
            generate(size, args.seed, project)
            use_search(project, args.search)
            results[size], seconds = best_of(args.repeat, project, args.search)
            notes.append(f"- {size:,} articles, stages of the first build: "
                         + ", ".join(f"{name} {value:.2f}s" for name, value in seconds.items()))
            notes.append(f"- {size:,} articles, `mkdocs build` again after editing one article: "
                         f"{rebuild_after_edit(project, results[size], seconds)}")
            print(f"{size}: {results[size]}", file=sys.stderr, flush=True)
    runs = f"best of {args.repeat} first builds (times; memory: the highest)" if args.repeat > 1 else "one first build"
    report = f"Machine: {machine()}\nSearch: {args.search}\nFigures: {runs}\n\n{table(results)}\n\n" + "\n".join(notes)
    print(report)
    readme = HERE / "README.md"
    text = readme.read_text(encoding="utf-8")
    text = re.sub(r"(<!-- results:start -->\n).*?(\n<!-- results:end -->)", lambda m: m.group(1) + report + m.group(2),
                  text, flags=re.S)
    readme.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
