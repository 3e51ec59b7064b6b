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
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple
from urllib.parse import quote

import jinja2
from markupsafe import Markup

from . import models as m
from . import pictures
from .extract.spans import FOOTNOTE_MARKER
from .link import SECTION_OF_KIND, Corpus, Entity
from .markup import escape
from .page_inputs import (Faces, Frame, Inputs, PageMemo, article_inputs, entity_inputs, event_inputs,
                          templates_digest)
from .page_reach import Reach, Snapshot
from .parallel import parallel_map
from .timeline import shown_value

LANGUAGE_NAMES = {"en": "English", "vi": "Tiếng Việt"}
KIND_TITLES = {m.PERSON: "People", m.ORGANISATION: "Organisations", m.PLACE: "Places", m.DOCUMENT: "Documents",
               m.TERM: "Glossary"}


@dataclass(frozen=True)
class PageSource:
    path: str  # path inside the docs folder, "/"-separated, e.g. "articles/x.md"
    front: str  # the front matter block, "---\n...\n---\n"
    data: bytes  # the body after it, zlib-compressed: a large site's pages take a fifth of the memory
    in_nav: bool = False
    html: bool = False  # the body is finished HTML, not Markdown

    @classmethod
    def of(cls, path: str, content: str, *, in_nav: bool = False, html: bool = False) -> PageSource:
        # The front matter stays text: the MkDocs plugin hands it over at once, and the body, still
        # compressed, only when the page is written.
        front, body = _split_page(content)
        return cls(path, front, zlib.compress(body.encode("utf-8"), 1), in_nav, html)

    @property
    def body(self) -> str:
        return zlib.decompress(self.data).decode("utf-8")

    @property
    def content(self) -> str:
        """Front matter, then the body."""
        return self.front + self.body


def _split_page(content: str) -> tuple[str, str]:
    """'---\n...\n---\n<body>' -> (the front matter block, the body); ("", content) without one."""
    end = content.find("\n---\n", 4) if content.startswith("---\n") else -1
    if end < 0:
        return "", content
    end += len("\n---\n")
    return content[:end], content[end:]


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
    env.filters["links"] = link_list
    env.filters["language"] = lambda code: LANGUAGE_NAMES.get(code, code)
    return env


def safe_url(url: str) -> str:
    """An http(s) URL made safe inside a Markdown link target (the reader accepts no other scheme)."""
    if not re.match(r"^https?://", url, re.IGNORECASE):
        return "#"
    return "".join(c if c.isascii() and c.isprintable() and c not in ' "<>()[]`\\' else quote(c) for c in url)


def link_list(items, text: str = "name") -> Markup:
    """Links to the items' `href`s, showing their attribute `text`, with " · " between them, as the
    template loop `<a href="{{ i.href }}">{{ i.name }}</a>{% if not loop.last %} · {% endif %}` would
    write them: lists of entries or articles run to thousands of links, which Python joins faster."""
    return Markup(" · ".join(f'<a href="{escape_html(item.href)}">{escape_html(getattr(item, text))}</a>'
                             for item in items))


def escape_html(text: str) -> str:
    """The text as `markupsafe.escape` (and so the templates) writes it, as a plain string: a Python
    fragment that builds many links saves making a Markup object per value."""
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;").replace("'", "&#39;").replace('"', "&#34;")


def relative(from_page: str, to_page: str) -> str:
    """A relative link between two docs paths, as MkDocs expects (and validates)."""
    return _follow(_ways_up(from_page), to_page)


def _ways_up(page: str) -> list[tuple[str, str]]:
    """(a folder holding `page`, with its "/", the "../" that climb to it from the page), deepest first."""
    folders = page.split("/")[:-1]
    return [("".join(f"{folder}/" for folder in folders[:k]), "../" * (len(folders) - k))
            for k in range(len(folders), -1, -1)]


def _follow(ways: list[tuple[str, str]], to_page: str) -> str:
    """The way to `to_page`: up to the deepest folder it shares with the page, then down from there.

    Paths are clean "/"-separated docs paths, so prefix tests are enough (os.path.relpath costs a
    filesystem-style normalisation per call, and render makes one call per link)."""
    for folder, up in ways:
        if to_page.startswith(folder):
            return up + to_page[len(folder):]
    raise AssertionError("the last way, to the top folder, fits every page")


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
    not those written in HTML, so these are the final relative URLs.

    A page links to the same target many times (an article to an entry from its text and its list of
    entries, an entry to an article from each quoted sentence), so each target's URL is worked out
    once per page."""

    def __init__(self, page: str, directory_urls: bool):
        self.directory_urls = directory_urls
        self.base = page_url(page, directory_urls)
        self._ways = _ways_up(self.base)
        self._known: dict[str, tuple[bool, str]] = {}  # target -> (is this page, relative URL)

    def __call__(self, target: str, anchor: str = "") -> str:
        known = self._known.get(target)
        if known is None:
            url = page_url(target, self.directory_urls)
            known = self._known[target] = (url == self.base, _follow(self._ways, url) or "./")
        here, url = known
        if not anchor:
            return url
        return f"#{anchor}" if here else f"{url}#{anchor}"


def render_corpus(corpus: Corpus, templates: Path, site_name: str = "", directory_urls: bool = True,
                  progress: Callable[[str, int, int], None] | None = None, workers: int = 0,
                  memo: PageMemo | None = None) -> list[PageSource]:
    """`memo`: the pages of the previous render (`mkdocs serve`), reused where their inputs are the same."""
    env = environment(templates)
    articles = sorted(corpus.articles, key=lambda a: (a.date or "", a.title.casefold(), a.id))
    groups: dict[str, list[Entity]] = defaultdict(list)
    for entity in corpus.entities.values():
        groups[entity.kind].append(entity)
    for members in groups.values():
        members.sort(key=lambda e: (e.name.casefold(), e.key))
    entities = [entity for kind in groups for entity in groups[kind]]
    timeline = TimelineLayout(corpus)
    titles = _link_titles(corpus)
    faces = Faces.of(corpus, titles) if memo is not None else None
    # Co-mentions and the graph, once for every page.
    view = pictures.overview(corpus, memo.overview if memo is not None else None)
    article_template = env.get_template("article.html.j2")  # once, not a file check per page
    entity_template, term_template = env.get_template("entity.html.j2"), env.get_template("glossary_entry.html.j2")

    def one_page(i: int) -> PageSource:
        """The page of the i-th article, then of the i-th entry after the articles."""
        if i < len(articles):
            path = f"articles/{articles[i].id}.md"
            return PageSource.of(path, _article_page(article_template, corpus, articles[i], Urls(path, directory_urls),
                                                     timeline, titles), html=True)
        entity = entities[i - len(articles)]
        template = term_template if entity.kind == m.TERM else entity_template
        return PageSource.of(entity.page, _entity_page(template, corpus, entity, Urls(entity.page, directory_urls), view),
                          html=True)

    def inputs(i: int) -> Inputs:
        if i < len(articles):
            return article_inputs(corpus, articles[i], faces, timeline.split)
        return entity_inputs(corpus, entities[i - len(articles)], view, faces, CONTEXT_ARTICLES)

    def path_of(i: int) -> str:
        return f"articles/{articles[i].id}.md" if i < len(articles) else entities[i - len(articles)].page

    pages: list[PageSource] = []
    total = len(articles) + len(entities)
    frame = Frame(templates_digest(templates), directory_urls)
    snapshot = Snapshot.of(corpus, view, faces, timeline.split) if memo is not None and faces is not None else None
    reached: Callable[[int], bool] | None = None
    reach: Reach | None = None
    if memo is not None and snapshot is not None:
        reach = Reach(memo.snapshot if memo.frame == frame else None, snapshot)
        memo.snapshot = None  # until this render has kept every page
        reached = functools.partial(_reached, reach, articles, entities)
    for page in _render_changed(one_page, path_of, inputs, total, memo, frame, workers, reached):
        pages.append(page)
        if progress:
            progress("render", len(pages), total)
    # The listings: rendered again only when what they list changed (with a memo).
    for kind in (m.PERSON, m.ORGANISATION, m.PLACE, m.DOCUMENT):
        index = f"{SECTION_OF_KIND[kind]}/index.md"
        rows = _index_rows(groups.get(kind, []), Urls(index, directory_urls), _parts(memo, index))
        pages.append(_made(memo, index, lambda rows=rows: (rows,), lambda index=index, kind=kind, rows=rows: PageSource.of(
            index, env.get_template("entity_index.html.j2").render(
                title=KIND_TITLES[kind], anchor=KIND_TITLES[kind].lower(), kind=kind, entities=rows),
            in_nav=True, html=True)))
    letters, terms = _glossary_letters(groups.get(m.TERM, [])), len(groups.get(m.TERM, []))
    pages.append(_made(memo, "glossary/index.md", lambda: (letters, terms), lambda: PageSource.of(
        "glossary/index.md", env.get_template("glossary_index.md.j2").render(letters=letters, total=terms), in_nav=True)))
    link = Urls("articles/index.md", directory_urls)
    made = _parts(memo, "articles/index.md")
    rows = [made(a.id, a, functools.partial(_article_row, a, link)) for a in articles]
    pages.append(_made(memo, "articles/index.md", lambda: (rows,), lambda: PageSource.of(
        "articles/index.md", env.get_template("articles_index.html.j2").render(articles=rows), in_nav=True, html=True)))
    years = reach.years_reached() if reach is not None else None
    pages.extend(_timeline_pages(env, corpus, timeline, directory_urls, memo, faces, years))
    pages.append(_made(memo, "graph.md", lambda: (view.graph,), lambda: PageSource.of("graph.md", env.get_template(
        "graph.html.j2").render(figure=pictures.graph_page_figure(view, Urls("graph.md", directory_urls))),
        in_nav=True, html=True)))
    pages.append(_home_page(env, corpus, articles, groups, view, site_name))
    if memo is not None:
        memo.finish()
        memo.snapshot = snapshot
    return pages


def _render_changed(one_page: Callable[[int], PageSource], path_of: Callable[[int], str],
                    inputs: Callable[[int], Inputs], total: int, memo: PageMemo | None, frame: Frame,
                    workers: int, reached: Callable[[int], bool] | None = None) -> Iterator[PageSource]:
    """one_page(0) ... one_page(total - 1), taking from `memo` every page whose inputs are those it
    was made from, and leaving in it this render's pages. `reached(i)`: whether an edit can have
    changed the inputs of the i-th page; those of the others are not made again."""
    if memo is None:
        yield from parallel_map(one_page, total, workers)
        return
    previous = memo.start(frame)
    kept = [previous.get(path_of(i)) for i in range(total)]
    keys = [old[0] if old is not None and reached is not None and not reached(i) else inputs(i)
            for i, old in enumerate(kept)]
    if memo.verify and reached is not None:
        wrong = [path_of(i) for i in range(total) if keys[i] != inputs(i)]
        assert not wrong, f"pages out of reach whose inputs changed: {wrong[:5]}"
    reuse = [old is not None and old[0] == key for old, key in zip(kept, keys)]
    todo = [i for i in range(total) if not reuse[i]]
    fresh = parallel_map(lambda n: one_page(todo[n]), len(todo), workers)
    for i, key in enumerate(keys):
        page = kept[i][1] if reuse[i] else next(fresh)
        memo.pages[page.path] = (key, page)
        yield page
    memo.reused, memo.rendered = total - len(todo), len(todo)


def _reached(reach: Reach, articles: list[m.Article], entities: list[Entity], i: int) -> bool:
    """Whether an edit can have changed the inputs of the i-th page (the articles, then the entries)."""
    if i < len(articles):
        return reach.article_reached(articles[i])
    return reach.entity_reached(entities[i - len(articles)])


def _made(memo: PageMemo | None, path: str, inputs: Callable[[], Inputs], make: Callable[[], PageSource]) -> PageSource:
    """make(), or with a memo its page of the previous render when `inputs` are the same."""
    return make() if memo is None else memo.page(path, inputs(), make)


def _home_page(env: jinja2.Environment, corpus: Corpus, articles: list[m.Article], groups: dict[str, list[Entity]],
               view: pictures.Overview, site_name: str) -> PageSource:
    """`articles`: in date order. Links are Markdown links to docs paths, which MkDocs checks."""
    counts = {KIND_TITLES[k]: len(groups.get(k, [])) for k in KIND_TITLES}
    languages = sorted({a.language for a in corpus.articles})
    top = {KIND_TITLES[kind]: pictures.most_mentioned(corpus, view, kind, lambda page: page)
           for kind in (m.PERSON, m.PLACE, m.DOCUMENT)}
    ranks = max((len(rows) for rows in top.values()), default=0)
    return PageSource.of("index.md", env.get_template("home.md.j2").render(
        site_name=site_name, total=len(corpus.articles), counts=counts,
        languages=[(LANGUAGE_NAMES.get(code, code), sum(a.language == code for a in corpus.articles)) for code in languages],
        latest=[_article_row(a, functools.partial(relative, "index.md")) for a in articles[-10:][::-1]], timeline=len(corpus.timeline),
        chart=pictures.articles_chart(articles), top=top, ranks=range(ranks)), in_nav=True)


def _article_row(article: m.Article, link: Callable[[str], str]) -> dict:
    """`link`: a docs path -> the href that leads to it from the page of the list."""
    return {"title": article.title, "href": link(f"articles/{article.id}.md"), "outlet": article.outlet or "",
            "language": article.language, "date": article.date or "", "words": article.words,
            # What a list shows beside the title: the outlet and the date, those that are known.
            "beside": [value for value in (article.outlet, article.date) if value]}


Parts = Callable[[str, object, Callable[[], dict]], dict]


def _parts(memo: PageMemo | None, listing: str) -> Parts:
    """made(key, source, make): a row of `listing`, kept with a memo while its entry or article is
    the same object."""
    if memo is None:
        return lambda key, source, make: make()
    return lambda key, source, make: memo.part((listing, key), source, make)


def _index_rows(entities: list[Entity], link: Callable[[str], str], made: Parts) -> list[dict]:
    return [made(e.key, e, functools.partial(_index_row, e, link)) for e in entities]


def _index_row(e: Entity, link: Callable[[str], str]) -> dict:
    return {"name": e.name, "href": link(e.page), "articles": len({o.article for o in e.occurrences}),
            "mentions": len(e.occurrences), "detail": _summary(e)}


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


class Block(NamedTuple):
    """A block of an article as the template shows it (named fields: Jinja reads them directly)."""
    kind: str
    html: Markup
    anchor: str
    label: str
    refs: list[str]  # of a footnote: the ids of its markers in the text


class EntryLink(NamedTuple):
    name: str
    href: str


class ArticleLink(NamedTuple):
    title: str
    href: str
    language: str = ""
    shared: tuple[str, ...] = ()


class DateRow(NamedTuple):
    value: str
    text: str
    anchor: str
    inferred: bool
    timeline: str  # the link to the date on the timeline


def _link_titles(corpus: Corpus) -> dict[tuple[str, str], str]:
    """The tooltip of each entity's links, escaped for the title attribute: the same on every page."""
    return {key: html.escape(entity.definition or _tooltip(entity)) for key, entity in corpus.entities.items()}


def body_html(corpus: Corpus, article: m.Article, urls: Urls,
              titles: dict[tuple[str, str], str]) -> tuple[list[Block], list[Block]]:
    """Blocks of the article as HTML: text escaped, links inserted at the mention offsets,
    footnote markers turned into two-way footnote links."""
    links = corpus.links.get(article.id, {})
    labels = {b.label for b in article.blocks if b.kind == m.FOOTNOTE}
    refs: dict[str, list[str]] = defaultdict(list)  # footnote label -> ids of its markers in the text
    texts = [_linked_html(corpus, block.text, links.get(index, ()), urls,
                          labels if block.kind != m.FOOTNOTE else set(), refs, titles)
             for index, block in enumerate(article.blocks)]
    body = [Block(b.kind, text, b.anchor, b.label, []) for b, text in zip(article.blocks, texts) if b.kind != m.FOOTNOTE]
    notes = [Block(b.kind, text, b.anchor, b.label, refs.get(b.label, []))
             for b, text in zip(article.blocks, texts) if b.kind == m.FOOTNOTE]
    return body, notes


def _linked_html(corpus: Corpus, text: str, mentions, urls: Urls, labels: set[str], refs: dict[str, list[str]],
                 titles: dict[tuple[str, str], str]) -> Markup:
    cuts: list[tuple[int, int, str, str]] = []  # start, end, link HTML or "", footnote label or ""
    for mention in mentions:
        key = (mention.kind, mention.key)
        entity = corpus.entities.get(key)
        if entity is None:
            continue
        cuts.append((mention.start, mention.end,
                     f'<a href="{urls(entity.page)}" title="{titles[key]}">{html.escape(mention.text)}</a>', ""))
    if labels:  # only markers of notes that exist become links
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


def _article_page(template: jinja2.Template, corpus: Corpus, article: m.Article, urls: Urls,
                  timeline: TimelineLayout, titles: dict[tuple[str, str], str]) -> str:
    body, notes = body_html(corpus, article, urls, titles)
    mentioned = [corpus.entities.get((x.kind, x.key)) for _, x in corpus.mentions.get(article.id, ())]
    in_article: dict[str, list[EntryLink]] = defaultdict(list)
    seen: set[tuple[str, str]] = set()
    for entity in mentioned:
        if entity and (entity.kind, entity.key) not in seen:
            seen.add((entity.kind, entity.key))
            in_article[KIND_TITLES[entity.kind]].append(EntryLink(entity.name, urls(entity.page)))
    # Search tags (Material boosts matches in tags): the people, places, documents and organisations
    # of the article, so a search for a name finds the articles that mention it in any spelling.
    tags = sorted({entity.name for entity in mentioned if entity is not None and entity.kind != m.TERM})
    tags += [tag for key, value in article.extra if key == "tags" for tag in json.loads(value)]
    dates = [DateRow(e.value, e.text, e.anchor, e.inferred, timeline.link(urls, e)) for e in corpus.dates_of(article.id)]
    related = [_article_link(corpus, r.article, urls, r.shared) for r in corpus.related.get(article.id, ())]
    same = [_article_link(corpus, i, urls) for i in corpus.same_event.get(article.id, ())]
    description = next((b.text for b in article.blocks if b.kind == m.PARAGRAPH), article.title)
    return template.render(
        jsonld=_json_ld(article, _shorten(description, 200)), tags=tags, top=article.id,
        article=article, body=body, notes=notes, mentions=sorted(in_article.items()), dates=dates,
        related=related, same_event=same, description=_shorten(description, 200))


def _article_link(corpus: Corpus, article_id: str, urls: Urls, shared: tuple[str, ...] = ()) -> ArticleLink:
    other = corpus.article(article_id)
    return ArticleLink(other.title, urls(f"articles/{article_id}.md"), other.language, shared)


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


class Quote(NamedTuple):
    text: str  # a sentence of an article
    href: str  # its paragraph


class MentioningArticle(NamedTuple):
    title: str
    href: str
    count: int  # mentions of the entry
    language: str
    contexts: list[Quote]


def _entity_page(template: jinja2.Template, corpus: Corpus, entity: Entity, urls: Urls,
                 view: pictures.Overview) -> str:
    counts = entity.article_counts()  # most mentions first
    # Only the first articles are quoted, so only their occurrences are needed (a common term has
    # hundreds of thousands).
    quoted = {article_id for article_id, _ in counts[:CONTEXT_ARTICLES]}
    by_article: dict[str, list] = defaultdict(list)
    for occurrence in entity.occurrences:
        if occurrence.article in quoted:
            by_article[occurrence.article].append(occurrence)
    articles, more = [], []
    for article_id, count in counts:
        article = corpus.article(article_id)
        target = f"articles/{article_id}.md"
        if len(articles) == CONTEXT_ARTICLES:
            more.append(ArticleLink(article.title, urls(target)))
            continue
        articles.append(MentioningArticle(article.title, urls(target), count, article.language,
                                          [Quote(text, urls(target, anchor))
                                           for anchor, text in _unique_contexts(corpus, by_article[article_id])]))
    related = []
    entry = corpus.glossary_entry(entity.key) if entity.kind == m.TERM else None
    if entry:
        for other in entry.related:
            target = corpus.entities.get((m.TERM, other))
            if target:
                related.append(EntryLink(target.name, urls(target.page)))
    return template.render(
        entity=entity, entry=entry, articles=articles, more=more, related=related, top=entity.page.rsplit("/", 1)[-1][: -len(".md")],
        glance=pictures.glance(view, corpus, entity, counts, urls),
        names=search_names(entity, entry),
        attributes=_display_attributes(entity, corpus),
        kind_title=KIND_TITLES[entity.kind], index=urls(f"{SECTION_OF_KIND[entity.kind]}/index.md"))


# Attributes that name an entry, as a reader may type it into the search box ("33-NQ/TW").
_NAMING = ("vi_name", "code")


def search_names(entity: Entity, entry=None) -> list[str]:
    """Every spelling of an entry's name, its own first: the search puts the page first when the
    query is one of them."""
    names = [entity.name, *entity.aliases, *(v for name in _NAMING for v in entity.attribute(name))]
    if entry and entry.vi_term:
        names.append(entry.vi_term)
    return list(dict.fromkeys(name for name in names if name))


# Attributes shown on entity pages, in reading order; others stay in entities.json only.
_SHOWN = ("type", "title", "position", "number", "code", "issuer", "date", "about", "vi_name", "place")


def _display_attributes(entity: Entity, corpus: Corpus) -> list[tuple[str, tuple[str, ...]]]:
    values = dict(entity.attributes)
    if values.get("place"):  # a body's place by its name, not its key
        values["place"] = tuple(place.name if (place := corpus.entities.get((m.PLACE, key))) else key
                                for key in values["place"])
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


class Source(NamedTuple):
    title: str  # of the article
    text: str  # the date as written
    href: str


class Event(NamedTuple):
    value: str
    type: str
    label: str
    inferred: bool
    span: str
    sources: list[Source]
    refs: list[EntryLink]


class YearLink(NamedTuple):
    year: str
    count: int | None  # dates in that year; None on a year's page, where only the main page counts them
    href: str


def shown_undated(entries):
    """The days without a year as the timeline page lists them: a period of such days ("from July 6 to
    July 9") is listed by its words once, not again beside its first day."""
    seen = set()
    for entry in entries:
        where = (entry.article, entry.anchor, entry.text)
        if where not in seen:
            seen.add(where)
            yield entry


def _timeline_pages(env: jinja2.Environment, corpus: Corpus, layout: TimelineLayout,
                    directory_urls: bool, memo: PageMemo | None = None, faces: Faces | None = None,
                    reached: set[str] | None = None) -> list[PageSource]:
    """The timeline; with a memo, each of its pages is made again only when what it shows changed
    (at 10,000 articles a save changes the events of one year, of the few dozen). `reached`: the
    years whose events an edit can have changed (None: any); the others' pages keep their inputs.
    A year's page links the other years without their counts, which the main page shows, so that
    a date added in one year leaves the pages of the others as they were."""
    counts = tuple((year, len(layout.years[year]), sum(map(len, layout.years[year]))) for year in sorted(layout.years))
    listed = tuple(sorted(layout.years))

    @functools.cache  # asked for by a year's page and its events
    def year_inputs(year: str) -> Inputs:
        return tuple(event_inputs(corpus, entries, faces) for entries in layout.years[year])

    def main_inputs() -> Inputs:
        shown = () if layout.split else tuple(year_inputs(year) for year in sorted(layout.years))
        undated = tuple((e, corpus.article(e.article).title) for e in shown_undated(corpus.undated))
        return (layout.split, counts, len(corpus.timeline), shown,
                tuple(event_inputs(corpus, e, faces) for e in layout.recurring), undated)

    # The events of a year, as HTML on the page at `path`: kept apart, since an edit that adds a
    # date changes the year counts of every page but the events of one year only.
    def block(path: str, year: str, make: Callable[[], Markup]) -> Markup:
        return make() if memo is None else memo.page(f"{path}#year-{year}", year_inputs(year), make)

    made = _timeline_made(env, corpus, layout, directory_urls, block)
    pages = [_made(memo, "timeline.md", main_inputs, made["timeline.md"])]
    for year in sorted(layout.years) if layout.split else ():
        path = layout.page_of_year(year)
        kept = memo.kept_inputs(path) if memo is not None and reached is not None and year not in reached else None
        if kept is not None and memo is not None and memo.verify:
            assert kept[1] == year_inputs(year), f"a year out of reach whose events changed: {year}"
        if kept is not None and kept[0] == listed:
            pages.append(_made(memo, path, lambda kept=kept: kept, made[path]))
            memo.carry(f"{path}#year-{year}")
        else:
            pages.append(_made(memo, path, lambda year=year: (listed, year_inputs(year)), made[path]))
    return pages


def _timeline_made(env: jinja2.Environment, corpus: Corpus, layout: TimelineLayout, directory_urls: bool,
                   block: Callable[[str, str, Callable[[], Markup]], Markup]) -> dict[str, Callable[[], PageSource]]:
    """How to make each page of the timeline, by its path; `block(path, year, make)` gives the
    events of a year on that page."""
    def source(entry, urls: Urls) -> Source:
        return Source(corpus.article(entry.article).title, entry.text, urls(f"articles/{entry.article}.md", entry.anchor))

    def item(entries, urls: Urls) -> Event:
        first = entries[0]
        return Event(shown_value(first.value), first.type, first.label, any(e.inferred for e in entries), _span_years(first.value),
                     [source(e, urls) for e in entries],
                     [EntryLink(entity.name, urls(entity.page)) for entity in _entities_of(corpus, entries)])

    def events_of(path: str, year: str, urls: Urls) -> Markup:
        return block(path, year, lambda: Markup(env.get_template("timeline_year.html.j2").render(
            year=year, items=[item(e, urls) for e in layout.years[year]])))

    def year_links(urls: Urls, counted: bool = True) -> list[YearLink]:
        return [YearLink(year, len(layout.years[year]) if counted else None, urls(layout.page_of_year(year), f"year-{year}"))
                for year in sorted(layout.years)]

    def main() -> PageSource:
        urls = Urls("timeline.md", directory_urls)
        years = [] if layout.split else [events_of("timeline.md", y, urls) for y in sorted(layout.years)]
        undated = [source(e, urls) for e in shown_undated(corpus.undated)]
        chart = pictures.timeline_chart({year: sum(map(len, events)) for year, events in layout.years.items()},
                                        lambda year, urls=urls: urls(layout.page_of_year(year), f"year-{year}"))
        return PageSource.of("timeline.md", env.get_template("timeline.html.j2").render(
            title="Timeline", index="", page_year="", count=len(corpus.timeline), years=years,
            year_links=year_links(urls), chart=chart,
            recurring=[item(e, urls) for e in layout.recurring], undated=undated), in_nav=True, html=True)

    def one_year(page_year: str) -> PageSource:
        path = layout.page_of_year(page_year)
        urls = Urls(path, directory_urls)
        return PageSource.of(path, env.get_template("timeline.html.j2").render(
            title=f"Timeline: {page_year}", index=urls("timeline.md"), page_year=page_year,
            count=len(layout.years[page_year]), years=[events_of(path, page_year, urls)], year_links=year_links(urls, counted=False),
            chart="", recurring=[], undated=[]), html=True)

    made: dict[str, Callable[[], PageSource]] = {"timeline.md": main}
    for year in sorted(layout.years) if layout.split else ():
        made[layout.page_of_year(year)] = functools.partial(one_year, year)
    return made


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
