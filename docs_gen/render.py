"""Corpus -> pages through the Jinja2 templates (text from articles is always escaped).

Articles and entries, one page per item and most of the site, are written as HTML (`*.html.j2`, with
autoescaping), which MkDocs then need not parse as Markdown; the few listing pages are Markdown
(`*.md.j2`), where MkDocs checks their links."""
from __future__ import annotations

import functools
import html
import json
import re
import zlib
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import jinja2
from markupsafe import Markup

from . import models as m
from .extract.spans import FOOTNOTE_MARKER
from .link import SECTION_OF_KIND, Corpus, Entity
from .markup import escape
from .parallel import parallel_map

LANGUAGE_NAMES = {"en": "English", "vi": "Tiếng Việt"}
KIND_TITLES = {m.PERSON: "People", m.ORGANISATION: "Organisations", m.PLACE: "Places", m.DOCUMENT: "Documents",
               m.TERM: "Glossary"}


@dataclass(frozen=True)
class PageSource:
    path: str  # path inside the docs folder, "/"-separated, e.g. "articles/x.md"
    data: bytes  # the content, zlib-compressed: a large site's pages take a fifth of the memory
    in_nav: bool = False
    html: bool = False  # the body is finished HTML, not Markdown

    @classmethod
    def of(cls, path: str, content: str, *, in_nav: bool = False, html: bool = False) -> PageSource:
        return cls(path, zlib.compress(content.encode("utf-8"), 1), in_nav, html)

    @property
    def content(self) -> str:
        """Front matter, then the body."""
        return zlib.decompress(self.data).decode("utf-8")


@functools.lru_cache(maxsize=8)
def environment(templates: Path) -> jinja2.Environment:
    """One environment per templates folder; Jinja reloads a template when its file changes."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(templates)),
                             autoescape=lambda name: bool(name and name.endswith(".html.j2")),
                             undefined=jinja2.StrictUndefined, keep_trailing_newline=True,
                             trim_blocks=True, lstrip_blocks=True)
    env.filters["md"] = lambda text: escape(str(text))
    # Front matter values reach the theme's HTML (<title>, meta tags, header) unescaped: escape them here.
    env.filters["meta"] = lambda text: Markup(json.dumps(html.escape(str(text)), ensure_ascii=False))
    env.filters["meta_list"] = lambda items: Markup(json.dumps([html.escape(str(i)) for i in items], ensure_ascii=False))
    env.filters["json_string"] = lambda text: Markup(json.dumps(str(text), ensure_ascii=False))
    # The same permanent link sign as the headings of Markdown pages.
    env.globals["permalink"] = lambda anchor: Markup(
        f'<a class="headerlink" href="#{html.escape(anchor)}" title="Permanent link">&para;</a>')
    env.filters["url"] = safe_url
    env.filters["language"] = lambda code: LANGUAGE_NAMES.get(code, code)
    return env


def safe_url(url: str) -> str:
    """An http(s) URL made safe inside a Markdown link target (the reader accepts no other scheme)."""
    if not re.match(r"^https?://", url, re.IGNORECASE):
        return "#"
    return "".join(c if c.isascii() and c.isprintable() and c not in ' "<>()[]`\\' else quote(c) for c in url)


def relative(from_page: str, to_page: str) -> str:
    """A relative link between two docs paths, as MkDocs expects (and validates).

    Paths are clean "/"-separated docs paths, so this is plain list work (os.path.relpath costs a
    filesystem-style normalisation per call, and render makes one call per link)."""
    source = from_page.split("/")[:-1]
    target = to_page.split("/")
    common = 0
    while common < len(source) and common < len(target) - 1 and source[common] == target[common]:
        common += 1
    return "/".join([".."] * (len(source) - common) + target[common:])


def page_url(path: str, directory_urls: bool) -> str:
    """The URL MkDocs gives a docs page, from the site root: a/b.md -> a/b/ (or a/b.html), a/index.md -> a/."""
    stem = path[: -len(".md")]
    if not directory_urls:
        return stem + ".html"
    if stem == "index" or stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


class Urls:
    """Links from one HTML page to other pages. MkDocs rewrites the links of Markdown pages itself,
    not those written in HTML, so these are the final relative URLs."""

    def __init__(self, page: str, directory_urls: bool):
        self.directory_urls = directory_urls
        self.base = page_url(page, directory_urls)

    def __call__(self, target: str, anchor: str = "") -> str:
        url = page_url(target, self.directory_urls)
        if url == self.base and anchor:
            return f"#{anchor}"
        url = relative(self.base, url) or "./"
        return f"{url}#{anchor}" if anchor else url


def render_corpus(corpus: Corpus, templates: Path, site_name: str = "", directory_urls: bool = True,
                  progress: Callable[[str, int, int], None] | None = None, workers: int = 0) -> list[PageSource]:
    env = environment(templates)
    articles = sorted(corpus.articles, key=lambda a: (a.date or "", a.title.casefold(), a.id))
    groups: dict[str, list[Entity]] = defaultdict(list)
    for entity in corpus.entities.values():
        groups[entity.kind].append(entity)
    for members in groups.values():
        members.sort(key=lambda e: (e.name.casefold(), e.key))
    entities = [entity for kind in groups for entity in groups[kind]]
    timeline = TimelineLayout(corpus)

    def one_page(i: int) -> PageSource:
        """The page of the i-th article, then of the i-th entry after the articles."""
        if i < len(articles):
            path = f"articles/{articles[i].id}.md"
            return PageSource.of(path, _article_page(env, corpus, articles[i], Urls(path, directory_urls), timeline), html=True)
        entity = entities[i - len(articles)]
        template = "glossary_entry.html.j2" if entity.kind == m.TERM else "entity.html.j2"
        return PageSource.of(entity.page, _entity_page(env, corpus, entity, template, Urls(entity.page, directory_urls)),
                          html=True)

    pages: list[PageSource] = []
    total = len(articles) + len(entities)
    for page in parallel_map(one_page, total, workers):
        pages.append(page)
        if progress:
            progress("render", len(pages), total)
    for kind in (m.PERSON, m.ORGANISATION, m.PLACE, m.DOCUMENT):
        section = SECTION_OF_KIND[kind]
        pages.append(PageSource.of(f"{section}/index.md", env.get_template("entity_index.md.j2").render(
            title=KIND_TITLES[kind], kind=kind, entities=_index_rows(groups.get(kind, []), f"{section}/index.md")),
            in_nav=True))
    pages.append(PageSource.of("glossary/index.md", env.get_template("glossary_index.md.j2").render(
        letters=_glossary_letters(groups.get(m.TERM, [])), total=len(groups.get(m.TERM, []))), in_nav=True))
    rows = [_article_row(a, "articles/index.md") for a in articles]
    pages.append(PageSource.of("articles/index.md", env.get_template("articles_index.md.j2").render(articles=rows),
                            in_nav=True))
    pages.extend(_timeline_pages(env, corpus, timeline, directory_urls))
    counts = {KIND_TITLES[k]: len(groups.get(k, [])) for k in KIND_TITLES}
    languages = sorted({a.language for a in corpus.articles})
    pages.append(PageSource.of("index.md", env.get_template("home.md.j2").render(
        site_name=site_name, total=len(corpus.articles), counts=counts,
        languages=[(LANGUAGE_NAMES.get(code, code), sum(a.language == code for a in corpus.articles)) for code in languages],
        latest=[_article_row(a, "index.md") for a in articles[-10:][::-1]], timeline=len(corpus.timeline)),
        in_nav=True))
    return pages


def _article_row(article: m.Article, page: str) -> dict:
    return {"title": article.title, "href": relative(page, f"articles/{article.id}.md"), "outlet": article.outlet or "",
            "language": article.language, "date": article.date or "", "words": article.words}


def _index_rows(entities: list[Entity], page: str) -> list[dict]:
    return [{"name": e.name, "href": relative(page, e.page), "articles": len({o.article for o in e.occurrences}),
             "mentions": len(e.occurrences), "detail": _summary(e)} for e in entities]


def _summary(entity: Entity) -> str:
    if entity.kind == m.PERSON:
        return "; ".join(entity.attribute("title")[:2])
    if entity.kind == m.DOCUMENT:
        return " · ".join(x for x in (entity.attribute("issuer")[:1] + entity.attribute("date")[:1]))
    if entity.kind == m.PLACE:
        return " · ".join(entity.attribute("vi_name")[:1] + entity.attribute("type")[:1])
    return ""


def _glossary_letters(entities: list[Entity]) -> list[tuple[str, list[dict]]]:
    letters: dict[str, list[dict]] = defaultdict(list)
    for entity in entities:
        initial = entity.name.lstrip("\"“'‘")[:1].upper()
        letter = initial if initial.isalpha() and initial.isascii() else "Other"
        letters[letter].append({"name": entity.name, "href": relative("glossary/index.md", entity.page),
                                "definition": entity.definition, "vi": entity.attribute("vi_term")[:1],
                                "curated": entity.curated, "articles": len({o.article for o in entity.occurrences})})
    return sorted(letters.items())


def body_html(corpus: Corpus, article: m.Article, urls: Urls) -> tuple[list[dict], list[dict]]:
    """Blocks of the article as HTML: text escaped, links inserted at the mention offsets,
    footnote markers turned into two-way footnote links."""
    links = corpus.links.get(article.id, {})
    labels = {b.label for b in article.blocks if b.kind == m.FOOTNOTE}
    refs: dict[str, list[str]] = defaultdict(list)  # footnote label -> ids of its markers in the text
    body: list[dict] = []
    notes: list[dict] = []
    for index, block in enumerate(article.blocks):
        note_labels = labels if block.kind != m.FOOTNOTE else set()
        text = _linked_html(corpus, block.text, links.get(index, ()), urls, note_labels, refs)
        item = {"kind": block.kind, "html": text, "anchor": block.anchor, "label": block.label}
        (notes if block.kind == m.FOOTNOTE else body).append(item)
    for note in notes:
        note["refs"] = refs.get(note["label"], [])
    return body, notes


def _linked_html(corpus: Corpus, text: str, mentions, urls: Urls, labels: set[str], refs: dict[str, list[str]]) -> Markup:
    cuts: list[tuple[int, int, str, str]] = []  # start, end, link HTML or "", footnote label or ""
    for mention in mentions:
        entity = corpus.entity(mention)
        if entity is None:
            continue
        tip = entity.definition or _tooltip(entity)
        cuts.append((mention.start, mention.end,
                     f'<a href="{urls(entity.page)}" title="{html.escape(tip)}">{html.escape(mention.text)}</a>', ""))
    for marker in FOOTNOTE_MARKER.finditer(text):
        if marker.group(1) in labels:
            cuts.append((marker.start(), marker.end(), "", marker.group(1)))
    cuts.sort()
    out: list[str] = []
    position = 0
    for start, end, link_html, label in cuts:
        if start < position:
            continue
        out.append(html.escape(text[position:start], quote=False))
        if label:  # a second marker of the same note gets its own id, as the backlinks need
            ref = f"fnref:{label}" if not refs[label] else f"fnref{len(refs[label]) + 1}:{label}"
            refs[label].append(ref)
            link_html = f'<sup id="{ref}"><a class="footnote-ref" href="#fn:{label}">{label}</a></sup>'
        out.append(link_html)
        position = end
    out.append(html.escape(text[position:], quote=False))
    return Markup("".join(out))


def _tooltip(entity: Entity) -> str:
    kind = {m.PERSON: "Person", m.ORGANISATION: "Organisation", m.PLACE: "Place", m.DOCUMENT: "Document"}.get(entity.kind, "")
    detail = _summary(entity)
    return f"{kind}: {entity.name}" + (f" — {detail}" if detail else "")


def _article_page(env: jinja2.Environment, corpus: Corpus, article: m.Article, urls: Urls,
                  timeline: TimelineLayout) -> str:
    body, notes = body_html(corpus, article, urls)
    in_article: dict[str, list[dict]] = defaultdict(list)
    seen: set[tuple[str, str]] = set()
    for _, mention in corpus.mentions.get(article.id, ()):
        entity = corpus.entity(mention)
        if entity and (entity.kind, entity.key) not in seen:
            seen.add((entity.kind, entity.key))
            in_article[KIND_TITLES[entity.kind]].append({"name": entity.name, "href": urls(entity.page)})
    # Search tags (Material boosts matches in tags): the people, places, documents and organisations
    # of the article, so a search for a name finds the articles that mention it in any spelling.
    tags = sorted({entity.name for entity in (corpus.entity(x) for _, x in corpus.mentions.get(article.id, ()))
                   if entity is not None and entity.kind != m.TERM})
    tags += [tag for key, value in article.extra if key == "tags" for tag in json.loads(value)]
    dates = corpus.dates_of(article.id)
    related = [{"title": corpus.article(r.article).title, "href": urls(f"articles/{r.article}.md"),
                "language": corpus.article(r.article).language, "shared": r.shared}
               for r in corpus.related.get(article.id, ())]
    same = [{"title": corpus.article(i).title, "href": urls(f"articles/{i}.md"),
             "language": corpus.article(i).language} for i in corpus.same_event.get(article.id, ())]
    description = next((b.text for b in article.blocks if b.kind == m.PARAGRAPH), article.title)
    return env.get_template("article.html.j2").render(
        jsonld=_json_ld(article, _shorten(description, 200)), tags=tags, top=article.id,
        article=article, body=body, notes=notes, mentions=sorted(in_article.items()),
        dates=[{"value": e.value, "text": e.text, "anchor": e.anchor, "inferred": e.inferred,
                "timeline": timeline.link(urls, e)} for e in dates],
        related=related, same_event=same, description=_shorten(description, 200))


def _json_ld(article: m.Article, description: str) -> str:
    """schema.org NewsArticle, safe inside a <script> element (no "<" survives)."""
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": article.title,
            "description": description, "inLanguage": article.language, "wordCount": article.words}
    if article.date:
        data["datePublished"] = article.date
    if article.author:
        data["author"] = {"@type": "Person", "name": article.author}
    if article.source_url:
        data["isBasedOn"] = article.source_url
        data["publisher"] = {"@type": "Organization", "name": article.outlet or article.source_url}
    return json.dumps(data, ensure_ascii=False, sort_keys=True).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


# An entry shows the sentences of its first articles (by mentions); the rest are listed by title, so
# a term that every article uses does not make a page as long as the corpus.
CONTEXT_ARTICLES = 30


def _entity_page(env: jinja2.Environment, corpus: Corpus, entity: Entity, template: str, urls: Urls) -> str:
    by_article: dict[str, list] = defaultdict(list)
    for occurrence in entity.occurrences:
        by_article[occurrence.article].append(occurrence)
    articles, more = [], []
    for article_id, count in entity.article_counts():  # most mentions first
        article = corpus.article(article_id)
        target = f"articles/{article_id}.md"
        if len(articles) == CONTEXT_ARTICLES:
            more.append({"title": article.title, "href": urls(target)})
            continue
        articles.append({"title": article.title, "href": urls(target), "count": count, "language": article.language,
                         "contexts": [{"text": text, "href": urls(target, anchor)}
                                      for anchor, text in _unique_contexts(corpus, by_article[article_id])]})
    related = []
    entry = corpus.glossary_entry(entity.key) if entity.kind == m.TERM else None
    if entry:
        for other in entry.related:
            target = corpus.entities.get((m.TERM, other))
            if target:
                related.append({"name": target.name, "href": urls(target.page)})
    return env.get_template(template).render(
        entity=entity, entry=entry, articles=articles, more=more, related=related, top=entity.page.rsplit("/", 1)[-1][: -len(".md")],
        attributes=_display_attributes(entity),
        kind_title=KIND_TITLES[entity.kind], index=urls(f"{SECTION_OF_KIND[entity.kind]}/index.md"))


# Attributes shown on entity pages, in reading order; others stay in entities.json only.
_SHOWN = ("type", "title", "position", "number", "code", "issuer", "date", "about", "vi_name", "place")


def _display_attributes(entity: Entity) -> list[tuple[str, tuple[str, ...]]]:
    values = dict(entity.attributes)
    return [(name.replace("_", " ").capitalize().replace("Vi name", "Vietnamese"), values[name])
            for name in _SHOWN if values.get(name) and any(values[name])]


def _unique_contexts(corpus: Corpus, occurrences) -> list[tuple[str, str]]:
    """(anchor, sentence) of each occurrence, a sentence that holds several of them once."""
    seen: set[tuple[str, str]] = set()
    out = []
    for occurrence in occurrences:
        context = (occurrence.anchor, corpus.context(occurrence))
        if context not in seen:
            seen.add(context)
            out.append(context)
    return out


def _year_anchor(entry) -> str:
    return f"year-{entry.year}" if entry.year else "every-year"


# Up to this many events the timeline is one page; above it, each year has its own page, so that no
# page grows with the corpus (10,000 articles mention about 46,000 dates).
TIMELINE_ONE_PAGE = 1000


class TimelineLayout:
    """The events of the timeline grouped by year, and the page that shows each year."""

    def __init__(self, corpus: Corpus):
        events: dict[str, list] = {}
        for entry in corpus.timeline:
            events.setdefault(entry.event, []).append(entry)
        self.years: dict[str, list[list]] = defaultdict(list)
        self.recurring: list[list] = []
        for entries in events.values():
            if entries[0].type == "recurring":
                self.recurring.append(entries)
            elif entries[0].year:
                self.years[entries[0].year].append(entries)
        self.split = sum(len(v) for v in self.years.values()) > TIMELINE_ONE_PAGE

    def page_of_year(self, year: str) -> str:
        return f"timeline/{year}.md" if self.split and year else "timeline.md"

    def link(self, urls: Urls, entry) -> str:
        return urls(self.page_of_year(entry.year if entry.type != "recurring" else ""), _year_anchor(entry))


def _timeline_pages(env: jinja2.Environment, corpus: Corpus, layout: TimelineLayout,
                    directory_urls: bool) -> list[PageSource]:
    def item(entries, urls: Urls) -> dict:
        first = entries[0]
        return {"value": first.value, "type": first.type, "label": first.label,
                "inferred": any(e.inferred for e in entries), "span": _span_years(first.value),
                "sources": [{"title": corpus.article(e.article).title, "text": e.text,
                             "href": urls(f"articles/{e.article}.md", e.anchor)} for e in entries],
                "refs": [{"name": entity.name, "href": urls(entity.page)} for entity in _entities_of(corpus, entries)]}

    def year_links(urls: Urls) -> list[dict]:
        return [{"year": year, "count": len(layout.years[year]), "href": urls(layout.page_of_year(year), f"year-{year}")}
                for year in sorted(layout.years)]

    urls = Urls("timeline.md", directory_urls)
    years = [] if layout.split else [(year, [item(e, urls) for e in layout.years[year]]) for year in sorted(layout.years)]
    undated = [{"text": e.text, "title": corpus.article(e.article).title, "href": urls(f"articles/{e.article}.md", e.anchor)}
               for e in corpus.undated]
    pages = [PageSource.of("timeline.md", env.get_template("timeline.html.j2").render(
        title="Timeline", index="", page_year="", count=len(corpus.timeline), years=years, year_links=year_links(urls),
        recurring=[item(e, urls) for e in layout.recurring], undated=undated), in_nav=True, html=True)]
    for year in sorted(layout.years) if layout.split else ():
        path = layout.page_of_year(year)
        urls = Urls(path, directory_urls)
        pages.append(PageSource.of(path, env.get_template("timeline.html.j2").render(
            title=f"Timeline: {year}", index=urls("timeline.md"), page_year=year, count=len(layout.years[year]),
            years=[(year, [item(e, urls) for e in layout.years[year]])], year_links=year_links(urls),
            recurring=[], undated=[]), html=True))
    return pages


def _entities_of(corpus: Corpus, entries) -> list[Entity]:
    """The documents, people, places and organisations named in the sentences of one event."""
    keys = sorted({ref for entry in entries for ref in entry.refs})
    found = [corpus.entities[key] for key in keys if key in corpus.entities]
    order = {m.DOCUMENT: 0, m.PERSON: 1, m.ORGANISATION: 2, m.PLACE: 3}
    return sorted(found, key=lambda e: (order.get(e.kind, 9), e.name.casefold()))


def _span_years(value: str) -> str:
    if "/" not in value:
        return ""
    start, end = value.split("/", 1)
    return f"{start[:4]}–{end[:4]}" if re.match(r"\d{4}", start) and re.match(r"\d{4}", end) else ""


def _shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"
