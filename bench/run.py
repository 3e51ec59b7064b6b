"""Build synthetic corpora with `mkdocs build` and report time, memory, size and search figures.

    python bench/run.py --sizes 1000,10000

Writes the results table into bench/README.md (between the results markers) and prints it.
"""
from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import os
import platform
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import generate  # noqa: E402

HERE = Path(__file__).resolve().parent
STAGES = re.compile(r"docs_gen: .*\(read ([\d.]+)s, extract ([\d.]+)s, link ([\d.]+)s, render ([\d.]+)s\)")


def build(project: Path) -> dict[str, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build"], cwd=project, capture_output=True, text=True,
                            env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))
    wall = time.perf_counter() - started
    if result.returncode:
        raise SystemExit(result.stderr[-3000:])
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    stages = STAGES.search(result.stderr)
    site = project / "site"
    index = (site / "search" / "search_index.json").read_bytes()
    return {
        "build (s)": wall,
        "docs_gen stages (s)": sum(float(x) for x in stages.groups()) if stages else float("nan"),
        "peak memory (MB)": max(peak, before) / 1024,
        "site size (MB)": sum(p.stat().st_size for p in site.rglob("*") if p.is_file()) / 1e6,
        "search index (MB)": len(index) / 1e6,
        "search index gzip (MB)": len(gzip.compress(index, 6)) / 1e6,
        "first search result (s)": first_result(site),
    }


def first_result(site: Path, query: str = "bien phong") -> float:
    """Seconds from typing a query on a freshly opened home page to the first result, in Chromium."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return float("nan")
    if not Path("/usr/bin/chromium").exists():
        return float("nan")

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=[
                "--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--no-first-run"])
            page = browser.new_page()
            page.goto(f"http://127.0.0.1:{server.server_address[1]}/")
            started = time.perf_counter()
            page.fill("input.md-search__input", query)
            page.wait_for_selector(".md-search-result__item", timeout=300_000)
            elapsed = time.perf_counter() - started
            browser.close()
            return elapsed
    finally:
        server.shutdown()


def incremental(project: Path) -> str:
    """Rebuild the pipeline after editing one article, in one process: how many articles are extracted again."""
    from docs_gen.curated import load_curated
    from docs_gen.pipeline import ExtractionCache, Options, collect_sources, generate as run

    seeds = project / "seeds"
    curated = load_curated(seeds / "_data")
    cache = ExtractionCache()
    options = Options(project / "templates")
    first = run(collect_sources(seeds), curated, options, cache=cache)
    edited = next(iter(sorted(seeds.glob("*.txt"))))
    edited.write_text(edited.read_text(encoding="utf-8") + "\nThe post held a meeting on May 5, 2025.\n", encoding="utf-8")
    second = run(collect_sources(seeds), curated, options, cache=cache)
    return (f"{cache.misses} article(s) extracted again, {cache.hits} from cache; extract "
            f"{first.timings['extract']:.2f}s -> {second.timings['extract']:.2f}s")


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
    parser.add_argument("--keep", type=Path, help="keep the generated projects in this folder")
    args = parser.parse_args()
    results: dict[int, dict[str, float]] = {}
    notes = []
    with tempfile.TemporaryDirectory() as scratch:
        base = args.keep or Path(scratch)
        for size in (int(s) for s in args.sizes.split(",")):
            project = base / f"corpus-{size}"
            generate(size, args.seed, project)
            results[size] = build(project)
            notes.append(f"- {size:,} articles, incremental rebuild: {incremental(project)}")
            print(f"{size}: {results[size]}", file=sys.stderr, flush=True)
    report = f"Machine: {machine()}\n\n{table(results)}\n\n" + "\n".join(notes)
    print(report)
    readme = HERE / "README.md"
    text = readme.read_text(encoding="utf-8")
    text = re.sub(r"(<!-- results:start -->\n).*?(\n<!-- results:end -->)", lambda m: m.group(1) + report + m.group(2),
                  text, flags=re.S)
    readme.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
