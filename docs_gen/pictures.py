"""What the pages show at a glance, made from the corpus: the charts of the home, timeline and entry
pages, the entities each entry appears with, the most mentioned ones and the graph page's figure.

Everything corpus-wide (co-mentions, the graph, the year of each article) is worked out once, in
`overview()`, before the pages are rendered; each page then only looks its own part up."""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from markupsafe import Markup

from . import models as m
from .charts import Bar, BarChart, bar_chart, count
from .comentions import CoMemo, CoMentions, Key, co_mentions
from .graph import Graph, GraphMemo, build_graph, node_id
from .graph_svg import graph_figure
from .link import Corpus, Entity

APPEARS_WITH = 10  # entities listed under "Appears with"
MOST_MENTIONED = 10  # per kind on the home page
MONTHS_AT_MOST = 120  # a longer span is charted by year: a bar per month would be too thin to see
MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
KIND_NAMES = {m.PERSON: "person", m.ORGANISATION: "organisation", m.PLACE: "place", m.DOCUMENT: "document"}


@dataclass(frozen=True)
class Overview:
    co: CoMentions
    graph: Graph
    in_graph: frozenset[Key]
    years: dict[str, str]  # article id -> the year of its date (articles with a date only)


@dataclass
class OverviewMemo:
    """The last overview's counts (`mkdocs serve`), of which a rebuild makes again what an edit changed."""

    co: CoMemo = field(default_factory=CoMemo)
    graph: GraphMemo = field(default_factory=GraphMemo)


def overview(corpus: Corpus, memo: OverviewMemo | None = None) -> Overview:
    co = co_mentions(corpus.entities, memo=memo.co if memo is not None else None)
    if memo is not None:
        graph = build_graph(corpus.entities, co, memo=memo.graph, counts=memo.co)
    else:
        graph = build_graph(corpus.entities, co)
    years = {article.id: article.date[:4] for article in corpus.articles if article.date}
    return Overview(co, graph, frozenset(node.key for node in graph.nodes), years)


class Glance(NamedTuple):
    """An entry page's part: its mentions over time, the entities it appears with, its graph node."""
    chart: Markup  # a chart, or a sentence saying why there is none
    appears_with: list[AppearsWith]
    graph: str  # a link to its node on the graph page, or ""


class AppearsWith(NamedTuple):
    name: str
    href: str
    kind: str
    articles: int  # articles that name both


def glance(view: Overview, corpus: Corpus, entity: Entity, counts: Sequence[tuple[str, int]],
           urls: Callable[..., str]) -> Glance:
    """`counts`: (article, mentions) of the entity, as Entity.article_counts() gives them."""
    key = (entity.kind, entity.key)
    partners = []
    for partner in view.co.of(key)[:APPEARS_WITH]:
        other = corpus.entities[partner.key]
        partners.append(AppearsWith(other.name, urls(other.page), KIND_NAMES[other.kind], partner.articles))
    graph = urls("graph.md", node_id(entity.page)) if key in view.in_graph else ""
    # A corpus whose articles state no date at all has nothing to show over time on any page.
    chart = mentions_chart(entity.name, counts, view.years) if view.years else Markup("")
    return Glance(chart, partners, graph)


def mentions_chart(name: str, counts: Sequence[tuple[str, int]], years: dict[str, str]) -> Markup:
    """Mentions per year of the articles' dates, every year from the first to the last; a sentence
    instead when they fall in one year or the articles state no date."""
    if not counts:
        return Markup("")
    per_year: Counter = Counter()
    undated = 0
    for article, mentions in counts:
        year = years.get(article)
        if year:
            per_year[year] += mentions
        else:
            undated += mentions
    besides = f" {count(undated, 'more mention is', 'more mentions are')} in articles without a date." if undated and per_year else ""
    if not per_year:
        return _sentence("The articles that mention it state no date, so its mentions cannot be shown over time.")
    if len(per_year) == 1:
        [(year, total)] = per_year.items()
        return _sentence(f"{count(total, 'mention is', 'mentions are')} in articles of {year}.{besides}")
    first, last = int(min(per_year)), int(max(per_year))
    bars = tuple(Bar(str(year), per_year.get(str(year), 0)) for year in range(first, last + 1))
    chart = bar_chart(BarChart("chart-mentions", f"Mentions of {name} per year of the articles' dates", bars,
                               "mention", "mentions", "Year"))
    return chart + (_sentence(besides.strip()) if besides else Markup(""))


def timeline_chart(mentions_per_year: dict[str, int], href: Callable[[str], str]) -> Markup:
    """Date mentions per year, each bar a link to its year's section (`href(year)`)."""
    if not mentions_per_year:
        return Markup("")
    bars = tuple(Bar(year, mentions_per_year[year], href=href(year)) for year in sorted(mentions_per_year))
    return bar_chart(BarChart("chart-years", "Dates mentioned per year (choose a bar to go to its year)", bars,
                              "date mention", "date mentions", "Year"))


def articles_chart(articles: Sequence[m.Article]) -> Markup:
    """Articles per month of their dates, every month from the first to the last (per year when the
    span is longer than MONTHS_AT_MOST), or a sentence when none states its date."""
    months = Counter(article.date[:7] for article in articles if article.date and len(article.date) >= 7)
    undated = len(articles) - sum(months.values())
    if not months:
        return _sentence(f"The {count(len(articles), 'article states', 'articles state')} no date, "
                         "so they are not shown by month.") if articles else Markup("")
    first, last = min(months), max(months)
    start, end = int(first[:4]) * 12 + int(first[5:7]) - 1, int(last[:4]) * 12 + int(last[5:7]) - 1
    if end - start + 1 > MONTHS_AT_MOST:
        per_year = Counter()
        for month, total in months.items():
            per_year[month[:4]] += total
        bars = tuple(Bar(str(year), per_year.get(str(year), 0)) for year in range(start // 12, end // 12 + 1))
        title, column = "Articles per year of their dates", "Year"
    else:
        bars = tuple(_month_bar(number, months, number == start) for number in range(start, end + 1))
        title, column = "Articles per month", "Month"
    chart = bar_chart(BarChart("chart-articles", title, bars, "article", "articles", column))
    if undated:
        chart += _sentence(f"{count(undated, 'article states', 'articles state')} no date and "
                           f"{'is' if undated == 1 else 'are'} not counted.")
    return chart


def _month_bar(number: int, months: Counter, first: bool) -> Bar:
    year, month = divmod(number, 12)
    value = months.get(f"{year}-{month + 1:02d}", 0)
    # The axis names each January (and the first month) by its year, the others by their initial
    # where there is room.
    if month == 0 or first:
        return Bar(f"{MONTH_NAMES[month]} {year}", value, tick=str(year))
    return Bar(f"{MONTH_NAMES[month]} {year}", value, tick=MONTH_NAMES[month][0], minor=True)


class Ranked(NamedTuple):
    name: str
    href: str
    articles: int


def most_mentioned(corpus: Corpus, view: Overview, kind: str, href: Callable[[str], str],
                   limit: int = MOST_MENTIONED) -> list[Ranked]:
    """The entities of `kind` named in the most articles (then with the most mentions, then by name)."""
    found = [entity for (k, _), entity in corpus.entities.items() if k == kind and entity.occurrences]
    found.sort(key=lambda e: (-view.co.articles.get((e.kind, e.key), 0), -len(e.occurrences), e.name.casefold(), e.key))
    return [Ranked(e.name, href(e.page), view.co.articles.get((e.kind, e.key), 0)) for e in found[:limit]]


def graph_page_figure(view: Overview, urls: Callable[[str], str]) -> Markup:
    graph = view.graph
    if not graph.nodes:
        return _sentence("No two people, organisations, places or documents are named in the same article yet.")
    caption = (f"The {len(graph.nodes)} people, organisations, places and documents named together with the "
               f"most others, each joined to those it shares the most articles with.")
    return graph_figure(graph, urls, caption)


def _sentence(text: str) -> Markup:
    return Markup('<p class="dg-meta">') + text + Markup("</p>")
