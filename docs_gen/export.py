"""The JSON exports under site/data/: articles, glossary, entities, timeline (and TimelineJS)."""
from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from . import models as m
from .link import Corpus, Entity
from .row_memo import RowMemo
from .superseded import Checkpoint, never
from .timeline import TimelineEntry


EXPORTS = ("data/articles.json", "data/glossary.json", "data/entities.json", "data/timeline.json",
           "data/timelinejs.json")


def exports(corpus: Corpus, checkpoint: Checkpoint = never, memo: RowMemo | None = None) -> dict[str, str]:
    """{path inside the site: JSON text}; keys and lists are sorted so builds are reproducible. Each
    item's line is taken from `memo` where the item is the same as when it was encoded (a fresh memo:
    every line encoded)."""
    memo = memo if memo is not None else RowMemo()
    made = {}
    for path, text in zip(EXPORTS, (_articles_text, _glossary_text, _entities_text, _timeline_text, _timelinejs_text)):
        checkpoint()
        made[path] = text(corpus, memo)
    return made


def _articles_text(corpus: Corpus, memo: RowMemo) -> str:
    return _list_text([
        memo.kept("articles.json", a.id, (a, corpus.related.get(a.id, ()), corpus.same_event.get(a.id, ())),
                  lambda: _compact(article_row(corpus, a)))
        for a in sorted(corpus.articles, key=lambda a: a.source_file)])


def _glossary_text(corpus: Corpus, memo: RowMemo) -> str:
    return _list_text([memo.kept("glossary.json", entity.key, (entity,), lambda: _compact(glossary_row(entity)))
                       for entity in sorted((e for e in corpus.entities.values() if e.kind == m.TERM),
                                            key=lambda e: e.key)])


def _entities_text(corpus: Corpus, memo: RowMemo) -> str:
    # Keyed by the corpus's own (kind, key): no new object per entity in the memo.
    return _list_text([memo.kept("entities.json", key, (entity,), lambda: _compact(entity_row(entity)))
                       for key, entity in sorted((item for item in corpus.entities.items() if item[0][0] != m.TERM),
                                                 key=lambda item: item[0])])


def _timeline_text(corpus: Corpus, memo: RowMemo) -> str:
    # A date's line is made of its fields alone (the entry is frozen): the entry is its own key.
    return _list_text([memo.kept("timeline.json", e, (), lambda: _compact(timeline_row(e))) for e in corpus.timeline])


def _timelinejs_text(corpus: Corpus, memo: RowMemo) -> str:
    document = timelinejs(corpus, lambda entry: memo.kept("timelinejs.json", entry, (),
                                                            lambda: _compact(timelinejs_slide(entry))))
    return _block("{", [f"{_compact(key)}: {_list_block(item) if key == 'events' else _compact(item)}"
                        for key, item in sorted(document.items())], "}") + "\n"


def _list_text(lines: list[str]) -> str:
    """A list as _dump writes it, from its items' lines."""
    return _list_block(lines) + "\n"


def _list_block(lines: list[str]) -> str:
    return _block("[", lines, "]") if lines else "[]"


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
    return [glossary_row(entity)
            for entity in sorted((e for e in corpus.entities.values() if e.kind == m.TERM), key=lambda e: e.key)]


def glossary_row(entity: Entity) -> dict:
    return {"id": entity.key, "term": entity.name, "definition": entity.definition, "aliases": list(entity.aliases),
            "url": page_url(entity.page), "curated": entity.curated, "mentions": _mentions(entity)}


def entities(corpus: Corpus) -> list[dict]:
    return [entity_row(entity) for entity in sorted((e for e in corpus.entities.values() if e.kind != m.TERM),
                                                    key=lambda e: (e.kind, e.key))]


def entity_row(entity: Entity) -> dict:
    attributes = {name: list(values) if len(values) > 1 else values[0] for name, values in entity.attributes}
    return {"id": f"{entity.kind}:{entity.key}", "kind": entity.kind, "name": entity.name,
            "aliases": list(entity.aliases), "url": page_url(entity.page), "attributes": attributes,
            "mentions": _mentions(entity)}


def timeline(corpus: Corpus) -> list[dict]:
    return [timeline_row(e) for e in corpus.timeline]


def timeline_row(e: TimelineEntry) -> dict:
    """One date of timeline.json (the database's dates table takes the same values)."""
    return {"value": e.value, "type": e.type, "text": e.text, "label": e.label, "article": e.article,
            "anchor": e.anchor, "inferred": e.inferred, "event": e.event}


def timelinejs(corpus: Corpus, slide: Callable[[TimelineEntry], Any] | None = None) -> dict:
    """Knight Lab TimelineJS's JSON: one slide per event, periods with an end date. `slide`: what
    stands for an event's slide in the list (by default the slide itself)."""
    slide = slide or timelinejs_slide
    events = []
    seen: set[str] = set()
    for entry in corpus.timeline:
        if entry.event in seen or entry.type == "recurring" or not entry.year:
            continue
        seen.add(entry.event)
        events.append(slide(entry))
    return {"title": {"text": {"headline": "Timeline", "text": "Every date the articles mention."}}, "events": events}


def timelinejs_slide(entry: TimelineEntry) -> dict:
    """The slide of the event `entry` is the first date of."""
    start, _, end = entry.value.partition("/")
    slide: dict[str, Any] = {"start_date": _tl_date(start),
                             "text": {"headline": entry.text, "text": entry.label},
                             "unique_id": entry.event.replace("~", "-").replace("/", "_")}
    if end:
        slide["end_date"] = _tl_date(end)
    return slide


def _tl_date(value: str) -> dict[str, str]:
    parts = value.split("-")
    return dict(zip(("year", "month", "day"), parts))
