"""The docs-gen command: build the generated Markdown into a folder, or check a corpus."""
from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

from .curated import load_curated
from .pipeline import CURATED_FOLDER, ExtractionCache, Options, collect_sources, generate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="docs-gen", description=__doc__)
    parser.add_argument("--seeds", type=Path, default=Path("seeds"), help="folder of articles (default: seeds)")
    parser.add_argument("--templates", type=Path, default=Path("templates"), help="Jinja2 templates (default: templates)")
    parser.add_argument("--quiet", action="store_true", help="no progress output")
    parser.add_argument("--cache-dir", type=Path, help="what was extracted from each article, kept for the next run "
                        "(default: .cache/docs_gen beside the seeds folder, as the MkDocs plugin keeps it)")
    parser.add_argument("--no-cache", action="store_true", help="extract every article again and keep nothing")
    commands = parser.add_subparsers(dest="command", required=True)
    build = commands.add_parser("build", help="write the generated Markdown and data files (JSON, SQLite, CSV) to a folder")
    build.add_argument("--out", type=Path, required=True, help="output folder (created; existing files are replaced)")
    check = commands.add_parser("check", help="report problems, inferred and unplaced dates, and term candidates")
    check.add_argument("--strict", action="store_true", help="exit 1 on warnings too")
    args = parser.parse_args(argv)

    if not args.seeds.is_dir():
        print(f"docs-gen: error: no folder {args.seeds}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    sources = collect_sources(args.seeds)
    curated = load_curated(args.seeds / CURATED_FOLDER, f"{CURATED_FOLDER}/")
    cache_dir = None if args.no_cache else (args.cache_dir or args.seeds.resolve().parent / ".cache" / "docs_gen")
    cache = ExtractionCache(cache_dir)
    result = generate(sources, curated, Options(args.templates.resolve(), data=args.command == "build"),
                      progress=None if args.quiet else _progress, cache=cache)
    prefix = args.seeds.as_posix().rstrip("/") + "/"
    for problem in result.problems:
        print(prefix + str(problem), file=sys.stderr)
    corpus = result.corpus
    if args.command == "build":
        _write(args.out, {p.path: p.content for p in result.pages} | result.files)
    else:
        _report_dropped(corpus)
        _report_dates(corpus)
        _report_candidates(corpus)
    timings = ", ".join(f"{name} {seconds:.2f}s" for name, seconds in result.timings.items())
    print(f"{len(corpus.articles)} articles, {len(corpus.entities)} entries, {len(corpus.timeline)} dates, "
          f"{len(result.problems)} problems; {cache.misses} articles extracted ({cache.hits} cached); {timings}; total {time.perf_counter() - started:.2f}s")
    errors = [p for p in result.problems if p.severity == "error" or getattr(args, "strict", False)]
    return 1 if errors else 0


_UNITS = {"read": "articles read", "extract": "articles extracted", "render": "pages rendered"}


def _progress(stage: str, done: int, total: int) -> None:
    """One line per stage, rewritten in place: 'extract 4200/10000 articles extracted'."""
    if done == total or done % 100 == 0:
        end = "\n" if done == total else ""
        print(f"\r{stage} {done}/{total} {_UNITS.get(stage, '')}", end=end, file=sys.stderr, flush=True)


def _write(out: Path, files: dict[str, str | bytes | Path]) -> None:
    for path, content in sorted(files.items()):
        target = (out / path).resolve()
        if out.resolve() not in target.parents:
            raise SystemExit(f"docs-gen: error: refusing to write outside {out}: {path}")
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, Path):
            shutil.copyfile(content, target)
        elif isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
    print(f"wrote {len(files)} files to {out}")


def _report_dropped(corpus) -> None:
    """Lines left out of the pages (boilerplate, scraped image markers, datelines), so none goes silently."""
    for article in corpus.articles:
        for line in article.dropped:
            print(f"{article.source_file}: dropped {line!r}")


def _report_dates(corpus) -> None:
    by_article: dict[str, list[str]] = {}
    for entry in corpus.timeline:
        if entry.inferred:
            by_article.setdefault(entry.article, []).append(f"inferred {entry.value} from {entry.text!r}")
    for entry in corpus.undated:
        by_article.setdefault(entry.article, []).append(f"could not place {entry.text!r} (no year decides it)")
    for article in corpus.articles:
        for line in by_article.get(article.id, ()):
            print(f"{article.source_file}: {line}")


def _report_candidates(corpus, limit: int = 50) -> None:
    """Phrases that look like terms of art but are not in the glossary, for an editor to promote."""
    if not corpus.candidates:
        return
    print(f"term candidates not in the glossary ({len(corpus.candidates)}; the {min(limit, len(corpus.candidates))} most used):")
    for candidate in corpus.candidates[:limit]:
        mark = " [uncurated page]" if candidate.promoted else ""
        print(f"  {candidate.phrase!r}: {candidate.count}x in {len(candidate.articles)} article(s): "
              f"{', '.join(candidate.articles[:5])}{mark}")


if __name__ == "__main__":
    sys.exit(main())
