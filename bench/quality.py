"""Score docs_gen's extractors against the real-world evaluation set in bench/realworld/.

    python bench/quality.py                   # precision, recall and F1 per kind, for each half
    python bench/quality.py --check           # every gold surface occurs in its text
    python bench/quality.py --show people     # what was missed or wrong, dev half only
    python bench/quality.py --write           # also write the figures to bench/realworld/scores.md

Items are compared per article as sets of distinct things (see bench/realworld/README.md). Where the
texts are absent (they are not committed) the command says so and exits without scoring.
"""
from __future__ import annotations

import argparse
import hashlib
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from docs_gen import models as m  # noqa: E402
from docs_gen.curated import load_curated  # noqa: E402
from docs_gen.decode import normalise  # noqa: E402
from docs_gen.extract.article import extract_article  # noqa: E402
from docs_gen.link import link_corpus  # noqa: E402
from docs_gen.read import read_article  # noqa: E402

SET = ROOT / "bench" / "realworld"
KINDS = ("people", "places", "organisations", "documents", "dates")
SCORED = ("people", "places", "organisations", "numbered documents", "all documents", "dates")
_ENTITY_KIND = {"people": m.PERSON, "places": m.PLACE, "organisations": m.ORGANISATION}

# Words that say what kind of place a name is; "Nghia Thuan commune" and "xã Nghĩa Thuận" are one place.
_PLACE_TYPES = re.compile(
    r"\b(?:province|provincial|city|district|commune|ward|township|town|village|hamlet|border gate|"
    r"international|national|main|auxiliary|secondary|river|island|islands|archipelago|mountain|pass|sea|"
    r"tinh|thanh pho|huyen|thi xa|thi tran|xa|phuong|ban|thon|lang|to dan pho|cua khau|quoc te|chinh|phu|"
    r"song|dao|quan dao|nui|deo|bien)\b")
_MARKER = re.compile(r"\b(?:border\s+)?(?:marker|landmark|milestone|cot moc|moc)\s*(?:no\.?|so)?\s*", re.IGNORECASE)


_D = str.maketrans("đĐðÐ", "dDdD")  # "Ð" (eth) stands for "Đ" on some Vietnamese sites


def fold(text: str) -> str:
    """Lower case, no diacritics, "đ" as "d", apostrophes and punctuation as spaces."""
    text = unicodedata.normalize("NFD", text.translate(_D))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[’'`\"“”()\[\],.;:!?]", " ", text)
    text = re.sub(r"^\s*the\s+", "", text)
    return " ".join(text.replace("-", " ").split())


def fold_place(text: str) -> str:
    folded = _MARKER.sub("marker ", fold(text))
    return " ".join(_PLACE_TYPES.sub(" ", folded).split()) or folded


def fold_code(text: str) -> str:
    """'No. 01/CT-TTg' -> '1/CT-TTG': case, spaces, diacritics and leading zeros do not matter."""
    folded = re.sub(r"^(?:NO|SO|NUMBER)", "", fold(text).upper().replace(" ", ""))
    return folded.lstrip("0") or folded


def half_of(url: str) -> str:
    return "dev" if hashlib.sha1(url.encode()).hexdigest()[0] in "01234567" else "test"


@dataclass
class GoldArticle:
    id: str
    url: str
    half: str
    language: str
    outlet: str
    gold: dict
    text: str | None


def load_set(folder: Path = SET) -> list[GoldArticle]:
    out = []
    for path in sorted((folder / "gold").glob("*.yml")):
        gold = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        text_path = folder / "texts" / f"{path.stem}.txt"
        text = text_path.read_text(encoding="utf-8") if text_path.is_file() else None
        out.append(GoldArticle(path.stem, gold["url"], half_of(gold["url"]), gold.get("language", ""),
                               gold.get("outlet", ""), gold, text))
    return out


def tuning_urls(folder: Path = SET) -> set[str]:
    """Pages read while writing the rules: they may not join the set."""
    path = folder / "tuning-urls.txt"
    lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def check(articles: list[GoldArticle]) -> list[str]:
    """Problems with the set itself: missing fields, wrong ids, surfaces absent from their text, pages
    read while writing the rules."""
    problems = []
    read_for_rules = tuning_urls()
    for article in articles:
        if article.url in read_for_rules:
            problems.append(f"{article.id}.yml: its page was read while writing the rules (tuning-urls.txt)")
        expected = hashlib.sha1(article.url.encode()).hexdigest()[:12]
        if expected != article.id:
            problems.append(f"{article.id}.yml: id should be {expected} (SHA-1 of its url)")
        for name in ("url", "query", "outlet", "language"):
            if not article.gold.get(name):
                problems.append(f"{article.id}.yml: no {name}")
        if article.text is None:
            continue
        for kind in KINDS:
            for item in article.gold.get(kind) or []:
                for surface in [item.get("name"), item.get("written"), *(item.get("aliases") or [])]:
                    if surface and str(surface) not in article.text:
                        problems.append(f"{article.id}.yml: {kind}: {surface!r} is not in the text")
    return problems


# --- what docs_gen finds --------------------------------------------------------------------------

@dataclass
class Found:
    """One distinct thing found in an article: its spellings there and, for documents, its code."""
    label: str
    forms: set[str] = field(default_factory=set)
    code: str = ""


def run_extractors(articles: list[GoldArticle]) -> dict[str, dict[str, list[Found]]]:
    """article id -> kind -> things found, through the same read, extract and link stages as a build."""
    curated = load_curated(ROOT / "seeds" / "_data")
    extractors = curated.extractors()
    read = []
    for article in articles:
        result = read_article(normalise(f"{article.text}\n\nSource: {article.url}\n"), f"{article.id}.txt")
        parsed = result.article
        if not parsed.title_derived:  # the reader takes a short first line as the headline: score it too
            heading = m.Block(m.HEADING, parsed.title, 1, "title")
            parsed = type(parsed)(**{**parsed.__dict__, "id": article.id, "blocks": (heading, *parsed.blocks)})
        else:
            parsed = type(parsed)(**{**parsed.__dict__, "id": article.id})
        read.append(parsed)
    extracted = [extract_article(a, extractors) for a in read]
    corpus = link_corpus(read, extracted, curated)
    found: dict[str, dict[str, list[Found]]] = {a.id: defaultdict(list) for a in articles}
    for (kind, key), entity in corpus.entities.items():
        by_article: dict[str, set[str]] = defaultdict(set)
        for occurrence in entity.occurrences:
            by_article[occurrence.article].add(occurrence.text)
        for article_id, forms in by_article.items():
            if kind == m.DOCUMENT:  # the number as this article writes it
                codes = [x.get("code") or x.get("number") for _, x in corpus.mentions[article_id]
                         if x.kind == m.DOCUMENT and x.key == key]
                code = max(codes, key=len, default="")
                found[article_id]["documents"].append(Found(entity.name, forms | {entity.name}, code))
            for name, entity_kind in _ENTITY_KIND.items():
                if kind == entity_kind:
                    found[article_id][name].append(Found(entity.name, forms | {entity.name}))
    # The two ends of a period ("(March 3, 1959 - 2024)") are timeline entries of their own as well, at the
    # period's place; the gold lists the expression once, as the period. A day written without its year
    # ("Sáng 3-3") that falls on an end, or a year written in another sentence ("From 2009 to present"
    # beside "2009 - 2014"), is an expression of its own, unless the period's year was taken from outside too.
    ends = {(e.article, e.anchor, end): e.inferred for e in (*corpus.timeline, *corpus.undated) if "/" in e.value
            for end in e.value.split("/")}
    for entry in (*corpus.timeline, *corpus.undated):
        period_inferred = ends.get((entry.article, entry.anchor, entry.value))
        if period_inferred is not None and (not entry.inferred or period_inferred):
            continue
        values = {entry.value}
        if entry.inferred:  # a year taken from outside the sentence: the gold may leave it unknown
            values.add("/".join("XXXX" + part[4:] if part[:4].isdigit() else part for part in entry.value.split("/")))
        found[entry.article]["dates"].append(Found(entry.value, values))
    return found


# --- comparing ------------------------------------------------------------------------------------

@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    def add(self, other: "Tally") -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn
        self.misses += other.misses
        self.wrong += other.wrong

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _match(gold_keys: list[set[str]], found_keys: list[set[str]], gold_labels, found_labels, where: str) -> Tally:
    """The most pairs of a found and a gold item that share a spelling, each item in one pair at most
    (a found item that could take either of two gold items leaves the other to the item that can take
    it only: "Border Guard Command" may be the national or the provincial command)."""
    candidates = [[i for i, gold in enumerate(gold_keys) if gold & keys] for keys in found_keys]
    partner: dict[int, int] = {}  # gold item -> found item

    def assign(found: int, seen: set[int]) -> bool:
        for gold in candidates[found]:
            if gold not in seen:
                seen.add(gold)
                if gold not in partner or assign(partner[gold], seen):
                    partner[gold] = found
                    return True
        return False

    for found in range(len(found_keys)):
        assign(found, set())
    matched = set(partner.values())
    tally = Tally(tp=len(partner), fp=len(found_keys) - len(partner), fn=len(gold_keys) - len(partner))
    tally.wrong = [f"{where}: {label}" for i, label in enumerate(found_labels) if i not in matched]
    tally.misses = [f"{where}: {gold_labels[i]}" for i in range(len(gold_keys)) if i not in partner]
    return tally


def score_article(article: GoldArticle, found: dict[str, list[Found]]) -> dict[str, Tally]:
    gold = article.gold
    tallies = {}
    for kind in ("people", "places", "organisations"):
        folder = fold_place if kind == "places" else fold
        items = gold.get(kind) or []
        gold_keys = [{folder(str(s)) for s in [i.get("name"), i.get("written"), *(i.get("aliases") or [])] if s}
                     for i in items]
        labels = [f"{i.get('name')} ({i.get('written', '')})" for i in items]
        things = found.get(kind, [])
        tallies[kind] = _match(gold_keys, [{folder(f) for f in t.forms} for t in things], labels,
                               [f"{t.label} ({' | '.join(sorted(t.forms))})" for t in things], article.id)
    documents = gold.get("documents") or []
    numbered = [d for d in documents if d.get("number")]
    things = found.get("documents", [])
    coded = [t for t in things if t.code]
    tallies["numbered documents"] = _match(
        [{fold_code(str(d["number"]))} for d in numbered], [{fold_code(t.code)} for t in coded],
        [f"{d['number']} ({d.get('written')})" for d in numbered], [f"{t.code} ({t.label})" for t in coded], article.id)
    tallies["all documents"] = _match(
        [{fold(str(d.get("written")))} | ({fold_code(str(d["number"]))} if d.get("number") else set()) for d in documents],
        [{fold(f) for f in t.forms} | ({fold_code(t.code)} if t.code else set()) for t in things],
        [str(d.get("written")) for d in documents], [t.label for t in things], article.id)
    dates = {str(d["value"]): d.get("written") for d in gold.get("dates") or []}
    found_dates = {}
    for t in found.get("dates", []):
        found_dates.setdefault(t.label, t.forms)
    tallies["dates"] = _match([{v} for v in dates], list(found_dates.values()),
                              [f"{v} ({w})" for v, w in dates.items()], list(found_dates), article.id)
    return tallies


def score(articles: list[GoldArticle]) -> dict[str, dict[str, Tally]]:
    found = run_extractors(articles)
    totals: dict[str, dict[str, Tally]] = defaultdict(lambda: {k: Tally() for k in SCORED})
    for article in articles:
        for kind, tally in score_article(article, found[article.id]).items():
            totals[article.half][kind].add(tally)
    return totals


def table(totals: dict[str, dict[str, Tally]], articles: list[GoldArticle]) -> str:
    lines = []
    for half in ("dev", "test"):
        members = [a for a in articles if a.half == half]
        languages = sum(a.language == "vi" for a in members)
        lines += [f"### {half} ({len(members)} articles, {languages} in Vietnamese)", "",
                  "| kind | gold | found | precision | recall | F1 |", "|---|---:|---:|---:|---:|---:|"]
        for kind in SCORED:
            t = totals[half][kind]
            lines.append(f"| {kind} | {t.tp + t.fn} | {t.tp + t.fp} | {t.precision:.2f} | {t.recall:.2f} | {t.f1:.2f} |")
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="check the set: every gold surface is in its text")
    parser.add_argument("--show", choices=KINDS, help="list the misses and wrong items of one kind (dev half)")
    parser.add_argument("--write", action="store_true", help="write the figures to bench/realworld/scores.md")
    args = parser.parse_args(argv)
    articles = load_set()
    missing = [a.id for a in articles if a.text is None]
    if args.check:
        problems = check(articles)
        print("\n".join(problems) or f"{len(articles)} gold files, {len(articles) - len(missing)} texts: every surface found")
        return 1 if problems else 0
    present = [a for a in articles if a.text is not None]
    if not present:
        print(f"The texts of the evaluation set are absent ({len(articles)} gold files, no text in "
              f"{SET.relative_to(ROOT)}/texts/): see bench/realworld/README.md to rebuild them. Nothing scored.")
        return 0
    if missing:
        print(f"{len(missing)} of {len(articles)} texts are absent; scoring the other {len(present)}.")
    totals = score(present)
    if args.show:
        kinds = [k for k in SCORED if k.endswith(args.show)]
        found = run_extractors([a for a in present if a.half == "dev"])
        for article in (a for a in present if a.half == "dev"):
            for kind, tally in score_article(article, found[article.id]).items():
                if kind in kinds:
                    for line in tally.misses:
                        print(f"missed {kind}: {line}")
                    for line in tally.wrong:
                        print(f"wrong  {kind}: {line}")
    text = table(totals, present)
    print(text)
    if args.write:
        outlets = len({a.outlet for a in present})
        header = (f"# Extraction quality on the real-world set\n\n{len(present)} articles from {outlets} outlets, "
                  f"scored by `python bench/quality.py`.\n\n")
        (SET / "scores.md").write_text(header + text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
