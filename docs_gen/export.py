"""The JSON exports under site/data/: articles, glossary, entities, timeline (and TimelineJS)."""
from __future__ import annotations

import json
from typing import Any

from . import models as m
from .link import Corpus, Entity
from .superseded import Checkpoint, never
from .timeline import TimelineEntry


EXPORTS = ("data/articles.json", "data/glossary.json", "data/entities.json", "data/timeline.json",
           "data/timelinejs.json")


def exports(corpus: Corpus, checkpoint: Checkpoint = never) -> dict[str, str]:
    """{path inside the site: JSON text}; keys and lists are sorted so builds are reproducible."""
    made = {}
    for path, rows in zip(EXPORTS, (articles, glossary, entities, timeline, timelinejs)):
        checkpoint()
        made[path] = _dump(rows(corpus))
    return made


def _dump(value: Any) -> str:
    """One item per line (of a list, or of a list inside the top-level object), so builds diff line
    by line. Each item is written compactly: json's C encoder is many times faster than the Python
    one that `indent` needs."""
    if isinstance(value, dict) and value:
        return _block("{", [f"{_compact(key)}: {_lines(item)}" for key, item in sorted(value.items())], "}") + "\n"
    return _lines(value) + "\n"


def _lines(value: Any) -> str:
    if isinstance(value, list) and value:
        return _block("[", [_compact(item) for item in value], "]")
    return _compact(value)


def _block(opening: str, items: list[str], closing: str) -> str:
    return opening + "\n" + ",\n".join(items) + "\n" + closing


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def page_url(path: str) -> str:
    """Site-relative URL of a docs page under MkDocs' directory URLs."""
    if path.endswith("index.md"):
        return path[: -len("index.md")]
    return path[: -len(".md")] + "/"


def articles(corpus: Corpus) -> list[dict]:
    return [article_row(corpus, a) for a in sorted(corpus.articles, key=lambda a: a.source_file)]


def article_row(corpus: Corpus, a: m.Article) -> dict:
    """One article of articles.json (the database's articles table takes the same values)."""
    return {
        "id": a.id,
        "source_file": a.source_file,
        "title": a.title,
        "language": a.language,
        "url": page_url(f"articles/{a.id}.md"),
        "source_url": a.source_url,
        "outlet": a.outlet,
        "date": a.date,
        "author": a.author,
        "words": a.words,
        "related": [r.article for r in corpus.related.get(a.id, ())],
        "same_event": list(corpus.same_event.get(a.id, ())),
    }


def _mentions(entity: Entity) -> list[dict]:
    return [{"article": article, "count": count} for article, count in entity.article_counts()]


def glossary(corpus: Corpus) -> list[dict]:
    rows = []
    for entity in sorted((e for e in corpus.entities.values() if e.kind == m.TERM), key=lambda e: e.key):
        rows.append({"id": entity.key, "term": entity.name, "definition": entity.definition,
                     "aliases": list(entity.aliases), "url": page_url(entity.page), "curated": entity.curated,
                     "mentions": _mentions(entity)})
    return rows


def entities(corpus: Corpus) -> list[dict]:
    rows = []
    for entity in sorted((e for e in corpus.entities.values() if e.kind != m.TERM), key=lambda e: (e.kind, e.key)):
        attributes = {name: list(values) if len(values) > 1 else values[0] for name, values in entity.attributes}
        rows.append({"id": f"{entity.kind}:{entity.key}", "kind": entity.kind, "name": entity.name,
                     "aliases": list(entity.aliases), "url": page_url(entity.page), "attributes": attributes,
                     "mentions": _mentions(entity)})
    return rows


def timeline(corpus: Corpus) -> list[dict]:
    return [timeline_row(e) for e in corpus.timeline]


def timeline_row(e: TimelineEntry) -> dict:
    """One date of timeline.json (the database's dates table takes the same values)."""
    return {"value": e.value, "type": e.type, "text": e.text, "label": e.label, "article": e.article,
            "anchor": e.anchor, "inferred": e.inferred, "event": e.event}


def timelinejs(corpus: Corpus) -> dict:
    """Knight Lab TimelineJS's JSON: one slide per event, periods with an end date."""
    events = []
    seen: set[str] = set()
    for entry in corpus.timeline:
        if entry.event in seen or entry.type == "recurring" or not entry.year:
            continue
        seen.add(entry.event)
        start, _, end = entry.value.partition("/")
        slide: dict[str, Any] = {"start_date": _tl_date(start),
                                 "text": {"headline": entry.text, "text": entry.label},
                                 "unique_id": entry.event.replace("~", "-").replace("/", "_")}
        if end:
            slide["end_date"] = _tl_date(end)
        events.append(slide)
    return {"title": {"text": {"headline": "Timeline", "text": "Every date the articles mention."}}, "events": events}


def _tl_date(value: str) -> dict[str, str]:
    parts = value.split("-")
    return dict(zip(("year", "month", "day"), parts))
