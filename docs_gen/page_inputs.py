"""What each article and entry page is made from, so that a rebuild renders again only the pages
whose inputs changed (`mkdocs serve`: an edit touches a few dozen of thousands of pages).

A page's inputs are a tuple of the very values its render reads from the corpus: the page is a pure
function of them, the templates and the URL style. They are compared, not hashed: an unchanged
article, its mentions and its blocks are the same objects from one build to the next (kept by the
read and extraction caches), so most comparisons stop at identity."""
from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from . import models as m
from .link import Corpus, Entity
from .pictures import APPEARS_WITH, Overview, OverviewMemo

if TYPE_CHECKING:
    from .page_reach import Snapshot

# Inputs of a page: compared with == against those of the previous render.
Inputs = tuple
T = TypeVar("T")


@dataclass(frozen=True)
class Frame:
    """What every page depends on besides its own inputs."""

    templates: str  # digest of the template files
    directory_urls: bool


@dataclass
class PageMemo:
    """The pages of the previous render by path, each with its inputs. Holds one render only: each
    render replaces it, so a long session keeps no older pages."""

    frame: Frame | None = None
    pages: dict[str, tuple[Inputs, object]] = field(default_factory=dict)
    reused: int = 0
    rendered: int = 0
    previous: dict[str, tuple[Inputs, object]] = field(default_factory=dict)  # during a render only
    # What the article and entry pages were made from, to tell the next render which of them an
    # edit can reach (page_reach.py); None until a render has kept every page.
    snapshot: Snapshot | None = None
    # Compare the inputs of the pages out of reach too, and fail where they differ (the tests).
    verify: bool = False
    # What the listings show of each entry and article, by the listing and its key, with the object
    # it was made from: an unchanged entry or article is the same object from one render to the next.
    parts: dict[tuple, tuple[object, object]] = field(default_factory=dict)
    previous_parts: dict[tuple, tuple[object, object]] = field(default_factory=dict)  # during a render only
    # The co-mentions and the graph's pairs of the last render, updated from what an edit changed.
    overview: OverviewMemo = field(default_factory=OverviewMemo)

    def __post_init__(self) -> None:
        self.overview.co.verify = self.verify

    def start(self, frame: Frame) -> dict[str, tuple[Inputs, object]]:
        """The pages that may be reused under `frame` (none when it changed); the memo is emptied
        until the render hands it its pages."""
        self.previous = self.pages if frame == self.frame else {}
        self.previous_parts = self.parts if frame == self.frame else {}
        if frame != self.frame:
            self.snapshot = None
        self.frame, self.pages, self.parts, self.reused, self.rendered = frame, {}, {}, 0, 0
        return self.previous

    def page(self, path: str, inputs: Inputs, make: Callable[[], T]) -> T:
        """The page at `path` of the previous render if it was made from equal inputs, else make()."""
        old = self.previous.get(path)
        if old is not None and old[0] == inputs:
            page, self.reused = old[1], self.reused + 1
        else:
            page, self.rendered = make(), self.rendered + 1
        self.pages[path] = (inputs, page)
        return page  # type: ignore[return-value]

    def kept_inputs(self, path: str) -> Inputs | None:
        """The inputs the page at `path` of the previous render was made from, if there is one."""
        old = self.previous.get(path)
        return old[0] if old is not None else None

    def carry(self, path: str) -> None:
        """Keeps what the previous render held at `path` (a part of a page kept whole) for the next."""
        old = self.previous.get(path)
        if old is not None:
            self.pages[path] = old

    def part(self, key: tuple, source: object, make: Callable[[], T]) -> T:
        """make(), or what it made in the previous render from the very object `source`."""
        old = self.previous_parts.get(key)
        found = old[1] if old is not None and old[0] is source else make()
        self.parts[key] = (source, found)
        return found  # type: ignore[return-value]

    def finish(self) -> None:
        """The render is done: the previous one's pages may go."""
        self.previous, self.previous_parts = {}, {}


def templates_digest(folder: Path) -> str:
    """The names and contents of every file under the templates folder (a few dozen small files)."""
    found = hashlib.blake2b(digest_size=16)
    for path in sorted(folder.rglob("*")) if folder.is_dir() else ():
        if path.is_file():
            found.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return found.hexdigest()


@dataclass(frozen=True)
class Faces:
    """What a link to each entity shows: its page, name and kind, and on article pages its tooltip.
    Made once per render, so a page's inputs look each entity up once."""

    linked: dict[tuple[str, str], tuple]  # with the tooltip
    plain: dict[tuple[str, str], tuple]

    @classmethod
    def of(cls, corpus: Corpus, titles: dict[tuple[str, str], str]) -> Faces:
        plain = {key: (e.page, e.name, e.kind) for key, e in corpus.entities.items()}
        return cls({key: face + (titles.get(key),) for key, face in plain.items()}, plain)


def _article_faces(corpus: Corpus, ids) -> tuple:
    """What a link to each article shows."""
    return tuple((i, corpus.article(i).title, corpus.article(i).language) for i in ids)


def article_inputs(corpus: Corpus, article: m.Article, faces: Faces, split: bool) -> Inputs:
    """Everything `render._article_page` reads for `article` (`split`: the timeline has a page per year)."""
    mentions = corpus.mentions.get(article.id, ())
    links = corpus.links.get(article.id, {})
    face = faces.linked.get
    shown = tuple(face((x.kind, x.key)) for _, x in mentions)  # the links are some of these mentions
    related = corpus.related.get(article.id, ())
    same = corpus.same_event.get(article.id, ())
    return (article, mentions, links, shown, tuple(map(_date_shown, corpus.dates_of(article.id))), split,
            related, _article_faces(corpus, (r.article for r in related)), same, _article_faces(corpus, same))


def entity_inputs(corpus: Corpus, entity: Entity, view: Overview, faces: Faces, quoted: int) -> Inputs:
    """Everything `render._entity_page` reads for `entity`: its name and attributes, its articles (the
    sentences of the first `quoted`, the titles and years of the rest), its glossary entry and related
    entries, the entities it appears with and its graph node. An entry named in thousands of articles
    is not made again when an article it quotes none of changes elsewhere."""
    key = (entity.kind, entity.key)
    face = faces.plain.get
    counts = entity.article_counts()
    first = {article_id for article_id, _ in counts[:quoted]}
    sentences = tuple(o for o in entity.occurrences if o.article in first)
    years = view.years  # of the others, their titles and their years in the chart (the overview's strings)
    shown = tuple(corpus.article(i) if i in first else (i, corpus.article(i).title, years.get(i)) for i, _ in counts)
    entry = corpus.glossary_entry(entity.key) if entity.kind == m.TERM else None
    related = tuple(face((m.TERM, other)) for other in entry.related) if entry else ()
    partners = tuple((p, face(p.key)) for p in view.co.of(key)[:APPEARS_WITH])
    places = tuple(face((m.PLACE, place)) for place in entity.attribute("place"))
    own = (entity.kind, entity.key, entity.name, entity.page, entity.aliases, entity.attributes, entity.curated,
           entity.definition)
    return (own, tuple(counts), sentences, shown, entry, related, partners, key in view.in_graph, bool(view.years),
            places)


def _date_shown(entry) -> tuple:
    """A timeline entry but its event id, which no page shows: it numbers the events of the whole
    timeline, so a date added anywhere changes the ids of every event sorted after it."""
    return (entry.value, entry.type, entry.text, entry.label, entry.article, entry.anchor, entry.inferred, entry.refs)


def event_inputs(corpus: Corpus, entries, faces: Faces) -> Inputs:
    """What the timeline shows of one event: its entries, their articles' titles, the entities named."""
    refs = sorted({ref for entry in entries for ref in entry.refs})
    shown = tuple(map(_date_shown, entries))
    return (shown, tuple(corpus.article(e.article).title for e in entries),
            tuple(faces.plain.get(ref) for ref in refs))
